package flate

import (
	"bufio"
	"io"
	"strconv"
	"sync"
)

// A CorruptInputError reports the presence of corrupt input at a given offset.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "flate: corrupt input before offset " + strconv.FormatInt(int64(e), 10)
}

// An InternalError reports an error in the flate code itself.
type InternalError string

func (e InternalError) Error() string { return "flate: internal error: " + string(e) }

// A ReadError reports an error encountered while reading input.
//
// Deprecated: No longer returned.
type ReadError struct {
	Offset int64 // byte offset where error occurred
	Err    error // error returned by underlying Read
}

func (e *ReadError) Error() string {
	return "flate: read error at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Err.Error()
}

// A WriteError reports an error encountered while writing output.
//
// Deprecated: No longer returned.
type WriteError struct {
	Offset int64 // byte offset where error occurred
	Err    error // error returned by underlying Write
}

func (e *WriteError) Error() string {
	return "flate: write error at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Err.Error()
}

// Resetter resets a ReadCloser returned by NewReader or NewReaderDict
// to switch to a new underlying Reader. This permits reusing a ReadCloser
// instead of allocating a new one.
type Resetter interface {
	// Reset discards any buffered data and resets the Resetter as if it was
	// newly initialized with the given reader.
	Reset(r io.Reader, dict []byte) error
}

// The actual read interface needed by NewReader.
// If the passed in io.Reader does not also have ReadByte,
// the NewReader will introduce its own buffering.
type Reader interface {
	io.Reader
	io.ByteReader
}

// blockState says where the decompressor resumes: it stops whenever the
// window is full, in the middle of a block if need be.
type blockState int

const (
	stateHeader  blockState = iota // at a block boundary
	stateHuffman                   // inside a Huffman-coded block
	stateStored                    // inside a stored block
)

// decompressor reads a DEFLATE stream (RFC 1951): a sequence of blocks,
// each stored, or Huffman-coded with the fixed code or with codes its
// header describes. It decodes into the window (dict) and hands the
// window's new bytes to Read when the window is full, at a sync point
// (an empty stored block, as Flush writes) and at the end.
type decompressor struct {
	r       Reader
	roffset int64  // bytes read from r
	b       uint32 // bits read from r not yet used, the next one lowest
	nb      uint   // how many

	dict   dictDecoder
	state  blockState
	final  bool // the current block is the last
	toRead []byte
	err    error

	hl, hd  *huffmanDecoder // the current block's literal/length and distance codes
	h1, h2  huffmanDecoder  // a dynamic block's codes
	lengths [maxNumLit + maxNumDist]int

	copyLen, copyDist int // a match not yet copied in full (the window filled)
	storedLen         int // bytes of the stored block not yet copied
}

// The codes of fixed-Huffman blocks, built once.
var (
	fixedOnce         sync.Once
	fixedLiteralCode  huffmanDecoder
	fixedDistanceCode huffmanDecoder
)

func initFixedCodes() {
	fixedOnce.Do(func() {
		fixedLiteralCode.init(fixedLiteralLengths())
		var dist [32]int
		for i := range dist {
			dist[i] = 5
		}
		fixedDistanceCode.init(dist[:])
	})
}

// makeReader gives r the ReadByte the decompressor reads with, adding a
// buffer if r has none (then the decompressor may read past the stream).
func makeReader(r io.Reader) Reader {
	if rr, ok := r.(Reader); ok {
		return rr
	}
	return bufio.NewReader(r)
}

// NewReader returns a new ReadCloser that can be used
// to read the uncompressed version of r.
// If r does not also implement io.ByteReader,
// the decompressor may read more data than necessary from r.
// It is the caller's responsibility to call Close on the ReadCloser
// when finished reading.
//
// The ReadCloser returned by NewReader also implements Resetter.
func NewReader(r io.Reader) io.ReadCloser {
	return NewReaderDict(r, nil)
}

// NewReaderDict is like NewReader but initializes the reader
// with a preset dictionary. The returned Reader behaves as if
// the uncompressed data stream started with the given dictionary,
// which has already been read. NewReaderDict is typically used
// to read data compressed by NewWriterDict.
//
// The ReadCloser returned by NewReader also implements Resetter.
func NewReaderDict(r io.Reader, dict []byte) io.ReadCloser {
	f := new(decompressor)
	f.Reset(r, dict)
	return f
}

func (f *decompressor) Reset(r io.Reader, dict []byte) error {
	initFixedCodes()
	window := f.dict
	*f = decompressor{r: makeReader(r), dict: window}
	f.dict.init(maxMatchOffset, dict)
	return nil
}

