// Package maphash provides hash functions on byte sequences, as Go 1.19's
// hash/maphash does. These hash functions are intended to be used to
// implement hash tables or other data structures that need to map arbitrary
// strings or byte sequences to a uniform distribution on unsigned 64-bit
// integers. Each different instance of a hash table or data structure
// should use its own Seed.
//
// The hash functions are not cryptographically secure.
//
// Go hashes with the runtime's map hash (AES or wyhash); here the mixing
// function is our own multiply-and-fold over 8-byte words. As in Go, a
// seed comes from the kernel's random bytes, so values differ between
// runs; only equal inputs under equal seeds hash equal.
package maphash

import (
	"math/bits"
	"unsafe"
)

// A Seed is a random value that selects the specific hash function
// computed by a Hash. If two Hashes use the same Seeds, they
// will compute the same hash values for any given input.
// If two Hashes use different Seeds, they are very likely to compute
// distinct hash values for any given input.
//
// A Seed must be initialized by calling MakeSeed.
// The zero seed is uninitialized and not valid for use with Hash's SetSeed method.
//
// Each Seed value is local to a single process and cannot be serialized
// or otherwise recreated in a different process.
type Seed struct {
	s uint64
}

// Bytes returns the hash of b with the given seed.
//
// Bytes is equivalent to, but more convenient and efficient than:
//
//	var h Hash
//	h.SetSeed(seed)
//	h.Write(b)
//	return h.Sum64()
func Bytes(seed Seed, b []byte) uint64 {
	state := seed.s
	if state == 0 {
		panic("maphash: use of uninitialized Seed")
	}
	for len(b) > bufSize {
		state = rthash(b[:bufSize], state)
		b = b[bufSize:]
	}
	return rthash(b, state)
}

// String returns the hash of s with the given seed.
//
// String is equivalent to, but more convenient and efficient than:
//
//	var h Hash
//	h.SetSeed(seed)
//	h.WriteString(s)
//	return h.Sum64()
func String(seed Seed, s string) uint64 {
	return Bytes(seed, []byte(s))
}

// A Hash computes a seeded hash of a byte sequence.
//
// The zero Hash is a valid Hash ready to use.
// A zero Hash chooses a random seed for itself during
// the first call to a Reset, Write, Seed, or Sum64 method.
// For control over the seed, use SetSeed.
//
// The computed hash values depend only on the initial seed and
// the sequence of bytes provided to the Hash object, not on the way
// in which the bytes are provided.
//
// A Hash is not safe for concurrent use by multiple goroutines, but a Seed is.
type Hash struct {
	_     [0]func()     // not comparable
	seed  Seed          // initial seed used for this hash
	state Seed          // current hash of all flushed bytes
	buf   [bufSize]byte // unflushed byte buffer
	n     int           // number of unflushed bytes
}

// bufSize is the size of the Hash write buffer: whole buffers are hashed
// into the state, so the value does not depend on how writes split the input.
const bufSize = 128

// initSeed seeds the hash if necessary.
func (h *Hash) initSeed() {
	if h.seed.s == 0 {
		seed := MakeSeed()
		h.seed = seed
		h.state = seed
	}
}

// WriteByte adds b to the sequence of bytes hashed by h.
// It never fails; the error result is for implementing io.ByteWriter.
func (h *Hash) WriteByte(b byte) error {
	if h.n == len(h.buf) {
		h.flush()
	}
	h.buf[h.n] = b
	h.n++
	return nil
}

// Write adds b to the sequence of bytes hashed by h.
// It always writes all of b and never fails; the count and error result are for implementing io.Writer.
func (h *Hash) Write(b []byte) (int, error) {
	size := len(b)
	for len(b) > 0 {
		if h.n == len(h.buf) {
			h.flush()
		}
		k := copy(h.buf[h.n:], b)
		h.n += k
		b = b[k:]
	}
	return size, nil
}

