package aes

import "encoding/binary"

// The cipher itself (FIPS-197 sections 5.1 to 5.3), on the state as four
// big-endian 32-bit columns. A middle round's SubBytes, ShiftRows,
// MixColumns and AddRoundKey come down to four table look-ups and xors
// per column: the tables (tables.go) hold each byte's contribution to
// its column. Like Go's portable code, the look-ups index tables by
// secret bytes, so the timing is not constant.

// A direction is what distinguishes decryption from encryption: the
// round tables, the S-box of the last round, and ShiftRows' direction.
type direction struct {
	tables *[4]*[256]uint32
	sbox   *[256]byte
	// Row r of output column c comes from input column c + r*shift:
	// ShiftRows rotates row r left by r, InvShiftRows right by r.
	shift int
}

var (
	encryption = direction{&[4]*[256]uint32{&te0, &te1, &te2, &te3}, &sbox0, 1}
	// Decryption is FIPS-197's equivalent inverse cipher (section 5.3.5):
	// the rounds of encryption's shape, with a key schedule to suit.
	decryption = direction{&[4]*[256]uint32{&td0, &td1, &td2, &td3}, &sbox1, 3}
)

// encryptBlockGo encrypts the block src into dst with the expanded key xk.
func encryptBlockGo(xk []uint32, dst, src []byte) {
	cryptBlock(&encryption, xk, dst, src)
}

// decryptBlockGo decrypts the block src into dst with the decryption
// schedule xk.
func decryptBlockGo(xk []uint32, dst, src []byte) {
	cryptBlock(&decryption, xk, dst, src)
}

func cryptBlock(d *direction, xk []uint32, dst, src []byte) {
	var s [4]uint32
	for c := range s {
		s[c] = binary.BigEndian.Uint32(src[4*c:]) ^ xk[c]
	}
	rounds := len(xk)/4 - 1
	for r := 1; r < rounds; r++ {
		var t [4]uint32
		for c := range t {
			t[c] = d.tables[0][s[c]>>24] ^ d.tables[1][s[(c+d.shift)%4]>>16&0xff] ^
				d.tables[2][s[(c+2*d.shift)%4]>>8&0xff] ^ d.tables[3][s[(c+3*d.shift)%4]&0xff] ^ xk[4*r+c]
		}
		s = t
	}
	// The last round has no MixColumns: the S-box and the shift only.
	for c := range s {
		w := uint32(d.sbox[s[c]>>24])<<24 | uint32(d.sbox[s[(c+d.shift)%4]>>16&0xff])<<16 |
			uint32(d.sbox[s[(c+2*d.shift)%4]>>8&0xff])<<8 | uint32(d.sbox[s[(c+3*d.shift)%4]&0xff])
		binary.BigEndian.PutUint32(dst[4*c:], w^xk[4*rounds+c])
	}
}

// expandKeyGo fills enc with the key schedule of FIPS-197 section 5.2
// and, when dec is not nil, dec with the equivalent inverse cipher's.
func expandKeyGo(key []byte, enc, dec []uint32) {
	nk := len(key) / 4
	for i := 0; i < nk; i++ {
		enc[i] = binary.BigEndian.Uint32(key[4*i:])
	}
	for i := nk; i < len(enc); i++ {
		t := enc[i-1]
		if i%nk == 0 {
			t = subWord(t<<8|t>>24) ^ uint32(powx[i/nk-1])<<24
		} else if nk > 6 && i%nk == 4 {
			t = subWord(t)
		}
		enc[i] = enc[i-nk] ^ t
	}
	if dec != nil {
		expandInverse(enc, dec)
	}
}

// expandInverse makes the decryption schedule from the encryption one:
// the round keys in reverse order, the middle ones put through
// InvMixColumns (FIPS-197 section 5.3.5). td0[sbox0[b]] is InvMixColumns
// of byte b alone in row 0, since sbox1 undoes sbox0.
func expandInverse(enc, dec []uint32) {
	n := len(enc)
	for i := 0; i < n; i += 4 {
		for j := 0; j < 4; j++ {
			x := enc[n-i-4+j]
			if i > 0 && i+4 < n {
				x = td0[sbox0[x>>24]] ^ td1[sbox0[x>>16&0xff]] ^ td2[sbox0[x>>8&0xff]] ^ td3[sbox0[x&0xff]]
			}
			dec[i+j] = x
		}
	}
}

// subWord applies the S-box to each byte of w.
func subWord(w uint32) uint32 {
	return uint32(sbox0[w>>24])<<24 | uint32(sbox0[w>>16&0xff])<<16 | uint32(sbox0[w>>8&0xff])<<8 |
		uint32(sbox0[w&0xff])
}
