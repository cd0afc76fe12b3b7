package nistec

import "errors"

// Point is a point of a curve in projective coordinates (X:Y:Z), standing
// for the affine point (X/Z, Y/Z); the identity (the point at infinity) is
// (0:1:0). The zero Point is not valid: make one with Curve.NewPoint.
type Point struct {
	curve   *Curve
	x, y, z element
}

// NewPoint returns the identity of c.
func (c *Curve) NewPoint() *Point {
	return &Point{curve: c, y: c.field.one}
}

// Set copies q into p and returns p.
func (p *Point) Set(q *Point) *Point {
	*p = *q
	return p
}

// SetBytes sets p to the point encoded in b and returns it, or returns an
// error, leaving p alone, if b is not a point of the curve. The encodings
// are SEC 1's: a single 0 byte for the identity, or 4 followed by X and Y,
// each a big-endian number below p of the field's byte size.
func (p *Point) SetBytes(b []byte) (*Point, error) {
	c := p.curve
	f := c.field
	switch {
	case len(b) == 1 && b[0] == 0:
		return p.Set(c.NewPoint()), nil
	case len(b) == 1+2*f.size && b[0] == 4:
		var x, y element
		if !f.setBytes(&x, b[1:1+f.size]) || !f.setBytes(&y, b[1+f.size:]) {
			return nil, errors.New("invalid " + c.name + " point encoding")
		}
		if !c.onCurve(&x, &y) {
			return nil, errors.New(c.name + " point not on curve")
		}
		p.x, p.y, p.z = x, y, f.one
		return p, nil
	default:
		return nil, errors.New("invalid " + c.name + " point encoding")
	}
}

// onCurve reports whether y² = x³ - 3x + b for the affine x, y.
func (c *Curve) onCurve(x, y *element) bool {
	f := c.field
	var rhs, t, y2 element
	f.square(&rhs, x)
	f.mul(&rhs, &rhs, x) // x³
	f.add(&t, x, x)
	f.add(&t, &t, x) // 3x
	f.sub(&rhs, &rhs, &t)
	f.add(&rhs, &rhs, &c.b)
	f.square(&y2, y)
	return f.equal(&rhs, &y2) == 1
}

// Bytes returns p's uncompressed encoding, 4 then the affine X and Y, or
// a single 0 byte for the identity.
func (p *Point) Bytes() []byte {
	f := p.curve.field
	if f.isZero(&p.z) == 1 {
		return []byte{0}
	}
	var zInv, x, y element
	f.invert(&zInv, &p.z)
	f.mul(&x, &p.x, &zInv)
	f.mul(&y, &p.y, &zInv)
	out := make([]byte, 0, 1+2*f.size)
	out = append(out, 4)
	out = append(out, f.bytes(&x)...)
	return append(out, f.bytes(&y)...)
}

// Add sets p = q + r and returns p; any of them may be the same point.
// This is algorithm 4 of Renes, Costello and Batina, for a = -3.
func (p *Point) Add(q, r *Point) *Point {
	f := p.curve.field
	b := &p.curve.b
	var t0, t1, t2, t3, t4, x3, y3, z3 element
	f.mul(&t0, &q.x, &r.x) // X1·X2
	f.mul(&t1, &q.y, &r.y) // Y1·Y2
	f.mul(&t2, &q.z, &r.z) // Z1·Z2
	f.add(&t3, &q.x, &q.y)
	f.add(&t4, &r.x, &r.y)
	f.mul(&t3, &t3, &t4)
	f.add(&t4, &t0, &t1)
	f.sub(&t3, &t3, &t4) // X1·Y2 + X2·Y1
	f.add(&t4, &q.y, &q.z)
	f.add(&x3, &r.y, &r.z)
	f.mul(&t4, &t4, &x3)
	f.add(&x3, &t1, &t2)
	f.sub(&t4, &t4, &x3) // Y1·Z2 + Y2·Z1
	f.add(&x3, &q.x, &q.z)
	f.add(&y3, &r.x, &r.z)
	f.mul(&x3, &x3, &y3)
	f.add(&y3, &t0, &t2)
	f.sub(&y3, &x3, &y3) // X1·Z2 + X2·Z1
	f.mul(&z3, b, &t2)
	f.sub(&x3, &y3, &z3)
	f.add(&z3, &x3, &x3)
	f.add(&x3, &x3, &z3)
	f.sub(&z3, &t1, &x3)
	f.add(&x3, &t1, &x3)
	f.mul(&y3, b, &y3)
	f.add(&t1, &t2, &t2)
	f.add(&t2, &t1, &t2) // 3·Z1·Z2
	f.sub(&y3, &y3, &t2)
	f.sub(&y3, &y3, &t0)
	f.add(&t1, &y3, &y3)
	f.add(&y3, &t1, &y3)
	f.add(&t1, &t0, &t0)
	f.add(&t0, &t1, &t0) // 3·X1·X2
	f.sub(&t0, &t0, &t2)
	f.mul(&t1, &t4, &y3)
	f.mul(&t2, &t0, &y3)
	f.mul(&y3, &x3, &z3)
	f.add(&y3, &y3, &t2)
	f.mul(&x3, &t3, &x3)
	f.sub(&x3, &x3, &t1)
	f.mul(&z3, &t4, &z3)
	f.mul(&t1, &t3, &t0)
	f.add(&z3, &z3, &t1)
	p.x, p.y, p.z = x3, y3, z3
	return p
}

