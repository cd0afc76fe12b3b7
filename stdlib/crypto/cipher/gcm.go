package cipher

import (
	"crypto/internal/subtle"
	cryptosubtle "crypto/subtle"
	"encoding/binary"
	"errors"
	"internal/cpu"
)

// Galois/Counter Mode (NIST SP 800-38D): counter-mode encryption, and a
// tag that authenticates the ciphertext and the additional data, made by
// GHASH, a polynomial hash over GF(2¹²⁸) keyed with H, the encryption
// of the zero block.

// AEAD is a cipher mode providing authenticated encryption with associated
// data. For a description of the methodology, see
// https://en.wikipedia.org/wiki/Authenticated_encryption.
type AEAD interface {
	// NonceSize returns the size of the nonce that must be passed to Seal
	// and Open.
	NonceSize() int

	// Overhead returns the maximum difference between the lengths of a
	// plaintext and its ciphertext.
	Overhead() int

	// Seal encrypts and authenticates plaintext, authenticates the
	// additional data and appends the result to dst, returning the updated
	// slice. The nonce must be NonceSize() bytes long and unique for all
	// time, for a given key.
	//
	// To reuse plaintext's storage for the encrypted output, use plaintext[:0]
	// as dst. Otherwise, the remaining capacity of dst must not overlap plaintext.
	Seal(dst, nonce, plaintext, additionalData []byte) []byte

	// Open decrypts and authenticates ciphertext, authenticates the
	// additional data and, if successful, appends the resulting plaintext
	// to dst, returning the updated slice. The nonce must be NonceSize()
	// bytes long and both it and the additional data must match the
	// value passed to Seal.
	//
	// To reuse ciphertext's storage for the decrypted output, use ciphertext[:0]
	// as dst. Otherwise, the remaining capacity of dst must not overlap plaintext.
	//
	// Even if the function fails, the contents of dst, up to its capacity,
	// may be overwritten.
	Open(dst, nonce, ciphertext, additionalData []byte) ([]byte, error)
}

// gcmAble is implemented by a Block with its own GCM: NewGCM returns that one.
type gcmAble interface {
	NewGCM(nonceSize, tagSize int) (AEAD, error)
}

const (
	gcmBlockSize         = 16
	gcmStandardNonceSize = 12
	gcmTagSize           = 16
	gcmMinimumTagSize    = 12 // NIST SP 800-38D recommends tags with 12 or more bytes.
	// The counter's low 32 bits number the blocks of one message, the
	// first kept for the tag: 2³²-2 blocks at most.
	gcmMaxBlocks = 1<<32 - 2
)

var errOpen = errors.New("cipher: message authentication failed")

// A fieldElement is a block read as an element of GF(2¹²⁸), in GCM's bit
// order: the first bit of the block (the top bit of byte 0, the top bit
// of hi) is the coefficient of x⁰, the last that of x¹²⁷.
type fieldElement struct {
	hi, lo uint64
}

func readElement(b []byte) fieldElement {
	return fieldElement{binary.BigEndian.Uint64(b), binary.BigEndian.Uint64(b[8:])}
}

func (x fieldElement) put(b []byte) {
	binary.BigEndian.PutUint64(b, x.hi)
	binary.BigEndian.PutUint64(b[8:], x.lo)
}

// mul returns x·y modulo x¹²⁸ + x⁷ + x² + x + 1: with the processor's
// carry-less multiply where it has one, else bit by bit.
func (x fieldElement) mul(y fieldElement) fieldElement {
	if useCLMUL {
		return mulCLMUL(x, y)
	}
	return mulGeneric(x, y)
}

// useCLMUL: the processor has pclmulqdq, the carry-less multiply.
var useCLMUL = cpu.X86.HasPCLMULQDQ

// clmul sets z to the 256-bit carry-less product of x and y, each read as
// the number hi:lo (gcm_amd64.s).
//
//go:noescape
func clmul(z *[4]uint64, x, y *fieldElement)

// mulCLMUL reduces the carry-less product. In the number hi:lo, bit 127-k
// is the coefficient of xᵏ, so the product has that of xᵏ at bit 254-k:
// shifted left once, its top half holds x⁰ to x¹²⁷ (in the same order)
// and its bottom half H, the coefficients of x¹²⁸ to x²⁵⁵. As x¹²⁸ = 1 +
// x + x² + x⁷, H comes back as H + Hx + Hx² + Hx⁷, where multiplying by
// xⁿ is a shift right by n: the bits shifted out are x¹²⁸ and above
// again, folded once more the same way (their x⁷ multiples stay below
// x¹²⁸).
func mulCLMUL(x, y fieldElement) fieldElement {
	var z [4]uint64
	clmul(&z, &x, &y)
	top := fieldElement{z[3]<<1 | z[2]>>63, z[2]<<1 | z[1]>>63}
	h := fieldElement{z[1]<<1 | z[0]>>63, z[0] << 1}
	for _, n := range [...]uint{1, 2, 7} {
		top.hi ^= h.hi >> n
		top.lo ^= h.lo>>n | h.hi<<(64-n)
	}
	out := h.lo<<63 ^ h.lo<<62 ^ h.lo<<57 // H's bits shifted out, at the top
	top.hi ^= h.hi ^ out ^ out>>1 ^ out>>2 ^ out>>7
	top.lo ^= h.lo
	return top
}

