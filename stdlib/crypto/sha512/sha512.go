// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and SHA-512/256
// hash algorithms as defined in FIPS 180-4, as Go 1.19's crypto/sha512 does.
package sha512

import (
	"crypto"
	"errors"
	"hash"
)

func init() {
	crypto.RegisterHash(crypto.SHA384, New384)
	crypto.RegisterHash(crypto.SHA512, New)
	crypto.RegisterHash(crypto.SHA512_224, New512_224)
	crypto.RegisterHash(crypto.SHA512_256, New512_256)
}

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64

	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28

	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32

	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48

	// BlockSize is the block size, in bytes, of the SHA-512/224,
	// SHA-512/256, SHA-384 and SHA-512 hash functions.
	BlockSize = 128
)

// Initial hash values, FIPS 180-4 §5.3.5 (SHA-512: the first 64 bits of
// the fractional parts of the square roots of the first 8 primes) and
// §5.3.4 (SHA-384: the same for the 9th to 16th primes). SHA-512/t's are
// computed at init by the IV generation function of §5.3.6.
var init512 = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var init384 = [8]uint64{
	0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
	0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
}

var init512_224, init512_256 [8]uint64

func init() {
	init512_224 = ivFor("SHA-512/224")
	init512_256 = ivFor("SHA-512/256")
}

// ivFor computes SHA-512/t's initial value: SHA-512, started from its own
// initial value with every byte xored with 0xa5, of the name "SHA-512/t".
func ivFor(name string) [8]uint64 {
	d := &digest{size: Size}
	for i, v := range init512 {
		d.h[i] = v ^ 0xa5a5a5a5a5a5a5a5
	}
	d.Write([]byte(name))
	d.pad()
	return d.h
}

// The round constants K, FIPS 180-4 §4.2.3: the first 64 bits of the
// fractional parts of the cube roots of the first 80 primes.
var _K = [80]uint64{
	0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
	0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
	0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
	0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
	0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
	0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
	0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
	0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
	0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
	0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
	0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
	0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
	0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
	0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
	0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
	0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
	0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
	0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
	0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
	0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	h    [8]uint64
	x    [BlockSize]byte // bytes not yet hashed
	nx   int
	len  uint64
	size int // the digest size: selects the variant
}

func (d *digest) Reset() {
	switch d.size {
	case Size384:
		d.h = init384
	case Size224:
		d.h = init512_224
	case Size256:
		d.h = init512_256
	default:
		d.h = init512
	}
	d.nx = 0
	d.len = 0
}

func newDigest(size int) *digest {
	d := &digest{size: size}
	d.Reset()
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(Size) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(Size224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(Size256) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(Size384) }

func (d *digest) Size() int { return d.size }

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
	return append(in, hash[:d.size]...)
}

// pad appends the padding: a 1 bit, zeros, and the length in bits as
// 128 bits big-endian, to whole blocks.
func (d *digest) pad() {
	length := d.len
	var tmp [128 + 16]byte
	tmp[0] = 0x80
	var n uint64
	if length%128 < 112 {
		n = 112 - length%128
	} else {
		n = 128 + 112 - length%128
	}
	putUint64(tmp[n+8:], length<<3) // the upper 64 bits of the length stay 0
	d.Write(tmp[:n+16])
	if d.nx != 0 {
		panic("d.nx != 0")
	}
}

func (d *digest) checkSum() [Size]byte {
	d.pad()
	var digest [Size]byte
	for i, s := range d.h {
		putUint64(digest[8*i:], s)
	}
	return digest
}

func sum(size int, data []byte) [Size]byte {
	d := newDigest(size)
	d.Write(data)
	return d.checkSum()
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	return sum(Size, data)
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	s := sum(Size384, data)
	var out [Size384]byte
	copy(out[:], s[:])
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	s := sum(Size224, data)
	var out [Size224]byte
	copy(out[:], s[:])
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	s := sum(Size256, data)
	var out [Size256]byte
	copy(out[:], s[:])
	return out
}

func putUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (56 - 8*i))
	}
}

// block hashes whole 128-byte blocks of p into d.h (FIPS 180-4 §6.4.2).
func blockGeneric(d *digest, p []byte) {
	var w [80]uint64
	h0, h1, h2, h3, h4, h5, h6, h7 := d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7]
	for len(p) >= BlockSize {
		for i := 0; i < 16; i++ {
			var v uint64
			for _, c := range p[i*8 : i*8+8] {
				v = v<<8 | uint64(c)
			}
			w[i] = v
		}
		for i := 16; i < 80; i++ {
			v1 := w[i-2]
			s1 := (v1>>19 | v1<<45) ^ (v1>>61 | v1<<3) ^ (v1 >> 6)
			v2 := w[i-15]
			s0 := (v2>>1 | v2<<63) ^ (v2>>8 | v2<<56) ^ (v2 >> 7)
			w[i] = s1 + w[i-7] + s0 + w[i-16]
		}
		a, b, c, dd, e, f, g, h := h0, h1, h2, h3, h4, h5, h6, h7
		for i := 0; i < 80; i++ {
			t1 := h + ((e>>14 | e<<50) ^ (e>>18 | e<<46) ^ (e>>41 | e<<23)) +
				((e & f) ^ (^e & g)) + _K[i] + w[i]
			t2 := ((a>>28 | a<<36) ^ (a>>34 | a<<30) ^ (a>>39 | a<<25)) +
				((a & b) ^ (a & c) ^ (b & c))
			h = g
			g = f
			f = e
			e = dd + t1
			dd = c
			c = b
			b = a
			a = t1 + t2
		}
		h0 += a
		h1 += b
		h2 += c
		h3 += dd
		h4 += e
		h5 += f
		h6 += g
		h7 += h
		p = p[BlockSize:]
	}
	d.h[0], d.h[1], d.h[2], d.h[3], d.h[4], d.h[5], d.h[6], d.h[7] = h0, h1, h2, h3, h4, h5, h6, h7
}

// The state of a digest as MarshalBinary writes it (encoding.BinaryMarshaler):
// Go's layout, so that a state saved by one program resumes in the other.
// A magic, the chaining words big-endian, the buffered bytes padded with
// zeros to a block, and the length so far.
const (
	magic384      = "sha\x04"
	magic512_224  = "sha\x05"
	magic512_256  = "sha\x06"
	magic512      = "sha\x07"
	marshaledSize = len(magic512) + 8*8 + BlockSize + 8
)

// magic names the variant a state belongs to.
func (d *digest) magic() string {
	switch d.size {
	case Size384:
		return magic384
	case Size224:
		return magic512_224
	case Size256:
		return magic512_256
	}
	return magic512
}

// block is where Go's ports put their assembly; gominic has only the
// portable step, which Go's tests cross-check against it.
func block(dig *digest, p []byte) { blockGeneric(dig, p) }

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, d.magic()...)
	for _, h := range d.h {
		b = appendUint64(b, h)
	}
	b = append(b, d.x[:d.nx]...)
	b = b[:len(b)+len(d.x)-d.nx] // the rest of the buffer: zeros
	return appendUint64(b, d.len), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic512) || string(b[:len(magic512)]) != d.magic() {
		return errors.New("crypto/sha512: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha512: invalid hash state size")
	}
	b = b[len(magic512):]
	for i := range d.h {
		b, d.h[i] = consumeUint64(b)
	}
	b = b[copy(d.x[:], b):]
	_, d.len = consumeUint64(b)
	d.nx = int(d.len % BlockSize)
	return nil
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
