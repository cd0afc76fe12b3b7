package bzip2

const maxCodeLen = 20

// A huffman table decodes the canonical code of a list of code lengths:
// codes of the same length are consecutive numbers, given to the symbols
// in order, the shorter codes first.
type huffman struct {
	limit   [maxCodeLen + 1]int32 // the last code of each length (first-1 if none)
	first   [maxCodeLen + 1]int32 // the first code of each length
	index   [maxCodeLen + 1]int32 // where each length's symbols start in symbols
	symbols []uint16              // the symbols by code
}

func (h *huffman) build(lengths []uint8) error {
	var count [maxCodeLen + 1]int32
	for _, l := range lengths {
		count[l]++
	}
	code, idx := int32(0), int32(0)
	for l := 1; l <= maxCodeLen; l++ {
		h.first[l], h.index[l] = code, idx
		h.limit[l] = code + count[l] - 1
		code, idx = (code+count[l])<<1, idx+count[l]
		if code > 1<<l<<1 {
			return StructuralError("Huffman code lengths oversubscribed")
		}
	}
	h.symbols = make([]uint16, len(lengths))
	next := h.index
	for s, l := range lengths {
		h.symbols[next[l]] = uint16(s)
		next[l]++
	}
	return nil
}

// decode reads one code, bit by bit. An invalid code, or the end of the
// data (br.err), gives -1.
func (h *huffman) decode(br *bitReader) int {
	code := int32(0)
	for l := 1; l <= maxCodeLen; l++ {
		code = code<<1 | int32(br.ReadBits64(1))
		if code <= h.limit[l] {
			return int(h.symbols[h.index[l]+code-h.first[l]])
		}
	}
	return -1
}
