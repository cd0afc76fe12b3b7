// Package elliptic provides elliptic curves over prime fields: the four
// NIST curves P-224, P-256, P-384 and P-521, and any curve of the same
// shape described by a CurveParams.
//
// Points are given as affine coordinates (x, y) in big.Ints, the point at
// infinity as (0, 0). The four standard curves do their arithmetic in
// crypto/internal/nistec, in constant time; a CurveParams describing any
// other curve y² = x³ - 3x + b uses the slower, variable-time generic code
// of params.go, written with math/big.
package elliptic

import (
	"io"
	"math/big"
)

// A Curve is an elliptic curve in short Weierstrass form y² = x³ + ax + b
// with a = -3, and the group of its points.
//
// Add, Double and ScalarMult given a point that is not on the curve may
// return anything. The point at infinity, written (0, 0), is the group's
// identity: the arithmetic may take it and return it, but IsOnCurve says
// false for it and Unmarshal and UnmarshalCompressed never return it.
type Curve interface {
	// Params returns the curve's defining numbers.
	Params() *CurveParams
	// IsOnCurve reports whether (x, y) satisfies the curve's equation.
	IsOnCurve(x, y *big.Int) bool
	// Add returns (x1, y1) + (x2, y2).
	Add(x1, y1, x2, y2 *big.Int) (x, y *big.Int)
	// Double returns (x1, y1) + (x1, y1).
	Double(x1, y1 *big.Int) (x, y *big.Int)
	// ScalarMult returns k·(x1, y1), k being a big-endian number.
	ScalarMult(x1, y1 *big.Int, k []byte) (x, y *big.Int)
	// ScalarBaseMult returns k·G, G being the curve's base point and k a
	// big-endian number.
	ScalarBaseMult(k []byte) (x, y *big.Int)
}

// topBits masks the first byte of a key of bitSize bits down to the
// bitSize%8 bits that belong to it (all of them when bitSize%8 is 0).
var topBits = []byte{0xff, 0x1, 0x3, 0x7, 0xf, 0x1f, 0x3f, 0x7f}

// GenerateKey makes a key pair: the private scalar priv, in big-endian
// bytes, drawn from rand (which should be a source of randomness such as
// crypto/rand.Reader), and the public point (x, y) = priv·G.
func GenerateKey(curve Curve, rand io.Reader) (priv []byte, x, y *big.Int, err error) {
	n := curve.Params().N
	bitSize := n.BitLen()
	priv = make([]byte, (bitSize+7)/8)
	// Draw until the key is below n. The 0x42 flipped into the second
	// byte is part of the key's derivation from the random stream, kept
	// so that a given stream yields the same key as in Go.
	for x == nil {
		if _, err = io.ReadFull(rand, priv); err != nil {
			return
		}
		priv[0] &= topBits[bitSize%8]
		priv[1] ^= 0x42
		if new(big.Int).SetBytes(priv).Cmp(n) >= 0 {
			continue
		}
		x, y = curve.ScalarBaseMult(priv)
	}
	return
}

// byteLen is the size in bytes of one coordinate of curve's points.
func byteLen(curve Curve) int { return (curve.Params().BitSize + 7) / 8 }

// Marshal encodes the point (x, y) of curve in SEC 1's uncompressed form
// (version 2.0, section 2.3.3): the byte 4, then x and y in big-endian
// bytes of the field's size. It panics when the point is not on the
// curve; what it returns for the point at infinity is not specified.
func Marshal(curve Curve, x, y *big.Int) []byte {
	panicIfNotOnCurve(curve, x, y)
	n := byteLen(curve)
	out := make([]byte, 1+2*n)
	out[0] = 4 // the uncompressed form's tag
	x.FillBytes(out[1 : 1+n])
	y.FillBytes(out[1+n:])
	return out
}