// WriteString adds the bytes of s to the sequence of bytes hashed by h.
// It always writes all of s and never fails; the count and error result are for implementing io.StringWriter.
func (h *Hash) WriteString(s string) (int, error) {
	size := len(s)
	for len(s) > 0 {
		if h.n == len(h.buf) {
			h.flush()
		}
		k := copy(h.buf[h.n:], s)
		h.n += k
		s = s[k:]
	}
	return size, nil
}

// Seed returns h's seed value.
func (h *Hash) Seed() Seed {
	h.initSeed()
	return h.seed
}

// SetSeed sets h to use seed, which must have been returned by MakeSeed
// or by another Hash's Seed method.
// Two Hash objects with the same seed behave identically.
// Two Hash objects with different seeds will very likely behave differently.
// Any bytes added to h before this call will be discarded.
func (h *Hash) SetSeed(seed Seed) {
	if seed.s == 0 {
		panic("maphash: use of uninitialized Seed")
	}
	h.seed = seed
	h.state = seed
	h.n = 0
}

// Reset discards all bytes added to h.
// (The seed remains the same.)
func (h *Hash) Reset() {
	h.initSeed()
	h.state = h.seed
	h.n = 0
}

// flush hashes the full buffer into the state.
func (h *Hash) flush() {
	if h.n != len(h.buf) {
		panic("maphash: flush of partially full buffer")
	}
	h.initSeed()
	h.state.s = rthash(h.buf[:h.n], h.state.s)
	h.n = 0
}

// Sum64 returns h's current 64-bit value, which depends on
// h's seed and the sequence of bytes added to h since the
// last call to Reset or SetSeed.
//
// All bits of the Sum64 result are close to uniformly and
// independently distributed, so it can be safely reduced
// by using bit masking, shifting, or modular arithmetic.
func (h *Hash) Sum64() uint64 {
	h.initSeed()
	return rthash(h.buf[:h.n], h.state.s)
}

// MakeSeed returns a new random seed.
func MakeSeed() Seed {
	var s uint64
	for s == 0 {
		var b [8]byte
		for n := 0; n < 8; {
			if k := getrandom(unsafe.Pointer(&b[n]), 8-n); k > 0 {
				n += k
			}
		}
		for _, c := range b {
			s = s<<8 | uint64(c)
		}
	}
	return Seed{s: s}
}

//go:linkname getrandom runtime.crypto_getrandom
func getrandom(p unsafe.Pointer, n int) int

// Sum appends the hash's current 64-bit value to b.
// It exists for implementing hash.Hash.
// For direct calls, it is more efficient to use Sum64.
func (h *Hash) Sum(b []byte) []byte {
	x := h.Sum64()
	for i := 0; i < 8; i++ {
		b = append(b, byte(x>>(56-8*i)))
	}
	return b
}

// Size returns h's hash value size, 8 bytes.
func (h *Hash) Size() int { return 8 }

// BlockSize returns h's block size.
func (h *Hash) BlockSize() int { return len(h.buf) }

// The mixing constants are odd 64-bit numbers with well-spread bits
// (the fractional parts of the golden ratio and of sqrt(2) and sqrt(3)).
const (
	m1 = 0x9e3779b97f4a7c15
	m2 = 0x6a09e667f3bcc909
	m3 = 0xbb67ae8584caa73b
)

// mix multiplies a and b as 128-bit and folds the halves together.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// rthash hashes b (at most bufSize bytes) into state, eight bytes a step,
// the length folded in so that zero bytes at the end change the value.
func rthash(b []byte, state uint64) uint64 {
	h := mix(state^m1, uint64(len(b))^m2)
	for len(b) >= 8 {
		var w uint64
		for i := 7; i >= 0; i-- {
			w = w<<8 | uint64(b[i])
		}
		h = mix(h^w, m3)
		b = b[8:]
	}
	var w uint64
	for i := len(b) - 1; i >= 0; i-- {
		w = w<<8 | uint64(b[i])
	}
	return mix(h^w^m1, m2^state)
}
