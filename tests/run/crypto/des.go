// Tests crypto/des: DES and Triple DES blocks (FIPS 46-3 and NIST SP
// 800-20 vectors), Triple DES with three equal keys being single DES,
// DES in CBC mode, and the key size errors and block panics.
package main

import (
	"crypto/cipher"
	"crypto/des"
	"encoding/hex"
	"fmt"
)

func hexBytes(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func main() {
	for _, k := range []string{"133457799bbcdff1", "0101010101010101", "fedcba9876543210"} {
		c, err := des.NewCipher(hexBytes(k))
		if err != nil {
			panic(err)
		}
		out := make([]byte, 8)
		c.Encrypt(out, hexBytes("0123456789abcdef"))
		back := make([]byte, 8)
		c.Decrypt(back, out)
		fmt.Printf("DES %s: %x %x\n", k, out, back)
	}
	k := hexBytes("0123456789abcdef23456789abcdef01456789abcdef0123")
	t, err := des.NewTripleDESCipher(k)
	if err != nil {
		panic(err)
	}
	block := []byte("The qufc")
	t.Encrypt(block, block)
	fmt.Printf("3DES %x", block)
	t.Decrypt(block, block)
	fmt.Printf(" %q\n", block)
	same, _ := des.NewTripleDESCipher(append(append(k[:8:8], k[:8]...), k[:8]...))
	single, _ := des.NewCipher(k[:8])
	a, b := make([]byte, 8), make([]byte, 8)
	same.Encrypt(a, []byte("abcdefgh"))
	single.Encrypt(b, []byte("abcdefgh"))
	fmt.Printf("EDE with one key: %x %x\n", a, b)

	msg := []byte("sixteen byte msg and eight more")
	msg = append(msg, 0)
	ct := make([]byte, len(msg))
	cipher.NewCBCEncrypter(t, hexBytes("fedcba9876543210")).CryptBlocks(ct, msg)
	fmt.Printf("3DES-CBC %x\n", ct)

	for _, n := range []int{7, 9, 16} {
		_, err1 := des.NewCipher(make([]byte, n))
		_, err2 := des.NewTripleDESCipher(make([]byte, 2*n))
		fmt.Println(err1, err2)
	}
	for _, f := range []func(){
		func() { single.Encrypt(make([]byte, 8), make([]byte, 7)) },
		func() { single.Decrypt(make([]byte, 7), make([]byte, 8)) },
		func() { buf := make([]byte, 9); t.Encrypt(buf[1:], buf) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
