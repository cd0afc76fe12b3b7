// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174
// (FIPS 180-4), as Go 1.19's crypto/sha1 does. Where the processor has
// the SHA extensions, their instructions hash the blocks
// (sha1block_amd64.s); elsewhere plain Go does.
//
// SHA-1 is cryptographically broken and should not be used for secure
// applications.
package sha1

import (
	"crypto"
	"errors"
	"hash"
	"internal/cpu"
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
func blockGeneric(dig *digest, p []byte) {
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

// The state of a digest as MarshalBinary writes it (encoding.BinaryMarshaler):
// Go's layout, so that a state saved by one program resumes in the other.
// A magic, the chaining words big-endian, the buffered bytes padded with
// zeros to a block, and the length so far.
const (
	magic         = "sha\x01"
	marshaledSize = len(magic) + 5*4 + BlockSize + 8
)

// block is where Go's ports put their assembly; gominic has only the
// portable step, which Go's tests cross-check against it.
// useSHA: the processor has the SHA extensions, and SSSE3 and SSE4.1,
// whose shuffles and inserts blockSHA uses too.
var useSHA = cpu.X86.HasSHA && cpu.X86.HasSSSE3 && cpu.X86.HasSSE41

func block(dig *digest, p []byte) {
	if useSHA && len(p) >= BlockSize {
		blockSHA(&dig.h, &p[0], len(p)/BlockSize)
		return
	}
	blockGeneric(dig, p)
}

// blockSHA hashes the n blocks at p into h (sha1block_amd64.s).
//
//go:noescape
func blockSHA(h *[5]uint32, p *byte, n int)

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magic...)
	for _, h := range d.h {
		b = appendUint32(b, h)
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+len(d.x)-d.nx] // the rest of the buffer: zeros
	return appendUint64(b, d.len), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/sha1: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha1: invalid hash state size")
	}
	b = b[len(magic):]
	for i := range d.h {
		b, d.h[i] = consumeUint32(b)
	}
	b = b[copy(d.x[:], b):]
	_, d.len = consumeUint64(b)
	d.nx = int(d.len % BlockSize)
	return nil
}

func appendUint32(b []byte, x uint32) []byte {
	return append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

func consumeUint32(b []byte) ([]byte, uint32) {
	return b[4:], uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func appendUint64(b []byte, x uint64) []byte {
	return append(b, byte(x>>56), byte(x>>48), byte(x>>40), byte(x>>32), byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

func consumeUint64(b []byte) ([]byte, uint64) {
	_ = b[7]
	x := uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
	return b[8:], x
}

// ConstantTimeSum computes the same result as Sum, but in time independent
// of the length of the input (crypto/tls's MAC check of a padded record
// must not reveal the padding's length). The padding always takes two
// blocks: the first ends the message when it fits, the second when it
// does not; both are hashed, and the chaining words kept by a mask.
func (d *digest) ConstantTimeSum(in []byte) []byte {
	d0 := *d
	hash := d0.constSum()
	return append(in, hash[:]...)
}

func (d *digest) constSum() [Size]byte {
	var length [8]byte
	l := d.len << 3
	for i := uint(0); i < 8; i++ {
		length[i] = byte(l >> (56 - 8*i))
	}
	nx := byte(d.nx)
	t := nx - 56                  // t < 0 (a set top bit) when the length fits after the buffered bytes
	fitsOne := byte(int8(t) >> 7) // 0xff when it fits in this block

	var one, two [BlockSize]byte
	for i := byte(0); i < BlockSize; i++ {
		before := byte(int8(i-nx) >> 7)      // 0xff for i < nx: a message byte
		at := ^byte(int8(nx-i)>>7) & ^before // 0xff for i == nx: the 0x80 that ends the message
		one[i] = d.x[i]&before | 0x80&at
		if i >= 56 {
			one[i] |= length[i-56] & fitsOne
			two[i] = length[i-56] & ^fitsOne
		}
	}
	blockGeneric(d, one[:])
	var first [5]uint32
	mask := uint32(int32(int8(fitsOne)))
	for i, h := range d.h {
		first[i] = h & mask
	}
	blockGeneric(d, two[:])
	var digest [Size]byte
	for i, h := range d.h {
		s := first[i] | h&^mask
		digest[4*i], digest[4*i+1], digest[4*i+2], digest[4*i+3] = byte(s>>24), byte(s>>16), byte(s>>8), byte(s)
	}
	return digest
}
