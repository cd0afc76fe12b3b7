package big

// This file implements unsigned multi-precision integers (natural numbers):
// little-endian slices of Words, normalized so that the most significant
// word is non-zero (zero is the empty slice). Operations take their result
// as receiver z and reuse its storage when it does not alias an operand.

import (
	"math/bits"
	"sync"
)

// A Word represents a single digit of a multi-precision unsigned integer.
type Word uint

const (
	_W = bits.UintSize // word size in bits
	_B = 1 << _W       // digit base
	_M = _B - 1        // digit mask
)

type nat []Word

var (
	natOne  = nat{1}
	natTwo  = nat{2}
	natFive = nat{5}
	natTen  = nat{10}
)

// karatsubaThreshold is the operand length in words from which mul
// splits operands (Karatsuba) instead of multiplying word by word.
var karatsubaThreshold = 40 // a variable: calibrate_test.go measures it

// sqr squares operands of fewer than basicSqrThreshold words with mul,
// up to karatsubaSqrThreshold with basicSqr, and longer ones with
// karatsubaSqr (variables as karatsubaThreshold).
var (
	basicSqrThreshold     = 20
	karatsubaSqrThreshold = 260
)

func (z nat) clear() {
	for i := range z {
		z[i] = 0
	}
}

func (z nat) norm() nat {
	i := len(z)
	for i > 0 && z[i-1] == 0 {
		i--
	}
	return z[0:i]
}

// make returns a slice of length n, reusing z's storage when it is large
// enough; a little extra capacity lets results grow without reallocation.
func (z nat) make(n int) nat {
	if n <= cap(z) {
		return z[:n]
	}
	if n == 1 {
		return make(nat, 1)
	}
	const e = 4
	return make(nat, n, n+e)
}

func (z nat) setWord(x Word) nat {
	if x == 0 {
		return z[:0]
	}
	z = z.make(1)
	z[0] = x
	return z
}

func (z nat) setUint64(x uint64) nat {
	return z.setWord(Word(x))
}

func (z nat) set(x nat) nat {
	z = z.make(len(x))
	copy(z, x)
	return z
}

// alias reports whether x and y share the same base array.
func alias(x, y nat) bool {
	return cap(x) > 0 && cap(y) > 0 && &x[0:cap(x)][cap(x)-1] == &y[0:cap(y)][cap(y)-1]
}

func (x nat) cmp(y nat) (r int) {
	m, n := len(x), len(y)
	if m != n || m == 0 {
		switch {
		case m < n:
			r = -1
		case m > n:
			r = 1
		}
		return
	}
	i := m - 1
	for i > 0 && x[i] == y[i] {
		i--
	}
	switch {
	case x[i] < y[i]:
		r = -1
	case x[i] > y[i]:
		r = 1
	}
	return
}

// addVV_g sets z = x + y over len(z) words and returns the carry.
func addVV_g(z, x, y []Word) (c Word) {
	for i := range z {
		z[i], c = addWW(x[i], y[i], c)
	}
	return
}

// subVV_g sets z = x - y over len(z) words and returns the borrow.
func subVV_g(z, x, y []Word) (c Word) {
	for i := range z {
		z[i], c = subWW(x[i], y[i], c)
	}
	return
}

// addVW_g sets z = x + y for a single word y and returns the carry.
func addVW_g(z, x []Word, y Word) (c Word) {
	c = y
	for i := range z {
		z[i], c = addWW(x[i], c, 0)
	}
	return
}

// subVW_g sets z = x - y for a single word y and returns the borrow.
func subVW_g(z, x []Word, y Word) (c Word) {
	c = y
	for i := range z {
		z[i], c = subWW(x[i], c, 0)
	}
	return
}

// mulAddVWW_g sets z = x*y + r and returns the high word.
func mulAddVWW_g(z, x []Word, y, r Word) (c Word) {
	c = r
	for i := range z {
		c, z[i] = mulAddWWW_g(x[i], y, c)
	}
	return
}