// Double sets p = 2q and returns p, by the doubling formulas of Bernstein
// and Lange ("dbl-2007-bl" in their Explicit-Formulas Database) for
// a = -3: 5 multiplications, 6 squarings and 12 additions, where the
// complete formulas (algorithm 6 of Renes, Costello and Batina) take 10
// multiplications, 3 squarings and 21 additions. Doubling runs once per
// bit of a scalar, so the saving counts. These formulas are not complete:
// the tangent at a point with Y = 0 is vertical, but a curve of prime
// order has no such point, and the identity (0:Y:0) comes out as (0:0:0),
// so then the identity's Y, 1, is put back, by a mask.
func (p *Point) Double(q *Point) *Point {
	f := p.curve.field
	var xx, zz, w, s, ss, r, rr, b, h, t, x3, y3, z3 element
	f.square(&xx, &q.x)
	f.square(&zz, &q.z)
	f.sub(&w, &xx, &zz)
	f.add(&t, &w, &w)
	f.add(&w, &t, &w) // 3(X² - Z²), the tangent's slope times s
	f.mul(&s, &q.y, &q.z)
	f.add(&s, &s, &s) // 2·Y·Z
	f.square(&ss, &s)
	f.mul(&r, &q.y, &s)
	f.square(&rr, &r)
	f.add(&b, &q.x, &r)
	f.square(&b, &b)
	f.sub(&b, &b, &xx)
	f.sub(&b, &b, &rr) // 2·X·R
	f.square(&h, &w)
	f.sub(&h, &h, &b)
	f.sub(&h, &h, &b) // w² - 2B
	f.mul(&x3, &h, &s)
	f.sub(&t, &b, &h)
	f.mul(&y3, &w, &t)
	f.add(&t, &rr, &rr)
	f.sub(&y3, &y3, &t)
	f.mul(&z3, &s, &ss) // s³
	identity := -f.isZero(&q.z)
	for i := 0; i < f.n; i++ {
		y3[i] = y3[i]&^identity | f.one[i]&identity
	}
	p.x, p.y, p.z = x3, y3, z3
	return p
}

// window is a table of the multiples 1·Q … 15·Q of a point Q, from which
// a 4-bit digit d selects d·Q (the identity for 0).
type window [15]Point

// lookup sets p to digit·Q, reading every entry so that the memory
// accessed does not depend on the secret digit: p starts as the identity
// and the one entry whose mask is all ones is or-ed into it.
func (w *window) lookup(p *Point, digit byte) {
	c := w[0].curve
	n := c.field.n
	*p = Point{curve: c, y: c.field.one}
	for i := range w {
		mask := -equalBytes(byte(i+1), digit)
		keepY := ^mask // the identity's Y, 1, must go when an entry is picked
		q := &w[i]
		for j := 0; j < n; j++ {
			p.x[j] |= q.x[j] & mask
			p.y[j] = p.y[j]&keepY | q.y[j]&mask
			p.z[j] |= q.z[j] & mask
		}
	}
}

// equalBytes returns 1 if a = b, else 0, without a branch.
func equalBytes(a, b byte) uint64 {
	x := uint64(a ^ b)
	return (x - 1) >> 63
}

// newWindow returns the multiples of q.
func newWindow(q *Point) *window {
	w := new(window)
	w[0].Set(q)
	for i := 1; i < len(w); i++ {
		w[i].Set(q)
		w[i].Add(&w[i-1], q)
	}
	return w
}

// ScalarMult sets p = k·q, k a big-endian number, and returns p. It reads
// k four bits at a time, most significant first: the accumulator is
// multiplied by 16 (four doublings), then the digit's multiple of q is
// added from a table.
func (p *Point) ScalarMult(q *Point, k []byte) *Point {
	w := newWindow(q)
	acc := q.curve.NewPoint()
	var t Point
	for _, b := range k {
		for _, digit := range [2]byte{b >> 4, b & 15} {
			for i := 0; i < 4; i++ {
				acc.Double(acc)
			}
			w.lookup(&t, digit)
			acc.Add(acc, &t)
		}
	}
	return p.Set(acc)
}

// ScalarBaseMult sets p = k·G, G the curve's generator, k a big-endian
// number of at most the curve's scalar size, and returns p. The generator
// is fixed, so its tables are built once: table j holds the multiples of
// 16^j·G, and k·G is the sum over the digits d_j of k of d_j·16^j·G,
// additions only.
func (p *Point) ScalarBaseMult(k []byte) *Point {
	c := p.curve
	tables := c.generatorTables()
	if len(k) > c.scalarSize {
		panic("nistec: scalar longer than the group order")
	}
	acc := c.NewPoint()
	var t Point
	for i := range k {
		b := k[len(k)-1-i] // byte i from the right holds digits 2i, 2i+1
		tables[2*i].lookup(&t, b&15)
		acc.Add(acc, &t)
		tables[2*i+1].lookup(&t, b>>4)
		acc.Add(acc, &t)
	}
	return p.Set(acc)
}
