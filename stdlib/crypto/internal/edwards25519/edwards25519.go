// Package edwards25519 implements group operations on the twisted
// Edwards curve
//
//	-x^2 + y^2 = 1 + d·x^2·y^2,   d = -121665/121666
//
// over GF(2^255 - 19), the curve under the Ed25519 signature scheme
// (RFC 8032). It offers points with addition, negation and scalar
// multiplication, and scalars modulo the order l of the base point.
//
// Points are held in extended coordinates (X:Y:Z:T), which stand for the
// affine point x = X/Z, y = Y/Z with T = XY/Z (Hisil, Wong, Carter and
// Dawson, "Twisted Edwards Curves Revisited", 2008). In this form an
// addition needs no field inversion, and one formula works for every
// pair of points, doubling and the identity included, so it can run in
// constant time.
//
// Operations whose names start with VarTime take time that depends on
// their inputs and must only be given public values.
package edwards25519

import (
	"crypto/internal/edwards25519/field"
	"errors"
)

// Point is a point on the edwards25519 curve. Its zero value has Z = 0
// and stands for no point at all; make Points with NewIdentityPoint,
// NewGeneratorPoint or SetBytes.
type Point struct {
	x, y, z, t field.Element
}

// cachedPoint is a point prepared to be added to others:
// (Y+X, Y-X, Z, 2d·T). Computing these once saves work when the same
// point is added many times, as entries of a lookup table are.
type cachedPoint struct {
	yPlusX, yMinusX, z, t2d field.Element
}

// Curve constants, computed once from their definitions.
var (
	feOne = fraction(1, 1)
	// d = -121665/121666, and 2d, which the addition formula uses.
	d  = negative(fraction(121665, 121666))
	d2 = negative(fraction(2*121665, 121666))
	// The base point B has y = 4/5 and the non-negative x.
	generator = pointWithY(fraction(4, 5))
)

// fraction returns the field element num/den.
func fraction(num, den uint32) *field.Element {
	var one, n, dInv field.Element
	one.One()
	n.Mult32(&one, num)
	dInv.Mult32(&one, den)
	dInv.Invert(&dInv)
	v := new(field.Element)
	v.Multiply(&n, &dInv)
	return v
}

// negative returns -a.
func negative(a *field.Element) *field.Element {
	v := new(field.Element)
	v.Negate(a)
	return v
}

// pointWithY returns the curve point with the given y and x ≥ 0.
func pointWithY(y *field.Element) *Point {
	p, err := new(Point).SetBytes(y.Bytes())
	if err != nil {
		panic("edwards25519: no curve point has this y: " + err.Error())
	}
	return p
}

// NewIdentityPoint returns a new Point set to the identity, (0, 1).
func NewIdentityPoint() *Point {
	v := new(Point)
	v.setIdentity()
	return v
}

func (v *Point) setIdentity() {
	v.x.Zero()
	v.y.One()
	v.z.One()
	v.t.Zero()
}

// NewGeneratorPoint returns a new Point set to the canonical generator B.
func NewGeneratorPoint() *Point {
	return new(Point).Set(generator)
}

// Set copies u into v and returns v.
func (v *Point) Set(u *Point) *Point {
	*v = *u
	return v
}

// Bytes returns the canonical 32-byte encoding of v (RFC 8032, section
// 5.1.2): the affine y little-endian, with the top bit holding whether
// x is negative.
func (v *Point) Bytes() []byte {
	var out [32]byte
	return v.bytes(&out)
}

func (v *Point) bytes(out *[32]byte) []byte {
	var zInv, x, y field.Element
	zInv.Invert(&v.z)
	x.Multiply(&v.x, &zInv)
	y.Multiply(&v.y, &zInv)
	y.PutBytes(out)
	out[31] |= byte(x.IsNegative() << 7)
	return out[:]
}

// SetBytes sets v = x, where x is a 32-byte encoding of v, and returns
// v. If x is not a valid encoding of a point on the curve, SetBytes
// returns nil and an error and leaves v unchanged.
//
// Like RFC 8032 (and unlike its strictest reading), SetBytes accepts
// encodings of y that are not reduced modulo p, and the encoding of
// x = 0 with the sign bit set.
func (v *Point) SetBytes(x []byte) (*Point, error) {
	var y field.Element
	if err := y.SetBytes(x); err != nil {
		return nil, errors.New("edwards25519: invalid point encoding length")
	}
	// Solve the curve equation for x: x^2 = (y^2 - 1) / (d·y^2 + 1).
	var y2, u, w, xx field.Element
	y2.Square(&y)
	u.Subtract(&y2, feOne)
	w.Multiply(&y2, d)
	w.Add(&w, feOne)
	if xx.SqrtRatio(&u, &w) == 0 {
		return nil, errors.New("edwards25519: invalid point encoding")
	}
	// SqrtRatio gave the non-negative root; the top bit asks for the
	// negative one.
	var xxNeg field.Element
	xxNeg.Negate(&xx)
	xx.Select(&xxNeg, &xx, int(x[31]>>7))

	v.x.Set(&xx)
	v.y.Set(&y)
	v.z.One()
	v.t.Multiply(&xx, &y)
	return v, nil
}