// mulGeneric is mul bit by bit (SP 800-38D, Algorithm 1): for each bit of
// x, add the matching multiple of y, then multiply y by x once more.
// Masks rather than branches keep it constant-time.
func mulGeneric(x, y fieldElement) fieldElement {
	var z fieldElement
	for i := 0; i < 128; i++ {
		word := x.hi
		if i >= 64 {
			word = x.lo
		}
		bit := -(word >> (63 - i%64) & 1)
		z.hi ^= y.hi & bit
		z.lo ^= y.lo & bit
		// y·x: a shift toward x¹²⁷ (right, in this order); the x¹²⁸ that
		// falls out is reduced to x⁷ + x² + x + 1, the bits 0xe1 at the top.
		carry := -(y.lo & 1)
		y.lo = y.lo>>1 | y.hi<<63
		y.hi = y.hi>>1 ^ 0xe1<<56&carry
	}
	return z
}

type gcm struct {
	cipher    Block
	nonceSize int
	tagSize   int
	h         fieldElement // GHASH's key
}

// NewGCM returns the given 128-bit, block cipher wrapped in Galois Counter Mode
// with the standard nonce length.
//
// In general, the GHASH operation performed by this implementation of GCM is not constant-time.
// An exception is when the underlying Block was created by aes.NewCipher
// on systems with hardware support for AES. See the crypto/aes package documentation for details.
func NewGCM(cipher Block) (AEAD, error) {
	return newGCMWithNonceAndTagSize(cipher, gcmStandardNonceSize, gcmTagSize)
}

// NewGCMWithNonceSize returns the given 128-bit, block cipher wrapped in Galois
// Counter Mode, which accepts nonces of the given length. The length must not
// be zero.
//
// Only use this function if you require compatibility with an existing
// cryptosystem that uses non-standard nonce lengths. All other users should use
// NewGCM, which is faster and more resistant to misuse.
func NewGCMWithNonceSize(cipher Block, size int) (AEAD, error) {
	return newGCMWithNonceAndTagSize(cipher, size, gcmTagSize)
}

// NewGCMWithTagSize returns the given 128-bit, block cipher wrapped in Galois
// Counter Mode, which generates tags with the given length.
//
// Tag sizes between 12 and 16 bytes are allowed.
//
// Only use this function if you require compatibility with an existing
// cryptosystem that uses non-standard tag lengths. All other users should use
// NewGCM, which is more resistant to misuse.
func NewGCMWithTagSize(cipher Block, tagSize int) (AEAD, error) {
	return newGCMWithNonceAndTagSize(cipher, gcmStandardNonceSize, tagSize)
}

func newGCMWithNonceAndTagSize(cipher Block, nonceSize, tagSize int) (AEAD, error) {
	if tagSize < gcmMinimumTagSize || tagSize > gcmBlockSize {
		return nil, errors.New("cipher: incorrect tag size given to GCM")
	}
	if nonceSize <= 0 {
		return nil, errors.New("cipher: the nonce can't have zero length, or the security of the key will be immediately compromised")
	}
	if cipher, ok := cipher.(gcmAble); ok {
		return cipher.NewGCM(nonceSize, tagSize)
	}
	if cipher.BlockSize() != gcmBlockSize {
		return nil, errors.New("cipher: NewGCM requires 128-bit block cipher")
	}
	var key [gcmBlockSize]byte
	cipher.Encrypt(key[:], key[:])
	return &gcm{cipher: cipher, nonceSize: nonceSize, tagSize: tagSize, h: readElement(key[:])}, nil
}

func (g *gcm) NonceSize() int { return g.nonceSize }

func (g *gcm) Overhead() int { return g.tagSize }

func (g *gcm) Seal(dst, nonce, plaintext, data []byte) []byte {
	if len(nonce) != g.nonceSize {
		panic("crypto/cipher: incorrect nonce length given to GCM")
	}
	if uint64(len(plaintext)) > gcmMaxBlocks*gcmBlockSize {
		panic("crypto/cipher: message too large for GCM")
	}
	ret, out := sliceForAppend(dst, len(plaintext)+g.tagSize)
	if subtle.InexactOverlap(out, plaintext) {
		panic("crypto/cipher: invalid buffer overlap")
	}
	counter, tagMask := g.firstCounter(nonce)
	g.counterCrypt(out, plaintext, &counter)
	tag := g.auth(out[:len(plaintext)], data, &tagMask)
	copy(out[len(plaintext):], tag[:g.tagSize])
	return ret
}

