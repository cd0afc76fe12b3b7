// Package ecdsa signs and verifies with ECDSA, the Elliptic Curve Digital
// Signature Algorithm of FIPS 186-3.
//
// A signature of a hash e with the private key d is a pair (r, s): r is the
// x coordinate of k·G modulo the group order n, for a secret nonce k, and
// s = k⁻¹(e + r·d) mod n. It verifies because (e·s⁻¹)·G + (r·s⁻¹)·Q, with
// the public key Q = d·G, is k·G again.
//
// The nonce must never repeat nor be guessable, or d can be solved for.
// Sign therefore draws it from an AES-CTR keystream keyed by SHA-512 of the
// private key, 32 bytes of caller-supplied entropy and the hash: a broken
// random source still gives distinct nonces for distinct messages, and the
// key still stays secret when the same entropy is reused.
package ecdsa

import (
	"crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/elliptic"
	"crypto/internal/randutil"
	"crypto/sha512"
	"errors"
	"io"
	"math/big"
)

// PublicKey is an ECDSA public key: a point of a curve.
type PublicKey struct {
	elliptic.Curve
	X, Y *big.Int
}

// Equal reports whether pub and x have the same value: the same point of
// the same curve (compared as values, so P256() differs from a copy of its
// CurveParams).
func (pub *PublicKey) Equal(x crypto.PublicKey) bool {
	other, ok := x.(*PublicKey)
	if !ok {
		return false
	}
	return pub.X.Cmp(other.X) == 0 && pub.Y.Cmp(other.Y) == 0 && pub.Curve == other.Curve
}

// PrivateKey is an ECDSA private key: the scalar D, whose multiple of
// the base point is the public key.
type PrivateKey struct {
	PublicKey
	D *big.Int
}

// Public returns priv's public key, for crypto.Signer.
func (priv *PrivateKey) Public() crypto.PublicKey { return &priv.PublicKey }

// Equal reports whether priv and x have the same value, public key and
// scalar D alike.
func (priv *PrivateKey) Equal(x crypto.PrivateKey) bool {
	other, ok := x.(*PrivateKey)
	if !ok {
		return false
	}
	return priv.PublicKey.Equal(&other.PublicKey) && priv.D.Cmp(other.D) == 0
}

// Sign signs digest with priv, reading randomness from rand, and returns
// the ASN.1 DER encoding of the signature, a SEQUENCE of the INTEGERs r
// and s. It makes PrivateKey a crypto.Signer; opts is not used.
func (priv *PrivateKey) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	r, s, err := Sign(rand, priv, digest)
	if err != nil {
		return nil, err
	}
	return marshalSignature(r, s), nil
}

var one = big.NewInt(1)

// randFieldElement returns a scalar in [1, n-1], read from rand with 64
// bits to spare so that reducing it modulo n-1 is all but uniform (FIPS
// 186-3, B.4.1).
func randFieldElement(c elliptic.Curve, rand io.Reader) (k *big.Int, err error) {
	n := c.Params().N
	b := make([]byte, n.BitLen()/8+8)
	if _, err = io.ReadFull(rand, b); err != nil {
		return nil, err
	}
	k = new(big.Int).SetBytes(b)
	nMinusOne := new(big.Int).Sub(n, one)
	k.Mod(k, nMinusOne)
	return k.Add(k, one), nil
}

// GenerateKey generates a public and private key pair on curve c, reading
// randomness from rand.
func GenerateKey(c elliptic.Curve, rand io.Reader) (*PrivateKey, error) {
	d, err := randFieldElement(c, rand)
	if err != nil {
		return nil, err
	}
	priv := &PrivateKey{D: d}
	priv.Curve = c
	priv.X, priv.Y = c.ScalarBaseMult(d.Bytes())
	return priv, nil
}

// hashToInt turns a hash into a number of at most n's bit length, keeping
// its leftmost bits as FIPS 186-3 section 4.6 asks: the bytes beyond n's
// byte length are dropped, then the excess bits shifted out.
func hashToInt(hash []byte, c elliptic.Curve) *big.Int {
	orderBits := c.Params().N.BitLen()
	orderBytes := (orderBits + 7) / 8
	if len(hash) > orderBytes {
		hash = hash[:orderBytes]
	}
	e := new(big.Int).SetBytes(hash)
	if excess := len(hash)*8 - orderBits; excess > 0 {
		e.Rsh(e, uint(excess))
	}
	return e
}

// inverter is a curve that can invert scalars modulo its order in
// constant time, as the standard curves do.
type inverter interface {
	Inverse(k *big.Int) *big.Int
}

// combinedMulter is a curve that can compute s1·G + s2·P in one go.
type combinedMulter interface {
	CombinedMult(px, py *big.Int, s1, s2 []byte) (x, y *big.Int)
}

