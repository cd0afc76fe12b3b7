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

// addVV sets z = x + y over len(z) words and returns the carry.
func addVV(z, x, y []Word) (c Word) {
	for i := range z {
		s, cc := addWW(uint(x[i]), uint(y[i]), uint(c))
		z[i] = Word(s)
		c = Word(cc)
	}
	return
}

// subVV sets z = x - y over len(z) words and returns the borrow.
func subVV(z, x, y []Word) (c Word) {
	for i := range z {
		d, cc := subWW(uint(x[i]), uint(y[i]), uint(c))
		z[i] = Word(d)
		c = Word(cc)
	}
	return
}

// addVW sets z = x + y for a single word y and returns the carry.
func addVW(z, x []Word, y Word) (c Word) {
	c = y
	for i := range z {
		s, cc := addWW(uint(x[i]), uint(c), 0)
		z[i] = Word(s)
		c = Word(cc)
	}
	return
}

// subVW sets z = x - y for a single word y and returns the borrow.
func subVW(z, x []Word, y Word) (c Word) {
	c = y
	for i := range z {
		d, cc := subWW(uint(x[i]), uint(c), 0)
		z[i] = Word(d)
		c = Word(cc)
	}
	return
}

// mulAddVWW sets z = x*y + r and returns the high word.
func mulAddVWW(z, x []Word, y, r Word) (c Word) {
	c = r
	for i := range z {
		hi, lo := mulWW(uint(x[i]), uint(y))
		lo, cc := addWW(lo, uint(c), 0)
		z[i] = Word(lo)
		c = Word(hi + cc)
	}
	return
}

// addMulVVW sets z += x*y and returns the carry out.
func addMulVVW(z, x []Word, y Word) (c Word) {
	for i := range z {
		hi, lo := mulWW(uint(x[i]), uint(y))
		lo, cc := addWW(lo, uint(z[i]), 0)
		hi += cc
		lo, cc = addWW(lo, uint(c), 0)
		z[i] = Word(lo)
		c = Word(hi + cc)
	}
	return
}

// shlVU sets z = x << s (0 <= s < _W) and returns the bits shifted out.
func shlVU(z, x []Word, s uint) (c Word) {
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

// shrVU sets z = x >> s (0 <= s < _W) and returns the bits shifted out
// (in the high bits of c).
func shrVU(z, x []Word, s uint) (c Word) {
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
	return z.mul(x, x)
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
	rec := reciprocalWord(y)
	for i := m - 1; i >= 0; i-- {
		z[i], r = divWW(r, x[i], y, rec)
	}
	q = z.norm()
	return
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
	d := uint(y)
	t1, t0 := mulWW(uint(rec), uint(x1))
	_, c := addWW(t0, uint(x0), 0)
	t1, _ = addWW(t1, uint(x1), c)
	qq := t1
	dq1, dq0 := mulWW(d, qq)
	r0, b := subWW(uint(x0), dq0, 0)
	r1, _ := subWW(uint(x1), dq1, b)
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

	// One scratch buffer from the pool holds the normalized divisor, the
	// running remainder and qhat·v.
	scratch := getNat(n + len(uIn) + 1 + n + 1)
	defer putNat(scratch)
	buf := *scratch
	v := buf[:n]
	u := buf[n : n+len(uIn)+1]
	qhatv := buf[n+len(uIn)+1:]
	shift := uint(bits.LeadingZeros(uint(vIn[n-1])))
	shlVU(v, vIn, shift)
	u[len(uIn)] = shlVU(u[0:len(uIn)], uIn, shift)

	// u and v are copies: q may reuse the storage of the operands.
	q = z.make(m + 1)
	vn1, vn2 := v[n-1], v[n-2]
	rec := reciprocalWord(vn1)
	for j := m; j >= 0; j-- {
		qhat := Word(_M)
		ujn := u[j+n]
		if ujn != vn1 {
			var rhat Word
			qhat, rhat = divWW(ujn, u[j+n-1], vn1, rec)
			// Refine: while qhat·v[n-2] > (rhat·B + u[j+n-2]), decrease qhat.
			x1, x2 := mulWW(uint(qhat), uint(vn2))
			ujn2 := u[j+n-2]
			for Word(x1) > rhat || Word(x1) == rhat && Word(x2) > ujn2 {
				qhat--
				prevRhat := rhat
				rhat += vn1
				if rhat < prevRhat {
					break // rhat overflowed: the test above holds no more
				}
				x1, x2 = mulWW(uint(qhat), uint(vn2))
			}
		}
		// u[j:j+n+1] -= qhat·v
		qhatv[n] = mulAddVWW(qhatv[0:n], v, qhat, 0)
		c := subVV(u[j:j+n+1], u[j:], qhatv)
		if c != 0 {
			// qhat was one too large: add v back.
			c := addVV(u[j:j+n], u[j:], v)
			u[j+n] += c
			qhat--
		}
		q[j] = qhat
	}
	q = q.norm()
	r = z2.make(n)
	shrVU(r, u[0:n], shift)
	r = r.norm()
	return q, r
}

// natPool keeps scratch vectors for divLarge, which would otherwise
// allocate three operand-sized vectors per division.
var natPool sync.Pool

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