// addMulVVW_g sets z += x*y and returns the carry out.
func addMulVVW_g(z, x []Word, y Word) (c Word) {
	for i := range z {
		hi, lo := mulWW(x[i], y)
		lo, cc := addWW(lo, z[i], 0)
		hi += cc
		lo, cc = addWW(lo, c, 0)
		z[i] = lo
		c = hi + cc
	}
	return
}

// shlVU_g sets z = x << s (0 <= s < _W) and returns the bits shifted out.
func shlVU_g(z, x []Word, s uint) (c Word) {
	if s == 0 {
		copy(z, x)
		return
	}
	if len(z) == 0 {
		return
	}
	ŝ := _W - s
	c = x[len(z)-1] >> ŝ
	for i := len(z) - 1; i > 0; i-- {
		z[i] = x[i]<<s | x[i-1]>>ŝ
	}
	z[0] = x[0] << s
	return
}

// shrVU_g sets z = x >> s (0 <= s < _W) and returns the bits shifted out
// (in the high bits of c).
func shrVU_g(z, x []Word, s uint) (c Word) {
	if s == 0 {
		copy(z, x)
		return
	}
	if len(z) == 0 {
		return
	}
	ŝ := _W - s
	c = x[0] << ŝ
	for i := 0; i < len(z)-1; i++ {
		z[i] = x[i]>>s | x[i+1]<<ŝ
	}
	z[len(z)-1] = x[len(z)-1] >> s
	return
}

func (z nat) add(x, y nat) nat {
	m, n := len(x), len(y)
	switch {
	case m < n:
		return z.add(y, x)
	case m == 0:
		return z[:0]
	case n == 0:
		return z.set(x)
	}
	z = z.make(m + 1)
	c := addVV(z[0:n], x, y)
	if m > n {
		c = addVW(z[n:m], x[n:], c)
	}
	z[m] = c
	return z.norm()
}

// sub sets z = x - y; x must not be smaller than y.
func (z nat) sub(x, y nat) nat {
	m, n := len(x), len(y)
	switch {
	case m < n:
		panic("underflow")
	case m == 0:
		return z[:0]
	case n == 0:
		return z.set(x)
	}
	z = z.make(m)
	c := subVV(z[0:n], x, y)
	if m > n {
		c = subVW(z[n:], x[n:], c)
	}
	if c != 0 {
		panic("underflow")
	}
	return z.norm()
}

// mulAddWW sets z = x*y + r.
func (z nat) mulAddWW(x nat, y, r Word) nat {
	m := len(x)
	if m == 0 || y == 0 {
		return z.setWord(r)
	}
	z = z.make(m + 1)
	z[m] = mulAddVWW(z[0:m], x, y, r)
	return z.norm()
}

// basicMul sets z = x*y word by word; z must hold len(x)+len(y) words.
func basicMul(z, x, y nat) {
	z[0 : len(x)+len(y)].clear()
	for i, d := range y {
		if d != 0 {
			z[len(x)+i] = addMulVVW(z[i:i+len(x)], x, d)
		}
	}
}

func (z nat) mul(x, y nat) nat {
	m, n := len(x), len(y)
	switch {
	case m < n:
		return z.mul(y, x)
	case m == 0 || n == 0:
		return z[:0]
	case n == 1:
		return z.mulAddWW(x, y[0], 0)
	}
	if alias(z, x) || alias(z, y) {
		z = nil // the result must not overwrite an operand
	}
	z = z.make(m + n)
	if n < karatsubaThreshold {
		basicMul(z, x, y)
		return z.norm()
	}
	// x is at least as long as y: multiply y by x's len(y)-word pieces.
	z.clear()
	var t nat
	for i := 0; i < m; i += n {
		end := i + n
		if end > m {
			end = m
		}
		t = t.karatsuba(x[i:end].norm(), y)
		addAt(z, t, i)
	}
	return z.norm()
}