// inverse returns k⁻¹ mod n: by the curve when it can, else as k^(n-2)
// (n is prime), which math/big computes without a secret-dependent
// branch of Euclid's algorithm.
func inverse(c elliptic.Curve, k, n *big.Int) *big.Int {
	if inv, ok := c.(inverter); ok {
		return inv.Inverse(k)
	}
	return new(big.Int).Exp(k, new(big.Int).Sub(n, big.NewInt(2)), n)
}

var errZeroParam = errors.New("zero parameter")

// nonceIV is the counter block AES-CTR starts from, the same for every
// signature: each has a key of its own.
const nonceIV = "IV for ECDSA CTR"

// Sign signs hash, the digest of a message, with priv, and returns the
// signature as the two numbers r and s. Only the hash's leftmost bits, as
// many as the group order has, are used. SignASN1, which returns the
// standard encoding of r and s, is usually the better choice.
//
// The nonce comes from a keystream seeded by the key, the hash and 32
// bytes read from rand (see the package comment).
func Sign(rand io.Reader, priv *PrivateKey, hash []byte) (r, s *big.Int, err error) {
	randutil.MaybeReadByte(rand)

	entropy := make([]byte, 32)
	if _, err = io.ReadFull(rand, entropy); err != nil {
		return nil, nil, err
	}
	// The AES key is the first half of SHA-512(d ‖ entropy ‖ hash).
	md := sha512.New()
	md.Write(priv.D.Bytes())
	md.Write(entropy)
	md.Write(hash)
	block, err := aes.NewCipher(md.Sum(nil)[:32])
	if err != nil {
		return nil, nil, err
	}
	nonces := cipher.StreamReader{R: zeroReader, S: cipher.NewCTR(block, []byte(nonceIV))}
	return signWithNonces(priv, nonces, hash)
}

// signWithNonces signs hash, drawing nonces from the keystream until
// neither r nor s is 0.
func signWithNonces(priv *PrivateKey, nonces io.Reader, hash []byte) (r, s *big.Int, err error) {
	c := priv.Curve
	n := c.Params().N
	if n.Sign() == 0 {
		return nil, nil, errZeroParam
	}
	e := hashToInt(hash, c)
	for {
		k, err := randFieldElement(c, nonces)
		if err != nil {
			return nil, nil, err
		}
		kInv := inverse(c, k, n)
		r, _ = c.ScalarBaseMult(k.Bytes())
		r.Mod(r, n)
		if r.Sign() == 0 {
			continue
		}
		// s = k⁻¹(e + r·d) mod n
		s = new(big.Int).Mul(priv.D, r)
		s.Add(s, e)
		s.Mul(s, kInv)
		s.Mod(s, n)
		if s.Sign() != 0 {
			return r, s, nil
		}
	}
}

// SignASN1 is Sign returning the signature in its ASN.1 DER encoding, a
// SEQUENCE of the INTEGERs r and s.
func SignASN1(rand io.Reader, priv *PrivateKey, hash []byte) ([]byte, error) {
	return priv.Sign(rand, hash, nil)
}

// Verify reports whether (r, s) is a valid signature of hash by the owner
// of pub. VerifyASN1, which takes the standard encoding, is usually the
// better choice.
func Verify(pub *PublicKey, hash []byte, r, s *big.Int) bool {
	c := pub.Curve
	n := c.Params().N
	if r.Sign() <= 0 || s.Sign() <= 0 || r.Cmp(n) >= 0 || s.Cmp(n) >= 0 {
		return false
	}
	e := hashToInt(hash, c)
	w := inverse(c, s, n)
	u1 := e.Mul(e, w)
	u1.Mod(u1, n)
	u2 := w.Mul(r, w)
	u2.Mod(u2, n)

	var x, y *big.Int
	if cm, ok := c.(combinedMulter); ok {
		x, y = cm.CombinedMult(pub.X, pub.Y, u1.Bytes(), u2.Bytes())
	} else {
		x1, y1 := c.ScalarBaseMult(u1.Bytes())
		x2, y2 := c.ScalarMult(pub.X, pub.Y, u2.Bytes())
		x, y = c.Add(x1, y1, x2, y2)
	}
	if x.Sign() == 0 && y.Sign() == 0 {
		return false
	}
	x.Mod(x, n)
	return x.Cmp(r) == 0
}

// VerifyASN1 reports whether sig, an ASN.1 DER signature as SignASN1
// makes them, is a valid signature of hash by the owner of pub.
func VerifyASN1(pub *PublicKey, hash, sig []byte) bool {
	r, s, ok := parseSignature(sig)
	return ok && Verify(pub, hash, r, s)
}

// zeroReader reads endless zeros: fed through the AES-CTR stream it yields
// the bare keystream.
var zeroReader = zeros{}

type zeros struct{}

func (zeros) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 0
	}
	return len(b), nil
}
