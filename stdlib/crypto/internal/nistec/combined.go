package nistec

import "math/big"

// This file computes s1·G + s2·Q for verifying signatures, where the
// scalars and points are all public, so the time taken may depend on
// them: there, skipping what is not needed costs nothing in secrecy, and
// it halves the point additions. ScalarMult and ScalarBaseMult, which
// see secret scalars, never take this path.
//
// Both scalars are written in width-w non-adjacent form (wNAF; Hankerson,
// Menezes and Vanstone, "Guide to Elliptic Curve Cryptography", 2004,
// algorithm 3.35): digits that are zero or odd and below 2^(w-1) in size,
// with at least w-1 zeros after each nonzero one. Then one run of
// doublings serves both scalars (Shamir's trick), and only the nonzero
// digits, about one in w+1, add a multiple of G or Q, taken from a table
// of odd multiples and negated for negative digits.

const (
	qWidth = 5 // wNAF width for Q, whose table is built at each call
	gWidth = 7 // wNAF width for G, whose larger table is built once
)

// oddMultiples holds the points 1·P, 3·P, 5·P, … of a point P.
type oddMultiples []Point

// newOddMultiples returns the 2^(w-2) odd multiples of q that the digits
// of a width-w wNAF can call for.
func newOddMultiples(q *Point, w uint) oddMultiples {
	t := make(oddMultiples, 1<<(w-2))
	var twice Point
	twice.Set(q).Double(q)
	t[0].Set(q)
	for i := 1; i < len(t); i++ {
		t[i].Set(q).Add(&t[i-1], &twice)
	}
	return t
}

// addDigit adds digit·P to p, digit odd and taken from a wNAF.
func (t oddMultiples) addDigit(p *Point, digit int) {
	if digit > 0 {
		p.Add(p, &t[digit/2])
		return
	}
	var neg Point
	neg.Set(&t[-digit/2])
	f := neg.curve.field
	var zero element
	f.sub(&neg.y, &zero, &neg.y) // -(X:Y:Z) is (X:-Y:Z)
	p.Add(p, &neg)
}

// wnaf returns the width-w non-adjacent form of the big-endian k, least
// significant digit first. Each step takes the lowest bit; when it is 1,
// the digit is k mod 2^w brought into (-2^(w-1), 2^(w-1)) and subtracted
// from k, which leaves k divisible by 2^w: the next w-1 digits are zeros.
func wnaf(k []byte, w uint) []int {
	x := new(big.Int).SetBytes(k)
	digits := make([]int, 0, 8*len(k)+1)
	for x.Sign() > 0 {
		d := 0
		if x.Bit(0) == 1 {
			d = int(x.Bits()[0] & (1<<w - 1))
			if d >= 1<<(w-1) {
				d -= 1 << w
			}
			x.Sub(x, big.NewInt(int64(d)))
		}
		digits = append(digits, d)
		x.Rsh(x, 1)
	}
	return digits
}

// CombinedMult sets p = s1·G + s2·q, G the curve's generator and s1, s2
// big-endian numbers, and returns p. It takes time that depends on s1, s2
// and q, so it is only for public values, as in signature verification.
func (p *Point) CombinedMult(q *Point, s1, s2 []byte) *Point {
	c := p.curve
	gTable := c.generatorOddMultiples()
	qTable := newOddMultiples(q, qWidth)
	d1, d2 := wnaf(s1, gWidth), wnaf(s2, qWidth)
	acc := c.NewPoint()
	for i := max(len(d1), len(d2)) - 1; i >= 0; i-- {
		acc.Double(acc)
		if i < len(d1) && d1[i] != 0 {
			gTable.addDigit(acc, d1[i])
		}
		if i < len(d2) && d2[i] != 0 {
			qTable.addDigit(acc, d2[i])
		}
	}
	return p.Set(acc)
}

// max returns the larger of a and b.
func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// generatorOddMultiples returns the odd multiples of G for CombinedMult,
// building them on first use.
func (c *Curve) generatorOddMultiples() oddMultiples {
	c.gOddOnce.Do(func() {
		g := &Point{curve: c, x: c.gx, y: c.gy, z: c.field.one}
		c.gOdd = newOddMultiples(g, gWidth)
	})
	return c.gOdd
}
