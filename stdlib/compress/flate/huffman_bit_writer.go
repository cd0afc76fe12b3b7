package flate

import "io"

// bufferFlushSize is how many bytes the bit writer gathers before it
// writes them to the underlying writer.
const bufferFlushSize = 240

// huffmanBitWriter writes DEFLATE blocks: a bit stream, lowest bit
// first, gathered into bytes. The first write error sticks: every later
// call does nothing and the compressor reports it.
type huffmanBitWriter struct {
	writer io.Writer
	bits   uint64 // bits not yet gathered into bytes
	nbits  uint
	bytes  [bufferFlushSize + 8]byte
	nbytes int
	err    error

	literalFreq []int32
	offsetFreq  []int32
	literalCode *huffmanEncoder
	offsetCode  *huffmanEncoder
	codegenCode *huffmanEncoder
	codegen     []uint8 // the code lengths of a dynamic header, run-length coded
	codegenFreq [numCodes]int32
	numLiterals int
	numOffsets  int
	numCodegens int
}

func newHuffmanBitWriter(w io.Writer) *huffmanBitWriter {
	return &huffmanBitWriter{
		writer:      w,
		literalFreq: make([]int32, maxNumLit),
		offsetFreq:  make([]int32, maxNumDist),
		literalCode: newHuffmanEncoder(maxNumLit),
		offsetCode:  newHuffmanEncoder(maxNumDist),
		codegenCode: newHuffmanEncoder(numCodes),
	}
}

func (w *huffmanBitWriter) reset(writer io.Writer) {
	w.writer = writer
	w.bits, w.nbits, w.nbytes, w.err = 0, 0, 0, nil
}

func (w *huffmanBitWriter) writeBits(b uint32, nb uint) {
	w.bits |= uint64(b) << w.nbits
	w.nbits += nb
	for w.nbits >= 8 {
		w.bytes[w.nbytes] = byte(w.bits)
		w.nbytes++
		w.bits >>= 8
		w.nbits -= 8
	}
	if w.nbytes >= bufferFlushSize {
		w.write(w.bytes[:w.nbytes])
		w.nbytes = 0
	}
}

func (w *huffmanBitWriter) writeCode(c hcode) {
	w.writeBits(uint32(c.code), uint(c.len))
}

func (w *huffmanBitWriter) write(b []byte) {
	if w.err == nil && len(b) > 0 {
		_, w.err = w.writer.Write(b)
	}
}

// flush pads the stream to a byte boundary and writes out what is
// gathered.
func (w *huffmanBitWriter) flush() {
	if w.nbits > 0 {
		w.writeBits(0, 8-w.nbits)
	}
	w.write(w.bytes[:w.nbytes])
	w.nbytes = 0
}

// writeStoredHeader begins a stored block of length bytes (RFC 1951
// section 3.2.4): the block header, padding to a byte boundary, then LEN
// and NLEN.
func (w *huffmanBitWriter) writeStoredHeader(length int, isEOF bool) {
	w.writeBlockHeader(0, isEOF)
	w.flush()
	w.writeBits(uint32(length), 16)
	w.writeBits(^uint32(length)&0xffff, 16)
}

func (w *huffmanBitWriter) writeBlockHeader(btype uint32, isEOF bool) {
	final := uint32(0)
	if isEOF {
		final = 1
	}
	w.writeBits(final|btype<<1, 3)
}

// writeStored writes input as a stored block.
func (w *huffmanBitWriter) writeStored(input []byte, isEOF bool) {
	w.writeStoredHeader(len(input), isEOF)
	w.flush()
	w.write(input)
}

// writeBlock writes tokens as one block, whichever of the three kinds is
// smallest: stored (when input, the bytes the tokens stand for, is
// given), Huffman-coded with the fixed codes, or with codes made for
// these tokens and described in the block's header.
func (w *huffmanBitWriter) writeBlock(tokens []token, isEOF bool, input []byte) {
	w.countFrequencies(tokens)
	w.literalCode.generate(w.literalFreq, maxCodeLen)
	w.offsetCode.generate(w.offsetFreq, maxCodeLen)
	w.generateCodegen()
	w.codegenCode.generate(w.codegenFreq[:], 7)

	extra := extraBits(tokens)
	fixedSize := 3 + fixedLiteralEncoding.bitLength(w.literalFreq) +
		fixedOffsetEncoding.bitLength(w.offsetFreq) + extra
	dynamicSize := w.dynamicHeaderSize() + w.literalCode.bitLength(w.literalFreq) +
		w.offsetCode.bitLength(w.offsetFreq) + extra
	storedSize := int(^uint(0) >> 1)
	if input != nil && len(input) <= maxStoreBlockSize {
		storedSize = (len(input) + 5) * 8 // the header rounds up to a byte
	}
	switch {
	case storedSize <= fixedSize && storedSize <= dynamicSize:
		w.writeStored(input, isEOF)
	case fixedSize <= dynamicSize:
		w.writeBlockHeader(1, isEOF)
		w.writeTokens(tokens, fixedLiteralEncoding, fixedOffsetEncoding)
	default:
		w.writeBlockHeader(2, isEOF)
		w.writeDynamicHeader()
		w.writeTokens(tokens, w.literalCode, w.offsetCode)
	}
}

