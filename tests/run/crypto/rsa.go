// crypto/rsa: a 1024-bit key built by hand from two known primes (N, φ(N),
// D as e's inverse, Precompute's CRT values, Validate), deterministic PKCS
// #1 v1.5 signatures and OAEP encryption with a fixed seed, verification
// and decryption of a PSS signature and OAEP and v1.5 ciphertexts made by
// real Go, the crypto.Signer and crypto.Decrypter interfaces, the session
// key decryption that hides padding errors, and the error each misuse
// returns.
package main

import (
	"bytes"
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	_ "crypto/sha512" // registers crypto.SHA512, used through crypto.Hash
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
)

const (
	primeP = "c9ca87778e3c47e49bdd38fcf2c405a86a81b944738d0ecdeaab1e1491b9340d3f033474eac363d5a0d456c3ad7787f81c70e7d533fe355ee472d4d399260119"
	primeQ = "ce9463a5f936f2761b5d2350703de102dab863d418ff7ed48d00311862828c4bbbd6b4a73e9793fca52cbe13791d87a1b9b7a1ade6d72811926e1ae4067b6b81"

	// Made by Go 1.19 with the key above, from random salts and seeds.
	goPSS  = "2c8102b0c489724d1e70a5453e48125b20ce1aec44ad710f28c9be9219d50fe7df59ebe274554cdbcc2d19eb95638acfe03736499dea7e89f5d71d06c6af302cb7430d1dc8078affa0e62f885a0f65e59b5a1a18930af3ac10d9a23923c7a66db3c6feec5acd7cfa9239a593d705238670398f9f22747c1c9f451d44edeeb2c7"
	goOAEP = "623e915f407f1ed7baa3c5b180b149b2cb45725bc3d0e90bb41ad02a05d0ca15cb991c407b6d399ac7af5c35096bd48180588197ccb1b6e8d48d983e07d9681848d34aa02a1bbcd9156a5456ecf8809e967c01be90343a2dbeff576f1904df6d8963154fc3471577b0b41b6835859bd496ef00a2a35cc4ecd955e73f891836e3"
	goV15  = "16e76a6a043a20ad802977daaf7b742a9394dd0dbbb06f86ef3aed4239f427b263231a95651a6dfd23e823857c27c791ba916c7852ebb1db244473c17fbb3a70ef3d8d9013fb335cc59b336917ccf1e4439a3104f2fe131453795c30e82e21d763d8ecb5fe0b8d6bf1455261d383dc32f4a558046927745e714dfa788c077e11"
)

func fromHex(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 16)
	if !ok {
		panic("bad hex: " + s)
	}
	return n
}

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

// buildKey does by hand what GenerateKey does after finding its primes.
func buildKey() *rsa.PrivateKey {
	p, q := fromHex(primeP), fromHex(primeQ)
	one := big.NewInt(1)
	n := new(big.Int).Mul(p, q)
	phi := new(big.Int).Mul(new(big.Int).Sub(p, one), new(big.Int).Sub(q, one))
	e := 65537
	d := new(big.Int).ModInverse(big.NewInt(int64(e)), phi)
	key := &rsa.PrivateKey{
		PublicKey: rsa.PublicKey{N: n, E: e},
		D:         d,
		Primes:    []*big.Int{p, q},
	}
	key.Precompute()
	return key
}

func showKey(key *rsa.PrivateKey) {
	fmt.Println("key:")
	fmt.Printf("  N bits %d, size %d bytes, E %d\n", key.N.BitLen(), key.Size(), key.E)
	fmt.Printf("  D   %x\n", key.D)
	fmt.Printf("  Dp  %x\n", key.Precomputed.Dp)
	fmt.Printf("  Dq  %x\n", key.Precomputed.Dq)
	fmt.Printf("  Qinv %x\n", key.Precomputed.Qinv)
	fmt.Printf("  CRT values for extra primes: %d\n", len(key.Precomputed.CRTValues))
	fmt.Println("  Validate:", key.Validate())
	fmt.Println("  Public().Equal(&PublicKey):", key.PublicKey.Equal(key.Public()))
	fmt.Println("  Equal(itself rebuilt):", key.Equal(buildKey()))
}

func pkcs1v15Signatures(key *rsa.PrivateKey) {
	fmt.Println("PKCS #1 v1.5 signatures:")
	for _, msg := range []string{"hello, world", "Go"} {
		digest := sha256.Sum256([]byte(msg))
		sig, err := rsa.SignPKCS1v15(rand.Reader, key, crypto.SHA256, digest[:])
		if err != nil {
			fmt.Println("  sign:", err)
			continue
		}
		fmt.Printf("  %q: %x\n", msg, sig)
		fmt.Println("    verify:", rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, digest[:], sig))
		sig[10] ^= 1
		fmt.Println("    verify one bit flipped:", rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, digest[:], sig))
	}
	// Hash 0 signs the bytes as they are, with no DigestInfo.
	raw, _ := rsa.SignPKCS1v15(nil, key, 0, []byte("raw bytes"))
	fmt.Printf("  unhashed: %x\n", raw)
	fmt.Println("    verify:", rsa.VerifyPKCS1v15(&key.PublicKey, 0, []byte("raw bytes"), raw))
}

