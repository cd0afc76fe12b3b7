package flate

import "io"

const (
	// bufferFlushSize is how many bytes the bit writer gathers before it
	// writes them to the underlying writer.
	bufferFlushSize = 240
	// badCode ends the run-length coded code lengths in codegen.
	badCode = 255
)

// huffmanBitWriter writes DEFLATE blocks: a bit stream, lowest bit
// first, gathered 48 bits at a time into bytes. The first write error
// sticks: every later call does nothing and the compressor reports it.
type huffmanBitWriter struct {
	writer io.Writer
	bits   uint64 // bits not yet gathered into bytes
	nbits  uint
	bytes  [bufferFlushSize + 8]byte
	nbytes int
	err    error

	literalFreq     []int32
	offsetFreq      []int32
	literalEncoding *huffmanEncoder
	offsetEncoding  *huffmanEncoder
	codegenEncoding *huffmanEncoder
	// codegen holds a dynamic header's code lengths, run-length coded
	// with the code-length alphabet and ended by badCode; a repeat
	// symbol (16-18) is followed by its count as written in the header.
	codegen     []uint8
	codegenFreq [numCodes]int32
}

func newHuffmanBitWriter(w io.Writer) *huffmanBitWriter {
	return &huffmanBitWriter{
		writer:          w,
		literalFreq:     make([]int32, maxNumLit),
		offsetFreq:      make([]int32, maxNumDist),
		codegen:         make([]uint8, maxNumLit+maxNumDist+1),
		literalEncoding: newHuffmanEncoder(maxNumLit),
		offsetEncoding:  newHuffmanEncoder(maxNumDist),
		codegenEncoding: newHuffmanEncoder(numCodes),
	}
}

func (w *huffmanBitWriter) reset(writer io.Writer) {
	w.writer = writer
	w.bits, w.nbits, w.nbytes, w.err = 0, 0, 0, nil
}

func (w *huffmanBitWriter) writeBits(b uint32, nb uint) {
	if w.err != nil {
		return
	}
	w.bits |= uint64(b) << w.nbits
	w.nbits += nb
	if w.nbits >= 48 {
		w.gather()
	}
}

func (w *huffmanBitWriter) writeCode(c hcode) {
	w.writeBits(uint32(c.code), uint(c.len))
}

// gather moves 48 bits into the byte buffer, and the buffer to the
// underlying writer once it holds bufferFlushSize bytes.
func (w *huffmanBitWriter) gather() {
	for i := 0; i < 6; i++ {
		w.bytes[w.nbytes+i] = byte(w.bits >> (8 * i))
	}
	w.bits >>= 48
	w.nbits -= 48
	w.nbytes += 6
	if w.nbytes >= bufferFlushSize {
		w.write(w.bytes[:w.nbytes])
		w.nbytes = 0
	}
}

func (w *huffmanBitWriter) write(b []byte) {
	if w.err == nil {
		_, w.err = w.writer.Write(b)
	}
}

// flush writes out everything gathered, the last bits padded with zeros
// to a byte boundary.
func (w *huffmanBitWriter) flush() {
	if w.err != nil {
		w.nbits = 0
		return
	}
	w.write(w.bytes[:w.gatherAll()])
	w.nbytes = 0
}

// gatherAll moves the bits left into the byte buffer, the last byte padded
// with zeros, and returns how many bytes the buffer holds.
func (w *huffmanBitWriter) gatherAll() int {
	n := w.nbytes
	for ; w.nbits > 0; n++ {
		w.bytes[n] = byte(w.bits)
		w.bits >>= 8
		if w.nbits > 8 {
			w.nbits -= 8
		} else {
			w.nbits = 0
		}
	}
	w.bits = 0
	return n
}

// writeBytes writes bytes as they are, on a byte boundary.
func (w *huffmanBitWriter) writeBytes(bytes []byte) {
	if w.err != nil {
		return
	}
	if w.nbits&7 != 0 {
		w.err = InternalError("writeBytes with unfinished bits")
		return
	}
	if n := w.gatherAll(); n > 0 {
		w.write(w.bytes[:n])
	}
	w.nbytes = 0
	w.write(bytes)
}

// writeStoredHeader begins a stored block of length bytes (RFC 1951
// section 3.2.4): the block header, padding to a byte boundary, then LEN
// and NLEN.
func (w *huffmanBitWriter) writeStoredHeader(length int, eof bool) {
	w.writeBits(finalBit(eof), 3)
	w.flush()
	w.writeBits(uint32(length), 16)
	w.writeBits(^uint32(length)&0xffff, 16)
}

// finalBit is the BFINAL bit of a block's header.
func finalBit(eof bool) uint32 {
	if eof {
		return 1
	}
	return 0
}

