package jpeg

// This file implements the forward DCT the encoder runs on every block: the
// Loeffler-Ligtenberg-Moschytz algorithm (ICASSP 1989: 12 multiplications
// per 8 points) in 32-bit fixed point, as in the Independent JPEG Group's
// jfdctint.c, whose arithmetic Go's encoder also follows; so our encoded
// bytes equal Go's.

// The rotation constants, scaled by 2^constBits: fixK_L = round(K.L·2^13).
const (
	fix0_298631336 = 2446
	fix0_390180644 = 3196
	fix0_541196100 = 4433
	fix0_765366865 = 6270
	fix0_899976223 = 7373
	fix1_175875602 = 9633
	fix1_501321110 = 12299
	fix1_847759065 = 15137
	fix1_961570560 = 16069
	fix2_053119869 = 16819
	fix2_562915447 = 20995
	fix3_072711026 = 25172
)

const (
	constBits = 13 // fraction bits of the constants above
	pass1Bits = 2  // fraction bits kept between the row and column passes
)

// fdct performs a 2-D forward DCT of b in place: samples 0 to 255 become
// coefficients eight times those of the DCT of the level-shifted samples
// (each sample minus 128), the scale the encoder's quantizers divide out.
func fdct(b *block) {
	var v [8]int32
	for y := 0; y < 8; y++ {
		row := b[8*y : 8*y+8]
		copy(v[:], row)
		fdct1D(&v, true)
		copy(row, v[:])
	}
	for x := 0; x < 8; x++ {
		for y := range v {
			v[y] = b[8*y+x]
		}
		fdct1D(&v, false)
		for y := range v {
			b[8*y+x] = v[y]
		}
	}
}

// fdct1D runs the 1-D forward DCT on the eight values of v in place. The
// row pass also level-shifts the samples and leaves pass1Bits of fraction;
// the column pass removes them.
func fdct1D(v *[8]int32, rows bool) {
	// The even part: sums of mirrored inputs.
	tmp0, tmp1, tmp2, tmp3 := v[0]+v[7], v[1]+v[6], v[2]+v[5], v[3]+v[4]
	tmp10, tmp12 := tmp0+tmp3, tmp0-tmp3
	tmp11, tmp13 := tmp1+tmp2, tmp1-tmp2
	// The odd part: differences of mirrored inputs.
	tmp0, tmp1, tmp2, tmp3 = v[0]-v[7], v[1]-v[6], v[2]-v[5], v[3]-v[4]

	shift := uint(constBits + pass1Bits)
	if rows {
		shift = constBits - pass1Bits
		v[0] = (tmp10 + tmp11 - 8*128) << pass1Bits
		v[4] = (tmp10 - tmp11) << pass1Bits
	} else {
		const half = 1 << (pass1Bits - 1)
		v[0] = (tmp10 + tmp11 + half) >> pass1Bits
		v[4] = (tmp10 - tmp11 + half) >> pass1Bits
	}
	round := int32(1) << (shift - 1)

	z1 := (tmp12+tmp13)*fix0_541196100 + round
	v[2] = (z1 + tmp12*fix0_765366865) >> shift
	v[6] = (z1 - tmp13*fix1_847759065) >> shift

	tmp10, tmp11 = tmp0+tmp3, tmp1+tmp2
	tmp12, tmp13 = tmp0+tmp2, tmp1+tmp3
	z1 = (tmp12+tmp13)*fix1_175875602 + round
	tmp0 *= fix1_501321110
	tmp1 *= fix3_072711026
	tmp2 *= fix2_053119869
	tmp3 *= fix0_298631336
	tmp10 *= -fix0_899976223
	tmp11 *= -fix2_562915447
	tmp12 = tmp12*-fix0_390180644 + z1
	tmp13 = tmp13*-fix1_961570560 + z1

	v[1] = (tmp0 + tmp10 + tmp12) >> shift
	v[3] = (tmp1 + tmp11 + tmp13) >> shift
	v[5] = (tmp2 + tmp11 + tmp12) >> shift
	v[7] = (tmp3 + tmp10 + tmp13) >> shift
}
