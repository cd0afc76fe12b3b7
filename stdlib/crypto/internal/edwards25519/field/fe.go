// Package field implements arithmetic modulo the prime p = 2^255 - 19,
// the field over which the edwards25519 curve is defined.
//
// An element is held in radix 2^51: five 64-bit limbs l0..l4 stand for
//
//	l0 + l1·2^51 + l2·2^102 + l3·2^153 + l4·2^204
//
// Each limb normally holds 51 bits, which leaves 13 spare bits so that a
// few additions can be made before carrying. Because 2^255 = p + 19, a
// carry out of the top limb re-enters the bottom one multiplied by 19.
// The representation is not unique (a limb may exceed 2^51, the value may
// exceed p); Bytes and Equal reduce to the one canonical form.
//
// Every operation runs in time independent of the values involved, so
// that secret keys cannot be learned by timing them.
//
// Methods store their result in the receiver and return nothing, where
// math/big's style would return the receiver for chaining: gominic's
// escape analysis counts a returned pointer as escaping, which would
// move every temporary Element of the curve arithmetic to the heap.
package field

import (
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"math/bits"
)

// Element is an element of the field GF(2^255 - 19). The zero value is
// the element 0.
type Element struct {
	l0, l1, l2, l3, l4 uint64
}

// limbMask keeps the 51 bits of a limb.
const limbMask = 1<<51 - 1

// The limbs of 2p, which Subtract adds to stay above zero.
const (
	twoPLimb0    = 2 * (1<<51 - 19)
	twoPLimbRest = 2 * (1<<51 - 1)
)

var zero Element

// Zero sets v = 0.
func (v *Element) Zero() {
	*v = zero
}

var one = Element{1, 0, 0, 0, 0}

// One sets v = 1.
func (v *Element) One() {
	*v = one
}

// Set sets v = a.
func (v *Element) Set(a *Element) {
	*v = *a
}

// carryPropagate moves every limb's bits above 51 into the next limb,
// folding the top limb's carry into l0 times 19 (since 2^255 ≡ 19).
// Afterwards l1..l4 fit in 51 bits and l0 in a little more.
func (v *Element) carryPropagate() {
	c := v.l0 >> 51
	v.l0 &= limbMask
	v.l1 += c
	c = v.l1 >> 51
	v.l1 &= limbMask
	v.l2 += c
	c = v.l2 >> 51
	v.l2 &= limbMask
	v.l3 += c
	c = v.l3 >> 51
	v.l3 &= limbMask
	v.l4 += c
	c = v.l4 >> 51
	v.l4 &= limbMask
	v.l0 += c * 19
}

// reduce brings v to its canonical value in [0, p).
func (v *Element) reduce() {
	v.carryPropagate()
	// Now v < 2^255 + a little, so v - p is negative unless v ≥ p. Adding
	// 19 and looking at bit 255 tells which: v + 19 ≥ 2^255 exactly when
	// v ≥ p. That bit, q, is how many p to take away.
	q := (v.l0 + 19) >> 51
	q = (v.l1 + q) >> 51
	q = (v.l2 + q) >> 51
	q = (v.l3 + q) >> 51
	q = (v.l4 + q) >> 51
	// v - q·p = v + 19·q - q·2^255: add 19q, carry, then drop bit 255.
	v.l0 += 19 * q
	v.l1 += v.l0 >> 51
	v.l0 &= limbMask
	v.l2 += v.l1 >> 51
	v.l1 &= limbMask
	v.l3 += v.l2 >> 51
	v.l2 &= limbMask
	v.l4 += v.l3 >> 51
	v.l3 &= limbMask
	v.l4 &= limbMask
}

// Add sets v = a + b.
func (v *Element) Add(a, b *Element) {
	v.l0 = a.l0 + b.l0
	v.l1 = a.l1 + b.l1
	v.l2 = a.l2 + b.l2
	v.l3 = a.l3 + b.l3
	v.l4 = a.l4 + b.l4
	v.carryPropagate()
}

// Subtract sets v = a - b.
func (v *Element) Subtract(a, b *Element) {
	// Adding 2p first keeps every limb from going below zero: b's limbs
	// are below 2^52 after a carry, and 2p's limbs are just under 2^52.
	v.l0 = a.l0 + twoPLimb0 - b.l0
	v.l1 = a.l1 + twoPLimbRest - b.l1
	v.l2 = a.l2 + twoPLimbRest - b.l2
	v.l3 = a.l3 + twoPLimbRest - b.l3
	v.l4 = a.l4 + twoPLimbRest - b.l4
	v.carryPropagate()
}

// Negate sets v = -a.
func (v *Element) Negate(a *Element) {
	v.Subtract(&zero, a)
}

// uint128 is a 128-bit product or sum of products.
type uint128 struct {
	lo, hi uint64
}

