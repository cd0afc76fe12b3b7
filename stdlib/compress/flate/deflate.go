// Package flate implements the DEFLATE compressed data format, described in
// RFC 1951.  The gzip and zlib packages implement access to DEFLATE-based file
// formats.
//
// The compressor is LZ77 with hash chains, as RFC 1951 section 4
// sketches it: each position's first four bytes are hashed, a chain links
// the earlier positions with the same hash, and the longest match found
// along it (within the last 32 KiB) replaces the bytes with a (length,
// offset) token; from level 4 on, matching is lazy (a match is kept only
// if the next position has no longer one). The tokens are then written in
// blocks, each stored, or coded with the fixed or with its own Huffman
// codes, whichever is smallest. The decompressor reads any DEFLATE
// stream.
package flate

import (
	"errors"
	"fmt"
	"io"
	"math"
)

const (
	NoCompression      = 0
	BestSpeed          = 1
	BestCompression    = 9
	DefaultCompression = -1

	// HuffmanOnly disables Lempel-Ziv match searching and only performs Huffman
	// entropy encoding. This mode is useful in compressing data that has
	// already been compressed with an LZ style algorithm (e.g. Snappy or LZ4)
	// that lacks an entropy encoder. Compression gains are achieved when
	// certain bytes in the input stream occur more frequently than others.
	//
	// Note that HuffmanOnly produces a compressed output that is
	// RFC 1951 compliant. That is, any valid DEFLATE decompressor will
	// continue to be able to decompress this output.
	HuffmanOnly = -2
)

const (
	maxStoreBlockSize   = 65535   // the most a stored block holds
	maxFlateBlockTokens = 1 << 14 // tokens per Huffman-coded block

	hashBits = 17
	hashSize = 1 << hashBits
	hashMul  = 0x1e35a7bd // a multiplier that spreads four bytes over the hash

	// bufferReset is the highest hashOffset: window positions added to it
	// must stay within an int32.
	bufferReset = math.MaxInt32 - 2*windowSize

	// minLookahead is how much input the matcher wants ahead of a
	// position before it searches there (unless the stream is being
	// flushed): the longest match plus the bytes hashed after it.
	minLookahead = maxMatchLength + minMatchLength

	// tooFar is the farthest a match of minMatchLength is worth taking.
	tooFar = 4096
)

// compressionLevel holds the match finder's effort at one level, as in
// zlib: stop searching at a match of nice bytes, follow at most chain
// links (a quarter of them once a match of good bytes is in hand), and
// look for a better match at the next position only below lazy bytes.
type compressionLevel struct {
	good, lazy, nice, chain int
}

var levels = [10]compressionLevel{
	{},           // 0: stored blocks only
	{4, 0, 8, 4}, // 1-3: greedy matching
	{4, 0, 16, 8},
	{4, 0, 32, 32},
	{4, 4, 16, 16}, // 4-9: lazy matching
	{8, 16, 32, 32},
	{8, 16, 128, 128},
	{8, 32, 128, 256},
	{32, 128, 258, 1024},
	{32, 258, 258, 4096},
}

var errWriterClosed = errors.New("flate: closed writer")

// compressor turns the input into blocks. The window holds the last
// windowSize bytes already compressed (where matches are found) and the
// input not compressed yet; when it fills, its upper half moves down.
type compressor struct {
	level  int
	params compressionLevel
	w      *huffmanBitWriter
	err    error

	window    []byte
	windowEnd int // input ends here
	index     int // the next position to compress
	// The current block's tokens stand for window[blockStart:blockEnd].
	// Once the window has moved past its first bytes, blockStart is
	// negative and the block can no longer be written stored.
	blockStart, blockEnd int
	tokens               []token

	// hashHead[h] is the last position whose hash is h; hashPrev[p%windowSize]
	// the position before p with p's hash. Positions are stored plus
	// hashOffset: moving the window or starting a new stream only raises
	// hashOffset, and a stored position below it is no position (stale).
	hashHead   []int32
	hashPrev   []int32
	hashOffset int32

	// Lazy matching: a match found at index-1, kept until index is searched.
	prevLength, prevOffset int
	literalPending         bool // window[index-1] is not yet a token
}