// writeBlock writes tokens as one block, whichever of three kinds is
// smallest (the first of equals): Huffman-coded with the fixed codes, with
// codes made for these tokens and described in the block's header, or
// stored, when input, the bytes the tokens stand for, is given.
func (w *huffmanBitWriter) writeBlock(tokens []token, eof bool, input []byte) {
	if w.err != nil {
		return
	}
	tokens = append(tokens, endBlockMarker)
	numLiterals, numOffsets := w.indexTokens(tokens)

	storedSize, storable := storedSize(input)
	extraBits := 0
	if storable { // the extra bits count only against the stored size
		extraBits = w.extraBits(numLiterals, numOffsets)
	}
	literals, offsets := fixedLiteralEncoding, fixedOffsetEncoding
	size := w.fixedSize(extraBits)
	dynamicSize, numCodegens := w.dynamicCodes(numLiterals, numOffsets, w.literalEncoding, w.offsetEncoding, extraBits)
	if dynamicSize < size {
		size = dynamicSize
		literals, offsets = w.literalEncoding, w.offsetEncoding
	}
	if storable && storedSize < size {
		w.writeStored(input, eof)
		return
	}
	if literals == fixedLiteralEncoding {
		w.writeBits(1<<1|finalBit(eof), 3)
	} else {
		w.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof)
	}
	w.writeTokens(tokens, literals.codes, offsets.codes)
}

// writeBlockDynamic writes tokens with codes made for them, or stored
// when that is not much (a sixteenth) bigger: for the fastest level,
// where looking for the smallest kind would cost more than it saves.
func (w *huffmanBitWriter) writeBlockDynamic(tokens []token, eof bool, input []byte) {
	if w.err != nil {
		return
	}
	tokens = append(tokens, endBlockMarker)
	numLiterals, numOffsets := w.indexTokens(tokens)
	size, numCodegens := w.dynamicCodes(numLiterals, numOffsets, w.literalEncoding, w.offsetEncoding, 0)
	if storedWins(input, size) {
		w.writeStored(input, eof)
		return
	}
	w.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof)
	w.writeTokens(tokens, w.literalEncoding.codes, w.offsetEncoding.codes)
}

// huffOffset is the distance code of a block without matches: one
// symbol, as a dynamic header must describe at least one.
var huffOffset = newHuffOffset()

func newHuffOffset() *huffmanEncoder {
	freq := make([]int32, maxNumDist)
	freq[0] = 1
	h := newHuffmanEncoder(maxNumDist)
	h.generate(freq, 15)
	return h
}

// writeBlockHuff writes input as literals only, with codes made for its
// bytes (HuffmanOnly), or stored under the same rule as writeBlockDynamic.
func (w *huffmanBitWriter) writeBlockHuff(eof bool, input []byte) {
	if w.err != nil {
		return
	}
	for i := range w.literalFreq {
		w.literalFreq[i] = 0
	}
	for _, c := range input {
		w.literalFreq[c]++
	}
	w.literalFreq[endBlockMarker] = 1
	const numLiterals, numOffsets = endBlockMarker + 1, 1
	w.offsetFreq[0] = 1
	w.literalEncoding.generate(w.literalFreq, 15)
	size, numCodegens := w.dynamicCodes(numLiterals, numOffsets, w.literalEncoding, huffOffset, 0)
	if storedWins(input, size) {
		w.writeStored(input, eof)
		return
	}
	w.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof)
	codes := w.literalEncoding.codes
	for _, c := range input {
		w.writeCode(codes[c])
	}
	w.writeCode(codes[endBlockMarker])
}

// writeStored writes input as a stored block.
func (w *huffmanBitWriter) writeStored(input []byte, eof bool) {
	w.writeStoredHeader(len(input), eof)
	w.writeBytes(input)
}

// indexTokens counts the literal/length and distance symbols of tokens,
// makes codes for them and returns how many of each alphabet the block's
// header must list: up to the last used, and at least one distance.
func (w *huffmanBitWriter) indexTokens(tokens []token) (numLiterals, numOffsets int) {
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
	numLiterals = len(w.literalFreq)
	for w.literalFreq[numLiterals-1] == 0 {
		numLiterals--
	}
	numOffsets = len(w.offsetFreq)
	for numOffsets > 0 && w.offsetFreq[numOffsets-1] == 0 {
		numOffsets--
	}
	if numOffsets == 0 {
		w.offsetFreq[0] = 1
		numOffsets = 1
	}
	w.literalEncoding.generate(w.literalFreq, 15)
	w.offsetEncoding.generate(w.offsetFreq, 15)
	return numLiterals, numOffsets
}

// extraBits is the number of extra bits the counted matches take.
func (w *huffmanBitWriter) extraBits(numLiterals, numOffsets int) int {
	n := 0
	for code := lengthCodesStart; code < numLiterals; code++ {
		n += int(w.literalFreq[code]) * int(lengthExtra[code-lengthCodesStart])
	}
	for code := 0; code < numOffsets; code++ {
		n += int(w.offsetFreq[code]) * int(distExtra[code])
	}
	return n
}

// fixedSize is the size in bits of the counted symbols as a fixed-code block.
func (w *huffmanBitWriter) fixedSize(extraBits int) int {
	return 3 + fixedLiteralEncoding.bitLength(w.literalFreq) +
		fixedOffsetEncoding.bitLength(w.offsetFreq) + extraBits
}

