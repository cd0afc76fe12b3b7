package rsa

import (
	"bytes"
	"crypto"
	"errors"
	"hash"
	"io"
	"math/big"
)

// PSS (RFC 8017 sections 8.1 and 9.1) signs a digest mHash with a random
// salt. It hashes
//
//	M' = 0x00 × 8 || mHash || salt     into H = hash(M')
//
// and encodes, in emLen = ⌈emBits/8⌉ bytes with emBits one less than the
// modulus' bit length (so that the number is below N),
//
//	DB = 0x00…0x00 || 0x01 || salt
//	EM = (DB XOR MGF1(H)) || H || 0xbc
//
// clearing the top 8·emLen - emBits bits. A verifier unmasks DB with H,
// takes the salt from it, and checks that hashing M' gives H again.

const (
	// PSSSaltLengthAuto signs with the longest salt the key leaves room
	// for, and verifies with whatever salt length the signature holds.
	PSSSaltLengthAuto = 0
	// PSSSaltLengthEqualsHash makes the salt as long as the digest.
	PSSSaltLengthEqualsHash = -1
)

// PSSOptions tunes SignPSS and VerifyPSS, and selects PSS when passed to
// PrivateKey.Sign.
type PSSOptions struct {
	// SaltLength is the salt's length in bytes, or PSSSaltLengthAuto or
	// PSSSaltLengthEqualsHash.
	SaltLength int

	// Hash names the hash that made the digest. When set it wins over
	// SignPSS's hash argument; PrivateKey.Sign needs it, having no other.
	Hash crypto.Hash
}

// HashFunc returns opts.Hash, which makes *PSSOptions a crypto.SignerOpts.
func (opts *PSSOptions) HashFunc() crypto.Hash {
	return opts.Hash
}

// saltLength returns the requested salt length, letting nil options mean
// PSSSaltLengthAuto.
func (opts *PSSOptions) saltLength() int {
	if opts == nil {
		return PSSSaltLengthAuto
	}
	return opts.SaltLength
}

// SignPSS calculates the signature of digest using PSS. digest must be the
// hash of the message made with hash (or with opts.Hash, which wins when it
// is set). random supplies the salt and blinds the private key operation;
// opts may be nil, which means PSSSaltLengthAuto.
func SignPSS(rand io.Reader, priv *PrivateKey, hash crypto.Hash, digest []byte, opts *PSSOptions) ([]byte, error) {
	if opts != nil && opts.Hash != 0 {
		hash = opts.Hash
	}
	saltLength := opts.saltLength()
	switch saltLength {
	case PSSSaltLengthAuto:
		// All the room the encoding leaves: emLen - hLen - 2 bytes.
		saltLength = (priv.N.BitLen()-1+7)/8 - 2 - hash.Size()
	case PSSSaltLengthEqualsHash:
		saltLength = hash.Size()
	}

	salt := make([]byte, saltLength)
	if _, err := io.ReadFull(rand, salt); err != nil {
		return nil, err
	}
	return signPSSWithSalt(rand, priv, hash, digest, salt)
}

// signPSSWithSalt encodes digest with the given salt and applies the
// private key to the encoding.
func signPSSWithSalt(rand io.Reader, priv *PrivateKey, hash crypto.Hash, hashed, salt []byte) ([]byte, error) {
	emBits := priv.N.BitLen() - 1
	em, err := emsaPSSEncode(hashed, emBits, salt, hash.New())
	if err != nil {
		return nil, err
	}
	s, err := decryptAndCheck(rand, priv, new(big.Int).SetBytes(em))
	if err != nil {
		return nil, err
	}
	return s.FillBytes(make([]byte, priv.Size())), nil
}