func pssSignatures(key *rsa.PrivateKey) {
	fmt.Println("PSS:")
	digest := sha256.Sum256([]byte("the quick brown fox"))
	equalsHash := &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash}
	goSig := unhex(goPSS)
	fmt.Println("  Go's signature, salt = hash size:", rsa.VerifyPSS(&key.PublicKey, crypto.SHA256, digest[:], goSig, equalsHash))
	fmt.Println("  Go's signature, salt auto-detected:", rsa.VerifyPSS(&key.PublicKey, crypto.SHA256, digest[:], goSig, nil))
	fmt.Println("  Go's signature, salt 20:", rsa.VerifyPSS(&key.PublicKey, crypto.SHA256, digest[:], goSig, &rsa.PSSOptions{SaltLength: 20}))
	other := sha256.Sum256([]byte("the quick brown fax"))
	fmt.Println("  Go's signature, other message:", rsa.VerifyPSS(&key.PublicKey, crypto.SHA256, other[:], goSig, nil))

	// A fresh signature differs every time (random salt), so only its
	// verification is printed.
	sig, err := rsa.SignPSS(rand.Reader, key, crypto.SHA256, digest[:], nil)
	fmt.Println("  our signature:", len(sig), "bytes,", err, "verify:", rsa.VerifyPSS(&key.PublicKey, crypto.SHA256, digest[:], sig, nil))

	_, err = rsa.SignPSS(rand.Reader, key, crypto.SHA512, make([]byte, 64), &rsa.PSSOptions{SaltLength: 100})
	fmt.Println("  SHA-512 with a 100-byte salt:", err)
	_, err = rsa.SignPSS(rand.Reader, key, crypto.SHA256, digest[:5], nil)
	fmt.Println("  short digest:", err)
}

func oaep(key *rsa.PrivateKey) {
	fmt.Println("OAEP:")
	plain, err := rsa.DecryptOAEP(sha256.New(), rand.Reader, key, unhex(goOAEP), []byte("orders"))
	fmt.Printf("  Go's ciphertext: %q %v\n", plain, err)
	_, err = rsa.DecryptOAEP(sha256.New(), rand.Reader, key, unhex(goOAEP), []byte("other"))
	fmt.Println("  wrong label:", err)
	_, err = rsa.DecryptOAEP(sha1.New(), nil, key, unhex(goOAEP), []byte("orders"))
	fmt.Println("  wrong hash:", err)

	// With a fixed seed in place of randomness, encryption is deterministic.
	seed := bytes.Repeat([]byte{0x5a}, sha1.Size)
	c, err := rsa.EncryptOAEP(sha1.New(), bytes.NewReader(seed), &key.PublicKey, []byte("fixed seed"), nil)
	fmt.Printf("  fixed seed: %x %v\n", c, err)
	plain, err = rsa.DecryptOAEP(sha1.New(), nil, key, c, nil)
	fmt.Printf("    decrypted: %q %v\n", plain, err)

	longest := key.Size() - 2*sha256.Size - 2
	_, err = rsa.EncryptOAEP(sha256.New(), rand.Reader, &key.PublicKey, make([]byte, longest), nil)
	fmt.Println("  longest message", longest, "bytes:", err)
	_, err = rsa.EncryptOAEP(sha256.New(), rand.Reader, &key.PublicKey, make([]byte, longest+1), nil)
	fmt.Println("  one byte more:", err)
}

func pkcs1v15Encryption(key *rsa.PrivateKey) {
	fmt.Println("PKCS #1 v1.5 encryption:")
	plain, err := rsa.DecryptPKCS1v15(rand.Reader, key, unhex(goV15))
	fmt.Printf("  Go's ciphertext: %q %v\n", plain, err)
	c, err := rsa.EncryptPKCS1v15(rand.Reader, &key.PublicKey, []byte("round trip"))
	plain, err2 := rsa.DecryptPKCS1v15(nil, key, c)
	fmt.Printf("  round trip: %q %v %v\n", plain, err, err2)

	_, err = rsa.EncryptPKCS1v15(rand.Reader, &key.PublicKey, make([]byte, key.Size()-10))
	fmt.Println("  message of size-10 bytes:", err)
	_, err = rsa.DecryptPKCS1v15(nil, key, unhex(goOAEP))
	fmt.Println("  an OAEP ciphertext:", err)
	_, err = rsa.DecryptPKCS1v15(nil, key, bytes.Repeat([]byte{0xff}, key.Size()))
	fmt.Println("  a number above N:", err)

	// The session key form never reports a bad padding: the random key
	// is kept instead, and the protocol fails later.
	sessionKey := []byte("0123456789abcdef")
	c, _ = rsa.EncryptPKCS1v15(rand.Reader, &key.PublicKey, []byte("SESSION KEY 16 B"))
	err = rsa.DecryptPKCS1v15SessionKey(nil, key, c, sessionKey)
	fmt.Printf("  session key: %q %v\n", sessionKey, err)
	sessionKey = []byte("0123456789abcdef")
	err = rsa.DecryptPKCS1v15SessionKey(nil, key, unhex(goV15), sessionKey)
	fmt.Printf("  session key, wrong length inside: %q %v\n", sessionKey, err)
	err = rsa.DecryptPKCS1v15SessionKey(nil, key, c, make([]byte, key.Size()))
	fmt.Println("  session key as long as the modulus:", err)
}

