// Package aes implements AES encryption (formerly Rijndael), as defined in
// U.S. Federal Information Processing Standards Publication 197.
//
// Where the processor has the AES instructions (AES-NI), they run the
// cipher (block_amd64.s), in constant time. Elsewhere portable Go does,
// from FIPS-197: its table look-ups depend on the key and the data, so,
// like Go's own portable code, it is not constant-time.
package aes

import (
	"crypto/cipher"
	"crypto/internal/subtle"
	"internal/cpu"
	"math/bits"
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

// expandKey makes the key schedules as the cipher here takes them:
// expandKeyGo's, with each word's bytes swapped for the AES instructions,
// which take a round key as the state's 16 bytes.
func expandKey(key []byte, enc, dec []uint32) {
	expandKeyGo(key, enc, dec)
	if useAES {
		for _, xk := range [][]uint32{enc, dec} {
			for i := range xk {
				xk[i] = bits.ReverseBytes32(xk[i])
			}
		}
	}
}

// useAES: the processor has the AES instructions.
var useAES = cpu.X86.HasAES

// encryptBlockAsm and decryptBlockAsm run nr rounds with the round keys
// at xk on the block at src, into dst (block_amd64.s).
//
//go:noescape
func encryptBlockAsm(nr int, xk *uint32, dst, src *byte)

//go:noescape
func decryptBlockAsm(nr int, xk *uint32, dst, src *byte)

func (c *aesCipher) BlockSize() int { return BlockSize }

func (c *aesCipher) Encrypt(dst, src []byte) {
	checkBlocks(dst, src)
	if useAES {
		encryptBlockAsm(len(c.enc)/4-1, &c.enc[0], &dst[0], &src[0])
		return
	}
	encryptBlockGo(c.enc, dst, src)
}

func (c *aesCipher) Decrypt(dst, src []byte) {
	checkBlocks(dst, src)
	if useAES {
		decryptBlockAsm(len(c.dec)/4-1, &c.dec[0], &dst[0], &src[0])
		return
	}
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