// VerifyPSS verifies a PSS signature. digest is the hash of the message
// made with hash, and sig the signature. It returns nil if the signature is
// valid, and an error otherwise. opts may be nil, which means
// PSSSaltLengthAuto; opts.Hash is ignored.
func VerifyPSS(pub *PublicKey, hash crypto.Hash, digest []byte, sig []byte, opts *PSSOptions) error {
	if len(sig) != pub.Size() {
		return ErrVerification
	}
	m := encrypt(new(big.Int), pub, new(big.Int).SetBytes(sig))
	emBits := pub.N.BitLen() - 1
	emLen := (emBits + 7) / 8
	if m.BitLen() > emLen*8 {
		return ErrVerification
	}
	em := m.FillBytes(make([]byte, emLen))
	return emsaPSSVerify(digest, em, emBits, opts.saltLength(), hash.New())
}

// emsaPSSEncode returns the PSS encoding EM of the digest mHash with salt,
// in emBits bits (RFC 8017 section 9.1.1).
func emsaPSSEncode(mHash []byte, emBits int, salt []byte, hash hash.Hash) ([]byte, error) {
	hLen := hash.Size()
	sLen := len(salt)
	emLen := (emBits + 7) / 8

	if len(mHash) != hLen {
		return nil, errors.New("crypto/rsa: input must be hashed with given hash")
	}
	// EM needs room for H, the salt, the 0x01 before it and the final 0xbc.
	if emLen < hLen+sLen+2 {
		return nil, errors.New("crypto/rsa: key size too small for PSS signature")
	}

	em := make([]byte, emLen)
	psLen := emLen - sLen - hLen - 2
	db := em[:psLen+1+sLen]
	h := em[psLen+1+sLen : emLen-1]

	// H = hash(M'), written straight into its place in EM.
	h = hashPrime(hash, h[:0], mHash, salt)

	db[psLen] = 0x01
	copy(db[psLen+1:], salt)
	mgf1XOR(db, hash, h)
	db[0] &= topByteMask(emLen, emBits)
	em[emLen-1] = 0xbc
	return em, nil
}

// emsaPSSVerify checks that em is a PSS encoding of mHash (RFC 8017
// section 9.1.2) with a salt of sLen bytes, or any length if sLen is
// PSSSaltLengthAuto. It unmasks em in place.
func emsaPSSVerify(mHash, em []byte, emBits, sLen int, hash hash.Hash) error {
	hLen := hash.Size()
	if sLen == PSSSaltLengthEqualsHash {
		sLen = hLen
	}
	emLen := (emBits + 7) / 8
	if emLen != len(em) {
		return errors.New("rsa: internal error: inconsistent length")
	}
	if hLen != len(mHash) || emLen < hLen+sLen+2 || em[emLen-1] != 0xbc {
		return ErrVerification
	}

	db := em[:emLen-hLen-1]
	h := em[emLen-hLen-1 : emLen-1]
	mask := topByteMask(emLen, emBits)
	if em[0]&^mask != 0 {
		return ErrVerification
	}
	mgf1XOR(db, hash, h)
	db[0] &= mask

	if sLen == PSSSaltLengthAuto {
		// The salt is whatever follows the first 0x01.
		one := bytes.IndexByte(db, 0x01)
		if one < 0 {
			return ErrVerification
		}
		sLen = len(db) - one - 1
	}
	psLen := emLen - hLen - sLen - 2
	for _, b := range db[:psLen] {
		if b != 0 {
			return ErrVerification
		}
	}
	if db[psLen] != 0x01 {
		return ErrVerification
	}

	salt := db[len(db)-sLen:]
	if !bytes.Equal(hashPrime(hash, nil, mHash, salt), h) {
		return ErrVerification
	}
	return nil
}

// hashPrime appends to out the hash of M' = eight zero bytes || mHash ||
// salt, and leaves hash reset.
func hashPrime(hash hash.Hash, out, mHash, salt []byte) []byte {
	var zeros [8]byte
	hash.Write(zeros[:])
	hash.Write(mHash)
	hash.Write(salt)
	out = hash.Sum(out)
	hash.Reset()
	return out
}

// topByteMask returns the mask of the bits of EM's first byte that lie
// within emBits: the 8·emLen - emBits top bits must be zero.
func topByteMask(emLen, emBits int) byte {
	return 0xff >> (8*emLen - emBits)
}