// mul64 returns a·b as a 128-bit number.
func mulWide(a, b uint64) uint128 {
	hi, lo := bits.Mul64(a, b)
	return uint128{lo, hi}
}

// mulAddWide returns v + a·b.
func mulAddWide(v uint128, a, b uint64) uint128 {
	hi, lo := bits.Mul64(a, b)
	lo, c := bits.Add64(lo, v.lo, 0)
	hi, _ = bits.Add64(hi, v.hi, c)
	return uint128{lo, hi}
}

// carryOf returns a >> 51, which fits in 64 bits for our sums.
func carryOf(a uint128) uint64 {
	return (a.hi << (64 - 51)) | (a.lo >> 51)
}

// Multiply sets v = a × b.
func (v *Element) Multiply(a, b *Element) {
	// Schoolbook multiplication of the limbs. A product of limbs i and j
	// has weight 2^(51(i+j)); when i+j ≥ 5 the weight is 2^255·2^(51(i+j-5))
	// and 2^255 ≡ 19, so it joins column i+j-5 multiplied by 19.
	a0, a1, a2, a3, a4 := a.l0, a.l1, a.l2, a.l3, a.l4
	b0, b1, b2, b3, b4 := b.l0, b.l1, b.l2, b.l3, b.l4
	b1x19, b2x19, b3x19, b4x19 := b1*19, b2*19, b3*19, b4*19

	r0 := mulWide(a0, b0)
	r0 = mulAddWide(r0, a1, b4x19)
	r0 = mulAddWide(r0, a2, b3x19)
	r0 = mulAddWide(r0, a3, b2x19)
	r0 = mulAddWide(r0, a4, b1x19)

	r1 := mulWide(a0, b1)
	r1 = mulAddWide(r1, a1, b0)
	r1 = mulAddWide(r1, a2, b4x19)
	r1 = mulAddWide(r1, a3, b3x19)
	r1 = mulAddWide(r1, a4, b2x19)

	r2 := mulWide(a0, b2)
	r2 = mulAddWide(r2, a1, b1)
	r2 = mulAddWide(r2, a2, b0)
	r2 = mulAddWide(r2, a3, b4x19)
	r2 = mulAddWide(r2, a4, b3x19)

	r3 := mulWide(a0, b3)
	r3 = mulAddWide(r3, a1, b2)
	r3 = mulAddWide(r3, a2, b1)
	r3 = mulAddWide(r3, a3, b0)
	r3 = mulAddWide(r3, a4, b4x19)

	r4 := mulWide(a0, b4)
	r4 = mulAddWide(r4, a1, b3)
	r4 = mulAddWide(r4, a2, b2)
	r4 = mulAddWide(r4, a3, b1)
	r4 = mulAddWide(r4, a4, b0)

	v.setWide(r0, r1, r2, r3, r4)
}

// setWide sets v from five 128-bit column sums, carrying each column's
// bits above 51 into the next one.
func (v *Element) setWide(r0, r1, r2, r3, r4 uint128) {
	c0 := carryOf(r0)
	c1 := carryOf(r1)
	c2 := carryOf(r2)
	c3 := carryOf(r3)
	c4 := carryOf(r4)
	v.l0 = r0.lo&limbMask + c4*19
	v.l1 = r1.lo&limbMask + c0
	v.l2 = r2.lo&limbMask + c1
	v.l3 = r3.lo&limbMask + c2
	v.l4 = r4.lo&limbMask + c3
	v.carryPropagate()
}

// Square sets v = a × a.
func (v *Element) Square(a *Element) {
	// The cross products a_i·a_j and a_j·a_i are equal, so each is
	// computed once and doubled: 15 multiplications instead of 25.
	l0, l1, l2, l3, l4 := a.l0, a.l1, a.l2, a.l3, a.l4
	l0x2, l1x2 := l0*2, l1*2
	l1x38, l2x38, l3x38 := l1*38, l2*38, l3*38
	l3x19, l4x19 := l3*19, l4*19

	r0 := mulWide(l0, l0)
	r0 = mulAddWide(r0, l1x38, l4)
	r0 = mulAddWide(r0, l2x38, l3)

	r1 := mulWide(l0x2, l1)
	r1 = mulAddWide(r1, l2x38, l4)
	r1 = mulAddWide(r1, l3x19, l3)

	r2 := mulWide(l0x2, l2)
	r2 = mulAddWide(r2, l1, l1)
	r2 = mulAddWide(r2, l3x38, l4)

	r3 := mulWide(l0x2, l3)
	r3 = mulAddWide(r3, l1x2, l2)
	r3 = mulAddWide(r3, l4x19, l4)

	r4 := mulWide(l0x2, l4)
	r4 = mulAddWide(r4, l1x2, l3)
	r4 = mulAddWide(r4, l2, l2)

	v.setWide(r0, r1, r2, r3, r4)
}