func (d *compressor) init(w io.Writer, level int) error {
	switch {
	case level == DefaultCompression:
		level = 6
	case level < HuffmanOnly || level > BestCompression:
		return fmt.Errorf("flate: invalid compression level %d: want value in range [-2, 9]", level)
	}
	d.level = level
	if level > 0 {
		d.params = levels[level]
		d.hashHead = make([]int32, hashSize)
		d.hashPrev = make([]int32, windowSize)
		d.hashOffset = 1
	}
	d.w = newHuffmanBitWriter(w)
	d.window = make([]byte, 2*windowSize)
	d.tokens = make([]token, 0, maxFlateBlockTokens)
	return nil
}

// reset makes d as new, writing to w, with the same level.
func (d *compressor) reset(w io.Writer) {
	d.w.reset(w)
	d.err = nil
	d.windowEnd, d.index, d.blockStart, d.blockEnd = 0, 0, 0, 0
	d.tokens = d.tokens[:0]
	d.prevLength, d.prevOffset, d.literalPending = 0, 0, false
	// Every position of the old stream falls below the new offset.
	d.advanceHashOffset(int32(len(d.window)))
}

// fillDictionary puts a preset dictionary in the window, as history
// that matches may reach into but that is not itself written.
func (d *compressor) fillDictionary(dict []byte) {
	if d.level <= 0 {
		return // no matches: the dictionary cannot help
	}
	if len(dict) > windowSize {
		dict = dict[len(dict)-windowSize:]
	}
	n := copy(d.window, dict)
	for i := 0; i+minMatchLength <= n; i++ {
		d.insertHash(i)
	}
	d.windowEnd, d.index, d.blockStart, d.blockEnd = n, n, n, n
}

// write compresses b, keeping back the input too near its end to search.
func (d *compressor) write(b []byte) (int, error) {
	if d.err != nil {
		return 0, d.err
	}
	n := len(b)
	for len(b) > 0 {
		b = b[d.fill(b):]
		d.compress(false)
		if d.err != nil {
			return 0, d.err
		}
	}
	return n, nil
}

// fill copies as much of b into the window as fits and returns how much.
// Once the window is full and the input well into its upper half, the
// upper half moves down (the lower one is too far back to match).
func (d *compressor) fill(b []byte) int {
	if d.level > 0 && d.index >= 2*windowSize-minLookahead {
		d.slideWindow()
	}
	limit := len(d.window)
	if d.level <= 0 {
		limit = maxStoreBlockSize // stored or Huffman-only blocks of fixed size
	}
	n := copy(d.window[d.windowEnd:limit], b)
	d.windowEnd += n
	return n
}

// slideWindow moves the window's upper half down.
func (d *compressor) slideWindow() {
	copy(d.window, d.window[windowSize:d.windowEnd])
	d.windowEnd -= windowSize
	d.index -= windowSize
	d.blockStart -= windowSize
	d.blockEnd -= windowSize
	d.advanceHashOffset(windowSize)
}

// advanceHashOffset raises hashOffset by n. Past bufferReset, the stored
// positions are renumbered from an offset of 1 (a rare, whole-table pass).
func (d *compressor) advanceHashOffset(n int32) {
	d.hashOffset += n
	if d.hashOffset > bufferReset {
		rebase(d.hashHead, d.hashOffset)
		rebase(d.hashPrev, d.hashOffset)
		d.hashOffset = 1
	}
}

// rebase renumbers positions stored with offset to an offset of 1; the
// stale ones become 0, stale too.
func rebase(positions []int32, offset int32) {
	for i, p := range positions {
		if p >= offset {
			positions[i] = p - offset + 1
		} else {
			positions[i] = 0
		}
	}
}

// compress turns the window's input into tokens. Without flush, it
// stops short of the end, where a match could still grow with more input.
func (d *compressor) compress(flush bool) {
	switch {
	case d.level == NoCompression:
		if d.windowEnd == maxStoreBlockSize || flush && d.windowEnd > 0 {
			d.w.writeStored(d.window[:d.windowEnd], false)
			d.windowEnd = 0
			d.err = d.w.err
		}
	case d.level == HuffmanOnly:
		if d.windowEnd == maxStoreBlockSize || flush && d.windowEnd > 0 {
			for _, c := range d.window[:d.windowEnd] {
				d.tokens = append(d.tokens, literalToken(c))
			}
			d.w.writeBlock(d.tokens, false, d.window[:d.windowEnd])
			d.tokens = d.tokens[:0]
			d.windowEnd = 0
			d.err = d.w.err
		}
	default:
		d.findMatches(flush)
	}
}