func (f *decompressor) Read(b []byte) (int, error) {
	for {
		if len(f.toRead) > 0 {
			n := copy(b, f.toRead)
			f.toRead = f.toRead[n:]
			if len(f.toRead) == 0 {
				// The error (io.EOF at the end) comes with the last bytes.
				return n, f.err
			}
			return n, nil
		}
		if f.err != nil {
			return 0, f.err
		}
		f.step()
		if f.err != nil && len(f.toRead) == 0 {
			// Hand out what was decoded before the error.
			f.toRead = f.dict.readFlush()
		}
	}
}

func (f *decompressor) Close() error {
	if f.err == io.EOF {
		return nil
	}
	return f.err
}

// step decodes until there is output to hand out, a block ends, or an
// error.
func (f *decompressor) step() {
	switch f.state {
	case stateHeader:
		f.nextBlock()
	case stateHuffman:
		f.huffmanBlock()
	case stateStored:
		f.copyStored()
	}
}

// nextBlock reads a block header: the BFINAL bit and the two BTYPE bits.
func (f *decompressor) nextBlock() {
	header, err := f.readBits(3)
	if err != nil {
		f.err = err
		return
	}
	f.final = header&1 == 1
	switch header >> 1 {
	case 0:
		f.storedBlock()
	case 1:
		f.hl, f.hd = &fixedLiteralCode, &fixedDistanceCode
		f.state = stateHuffman
		f.huffmanBlock()
	case 2:
		if f.err = f.readHuffman(); f.err != nil {
			return
		}
		f.hl, f.hd = &f.h1, &f.h2
		f.state = stateHuffman
		f.huffmanBlock()
	default:
		f.err = CorruptInputError(f.roffset) // BTYPE 3 is reserved
	}
}

// finishBlock ends a block: the last one ends the stream.
func (f *decompressor) finishBlock() {
	if f.final {
		if f.dict.availRead() > 0 {
			f.toRead = f.dict.readFlush()
		}
		f.err = io.EOF
	}
	f.state = stateHeader
}

// moreBits reads one more byte into the bit buffer. The stream may not
// end here: io.EOF becomes io.ErrUnexpectedEOF.
func (f *decompressor) moreBits() error {
	c, err := f.r.ReadByte()
	if err != nil {
		return noEOF(err)
	}
	f.roffset++
	f.b |= uint32(c) << f.nb
	f.nb += 8
	return nil
}

// readBits returns the next n bits (n <= 24), least significant first.
func (f *decompressor) readBits(n uint) (uint32, error) {
	for f.nb < n {
		if err := f.moreBits(); err != nil {
			return 0, err
		}
	}
	v := f.b & (1<<n - 1)
	f.b >>= n
	f.nb -= n
	return v, nil
}

// noEOF returns err, unless err == io.EOF, in which case it returns
// io.ErrUnexpectedEOF.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// storedBlock reads a stored block's header (RFC 1951 section 3.2.4):
// from the next byte boundary, LEN and its one's complement NLEN, 16 bits
// each. An empty stored block is a sync point: what was decoded is handed
// out.
func (f *decompressor) storedBlock() {
	f.b >>= f.nb & 7
	f.nb -= f.nb & 7
	v, err := f.readBits(16)
	if err != nil {
		f.err = err
		return
	}
	nlen, err := f.readBits(16)
	if err != nil {
		f.err = err
		return
	}
	if v != ^nlen&0xffff {
		f.err = CorruptInputError(f.roffset)
		return
	}
	if v == 0 {
		f.toRead = f.dict.readFlush()
		f.finishBlock()
		return
	}
	f.storedLen = int(v)
	f.state = stateStored
	f.copyStored()
}

// copyStored copies a stored block's bytes into the window, stopping
// when the window is full.
func (f *decompressor) copyStored() {
	buf := f.dict.writeSlice()
	if len(buf) > f.storedLen {
		buf = buf[:f.storedLen]
	}
	n, err := io.ReadFull(f.r, buf)
	f.roffset += int64(n)
	f.storedLen -= n
	f.dict.writeMark(n)
	if err != nil {
		f.err = noEOF(err)
		return
	}
	if f.dict.availWrite() == 0 {
		f.toRead = f.dict.readFlush()
		return
	}
	f.finishBlock()
}

// tableBits is how many bits the decoder's look-up table takes at once:
// codes up to this long (the frequent ones) decode with one look-up.
const tableBits = 9