// countFrequencies counts the literal/length and distance symbols of
// tokens, with the end-of-block marker that closes them.
func (w *huffmanBitWriter) countFrequencies(tokens []token) {
	for i := range w.literalFreq {
		w.literalFreq[i] = 0
	}
	for i := range w.offsetFreq {
		w.offsetFreq[i] = 0
	}
	for _, t := range tokens {
		if t.isLiteral() {
			w.literalFreq[t.literal()]++
			continue
		}
		w.literalFreq[lengthCodesStart+lengthCode(t.length())]++
		w.offsetFreq[offsetCode(t.offset())]++
	}
	w.literalFreq[endBlockMarker]++
	// The header counts at least 257 literal/length codes and one
	// distance code: a block without matches gets one distance code.
	w.numLiterals = usedLength(w.literalFreq, lengthCodesStart)
	w.numOffsets = usedLength(w.offsetFreq, 1)
	if w.offsetFreq[0] == 0 && w.numOffsets == 1 {
		w.offsetFreq[0] = 1
	}
}

// usedLength is the number of symbols up to the last used one, at least min.
func usedLength(freq []int32, min int) int {
	n := len(freq)
	for n > min && freq[n-1] == 0 {
		n--
	}
	return n
}

// extraBits is the number of extra bits of the matches in tokens.
func extraBits(tokens []token) int {
	n := 0
	for _, t := range tokens {
		if !t.isLiteral() {
			n += int(lengthExtra[lengthCode(t.length())]) + int(distExtra[offsetCode(t.offset())])
		}
	}
	return n
}

// generateCodegen run-length codes the literal/length then distance code
// lengths with the code-length alphabet (RFC 1951 section 3.2.7): 0-15
// a length, 16 the previous length 3-6 times more, 17 and 18 a run of
// 3-10 and 11-138 zeros. Each repeat code is followed by its count in
// codegen, coded in the header as extra bits.
func (w *huffmanBitWriter) generateCodegen() {
	lengths := make([]int, 0, w.numLiterals+w.numOffsets)
	for i := 0; i < w.numLiterals; i++ {
		lengths = append(lengths, int(w.literalCode.codes[i].len))
	}
	for i := 0; i < w.numOffsets; i++ {
		lengths = append(lengths, int(w.offsetCode.codes[i].len))
	}
	w.codegen = w.codegen[:0]
	for i := range w.codegenFreq {
		w.codegenFreq[i] = 0
	}
	for i := 0; i < len(lengths); {
		n := lengths[i]
		run := 1
		for i+run < len(lengths) && lengths[i+run] == n {
			run++
		}
		i += run
		if n == 0 {
			w.codeZeroRun(run)
		} else {
			w.codeLengthRun(n, run)
		}
	}
	w.numCodegens = numCodes
	for w.numCodegens > 4 && w.codegenFreq[codeOrder[w.numCodegens-1]] == 0 {
		w.numCodegens--
	}
}

func (w *huffmanBitWriter) addCodegen(sym, count int) {
	w.codegen = append(w.codegen, uint8(sym))
	w.codegenFreq[sym]++
	if sym >= 16 {
		w.codegen = append(w.codegen, uint8(count))
	}
}

// codeZeroRun codes run zero lengths.
func (w *huffmanBitWriter) codeZeroRun(run int) {
	for run >= 11 {
		n := min(run, 138)
		w.addCodegen(18, n)
		run -= n
	}
	if run >= 3 {
		w.addCodegen(17, run)
		run = 0
	}
	for ; run > 0; run-- {
		w.addCodegen(0, 0)
	}
}

// codeLengthRun codes run lengths equal to n: n once, then repeats.
func (w *huffmanBitWriter) codeLengthRun(n, run int) {
	w.addCodegen(n, 0)
	run--
	for run >= 3 {
		r := min(run, 6)
		w.addCodegen(16, r)
		run -= r
	}
	for ; run > 0; run-- {
		w.addCodegen(n, 0)
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// repeatBits are the extra bits, and repeatBase the smallest count, of
// the repeat codes 16, 17 and 18.
var repeatBits = [3]uint{2, 3, 7}
var repeatBase = [3]int{3, 3, 11}

// dynamicHeaderSize is the size in bits of a dynamic block's header.
func (w *huffmanBitWriter) dynamicHeaderSize() int {
	size := 3 + 5 + 5 + 4 + 3*w.numCodegens + w.codegenCode.bitLength(w.codegenFreq[:])
	for i := 16; i < numCodes; i++ {
		size += int(w.codegenFreq[i]) * int(repeatBits[i-16])
	}
	return size
}

// writeDynamicHeader writes the counts and the code lengths of a
// dynamic block (the part after its three header bits).
func (w *huffmanBitWriter) writeDynamicHeader() {
	w.writeBits(uint32(w.numLiterals-257), 5)
	w.writeBits(uint32(w.numOffsets-1), 5)
	w.writeBits(uint32(w.numCodegens-4), 4)
	for i := 0; i < w.numCodegens; i++ {
		w.writeBits(uint32(w.codegenCode.codes[codeOrder[i]].len), 3)
	}
	for i := 0; i < len(w.codegen); i++ {
		sym := int(w.codegen[i])
		w.writeCode(w.codegenCode.codes[sym])
		if sym >= 16 {
			i++
			w.writeBits(uint32(int(w.codegen[i])-repeatBase[sym-16]), repeatBits[sym-16])
		}
	}
}

// writeTokens writes tokens with the given codes, then the end of the block.
func (w *huffmanBitWriter) writeTokens(tokens []token, literals, offsets *huffmanEncoder) {
	for _, t := range tokens {
		if t.isLiteral() {
			w.writeCode(literals.codes[t.literal()])
			continue
		}
		length := t.length()
		lc := lengthCode(length)
		w.writeCode(literals.codes[lengthCodesStart+lc])
		w.writeBits(uint32(length-int(lengthBase[lc])), uint(lengthExtra[lc]))
		offset := t.offset()
		oc := offsetCode(offset)
		w.writeCode(offsets.codes[oc])
		w.writeBits(uint32(offset-int(distBase[oc])), uint(distExtra[oc]))
	}
	w.writeCode(literals.codes[endBlockMarker])
}
