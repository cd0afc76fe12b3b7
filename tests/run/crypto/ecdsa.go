// crypto/elliptic and crypto/ecdsa: for each standard curve, the key of a
// fixed scalar, its uncompressed and compressed encodings and their round
// trips; point arithmetic (G+G = 2G, 3G two ways, n·G = ∞, ∞ as an
// operand) checked against a plain CurveParams copy, which takes the
// generic math/big path; GenerateKey from a fixed reader; signatures with
// all-zero entropy (deterministic: they must match Go's bit for bit, which
// checks the AES-CTR nonce derivation), verified, and refused when
// tampered; a DER signature made once by real Go, verified; malformed DER
// and out-of-range r, s refused; reader errors; the panic on marshalling
// a point off the curve.
package main

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
)

// zeros reads endless zero bytes: as the entropy of Sign it makes the
// nonce a function of the key and the hash alone.
type zeros struct{}

func (zeros) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 0
	}
	return len(b), nil
}

// failing is a reader whose every read fails.
type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errors.New("no randomness today") }

func fromHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func same(x1, y1, x2, y2 *big.Int) bool { return x1.Cmp(x2) == 0 && y1.Cmp(y2) == 0 }

// keyFrom returns the private key whose scalar is d.
func keyFrom(c elliptic.Curve, d *big.Int) *ecdsa.PrivateKey {
	priv := &ecdsa.PrivateKey{D: d}
	priv.Curve = c
	priv.X, priv.Y = c.ScalarBaseMult(d.Bytes())
	return priv
}

func encodings(c elliptic.Curve, priv *ecdsa.PrivateKey) {
	full := elliptic.Marshal(c, priv.X, priv.Y)
	short := elliptic.MarshalCompressed(c, priv.X, priv.Y)
	fmt.Printf("  public: %x\n  compressed: %x\n", full, short)
	x, y := elliptic.Unmarshal(c, full)
	fmt.Println("  Unmarshal round trip:", x != nil && same(x, y, priv.X, priv.Y))
	x, y = elliptic.UnmarshalCompressed(c, short)
	fmt.Println("  UnmarshalCompressed round trip:", x != nil && same(x, y, priv.X, priv.Y))

	bad := append([]byte(nil), full...)
	bad[len(bad)-1] ^= 1
	x, _ = elliptic.Unmarshal(c, bad)
	fmt.Println("  Unmarshal of a point off the curve:", x)
	x, _ = elliptic.Unmarshal(c, short)
	fmt.Println("  Unmarshal of the compressed form:", x)
	x, _ = elliptic.UnmarshalCompressed(c, full)
	fmt.Println("  UnmarshalCompressed of the uncompressed form:", x)
	x, _ = elliptic.Unmarshal(c, []byte{0})
	fmt.Println("  Unmarshal of ∞:", x)
}

func arithmetic(c elliptic.Curve) {
	p := c.Params()
	generic := *p // a copy is not the standard curve: the generic code runs
	for i, curve := range []elliptic.Curve{c, &generic} {
		x2, y2 := curve.Add(p.Gx, p.Gy, p.Gx, p.Gy)
		dx, dy := curve.Double(p.Gx, p.Gy)
		x3, y3 := curve.Add(x2, y2, p.Gx, p.Gy)
		mx, my := curve.ScalarMult(p.Gx, p.Gy, []byte{3})
		bx, by := curve.ScalarBaseMult([]byte{3})
		ix, iy := curve.ScalarBaseMult(p.N.Bytes())
		zero := new(big.Int)
		ax, ay := curve.Add(p.Gx, p.Gy, zero, zero)
		fmt.Printf("  %s: G+G=2G %v, 3G %v %v, 3G.x=%x, n·G=(%v,%v), G+∞=G %v, on curve %v %v\n",
			[]string{"standard", "generic"}[i], same(x2, y2, dx, dy), same(x3, y3, mx, my), same(x3, y3, bx, by), x3,
			ix, iy, same(ax, ay, p.Gx, p.Gy), curve.IsOnCurve(x3, y3), curve.IsOnCurve(p.Gx, y3))
	}
}

func signatures(c elliptic.Curve, priv *ecdsa.PrivateKey) {
	h := sha256.Sum256([]byte("a message for " + c.Params().Name))
	r, s, err := ecdsa.Sign(zeros{}, priv, h[:])
	fmt.Printf("  Sign: r=%x s=%x err=%v\n", r, s, err)
	fmt.Println("  Verify:", ecdsa.Verify(&priv.PublicKey, h[:], r, s))
	h[0] ^= 1
	fmt.Println("  Verify of another hash:", ecdsa.Verify(&priv.PublicKey, h[:], r, s))
	h[0] ^= 1
	fmt.Println("  Verify with s+1:", ecdsa.Verify(&priv.PublicKey, h[:], r, new(big.Int).Add(s, big.NewInt(1))))
	fmt.Println("  Verify with r = n:", ecdsa.Verify(&priv.PublicKey, h[:], c.Params().N, s))
	fmt.Println("  Verify with s = 0:", ecdsa.Verify(&priv.PublicKey, h[:], r, new(big.Int)))

	der, err := ecdsa.SignASN1(zeros{}, priv, h[:])
	fmt.Printf("  SignASN1: %x err=%v\n", der, err)
	fmt.Println("  VerifyASN1:", ecdsa.VerifyASN1(&priv.PublicKey, h[:], der))
	signer := crypto.Signer(priv)
	viaSigner, _ := signer.Sign(zeros{}, h[:], crypto.SHA256)
	fmt.Println("  crypto.Signer gives the same:", bytes.Equal(viaSigner, der))
	fmt.Println("  VerifyASN1 with a trailing byte:", ecdsa.VerifyASN1(&priv.PublicKey, h[:], append(der, 0)))
}