func (g *gcm) Open(dst, nonce, ciphertext, data []byte) ([]byte, error) {
	if len(nonce) != g.nonceSize {
		panic("crypto/cipher: incorrect nonce length given to GCM")
	}
	if g.tagSize < gcmMinimumTagSize {
		panic("crypto/cipher: incorrect GCM tag size")
	}
	if len(ciphertext) < g.tagSize || uint64(len(ciphertext)) > gcmMaxBlocks*gcmBlockSize+uint64(g.tagSize) {
		return nil, errOpen
	}
	tag := ciphertext[len(ciphertext)-g.tagSize:]
	ciphertext = ciphertext[:len(ciphertext)-g.tagSize]
	counter, tagMask := g.firstCounter(nonce)
	want := g.auth(ciphertext, data, &tagMask)
	ret, out := sliceForAppend(dst, len(ciphertext))
	if subtle.InexactOverlap(out, ciphertext) {
		panic("crypto/cipher: invalid buffer overlap")
	}
	if cryptosubtle.ConstantTimeCompare(want[:g.tagSize], tag) != 1 {
		// Clear the output as a hardware GCM, which decrypts while it
		// authenticates, would leave it: never unauthenticated plaintext.
		for i := range out {
			out[i] = 0
		}
		return nil, errOpen
	}
	g.counterCrypt(out, ciphertext, &counter)
	return ret, nil
}

// sliceForAppend extends in by n bytes, reallocating if its capacity is
// short; it returns the whole slice and the n new bytes.
func sliceForAppend(in []byte, n int) (head, tail []byte) {
	if total := len(in) + n; cap(in) >= total {
		head = in[:total]
	} else {
		head = make([]byte, total)
		copy(head, in)
	}
	tail = head[len(in):]
	return
}

// firstCounter returns the counter block of the message's first block of
// data and the mask of its tag, the encryption of the block before
// (SP 800-38D's J₀): the nonce and a count of 1 for a 12-byte nonce,
// else the nonce's GHASH.
func (g *gcm) firstCounter(nonce []byte) (counter, tagMask [gcmBlockSize]byte) {
	if len(nonce) == gcmStandardNonceSize {
		copy(counter[:], nonce)
		counter[gcmBlockSize-1] = 1
	} else {
		var y fieldElement
		g.update(&y, nonce)
		y = g.addLengths(y, 0, len(nonce))
		y.put(counter[:])
	}
	g.cipher.Encrypt(tagMask[:], counter[:])
	gcmInc32(&counter)
	return
}

// gcmInc32 adds one to the counter's low 32 bits, which wrap: GCM's
// inc₃₂, which never carries into the nonce.
func gcmInc32(counter *[gcmBlockSize]byte) {
	ctr := counter[gcmBlockSize-4:]
	binary.BigEndian.PutUint32(ctr, binary.BigEndian.Uint32(ctr)+1)
}

// counterCrypt xors in with the key stream from counter on into out.
func (g *gcm) counterCrypt(out, in []byte, counter *[gcmBlockSize]byte) {
	var mask [gcmBlockSize]byte
	for len(in) > 0 {
		g.cipher.Encrypt(mask[:], counter[:])
		gcmInc32(counter)
		n := xorBytes(out, in, mask[:])
		out, in = out[n:], in[n:]
	}
}

// update hashes data into y, a block at a time, the last block padded
// with zeros: y = (y ⊕ block)·H.
func (g *gcm) update(y *fieldElement, data []byte) {
	for len(data) > 0 {
		var block [gcmBlockSize]byte
		n := copy(block[:], data)
		x := readElement(block[:])
		y.hi ^= x.hi
		y.lo ^= x.lo
		*y = y.mul(g.h)
		data = data[n:]
	}
}

// addLengths hashes GHASH's final block: the lengths, in bits, of the
// additional data and of the ciphertext.
func (g *gcm) addLengths(y fieldElement, dataLen, ciphertextLen int) fieldElement {
	y.hi ^= uint64(dataLen) * 8
	y.lo ^= uint64(ciphertextLen) * 8
	return y.mul(g.h)
}

// auth returns the tag of ciphertext and data: their GHASH, masked.
func (g *gcm) auth(ciphertext, data []byte, tagMask *[gcmBlockSize]byte) [gcmBlockSize]byte {
	var y fieldElement
	g.update(&y, data)
	g.update(&y, ciphertext)
	y = g.addLengths(y, len(data), len(ciphertext))
	var tag [gcmBlockSize]byte
	y.put(tag[:])
	xorBytes(tag[:], tag[:], tagMask[:])
	return tag
}
