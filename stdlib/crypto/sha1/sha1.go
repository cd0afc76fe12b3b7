// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174
// (FIPS 180-4), as Go 1.19's crypto/sha1 does.
//
// SHA-1 is cryptographically broken and should not be used for secure
// applications.
package sha1

import (
	"crypto"
	"hash"
)

func init() {
	crypto.RegisterHash(crypto.SHA1, New)
}

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

// The initial hash value, FIPS 180-4 §5.3.1.
var initState = [5]uint32{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0}

// The round constants, FIPS 180-4 §4.2.1.
const (
	_K0 = 0x5A827999
	_K1 = 0x6ED9EBA1
	_K2 = 0x8F1BBCDC
	_K3 = 0xCA62C1D6
)

// digest represents the partial evaluation of a checksum.
type digest struct {
	h   [5]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) Reset() {
	d.h = initState
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the SHA1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (nn int, err error) {
	nn = len(p)
	d.len += uint64(nn)
	if d.nx > 0 {
		n := copy(d.x[d.nx:], p)
		d.nx += n
		if d.nx == BlockSize {
			block(d, d.x[:])
			d.nx = 0
		}
		p = p[n:]
	}
	if len(p) >= BlockSize {
		n := len(p) &^ (BlockSize - 1)
		block(d, p[:n])
		p = p[n:]
	}
	if len(p) > 0 {
		d.nx = copy(d.x[:], p)
	}
	return
}

func (d *digest) Sum(in []byte) []byte {
	d0 := *d
	hash := d0.checkSum()
	return append(in, hash[:]...)
}

func (d *digest) checkSum() [Size]byte {
	length := d.len
	var tmp [64 + 8]byte
	tmp[0] = 0x80
	var n uint64
	if length%64 < 56 {
		n = 56 - length%64
	} else {
		n = 64 + 56 - length%64
	}
	for i := uint64(0); i < 8; i++ {
		tmp[n+i] = byte((length << 3) >> (56 - 8*i))
	}
	d.Write(tmp[:n+8])
	if d.nx != 0 {
		panic("d.nx != 0")
	}
	var digest [Size]byte
	for i, s := range d.h {
		digest[4*i], digest[4*i+1], digest[4*i+2], digest[4*i+3] = byte(s>>24), byte(s>>16), byte(s>>8), byte(s)
	}
	return digest
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// block hashes whole 64-byte blocks of p into d.h (FIPS 180-4 §6.1.2),
// keeping the message schedule in a ring of 16 words.
func block(dig *digest, p []byte) {
	var w [16]uint32
	h0, h1, h2, h3, h4 := dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := i * 4
			w[i] = uint32(p[j])<<24 | uint32(p[j+1])<<16 | uint32(p[j+2])<<8 | uint32(p[j+3])
		}
		a, b, c, d, e := h0, h1, h2, h3, h4
		for i := 0; i < 80; i++ {
			if i >= 16 {
				tmp := w[(i-3)&0xf] ^ w[(i-8)&0xf] ^ w[(i-14)&0xf] ^ w[i&0xf]
				w[i&0xf] = (tmp<<1 | tmp>>31)
			}
			var f, k uint32
			switch {
			case i < 20:
				f, k = b&c|(^b)&d, _K0
			case i < 40:
				f, k = b^c^d, _K1
			case i < 60:
				f, k = ((b|c)&d)|(b&c), _K2
			default:
				f, k = b^c^d, _K3
			}
			t := (a<<5 | a>>27) + f + e + w[i&0xf] + k
			a, b, c, d, e = t, a, (b<<30 | b>>2), c, d
		}
		h0 += a
		h1 += b
		h2 += c
		h3 += d
		h4 += e
		p = p[BlockSize:]
	}
	dig.h[0], dig.h[1], dig.h[2], dig.h[3], dig.h[4] = h0, h1, h2, h3, h4
}
