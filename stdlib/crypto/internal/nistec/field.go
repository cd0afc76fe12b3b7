// Package nistec implements the NIST prime-order curves P-224, P-256, P-384
// and P-521 with fixed-size, constant-time arithmetic, for crypto/elliptic
// and crypto/ecdsa.
//
// Field elements are arrays of 64-bit limbs kept in Montgomery form: the
// element a is stored as a·R mod p, with R = 2^(64·n) for a field of n
// limbs. Multiplying two such values and reducing with Montgomery's method
// (CIOS: coarsely integrated operand scanning, Koç, Acar and Kaliski,
// "Analyzing and Comparing Montgomery Multiplication Algorithms", 1996)
// gives a·b·R mod p again, with no division. The same code serves every
// curve, and the scalars modulo each group order, because only the modulus
// and the number of limbs in use change.
//
// Points are kept in projective coordinates and added with the complete
// formulas of Renes, Costello and Batina ("Complete addition formulas for
// prime order elliptic curves", 2015, algorithm 4 for a = -3): one
// sequence of field operations handles every pair of points, the identity
// and equal points included, so no branch depends on a secret. Doubling,
// the most frequent operation, has cheaper formulas of its own (point.go).
//
// The fields of four limbs, P-256's above all, have unrolled arithmetic
// of their own (field4.go), and signature verification, whose values are
// public, has a faster variable-time path (combined.go).
package nistec

import (
	"math/big"
	"math/bits"
)

// maxLimbs is the number of 64-bit words of the widest field, P-521's
// (521 bits fit in 9 words).
const maxLimbs = 9

// element is a field element in Montgomery form; only the first n limbs
// of its field are used, least significant first.
type element [maxLimbs]uint64

// field is arithmetic modulo an odd prime p.
type field struct {
	n     int     // limbs in use
	size  int     // bytes of p's big-endian encoding
	p     element // the modulus
	pInv  uint64  // -p⁻¹ mod 2^64, which makes the low limb vanish when reducing
	rr    element // R² mod p: multiplying by it enters Montgomery form
	one   element // R mod p: 1 in Montgomery form
	pLess []byte  // p-2, the exponent of Fermat's inversion

	// p256Form is set when p has four limbs, the low three those of
	// P-256's prime, which makes Montgomery reduction cheaper (field4.go).
	p256Form bool
}

// newField returns the arithmetic modulo p, whose encoding is size bytes.
func newField(p *big.Int, size int) *field {
	f := &field{n: (p.BitLen() + 63) / 64, size: size}
	setLimbs(&f.p, p)
	// Newton's iteration doubles the correct low bits of an inverse
	// modulo 2^64 at each step: 1 is right to 1 bit (p is odd), six
	// steps reach 64.
	inv := uint64(1)
	for i := 0; i < 6; i++ {
		inv *= 2 - f.p[0]*inv
	}
	f.pInv = -inv
	r := new(big.Int).Lsh(big.NewInt(1), uint(64*f.n))
	setLimbs(&f.one, new(big.Int).Mod(r, p))
	setLimbs(&f.rr, new(big.Int).Mod(new(big.Int).Mul(r, r), p))
	f.pLess = new(big.Int).Sub(p, big.NewInt(2)).Bytes()
	f.p256Form = f.n == 4 && f.p[0] == 1<<64-1 && f.p[1] == 1<<32-1 && f.p[2] == 0
	return f
}

// setLimbs stores the non-negative x, which fits, in z's limbs.
func setLimbs(z *element, x *big.Int) {
	*z = element{}
	for i, w := range x.Bits() {
		z[i] = uint64(w)
	}
}

// mul sets z = x·y·R⁻¹ mod p, the Montgomery product.
func (f *field) mul(z, x, y *element) {
	if f.n == 4 {
		f.mul4(z, x, y)
		return
	}
	n := f.n
	// t accumulates x·y one limb of x at a time; after each limb a
	// multiple of p clears t's low word and t is shifted down one word,
	// so t stays below 2p and needs two words beyond n.
	var t [maxLimbs + 2]uint64
	for i := 0; i < n; i++ {
		var carry uint64
		for j := 0; j < n; j++ {
			carry, t[j] = mulAdd(x[i], y[j], t[j], carry)
		}
		var c uint64
		t[n], c = bits.Add64(t[n], carry, 0)
		t[n+1] = c

		m := t[0] * f.pInv
		carry, _ = mulAdd(m, f.p[0], t[0], 0)
		for j := 1; j < n; j++ {
			carry, t[j-1] = mulAdd(m, f.p[j], t[j], carry)
		}
		t[n-1], c = bits.Add64(t[n], carry, 0)
		t[n] = t[n+1] + c
	}
	f.reduce(z, &t, t[n])
}