func interfaces(key *rsa.PrivateKey) {
	fmt.Println("crypto.Signer and crypto.Decrypter:")
	var signer crypto.Signer = key
	digest := sha256.Sum256([]byte("interface"))
	sig, _ := signer.Sign(rand.Reader, digest[:], crypto.SHA256)
	fmt.Println("  Sign(SHA256) is v1.5:", rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, digest[:], sig))
	sig, _ = signer.Sign(rand.Reader, digest[:], &rsa.PSSOptions{Hash: crypto.SHA256})
	fmt.Println("  Sign(PSSOptions) is PSS:", rsa.VerifyPSS(&key.PublicKey, crypto.SHA256, digest[:], sig, nil))

	var decrypter crypto.Decrypter = key
	plain, err := decrypter.Decrypt(rand.Reader, unhex(goOAEP), &rsa.OAEPOptions{Hash: crypto.SHA256, Label: []byte("orders")})
	fmt.Printf("  Decrypt(OAEPOptions): %q %v\n", plain, err)
	plain, err = decrypter.Decrypt(rand.Reader, unhex(goV15), nil)
	fmt.Printf("  Decrypt(nil): %q %v\n", plain, err)
	plain, err = decrypter.Decrypt(rand.Reader, unhex(goV15), &rsa.PKCS1v15DecryptOptions{SessionKeyLen: 14})
	fmt.Printf("  Decrypt(SessionKeyLen 14): %q %v\n", plain, err)
	_, err = decrypter.Decrypt(rand.Reader, unhex(goV15), "options")
	fmt.Println("  Decrypt(a string):", err)
}

func misuse(key *rsa.PrivateKey) {
	fmt.Println("errors:")
	digest := sha256.Sum256([]byte("x"))
	_, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, digest[:20])
	fmt.Println("  digest of the wrong size:", err)
	_, err = rsa.SignPKCS1v15(nil, key, crypto.SHA3_256, digest[:])
	fmt.Println("  hash with no DigestInfo:", err)
	_, err = rsa.SignPKCS1v15(nil, key, 0, make([]byte, key.Size()-10))
	fmt.Println("  raw message too long:", err)
	fmt.Println("  short signature:", rsa.VerifyPKCS1v15(&key.PublicKey, crypto.SHA256, digest[:], []byte{1, 2, 3}))

	_, err = rsa.EncryptOAEP(sha256.New(), rand.Reader, &rsa.PublicKey{}, []byte("x"), nil)
	fmt.Println("  no modulus:", err)
	_, err = rsa.EncryptPKCS1v15(rand.Reader, &rsa.PublicKey{N: key.N, E: 1}, []byte("x"))
	fmt.Println("  exponent 1:", err)
	_, err = rsa.EncryptPKCS1v15(rand.Reader, &rsa.PublicKey{N: key.N, E: 1 << 40}, []byte("x"))
	fmt.Println("  exponent 2^40:", err)

	broken := *buildKey()
	broken.N = new(big.Int).Add(key.N, big.NewInt(2))
	fmt.Println("  Validate, N not p·q:", broken.Validate())
	broken = *buildKey()
	broken.D = new(big.Int).Add(key.D, big.NewInt(1))
	fmt.Println("  Validate, D off by one:", broken.Validate())
	broken = *buildKey()
	broken.Primes = []*big.Int{key.N, big.NewInt(1)}
	fmt.Println("  Validate, prime 1:", broken.Validate())

	_, err = rsa.GenerateMultiPrimeKey(rand.Reader, 1, 512)
	fmt.Println("  one prime:", err)
	_, err = rsa.GenerateKey(rand.Reader, 8)
	fmt.Println("  8-bit key:", err)
	small, err := rsa.GenerateMultiPrimeKey(rand.Reader, 3, 512)
	fmt.Println("  3-prime 512-bit key:", small.N.BitLen(), len(small.Primes), len(small.Precomputed.CRTValues), small.Validate(), err)
}

func main() {
	key := buildKey()
	showKey(key)
	pkcs1v15Signatures(key)
	pssSignatures(key)
	oaep(key)
	pkcs1v15Encryption(key)
	interfaces(key)
	misuse(key)
	fmt.Println(strings.Repeat("-", 20))
	fmt.Println(rsa.ErrMessageTooLong, "|", rsa.ErrDecryption, "|", rsa.ErrVerification)
}