// addAt adds x to z starting at word i; z is long enough for the sum.
func addAt(z, x nat, i int) {
	if n := len(x); n > 0 {
		if c := addVV(z[i:i+n], z[i:], x); c != 0 {
			j := i + n
			if j < len(z) {
				addVW(z[j:], z[j:], c)
			}
		}
	}
}

// karatsuba sets z = x*y by splitting both at m words:
// x = x1·B^m + x0, y = y1·B^m + y0,
// x·y = x1y1·B^2m + ((x0+x1)(y0+y1) - x0y0 - x1y1)·B^m + x0y0,
// three half-size products instead of four.
func (z nat) karatsuba(x, y nat) nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	if len(y) < karatsubaThreshold {
		return z.mul(x, y)
	}
	m := len(y) / 2
	x0, x1 := x[:m].norm(), x[m:]
	y0, y1 := y[:m].norm(), y[m:]
	z0 := nat(nil).karatsuba(x0, y0)
	z2 := nat(nil).karatsuba(x1, y1)
	sx := nat(nil).add(x0, x1)
	sy := nat(nil).add(y0, y1)
	z1 := nat(nil).karatsuba(sx, sy)
	z1 = z1.sub(z1, z0)
	z1 = z1.sub(z1, z2)
	z = z.make(len(x) + len(y) + 1)
	z.clear()
	copy(z, z0)
	addAt(z, z1, m)
	addAt(z, z2, 2*m)
	return z.norm()
}

// sqr sets z = x*x.
func (z nat) sqr(x nat) nat {
	n := len(x)
	switch {
	case n == 0:
		return z[:0]
	case n == 1:
		z = z.make(2)
		z[1], z[0] = mulWW(x[0], x[0])
		return z.norm()
	}
	if alias(z, x) {
		z = nil // the result must not overwrite the operand
	}
	switch {
	case n < basicSqrThreshold:
		z = z.make(2 * n)
		basicMul(z, x, x)
		return z.norm()
	case n < karatsubaSqrThreshold:
		z = z.make(2 * n)
		basicSqr(z, x)
		return z.norm()
	}
	return z.karatsubaSqr(x)
}

// basicSqr sets z = x*x word by word; z holds 2·len(x) words and does not
// alias x. Each product x[i]·x[j], i < j, is computed once and doubled,
// then the squares x[i]² are added: half of basicMul's multiplications.
func basicSqr(z, x nat) {
	n := len(x)
	crossp := getNat(2 * n)
	cross := *crossp
	cross.clear()
	for j := 1; j < n; j++ {
		// cross[2j] is beyond every word written so far.
		cross[2*j] = addMulVVW(cross[j:2*j], x[0:j], x[j])
	}
	cross[2*n-1] = shlVU(cross[1:2*n-1], cross[1:2*n-1], 1)
	for i, d := range x {
		z[2*i+1], z[2*i] = mulWW(d, d)
	}
	addVV(z, z, cross)
	putNat(crossp)
}

// karatsubaSqr sets z = x*x by splitting x at m words, x = x1·B^m + x0:
// x² = x1²·B^2m + 2·x0·x1·B^m + x0², where 2·x0·x1 = (x0+x1)² - x0² - x1²,
// three half-size squares.
func (z nat) karatsubaSqr(x nat) nat {
	m := len(x) / 2
	x0, x1 := x[:m].norm(), x[m:]
	z0 := nat(nil).sqr(x0)
	z2 := nat(nil).sqr(x1)
	z1 := nat(nil).sqr(nat(nil).add(x0, x1))
	z1 = z1.sub(z1, z0)
	z1 = z1.sub(z1, z2)
	z = z.make(2*len(x) + 1)
	z.clear()
	copy(z, z0)
	addAt(z, z1, m)
	addAt(z, z2, 2*m)
	return z.norm()
}