// writeBlock writes the tokens gathered so far as a block.
func (d *compressor) writeBlock(final bool) {
	if len(d.tokens) > 0 {
		var input []byte
		if d.blockStart >= 0 {
			input = d.window[d.blockStart:d.blockEnd]
		}
		d.w.writeBlock(d.tokens, final, input)
		d.tokens = d.tokens[:0]
	}
	d.blockStart = d.blockEnd
	d.err = d.w.err
}

// addToken appends t, standing for n bytes, to the block, writing the
// block when it is full.
func (d *compressor) addToken(t token, n int) {
	d.tokens = append(d.tokens, t)
	d.blockEnd += n
	if len(d.tokens) == maxFlateBlockTokens {
		d.writeBlock(false)
	}
}

func hash4(b []byte) uint32 {
	return (uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24) * hashMul >> (32 - hashBits)
}

// insertHash links position i into its hash chain.
func (d *compressor) insertHash(i int) {
	h := hash4(d.window[i:])
	d.hashPrev[i%windowSize] = d.hashHead[h]
	d.hashHead[h] = int32(i) + d.hashOffset
}

// findMatches runs LZ77 over the window's input: greedy at levels 1-3
// (take the longest match here), lazy above (RFC 1951 section 4: keep
// a match only if the next position has no longer one).
func (d *compressor) findMatches(flush bool) {
	end := d.windowEnd - minLookahead
	if flush {
		end = d.windowEnd
	}
	for d.index < end && d.err == nil {
		length, offset := 0, 0
		if d.index+minMatchLength <= d.windowEnd {
			d.insertHash(d.index)
			if d.params.lazy == 0 || d.prevLength < d.params.lazy {
				length, offset = d.longestMatch(d.index)
			}
		}
		if d.params.lazy == 0 {
			d.greedyStep(length, offset)
		} else {
			d.lazyStep(length, offset)
		}
	}
	if flush && d.literalPending {
		d.addToken(literalToken(d.window[d.index-1]), 1)
	}
	if flush {
		d.prevLength, d.literalPending = 0, false
	}
}

// greedyStep takes the match at index if there is one, else a literal.
func (d *compressor) greedyStep(length, offset int) {
	if length >= minMatchLength {
		d.addToken(matchToken(length, offset), length)
		d.skipMatched(d.index+1, d.index+length)
		d.index += length
		return
	}
	d.addToken(literalToken(d.window[d.index]), 1)
	d.index++
}

// lazyStep compares the match at index with the one kept from index-1:
// the earlier one wins unless the new one is longer, and then the byte
// at index-1 becomes a literal.
func (d *compressor) lazyStep(length, offset int) {
	if d.prevLength >= minMatchLength && length <= d.prevLength {
		start := d.index - 1
		d.addToken(matchToken(d.prevLength, d.prevOffset), d.prevLength)
		d.skipMatched(d.index+1, start+d.prevLength)
		d.index = start + d.prevLength
		d.prevLength, d.literalPending = 0, false
		return
	}
	if d.literalPending {
		d.addToken(literalToken(d.window[d.index-1]), 1)
	}
	d.prevLength, d.prevOffset = length, offset
	d.literalPending = true
	d.index++
}

// skipMatched hashes the positions inside a match, from..to-1, so later
// matches can start there.
func (d *compressor) skipMatched(from, to int) {
	for i := from; i < to && i+minMatchLength <= d.windowEnd; i++ {
		d.insertHash(i)
	}
}