// Mult32 sets v = a × b.
func (v *Element) Mult32(a *Element, b uint32) {
	v.setWide(mulWide(a.l0, uint64(b)), mulWide(a.l1, uint64(b)),
		mulWide(a.l2, uint64(b)), mulWide(a.l3, uint64(b)), mulWide(a.l4, uint64(b)))
}

// squareN sets v = a^(2^n), squaring n times.
func (v *Element) squareN(a *Element, n int) {
	v.Square(a)
	for i := 1; i < n; i++ {
		v.Square(v)
	}
}

// pow2k250 returns a^(2^250 - 1) and a^11, the two powers from which
// both Invert and Pow22523 finish. The chain builds a^(2^k - 1) for
// growing k: squaring a^(2^k - 1) m times and multiplying by a^(2^m - 1)
// gives a^(2^(k+m) - 1).
func pow2k250(a *Element) (x250, x11 Element) {
	var x2, x9, x5, x10, x20, x40, x50, x100, x200, t Element
	x2.Square(a)           // a^2
	t.squareN(&x2, 2)      // a^8
	x9.Multiply(&t, a)     // a^9
	x11.Multiply(&x9, &x2) // a^11
	t.Square(&x11)         // a^22
	x5.Multiply(&t, &x9)   // a^31 = a^(2^5 - 1)
	t.squareN(&x5, 5)
	x10.Multiply(&t, &x5) // a^(2^10 - 1)
	t.squareN(&x10, 10)
	x20.Multiply(&t, &x10) // a^(2^20 - 1)
	t.squareN(&x20, 20)
	x40.Multiply(&t, &x20) // a^(2^40 - 1)
	t.squareN(&x40, 10)
	x50.Multiply(&t, &x10) // a^(2^50 - 1)
	t.squareN(&x50, 50)
	x100.Multiply(&t, &x50) // a^(2^100 - 1)
	t.squareN(&x100, 100)
	x200.Multiply(&t, &x100) // a^(2^200 - 1)
	t.squareN(&x200, 50)
	x250.Multiply(&t, &x50) // a^(2^250 - 1)
	return x250, x11
}

// Invert sets v = 1/z mod p. If z == 0, Invert sets v = 0.
func (v *Element) Invert(z *Element) {
	// By Fermat's little theorem z^(p-2) = 1/z, and p - 2 = 2^255 - 21
	// = (2^250 - 1)·2^5 + 11.
	x250, x11 := pow2k250(z)
	var t Element
	t.squareN(&x250, 5)
	v.Multiply(&t, &x11)
}

// Pow22523 sets v = x^((p-5)/8). (p-5)/8 is 2^252 - 3,
// the power used to take square roots.
func (v *Element) Pow22523(x *Element) {
	// 2^252 - 3 = (2^250 - 1)·4 + 1.
	x250, _ := pow2k250(x)
	var t Element
	t.squareN(&x250, 2)
	v.Multiply(&t, x)
}

// SetBytes sets v to x, a 32-byte little-endian encoding,.
// As RFC 7748 asks, the top bit is ignored and the values 2^255-19
// through 2^255-1, which are not canonical, are accepted. SetBytes
// returns an error if x is not 32 bytes long.
func (v *Element) SetBytes(x []byte) error {
	if len(x) != 32 {
		return errors.New("edwards25519: invalid field element input size")
	}
	// Read four 64-bit words and cut them at bits 51, 102, 153 and 204.
	w0 := binary.LittleEndian.Uint64(x[0:8])
	w1 := binary.LittleEndian.Uint64(x[8:16])
	w2 := binary.LittleEndian.Uint64(x[16:24])
	w3 := binary.LittleEndian.Uint64(x[24:32])
	v.l0 = w0 & limbMask
	v.l1 = (w0>>51 | w1<<13) & limbMask
	v.l2 = (w1>>38 | w2<<26) & limbMask
	v.l3 = (w2>>25 | w3<<39) & limbMask
	v.l4 = (w3 >> 12) & limbMask
	return nil
}

// Bytes returns v reduced below p, in 32 bytes, little-endian.
func (v *Element) Bytes() []byte {
	var out [32]byte
	v.PutBytes(&out)
	return out[:]
}

// PutBytes writes the canonical encoding of v into out. Unlike Bytes it
// needs no allocation when out is a local array.
func (v *Element) PutBytes(out *[32]byte) {
	t := *v
	t.reduce()
	// The inverse of SetBytes: lay the 51-bit limbs end to end in four
	// 64-bit words.
	binary.LittleEndian.PutUint64(out[0:8], t.l0|t.l1<<51)
	binary.LittleEndian.PutUint64(out[8:16], t.l1>>13|t.l2<<38)
	binary.LittleEndian.PutUint64(out[16:24], t.l2>>26|t.l3<<25)
	binary.LittleEndian.PutUint64(out[24:32], t.l3>>39|t.l4<<12)
}