// A huffmanDecoder decodes one canonical Huffman code (RFC 1951 section
// 3.2.2): codes are numbered in order of length, then of symbol, so the
// code lengths alone describe the code.
type huffmanDecoder struct {
	// min is how many bits the decoder reads before a look-up: the
	// shortest code, or for a dynamic block's literal/length code the
	// end-of-block code's length, as every block ends with that code.
	min     uint
	maxLen  uint                   // the longest code, 0 for an empty code
	count   [maxCodeLen + 1]uint16 // how many codes have each length
	symbols [288]uint16            // the symbols in code order
	// table maps the next tableBits bits of the stream (first bit
	// lowest) to symbol<<4 | length for codes of at most tableBits bits;
	// 0 where a longer code (or none) begins.
	table [1 << tableBits]uint16
}

// init builds the decoder for the given code lengths (0: symbol unused)
// and reports whether they form a valid code: complete (every bit string
// begins a code), empty, or a single code of one bit (RFC 1951 allows a
// lone distance code). An oversubscribed or otherwise incomplete set is
// rejected.
func (h *huffmanDecoder) init(lengths []int) bool {
	*h = huffmanDecoder{}
	if len(lengths) > len(h.symbols) {
		return false
	}
	total := 0
	for _, n := range lengths {
		if n < 0 || n > maxCodeLen {
			return false
		}
		if n > 0 {
			h.count[n]++
			total++
			if h.min == 0 || uint(n) < h.min {
				h.min = uint(n)
			}
			if uint(n) > h.maxLen {
				h.maxLen = uint(n)
			}
		}
	}
	if total == 0 {
		return true
	}
	// Count the bit strings of each length left over: none may be missing
	// (oversubscribed) and none left (incomplete).
	left := 1
	for n := 1; n <= maxCodeLen; n++ {
		left = left<<1 - int(h.count[n])
		if left < 0 {
			return false
		}
	}
	if left > 0 && !(total == 1 && h.count[1] == 1) {
		return false
	}
	h.assignCodes(lengths)
	return true
}

// assignCodes orders the symbols by code and fills the look-up table.
// The first code of each length follows the last code of the length
// before it, doubled.
func (h *huffmanDecoder) assignCodes(lengths []int) {
	var next, offset [maxCodeLen + 1]int
	code, index := 0, 0
	for n := 1; n <= maxCodeLen; n++ {
		next[n], offset[n] = code, index
		code = (code + int(h.count[n])) << 1
		index += int(h.count[n])
	}
	for sym, n := range lengths {
		if n == 0 {
			continue
		}
		h.symbols[offset[n]] = uint16(sym)
		offset[n]++
		if n <= tableBits {
			// The stream holds the code first bit first: the table is
			// indexed by the code reversed, then by any bits after it.
			entry := uint16(sym)<<4 | uint16(n)
			for i := int(reverseBits(uint16(next[n]), uint8(n))); i < len(h.table); i += 1 << n {
				h.table[i] = entry
			}
		}
		next[n]++
	}
}

// reverseBits reverses the low bitLength bits of number.
func reverseBits(number uint16, bitLength uint8) uint16 {
	var r uint16
	for i := uint8(0); i < bitLength; i++ {
		r = r<<1 | number&1
		number >>= 1
	}
	return r
}

// huffSym reads the next symbol of code h. It reads a byte only when the
// code needs some of its bits, never past the end of the stream.
func (f *decompressor) huffSym(h *huffmanDecoder) (int, error) {
	for f.nb < h.min {
		if err := f.moreBits(); err != nil {
			return 0, err
		}
	}
	for {
		entry := h.table[f.b&(1<<tableBits-1)]
		if n := uint(entry & 15); n != 0 && n <= f.nb {
			f.b >>= n
			f.nb -= n
			return int(entry >> 4), nil
		}
		if f.nb >= h.maxLen || f.nb >= tableBits {
			return f.huffSymSlow(h)
		}
		if err := f.moreBits(); err != nil {
			return 0, err
		}
	}
}

// huffSymSlow decodes a code longer than the table, or an invalid one,
// bit by bit: among the codes of length n, numbered from first, the
// first n bits read select one if their value is below first + count.
func (f *decompressor) huffSymSlow(h *huffmanDecoder) (int, error) {
	code, first, index := 0, 0, 0
	for n := uint(1); n <= h.maxLen; n++ {
		if f.nb < n {
			if err := f.moreBits(); err != nil {
				return 0, err
			}
		}
		code |= int(f.b>>(n-1)) & 1
		count := int(h.count[n])
		if code-first < count {
			f.b >>= n
			f.nb -= n
			return int(h.symbols[index+code-first]), nil
		}
		index += count
		first = (first + count) << 1
		code <<= 1
	}
	return 0, CorruptInputError(f.roffset)
}

