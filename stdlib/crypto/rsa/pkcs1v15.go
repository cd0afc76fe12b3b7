package rsa

import (
	"crypto"
	"crypto/internal/randutil"
	"crypto/subtle"
	"errors"
	"io"
	"math/big"
)

// PKCS #1 v1.5 (RFC 8017 sections 7.2 and 8.2) pads a message to the key's
// size k in one of two ways:
//
//	encryption: 0x00 || 0x02 || PS || 0x00 || message   (PS: random, non-zero)
//	signature:  0x00 || 0x01 || 0xff…0xff || 0x00 || DigestInfo || digest
//
// PS is at least 8 bytes long, and so is the run of 0xff.

// PKCS1v15DecryptOptions, passed to PrivateKey.Decrypt, asks the
// crypto.Decrypter interface for PKCS #1 v1.5 decryption.
type PKCS1v15DecryptOptions struct {
	// SessionKeyLen, when positive, is the size of the session key the
	// ciphertext should hold. A bad padding then yields a random key of
	// that size rather than an error, so that it cannot be observed (see
	// DecryptPKCS1v15SessionKey).
	SessionKeyLen int
}

// EncryptPKCS1v15 pads msg as PKCS #1 v1.5 prescribes and encrypts it
// with pub. The padding takes 11 bytes, so msg can be at most the key's
// Size() minus 11.
//
// random supplies the padding bytes. This scheme is old and only for
// protocols that require it: new code should use EncryptOAEP.
func EncryptPKCS1v15(random io.Reader, pub *PublicKey, msg []byte) ([]byte, error) {
	randutil.MaybeReadByte(random)

	if err := checkPub(pub); err != nil {
		return nil, err
	}
	k := pub.Size()
	if len(msg) > k-11 {
		return nil, ErrMessageTooLong
	}

	em := make([]byte, k)
	em[1] = 2
	ps := em[2 : k-len(msg)-1]
	if err := nonZeroRandomBytes(ps, random); err != nil {
		return nil, err
	}
	copy(em[k-len(msg):], msg)

	c := encrypt(new(big.Int), pub, new(big.Int).SetBytes(em))
	return c.FillBytes(em), nil
}

// DecryptPKCS1v15 decrypts a plaintext using RSA and the padding scheme
// from PKCS #1 v1.5. random, if not nil, blinds the private key operation
// against timing attacks.
//
// Whether this returns an error can tell an attacker something about the
// plaintext (Bleichenbacher's attack), so protocols that can should use
// DecryptPKCS1v15SessionKey, which never reveals a padding error.
func DecryptPKCS1v15(random io.Reader, priv *PrivateKey, ciphertext []byte) ([]byte, error) {
	if err := checkPub(&priv.PublicKey); err != nil {
		return nil, err
	}
	valid, em, index, err := decryptPKCS1v15(random, priv, ciphertext)
	if err != nil {
		return nil, err
	}
	if valid == 0 {
		return nil, ErrDecryption
	}
	return em[index:], nil
}

// DecryptPKCS1v15SessionKey decrypts a session key using RSA and the
// padding scheme from PKCS #1 v1.5, copying it into key only when the
// padding is valid and the plaintext is exactly len(key) bytes long.
// Otherwise key is left as it is, and no error says so. It returns an
// error only when the ciphertext is longer than the modulus, or when the
// key is too short to hold a session key of that size.
//
// The caller should fill key with random bytes first and carry on with
// whatever key holds afterwards. An invalid ciphertext then yields a
// random key, and the protocol fails later, at a point where the attacker
// cannot tell padding errors apart from any other failure (RFC 3218
// section 2.3.2). That is the whole defence against Bleichenbacher's
// attack: the caller must not branch on whether key changed.
//
// Against an attacker who can watch memory accesses, this is not enough:
// decryption is not constant-time.
func DecryptPKCS1v15SessionKey(random io.Reader, priv *PrivateKey, ciphertext []byte, key []byte) error {
	if err := checkPub(&priv.PublicKey); err != nil {
		return err
	}
	k := priv.Size()
	// The padding needs 3 fixed bytes and 8 random ones.
	if k-(len(key)+3+8) < 0 {
		return ErrDecryption
	}

	valid, em, index, err := decryptPKCS1v15(random, priv, ciphertext)
	if err != nil {
		return err
	}
	if len(em) != k {
		// decryptPKCS1v15 always returns k bytes; this only guards the
		// slicing below.
		return ErrDecryption
	}

	valid &= subtle.ConstantTimeEq(int32(len(em)-index), int32(len(key)))
	subtle.ConstantTimeCopy(valid, key, em[len(em)-len(key):])
	return nil
}

// decryptPKCS1v15 decrypts ciphertext and checks its encryption padding in
// constant time. It returns valid = 1 if the padding is right, the whole
// decrypted block em (k bytes), and the index in em where the message
// starts (0 when the padding is wrong). It returns an error only when the
// key is too small or the ciphertext out of range: those do not depend on
// the plaintext, so they reveal nothing about it.
func decryptPKCS1v15(random io.Reader, priv *PrivateKey, ciphertext []byte) (valid int, em []byte, index int, err error) {
	k := priv.Size()
	if k < 11 {
		return 0, nil, 0, ErrDecryption
	}
	m, err := decrypt(random, priv, new(big.Int).SetBytes(ciphertext))
	if err != nil {
		return 0, nil, 0, err
	}
	em = m.FillBytes(make([]byte, k))

	valid = subtle.ConstantTimeByteEq(em[0], 0)
	valid &= subtle.ConstantTimeByteEq(em[1], 2)

	// Find the zero byte that ends PS, without stopping at it.
	found := 0
	for i := 2; i < len(em); i++ {
		isZero := subtle.ConstantTimeByteEq(em[i], 0)
		index = subtle.ConstantTimeSelect(isZero&^found, i, index)
		found |= isZero
	}
	valid &= found
	// PS must be at least 8 bytes, so the zero is at index 10 or later.
	valid &= subtle.ConstantTimeLessOrEq(2+8, index)

	index = subtle.ConstantTimeSelect(valid, index+1, 0)
	return valid, em, index, nil
}