// mulRange computes the product of all the unsigned integers in the
// range [a, b] inclusively. If a > b (empty range), the result is 1.
func (z nat) mulRange(a, b uint64) nat {
	switch {
	case a == 0:
		return z.setUint64(0)
	case a > b:
		return z.setUint64(1)
	case a == b:
		return z.setUint64(a)
	case a+1 == b:
		return z.mul(nat(nil).setUint64(a), nat(nil).setUint64(b))
	}
	m := (a + b) / 2
	return z.mul(nat(nil).mulRange(a, m), nat(nil).mulRange(m+1, b))
}

// divW sets q = x / y and returns the remainder.
func (z nat) divW(x nat, y Word) (q nat, r Word) {
	m := len(x)
	switch {
	case y == 0:
		panic("division by zero")
	case y == 1:
		q = z.set(x)
		return
	case m == 0:
		q = z[:0]
		return
	}
	z = z.make(m)
	r = divWVW(z, 0, x, y)
	q = z.norm()
	return
}

// divWVW sets z = (xn·B^len(x) + x) / y and returns the remainder; xn < y.
func divWVW(z []Word, xn Word, x []Word, y Word) (r Word) {
	r = xn
	rec := reciprocalWord(y)
	for i := len(z) - 1; i >= 0; i-- {
		z[i], r = divWW(r, x[i], y, rec)
	}
	return r
}

// reciprocalWord returns ⌊(B²-1)/d⌋ - B for d = y normalized (shifted so
// its top bit is set), the reciprocal divWW multiplies by.
func reciprocalWord(y Word) Word {
	d := uint(y) << uint(bits.LeadingZeros(uint(y)))
	rec, _ := bits.Div(^d, ^uint(0), d)
	return Word(rec)
}

// divWW returns the quotient and remainder of (x1·B + x0) / y, x1 < y,
// given rec = reciprocalWord(y): division by an invariant divisor with two
// multiplications instead of a division (Möller and Granlund, "Improved
// division by invariant integers", 2011). The estimate
// ⌊(x1·rec)/B⌋ + x1 is at most 2 below the quotient.
func divWW(x1, x0, y, rec Word) (q, r Word) {
	s := uint(bits.LeadingZeros(uint(y)))
	if s != 0 {
		x1 = x1<<s | x0>>(_W-s)
		x0 <<= s
		y <<= s
	}
	d := y
	t1, t0 := mulWW(rec, x1)
	_, c := addWW(t0, x0, 0)
	t1, _ = addWW(t1, x1, c)
	qq := t1
	dq1, dq0 := mulWW(d, qq)
	r0, b := subWW(x0, dq0, 0)
	r1, _ := subWW(x1, dq1, b)
	if r1 != 0 {
		qq++
		r0 -= d
	}
	if r0 >= d {
		qq++
		r0 -= d
	}
	return Word(qq), Word(r0 >> s)
}

// div returns q = u / v and r = u % v, with z and z2 as storage hints.
func (z nat) div(z2, u, v nat) (q, r nat) {
	if len(v) == 0 {
		panic("division by zero")
	}
	if u.cmp(v) < 0 {
		q = z[:0]
		r = z2.set(u)
		return
	}
	if len(v) == 1 {
		var r2 Word
		q, r2 = z.divW(u, v[0])
		r = z2.setWord(r2)
		return
	}
	q, r = z.divLarge(z2, u, v)
	return
}

// divLarge is Knuth's Algorithm D (TAOCP vol. 2, 4.3.1) for len(v) >= 2
// and u >= v: normalize v so its top bit is set, then find each quotient
// word from the top two words of the running remainder, correcting the
// estimate (too large by at most 2) by adding back.
func (z nat) divLarge(z2, uIn, vIn nat) (q, r nat) {
	n := len(vIn)
	m := len(uIn) - n

	// One scratch buffer from the pool holds the normalized divisor and
	// the running remainder.
	scratch := getNat(n + len(uIn) + 1)
	defer putNat(scratch)
	buf := *scratch
	v := buf[:n]
	u := buf[n : n+len(uIn)+1]
	shift := uint(bits.LeadingZeros(uint(vIn[n-1])))
	shlVU(v, vIn, shift)
	u[len(uIn)] = shlVU(u[0:len(uIn)], uIn, shift)

	// u and v are copies: q may reuse the storage of the operands.
	q = z.make(m + 1)
	q.divBasic(u, v)
	q = q.norm()
	r = z2.make(n)
	shrVU(r, u[0:n], shift)
	r = r.norm()
	return q, r
}

