package edwards25519

import (
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"math/bits"
)

// Scalar is a number modulo the order of the base point,
//
//	l = 2^252 + 0x14def9dea2f79cd65812631a5cf5d3ed
//
// (a prime). Its zero value is the scalar 0.
type Scalar struct {
	// s holds the value in four 64-bit words, least significant first,
	// always reduced below l.
	s [4]uint64
}

// scalarOrder is l in five 64-bit words, least significant first (the
// fifth, zero, lets it line up with the five-word numbers of reduce).
var scalarOrder = [5]uint64{0x5812631a5cf5d3ed, 0x14def9dea2f79cd6, 0, 0x1000000000000000, 0}

// barrettMu is floor(2^512 / l), the precomputed reciprocal of l that
// reduce uses.
var barrettMu = [5]uint64{0xed9ce5a30a2c131b, 0x2106215d086329a7, 0xffffffffffffffeb, 0xffffffffffffffff, 0xf}

// wide is an unreduced number of up to 512 bits, least significant word
// first: a product of two scalars, or a 64-byte hash.
type wide [8]uint64

// NewScalar returns a Scalar holding 0.
func NewScalar() *Scalar {
	return &Scalar{}
}

// reduce returns x mod l by Barrett reduction (Menezes et al., Handbook
// of Applied Cryptography, algorithm 14.42, with base 2^64 and l four
// words long). Instead of dividing by l it estimates the quotient
//
//	q = floor(floor(x / 2^192) · mu / 2^320),  mu = floor(2^512 / l)
//
// which is the true quotient or at most 2 below it. So x - q·l, which
// fits in five words, is below 3l, and two conditional subtractions of l
// finish the job. All steps take the same time whatever x is.
func reduce(x *wide) [4]uint64 {
	var product [10]uint64
	mulWords(product[:], x[3:8], barrettMu[:])
	var q [5]uint64
	copy(q[:], product[5:10])

	var ql [5]uint64
	mulWords(ql[:], q[:], scalarOrder[:])
	var r [5]uint64
	copy(r[:], x[:5])
	r, _ = subtractWords(r, ql)

	r = subtractOrderIfAtLeast(r)
	r = subtractOrderIfAtLeast(r)
	return [4]uint64{r[0], r[1], r[2], r[3]}
}

// mulWords sets out to a·b modulo 2^(64·len(out)), by schoolbook
// multiplication; products that land beyond out are dropped.
func mulWords(out, a, b []uint64) {
	for i := range out {
		out[i] = 0
	}
	for i := 0; i < len(a) && i < len(out); i++ {
		var carry uint64
		for j := 0; j < len(b) && i+j < len(out); j++ {
			// a[i]·b[j] + out[i+j] + carry fits in 128 bits.
			hi, lo := bits.Mul64(a[i], b[j])
			var c uint64
			lo, c = bits.Add64(lo, out[i+j], 0)
			hi += c
			lo, c = bits.Add64(lo, carry, 0)
			hi += c
			out[i+j] = lo
			carry = hi
		}
		if i+len(b) < len(out) {
			out[i+len(b)] = carry
		}
	}
}

// subtractWords returns a - b modulo 2^320 and the borrow out, 1 when
// a < b.
func subtractWords(a, b [5]uint64) ([5]uint64, uint64) {
	var borrow uint64
	for i := range a {
		a[i], borrow = bits.Sub64(a[i], b[i], borrow)
	}
	return a, borrow
}

// subtractOrderIfAtLeast returns r - l if r ≥ l, and r otherwise,
// choosing with a mask rather than a branch.
func subtractOrderIfAtLeast(r [5]uint64) [5]uint64 {
	d, borrow := subtractWords(r, scalarOrder)
	// A borrow out means r < l: keep r.
	keep := -borrow
	for i := range r {
		r[i] = (r[i] & keep) | (d[i] &^ keep)
	}
	return r
}

// multiplyAdd returns the 512-bit x·y + z.
func multiplyAdd(x, y, z *[4]uint64) wide {
	var w wide
	mulWords(w[:], x[:], y[:])
	var c uint64
	for i := 0; i < 4; i++ {
		w[i], c = bits.Add64(w[i], z[i], c)
	}
	for i := 4; i < 8; i++ {
		w[i], c = bits.Add64(w[i], 0, c)
	}
	return w
}

// MultiplyAdd sets s to (x · y + z) mod l and returns s.
func (s *Scalar) MultiplyAdd(x, y, z *Scalar) *Scalar {
	w := multiplyAdd(&x.s, &y.s, &z.s)
	s.s = reduce(&w)
	return s
}

// Add sets s to (x + y) mod l and returns s.
func (s *Scalar) Add(x, y *Scalar) *Scalar {
	var w wide
	var c uint64
	w[0], c = bits.Add64(x.s[0], y.s[0], 0)
	w[1], c = bits.Add64(x.s[1], y.s[1], c)
	w[2], c = bits.Add64(x.s[2], y.s[2], c)
	w[3], w[4] = bits.Add64(x.s[3], y.s[3], c)
	s.s = reduce(&w)
	return s
}

