package jpeg

// This file implements the inverse DCT the decoder runs on every block: the
// Chen-Wang fast algorithm of the MPEG-2 reference decoder, in 32-bit fixed
// point (Z. Wang, "Fast algorithms for the discrete W transform and for the
// discrete Fourier transform", IEEE Trans. ASSP-32, pp. 803-816, 1984).
// Decoded pixels depend on every rounding step below, so the arithmetic is
// that of Go's decoder, step for step: our pixels equal Go's exactly.

const blockSize = 64 // A DCT block is 8x8.

// A block holds 8x8 samples or DCT coefficients, row by row.
type block [blockSize]int32

// The cosines of the transform, scaled by 2048·√2: wK = 2048·√2·cos(K·π/16).
const (
	w1 = 2841
	w2 = 2676
	w3 = 2408
	w5 = 1609
	w6 = 1108
	w7 = 565

	r2 = 181 // 256/√2
)

// An idctPass says how one pass of the separable transform scales its
// fixed-point numbers. The row pass keeps extra fraction bits for the column
// pass, which then removes them all.
type idctPass struct {
	prescale     uint  // the DC and middle inputs are shifted left by this
	bias         int32 // added to the DC term: rounds the final shift
	productRound int32 // added to the first stages' products before...
	productShift uint  // ...they are shifted right by this
	outShift     uint  // the outputs are shifted right by this
}

var (
	idctRows    = idctPass{prescale: 11, bias: 128, outShift: 8}
	idctColumns = idctPass{prescale: 8, bias: 8192, productRound: 4, productShift: 3, outShift: 14}
)

// idct performs a 2-D inverse DCT of b in place: the coefficients, already
// multiplied by their quantizers, become samples centred on zero.
func idct(b *block) {
	var v [8]int32
	for y := 0; y < 8; y++ {
		row := b[8*y : 8*y+8]
		// A row whose AC coefficients are all zero is flat: its DC, scaled
		// as the full pass would scale it.
		if row[1]|row[2]|row[3]|row[4]|row[5]|row[6]|row[7] == 0 {
			dc := row[0] << 3
			for x := range row {
				row[x] = dc
			}
			continue
		}
		copy(v[:], row)
		idctRows.transform(&v)
		copy(row, v[:])
	}
	for x := 0; x < 8; x++ {
		for y := range v {
			v[y] = b[8*y+x]
		}
		idctColumns.transform(&v)
		for y := range v {
			b[8*y+x] = v[y]
		}
	}
}

// transform runs the 1-D inverse DCT on the eight values of v in place.
func (p idctPass) transform(v *[8]int32) {
	// Prescale, reading the inputs in the butterflies' order.
	x0 := v[0]<<p.prescale + p.bias
	x1 := v[4] << p.prescale
	x2, x3, x4, x5, x6, x7 := v[6], v[2], v[1], v[7], v[5], v[3]

	// Stage 1: rotate the odd inputs.
	x8 := w7*(x4+x5) + p.productRound
	x4 = (x8 + (w1-w7)*x4) >> p.productShift
	x5 = (x8 - (w1+w7)*x5) >> p.productShift
	x8 = w3*(x6+x7) + p.productRound
	x6 = (x8 - (w3-w5)*x6) >> p.productShift
	x7 = (x8 - (w3+w5)*x7) >> p.productShift

	// Stage 2: the even part's rotation; sums and differences of the odd.
	x8 = x0 + x1
	x0 -= x1
	x1 = w6*(x3+x2) + p.productRound
	x2 = (x1 - (w2+w6)*x2) >> p.productShift
	x3 = (x1 + (w2-w6)*x3) >> p.productShift
	x1 = x4 + x6
	x4 -= x6
	x6 = x5 + x7
	x5 -= x7

	// Stage 3.
	x7 = x8 + x3
	x8 -= x3
	x3 = x0 + x2
	x0 -= x2
	x2 = (r2*(x4+x5) + 128) >> 8
	x4 = (r2*(x4-x5) + 128) >> 8

	// Stage 4: the outputs, mirrored pairs of sums and differences.
	v[0] = (x7 + x1) >> p.outShift
	v[1] = (x3 + x2) >> p.outShift
	v[2] = (x0 + x4) >> p.outShift
	v[3] = (x8 + x6) >> p.outShift
	v[4] = (x8 - x6) >> p.outShift
	v[5] = (x0 - x4) >> p.outShift
	v[6] = (x3 - x2) >> p.outShift
	v[7] = (x7 - x1) >> p.outShift
}
