package aes

import "math/bits"

// AES computes in the field GF(2⁸): a byte is a polynomial over GF(2)
// (bit i the coefficient of xⁱ), addition is xor, and products are
// reduced modulo poly (FIPS-197 section 4). The tables below are made
// from that arithmetic when the package starts, rather than written out.

// poly is the field's modulus x⁸ + x⁴ + x³ + x + 1.
const poly = 1<<8 | 1<<4 | 1<<3 | 1<<1 | 1<<0

var (
	// powx[i] is xⁱ: the round constants of the key schedule (Rcon).
	powx [16]byte
	// sbox0 is SubBytes' substitution (FIPS-197 Figure 7), sbox1 its
	// inverse, InvSubBytes' (Figure 14).
	sbox0, sbox1 [256]byte
	// te0[b] is the column that byte b, in row 0, adds to a round's
	// output after SubBytes and MixColumns: the coefficients {02}, {01},
	// {01}, {03} times S(b). te1..te3 are the same for rows 1..3, the
	// column rotated one byte further each time.
	te0, te1, te2, te3 [256]uint32
	// td0..td3 are the same for decryption: InvSubBytes then
	// InvMixColumns, coefficients {0e}, {09}, {0d}, {0b}.
	td0, td1, td2, td3 [256]uint32
)

func init() {
	initPowx()
	initSboxes()
	initRoundTables()
}

// xtime multiplies b by x: a shift, reduced by poly when the x⁸ bit
// falls out (FIPS-197 section 4.2.1).
func xtime(b byte) byte {
	return b<<1 ^ (b>>7)*byte(poly&0xff)
}

// gfMul multiplies a and b in GF(2⁸): the sum of a·xⁱ for each bit i
// set in b. gfMul(0x57, 0x83) is 0xc1, FIPS-197's example.
func gfMul(a, b byte) byte {
	var p byte
	for ; b != 0; b >>= 1 {
		if b&1 != 0 {
			p ^= a
		}
		a = xtime(a)
	}
	return p
}

// gfInverse returns b's multiplicative inverse, and 0 for 0: the field's
// 255 non-zero elements form a group, so b²⁵⁵ = 1 and b²⁵⁴ = b⁻¹.
func gfInverse(b byte) byte {
	inv := byte(1)
	for e := 254; e > 0; e >>= 1 { // square and multiply
		if e&1 != 0 {
			inv = gfMul(inv, b)
		}
		b = gfMul(b, b)
	}
	return inv
}

func initPowx() {
	p := byte(1)
	for i := range powx {
		powx[i] = p
		p = xtime(p)
	}
}

// initSboxes builds SubBytes (FIPS-197 section 5.1.1): the inverse in
// GF(2⁸), then an affine transformation over GF(2).
func initSboxes() {
	for i := 0; i < 256; i++ {
		b := gfInverse(byte(i))
		s := b ^ bits.RotateLeft8(b, 1) ^ bits.RotateLeft8(b, 2) ^ bits.RotateLeft8(b, 3) ^
			bits.RotateLeft8(b, 4) ^ 0x63
		sbox0[i] = s
		sbox1[s] = byte(i)
	}
}

func initRoundTables() {
	for i := 0; i < 256; i++ {
		s := sbox0[i]
		column(&te0, &te1, &te2, &te3, i, gfMul(s, 2), s, s, gfMul(s, 3))
		s = sbox1[i]
		column(&td0, &td1, &td2, &td3, i, gfMul(s, 0xe), gfMul(s, 9), gfMul(s, 0xd), gfMul(s, 0xb))
	}
}

// column stores entry i of four round tables: the column a, b, c, d (top
// to bottom) and its rotations by one, two and three bytes down.
func column(t0, t1, t2, t3 *[256]uint32, i int, a, b, c, d byte) {
	w := uint32(a)<<24 | uint32(b)<<16 | uint32(c)<<8 | uint32(d)
	t0[i] = w
	t1[i] = bits.RotateLeft32(w, -8)
	t2[i] = bits.RotateLeft32(w, -16)
	t3[i] = bits.RotateLeft32(w, -24)
}
