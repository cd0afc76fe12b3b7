// Package rsa implements RSA encryption and signatures as PKCS #1 (RFC 8017)
// defines them.
//
// Everything here rests on one operation, raising a number to a power
// modulo N: with the public exponent it encrypts or checks a signature, with
// the private exponent it decrypts or signs. What varies is how a message is
// padded into a number first. PKCS #1 version 1.5 padding
// (EncryptPKCS1v15, SignPKCS1v15) is the historical default and is still
// everywhere, but it has known weaknesses; new designs should prefer the
// version 2 schemes, OAEP for encryption and PSS for signatures.
//
// For code that must abstract over the kind of key, *PrivateKey implements
// the crypto.Signer and crypto.Decrypter interfaces.
//
// The arithmetic is math/big's, which does not run in constant time.
package rsa

import (
	"crypto"
	"errors"
	"io"
	"math/big"
)

var bigOne = big.NewInt(1)

// PublicKey is the half of an RSA key that may be shared: the modulus
// and the exponent that encrypts and verifies.
type PublicKey struct {
	N *big.Int // modulus
	E int      // public exponent
}

// PrivateKey embeds PublicKey, so every method declared on *PublicKey is
// also a method of *PrivateKey: keep that in mind when adding one.

// Size returns the modulus size in bytes, which is also the size of every
// raw signature and ciphertext made with this key.
func (pub *PublicKey) Size() int {
	return (pub.N.BitLen() + 7) / 8
}

// Equal reports whether x is a *PublicKey with the same modulus and
// exponent as pub.
func (pub *PublicKey) Equal(x crypto.PublicKey) bool {
	other, ok := x.(*PublicKey)
	if !ok {
		return false
	}
	return pub.N.Cmp(other.N) == 0 && pub.E == other.E
}

var (
	errPublicModulus       = errors.New("crypto/rsa: missing public modulus")
	errPublicExponentSmall = errors.New("crypto/rsa: public exponent too small")
	errPublicExponentLarge = errors.New("crypto/rsa: public exponent too large")
)

// checkPub rejects public keys the operations below cannot use. The
// exponent must fit in 31 bits so that a key behaves the same whether int
// has 32 or 64 bits.
func checkPub(pub *PublicKey) error {
	switch {
	case pub.N == nil:
		return errPublicModulus
	case pub.E < 2:
		return errPublicExponentSmall
	case pub.E > 1<<31-1:
		return errPublicExponentLarge
	}
	return nil
}

// A PrivateKey represents an RSA key.
type PrivateKey struct {
	PublicKey            // N and E, shared with the world
	D         *big.Int   // the secret exponent, e's inverse
	Primes    []*big.Int // the factors of N, two or more

	// Precomputed holds values that make private key operations faster,
	// once Precompute has filled them in.
	Precomputed PrecomputedValues
}

// PrecomputedValues holds what the Chinese remainder theorem needs to
// decrypt modulo each prime separately, which is several times faster than
// one exponentiation modulo N.
type PrecomputedValues struct {
	Dp, Dq *big.Int // the exponent D reduced modulo P-1 and Q-1
	Qinv   *big.Int // the inverse of Q modulo P

	// CRTValues serves the third and later primes. PKCS #1 combines the
	// first two primes in its own way (with Dp, Dq and Qinv above), and
	// this package follows it so that keys stay interchangeable.
	CRTValues []CRTValue
}

// CRTValue holds what decryption needs to bring in one prime beyond the
// first two.
type CRTValue struct {
	Exp   *big.Int // the exponent D reduced modulo this prime minus one
	Coeff *big.Int // the inverse of R modulo this prime
	R     *big.Int // the product of all the primes before this one
}

// Public returns priv's public half, making *PrivateKey a crypto.Signer
// and a crypto.Decrypter.
func (priv *PrivateKey) Public() crypto.PublicKey {
	return &priv.PublicKey
}

// Equal reports whether priv and x hold the same key. Precomputed values
// are not compared: they follow from the rest.
func (priv *PrivateKey) Equal(x crypto.PrivateKey) bool {
	other, ok := x.(*PrivateKey)
	if !ok {
		return false
	}
	if !priv.PublicKey.Equal(&other.PublicKey) || priv.D.Cmp(other.D) != 0 {
		return false
	}
	if len(priv.Primes) != len(other.Primes) {
		return false
	}
	for i, p := range priv.Primes {
		if p.Cmp(other.Primes[i]) != 0 {
			return false
		}
	}
	return true
}

// Sign signs digest, the hash of a message made with opts.HashFunc(). A
// *PSSOptions selects the PSS scheme; any other opts selects PKCS #1 v1.5.
// rand supplies the PSS salt and the blinding factor.
//
// Sign makes *PrivateKey a crypto.Signer, for code that must also work with
// keys kept elsewhere (in a hardware module, say); code that holds an RSA key
// should call SignPSS or SignPKCS1v15 directly.
func (priv *PrivateKey) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	if pssOpts, ok := opts.(*PSSOptions); ok {
		return SignPSS(rand, priv, pssOpts.Hash, digest, pssOpts)
	}
	return SignPKCS1v15(rand, priv, opts.HashFunc(), digest)
}

