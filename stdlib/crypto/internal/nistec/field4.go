package nistec

import "math/bits"

// The fields of four limbs (P-224's and P-256's primes, and their group
// orders) are the ones TLS and most programs use, so their arithmetic
// takes the functions below, with the limb count a constant and every
// loop written out: gominic does not unroll loops, and straight-line code
// lets the compiler keep the limbs and partial sums in registers where
// field.go's loops over f.n go through memory.
//
// A product is computed in two steps here (separated operand scanning,
// in the terms of Koç, Acar and Kaliski): first the double-width product,
// then its Montgomery reduction. Squaring then saves the products computed
// twice, and P-256's prime, whose low limbs are 2^64-1, 2^32-1 and 0, has
// a reduction with one multiplication a step instead of four.

// wide is a double-width value, such as the product of two elements of a
// four-limb field, least significant word first.
type wide [8]uint64

// mul4 is mul for a four-limb field.
func (f *field) mul4(z, x, y *element) {
	var w wide
	mulWide(&w, x, y)
	f.redc4(z, &w)
}

// square4 is square for a four-limb field.
func (f *field) square4(z, x *element) {
	var w wide
	squareWide(&w, x)
	f.redc4(z, &w)
}

// mulWide sets w = x·y, the four-limb x and y multiplied limb by limb as on
// paper: row i adds x[i]·y to w, shifted i words.
func mulWide(w *wide, x, y *element) {
	y0, y1, y2, y3 := y[0], y[1], y[2], y[3]
	var w0, w1, w2, w3, w4, w5, w6, w7, c uint64
	c, w0 = mulAdd(x[0], y0, 0, 0)
	c, w1 = mulAdd(x[0], y1, 0, c)
	c, w2 = mulAdd(x[0], y2, 0, c)
	w4, w3 = mulAdd(x[0], y3, 0, c)

	c, w1 = mulAdd(x[1], y0, w1, 0)
	c, w2 = mulAdd(x[1], y1, w2, c)
	c, w3 = mulAdd(x[1], y2, w3, c)
	w5, w4 = mulAdd(x[1], y3, w4, c)

	c, w2 = mulAdd(x[2], y0, w2, 0)
	c, w3 = mulAdd(x[2], y1, w3, c)
	c, w4 = mulAdd(x[2], y2, w4, c)
	w6, w5 = mulAdd(x[2], y3, w5, c)

	c, w3 = mulAdd(x[3], y0, w3, 0)
	c, w4 = mulAdd(x[3], y1, w4, c)
	c, w5 = mulAdd(x[3], y2, w5, c)
	w7, w6 = mulAdd(x[3], y3, w6, c)
	*w = wide{w0, w1, w2, w3, w4, w5, w6, w7}
}

// squareWide sets w = x², with 10 word products instead of 16: each cross
// product x[i]·x[j], i < j, appears twice in the square, so it is computed
// once and the sum of them doubled, then the squares x[i]² added.
func squareWide(w *wide, x *element) {
	x0, x1, x2, x3 := x[0], x[1], x[2], x[3]
	var w1, w2, w3, w4, w5, w6, w7, c uint64
	c, w1 = bits.Mul64(x0, x1)
	c, w2 = mulAdd(x0, x2, 0, c)
	w4, w3 = mulAdd(x0, x3, 0, c)
	c, w3 = mulAdd(x1, x2, w3, 0)
	w5, w4 = mulAdd(x1, x3, w4, c)
	w6, w5 = mulAdd(x2, x3, w5, 0)

	// The cross products fill words 1 to 6 only, so their double fits.
	w7 = w6 >> 63
	w6 = w6<<1 | w5>>63
	w5 = w5<<1 | w4>>63
	w4 = w4<<1 | w3>>63
	w3 = w3<<1 | w2>>63
	w2 = w2<<1 | w1>>63
	w1 <<= 1

	var hi, lo, w0 uint64
	hi, w0 = bits.Mul64(x0, x0)
	w1, c = bits.Add64(w1, hi, 0)
	hi, lo = bits.Mul64(x1, x1)
	w2, c = bits.Add64(w2, lo, c)
	w3, c = bits.Add64(w3, hi, c)
	hi, lo = bits.Mul64(x2, x2)
	w4, c = bits.Add64(w4, lo, c)
	w5, c = bits.Add64(w5, hi, c)
	hi, lo = bits.Mul64(x3, x3)
	w6, c = bits.Add64(w6, lo, c)
	w7, _ = bits.Add64(w7, hi, c)
	*w = wide{w0, w1, w2, w3, w4, w5, w6, w7}
}

