// Package aes implements AES encryption (formerly Rijndael), as defined in
// U.S. Federal Information Processing Standards Publication 197.
//
// gominic's AES is portable Go only, from FIPS-197: no AES-NI. Its table
// look-ups depend on the key and the data, so, like Go's own portable
// code, these operations are not constant-time.
package aes

import (
	"crypto/cipher"
	"crypto/internal/subtle"
	"strconv"
)

// The AES block size in bytes.
const BlockSize = 16

// A KeySizeError is returned by NewCipher for a key of a length AES has not.
type KeySizeError int

func (k KeySizeError) Error() string {
	return "crypto/aes: invalid key size " + strconv.Itoa(int(k))
}

// aesCipher is an expanded key: the round keys of encryption and of
// decryption, four words a round.
type aesCipher struct {
	enc []uint32
	dec []uint32
}

// NewCipher creates and returns a new cipher.Block.
// The key argument should be the AES key,
// either 16, 24, or 32 bytes to select
// AES-128, AES-192, or AES-256.
func NewCipher(key []byte) (cipher.Block, error) {
	k := len(key)
	switch k {
	case 16, 24, 32:
	default:
		return nil, KeySizeError(k)
	}
	// 10, 12 or 14 rounds, and one more round key for the start:
	// 4*(rounds+1) words, which is k + 28.
	n := k + 28
	c := &aesCipher{make([]uint32, n), make([]uint32, n)}
	expandKey(key, c.enc, c.dec)
	return c, nil
}

// expandKey is where Go plugs in its assembly; gominic has the Go code only.
func expandKey(key []byte, enc, dec []uint32) {
	expandKeyGo(key, enc, dec)
}

func (c *aesCipher) BlockSize() int { return BlockSize }

func (c *aesCipher) Encrypt(dst, src []byte) {
	checkBlocks(dst, src)
	encryptBlockGo(c.enc, dst, src)
}

func (c *aesCipher) Decrypt(dst, src []byte) {
	checkBlocks(dst, src)
	decryptBlockGo(c.dec, dst, src)
}

// checkBlocks panics unless src and dst hold a block each and the two
// are the same memory or apart.
func checkBlocks(dst, src []byte) {
	if len(src) < BlockSize {
		panic("crypto/aes: input not full block")
	}
	if len(dst) < BlockSize {
		panic("crypto/aes: output not full block")
	}
	if subtle.InexactOverlap(dst[:BlockSize], src[:BlockSize]) {
		panic("crypto/aes: invalid buffer overlap")
	}
}
