// Package fnv implements FNV-1 and FNV-1a, non-cryptographic hash functions
// created by Glenn Fowler, Landon Curt Noll, and Phong Vo, as Go 1.19's
// hash/fnv does. See
// https://en.wikipedia.org/wiki/Fowler-Noll-Vo_hash_function.
//
// FNV-1 multiplies by the prime, then xors in each byte; FNV-1a xors
// first. The offsets and primes are those the authors publish.
package fnv

import (
	"errors"
	"hash"
	"math/bits"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word first
	sum128a [2]uint64
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128Lower  = 0x62b821756295c58d
	offset128Higher = 0x6c62272e07bb0142
	prime32         = 16777619
	prime64         = 1099511628211
	prime128Lower   = 0x13b
	prime128Shift   = 24 // the prime's high word is 1<<24: 2^88 + 0x13b
)

// New32 returns a new 32-bit FNV-1 hash.Hash.
// Its Sum method will lay the value out in big-endian byte order.
func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

// New32a returns a new 32-bit FNV-1a hash.Hash.
// Its Sum method will lay the value out in big-endian byte order.
func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

// New64 returns a new 64-bit FNV-1 hash.Hash.
// Its Sum method will lay the value out in big-endian byte order.
func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

// New64a returns a new 64-bit FNV-1a hash.Hash.
// Its Sum method will lay the value out in big-endian byte order.
func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

// New128 returns a new 128-bit FNV-1 hash.Hash.
// Its Sum method will lay the value out in big-endian byte order.
func New128() hash.Hash {
	var s sum128
	s[0], s[1] = offset128Higher, offset128Lower
	return &s
}

// New128a returns a new 128-bit FNV-1a hash.Hash.
// Its Sum method will lay the value out in big-endian byte order.
func New128a() hash.Hash {
	var s sum128a
	s[0], s[1] = offset128Higher, offset128Lower
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { s[0], s[1] = offset128Higher, offset128Lower }
func (s *sum128a) Reset() { s[0], s[1] = offset128Higher, offset128Lower }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Write(data []byte) (int, error) {
	hash := *s
	for _, c := range data {
		hash *= prime32
		hash ^= sum32(c)
	}
	*s = hash
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	hash := *s
	for _, c := range data {
		hash ^= sum32a(c)
		hash *= prime32
	}
	*s = hash
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	hash := *s
	for _, c := range data {
		hash *= prime64
		hash ^= sum64(c)
	}
	*s = hash
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	hash := *s
	for _, c := range data {
		hash ^= sum64a(c)
		hash *= prime64
	}
	*s = hash
	return len(data), nil
}

// mul128 multiplies the 128-bit hi:lo by the 128-bit prime, modulo 2^128.
func mul128(hi, lo uint64) (uint64, uint64) {
	h, l := bits.Mul64(prime128Lower, lo)
	h += hi*prime128Lower + lo<<prime128Shift
	return h, l
}

func (s *sum128) Write(data []byte) (int, error) {
	for _, c := range data {
		s[0], s[1] = mul128(s[0], s[1])
		s[1] ^= uint64(c)
	}
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	for _, c := range data {
		s[1] ^= uint64(c)
		s[0], s[1] = mul128(s[0], s[1])
	}
	return len(data), nil
}

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func appendUint32(in []byte, v uint32) []byte {
	return append(in, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func appendUint64(in []byte, v uint64) []byte {
	return appendUint32(appendUint32(in, uint32(v>>32)), uint32(v))
}

func (s *sum32) Sum(in []byte) []byte   { return appendUint32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return appendUint32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return appendUint64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return appendUint64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return appendUint64(appendUint64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return appendUint64(appendUint64(in, s[0]), s[1]) }

// The state of a hash as MarshalBinary writes it (encoding.BinaryMarshaler):
// Go's layout, a magic naming the variant, then the sum so far.
const (
	magic32          = "fnv\x01"
	magic32a         = "fnv\x02"
	magic64          = "fnv\x03"
	magic64a         = "fnv\x04"
	magic128         = "fnv\x05"
	magic128a        = "fnv\x06"
	marshaledSize32  = len(magic32) + 4
	marshaledSize64  = len(magic64) + 8
	marshaledSize128 = len(magic128) + 8*2
)

func (s *sum32) MarshalBinary() ([]byte, error)  { return s.Sum([]byte(magic32)), nil }
func (s *sum32a) MarshalBinary() ([]byte, error) { return s.Sum([]byte(magic32a)), nil }
func (s *sum64) MarshalBinary() ([]byte, error)  { return s.Sum([]byte(magic64)), nil }
func (s *sum64a) MarshalBinary() ([]byte, error) { return s.Sum([]byte(magic64a)), nil }
func (s *sum128) MarshalBinary() ([]byte, error) { return s.Sum([]byte(magic128)), nil }
func (s *sum128a) MarshalBinary() ([]byte, error) {
	return s.Sum([]byte(magic128a)), nil
}

func (s *sum32) UnmarshalBinary(b []byte) error {
	state, err := unmarshalState(b, magic32, marshaledSize32)
	if err == nil {
		*s = sum32(readUint32(state))
	}
	return err
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	state, err := unmarshalState(b, magic32a, marshaledSize32)
	if err == nil {
		*s = sum32a(readUint32(state))
	}
	return err
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	state, err := unmarshalState(b, magic64, marshaledSize64)
	if err == nil {
		*s = sum64(readUint64(state))
	}
	return err
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	state, err := unmarshalState(b, magic64a, marshaledSize64)
	if err == nil {
		*s = sum64a(readUint64(state))
	}
	return err
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	state, err := unmarshalState(b, magic128, marshaledSize128)
	if err == nil {
		s[0], s[1] = readUint64(state), readUint64(state[8:])
	}
	return err
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	state, err := unmarshalState(b, magic128a, marshaledSize128)
	if err == nil {
		s[0], s[1] = readUint64(state), readUint64(state[8:])
	}
	return err
}

// unmarshalState checks a marshaled state's magic and size and returns
// the sum that follows the magic.
func unmarshalState(b []byte, magic string, size int) ([]byte, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != size {
		return nil, errors.New("hash/fnv: invalid hash state size")
	}
	return b[len(magic):], nil
}

func readUint32(b []byte) uint32 {
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func readUint64(b []byte) uint64 {
	return uint64(readUint32(b))<<32 | uint64(readUint32(b[4:]))
}
