package elliptic

import (
	"crypto/internal/nistec"
	"errors"
	"math/big"
	"sync"
)

// nistCurve is a standard curve whose arithmetic is crypto/internal/nistec's.
// Its methods move between the big.Int coordinates of this package's API
// and nistec's points, through their SEC 1 uncompressed encoding.
type nistCurve struct {
	newCurve func() *nistec.Curve
	once     sync.Once
	curve    *nistec.Curve
	params   *CurveParams
}

var (
	p224 = &nistCurve{newCurve: nistec.P224}
	p256 = &nistCurve{newCurve: nistec.P256}
	p384 = &nistCurve{newCurve: nistec.P384}
	p521 = &nistCurve{newCurve: nistec.P521}
)

// init builds the curve and its parameters on first use, and returns it.
func (c *nistCurve) init() *nistCurve {
	c.once.Do(func() {
		c.curve = c.newCurve()
		p, n, b, gx, gy, bits := c.curve.Params()
		c.params = &CurveParams{P: p, N: n, B: b, Gx: gx, Gy: gy, BitSize: bits, Name: c.curve.Name()}
	})
	return c
}

func (c *nistCurve) Params() *CurveParams { return c.params }

// IsOnCurve reports whether (x, y) is a point of the curve; the point at
// infinity (0, 0) is not.
func (c *nistCurve) IsOnCurve(x, y *big.Int) bool {
	if x.Sign() == 0 && y.Sign() == 0 {
		return false
	}
	_, err := c.point(x, y)
	return err == nil
}

// point returns the nistec point of the affine (x, y), the identity for
// (0, 0), or an error if (x, y) is not on the curve.
func (c *nistCurve) point(x, y *big.Int) (*nistec.Point, error) {
	p := c.curve.NewPoint()
	if x.Sign() == 0 && y.Sign() == 0 {
		return p, nil
	}
	if x.Sign() < 0 || y.Sign() < 0 {
		return nil, errors.New("negative coordinate")
	}
	if x.BitLen() > c.params.BitSize || y.BitLen() > c.params.BitSize {
		return nil, errors.New("overflowing coordinate")
	}
	n := byteLen(c)
	buf := make([]byte, 1+2*n)
	buf[0] = 4
	x.FillBytes(buf[1 : 1+n])
	y.FillBytes(buf[1+n:])
	return p.SetBytes(buf)
}

// affine returns p's affine coordinates, (0, 0) for the identity.
func (c *nistCurve) affine(p *nistec.Point) (x, y *big.Int) {
	out := p.Bytes()
	if len(out) == 1 {
		return new(big.Int), new(big.Int)
	}
	n := byteLen(c)
	return new(big.Int).SetBytes(out[1 : 1+n]), new(big.Int).SetBytes(out[1+n:])
}

// mustPoint is point for the methods that panic on an invalid point, the
// panic naming the method.
func (c *nistCurve) mustPoint(x, y *big.Int, method string) *nistec.Point {
	p, err := c.point(x, y)
	if err != nil {
		panic("crypto/elliptic: " + method + " was called on an invalid point")
	}
	return p
}

func (c *nistCurve) Add(x1, y1, x2, y2 *big.Int) (*big.Int, *big.Int) {
	p := c.mustPoint(x1, y1, "Add")
	q := c.mustPoint(x2, y2, "Add")
	return c.affine(p.Add(p, q))
}

func (c *nistCurve) Double(x1, y1 *big.Int) (*big.Int, *big.Int) {
	p := c.mustPoint(x1, y1, "Double")
	return c.affine(p.Double(p))
}

// scalar returns k as exactly the group order's byte size: shorter ones
// are padded with zeros, longer ones reduced modulo n first.
func (c *nistCurve) scalar(k []byte) []byte {
	size := c.curve.ScalarSize()
	if len(k) == size {
		return k
	}
	s := new(big.Int).SetBytes(k)
	if len(k) > size {
		s.Mod(s, c.params.N)
	}
	return s.FillBytes(make([]byte, size))
}

func (c *nistCurve) ScalarMult(bx, by *big.Int, k []byte) (*big.Int, *big.Int) {
	p := c.mustPoint(bx, by, "ScalarMult")
	return c.affine(p.ScalarMult(p, c.scalar(k)))
}

func (c *nistCurve) ScalarBaseMult(k []byte) (*big.Int, *big.Int) {
	return c.affine(c.curve.NewPoint().ScalarBaseMult(c.scalar(k)))
}

// CombinedMult returns s1·G + s2·(px, py), the sum ECDSA verification
// needs, in one pass over both scalars; its values are public, which lets
// nistec take time that depends on them.
func (c *nistCurve) CombinedMult(px, py *big.Int, s1, s2 []byte) (x, y *big.Int) {
	p := c.mustPoint(px, py, "CombinedMult")
	return c.affine(p.CombinedMult(p, c.scalar(s1), c.scalar(s2)))
}

// Inverse returns k⁻¹ modulo the group order, in constant time.
func (c *nistCurve) Inverse(k *big.Int) *big.Int {
	if k.Sign() < 0 {
		k = new(big.Int).Neg(k)
	}
	if k.Cmp(c.params.N) >= 0 {
		k = new(big.Int).Mod(k, c.params.N)
	}
	inv := c.curve.InverseScalar(k.FillBytes(make([]byte, c.curve.ScalarSize())))
	return new(big.Int).SetBytes(inv)
}

// unmarshal is Unmarshal for this curve: nistec checks the encoding.
func (c *nistCurve) unmarshal(data []byte) (x, y *big.Int) {
	if len(data) == 0 || data[0] != 4 {
		return nil, nil
	}
	if _, err := c.curve.NewPoint().SetBytes(data); err != nil {
		return nil, nil
	}
	n := byteLen(c)
	return new(big.Int).SetBytes(data[1 : 1+n]), new(big.Int).SetBytes(data[1+n:])
}
