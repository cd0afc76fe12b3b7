// This file implements inflate, the decoder of DEFLATE (RFC 1951, the
// format of zlib and gzip): the linker stores .gopclntab deflated, about half
// of its size, and the runtime inflates it the first time it needs a
// function or a line (symtab.go, findfunc).
//
// A deflated stream is a run of blocks, each stored as is or coded with
// Huffman codes: literal bytes, and (length, distance) pairs that copy
// length bytes from distance bytes back in the output. The codes are
// canonical: a code is given by its lengths alone, the code of each
// length counting up from where the shorter ones stopped. As zlib's
// puff.c does, decode reads a code bit by bit and needs only the count
// of codes of each length and the symbols in code order: no tree. It
// runs once; hello's table, 27 KB packed, takes it about half a millisecond.

package runtime

// A huffman is a canonical Huffman code: count[n] codes of n bits, and
// the symbols, shortest codes first.
type huffman struct {
	count  [16]uint16
	symbol [288]uint16
}

// An inflater is one inflation's state: the input, the bits read from it
// and not used yet (lowest first), the output, and the codes of the block
// at hand. It lives in .bss: the first lookup may come from a signal
// handler, on a small stack.
type inflater struct {
	in        []byte
	pos       int
	bits      uint32
	nbits     uint32
	out       []byte
	n         int
	lit, dist huffman
	lengths   [320]uint8
	failed    bool

	// Lengths and distances are a base and extra bits (3.2.5): the bases
	// grow by the extra bits' range, the extra bits by one every four
	// lengths (from the ninth) or two distances (from the fifth).
	lengthBase [29]uint16
	distBase   [30]uint16
}

var inflate1 inflater

// inflate fills out with the stream in decompressed; it reports whether
// the stream was well formed and filled out exactly.
func inflate(out, in []byte) bool {
	z := &inflate1
	z.in, z.pos, z.bits, z.nbits, z.out, z.n, z.failed = in, 0, 0, 0, out, 0, false
	length, dist := 3, 1
	for i := range z.distBase {
		if i < len(z.lengthBase) {
			z.lengthBase[i] = uint16(length)
			length += 1 << lengthExtra(i)
		}
		z.distBase[i] = uint16(dist)
		dist += 1 << distExtra(i)
	}
	z.lengthBase[28] = 258
	for !z.failed {
		final := z.need(1)
		switch z.need(2) {
		case 0:
			z.stored()
		case 1:
			z.fixed()
		case 2:
			z.dynamic()
		default:
			z.failed = true
		}
		if final == 1 {
			break
		}
	}
	return !z.failed && z.n == len(out)
}

// need takes the next n bits of the input (n <= 16), first bit lowest.
func (z *inflater) need(n uint32) uint32 {
	for z.nbits < n {
		if z.pos >= len(z.in) {
			z.failed = true
			return 0
		}
		z.bits |= uint32(z.in[z.pos]) << z.nbits
		z.pos++
		z.nbits += 8
	}
	v := z.bits & (1<<n - 1)
	z.bits >>= n
	z.nbits -= n
	return v
}

func (z *inflater) put(b byte) {
	if z.n >= len(z.out) {
		z.failed = true
		return
	}
	z.out[z.n] = b
	z.n++
}

// stored copies a block stored as is: from the next byte boundary, its
// length, the length's complement, then the bytes.
func (z *inflater) stored() {
	z.bits, z.nbits = 0, 0
	if z.pos+4 > len(z.in) {
		z.failed = true
		return
	}
	n := int(z.in[z.pos]) | int(z.in[z.pos+1])<<8
	z.pos += 4
	if z.pos+n > len(z.in) {
		z.failed = true
		return
	}
	for i := 0; i < n; i++ {
		z.put(z.in[z.pos+i])
	}
	z.pos += n
}

// build makes h the canonical code of the given code lengths (0: the
// symbol has no code).
func (h *huffman) build(lengths []uint8) {
	var offs [16]uint16
	for i := range h.count {
		h.count[i] = 0
	}
	for _, n := range lengths {
		h.count[n]++
	}
	h.count[0] = 0
	for n := 1; n < 15; n++ {
		offs[n+1] = offs[n] + h.count[n]
	}
	for sym, n := range lengths {
		if n != 0 {
			h.symbol[offs[n]] = uint16(sym)
			offs[n]++
		}
	}
}

