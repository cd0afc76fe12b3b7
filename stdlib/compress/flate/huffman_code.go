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

// generate builds the code for freq, no code longer than maxBits. A
// Huffman code is optimal but may be longer than DEFLATE allows; then
// the frequencies are flattened (halved, keeping every used symbol) and
// the code built again, which shortens the deepest codes at a small cost.
func (h *huffmanEncoder) generate(freq []int32, maxBits int) {
	work := make([]int32, len(freq))
	copy(work, freq)
	for {
		lengths := huffmanLengths(work)
		if maxLength(lengths) <= maxBits {
			h.assign(lengths)
			return
		}
		for i, f := range work {
			if f > 0 {
				work[i] = f/2 + 1
			}
		}
	}
}

func maxLength(lengths []int) int {
	m := 0
	for _, n := range lengths {
		if n > m {
			m = n
		}
	}
	return m
}

// huffmanLengths returns the code length of each symbol in a Huffman
// code for freq (0 for unused symbols). Huffman's algorithm joins the two
// least frequent trees until one is left; with the leaves sorted, the
// joined trees come out in order too, so two queues replace a heap. A
// lone symbol still gets a one-bit code: a code needs at least one bit.
func huffmanLengths(freq []int32) []int {
	lengths := make([]int, len(freq))
	var leaves []int
	for i, f := range freq {
		if f > 0 {
			leaves = append(leaves, i)
		}
	}
	if len(leaves) == 1 {
		lengths[leaves[0]] = 1
	}
	if len(leaves) <= 1 {
		return lengths
	}
	sort.SliceStable(leaves, func(a, b int) bool { return freq[leaves[a]] < freq[leaves[b]] })

	// Nodes 0..n-1 are the leaves in order, n.. the joined trees.
	n := len(leaves)
	weight := make([]int64, 2*n-1)
	parent := make([]int, 2*n-1)
	for i, sym := range leaves {
		weight[i] = int64(freq[sym])
	}
	nextLeaf, nextTree := 0, n
	// smallest takes the lighter of the next leaf and the next joined tree.
	smallest := func(end int) int {
		if nextLeaf < n && (nextTree >= end || weight[nextLeaf] <= weight[nextTree]) {
			nextLeaf++
			return nextLeaf - 1
		}
		nextTree++
		return nextTree - 1
	}
	for end := n; end < 2*n-1; end++ {
		a := smallest(end)
		b := smallest(end)
		weight[end] = weight[a] + weight[b]
		parent[a], parent[b] = end, end
	}
	// A node's depth is one more than its parent's; the root is last.
	depth := make([]int, 2*n-1)
	for i := 2*n - 3; i >= 0; i-- {
		depth[i] = depth[parent[i]] + 1
	}
	for i, sym := range leaves {
		lengths[sym] = depth[i]
	}
	return lengths
}

// assign gives each symbol its canonical code (RFC 1951 section 3.2.2):
// codes numbered in order of length, then of symbol.
func (h *huffmanEncoder) assign(lengths []int) {
	var count [maxCodeLen + 1]int
	for _, n := range lengths {
		count[n]++
	}
	count[0] = 0
	var next [maxCodeLen + 1]int
	code := 0
	for n := 1; n <= maxCodeLen; n++ {
		code = (code + count[n-1]) << 1
		next[n] = code
	}
	for sym, n := range lengths {
		h.codes[sym] = hcode{}
		if n > 0 {
			h.codes[sym] = hcode{code: reverseBits(uint16(next[n]), uint8(n)), len: uint16(n)}
			next[n]++
		}
	}
}

// fixedLiteralEncoding and fixedOffsetEncoding are the fixed codes of
// RFC 1951 section 3.2.6.
var fixedLiteralEncoding = newFixedEncoder(fixedLiteralLengths())
var fixedOffsetEncoding = newFixedEncoder(fixedOffsetLengths())

func newFixedEncoder(lengths []int) *huffmanEncoder {
	h := newHuffmanEncoder(len(lengths))
	h.assign(lengths)
	return h
}

func fixedOffsetLengths() []int {
	lengths := make([]int, maxNumDist)
	for i := range lengths {
		lengths[i] = 5
	}
	return lengths
}