// MarshalCompressed encodes the point (x, y) of curve in SEC 1's
// compressed form (version 2.0, section 2.3.3): 2 or 3 for the parity of
// y, then x. It panics when the point is not on the curve; what it
// returns for the point at infinity is not specified.
func MarshalCompressed(curve Curve, x, y *big.Int) []byte {
	panicIfNotOnCurve(curve, x, y)
	out := make([]byte, 1+byteLen(curve))
	// The tag 2 or 3 carries y's parity, which picks y among ±y.
	out[0] = 2 | byte(y.Bit(0))
	x.FillBytes(out[1:])
	return out
}

// Unmarshal decodes a point encoded by Marshal. It returns x = nil when
// data is not an uncompressed encoding of the curve's size or the point
// is not on the curve (the point at infinity has no such encoding).
func Unmarshal(curve Curve, data []byte) (x, y *big.Int) {
	if c, ok := curve.(*nistCurve); ok {
		return c.unmarshal(data)
	}
	n := byteLen(curve)
	if len(data) != 1+2*n || data[0] != 4 {
		return nil, nil
	}
	p := curve.Params().P
	x = new(big.Int).SetBytes(data[1 : 1+n])
	y = new(big.Int).SetBytes(data[1+n:])
	if x.Cmp(p) >= 0 || y.Cmp(p) >= 0 || !curve.IsOnCurve(x, y) {
		return nil, nil
	}
	return x, y
}

// UnmarshalCompressed decodes a point encoded by MarshalCompressed. It
// returns x = nil when data is not a compressed encoding of the curve's
// size, or x has no point on the curve.
func UnmarshalCompressed(curve Curve, data []byte) (x, y *big.Int) {
	n := byteLen(curve)
	if len(data) != 1+n || (data[0] != 2 && data[0] != 3) {
		return nil, nil
	}
	params := curve.Params()
	p := params.P
	x = new(big.Int).SetBytes(data[1:])
	if x.Cmp(p) >= 0 {
		return nil, nil
	}
	// y is a square root of x³ - 3x + b, if there is one; the tag's
	// low bit says which of the two roots, y and p-y, was meant.
	y = new(big.Int).ModSqrt(params.polynomial(x), p)
	if y == nil {
		return nil, nil
	}
	if byte(y.Bit(0)) != data[0]&1 {
		y.Neg(y).Mod(y, p)
	}
	if !curve.IsOnCurve(x, y) {
		return nil, nil
	}
	return x, y
}

// panicIfNotOnCurve panics unless (x, y) is on curve or is the point at
// infinity, which callers may pass.
func panicIfNotOnCurve(curve Curve, x, y *big.Int) {
	if x.Sign() == 0 && y.Sign() == 0 {
		return
	}
	if !curve.IsOnCurve(x, y) {
		panic("crypto/elliptic: attempted operation on invalid point")
	}
}

// P224 returns the NIST curve P-224 of FIPS 186-3 (section D.2.2), which
// SEC 2 calls secp224r1; its Params().Name is "P-224". Every call returns
// the same value, so curves can be compared with == and switched on. Its
// arithmetic takes a time that does not depend on the numbers involved.
func P224() Curve { return p224.init() }

// P256 returns the NIST curve P-256 of FIPS 186-3 (section D.2.3), which
// SEC 2 calls secp256r1 (and X9.62 prime256v1); its Params().Name is
// "P-256". Every call returns the same value, so curves can be compared
// with == and switched on. Its arithmetic takes a time that does not
// depend on the numbers involved.
func P256() Curve { return p256.init() }

// P384 returns the NIST curve P-384 of FIPS 186-3 (section D.2.4), which
// SEC 2 calls secp384r1; its Params().Name is "P-384". Every call returns
// the same value, so curves can be compared with == and switched on. Its
// arithmetic takes a time that does not depend on the numbers involved.
func P384() Curve { return p384.init() }

// P521 returns the NIST curve P-521 of FIPS 186-3 (section D.2.5), which
// SEC 2 calls secp521r1; its Params().Name is "P-521". Every call returns
// the same value, so curves can be compared with == and switched on. Its
// arithmetic takes a time that does not depend on the numbers involved.
func P521() Curve { return p521.init() }