// natPool keeps scratch vectors for divLarge, which would otherwise
// allocate three operand-sized vectors per division.
var natPool sync.Pool

// divBasic is Knuth's algorithm D (TAOCP 4.3.1): it sets q to u / v,
// one word of the quotient at a time, and leaves the remainder in u.
// Each word is estimated from the top two words of the running remainder
// and v's top word, then refined with v's second word; it is then at most
// one too large, which the subtraction's borrow shows. v is normalized
// (top bit set) for the estimate to be that close; u may end short of
// the quotient's top word (taken as 0 then); q has room for the quotient.
func (q nat) divBasic(u, v nat) {
	n := len(v)
	m := len(u) - n
	scratchp := getNat(n + 1) // given back at the end: a defer costs more than a division step
	scratch := *scratchp
	vn1, vn2 := v[n-1], v[n-2]
	rec := reciprocalWord(vn1)
	for j := m; j >= 0; j-- {
		qhat := Word(_M)
		var ujn Word
		if j+n < len(u) {
			ujn = u[j+n]
		}
		if ujn != vn1 {
			var rhat Word
			qhat, rhat = divWW(ujn, u[j+n-1], vn1, rec)
			// Refine: while qhat·v[n-2] > (rhat·B + u[j+n-2]), decrease qhat.
			x1, x2 := mulWW(qhat, vn2)
			ujn2 := u[j+n-2]
			for x1 > rhat || x1 == rhat && x2 > ujn2 {
				qhat--
				prevRhat := rhat
				rhat += vn1
				if rhat < prevRhat {
					break // rhat overflowed: the test above holds no more
				}
				x1, x2 = mulWW(qhat, vn2)
			}
		}
		// u[j:j+n+1] -= qhat·v (without the top word where u ends); there
		// is nothing to subtract for a zero word, as the top one usually is.
		if qhat != 0 {
			scratch[n] = mulAddVWW(scratch[0:n], v, qhat, 0)
			top := n + 1
			if j+top > len(u) {
				top = n
			}
			if c := subVV(u[j:j+top], u[j:], scratch[:top]); c != 0 {
				// qhat was one too large: add v back.
				c := addVV(u[j:j+n], u[j:], v)
				if top > n {
					u[j+n] += c
				}
				qhat--
			}
		}
		if j == len(q) && qhat == 0 {
			continue // the quotient's top word, 0, and no room for it
		}
		q[j] = qhat
	}
	putNat(scratchp)
}

// getNat returns a pooled vector of length n.
func getNat(n int) *nat {
	var z *nat
	if v := natPool.Get(); v != nil {
		z = v.(*nat)
	}
	if z == nil {
		z = new(nat)
	}
	*z = z.make(n)
	return z
}

func putNat(x *nat) {
	natPool.Put(x)
}

// shl sets z = x << s.
func (z nat) shl(x nat, s uint) nat {
	if s == 0 {
		return z.set(x)
	}
	m := len(x)
	if m == 0 {
		return z[:0]
	}
	n := m + int(s/_W)
	z = z.make(n + 1)
	z[n] = shlVU(z[n-m:n], x, s%_W)
	z[0 : n-m].clear()
	return z.norm()
}

// shr sets z = x >> s.
func (z nat) shr(x nat, s uint) nat {
	m := len(x)
	n := m - int(s/_W)
	if n <= 0 {
		return z[:0]
	}
	z = z.make(n)
	shrVU(z, x[m-n:], s%_W)
	return z.norm()
}

func (x nat) bitLen() int {
	if i := len(x) - 1; i >= 0 {
		return i*_W + bits.Len(uint(x[i]))
	}
	return 0
}

