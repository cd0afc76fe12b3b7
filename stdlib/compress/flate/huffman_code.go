package flate

import "sort"

// hcode is one Huffman code as the bit writer writes it: the code's bits
// already reversed (DEFLATE sends a code's first bit first, and the bit
// writer sends the lowest bit first) and its length.
type hcode struct {
	code, len uint16
}

// huffmanEncoder holds a canonical Huffman code for an alphabet, built
// from symbol frequencies.
type huffmanEncoder struct {
	codes []hcode
	nodes []literalNode // generate's work list, kept between blocks
}

// A literalNode is a used symbol of the alphabet and its frequency.
type literalNode struct {
	literal uint16
	freq    int32
}

func newHuffmanEncoder(size int) *huffmanEncoder {
	return &huffmanEncoder{codes: make([]hcode, size)}
}

// bitLength is the number of bits the symbols with these frequencies
// take in this code.
func (h *huffmanEncoder) bitLength(freq []int32) int {
	total := 0
	for i, f := range freq {
		total += int(f) * int(h.codes[i].len)
	}
	return total
}

// generate builds the code for freq, no code longer than maxBits. The
// code lengths are those of Go's compressor, so that the blocks written
// are Go's byte for byte: an optimal code within the limit (package-merge),
// its lengths given to the symbols in order of frequency, and among equal
// frequencies the higher symbol first. One or two used symbols get one bit
// each.
func (h *huffmanEncoder) generate(freq []int32, maxBits int) {
	list := h.nodes[:0]
	for i, f := range freq {
		h.codes[i] = hcode{}
		if f != 0 {
			list = append(list, literalNode{uint16(i), f})
		}
	}
	h.nodes = list
	if len(list) <= 2 {
		for i, node := range list {
			h.codes[node.literal] = hcode{code: uint16(i), len: 1}
		}
		return
	}
	sort.Slice(list, func(a, b int) bool {
		if list[a].freq != list[b].freq {
			return list[a].freq < list[b].freq
		}
		return list[a].literal < list[b].literal
	})
	// The most frequent symbols (the end of the list) get the shortest codes.
	end := len(list)
	for n, count := range lengthCounts(list, maxBits) {
		for _, node := range list[end-count : end] {
			h.codes[node.literal].len = uint16(n)
		}
		end -= count
	}
	h.assignCodes()
}

// lengthCounts returns, for symbols sorted by increasing frequency, how
// many get a code of each length in an optimal prefix code whose codes
// are at most maxBits long, by the package-merge algorithm (Larmore and
// Hirschberg, 1990). Each depth from the deepest up lists the symbols
// and the "packages" of the depth below (its items taken in pairs), by
// weight; the lightest 2n-2 items at the top decide the code: a symbol is
// as many bits long as the depths at which it is among the items chosen,
// and a package chosen at one depth chooses its pair at the next. Among
// items of equal weight a package comes first, as in Go's compressor.
func lengthCounts(list []literalNode, maxBits int) []int {
	n := len(list)
	if maxBits > n-1 {
		maxBits = n - 1
	}
	type item struct {
		weight    int64
		isPackage bool
	}
	// depths[d] lists the items at depth d+1 (depths[0] the top).
	depths := make([][]item, maxBits)
	for d := maxBits - 1; d >= 0; d-- {
		var packages []item
		if d+1 < maxBits {
			below := depths[d+1]
			for i := 0; i+1 < len(below); i += 2 {
				packages = append(packages, item{below[i].weight + below[i+1].weight, true})
			}
		}
		merged := make([]item, 0, n+len(packages))
		leaf, pkg := 0, 0
		for leaf < n || pkg < len(packages) {
			if pkg < len(packages) && (leaf == n || packages[pkg].weight <= int64(list[leaf].freq)) {
				merged = append(merged, packages[pkg])
				pkg++
			} else {
				merged = append(merged, item{int64(list[leaf].freq), false})
				leaf++
			}
		}
		depths[d] = merged
	}
	// chosen[d] is how many symbols (the least frequent) are chosen at depth d+1.
	chosen := make([]int, maxBits+1)
	take := 2*n - 2
	for d := 0; d < maxBits; d++ {
		packages := 0
		for _, it := range depths[d][:take] {
			if it.isPackage {
				packages++
			}
		}
		chosen[d] = take - packages
		take = 2 * packages
	}
	// The symbols chosen at depth d but not below have codes d bits long.
	counts := make([]int, maxBits+1)
	for d := 1; d <= maxBits; d++ {
		counts[d] = chosen[d-1] - chosen[d]
	}
	return counts
}

// assignCodes gives each symbol with a length its canonical code (RFC
// 1951 section 3.2.2): codes numbered in order of length, then of symbol.
func (h *huffmanEncoder) assignCodes() {
	var count [maxCodeLen + 1]int
	for _, c := range h.codes {
		count[c.len]++
	}
	count[0] = 0
	var next [maxCodeLen + 1]int
	code := 0
	for n := 1; n <= maxCodeLen; n++ {
		code = (code + count[n-1]) << 1
		next[n] = code
	}
	for sym, c := range h.codes {
		if c.len > 0 {
			h.codes[sym].code = reverseBits(uint16(next[c.len]), uint8(c.len))
			next[c.len]++
		}
	}
}

// fixedLiteralEncoding and fixedOffsetEncoding are the fixed codes of
// RFC 1951 section 3.2.6.
var fixedLiteralEncoding = newFixedEncoder(fixedLiteralLengths())
var fixedOffsetEncoding = newFixedEncoder(fixedOffsetLengths())

func newFixedEncoder(lengths []int) *huffmanEncoder {
	h := newHuffmanEncoder(len(lengths))
	for sym, n := range lengths {
		h.codes[sym].len = uint16(n)
	}
	h.assignCodes()
	return h
}

func fixedOffsetLengths() []int {
	lengths := make([]int, maxNumDist)
	for i := range lengths {
		lengths[i] = 5
	}
	return lengths
}
