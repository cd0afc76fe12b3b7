// Package ed25519 provides Ed25519 signatures (https://ed25519.cr.yp.to/),
// the "Ed25519" scheme of RFC 8032.
//
// One difference from the RFC: what the RFC calls the private key, 32
// random bytes, is called the seed here, and a PrivateKey is the seed
// followed by the public key, so that signing need not recompute the
// public key each time.
//
// How it works (RFC 8032, section 5.1): the seed is hashed with SHA-512;
// the first half of the digest, clamped, is the secret scalar s and the
// public key is A = s·B for the curve's base point B. To sign M, a nonce
// r is derived by hashing the second half of the digest with M, so the
// same key and message always give the same signature. The signature is
// R = r·B followed by S = r + k·s mod l, where k hashes R, A and M.
// Verification checks that S·B - k·A gives back R.
package ed25519

import (
	"bytes"
	"crypto"
	"crypto/internal/edwards25519"
	cryptorand "crypto/rand"
	"crypto/sha512"
	"errors"
	"io"
	"strconv"
)

const (
	// PublicKeySize is the length of a PublicKey in bytes.
	PublicKeySize = 32
	// PrivateKeySize is the length of a PrivateKey in bytes.
	PrivateKeySize = 64
	// SignatureSize is the length of a signature in bytes.
	SignatureSize = 64
	// SeedSize is the length of a seed (RFC 8032's private key) in bytes.
	SeedSize = 32
)

// PublicKey is an Ed25519 public key: the encoded point A = s·B.
type PublicKey []byte

// Equal tells whether x is a PublicKey with the same bytes as pub.
func (pub PublicKey) Equal(x crypto.PublicKey) bool {
	other, ok := x.(PublicKey)
	return ok && bytes.Equal(pub, other)
}

// PrivateKey is the type of Ed25519 private keys: the 32-byte seed
// followed by the 32-byte public key.
type PrivateKey []byte

// Public returns a copy of the public half of priv.
func (priv PrivateKey) Public() crypto.PublicKey {
	publicKey := make([]byte, PublicKeySize)
	copy(publicKey, priv[SeedSize:])
	return PublicKey(publicKey)
}

// Equal tells whether x is a PrivateKey with the same bytes as priv.
func (priv PrivateKey) Equal(x crypto.PrivateKey) bool {
	other, ok := x.(PrivateKey)
	return ok && bytes.Equal(priv, other)
}

// Seed returns a copy of the seed that priv was made from, which is
// what RFC 8032 calls the private key.
func (priv PrivateKey) Seed() []byte {
	seed := make([]byte, SeedSize)
	copy(seed, priv[:SeedSize])
	return seed
}

// Sign signs the given message with priv. Ed25519 hashes the message
// itself, so opts.HashFunc() must be crypto.Hash(0); rand is not used,
// since Ed25519 signatures are deterministic.
func (priv PrivateKey) Sign(rand io.Reader, message []byte, opts crypto.SignerOpts) (signature []byte, err error) {
	if opts.HashFunc() != crypto.Hash(0) {
		return nil, errors.New("ed25519: cannot sign hashed message")
	}
	return Sign(priv, message), nil
}

// GenerateKey makes a new key pair from a seed read from rand, or from
// crypto/rand.Reader when rand is nil.
func GenerateKey(rand io.Reader) (PublicKey, PrivateKey, error) {
	if rand == nil {
		rand = cryptorand.Reader
	}
	seed := make([]byte, SeedSize)
	if _, err := io.ReadFull(rand, seed); err != nil {
		return nil, nil, err
	}
	privateKey := NewKeyFromSeed(seed)
	publicKey := make([]byte, PublicKeySize)
	copy(publicKey, privateKey[SeedSize:])
	return publicKey, privateKey, nil
}

// NewKeyFromSeed derives the PrivateKey for a seed (an RFC 8032 private
// key). It panics unless len(seed) is SeedSize.
func NewKeyFromSeed(seed []byte) PrivateKey {
	if l := len(seed); l != SeedSize {
		panic("ed25519: bad seed length: " + strconv.Itoa(l))
	}
	s, _ := expandSeed(seed)
	var publicKey edwards25519.Point
	publicKey.ScalarBaseMult(s)

	privateKey := make([]byte, PrivateKeySize)
	copy(privateKey, seed)
	copy(privateKey[SeedSize:], publicKey.Bytes())
	return privateKey
}

// expandSeed hashes the seed into the secret scalar s (from the clamped
// first half of the digest) and the prefix that keys nonce generation
// (the second half).
func expandSeed(seed []byte) (s *edwards25519.Scalar, prefix []byte) {
	h := sha512.Sum512(seed)
	s, err := edwards25519.NewScalar().SetBytesWithClamping(h[:32])
	if err != nil {
		panic("ed25519: internal error: setting scalar failed")
	}
	return s, h[32:]
}

// hashToScalar returns SHA-512(parts...) reduced modulo the group order.
func hashToScalar(parts ...[]byte) *edwards25519.Scalar {
	h := sha512.New()
	for _, p := range parts {
		h.Write(p)
	}
	var digest [sha512.Size]byte
	k, err := edwards25519.NewScalar().SetUniformBytes(h.Sum(digest[:0]))
	if err != nil {
		panic("ed25519: internal error: setting scalar failed")
	}
	return k
}

// Sign returns the signature of message by privateKey. It panics unless
// len(privateKey) is PrivateKeySize.
func Sign(privateKey PrivateKey, message []byte) []byte {
	if l := len(privateKey); l != PrivateKeySize {
		panic("ed25519: bad private key length: " + strconv.Itoa(l))
	}
	seed, publicKey := privateKey[:SeedSize], privateKey[SeedSize:]
	s, prefix := expandSeed(seed)

	r := hashToScalar(prefix, message)
	var R edwards25519.Point
	R.ScalarBaseMult(r)
	encodedR := R.Bytes()

	k := hashToScalar(encodedR, publicKey, message)
	S := edwards25519.NewScalar().MultiplyAdd(k, s, r)

	signature := make([]byte, SignatureSize)
	copy(signature[:32], encodedR)
	copy(signature[32:], S.Bytes())
	return signature
}

// Verify tells whether sig is publicKey's signature of message. It panics
// unless len(publicKey) is PublicKeySize.
func Verify(publicKey PublicKey, message, sig []byte) bool {
	if l := len(publicKey); l != PublicKeySize {
		panic("ed25519: bad public key length: " + strconv.Itoa(l))
	}
	// S must be below l (RFC 8032's check against malleability); its
	// three top bits, if any is set, rule that out at once.
	if len(sig) != SignatureSize || sig[63]&0xe0 != 0 {
		return false
	}
	A, err := new(edwards25519.Point).SetBytes(publicKey)
	if err != nil {
		return false
	}
	S, err := edwards25519.NewScalar().SetCanonicalBytes(sig[32:])
	if err != nil {
		return false
	}
	k := hashToScalar(sig[:32], publicKey, message)

	// R' = S·B - k·A, computed as k·(-A) + S·B.
	var minusA, R edwards25519.Point
	minusA.Negate(A)
	R.VarTimeDoubleScalarBaseMult(k, &minusA, S)
	return bytes.Equal(sig[:32], R.Bytes())
}
