package flate

import "math"

// Level 1 (BestSpeed) finds matches as Go's does, which follows Snappy: a
// table keeps, by hash of four bytes, the last position seen with them;
// a position whose four bytes equal those at the table's position starts
// a match. Where no matches turn up, the search looks at ever fewer
// positions (one more skipped every 32 misses), so incompressible input
// goes fast. Matches may reach back into the previous block.

const (
	fastTableBits  = 14
	fastTableSize  = 1 << fastTableBits
	fastTableMask  = fastTableSize - 1
	fastTableShift = 32 - fastTableBits

	// bufferReset is the highest cur before the table's positions are
	// renumbered.
	bufferReset = math.MaxInt32 - maxStoreBlockSize*2

	// inputMargin is how far from the end of a block a match may start:
	// the last bytes are emitted as literals.
	inputMargin = 16 - 1
	// minNonLiteralBlockSize is the shortest block searched for matches.
	minNonLiteralBlockSize = 1 + 1 + inputMargin
)

func load32(b []byte, i int32) uint32 {
	b = b[i : i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func load64(b []byte, i int32) uint64 {
	return uint64(load32(b, i)) | uint64(load32(b, i+4))<<32
}

func hash(u uint32) uint32 {
	return (u * hashMul) >> fastTableShift
}

// A tableEntry is a position (plus cur) and the four bytes there.
type tableEntry struct {
	val    uint32
	offset int32
}

// deflateFast is level 1's matcher. Positions in the table are counted
// from the start of the stream: cur is where the current block starts,
// and prev holds the previous block, which matches may reach into.
type deflateFast struct {
	table [fastTableSize]tableEntry
	prev  []byte
	cur   int32
}

func newDeflateFast() *deflateFast {
	return &deflateFast{cur: maxStoreBlockSize, prev: make([]byte, 0, maxStoreBlockSize)}
}

// encode appends to dst the tokens of block src.
func (e *deflateFast) encode(dst []token, src []byte) []token {
	if e.cur >= bufferReset {
		e.shiftOffsets()
	}
	if len(src) < minNonLiteralBlockSize {
		e.cur += maxStoreBlockSize
		e.prev = e.prev[:0]
		return emitLiterals(dst, src)
	}
	sLimit := int32(len(src) - inputMargin)
	nextEmit, s := int32(0), int32(0)
	cv := load32(src, s)
	nextHash := hash(cv)
	for {
		// Look for a position whose four bytes are in the table, within
		// reach; every 32 misses, step one byte further.
		skip := int32(32)
		nextS := s
		var candidate tableEntry
		for {
			s = nextS
			step := skip >> 5
			nextS = s + step
			skip += step
			if nextS > sLimit {
				return e.emitRemainder(dst, src, nextEmit)
			}
			candidate = e.table[nextHash&fastTableMask]
			now := load32(src, nextS)
			e.table[nextHash&fastTableMask] = tableEntry{offset: s + e.cur, val: cv}
			nextHash = hash(now)
			if s-(candidate.offset-e.cur) <= maxMatchOffset && cv == candidate.val {
				break
			}
			cv = now
		}
		dst = emitLiterals(dst, src[nextEmit:s])

		// Emit the match, then look for another one right after it,
		// hashing the position before it on the way.
		for {
			s += 4
			t := candidate.offset - e.cur + 4
			l := e.matchLen(s, t, src)
			dst = append(dst, matchToken(uint32(l+4-baseMatchLength), uint32(s-t-1)))
			s += l
			nextEmit = s
			if s >= sLimit {
				return e.emitRemainder(dst, src, nextEmit)
			}
			x := load64(src, s-1)
			prevHash := hash(uint32(x))
			e.table[prevHash&fastTableMask] = tableEntry{offset: e.cur + s - 1, val: uint32(x)}
			x >>= 8
			currHash := hash(uint32(x))
			candidate = e.table[currHash&fastTableMask]
			e.table[currHash&fastTableMask] = tableEntry{offset: e.cur + s, val: uint32(x)}
			if s-(candidate.offset-e.cur) > maxMatchOffset || uint32(x) != candidate.val {
				cv = uint32(x >> 8)
				nextHash = hash(cv)
				s++
				break
			}
		}
	}
}

// emitRemainder ends the block: its last bytes as literals, and src kept
// as the previous block.
func (e *deflateFast) emitRemainder(dst []token, src []byte, nextEmit int32) []token {
	if int(nextEmit) < len(src) {
		dst = emitLiterals(dst, src[nextEmit:])
	}
	e.cur += int32(len(src))
	e.prev = e.prev[:len(src)]
	copy(e.prev, src)
	return dst
}

func emitLiterals(dst []token, lit []byte) []token {
	for _, c := range lit {
		dst = append(dst, literalToken(uint32(c)))
	}
	return dst
}

// matchLen is how many bytes from src[s] equal those from position t, at
// most 258-4 (the match's first four bytes are already known equal). A
// negative t is in the previous block; the match may run on from there
// into the current one.
func (e *deflateFast) matchLen(s, t int32, src []byte) int32 {
	end := int(s) + maxMatchLength - 4
	if end > len(src) {
		end = len(src)
	}
	if t >= 0 {
		return int32(commonPrefix(src[s:end], src[t:]))
	}
	tp := int32(len(e.prev)) + t
	if tp < 0 {
		return 0
	}
	n := int32(commonPrefix(src[s:end], e.prev[tp:]))
	if int(s+n) == end || int(tp+n) < len(e.prev) {
		return n
	}
	return n + int32(commonPrefix(src[s+n:end], src))
}

// commonPrefix is the length of the common prefix of a and b.
func commonPrefix(a, b []byte) int {
	if len(b) < len(a) {
		a = a[:len(b)]
	}
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return len(a)
}

// reset forgets the previous block: the next one cannot match into it.
func (e *deflateFast) reset() {
	e.prev = e.prev[:0]
	e.cur += maxMatchOffset
	if e.cur >= bufferReset {
		e.shiftOffsets()
	}
}

// shiftOffsets renumbers the table's positions so that cur is low again,
// keeping those still within reach of the next block.
func (e *deflateFast) shiftOffsets() {
	if len(e.prev) == 0 {
		for i := range e.table {
			e.table[i] = tableEntry{}
		}
		e.cur = maxMatchOffset + 1
		return
	}
	for i := range e.table {
		v := e.table[i].offset - e.cur + maxMatchOffset + 1
		if v < 0 {
			v = 0
		}
		e.table[i].offset = v
	}
	e.cur = maxMatchOffset + 1
}
