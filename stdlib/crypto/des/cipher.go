// Package des implements the Data Encryption Standard (DES) and the
// Triple Data Encryption Algorithm (TDEA) as defined
// in U.S. Federal Information Processing Standards Publication 46-3.
//
// DES is cryptographically broken and should not be used for secure
// applications.
package des

import (
	"crypto/cipher"
	"crypto/internal/subtle"
	"strconv"
)

// The DES block size in bytes.
const BlockSize = 8

// A KeySizeError is returned by NewCipher and NewTripleDESCipher for a
// key of the wrong length.
type KeySizeError int

func (k KeySizeError) Error() string {
	return "crypto/des: invalid key size " + strconv.Itoa(int(k))
}

// desCipher is an instance of DES encryption: the 16 round subkeys.
type desCipher struct {
	subkeys [16]uint64
}

// NewCipher creates and returns a new cipher.Block.
func NewCipher(key []byte) (cipher.Block, error) {
	if len(key) != 8 {
		return nil, KeySizeError(len(key))
	}
	c := new(desCipher)
	c.generateSubkeys(key)
	return c, nil
}

func (c *desCipher) BlockSize() int { return BlockSize }

func (c *desCipher) Encrypt(dst, src []byte) {
	checkBlocks(dst, src)
	encryptBlock(c.subkeys[:], dst, src)
}

func (c *desCipher) Decrypt(dst, src []byte) {
	checkBlocks(dst, src)
	decryptBlock(c.subkeys[:], dst, src)
}

// checkBlocks panics unless src and dst hold a block each and the two
// are the same memory or apart.
func checkBlocks(dst, src []byte) {
	if len(src) < BlockSize {
		panic("crypto/des: input not full block")
	}
	if len(dst) < BlockSize {
		panic("crypto/des: output not full block")
	}
	if subtle.InexactOverlap(dst[:BlockSize], src[:BlockSize]) {
		panic("crypto/des: invalid buffer overlap")
	}
}

// A tripleDESCipher is an instance of TripleDES encryption: three DES
// keys, used encrypt-decrypt-encrypt (FIPS 46-3 and NIST SP 800-67).
type tripleDESCipher struct {
	cipher1, cipher2, cipher3 desCipher
}

// NewTripleDESCipher creates and returns a new cipher.Block.
func NewTripleDESCipher(key []byte) (cipher.Block, error) {
	if len(key) != 24 {
		return nil, KeySizeError(len(key))
	}
	c := new(tripleDESCipher)
	c.cipher1.generateSubkeys(key[:8])
	c.cipher2.generateSubkeys(key[8:16])
	c.cipher3.generateSubkeys(key[16:])
	return c, nil
}

func (c *tripleDESCipher) BlockSize() int { return BlockSize }

// Encrypt is E_K3(D_K2(E_K1(src))): with K1 = K2 = K3, single DES.
func (c *tripleDESCipher) Encrypt(dst, src []byte) {
	checkBlocks(dst, src)
	encryptBlock(c.cipher1.subkeys[:], dst, src)
	decryptBlock(c.cipher2.subkeys[:], dst, dst)
	encryptBlock(c.cipher3.subkeys[:], dst, dst)
}

// Decrypt is D_K1(E_K2(D_K3(src))).
func (c *tripleDESCipher) Decrypt(dst, src []byte) {
	checkBlocks(dst, src)
	decryptBlock(c.cipher3.subkeys[:], dst, src)
	encryptBlock(c.cipher2.subkeys[:], dst, dst)
	decryptBlock(c.cipher1.subkeys[:], dst, dst)
}
