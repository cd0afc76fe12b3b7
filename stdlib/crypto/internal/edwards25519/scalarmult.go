package edwards25519

import (
	"crypto/subtle"
	"sync"
)

// Scalar multiplication by signed base-16 digits.
//
// A scalar is written as s = Σ d[i]·16^i with digits in [-8, 8)
// (Scalar.radix16Digits), and s·P is evaluated like a polynomial in 16
// (Horner's rule): for each digit from the top, multiply the running
// sum by 16 (four doublings) and add d[i]·P. The multiples 1P..8P sit in
// a lookupTable; a negative digit takes |d|·P and negates it.
//
// For secret scalars every step does the same work: each lookup reads
// all eight entries and keeps one with masks, and a zero digit adds the
// identity rather than skipping the addition.

// lookupTable holds the cached forms of 1·P, 2·P, ..., 8·P.
type lookupTable struct {
	points [8]cachedPoint
}

// init fills t with the multiples of p.
func (t *lookupTable) init(p *Point) {
	multiple := *p
	t.points[0].fromPoint(p)
	for i := 1; i < 8; i++ {
		multiple.addCached(&multiple, &t.points[0])
		t.points[i].fromPoint(&multiple)
	}
}

// selectInto sets dest to x·P, for x in [-8, 8], in constant time.
func (t *lookupTable) selectInto(dest *cachedPoint, x int8) {
	// |x| without a branch: signMask is all ones when x < 0.
	signMask := x >> 7
	abs := uint8((x ^ signMask) - signMask)
	dest.setIdentity()
	for j := 1; j <= 8; j++ {
		cond := subtle.ConstantTimeByteEq(abs, uint8(j))
		dest.selectFrom(&t.points[j-1], dest, cond)
	}
	dest.condNegate(int(signMask & 1))
}

// varTimeAdd sets v = v + x·P, for x in [-8, 8], skipping the work when
// x is zero. Only for public scalars.
func (t *lookupTable) varTimeAdd(v *Point, x int8) {
	switch {
	case x > 0:
		v.addCached(v, &t.points[x-1])
	case x < 0:
		neg := t.points[-x-1]
		neg.condNegate(1)
		v.addCached(v, &neg)
	}
}

// timesSixteen sets v = 16·v.
func (v *Point) timesSixteen() {
	for i := 0; i < 4; i++ {
		v.double(v)
	}
}

// ScalarMult sets v = x * q, and returns v. It runs in constant time.
func (v *Point) ScalarMult(x *Scalar, q *Point) *Point {
	var table lookupTable
	table.init(q)
	digits := x.radix16Digits()

	var acc Point
	var multiple cachedPoint
	acc.setIdentity()
	for i := 63; i >= 0; i-- {
		acc.timesSixteen()
		table.selectInto(&multiple, digits[i])
		acc.addCached(&acc, &multiple)
	}
	return v.Set(&acc)
}

// The base point is fixed, so more can be precomputed for it:
// basepointTables()[i] holds the multiples of 256^i·B. With them,
//
//	s·B = Σ_even i d[i]·256^(i/2)·B + 16 · Σ_odd i d[i]·256^(i/2)·B
//
// costs 64 table additions and only four doublings.
var (
	basepointTablesOnce sync.Once
	basepointTablesData [32]lookupTable
)

func basepointTables() *[32]lookupTable {
	basepointTablesOnce.Do(func() {
		p := NewGeneratorPoint()
		for i := range basepointTablesData {
			basepointTablesData[i].init(p)
			for j := 0; j < 8; j++ {
				p.double(p)
			}
		}
	})
	return &basepointTablesData
}

// ScalarBaseMult sets v to x·B, B being the base point, and returns v.
// It runs in constant time.
func (v *Point) ScalarBaseMult(x *Scalar) *Point {
	tables := basepointTables()
	digits := x.radix16Digits()

	var acc Point
	var multiple cachedPoint
	acc.setIdentity()
	for i := 1; i < 64; i += 2 {
		tables[i/2].selectInto(&multiple, digits[i])
		acc.addCached(&acc, &multiple)
	}
	acc.timesSixteen()
	for i := 0; i < 64; i += 2 {
		tables[i/2].selectInto(&multiple, digits[i])
		acc.addCached(&acc, &multiple)
	}
	return v.Set(&acc)
}

// VarTimeDoubleScalarBaseMult sets v = a * A + b * B, where B is the
// canonical generator, and returns v. Its running time depends on its
// inputs, so it is only for public values, such as when verifying a
// signature.
func (v *Point) VarTimeDoubleScalarBaseMult(a *Scalar, A *Point, b *Scalar) *Point {
	// Both sums share one run of Horner's rule: 252 doublings instead
	// of twice that.
	var tableA lookupTable
	tableA.init(A)
	tableB := &basepointTables()[0]
	digitsA := a.radix16Digits()
	digitsB := b.radix16Digits()

	var acc Point
	acc.setIdentity()
	for i := 63; i >= 0; i-- {
		acc.timesSixteen()
		tableA.varTimeAdd(&acc, digitsA[i])
		tableB.varTimeAdd(&acc, digitsB[i])
	}
	return v.Set(&acc)
}
