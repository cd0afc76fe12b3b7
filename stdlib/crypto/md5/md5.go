// Package md5 implements the MD5 hash algorithm as defined in RFC 1321, as
// Go 1.19's crypto/md5 does.
//
// MD5 is cryptographically broken and should not be used for secure
// applications.
package md5

import (
	"crypto"
	"errors"
	"hash"
)

func init() {
	crypto.RegisterHash(crypto.MD5, New)
}

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

// The initial state, RFC 1321 §3.3.
var initState = [4]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}

// The table T of RFC 1321 §3.4: T[i] is the integer part of
// 4294967296 × abs(sin(i+1)), i in radians.
var table = [64]uint32{
	0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
	0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
	0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
	0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
	0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
	0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
	0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
	0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
}

// The left rotations of each round's four steps, RFC 1321 §3.4.
var shifts = [4][4]int{{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}}

type digest struct {
	s   [4]uint32
	x   [BlockSize]byte
	nx  int
	len uint64
}

func (d *digest) Reset() {
	d.s = initState
	d.nx = 0
	d.len = 0
}

// New returns a new hash.Hash computing the MD5 checksum.
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

// checkSum pads (a 1 bit, zeros, the length in bits little-endian) and
// returns the state as little-endian bytes.
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
		tmp[n+i] = byte((length << 3) >> (8 * i))
	}
	d.Write(tmp[:n+8])
	if d.nx != 0 {
		panic("d.nx != 0")
	}
	var digest [Size]byte
	for i, s := range d.s {
		digest[4*i], digest[4*i+1], digest[4*i+2], digest[4*i+3] = byte(s), byte(s>>8), byte(s>>16), byte(s>>24)
	}
	return digest
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.checkSum()
}

// block hashes whole 64-byte blocks of p into d.s (RFC 1321 §3.4): four
// rounds of sixteen steps, each with its own mixing function and order of
// the message words.
func blockGeneric(dig *digest, p []byte) {
	var x [16]uint32
	a0, b0, c0, d0 := dig.s[0], dig.s[1], dig.s[2], dig.s[3]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			j := i * 4
			x[i] = uint32(p[j]) | uint32(p[j+1])<<8 | uint32(p[j+2])<<16 | uint32(p[j+3])<<24
		}
		a, b, c, d := a0, b0, c0, d0
		for i := 0; i < 64; i++ {
			var f uint32
			var g int
			switch i >> 4 {
			case 0:
				f, g = (b&c)|(^b&d), i
			case 1:
				f, g = (b&d)|(c&^d), (5*i+1)&15
			case 2:
				f, g = b^c^d, (3*i+5)&15
			default:
				f, g = c^(b|^d), (7*i)&15
			}
			f += a + table[i] + x[g]
			a, d, c = d, c, b
			s := uint(shifts[i>>4][i&3])
			b += f<<s | f>>(32-s)
		}
		a0 += a
		b0 += b
		c0 += c
		d0 += d
		p = p[BlockSize:]
	}
	dig.s[0], dig.s[1], dig.s[2], dig.s[3] = a0, b0, c0, d0
}

// The state of a digest as MarshalBinary writes it (encoding.BinaryMarshaler):
// Go's layout, so that a state saved by one program resumes in the other.
// A magic, the chaining words big-endian, the buffered bytes padded with
// zeros to a block, and the length so far.
const (
	magic         = "md5\x01"
	marshaledSize = len(magic) + 4*4 + BlockSize + 8
)

// block is where Go's ports put their assembly; gominic has only the
// portable step, which Go's tests cross-check against it.
func block(dig *digest, p []byte) { blockGeneric(dig, p) }

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magic...)
	for _, h := range d.s {
		b = appendUint32(b, h)
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+len(d.x)-d.nx] // the rest of the buffer: zeros
	return appendUint64(b, d.len), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/md5: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/md5: invalid hash state size")
	}
	b = b[len(magic):]
	for i := range d.s {
		b, d.s[i] = consumeUint32(b)
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