// trailingZeroBits returns the number of consecutive least significant
// zero bits of x.
func (x nat) trailingZeroBits() uint {
	for i, w := range x {
		if w != 0 {
			return uint(i)*_W + uint(bits.TrailingZeros(uint(w)))
		}
	}
	return 0
}

// isPow2 reports whether x is a power of two and which.
func (x nat) isPow2() (uint, bool) {
	i := x.trailingZeroBits()
	if len(x) > 0 && uint(x.bitLen()) == i+1 {
		return i, true
	}
	return 0, false
}

func (x nat) bit(i uint) uint {
	j := i / _W
	if j >= uint(len(x)) {
		return 0
	}
	return uint(x[j] >> (i % _W) & 1)
}

// sticky returns 1 if there's a 1 bit within the
// i least significant bits, otherwise it returns 0.
func (x nat) sticky(i uint) uint {
	j := i / _W
	if j >= uint(len(x)) {
		if len(x) == 0 {
			return 0
		}
		return 1
	}
	for _, x := range x[:j] {
		if x != 0 {
			return 1
		}
	}
	if x[j]<<(_W-i%_W) != 0 && i%_W != 0 {
		return 1
	}
	return 0
}

func (z nat) setBit(x nat, i uint, b uint) nat {
	j := int(i / _W)
	m := Word(1) << (i % _W)
	n := len(x)
	switch b {
	case 0:
		z = z.make(n)
		copy(z, x)
		if j >= n {
			return z
		}
		z[j] &^= m
		return z.norm()
	case 1:
		if j >= n {
			z = z.make(j + 1)
			z[n:].clear()
		} else {
			z = z.make(n)
		}
		copy(z, x)
		z[j] |= m
		return z
	}
	panic("set bit is not 0 or 1")
}

func (z nat) and(x, y nat) nat {
	m, n := len(x), len(y)
	if m > n {
		m = n
	}
	z = z.make(m)
	for i := 0; i < m; i++ {
		z[i] = x[i] & y[i]
	}
	return z.norm()
}

func (z nat) andNot(x, y nat) nat {
	m, n := len(x), len(y)
	if n > m {
		n = m
	}
	z = z.make(m)
	for i := 0; i < n; i++ {
		z[i] = x[i] &^ y[i]
	}
	copy(z[n:m], x[n:m])
	return z.norm()
}

func (z nat) or(x, y nat) nat {
	m, n := len(x), len(y)
	s := x
	if m < n {
		n, m = m, n
		s = y
	}
	z = z.make(m)
	for i := 0; i < n; i++ {
		z[i] = x[i] | y[i]
	}
	copy(z[n:m], s[n:m])
	return z.norm()
}

func (z nat) xor(x, y nat) nat {
	m, n := len(x), len(y)
	s := x
	if m < n {
		n, m = m, n
		s = y
	}
	z = z.make(m)
	for i := 0; i < n; i++ {
		z[i] = x[i] ^ y[i]
	}
	copy(z[n:m], s[n:m])
	return z.norm()
}

// rem returns x mod m.
func (x nat) rem(m nat) nat {
	_, r := nat(nil).div(nil, x, m)
	return r
}

// expNN sets z = x**y mod |m| (or x**y if m is empty), by left-to-right
// binary exponentiation, reducing after each step when m is given.
func (z nat) expNN(x, y, m nat) nat {
	if alias(z, x) || alias(z, y) {
		z = nil
	}
	if len(m) == 1 && m[0] == 1 {
		return z.setWord(0)
	}
	if len(y) == 0 {
		return z.setWord(1)
	}
	if len(m) > 0 && x.cmp(m) >= 0 {
		x = x.rem(m)
	}
	if len(x) == 0 {
		return z[:0]
	}
	if len(y) == 1 && y[0] == 1 {
		if len(m) != 0 {
			return z.set(x.rem(m))
		}
		return z.set(x)
	}
	if len(m) > 1 && m[0]&1 == 1 {
		return z.expNNMontgomery(x, y, m)
	}
	z = z.set(x)
	var t nat
	for i := y.bitLen() - 2; i >= 0; i-- {
		t = t.sqr(z)
		z, t = t, z
		if y.bit(uint(i)) == 1 {
			t = t.mul(z, x)
			z, t = t, z
		}
		if len(m) != 0 {
			var q nat
			q, t = q.div(t, z, m)
			z, t = t, z
		}
	}
	return z.norm()
}

