// This file implements the source of Go 1.19's math/rand: an additive
// lagged Fibonacci generator (algorithm by D. P. Mitchell and J. A. Reeds).
//
// The state is a ring of 607 words; each step adds to the word at the feed
// position the word 273 places behind it (the tap), both positions moving
// down by one. Seeding fills the ring from a Lehmer generator
// (x -> 48271x mod 2**31-1), three outputs per word, each XORed with the
// word of rngCooked (rngcooked.go, made by gen_cooked.py) in its place.

package rand

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

type rngSource struct {
	tap  int           // index into vec
	feed int           // index into vec
	vec  [rngLen]int64 // current feedback register
}

// seedrand is one step of the Lehmer generator, x * 48271 mod (2**31 - 1),
// computed by Schrage's method so that nothing overflows 32 bits.
func seedrand(x int32) int32 {
	const (
		A = 48271
		Q = 44488 // (2**31 - 1) / A
		R = 3399  // (2**31 - 1) % A
	)
	hi := x / Q
	lo := x % Q
	x = A*lo - R*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap

	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}

	x := int32(seed)
	// The first 20 outputs of the Lehmer generator are dropped.
	for i := 0; i < 20; i++ {
		x = seedrand(x)
	}
	for i := 0; i < rngLen; i++ {
		x = seedrand(x)
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		rng.vec[i] = u ^ rngCooked[i]
	}
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (rng *rngSource) Int63() int64 {
	return int64(rng.Uint64() & rngMask)
}

// Uint64 returns a non-negative pseudo-random 64-bit integer as an uint64.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