// Subtract sets s to (x - y) mod l and returns s.
func (s *Scalar) Subtract(x, y *Scalar) *Scalar {
	var minusY Scalar
	minusY.Negate(y)
	return s.Add(x, &minusY)
}

// Negate sets s to (-x) mod l and returns s.
func (s *Scalar) Negate(x *Scalar) *Scalar {
	// l - x lies in (0, l]; reducing maps l itself (when x is 0) to 0.
	var w wide
	var b uint64
	w[0], b = bits.Sub64(scalarOrder[0], x.s[0], 0)
	w[1], b = bits.Sub64(scalarOrder[1], x.s[1], b)
	w[2], b = bits.Sub64(scalarOrder[2], x.s[2], b)
	w[3], _ = bits.Sub64(scalarOrder[3], x.s[3], b)
	s.s = reduce(&w)
	return s
}

// Multiply sets s to (x · y) mod l and returns s.
func (s *Scalar) Multiply(x, y *Scalar) *Scalar {
	var zero [4]uint64
	w := multiplyAdd(&x.s, &y.s, &zero)
	s.s = reduce(&w)
	return s
}

// Set copies x into s and returns s.
func (s *Scalar) Set(x *Scalar) *Scalar {
	*s = *x
	return s
}

// SetUniformBytes sets s to x mod l, x being a 64-byte little-endian
// integer, and returns s. Reducing 512 uniformly random bits gives a
// scalar whose bias is negligible, which is how Ed25519 turns SHA-512
// digests into scalars. It returns an error if x is not 64 bytes long.
func (s *Scalar) SetUniformBytes(x []byte) (*Scalar, error) {
	if len(x) != 64 {
		return nil, errors.New("edwards25519: invalid SetUniformBytes input length")
	}
	var w wide
	for i := range w {
		w[i] = binary.LittleEndian.Uint64(x[8*i:])
	}
	s.s = reduce(&w)
	return s, nil
}

// SetCanonicalBytes sets s = x, where x is a 32-byte little-endian
// encoding of a scalar, and returns s. If x is not 32 bytes long or its
// value is not below l, it returns an error and leaves s unchanged.
func (s *Scalar) SetCanonicalBytes(x []byte) (*Scalar, error) {
	if len(x) != 32 {
		return nil, errors.New("invalid scalar length")
	}
	var v [5]uint64
	for i := 0; i < 4; i++ {
		v[i] = binary.LittleEndian.Uint64(x[8*i:])
	}
	if _, borrow := subtractWords(v, scalarOrder); borrow == 0 {
		return nil, errors.New("invalid scalar encoding")
	}
	s.s = [4]uint64{v[0], v[1], v[2], v[3]}
	return s, nil
}

// SetBytesWithClamping applies the clamping of RFC 7748 to the 32 bytes
// x (clear the three low bits and the top bit, set bit 254), sets s to
// the result mod l, and returns s. It returns an error if x is not 32
// bytes long.
//
// The clamped value is generally above l, so s is not the clamped
// integer itself; but multiplying a point of order l by either gives
// the same point, which is all that Ed25519 needs.
func (s *Scalar) SetBytesWithClamping(x []byte) (*Scalar, error) {
	if len(x) != 32 {
		return nil, errors.New("edwards25519: invalid SetBytesWithClamping input length")
	}
	var w wide
	for i := 0; i < 4; i++ {
		w[i] = binary.LittleEndian.Uint64(x[8*i:])
	}
	w[0] &^= 7
	w[3] &^= 1 << 63
	w[3] |= 1 << 62
	s.s = reduce(&w)
	return s, nil
}

// Bytes returns s in 32 bytes, little-endian, reduced below l.
func (s *Scalar) Bytes() []byte {
	var out [32]byte
	return s.bytes(&out)
}

func (s *Scalar) bytes(out *[32]byte) []byte {
	for i, w := range s.s {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return out[:]
}

// Equal returns 1 when s == t and 0 otherwise, in constant time.
func (s *Scalar) Equal(t *Scalar) int {
	var a, b [32]byte
	return subtle.ConstantTimeCompare(s.bytes(&a), t.bytes(&b))
}

// radix16Digits returns s written in base 16 with digits d[i] in
// [-8, 8), so that s = Σ d[i]·16^i. Digits of this size let a scalar
// multiplication keep a table of only 8 multiples (1P..8P) and get the
// negative ones by negating.
func (s *Scalar) radix16Digits() [64]int8 {
	var d [64]int8
	for i := 0; i < 64; i++ {
		d[i] = int8((s.s[i/16] >> (4 * (i % 16))) & 15)
	}
	// A digit of 8 or more becomes digit - 16, lending 1 to the next
	// digit. s < l < 2^253 so the top digit stays small.
	for i := 0; i < 63; i++ {
		carry := (d[i] + 8) >> 4
		d[i] -= carry << 4
		d[i+1] += carry
	}
	return d
}
