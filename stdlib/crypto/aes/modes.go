package aes

import "crypto/cipher"

// The interfaces crypto/cipher looks for in a Block to hand a whole mode
// to the block cipher's own code (Go's AES-NI assembly implements them).
// gominic's AES speeds up the block only, so its Block implements none of
// them and gets crypto/cipher's modes (whose GCM multiplies with
// pclmulqdq); the interfaces stay here, as in Go, for the package's tests.

type gcmAble interface {
	NewGCM(nonceSize, tagSize int) (cipher.AEAD, error)
}

type cbcEncAble interface {
	NewCBCEncrypter(iv []byte) cipher.BlockMode
}

type cbcDecAble interface {
	NewCBCDecrypter(iv []byte) cipher.BlockMode
}

type ctrAble interface {
	NewCTR(iv []byte) cipher.Stream
}