// decode reads one symbol coded with h: a code of n bits is one of the
// count[n] codes that follow the first code of that length.
func (z *inflater) decode(h *huffman) int {
	code, first, index := 0, 0, 0
	for n := 1; n < 16; n++ {
		if z.nbits == 0 { // need(1), inlined: most bits are read here
			if z.pos >= len(z.in) {
				break
			}
			z.bits, z.nbits = uint32(z.in[z.pos]), 8
			z.pos++
		}
		code |= int(z.bits & 1)
		z.bits >>= 1
		z.nbits--
		count := int(h.count[n])
		if code-first < count {
			return int(h.symbol[index+code-first])
		}
		index += count
		first = (first + count) << 1
		code <<= 1
	}
	z.failed = true
	return 256
}

// fixed reads a block coded with the codes RFC 1951 fixes (3.2.6).
func (z *inflater) fixed() {
	// 8 bits for literals 0-143, 9 for 144-255, 7 for symbols 256-279, 8
	// for 280-287 (compress/flate has them too; the runtime imports nothing).
	l := &z.lengths
	for i := 0; i < 288; i++ {
		l[i] = 8
	}
	for i := 144; i < 256; i++ {
		l[i] = 9
	}
	for i := 256; i < 280; i++ {
		l[i] = 7
	}
	z.lit.build(l[:288])
	for i := 0; i < 30; i++ {
		l[i] = 5
	}
	z.dist.build(l[:30])
	z.codes()
}

// codeLengthOrder is the order in which a dynamic block lists the lengths
// of the code-length code.
const codeLengthOrder = "\x10\x11\x12\x00\x08\x07\x09\x06\x0a\x05\x0b\x04\x0c\x03\x0d\x02\x0e\x01\x0f"

// dynamic reads a block that brings its own codes (3.2.7): their lengths,
// themselves coded with a code-length code, with runs of repeats.
func (z *inflater) dynamic() {
	nlit, ndist, nclen := int(z.need(5))+257, int(z.need(5))+1, int(z.need(4))+4
	if nlit > 286 || ndist > 30 {
		z.failed = true
		return
	}
	l := &z.lengths
	for i := 0; i < 19; i++ {
		l[i] = 0
	}
	for i := 0; i < nclen; i++ {
		l[codeLengthOrder[i]] = uint8(z.need(3))
	}
	z.lit.build(l[:19])
	for i := 0; i < nlit+ndist && !z.failed; {
		sym := z.decode(&z.lit)
		if sym < 16 {
			l[i] = uint8(sym)
			i++
			continue
		}
		var repeat int
		var length uint8
		switch sym {
		case 16: // the previous length, 3 to 6 times
			if i == 0 {
				z.failed = true
				return
			}
			length, repeat = l[i-1], 3+int(z.need(2))
		case 17: // 3 to 10 zeros
			repeat = 3 + int(z.need(3))
		default: // 11 to 138 zeros
			repeat = 11 + int(z.need(7))
		}
		if i+repeat > nlit+ndist {
			z.failed = true
			return
		}
		for ; repeat > 0; repeat-- {
			l[i] = length
			i++
		}
	}
	z.lit.build(l[:nlit])
	z.dist.build(l[nlit : nlit+ndist])
	z.codes()
}

// codes decodes the symbols of a block up to its end (symbol 256).
func (z *inflater) codes() {
	for !z.failed {
		sym := z.decode(&z.lit)
		if sym < 256 {
			z.put(byte(sym))
			continue
		}
		if sym == 256 {
			return
		}
		sym -= 257
		if sym >= 29 {
			z.failed = true
			return
		}
		length := int(z.lengthBase[sym]) + int(z.need(lengthExtra(sym)))
		d := z.decode(&z.dist)
		if d >= 30 {
			z.failed = true
			return
		}
		dist := int(z.distBase[d]) + int(z.need(distExtra(d)))
		if dist > z.n {
			z.failed = true
			return
		}
		for ; length > 0; length-- {
			z.put(z.out[z.n-dist])
		}
	}
}

func lengthExtra(code int) uint32 {
	if code < 8 || code == 28 {
		return 0
	}
	return uint32(code-4) / 4
}

func distExtra(code int) uint32 {
	if code < 4 {
		return 0
	}
	return uint32(code-2) / 2
}