// expWW sets z = x**y.
func (z nat) expWW(x, y Word) nat {
	return z.expNN(nat(nil).setWord(x), nat(nil).setWord(y), nil)
}

// montgomery sets z = x*y*B^(-n) mod m (Montgomery multiplication), for
// x, y < m of n words each, m odd and k0 = -m⁻¹ mod B. For each word of
// y it adds x·y[i], then the multiple of m that clears the lowest word,
// and drops that word: no division.
func (z nat) montgomery(x, y, m nat, k0 Word, n int) nat {
	if len(x) != n || len(y) != n || len(m) != n {
		panic("math/big: mismatched montgomery number lengths")
	}
	z = z.make(2 * n)
	z.clear()
	var carry Word // the word above z[n+i]
	for i := 0; i < n; i++ {
		c1 := addMulVVW(z[i:n+i], x, y[i])
		c2 := addMulVVW(z[i:n+i], m, z[i]*k0)
		sum, cc := addWW(carry, c1, 0)
		sum, cc2 := addWW(sum, c2, 0)
		z[n+i] = sum
		carry = cc + cc2
	}
	// The result, z[n:] plus carry·B^n, is below 2m: subtract m once if
	// it is not below m.
	if carry != 0 || z[n:].cmpWords(m) >= 0 {
		subVV(z[:n], z[n:], m)
	} else {
		copy(z[:n], z[n:])
	}
	return z[:n]
}