// nonZeroRandomBytes fills s with random bytes, none of them zero: a zero
// in PS would end the padding early.
func nonZeroRandomBytes(s []byte, random io.Reader) (err error) {
	if _, err = io.ReadFull(random, s); err != nil {
		return err
	}
	for i := range s {
		for s[i] == 0 {
			if _, err = io.ReadFull(random, s[i:i+1]); err != nil {
				return err
			}
			// A reader that only ever yields zeros (a test's fake source)
			// would keep us here forever; flipping bits of what it gives
			// ends the loop.
			s[i] ^= 0x42
		}
	}
	return nil
}

// hashPrefixes maps each hash to the DER encoding of the DigestInfo
// (RFC 8017 section 9.2, note 1) that precedes its digest in a signature:
// a SEQUENCE holding the hash's AlgorithmIdentifier and an OCTET STRING
// header for the digest.
var hashPrefixes = map[crypto.Hash][]byte{
	crypto.MD5:       {0x30, 0x20, 0x30, 0x0c, 0x06, 0x08, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x02, 0x05, 0x05, 0x00, 0x04, 0x10},
	crypto.SHA1:      {0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14},
	crypto.SHA224:    {0x30, 0x2d, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x04, 0x05, 0x00, 0x04, 0x1c},
	crypto.SHA256:    {0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20},
	crypto.SHA384:    {0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30},
	crypto.SHA512:    {0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40},
	crypto.MD5SHA1:   {}, // TLS 1.0 and 1.1 sign a bare MD5 || SHA-1, with no DigestInfo.
	crypto.RIPEMD160: {0x30, 0x20, 0x30, 0x08, 0x06, 0x06, 0x28, 0xcf, 0x06, 0x03, 0x00, 0x31, 0x04, 0x14},
}

// SignPKCS1v15 signs the digest hashed with priv, as RSASSA-PKCS1-v1_5
// in PKCS #1 prescribes. hashed must be the digest
// of the message made with hash; if hash is zero, hashed is signed as it
// is, with no DigestInfo, which only interoperates with protocols that ask
// for it.
//
// random, if not nil, blinds the private key operation against timing
// attacks. The padding has no randomness, so the signature is the same
// every time.
func SignPKCS1v15(random io.Reader, priv *PrivateKey, hash crypto.Hash, hashed []byte) ([]byte, error) {
	hashLen, prefix, err := pkcs1v15HashInfo(hash, len(hashed))
	if err != nil {
		return nil, err
	}
	tLen := len(prefix) + hashLen
	k := priv.Size()
	if k < tLen+11 {
		return nil, ErrMessageTooLong
	}

	em := make([]byte, k)
	em[1] = 1
	for i := 2; i < k-tLen-1; i++ {
		em[i] = 0xff
	}
	copy(em[k-tLen:k-hashLen], prefix)
	copy(em[k-hashLen:], hashed)

	s, err := decryptAndCheck(random, priv, new(big.Int).SetBytes(em))
	if err != nil {
		return nil, err
	}
	return s.FillBytes(em), nil
}

// VerifyPKCS1v15 verifies an RSA PKCS #1 v1.5 signature. hashed is the
// digest of the message made with hash, and sig the signature. It returns
// nil if the signature is valid, and an error otherwise. If hash is zero,
// hashed is compared as it is, with no DigestInfo.
func VerifyPKCS1v15(pub *PublicKey, hash crypto.Hash, hashed []byte, sig []byte) error {
	hashLen, prefix, err := pkcs1v15HashInfo(hash, len(hashed))
	if err != nil {
		return err
	}
	tLen := len(prefix) + hashLen
	k := pub.Size()
	if k < tLen+11 || len(sig) != k {
		return ErrVerification
	}

	// Check every byte of the block against what it must be, rather than
	// parse it: lax parsers have accepted forged signatures
	// (Bleichenbacher, CRYPTO 2006 rump session).
	m := encrypt(new(big.Int), pub, new(big.Int).SetBytes(sig))
	em := m.FillBytes(make([]byte, k))
	ok := subtle.ConstantTimeByteEq(em[0], 0)
	ok &= subtle.ConstantTimeByteEq(em[1], 1)
	for i := 2; i < k-tLen-1; i++ {
		ok &= subtle.ConstantTimeByteEq(em[i], 0xff)
	}
	ok &= subtle.ConstantTimeByteEq(em[k-tLen-1], 0)
	ok &= subtle.ConstantTimeCompare(em[k-tLen:k-hashLen], prefix)
	ok &= subtle.ConstantTimeCompare(em[k-hashLen:], hashed)
	if ok != 1 {
		return ErrVerification
	}
	return nil
}

// pkcs1v15HashInfo returns the digest length and DigestInfo prefix that
// hash needs, checking that a digest of inLen bytes fits it. Hash zero
// means the caller signs raw bytes: any length, no prefix.
func pkcs1v15HashInfo(hash crypto.Hash, inLen int) (hashLen int, prefix []byte, err error) {
	if hash == 0 {
		return inLen, nil, nil
	}
	hashLen = hash.Size()
	if inLen != hashLen {
		return 0, nil, errors.New("crypto/rsa: input must be hashed message")
	}
	prefix, ok := hashPrefixes[hash]
	if !ok {
		return 0, nil, errors.New("crypto/rsa: unsupported hash function")
	}
	return hashLen, prefix, nil
}
