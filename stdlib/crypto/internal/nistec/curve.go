package nistec

import (
	"math/big"
	"sync"
)

// Curve is one of the NIST curves y² = x³ - 3x + b over the integers
// modulo a prime p, with a generator G of prime order n.
type Curve struct {
	name       string
	constants  *curveConstants
	field      *field // arithmetic modulo p
	order      *field // arithmetic modulo n, for scalars
	scalarSize int    // bytes of n's encoding
	b          element
	gx, gy     element

	tablesOnce sync.Once
	tables     []window // tables[j] holds the multiples of 16^j·G

	gOddOnce sync.Once
	gOdd     oddMultiples // odd multiples of G, for CombinedMult
}

// curveConstants are a curve's defining numbers in hexadecimal, as FIPS
// 186-4 appendix D.1.2 lists them.
type curveConstants struct {
	name    string
	p, n, b string
	gx, gy  string
	bits    int // the size of p
	once    sync.Once
	built   *Curve
}

var p224 = &curveConstants{
	name: "P-224", bits: 224,
	p:  "ffffffffffffffffffffffffffffffff000000000000000000000001",
	n:  "ffffffffffffffffffffffffffff16a2e0b8f03e13dd29455c5c2a3d",
	b:  "b4050a850c04b3abf54132565044b0b7d7bfd8ba270b39432355ffb4",
	gx: "b70e0cbd6bb4bf7f321390b94a03c1d356c21122343280d6115c1d21",
	gy: "bd376388b5f723fb4c22dfe6cd4375a05a07476444d5819985007e34",
}

var p256 = &curveConstants{
	name: "P-256", bits: 256,
	p:  "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
	n:  "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
	b:  "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
	gx: "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
	gy: "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
}

var p384 = &curveConstants{
	name: "P-384", bits: 384,
	p: "fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe" +
		"ffffffff0000000000000000ffffffff",
	n: "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf" +
		"581a0db248b0a77aecec196accc52973",
	b: "b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875a" +
		"c656398d8a2ed19d2a85c8edd3ec2aef",
	gx: "aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a38" +
		"5502f25dbf55296c3a545e3872760ab7",
	gy: "3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c0" +
		"0a60b1ce1d7e819d7a431d7c90ea0e5f",
}

var p521 = &curveConstants{
	name: "P-521", bits: 521,
	p: "1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" +
		"ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
	n: "1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff" +
		"fa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409",
	b: "051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef10" +
		"9e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00",
	gx: "c6858e06b70404e9cd9e3ecb662395b4429c648139053fb521f828af606b4d3d" +
		"baa14b5e77efe75928fe1dc127a2ffa8de3348b3c1856a429bf97e7e31c2e5bd66",
	gy: "11839296a789a3bc0045c8a5fb42c7d1bd998f54449579b446817afbd17273e66" +
		"2c97ee72995ef42640c550b9013fad0761353c7086a272c24088be94769fd16650",
}

// P224 returns the curve P-224.
func P224() *Curve { return p224.curve() }

// P256 returns the curve P-256.
func P256() *Curve { return p256.curve() }

// P384 returns the curve P-384.
func P384() *Curve { return p384.curve() }

// P521 returns the curve P-521.
func P521() *Curve { return p521.curve() }

// curve builds the Curve from its constants the first time it is asked for.
func (cc *curveConstants) curve() *Curve {
	cc.once.Do(func() {
		size := (cc.bits + 7) / 8
		n := fromHex(cc.n)
		c := &Curve{
			name:       cc.name,
			constants:  cc,
			field:      newField(fromHex(cc.p), size),
			order:      newField(n, (n.BitLen()+7)/8),
			scalarSize: (n.BitLen() + 7) / 8,
		}
		c.toField(&c.b, cc.b)
		c.toField(&c.gx, cc.gx)
		c.toField(&c.gy, cc.gy)
		cc.built = c
	})
	return cc.built
}

// fromHex returns the number written in hexadecimal by s.
func fromHex(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 16)
	if !ok {
		panic("nistec: bad constant " + s)
	}
	return x
}

// toField sets z to the field element written in hexadecimal by s.
func (c *Curve) toField(z *element, s string) {
	b := fromHex(s).FillBytes(make([]byte, c.field.size))
	if !c.field.setBytes(z, b) {
		panic("nistec: constant out of range " + s)
	}
}

// Name returns the curve's name, such as "P-256".
func (c *Curve) Name() string { return c.name }

// Params returns the curve's defining numbers: the field's prime p, the
// group order n, the constant b, the generator (gx, gy) and p's size in
// bits.
func (c *Curve) Params() (p, n, b, gx, gy *big.Int, bits int) {
	cc := c.constants
	return fromHex(cc.p), fromHex(cc.n), fromHex(cc.b), fromHex(cc.gx), fromHex(cc.gy), cc.bits
}

// ScalarSize returns the byte length of the curve's scalars, that of the
// group order.
func (c *Curve) ScalarSize() int { return c.scalarSize }

// generatorTables returns the window tables of 16^j·G for every 4-bit
// digit j of a scalar, building them on first use.
func (c *Curve) generatorTables() []window {
	c.tablesOnce.Do(func() {
		c.tables = make([]window, 2*c.scalarSize)
		q := &Point{curve: c, x: c.gx, y: c.gy, z: c.field.one}
		for j := range c.tables {
			c.tables[j] = *newWindow(q)
			for i := 0; i < 4; i++ {
				q.Double(q)
			}
		}
	})
	return c.tables
}

// InverseScalar returns k⁻¹ modulo the group order n, k a big-endian
// number below n of ScalarSize bytes, computed in constant time; the
// inverse of 0 is 0. It returns nil if k is not such a number.
func (c *Curve) InverseScalar(k []byte) []byte {
	o := c.order
	var x element
	if len(k) != o.size || !o.setBytes(&x, k) {
		return nil
	}
	o.invert(&x, &x)
	return o.bytes(&x)
}
