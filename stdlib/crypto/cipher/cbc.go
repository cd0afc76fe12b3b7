package cipher

import "crypto/internal/subtle"

// Cipher block chaining (NIST SP 800-38A, section 6.2): each plaintext
// block is xored with the previous ciphertext block (the IV for the
// first) before it is encrypted.

type cbc struct {
	b         Block
	blockSize int
	iv        []byte // the previous ciphertext block
	tmp       []byte
}

func newCBC(b Block, iv []byte) *cbc {
	return &cbc{b: b, blockSize: b.BlockSize(), iv: dup(iv), tmp: make([]byte, b.BlockSize())}
}

func (x *cbc) BlockSize() int { return x.blockSize }

// checkBlocks panics unless src is whole blocks that dst has room for,
// the two the same memory or apart.
func (x *cbc) checkBlocks(dst, src []byte) {
	if len(src)%x.blockSize != 0 {
		panic("crypto/cipher: input not full blocks")
	}
	if len(dst) < len(src) {
		panic("crypto/cipher: output smaller than input")
	}
	if subtle.InexactOverlap(dst[:len(src)], src) {
		panic("crypto/cipher: invalid buffer overlap")
	}
}

type cbcEncrypter cbc

// cbcEncAble is implemented by a Block with its own CBC encrypter:
// NewCBCEncrypter returns that one.
type cbcEncAble interface {
	NewCBCEncrypter(iv []byte) BlockMode
}

// NewCBCEncrypter returns a BlockMode which encrypts in cipher block chaining
// mode, using the given Block. The length of iv must be the same as the
// Block's block size.
func NewCBCEncrypter(b Block, iv []byte) BlockMode {
	if cbc, ok := b.(cbcEncAble); ok && len(iv) == b.BlockSize() {
		return cbc.NewCBCEncrypter(iv)
	}
	return newCBCGenericEncrypter(b, iv)
}

// newCBCGenericEncrypter is NewCBCEncrypter without the cbcEncAble
// shortcut (the tests compare the two).
func newCBCGenericEncrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCEncrypter: IV length must equal block size")
	}
	return (*cbcEncrypter)(newCBC(b, iv))
}

func (x *cbcEncrypter) BlockSize() int { return x.blockSize }

func (x *cbcEncrypter) CryptBlocks(dst, src []byte) {
	(*cbc)(x).checkBlocks(dst, src)
	for len(src) > 0 {
		xorBytes(dst[:x.blockSize], src, x.iv)
		x.b.Encrypt(dst[:x.blockSize], dst[:x.blockSize])
		copy(x.iv, dst[:x.blockSize])
		src, dst = src[x.blockSize:], dst[x.blockSize:]
	}
}

type cbcDecrypter cbc

// cbcDecAble is implemented by a Block with its own CBC decrypter:
// NewCBCDecrypter returns that one.
type cbcDecAble interface {
	NewCBCDecrypter(iv []byte) BlockMode
}

// NewCBCDecrypter returns a BlockMode which decrypts in cipher block chaining
// mode, using the given Block. The length of iv must be the same as the
// Block's block size and must match the iv used to encrypt the data.
func NewCBCDecrypter(b Block, iv []byte) BlockMode {
	if cbc, ok := b.(cbcDecAble); ok && len(iv) == b.BlockSize() {
		return cbc.NewCBCDecrypter(iv)
	}
	return newCBCGenericDecrypter(b, iv)
}

// newCBCGenericDecrypter is NewCBCDecrypter without the cbcDecAble
// shortcut (the tests compare the two).
func newCBCGenericDecrypter(b Block, iv []byte) BlockMode {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCBCDecrypter: IV length must equal block size")
	}
	return (*cbcDecrypter)(newCBC(b, iv))
}

func (x *cbcDecrypter) BlockSize() int { return x.blockSize }

// CryptBlocks decrypts block by block; when dst is src, each ciphertext
// block is saved (in tmp) before its plaintext overwrites it, as the next
// block needs it.
func (x *cbcDecrypter) CryptBlocks(dst, src []byte) {
	(*cbc)(x).checkBlocks(dst, src)
	for len(src) > 0 {
		copy(x.tmp, src[:x.blockSize])
		x.b.Decrypt(dst[:x.blockSize], src[:x.blockSize])
		xorBytes(dst[:x.blockSize], dst[:x.blockSize], x.iv)
		x.iv, x.tmp = x.tmp, x.iv
		src, dst = src[x.blockSize:], dst[x.blockSize:]
	}
}