// Equal returns 1 when v and u are the same point (whatever their
// coordinates' Z) and 0 otherwise.
func (v *Point) Equal(u *Point) int {
	// X1/Z1 = X2/Z2 and Y1/Z1 = Y2/Z2, cross-multiplied to avoid
	// inversions.
	var t1, t2, t3, t4 field.Element
	t1.Multiply(&v.x, &u.z)
	t2.Multiply(&u.x, &v.z)
	t3.Multiply(&v.y, &u.z)
	t4.Multiply(&u.y, &v.z)
	return t1.Equal(&t2) & t3.Equal(&t4)
}

// Negate sets v = -p, and returns v. On this curve -(x, y) = (-x, y).
func (v *Point) Negate(p *Point) *Point {
	v.x.Negate(&p.x)
	v.y.Set(&p.y)
	v.z.Set(&p.z)
	v.t.Negate(&p.t)
	return v
}

// fromPoint sets v to the cached form of p.
func (v *cachedPoint) fromPoint(p *Point) {
	v.yPlusX.Add(&p.y, &p.x)
	v.yMinusX.Subtract(&p.y, &p.x)
	v.z.Set(&p.z)
	v.t2d.Multiply(&p.t, d2)
}

// setIdentity sets v to the cached form of the identity, (1, 1, 1, 0).
func (v *cachedPoint) setIdentity() {
	v.yPlusX.One()
	v.yMinusX.One()
	v.z.One()
	v.t2d.Zero()
}

// selectFrom sets v to a if cond == 1 and to b if cond == 0, in
// constant time.
func (v *cachedPoint) selectFrom(a, b *cachedPoint, cond int) {
	v.yPlusX.Select(&a.yPlusX, &b.yPlusX, cond)
	v.yMinusX.Select(&a.yMinusX, &b.yMinusX, cond)
	v.z.Select(&a.z, &b.z, cond)
	v.t2d.Select(&a.t2d, &b.t2d, cond)
}

// condNegate negates v if cond == 1 and leaves it unchanged if
// cond == 0, in constant time. Negating x swaps Y+X with Y-X and
// negates T.
func (v *cachedPoint) condNegate(cond int) {
	v.yPlusX.Swap(&v.yMinusX, cond)
	var neg field.Element
	neg.Negate(&v.t2d)
	v.t2d.Select(&neg, &v.t2d, cond)
}

// Add sets v to the sum p + q and returns v.
func (v *Point) Add(p, q *Point) *Point {
	var qc cachedPoint
	qc.fromPoint(q)
	v.addCached(p, &qc)
	return v
}

// Subtract sets v to the difference p - q and returns v.
func (v *Point) Subtract(p, q *Point) *Point {
	var qc cachedPoint
	qc.fromPoint(q)
	qc.condNegate(1)
	v.addCached(p, &qc)
	return v
}

// addCached sets v = p + q, using the unified addition formula for
// a = -1 ("add-2008-hwcd-3" in the Explicit-Formulas Database):
//
//	A = (Y1-X1)(Y2-X2)  B = (Y1+X1)(Y2+X2)  C = T1·2d·T2  D = 2·Z1·Z2
//	E = B-A  F = D-C  G = D+C  H = B+A
//	X3 = E·F  Y3 = G·H  T3 = E·H  Z3 = F·G
func (v *Point) addCached(p *Point, q *cachedPoint) {
	var a, b, c, dd, e, f, g, h field.Element
	a.Subtract(&p.y, &p.x)
	a.Multiply(&a, &q.yMinusX)
	b.Add(&p.y, &p.x)
	b.Multiply(&b, &q.yPlusX)
	c.Multiply(&p.t, &q.t2d)
	dd.Multiply(&p.z, &q.z)
	dd.Add(&dd, &dd)
	e.Subtract(&b, &a)
	f.Subtract(&dd, &c)
	g.Add(&dd, &c)
	h.Add(&b, &a)
	v.x.Multiply(&e, &f)
	v.y.Multiply(&g, &h)
	v.t.Multiply(&e, &h)
	v.z.Multiply(&f, &g)
}

// double sets v = 2p, with the doubling formula for a = -1
// ("dbl-2008-hwcd"), which needs no T and no multiplication by d:
//
//	A = X^2  B = Y^2  C = 2Z^2  E = (X+Y)^2 - A - B
//	G = B-A  F = G-C  H = -A-B
//	X3 = E·F  Y3 = G·H  T3 = E·H  Z3 = F·G
func (v *Point) double(p *Point) {
	var a, b, c, e, f, g, h field.Element
	a.Square(&p.x)
	b.Square(&p.y)
	c.Square(&p.z)
	c.Add(&c, &c)
	e.Add(&p.x, &p.y)
	e.Square(&e)
	h.Add(&a, &b)
	e.Subtract(&e, &h)
	g.Subtract(&b, &a)
	f.Subtract(&g, &c)
	h.Negate(&h)
	v.x.Multiply(&e, &f)
	v.y.Multiply(&g, &h)
	v.t.Multiply(&e, &h)
	v.z.Multiply(&f, &g)
}

// MultByCofactor sets v = 8 * p, and returns v.
func (v *Point) MultByCofactor(p *Point) *Point {
	v.double(p)
	v.double(v)
	v.double(v)
	return v
}