// readHuffman reads the codes of a dynamic block (RFC 1951 section
// 3.2.7): the counts HLIT, HDIST and HCLEN, the code-length code, then
// the literal/length and distance code lengths coded with it, where 16
// repeats the previous length 3-6 times and 17 and 18 repeat zero 3-10
// and 11-138 times.
func (f *decompressor) readHuffman() error {
	counts, err := f.readBits(5 + 5 + 4)
	if err != nil {
		return err
	}
	nlit := int(counts&31) + 257
	ndist := int(counts>>5&31) + 1
	nclen := int(counts>>10) + 4
	if nlit > maxNumLit || ndist > maxNumDist {
		return CorruptInputError(f.roffset)
	}
	var clen [numCodes]int
	for i := 0; i < nclen; i++ {
		n, err := f.readBits(3)
		if err != nil {
			return err
		}
		clen[codeOrder[i]] = int(n)
	}
	if !f.h1.init(clen[:]) {
		return CorruptInputError(f.roffset)
	}
	lengths := f.lengths[:nlit+ndist]
	for i := 0; i < len(lengths); {
		sym, err := f.huffSym(&f.h1)
		if err != nil {
			return err
		}
		if sym < 16 {
			lengths[i] = sym
			i++
			continue
		}
		repeat, err := f.readRepeat(sym)
		if err != nil {
			return err
		}
		value := 0 // 17 and 18 repeat zero, 16 the length before
		if sym == 16 {
			if i == 0 {
				return CorruptInputError(f.roffset)
			}
			value = lengths[i-1]
		}
		if i+repeat > len(lengths) {
			return CorruptInputError(f.roffset)
		}
		for ; repeat > 0; repeat-- {
			lengths[i] = value
			i++
		}
	}
	// A block must be able to end, and both codes must be valid.
	if lengths[endBlockMarker] == 0 || !f.h1.init(lengths[:nlit]) || !f.h2.init(lengths[nlit:]) {
		return CorruptInputError(f.roffset)
	}
	f.h1.min = uint(lengths[endBlockMarker])
	return nil
}

// readRepeat reads the extra bits of a repeat code (16, 17 or 18): how
// many times to repeat.
func (f *decompressor) readRepeat(sym int) (int, error) {
	var base int
	var bits uint
	switch sym {
	case 16:
		base, bits = 3, 2
	case 17:
		base, bits = 3, 3
	default:
		base, bits = 11, 7
	}
	extra, err := f.readBits(bits)
	return base + int(extra), err
}

// huffmanBlock decodes symbols of a Huffman-coded block into the window
// until the block ends or the window is full (RFC 1951 section 3.2.5).
func (f *decompressor) huffmanBlock() {
	for {
		if f.copyLen > 0 {
			f.copyLen -= f.dict.writeCopy(f.copyDist, f.copyLen)
		}
		if f.dict.availWrite() == 0 {
			f.toRead = f.dict.readFlush()
			return
		}
		if f.copyLen > 0 {
			continue
		}
		sym, err := f.huffSym(f.hl)
		if err != nil {
			f.err = err
			return
		}
		switch {
		case sym < endBlockMarker:
			f.dict.writeByte(byte(sym))
		case sym == endBlockMarker:
			f.finishBlock()
			return
		default:
			if f.err = f.readMatch(sym); f.err != nil {
				return
			}
			if n := f.dict.tryWriteCopy(f.copyDist, f.copyLen); n > 0 {
				f.copyLen = 0
			}
		}
	}
}

// readMatch reads the rest of a match whose length symbol is sym: the
// length's extra bits, the distance symbol and its extra bits.
func (f *decompressor) readMatch(sym int) error {
	i := sym - lengthCodesStart
	if i >= len(lengthBase) {
		return CorruptInputError(f.roffset)
	}
	extra, err := f.readBits(uint(lengthExtra[i]))
	if err != nil {
		return err
	}
	length := int(lengthBase[i]) + int(extra)
	d, err := f.huffSym(f.hd)
	if err != nil {
		return err
	}
	if d >= len(distBase) {
		return CorruptInputError(f.roffset)
	}
	extra, err = f.readBits(uint(distExtra[d]))
	if err != nil {
		return err
	}
	dist := int(distBase[d]) + int(extra)
	if dist > f.dict.histSize() {
		return CorruptInputError(f.roffset)
	}
	f.copyLen, f.copyDist = length, dist
	return nil
}
