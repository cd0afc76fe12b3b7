// Tests crypto/aes and crypto/cipher: AES-128/192/256 blocks (FIPS-197
// vectors), the CBC, CFB, CTR and OFB modes over messages that are not
// whole blocks, GCM Seal/Open with additional data, other nonce and tag
// sizes and a tampered ciphertext, StreamReader/StreamWriter, RC4, and
// the errors and panics of bad keys, IVs and buffers.
package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rc4"
	"encoding/hex"
	"fmt"
	"strings"
)

func key(n int) []byte {
	k := make([]byte, n)
	for i := range k {
		k[i] = byte(i)
	}
	return k
}

func mustBlock(k []byte) cipher.Block {
	b, err := aes.NewCipher(k)
	if err != nil {
		panic(err)
	}
	return b
}

func blocks() {
	in, _ := hex.DecodeString("00112233445566778899aabbccddeeff")
	for _, n := range []int{16, 24, 32} {
		b := mustBlock(key(n))
		out := make([]byte, 16)
		b.Encrypt(out, in)
		back := make([]byte, 16)
		b.Decrypt(back, out)
		fmt.Printf("AES-%d %x %v\n", 8*n, out, bytes.Equal(back, in))
	}
	for _, n := range []int{0, 15, 17, 33} {
		_, err := aes.NewCipher(key(n))
		fmt.Println(err)
	}
}

func streams() {
	msg := []byte("Fifty-three bytes of plaintext, not a multiple of 16!")
	iv := key(16)
	b := mustBlock(key(32))
	modes := []struct {
		name     string
		enc, dec cipher.Stream
	}{
		{"CFB", cipher.NewCFBEncrypter(b, iv), cipher.NewCFBDecrypter(b, iv)},
		{"CTR", cipher.NewCTR(b, iv), cipher.NewCTR(b, iv)},
		{"OFB", cipher.NewOFB(b, iv), cipher.NewOFB(b, iv)},
	}
	for _, m := range modes {
		ct := make([]byte, len(msg))
		// In pieces of 5 bytes: the key stream runs on across calls.
		for i := 0; i < len(msg); i += 5 {
			end := i + 5
			if end > len(msg) {
				end = len(msg)
			}
			m.enc.XORKeyStream(ct[i:end], msg[i:end])
		}
		pt := append([]byte(nil), ct...)
		m.dec.XORKeyStream(pt, pt) // in place
		fmt.Printf("%s %x %q\n", m.name, ct, pt)
	}
}

func cbc() {
	b := mustBlock(key(24))
	msg := []byte("thirty-two bytes, two AES blocks")
	ct := make([]byte, len(msg))
	cipher.NewCBCEncrypter(b, key(16)).CryptBlocks(ct, msg)
	pt := make([]byte, len(ct))
	cipher.NewCBCDecrypter(b, key(16)).CryptBlocks(pt, ct)
	fmt.Printf("CBC %x %q\n", ct, pt)
}

func gcm() {
	b := mustBlock(key(16))
	for _, sizes := range [][2]int{{12, 16}, {8, 16}, {12, 12}} {
		var aead cipher.AEAD
		var err error
		if sizes[1] != 16 {
			aead, err = cipher.NewGCMWithTagSize(b, sizes[1])
		} else {
			aead, err = cipher.NewGCMWithNonceSize(b, sizes[0])
		}
		if err != nil {
			panic(err)
		}
		nonce := key(aead.NonceSize())
		sealed := aead.Seal([]byte("hdr:"), nonce, []byte("attack at dawn"), []byte("v1"))
		fmt.Printf("GCM nonce %d tag %d: %x\n", aead.NonceSize(), aead.Overhead(), sealed)
		pt, err := aead.Open(nil, nonce, sealed[4:], []byte("v1"))
		fmt.Printf("  open: %q %v\n", pt, err)
		_, err = aead.Open(nil, nonce, sealed[4:], []byte("v2"))
		fmt.Println("  wrong data:", err)
		sealed[5] ^= 1
		_, err = aead.Open(nil, nonce, sealed[4:], []byte("v1"))
		fmt.Println("  tampered:", err)
	}
	_, err := cipher.NewGCMWithTagSize(b, 11)
	fmt.Println(err)
}

func readerWriter() {
	b := mustBlock(key(16))
	var buf bytes.Buffer
	w := cipher.StreamWriter{S: cipher.NewCTR(b, key(16)), W: &buf}
	fmt.Fprint(w, "streamed through CTR")
	fmt.Printf("written %x\n", buf.Bytes())
	r := cipher.StreamReader{S: cipher.NewCTR(b, key(16)), R: &buf}
	var out strings.Builder
	fmt.Fprint(&out, readAll(r))
	fmt.Println("read", out.String())
}

func readAll(r cipher.StreamReader) string {
	var sb strings.Builder
	p := make([]byte, 7)
	for {
		n, err := r.Read(p)
		sb.Write(p[:n])
		if err != nil {
			return sb.String()
		}
	}
}

func rc4Stream() {
	c, err := rc4.NewCipher([]byte("Key"))
	if err != nil {
		panic(err)
	}
	out := make([]byte, 9)
	c.XORKeyStream(out, []byte("Plaintext"))
	fmt.Printf("RC4 %x\n", out)
	_, err = rc4.NewCipher(nil)
	fmt.Println(err)
}

func panics() {
	b := mustBlock(key(16))
	buf := make([]byte, 32)
	for _, f := range []func(){
		func() { b.Encrypt(buf[:8], buf) },
		func() { b.Encrypt(buf[1:], buf) },
		func() { cipher.NewCTR(b, buf[:8]) },
		func() { cipher.NewCBCEncrypter(b, buf).CryptBlocks(buf, buf) },
		func() { cipher.NewCBCEncrypter(b, buf[:16]).CryptBlocks(buf, buf[:15]) },
		func() { cipher.NewOFB(b, buf[:16]).XORKeyStream(buf[:3], buf) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}

func main() {
	blocks()
	streams()
	cbc()
	gcm()
	readerWriter()
	rc4Stream()
	panics()
}