// value returns the DER value of the given tag, its short-form length
// and contents (enough for the signatures below).
func value(tag byte, contents ...[]byte) []byte {
	body := bytes.Join(contents, nil)
	return append([]byte{tag, byte(len(body))}, body...)
}

// derVariants re-encodes the signature (r, s), whose r has its top bit set,
// well and in ways VerifyASN1 must refuse before any arithmetic.
func derVariants(r, s []byte) []struct {
	what string
	der  []byte
} {
	rInt := value(2, []byte{0}, r)
	sInt := value(2, s)
	body := bytes.Join([][]byte{rInt, sInt}, nil)
	return []struct {
		what string
		der  []byte
	}{
		{"re-encoded as is", value(0x30, rInt, sInt)},
		{"replaced by nothing", nil},
		{"a SET, not a SEQUENCE", value(0x31, rInt, sInt)},
		{"a long-form length below 128", append([]byte{0x30, 0x81, byte(len(body))}, body...)},
		{"an indefinite length", append(append([]byte{0x30, 0x80}, body...), 0, 0)},
		{"the length one too long", append([]byte{0x30, byte(len(body) + 1)}, body...)},
		{"a redundant 0 before r", value(0x30, value(2, []byte{0, 0}, r), sInt)},
		{"r without its 0 (negative)", value(0x30, value(2, r), sInt)},
		{"an empty INTEGER", value(0x30, rInt, value(2))},
		{"a third INTEGER", value(0x30, rInt, sInt, value(2, []byte{1}))},
		{"s missing", value(0x30, rInt)},
	}
}

func main() {
	scalars := map[string]string{
		"P-224": "1",
		"P-256": "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721",
		"P-384": "123456789abcdef0fedcba9876543210",
		"P-521": "1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" +
			"fa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386408",
	}
	keys := map[string]*ecdsa.PrivateKey{}
	for _, c := range []elliptic.Curve{elliptic.P224(), elliptic.P256(), elliptic.P384(), elliptic.P521()} {
		name := c.Params().Name
		fmt.Printf("%s (%d bits), same value each call: %v\n", name, c.Params().BitSize, c == map[string]elliptic.Curve{
			"P-224": elliptic.P224(), "P-256": elliptic.P256(), "P-384": elliptic.P384(), "P-521": elliptic.P521()}[name])
		d, _ := new(big.Int).SetString(scalars[name], 16)
		priv := keyFrom(c, d)
		keys[name] = priv
		encodings(c, priv)
		arithmetic(c)
		signatures(c, priv)

		counting := bytes.NewReader(bytes.Repeat([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9}, 20))
		generated, err := ecdsa.GenerateKey(c, counting)
		fmt.Printf("  GenerateKey from a fixed reader: D=%x err=%v on curve %v\n",
			generated.D, err, c.IsOnCurve(generated.X, generated.Y))
		k, x, _, err := elliptic.GenerateKey(c, bytes.NewReader(bytes.Repeat([]byte{0xa5}, 200)))
		fmt.Printf("  elliptic.GenerateKey: %x x=%x err=%v\n", k, x, err)
	}

	// A signature made once by Go 1.19 with a random nonce.
	p384 := keys["P-384"]
	h := sha512.Sum384([]byte("signed once by Go 1.19"))
	goSig := fromHex("3065023100b0e94148391390ac0a25287b9fbce5a7782038b2c68538699e809fad5eba4d07ebb6fd77d4e" +
		"36ea4a749e34d8f84c5100230396a2950e2e3d1f3a66247c3b7654ed5572893f3082c324b1bb0c10d4dbb0f39dd" +
		"7f14e33277ef2c3e7ff57f4a7da5e7")
	fmt.Println("Go's P-384 signature verifies:", ecdsa.VerifyASN1(&p384.PublicKey, h[:], goSig))
	fmt.Println("  with another key:", ecdsa.VerifyASN1(&keys["P-256"].PublicKey, h[:], goSig))

	r, rest := goSig[5:5+48], goSig[5+48:] // after 30 65 02 31 00
	for _, v := range derVariants(r, rest[2:]) {
		fmt.Printf("VerifyASN1 of Go's signature %s: %v\n", v.what, ecdsa.VerifyASN1(&p384.PublicKey, h[:], v.der))
	}

	p256 := keys["P-256"]
	_, _, err := ecdsa.Sign(failing{}, p256, h[:])
	fmt.Println("Sign with a failing reader:", err)
	_, err = ecdsa.GenerateKey(elliptic.P256(), bytes.NewReader(make([]byte, 10)))
	fmt.Println("GenerateKey from a short reader:", err)
	_, _, _, err = elliptic.GenerateKey(elliptic.P256(), bytes.NewReader(nil))
	fmt.Println("elliptic.GenerateKey from an empty reader:", err)

	fmt.Println("Equal:", p256.Equal(p256), p256.Equal(p384), p256.PublicKey.Equal(p256.Public()),
		p256.PublicKey.Equal(&p384.PublicKey))

	defer func() { fmt.Println("Marshal of a point off the curve panics:", recover()) }()
	elliptic.Marshal(elliptic.P256(), big.NewInt(1), big.NewInt(1))
}