// longestMatch follows pos's hash chain for the longest earlier match
// within the window, at most the level's chain links, and returns its
// length (0 if below minMatchLength) and offset.
func (d *compressor) longestMatch(pos int) (length, offset int) {
	chain := d.params.chain
	if d.prevLength >= d.params.good {
		chain >>= 2
	}
	maxLen := min(maxMatchLength, d.windowEnd-pos)
	best := minMatchLength - 1
	for cand := int(d.hashPrev[pos%windowSize] - d.hashOffset); cand >= 0 && pos-cand < windowSize && chain > 0; chain-- {
		if d.window[cand+best] == d.window[pos+best] {
			n := matchLen(d.window[cand:cand+maxLen], d.window[pos:pos+maxLen])
			// A shortest match from far back costs more bits than its
			// literals would (zlib's TOO_FAR).
			if n > best && (n > minMatchLength || pos-cand <= tooFar) {
				best, offset = n, pos-cand
				if n >= d.params.nice || n == maxLen {
					break
				}
			}
		}
		cand = int(d.hashPrev[cand%windowSize] - d.hashOffset)
	}
	if best < minMatchLength {
		return 0, 0
	}
	return best, offset
}

// matchLen is the length of the common prefix of a and b.
func matchLen(a, b []byte) int {
	for i := range b {
		if a[i] != b[i] {
			return i
		}
	}
	return len(b)
}

// flush compresses all the input and ends the block; with sync, it then
// writes an empty stored block, which aligns the stream to a byte
// boundary so a reader can decode everything written so far.
func (d *compressor) flush(sync bool) error {
	if d.err != nil {
		return d.err
	}
	d.compress(true)
	if d.level > 0 {
		d.writeBlock(false)
	}
	if sync && d.err == nil {
		d.w.writeStoredHeader(0, false)
		d.w.flush()
		d.err = d.w.err
	}
	return d.err
}

// close ends the stream with an empty final stored block.
func (d *compressor) close() error {
	if d.err == errWriterClosed {
		return nil
	}
	if d.flush(false) != nil {
		return d.err
	}
	d.w.writeStoredHeader(0, true)
	d.w.flush()
	if d.w.err != nil {
		d.err = d.w.err
		return d.err
	}
	d.err = errWriterClosed
	return nil
}

// NewWriter returns a new Writer compressing data at the given level.
// Following zlib, levels range from 1 (BestSpeed) to 9 (BestCompression);
// higher levels typically run slower but compress more. Level 0
// (NoCompression) does not attempt any compression; it only adds the
// necessary DEFLATE framing.
// Level -1 (DefaultCompression) uses the default compression level.
// Level -2 (HuffmanOnly) will use Huffman compression only, giving
// a very fast compression for all types of input, but sacrificing considerable
// compression efficiency.
//
// If level is in the range [-2, 9] then the error returned will be nil.
// Otherwise the error returned will be non-nil.
func NewWriter(w io.Writer, level int) (*Writer, error) {
	var dw Writer
	if err := dw.d.init(w, level); err != nil {
		return nil, err
	}
	return &dw, nil
}

// NewWriterDict is like NewWriter but initializes the new
// Writer with a preset dictionary. The returned Writer behaves
// as if the dictionary had been written to it without producing
// any compressed output. The compressed data written to w
// can only be decompressed by a Reader initialized with the
// same dictionary.
func NewWriterDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	dw, err := NewWriter(w, level)
	if err != nil {
		return nil, err
	}
	dw.dict = append([]byte(nil), dict...)
	dw.d.fillDictionary(dw.dict)
	return dw, nil
}

// A Writer takes data written to it and writes the compressed
// form of that data to an underlying writer (see NewWriter).
type Writer struct {
	d    compressor
	dict []byte
}

// Write writes data to w, which will eventually write the
// compressed form of data to its underlying writer.
func (w *Writer) Write(data []byte) (n int, err error) {
	return w.d.write(data)
}

// Flush flushes any pending data to the underlying writer.
// It is useful mainly in compressed network protocols, to ensure that
// a remote reader has enough data to reconstruct a packet.
// Flush does not return until the data has been written.
// Calling Flush when there is no pending data still causes the Writer
// to emit a sync marker of at least 4 bytes.
// If the underlying writer returns an error, Flush returns that error.
//
// In the terminology of the zlib library, Flush is equivalent to Z_SYNC_FLUSH.
func (w *Writer) Flush() error {
	return w.d.flush(true)
}

// Close flushes and closes the writer.
func (w *Writer) Close() error {
	return w.d.close()
}

// Reset discards the writer's state and makes it equivalent to
// the result of NewWriter or NewWriterDict called with dst
// and w's level and dictionary.
func (w *Writer) Reset(dst io.Writer) {
	w.d.reset(dst)
	w.d.fillDictionary(w.dict)
}