// mulAdd returns a·b + c + d as two words; it cannot overflow, since
// (2^64-1)² + 2·(2^64-1) = 2^128 - 1.
func mulAdd(a, b, c, d uint64) (hi, lo uint64) {
	hi, lo = bits.Mul64(a, b)
	var carry uint64
	lo, carry = bits.Add64(lo, c, 0)
	hi += carry
	lo, carry = bits.Add64(lo, d, 0)
	hi += carry
	return hi, lo
}

// reduce sets z to the value t (n limbs plus the extra word top), which is
// below 2p, minus p if it is at least p. Both differences are computed and
// one chosen with a mask, so the time taken does not depend on t.
func (f *field) reduce(z *element, t *[maxLimbs + 2]uint64, top uint64) {
	var d element
	var borrow uint64
	for i := 0; i < f.n; i++ {
		d[i], borrow = bits.Sub64(t[i], f.p[i], borrow)
	}
	_, borrow = bits.Sub64(top, 0, borrow)
	// borrow is 1 when t < p: keep t then, else t-p.
	keep := -borrow
	for i := 0; i < f.n; i++ {
		z[i] = t[i]&keep | d[i]&^keep
	}
}

// square sets z = x²·R⁻¹ mod p.
func (f *field) square(z, x *element) {
	if f.n == 4 {
		f.square4(z, x)
		return
	}
	f.mul(z, x, x)
}

// add sets z = x + y mod p.
func (f *field) add(z, x, y *element) {
	if f.n == 4 {
		f.add4(z, x, y)
		return
	}
	var t [maxLimbs + 2]uint64
	var carry uint64
	for i := 0; i < f.n; i++ {
		t[i], carry = bits.Add64(x[i], y[i], carry)
	}
	f.reduce(z, &t, carry)
}

// sub sets z = x - y mod p: when the subtraction borrows, p is added back,
// masked rather than branched on.
func (f *field) sub(z, x, y *element) {
	if f.n == 4 {
		f.sub4(z, x, y)
		return
	}
	var borrow uint64
	for i := 0; i < f.n; i++ {
		z[i], borrow = bits.Sub64(x[i], y[i], borrow)
	}
	mask := -borrow
	var carry uint64
	for i := 0; i < f.n; i++ {
		z[i], carry = bits.Add64(z[i], f.p[i]&mask, carry)
	}
}

// invert sets z = x⁻¹ mod p as x^(p-2) (Fermat's little theorem). The
// exponent is read four bits at a time, most significant first: four
// squarings, then one multiplication by x^digit from a table of the
// powers x^0 … x^15, which makes about 64 multiplications where reading
// it bit by bit takes one per set bit (some 128 for P-256's p-2). The
// exponent is public, so skipping the multiplication for a zero digit
// leaks nothing about x. The inverse of 0 comes out as 0.
func (f *field) invert(z, x *element) {
	var powers [16]element
	powers[0] = f.one
	for i := 1; i < len(powers); i++ {
		f.mul(&powers[i], &powers[i-1], x)
	}
	acc := f.one
	for _, b := range f.pLess {
		for _, digit := range [2]byte{b >> 4, b & 15} {
			for i := 0; i < 4; i++ {
				f.square(&acc, &acc)
			}
			if digit != 0 {
				f.mul(&acc, &acc, &powers[digit])
			}
		}
	}
	*z = acc
}

// isZero returns 1 if x is 0, else 0, reading every limb.
func (f *field) isZero(x *element) uint64 {
	var or uint64
	for i := 0; i < f.n; i++ {
		or |= x[i]
	}
	// or-1 borrows only when or is 0.
	_, borrow := bits.Sub64(or, 1, 0)
	return borrow
}

// equal returns 1 if x = y, else 0.
func (f *field) equal(x, y *element) uint64 {
	var d element
	for i := 0; i < f.n; i++ {
		d[i] = x[i] ^ y[i]
	}
	return f.isZero(&d)
}

// setBytes sets z to the big-endian b (f.size bytes) in Montgomery form,
// and reports whether b encoded a value below p.
func (f *field) setBytes(z *element, b []byte) bool {
	var t element
	for i := 0; i < len(b); i++ {
		k := len(b) - 1 - i // byte k from the right is in limb k/8
		t[k/8] |= uint64(b[i]) << uint(8*(k%8))
	}
	var borrow uint64
	for i := 0; i < f.n; i++ {
		_, borrow = bits.Sub64(t[i], f.p[i], borrow)
	}
	if borrow == 0 {
		return false
	}
	f.mul(z, &t, &f.rr)
	return true
}

// bytes returns x out of Montgomery form, as f.size big-endian bytes.
func (f *field) bytes(x *element) []byte {
	var plain element
	var unit element
	unit[0] = 1
	f.mul(&plain, x, &unit)
	out := make([]byte, f.size)
	for i := range out {
		k := len(out) - 1 - i
		out[i] = byte(plain[k/8] >> uint(8*(k%8)))
	}
	return out
}