// storedWins reports whether input, stored, is at most a sixteenth bigger
// than size bits: the fast levels then store it.
func storedWins(input []byte, size int) bool {
	ssize, storable := storedSize(input)
	return storable && ssize < size+size>>4
}

// storedSize is the size in bits of in as a stored block, if it fits one.
func storedSize(in []byte) (int, bool) {
	if in == nil || len(in) > maxStoreBlockSize {
		return 0, false
	}
	return (len(in) + 5) * 8, true
}

// repeatBits are the extra bits, and repeatBase the smallest count, of
// the repeat codes 16, 17 and 18.
var repeatBits = [3]uint{2, 3, 7}
var repeatBase = [3]int{3, 3, 11}

// dynamicCodes prepares a dynamic header for these codes (their lengths
// run-length coded, and the code for those) and returns what dynamicSize
// does.
func (w *huffmanBitWriter) dynamicCodes(numLiterals, numOffsets int, literals, offsets *huffmanEncoder, extraBits int) (size, numCodegens int) {
	w.generateCodegen(numLiterals, numOffsets, literals, offsets)
	w.codegenEncoding.generate(w.codegenFreq[:], 7)
	return w.dynamicSize(literals, offsets, extraBits)
}

// dynamicSize is the size in bits of the counted symbols as a block with
// these codes, its header included, and the number of code-length codes
// the header lists (trailing unused ones left out, at least four).
func (w *huffmanBitWriter) dynamicSize(literals, offsets *huffmanEncoder, extraBits int) (size, numCodegens int) {
	numCodegens = numCodes
	for numCodegens > 4 && w.codegenFreq[codeOrder[numCodegens-1]] == 0 {
		numCodegens--
	}
	size = 3 + 5 + 5 + 4 + 3*numCodegens + w.codegenEncoding.bitLength(w.codegenFreq[:])
	for i := 16; i < numCodes; i++ {
		size += int(w.codegenFreq[i]) * int(repeatBits[i-16])
	}
	return size + literals.bitLength(w.literalFreq) + offsets.bitLength(w.offsetFreq) + extraBits, numCodegens
}

// generateCodegen run-length codes the code lengths of the first
// numLiterals literal/length and numOffsets distance symbols, as one
// sequence, with the code-length alphabet (RFC 1951 section 3.2.7): 0-15
// a length, 16 the previous length 3-6 times more, 17 and 18 a run of
// 3-10 and 11-138 zeros; and counts the symbols used.
func (w *huffmanBitWriter) generateCodegen(numLiterals, numOffsets int, literals, offsets *huffmanEncoder) {
	for i := range w.codegenFreq {
		w.codegenFreq[i] = 0
	}
	lengths := make([]uint8, 0, numLiterals+numOffsets)
	for _, c := range literals.codes[:numLiterals] {
		lengths = append(lengths, uint8(c.len))
	}
	for _, c := range offsets.codes[:numOffsets] {
		lengths = append(lengths, uint8(c.len))
	}
	w.codegen = w.codegen[:0]
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
	w.codegen = append(w.codegen, badCode)
}

// addCodegen adds code-length symbol sym, with the count a repeat
// symbol carries.
func (w *huffmanBitWriter) addCodegen(sym uint8, count int) {
	w.codegen = append(w.codegen, sym)
	w.codegenFreq[sym]++
	if sym >= 16 {
		w.codegen = append(w.codegen, uint8(count-repeatBase[sym-16]))
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
func (w *huffmanBitWriter) codeLengthRun(n uint8, run int) {
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

// writeDynamicHeader writes a dynamic block's header: its three bits,
// the counts, the code-length code and the code lengths.
func (w *huffmanBitWriter) writeDynamicHeader(numLiterals, numOffsets, numCodegens int, eof bool) {
	w.writeBits(2<<1|finalBit(eof), 3)
	w.writeBits(uint32(numLiterals-257), 5)
	w.writeBits(uint32(numOffsets-1), 5)
	w.writeBits(uint32(numCodegens-4), 4)
	for i := 0; i < numCodegens; i++ {
		w.writeBits(uint32(w.codegenEncoding.codes[codeOrder[i]].len), 3)
	}
	for i := 0; w.codegen[i] != badCode; i++ {
		sym := w.codegen[i]
		w.writeCode(w.codegenEncoding.codes[sym])
		if sym >= 16 {
			i++
			w.writeBits(uint32(w.codegen[i]), repeatBits[sym-16])
		}
	}
}

// writeTokens writes tokens, which end with the end-of-block marker,
// with the given codes.
func (w *huffmanBitWriter) writeTokens(tokens []token, literals, offsets []hcode) {
	for _, t := range tokens {
		if t.isLiteral() {
			w.writeCode(literals[t.literal()])
			continue
		}
		xlength := t.length()
		lc := lengthCode(xlength)
		w.writeCode(literals[lengthCodesStart+lc])
		w.writeBits(xlength+baseMatchLength-uint32(lengthBase[lc]), uint(lengthExtra[lc]))
		xoffset := t.offset()
		oc := offsetCode(xoffset)
		w.writeCode(offsets[oc])
		w.writeBits(xoffset+1-distBase[oc], uint(distExtra[oc]))
	}
}