// redc4 sets z = w·R⁻¹ mod p, w below p·R: Montgomery reduction. Each of
// four steps adds the multiple m·p of p that clears the lowest word left
// of w, then drops that word; what remains, below 2p, is brought below p
// by reduce4. carry is the bit a step carries out of its top word, which
// the next step adds in.
func (f *field) redc4(z *element, w *wide) {
	w0, w1, w2, w3, w4, w5, w6, w7 := w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]
	p0, p1, p2, p3 := f.p[0], f.p[1], f.p[2], f.p[3]
	var m, c, carry uint64
	if f.p256Form {
		w1, w2, w3, w4, carry = redcStepP256(w0, w1, w2, w3, w4, 0, p3)
		w2, w3, w4, w5, carry = redcStepP256(w1, w2, w3, w4, w5, carry, p3)
		w3, w4, w5, w6, carry = redcStepP256(w2, w3, w4, w5, w6, carry, p3)
		w4, w5, w6, w7, carry = redcStepP256(w3, w4, w5, w6, w7, carry, p3)
		f.reduce4(z, w4, w5, w6, w7, carry)
		return
	}
	// The steps written out (a step is too large for the compiler to
	// inline as a function): m = w[i]·(-p⁻¹) mod 2^64 makes w[i] vanish.
	m = w0 * f.pInv
	c, _ = mulAdd(m, p0, w0, 0)
	c, w1 = mulAdd(m, p1, w1, c)
	c, w2 = mulAdd(m, p2, w2, c)
	c, w3 = mulAdd(m, p3, w3, c)
	w4, carry = bits.Add64(w4, c, 0)

	m = w1 * f.pInv
	c, _ = mulAdd(m, p0, w1, 0)
	c, w2 = mulAdd(m, p1, w2, c)
	c, w3 = mulAdd(m, p2, w3, c)
	c, w4 = mulAdd(m, p3, w4, c)
	w5, carry = bits.Add64(w5, c, carry)

	m = w2 * f.pInv
	c, _ = mulAdd(m, p0, w2, 0)
	c, w3 = mulAdd(m, p1, w3, c)
	c, w4 = mulAdd(m, p2, w4, c)
	c, w5 = mulAdd(m, p3, w5, c)
	w6, carry = bits.Add64(w6, c, carry)

	m = w3 * f.pInv
	c, _ = mulAdd(m, p0, w3, 0)
	c, w4 = mulAdd(m, p1, w4, c)
	c, w5 = mulAdd(m, p2, w5, c)
	c, w6 = mulAdd(m, p3, w6, c)
	w7, carry = bits.Add64(w7, c, carry)
	f.reduce4(z, w4, w5, w6, w7, carry)
}

// redcStepP256 is one step of redc4 for a prime whose low limbs are
// P-256's, 2^64-1, 2^32-1 and 0, on the five words a0…a4; it returns
// a1…a4 after it, and the carry out of a4. For such a prime -p⁻¹ mod 2^64
// is 1, so m = a0, and m·p needs a single multiplication: m·(2^64-1) + a0
// is m·2^64 (a0 vanishes, m carries), m·(2^32-1) + m is m·2^32, a shift
// across the next two words, and m·0 is nothing.
func redcStepP256(a0, a1, a2, a3, a4, carry, p3 uint64) (b1, b2, b3, b4, carryOut uint64) {
	m := a0
	var c uint64
	b1, c = bits.Add64(a1, m<<32, 0)
	b2, c = bits.Add64(a2, m>>32, c)
	c, b3 = mulAdd(m, p3, a3, c)
	b4, carryOut = bits.Add64(a4, c, carry)
	return b1, b2, b3, b4, carryOut
}

// reduce4 is reduce for a four-limb field: z = t or t-p, t being t0…t3
// with the extra word top, chosen by a mask.
func (f *field) reduce4(z *element, t0, t1, t2, t3, top uint64) {
	var d0, d1, d2, d3, borrow uint64
	d0, borrow = bits.Sub64(t0, f.p[0], 0)
	d1, borrow = bits.Sub64(t1, f.p[1], borrow)
	d2, borrow = bits.Sub64(t2, f.p[2], borrow)
	d3, borrow = bits.Sub64(t3, f.p[3], borrow)
	_, borrow = bits.Sub64(top, 0, borrow)
	keep := -borrow // all ones when t < p
	z[0] = t0&keep | d0&^keep
	z[1] = t1&keep | d1&^keep
	z[2] = t2&keep | d2&^keep
	z[3] = t3&keep | d3&^keep
}

// add4 is add for a four-limb field, written without calls, as it runs
// as often as mul and does far less: t = x + y and t - p are both
// computed, and t kept when t - p borrowed without x + y having carried.
func (f *field) add4(z, x, y *element) {
	var t0, t1, t2, t3, d0, d1, d2, d3, carry, borrow uint64
	t0, carry = bits.Add64(x[0], y[0], 0)
	t1, carry = bits.Add64(x[1], y[1], carry)
	t2, carry = bits.Add64(x[2], y[2], carry)
	t3, carry = bits.Add64(x[3], y[3], carry)
	d0, borrow = bits.Sub64(t0, f.p[0], 0)
	d1, borrow = bits.Sub64(t1, f.p[1], borrow)
	d2, borrow = bits.Sub64(t2, f.p[2], borrow)
	d3, borrow = bits.Sub64(t3, f.p[3], borrow)
	keep := -(borrow &^ carry)
	z[0] = t0&keep | d0&^keep
	z[1] = t1&keep | d1&^keep
	z[2] = t2&keep | d2&^keep
	z[3] = t3&keep | d3&^keep
}

// sub4 is sub for a four-limb field: x - y, then p added back, masked,
// when that borrowed.
func (f *field) sub4(z, x, y *element) {
	var t0, t1, t2, t3, borrow, carry uint64
	t0, borrow = bits.Sub64(x[0], y[0], 0)
	t1, borrow = bits.Sub64(x[1], y[1], borrow)
	t2, borrow = bits.Sub64(x[2], y[2], borrow)
	t3, borrow = bits.Sub64(x[3], y[3], borrow)
	mask := -(borrow)
	z[0], carry = bits.Add64(t0, f.p[0]&mask, 0)
	z[1], carry = bits.Add64(t1, f.p[1]&mask, carry)
	z[2], carry = bits.Add64(t2, f.p[2]&mask, carry)
	z[3], _ = bits.Add64(t3, f.p[3]&mask, carry)
}