// Decrypt decrypts ciphertext, making *PrivateKey a crypto.Decrypter. A nil
// opts or a *PKCS1v15DecryptOptions selects PKCS #1 v1.5 decryption, an
// *OAEPOptions selects OAEP; any other opts is an error.
func (priv *PrivateKey) Decrypt(rand io.Reader, ciphertext []byte, opts crypto.DecrypterOpts) (plaintext []byte, err error) {
	switch opts := opts.(type) {
	case nil:
		return DecryptPKCS1v15(rand, priv, ciphertext)
	case *OAEPOptions:
		return DecryptOAEP(opts.Hash.New(), rand, priv, ciphertext, opts.Label)
	case *PKCS1v15DecryptOptions:
		if opts.SessionKeyLen <= 0 {
			return DecryptPKCS1v15(rand, priv, ciphertext)
		}
		return priv.decryptSessionKey(rand, ciphertext, opts.SessionKeyLen)
	}
	return nil, errors.New("crypto/rsa: invalid options for Decrypt")
}

// decryptSessionKey answers a PKCS1v15DecryptOptions with a SessionKeyLen:
// it starts from a random key of that length, which
// DecryptPKCS1v15SessionKey replaces only when the ciphertext is valid.
func (priv *PrivateKey) decryptSessionKey(rand io.Reader, ciphertext []byte, keyLen int) ([]byte, error) {
	key := make([]byte, keyLen)
	if _, err := io.ReadFull(rand, key); err != nil {
		return nil, err
	}
	if err := DecryptPKCS1v15SessionKey(rand, priv, ciphertext, key); err != nil {
		return nil, err
	}
	return key, nil
}

// Validate checks that the key's parts agree: a usable public key, primes
// whose product is N, and a D that undoes E modulo each prime. It returns
// nil for a good key and an error naming the first problem otherwise.
func (priv *PrivateKey) Validate() error {
	if err := checkPub(&priv.PublicKey); err != nil {
		return err
	}

	// The primes must multiply to N. A prime of 1 or less would also make
	// the reductions below divide by zero.
	product := new(big.Int).Set(bigOne)
	for _, prime := range priv.Primes {
		if prime.Cmp(bigOne) <= 0 {
			return errors.New("crypto/rsa: invalid prime value")
		}
		product.Mul(product, prime)
	}
	if product.Cmp(priv.N) != 0 {
		return errors.New("crypto/rsa: invalid modulus")
	}

	// For each prime p, d·e must be 1 modulo p-1. Then for any a prime to
	// p, a^(de) = a·(a^(p-1))^k = a mod p by Fermat, and so, all primes
	// together, a^(de) = a mod N: decryption undoes encryption. It also
	// means e has an inverse, so it is coprime to every p-1.
	de := big.NewInt(int64(priv.E))
	de.Mul(de, priv.D)
	rem := new(big.Int)
	for _, prime := range priv.Primes {
		pMinus1 := new(big.Int).Sub(prime, bigOne)
		if rem.Mod(de, pMinus1).Cmp(bigOne) != 0 {
			return errors.New("crypto/rsa: invalid exponents")
		}
	}
	return nil
}

// Precompute fills in priv.Precomputed, the values that let decryption
// and signing work one prime at a time. It does nothing if they are
// already there.
func (priv *PrivateKey) Precompute() {
	if priv.Precomputed.Dp != nil {
		return
	}
	p, q := priv.Primes[0], priv.Primes[1]
	priv.Precomputed.Dp = dModPMinus1(priv.D, p)
	priv.Precomputed.Dq = dModPMinus1(priv.D, q)
	priv.Precomputed.Qinv = new(big.Int).ModInverse(q, p)

	// r is the product of the primes already combined.
	r := new(big.Int).Mul(p, q)
	priv.Precomputed.CRTValues = make([]CRTValue, len(priv.Primes)-2)
	for i, prime := range priv.Primes[2:] {
		priv.Precomputed.CRTValues[i] = CRTValue{
			Exp:   dModPMinus1(priv.D, prime),
			Coeff: new(big.Int).ModInverse(r, prime),
			R:     new(big.Int).Set(r),
		}
		r.Mul(r, prime)
	}
}

// dModPMinus1 returns d mod (p-1), the exponent that does d's work modulo
// the prime p (by Fermat, exponents modulo p only matter mod p-1).
func dModPMinus1(d, p *big.Int) *big.Int {
	pMinus1 := new(big.Int).Sub(p, bigOne)
	return pMinus1.Mod(d, pMinus1)
}
