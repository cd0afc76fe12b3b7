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

// Double sets p = 2q and returns p. This is algorithm 6 of Renes, Costello
// and Batina, for a = -3: cheaper than Add(q, q), with the same result.
func (p *Point) Double(q *Point) *Point {
	f := p.curve.field
	b := &p.curve.b
	var t0, t1, t2, t3, x3, y3, z3 element
	f.square(&t0, &q.x)
	f.square(&t1, &q.y)
	f.square(&t2, &q.z)
	f.mul(&t3, &q.x, &q.y)
	f.add(&t3, &t3, &t3) // 2·X·Y
	f.mul(&z3, &q.x, &q.z)
	f.add(&z3, &z3, &z3) // 2·X·Z
	f.mul(&y3, b, &t2)
	f.sub(&y3, &y3, &z3)
	f.add(&x3, &y3, &y3)
	f.add(&y3, &x3, &y3)
	f.sub(&x3, &t1, &y3)
	f.add(&y3, &t1, &y3)
	f.mul(&y3, &x3, &y3)
	f.mul(&x3, &x3, &t3)
	f.add(&t3, &t2, &t2)
	f.add(&t2, &t2, &t3) // 3·Z²
	f.mul(&z3, b, &z3)
	f.sub(&z3, &z3, &t2)
	f.sub(&z3, &z3, &t0)
	f.add(&t3, &z3, &z3)
	f.add(&z3, &z3, &t3)
	f.add(&t3, &t0, &t0)
	f.add(&t0, &t3, &t0) // 3·X²
	f.sub(&t0, &t0, &t2)
	f.mul(&t0, &t0, &z3)
	f.add(&y3, &y3, &t0)
	f.mul(&t0, &q.y, &q.z)
	f.add(&t0, &t0, &t0) // 2·Y·Z
	f.mul(&z3, &t0, &z3)
	f.sub(&x3, &x3, &z3)
	f.mul(&z3, &t0, &t1)
	f.add(&z3, &z3, &z3)
	f.add(&z3, &z3, &z3)
	p.x, p.y, p.z = x3, y3, z3
	return p
}

// selectPoint sets p to q when cond is 1 and leaves it when cond is 0.
func (p *Point) selectPoint(q *Point, cond uint64) {
	f := p.curve.field
	f.selectElement(&p.x, &q.x, cond)
	f.selectElement(&p.y, &q.y, cond)
	f.selectElement(&p.z, &q.z, cond)
}

// window is a table of the multiples 1·Q … 15·Q of a point Q, from which
// a 4-bit digit d selects d·Q (the identity for 0).
type window [15]Point

// lookup sets p to digit·Q, reading every entry so that the memory
// accessed does not depend on the secret digit.
func (w *window) lookup(p *Point, digit byte) {
	p.Set(w[0].curve.NewPoint())
	for i := range w {
		p.selectPoint(&w[i], equalBytes(byte(i+1), digit))
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
