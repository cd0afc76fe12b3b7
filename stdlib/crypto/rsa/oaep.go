package rsa

import (
	"crypto"
	"crypto/subtle"
	"hash"
	"io"
	"math/big"
)

// OAEP (RFC 8017 section 7.1) pads a message of k bytes' key as
//
//	EM = 0x00 || maskedSeed || maskedDB
//	DB = lHash || 0x00…0x00 || 0x01 || message
//
// where lHash is the hash of the label, seed is hLen random bytes, DB is
// masked with MGF1(seed) and then seed with MGF1(maskedDB). Every bit of
// EM thus depends on the random seed.

// OAEPOptions, passed to PrivateKey.Decrypt, asks the crypto.Decrypter
// interface for OAEP decryption.
type OAEPOptions struct {
	// Hash is the hash function used for the label and the masks.
	Hash crypto.Hash
	// Label must match, byte for byte, the label given to EncryptOAEP.
	Label []byte
}

// EncryptOAEP pads msg with OAEP and encrypts it with pub.
//
// The hash function (sha256.New() is a reasonable choice) must be the same
// for encryption and decryption. random supplies the seed, so that the same
// message encrypts differently every time.
//
// The label is not encrypted, but decryption fails unless it is given the
// same label: it can bind a ciphertext to its purpose, so that one made for
// one use cannot be replayed in another. It may be empty.
//
// The message can be at most the modulus size minus twice the hash size,
// minus 2, bytes long.
func EncryptOAEP(hash hash.Hash, random io.Reader, pub *PublicKey, msg []byte, label []byte) ([]byte, error) {
	if err := checkPub(pub); err != nil {
		return nil, err
	}
	hash.Reset()
	k := pub.Size()
	hLen := hash.Size()
	if len(msg) > k-2*hLen-2 {
		return nil, ErrMessageTooLong
	}

	em := make([]byte, k)
	seed := em[1 : 1+hLen]
	db := em[1+hLen:]
	copy(db, labelHash(hash, label))
	db[len(db)-len(msg)-1] = 1
	copy(db[len(db)-len(msg):], msg)

	if _, err := io.ReadFull(random, seed); err != nil {
		return nil, err
	}
	mgf1XOR(db, hash, seed)
	mgf1XOR(seed, hash, db)

	c := encrypt(new(big.Int), pub, new(big.Int).SetBytes(em))
	return c.FillBytes(make([]byte, k)), nil
}

// DecryptOAEP decrypts ciphertext with priv and removes its OAEP padding.
//
// hash and label must be those given to EncryptOAEP. random, if not nil,
// blinds the private key operation against timing attacks; it has nothing
// to do with the randomness used to encrypt.
func DecryptOAEP(hash hash.Hash, random io.Reader, priv *PrivateKey, ciphertext []byte, label []byte) ([]byte, error) {
	if err := checkPub(&priv.PublicKey); err != nil {
		return nil, err
	}
	k := priv.Size()
	hLen := hash.Size()
	if len(ciphertext) > k || k < 2*hLen+2 {
		return nil, ErrDecryption
	}

	m, err := decrypt(random, priv, new(big.Int).SetBytes(ciphertext))
	if err != nil {
		return nil, err
	}
	lHash := labelHash(hash, label)

	// FillBytes may take longer for a number with fewer leading zero
	// bytes; that small leak seems unavoidable.
	em := m.FillBytes(make([]byte, k))
	seed := em[1 : 1+hLen]
	db := em[1+hLen:]
	mgf1XOR(seed, hash, db)
	mgf1XOR(db, hash, seed)

	// All the checks run to the end whatever they find, and in constant
	// time: Manger's attack (CRYPTO 2001) recovers a message from a
	// server that tells, even by its timing, which check failed.
	valid := subtle.ConstantTimeByteEq(em[0], 0)
	valid &= subtle.ConstantTimeCompare(db[:hLen], lHash)
	index, found, onlyZeros := findOne(db[hLen:])
	valid &= found & onlyZeros
	if valid != 1 {
		return nil, ErrDecryption
	}
	return db[hLen+index+1:], nil
}

// findOne scans the padding that follows lHash, zero bytes then a 0x01, in
// constant time. It returns the index of the first 0x01, found = 1 if
// there is one, and onlyZeros = 1 if nothing but zeros precede it.
func findOne(rest []byte) (index, found, onlyZeros int) {
	onlyZeros = 1
	for i, b := range rest {
		isZero := subtle.ConstantTimeByteEq(b, 0)
		isOne := subtle.ConstantTimeByteEq(b, 1)
		index = subtle.ConstantTimeSelect(isOne&^found, i, index)
		found |= isOne
		onlyZeros &= found | isZero
	}
	return index, found, onlyZeros
}

// labelHash returns the hash of label and leaves hash reset.
func labelHash(hash hash.Hash, label []byte) []byte {
	hash.Write(label)
	sum := hash.Sum(nil)
	hash.Reset()
	return sum
}

// mgf1XOR XORs out with the mask MGF1 (RFC 8017 appendix B.2.1) derives
// from seed: the concatenation of hash(seed || counter) for a 4-byte
// big-endian counter counting from 0, cut to len(out).
func mgf1XOR(out []byte, hash hash.Hash, seed []byte) {
	var counter [4]byte
	var digest []byte
	for done := 0; done < len(out); {
		hash.Write(seed)
		hash.Write(counter[:])
		digest = hash.Sum(digest[:0])
		hash.Reset()
		done += xorInto(out[done:], digest)
		incCounter(&counter)
	}
}

// xorInto XORs the start of out with b and returns how many bytes it
// changed.
func xorInto(out, b []byte) int {
	n := len(b)
	if len(out) < n {
		n = len(out)
	}
	for i := 0; i < n; i++ {
		out[i] ^= b[i]
	}
	return n
}

// incCounter adds one to a four byte, big-endian counter, carrying from
// the last byte towards the first.
func incCounter(c *[4]byte) {
	for i := len(c) - 1; i >= 0; i-- {
		c[i]++
		if c[i] != 0 {
			return
		}
	}
}