// Equal returns 1 when v and u are the same element and 0 otherwise.
func (v *Element) Equal(u *Element) int {
	var sa, sv [32]byte
	u.PutBytes(&sa)
	v.PutBytes(&sv)
	return subtle.ConstantTimeCompare(sa[:], sv[:])
}

// maskFor returns 0xffffffffffffffff if cond is 1, and 0 if cond is 0.
func maskFor(cond int) uint64 { return ^(uint64(cond) - 1) }

// Select sets v to a when cond is 1 and to b when cond is 0.
func (v *Element) Select(a, b *Element, cond int) {
	m := maskFor(cond)
	v.l0 = (m & a.l0) | (^m & b.l0)
	v.l1 = (m & a.l1) | (^m & b.l1)
	v.l2 = (m & a.l2) | (^m & b.l2)
	v.l3 = (m & a.l3) | (^m & b.l3)
	v.l4 = (m & a.l4) | (^m & b.l4)
}

// Swap exchanges v and u if cond == 1 and leaves them as they are if
// cond == 0.
func (v *Element) Swap(u *Element, cond int) {
	m := maskFor(cond)
	t := m & (v.l0 ^ u.l0)
	v.l0 ^= t
	u.l0 ^= t
	t = m & (v.l1 ^ u.l1)
	v.l1 ^= t
	u.l1 ^= t
	t = m & (v.l2 ^ u.l2)
	v.l2 ^= t
	u.l2 ^= t
	t = m & (v.l3 ^ u.l3)
	v.l3 ^= t
	u.l3 ^= t
	t = m & (v.l4 ^ u.l4)
	v.l4 ^= t
	u.l4 ^= t
}

// IsNegative returns 1 if v is negative, and 0 otherwise. An element is
// called negative when its canonical encoding is odd.
func (v *Element) IsNegative() int {
	var b [32]byte
	v.PutBytes(&b)
	return int(b[0] & 1)
}

// Absolute sets v to |u|, the one of u and -u that is not negative.
func (v *Element) Absolute(u *Element) {
	var neg Element
	neg.Negate(u)
	v.Select(&neg, u, u.IsNegative())
}

// sqrtM1 is a square root of -1, 2^((p-1)/4) mod p, here as its bytes.
var sqrtM1 = elementFromBytes([]byte{
	0xb0, 0xa0, 0x0e, 0x4a, 0x27, 0x1b, 0xee, 0xc4,
	0x78, 0xe4, 0x2f, 0xad, 0x06, 0x18, 0x43, 0x2f,
	0xa7, 0xd7, 0xfb, 0x3d, 0x99, 0x00, 0x4d, 0x2b,
	0x0b, 0xdf, 0xc1, 0x4f, 0x80, 0x24, 0x83, 0x2b,
})

func elementFromBytes(b []byte) *Element {
	v := new(Element)
	v.SetBytes(b)
	return v
}

// SqrtRatio sets r to the non-negative square root of u/v.
//
// If u/v is a square, SqrtRatio returns 1. If it is not, it sets r to
// the non-negative square root of i·u/v (i = sqrt(-1)) and returns 0.
// If u is 0 it sets r = 0 and returns 1; if v is 0 and u is not, it sets
// r = 0 and returns 0.
func (r *Element) SqrtRatio(u, v *Element) (wasSquare int) {
	// The candidate root is x = u·v^3·(u·v^7)^((p-5)/8). Then v·x^2 is
	// u, -u, i·u or -i·u; in the -u and -i·u cases x·i is the root
	// (of u/v or of i·u/v respectively).
	var v2, v3, v7, uv3, uv7, x, check Element
	v2.Square(v)
	v3.Multiply(&v2, v)
	uv3.Multiply(u, &v3)
	v7.Multiply(&v3, &v3)
	v7.Multiply(&v7, v)
	uv7.Multiply(u, &v7)
	x.Pow22523(&uv7)
	x.Multiply(&x, &uv3)

	check.Square(&x)
	check.Multiply(&check, v)

	var uNeg, uNegI Element
	uNeg.Negate(u)
	uNegI.Multiply(&uNeg, sqrtM1)
	correctSign := check.Equal(u)
	flippedSign := check.Equal(&uNeg)
	flippedSignI := check.Equal(&uNegI)

	var xI Element
	xI.Multiply(&x, sqrtM1)
	x.Select(&xI, &x, flippedSign|flippedSignI)

	r.Absolute(&x)
	return correctSign | flippedSign
}
