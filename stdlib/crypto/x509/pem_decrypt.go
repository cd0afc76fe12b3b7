package x509

// This file implements the legacy encryption of PEM blocks from RFC 1423
// ("Proc-Type: 4,ENCRYPTED" with a "DEK-Info" header), as OpenSSL still
// writes for "traditional" key files. The key is derived from the
// password with one round of MD5 (OpenSSL's EVP_BytesToKey) and the
// data is encrypted in CBC mode with PKCS #7 padding. Nothing
// authenticates the result, so a wrong password is not always detected.

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"io"
	"strings"
)

// PEMCipher names a block cipher for EncryptPEMBlock.
type PEMCipher int

// The ciphers EncryptPEMBlock and DecryptPEMBlock support.
const (
	_ PEMCipher = iota
	PEMCipherDES
	PEMCipher3DES
	PEMCipherAES128
	PEMCipherAES192
	PEMCipherAES256
)

// rfc1423Algo describes one cipher by its DEK-Info name.
type rfc1423Algo struct {
	cipher    PEMCipher
	name      string
	newBlock  func(key []byte) (cipher.Block, error)
	keySize   int
	blockSize int
}

var rfc1423Algos = []rfc1423Algo{
	{PEMCipherDES, "DES-CBC", des.NewCipher, 8, des.BlockSize},
	{PEMCipher3DES, "DES-EDE3-CBC", des.NewTripleDESCipher, 24, des.BlockSize},
	{PEMCipherAES128, "AES-128-CBC", aes.NewCipher, 16, aes.BlockSize},
	{PEMCipherAES192, "AES-192-CBC", aes.NewCipher, 24, aes.BlockSize},
	{PEMCipherAES256, "AES-256-CBC", aes.NewCipher, 32, aes.BlockSize},
}

// deriveKey stretches password to the key size: each MD5 block hashes
// the previous block, the password and the salt (the first 8 bytes of
// the IV).
func (c rfc1423Algo) deriveKey(password, salt []byte) []byte {
	h := md5.New()
	key := make([]byte, 0, c.keySize+md5.Size)
	var prev []byte
	for len(key) < c.keySize {
		h.Reset()
		h.Write(prev)
		h.Write(password)
		h.Write(salt)
		prev = h.Sum(nil)
		key = append(key, prev...)
	}
	return key[:c.keySize]
}

// IsEncryptedPEMBlock reports whether b has a DEK-Info header, meaning
// it was encrypted as in RFC 1423.
//
// Deprecated: Legacy PEM encryption as specified in RFC 1423 is
// insecure by design. Since it does not authenticate the ciphertext, it
// is vulnerable to padding oracle attacks that can let an attacker
// recover the plaintext.
func IsEncryptedPEMBlock(b *pem.Block) bool {
	_, ok := b.Headers["DEK-Info"]
	return ok
}

// IncorrectPasswordError is returned when an incorrect password is
// detected.
var IncorrectPasswordError = errors.New("x509: decryption password incorrect")

// DecryptPEMBlock takes a PEM block encrypted according to RFC 1423 and
// the password used to encrypt it and returns a slice of decrypted DER
// encoded bytes.
//
// A wrong password is detected only when the padding comes out invalid,
// so it may also yield garbage without an error.
//
// Deprecated: Legacy PEM encryption as specified in RFC 1423 is
// insecure by design. Since it does not authenticate the ciphertext, it
// is vulnerable to padding oracle attacks that can let an attacker
// recover the plaintext.
func DecryptPEMBlock(b *pem.Block, password []byte) ([]byte, error) {
	dek, ok := b.Headers["DEK-Info"]
	if !ok {
		return nil, errors.New("x509: no DEK-Info header in block")
	}
	mode, hexIV, ok := strings.Cut(dek, ",")
	if !ok {
		return nil, errors.New("x509: malformed DEK-Info header")
	}
	alg := cipherByName(mode)
	if alg == nil {
		return nil, errors.New("x509: unknown encryption mode")
	}
	iv, err := hex.DecodeString(hexIV)
	if err != nil {
		return nil, err
	}
	if len(iv) != alg.blockSize {
		return nil, errors.New("x509: incorrect IV size")
	}
	block, err := alg.newBlock(alg.deriveKey(password, iv[:8]))
	if err != nil {
		return nil, err
	}
	if len(b.Bytes)%block.BlockSize() != 0 {
		return nil, errors.New("x509: encrypted PEM data is not a multiple of the block size")
	}
	data := make([]byte, len(b.Bytes))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(data, b.Bytes)
	return removePadding(data, alg.blockSize)
}

// removePadding strips PKCS #7 padding: n bytes of value n, 1 <= n <=
// blockSize. Bad padding almost always means a wrong password.
func removePadding(data []byte, blockSize int) ([]byte, error) {
	n := len(data)
	if n == 0 || n%blockSize != 0 {
		return nil, errors.New("x509: invalid padding")
	}
	pad := int(data[n-1])
	if pad == 0 || pad > blockSize || pad > n {
		return nil, IncorrectPasswordError
	}
	for _, b := range data[n-pad:] {
		if int(b) != pad {
			return nil, IncorrectPasswordError
		}
	}
	return data[:n-pad], nil
}

// EncryptPEMBlock encrypts data under password with the cipher alg, as
// RFC 1423 describes, and returns it as a PEM block of type blockType.
//
// Deprecated: Legacy PEM encryption as specified in RFC 1423 is
// insecure by design. Since it does not authenticate the ciphertext, it
// is vulnerable to padding oracle attacks that can let an attacker
// recover the plaintext.
func EncryptPEMBlock(rand io.Reader, blockType string, data, password []byte, alg PEMCipher) (*pem.Block, error) {
	c := cipherByKey(alg)
	if c == nil {
		return nil, errors.New("x509: unknown encryption mode")
	}
	iv := make([]byte, c.blockSize)
	if _, err := io.ReadFull(rand, iv); err != nil {
		return nil, errors.New("x509: cannot generate IV: " + err.Error())
	}
	block, err := c.newBlock(c.deriveKey(password, iv[:8]))
	if err != nil {
		return nil, err
	}
	pad := c.blockSize - len(data)%c.blockSize
	encrypted := append([]byte(nil), data...)
	for i := 0; i < pad; i++ {
		encrypted = append(encrypted, byte(pad))
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(encrypted, encrypted)
	return &pem.Block{
		Type: blockType,
		Headers: map[string]string{
			"Proc-Type": "4,ENCRYPTED",
			"DEK-Info":  c.name + "," + hex.EncodeToString(iv),
		},
		Bytes: encrypted,
	}, nil
}

// cipherByName finds a cipher by its DEK-Info name.
func cipherByName(name string) *rfc1423Algo {
	for i := range rfc1423Algos {
		if rfc1423Algos[i].name == name {
			return &rfc1423Algos[i]
		}
	}
	return nil
}

// cipherByKey finds a cipher by its PEMCipher value.
func cipherByKey(key PEMCipher) *rfc1423Algo {
	for i := range rfc1423Algos {
		if rfc1423Algos[i].cipher == key {
			return &rfc1423Algos[i]
		}
	}
	return nil
}