// cmpWords compares x and y, of the same length, as numbers (leading
// zero words allowed).
func (x nat) cmpWords(y nat) int {
	for i := len(x) - 1; i >= 0; i-- {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// expNNMontgomery sets z = x**y mod m for an odd m of more than one word:
// square and multiply in Montgomery form, where each product costs two
// word-by-vector passes instead of a division.
func (z nat) expNNMontgomery(x, y, m nat) nat {
	n := len(m)
	// x < m here, padded to n words.
	xx := make(nat, n)
	copy(xx, x)
	// k0 = -m⁻¹ mod B by Newton's iteration on the inverse of m[0].
	inv := m[0] // correct to 3 bits: m[0]·m[0] ≡ 1 mod 8
	for i := 0; i < 6; i++ {
		inv *= 2 - m[0]*inv
	}
	k0 := -inv
	// rr = B^2n mod m turns a number into Montgomery form.
	rr := nat(nil).setWord(1)
	rr = rr.shl(rr, uint(2*n*_W))
	_, rr = nat(nil).div(nil, rr, m)
	if len(rr) < n {
		padded := make(nat, n)
		copy(padded, rr)
		rr = padded
	}
	one := make(nat, n)
	one[0] = 1
	xm := nat(nil).montgomery(xx, rr, m, k0, n)
	acc := nat(nil).montgomery(one, rr, m, k0, n)
	var t nat
	for i := y.bitLen() - 1; i >= 0; i-- {
		t = t.montgomery(acc, acc, m, k0, n)
		acc, t = t, acc
		if y.bit(uint(i)) == 1 {
			t = t.montgomery(acc, xm, m, k0, n)
			acc, t = t, acc
		}
	}
	// Out of Montgomery form; z must not alias acc.
	z = z.montgomery(acc, one, m, k0, n)
	return z.norm()
}

// sqrt sets z = ⌊√x⌋ by Newton's method from above (Brent and Zimmermann,
// Modern Computer Arithmetic, Algorithm 1.13).
func (z nat) sqrt(x nat) nat {
	if x.cmp(natOne) <= 0 {
		return z.set(x)
	}
	if alias(z, x) {
		z = nil
	}
	var z1, z2 nat
	z1 = z
	z1 = z1.setUint64(1)
	z1 = z1.shl(z1, uint(x.bitLen()+1)/2) // first guess ≥ √x
	for n := 0; ; n++ {
		z2, _ = z2.div(nil, x, z1)
		z2 = z2.add(z2, z1)
		z2 = z2.shr(z2, 1)
		if z2.cmp(z1) >= 0 {
			return z.set(z1)
		}
		z1, z2 = z2, z1
	}
}

// setBytes interprets buf as a big-endian unsigned integer.
func (z nat) setBytes(buf []byte) nat {
	z = z.make((len(buf) + _S - 1) / _S)
	i := len(buf)
	for k := 0; i >= _S; k++ {
		z[k] = bigEndianWord(buf[i-_S : i])
		i -= _S
	}
	if i > 0 {
		var d Word
		for s := uint(0); i > 0; s += 8 {
			d |= Word(buf[i-1]) << s
			i--
		}
		z[len(z)-1] = d
	}
	return z.norm()
}

const _S = _W / 8 // word size in bytes

func bigEndianWord(buf []byte) Word {
	var w Word
	for _, b := range buf {
		w = w<<8 | Word(b)
	}
	return w
}

// bytes writes x big-endian into the end of buf and returns the index of
// the first byte written; buf must be large enough.
func (z nat) bytes(buf []byte) (i int) {
	i = len(buf)
	for _, d := range z {
		for j := 0; j < _S; j++ {
			i--
			if i >= 0 {
				buf[i] = byte(d)
			} else if byte(d) != 0 {
				panic("math/big: buffer too small to fit value")
			}
			d >>= 8
		}
	}
	if i < 0 {
		i = 0
	}
	for i < len(buf) && buf[i] == 0 {
		i++
	}
	return
}

// modW returns x % d.
func (x nat) modW(d Word) (r Word) {
	_, r = nat(nil).divW(x, d)
	return
}

// probablyPrimeMillerRabin reports whether n passes reps rounds of the
// Miller-Rabin test with pseudo-random bases, plus base 2 if force2.
func (n nat) probablyPrimeMillerRabin(reps int, force2 bool) bool {
	nm1 := nat(nil).sub(n, natOne)
	k := nm1.trailingZeroBits()
	q := nat(nil).shr(nm1, k)
	nm3 := nat(nil).sub(nm1, natTwo)
	seed := uint64(n[0])
	var x, y, quotient nat
	nm3Len := nm3.bitLen()
NextRandom:
	for i := 0; i < reps; i++ {
		if i == reps-1 && force2 {
			x = x.set(natTwo)
		} else {
			x = x.random(&seed, nm3, nm3Len)
			x = x.add(x, natTwo)
		}
		y = y.expNN(x, q, n)
		if y.cmp(natOne) == 0 || y.cmp(nm1) == 0 {
			continue
		}
		for j := uint(1); j < k; j++ {
			y = y.sqr(y)
			quotient, y = quotient.div(y, y, n)
			if y.cmp(nm1) == 0 {
				continue NextRandom
			}
			if y.cmp(natOne) == 0 {
				return false
			}
		}
		return false
	}
	return true
}

// random sets z to a pseudo-random number in [0, limit), from a
// xorshift generator whose state is *seed.
func (z nat) random(seed *uint64, limit nat, n int) nat {
	z = z.make(len(limit))
	for {
		for i := range z {
			s := *seed
			s ^= s << 13
			s ^= s >> 7
			s ^= s << 17
			if s == 0 {
				s = 0x9e3779b97f4a7c15
			}
			*seed = s
			z[i] = Word(s)
		}
		if r := uint(n % _W); r != 0 {
			z[len(z)-1] &= 1<<r - 1
		}
		z = z.norm()
		if z.cmp(limit) < 0 {
			return z
		}
	}
}
