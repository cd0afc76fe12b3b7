// crypto/ed25519: keys from fixed seeds (RFC 8032's test vectors 1-3 and
// a counting seed), their public keys and signatures in hex (deterministic,
// so they must match Go's bit for bit), verification of good messages and
// of tampered messages, signatures and keys, the malleability check (S + l
// is refused), PrivateKey as a crypto.Signer, GenerateKey from a fixed
// reader and from a short one, Equal, Seed, and the panics on bad lengths.
package main

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
)

func fromHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// rfcVectors are the seeds and messages of RFC 8032, section 7.1, tests 1-3.
var rfcVectors = []struct{ seed, message string }{
	{"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", ""},
	{"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "72"},
	{"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7", "af82"},
}

func signAndVerify(seed, message []byte) {
	priv := ed25519.NewKeyFromSeed(seed)
	pub := priv.Public().(ed25519.PublicKey)
	sig := ed25519.Sign(priv, message)
	fmt.Printf("  public    %x\n", pub)
	fmt.Printf("  signature %x\n", sig)
	fmt.Println("  verifies:", ed25519.Verify(pub, message, sig))
}

func tampering(priv ed25519.PrivateKey) {
	pub := priv.Public().(ed25519.PublicKey)
	message := []byte("transfer 100 coins to Alice")
	sig := ed25519.Sign(priv, message)
	fmt.Println("good message:", ed25519.Verify(pub, message, sig))

	altered := []byte("transfer 900 coins to Alice")
	fmt.Println("altered message:", ed25519.Verify(pub, altered, sig))
	fmt.Println("truncated message:", ed25519.Verify(pub, message[:10], sig))

	for _, i := range []int{0, 31, 32, 62} {
		bad := append([]byte(nil), sig...)
		bad[i] ^= 1
		fmt.Printf("signature byte %d flipped: %v\n", i, ed25519.Verify(pub, message, bad))
	}
	fmt.Println("short signature:", ed25519.Verify(pub, message, sig[:63]))

	// S and S + l sign the same thing; only the reduced S is accepted.
	l, _ := new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)
	s := new(big.Int).SetBytes(reverse(sig[32:]))
	s.Add(s, l)
	malleable := append(append([]byte(nil), sig[:32]...), reverse(padTo32(s.Bytes()))...)
	fmt.Println("S + l:", ed25519.Verify(pub, message, malleable))

	otherPub := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, 32)).Public().(ed25519.PublicKey)
	fmt.Println("other key:", ed25519.Verify(otherPub, message, sig))
	notAPoint := bytes.Repeat([]byte{0xff}, 32)
	notAPoint[0] = 2
	fmt.Println("key not on the curve:", ed25519.Verify(notAPoint, message, sig))
}

func reverse(b []byte) []byte {
	r := make([]byte, len(b))
	for i := range b {
		r[len(b)-1-i] = b[i]
	}
	return r
}

func padTo32(b []byte) []byte {
	return append(make([]byte, 32-len(b)), b...)
}

func signer(priv ed25519.PrivateKey) {
	var s crypto.Signer = priv
	message := []byte("signed through crypto.Signer")
	sig, err := s.Sign(nil, message, crypto.Hash(0))
	fmt.Printf("Signer: %x %v\n", sig, err)
	fmt.Println("same as Sign:", bytes.Equal(sig, ed25519.Sign(priv, message)))
	_, err = s.Sign(nil, message, crypto.SHA256)
	fmt.Println("pre-hashed:", err)
}

func keys() {
	pub, priv, err := ed25519.GenerateKey(strings.NewReader(strings.Repeat("fixed entropy! ", 4)))
	fmt.Printf("GenerateKey: %x %x %v\n", pub, priv, err)
	fmt.Printf("Seed: %x\n", priv.Seed())
	fmt.Println("sizes:", len(pub), len(priv), ed25519.PublicKeySize, ed25519.PrivateKeySize,
		ed25519.SignatureSize, ed25519.SeedSize)
	_, _, err = ed25519.GenerateKey(strings.NewReader("too short"))
	fmt.Println("short reader:", err)

	same := ed25519.NewKeyFromSeed(priv.Seed())
	fmt.Println("private Equal:", priv.Equal(same), priv.Equal(ed25519.NewKeyFromSeed(make([]byte, 32))),
		priv.Equal(pub))
	fmt.Println("public Equal:", pub.Equal(same.Public()), pub.Equal(priv), pub.Equal([]byte(pub)))

	pub2, priv2, err := ed25519.GenerateKey(nil)
	fmt.Println("random key works:", err == nil && ed25519.Verify(pub2, []byte("x"), ed25519.Sign(priv2, []byte("x"))))
}

func panics() {
	try := func(name string, f func()) {
		defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
		f()
	}
	try("NewKeyFromSeed", func() { ed25519.NewKeyFromSeed(make([]byte, 31)) })
	try("Sign", func() { ed25519.Sign(make([]byte, 32), nil) })
	try("Verify", func() { ed25519.Verify(make([]byte, 33), nil, make([]byte, 64)) })
}

func main() {
	for i, v := range rfcVectors {
		fmt.Printf("RFC 8032 test %d:\n", i+1)
		signAndVerify(fromHex(v.seed), fromHex(v.message))
	}
	counting := make([]byte, 32)
	for i := range counting {
		counting[i] = byte(i)
	}
	fmt.Println("seed 00..1f, a 1000-byte message:")
	signAndVerify(counting, bytes.Repeat([]byte("abcdefghij"), 100))

	tampering(ed25519.NewKeyFromSeed(counting))
	signer(ed25519.NewKeyFromSeed(counting))
	keys()
	panics()
}
