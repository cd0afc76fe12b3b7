// Package flate implements the DEFLATE compressed data format, described in
// RFC 1951.  The gzip and zlib packages implement access to DEFLATE-based file
// formats.
//
// The compressor writes what Go's writes, byte for byte, at every level.
// Levels 2-9 are LZ77 with hash chains, as RFC 1951 section 4 sketches
// it: each position's first four bytes are hashed, a chain links the
// earlier positions with the same hash, and the longest match found along
// it (within the last 32 KiB) replaces the bytes with a (length, offset)
// token; levels 2-3 take the first match found good enough (greedy),
// levels 4-9 keep a match only if the next position has no longer one
// (lazy). Level 1 is a faster matcher of its own (deflatefast.go). The
// tokens are written in blocks, each stored, or coded with the fixed or
// with its own Huffman codes, whichever is smallest. The decompressor
// reads any DEFLATE stream.
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

	// maxHashOffset is the highest hashOffset before the stored positions
	// are renumbered.
	maxHashOffset = 1 << 24

	// skipNever is fastSkipHashing for the lazy levels: every position
	// inside a match is hashed.
	skipNever = math.MaxInt32
)

// compressionLevel holds the match finder's effort at one level, as in
// zlib and Go: stop searching at a match of nice bytes, follow at most
// chain links, and (lazy levels) look for a better match at the next
// position only below lazy bytes. Greedy levels do not hash the
// positions inside a match longer than fastSkipHashing. (zlib's
// good_length is left out: Go's search, whose output ours follows, always
// starts from the shortest match, so it never shortens a chain.)
type compressionLevel struct {
	level, lazy, nice, chain, fastSkipHashing int
}

var levels = [10]compressionLevel{
	{0, 0, 0, 0, 0}, // stored blocks only
	{1, 0, 0, 0, 0}, // deflatefast.go
	{2, 0, 16, 8, 5},
	{3, 0, 32, 32, 6},
	{4, 4, 16, 16, skipNever},
	{5, 16, 32, 32, skipNever},
	{6, 16, 128, 128, skipNever},
	{7, 32, 128, 256, skipNever},
	{8, 128, 258, 1024, skipNever},
	{9, 258, 258, 4096, skipNever},
}

var errWriterClosed = errors.New("flate: closed writer")

// compressor turns the input into blocks. Each level has its own way to
// take input into the window (fill) and to compress what is there (step);
// step runs before each fill, and with sync set it compresses everything.
type compressor struct {
	compressionLevel
	w    *huffmanBitWriter
	err  error
	fill func(*compressor, []byte) int
	step func(*compressor)
	sync bool // compress all the input: a flush or the end

	// The window holds, at levels 2-9, the last windowSize bytes already
	// compressed (where matches are found) and the input not yet
	// compressed; when the input reaches its end, its upper half moves
	// down. The other levels compress it a block at a time.
	window    []byte
	windowEnd int // input ends here
	index     int // the next position to compress
	// blockStart is where the current block's input starts, or beyond
	// index once that input has moved out of the window (the block can
	// then no longer be stored).
	blockStart int
	tokens     []token

	// hashHead[h] is the last position whose hash is h; hashPrev[p&windowMask]
	// the position before p with p's hash. Positions are stored plus
	// hashOffset, so that moving the window down only raises hashOffset;
	// 0 is no position.
	hashHead   []uint32
	hashPrev   []uint32
	hashOffset int
	chainHead  int // the chain of the last position hashed

	// Lazy matching: the match found at index-1 (length 3 when none),
	// kept until index is searched, and whether window[index-1] still
	// waits to be a token.
	length, offset int
	byteAvailable  bool
	maxInsertIndex int // positions from here on are too near the end to hash

	// fillWindow hashes a dictionary 256 positions at a time with
	// bulkHasher (bulkHash4, a rolling hash) into hashMatch.
	bulkHasher func([]byte, []uint32)
	hashMatch  [maxMatchLength - 1]uint32

	bestSpeed *deflateFast // level 1's matcher
}

func (d *compressor) init(w io.Writer, level int) error {
	d.w = newHuffmanBitWriter(w)
	switch {
	case level == NoCompression:
		d.window = make([]byte, maxStoreBlockSize)
		d.fill, d.step = (*compressor).fillStore, (*compressor).store
	case level == HuffmanOnly:
		d.window = make([]byte, maxStoreBlockSize)
		d.fill, d.step = (*compressor).fillStore, (*compressor).storeHuff
	case level == BestSpeed:
		d.compressionLevel = levels[level]
		d.window = make([]byte, maxStoreBlockSize)
		d.fill, d.step = (*compressor).fillStore, (*compressor).encSpeed
		d.bestSpeed = newDeflateFast()
		d.tokens = make([]token, maxStoreBlockSize)
	case level == DefaultCompression || 2 <= level && level <= 9:
		if level == DefaultCompression {
			level = 6
		}
		d.compressionLevel = levels[level]
		d.window = make([]byte, 2*windowSize)
		d.hashHead = make([]uint32, hashSize)
		d.hashPrev = make([]uint32, windowSize)
		d.tokens = make([]token, 0, maxFlateBlockTokens+1) // +1: the block writer appends the end marker
		d.resetDeflate()
		d.bulkHasher = bulkHash4
		d.fill, d.step = (*compressor).fillDeflate, (*compressor).deflate
	default:
		return fmt.Errorf("flate: invalid compression level %d: want value in range [-2, 9]", level)
	}
	return nil
}

// resetDeflate makes the state of levels 2-9 as new.
func (d *compressor) resetDeflate() {
	for i := range d.hashHead {
		d.hashHead[i] = 0
	}
	for i := range d.hashPrev {
		d.hashPrev[i] = 0
	}
	d.hashOffset, d.chainHead = 1, -1
	d.index, d.windowEnd, d.blockStart, d.maxInsertIndex = 0, 0, 0, 0
	d.tokens = d.tokens[:0]
	d.length, d.offset, d.byteAvailable = minMatchLength-1, 0, false
}

// reset makes d as new, writing to w, with the same level.
func (d *compressor) reset(w io.Writer) {
	d.w.reset(w)
	d.sync, d.err = false, nil
	switch d.level {
	case NoCompression: // and HuffmanOnly
		d.windowEnd = 0
	case BestSpeed:
		d.windowEnd = 0
		d.tokens = d.tokens[:0]
		d.bestSpeed.reset()
	default:
		d.resetDeflate()
	}
}

// fillWindow puts a preset dictionary in the window, as history that
// matches may reach into but that is not itself written. Only levels 2-9
// use one.
func (d *compressor) fillWindow(dict []byte) {
	if d.level < 2 {
		return
	}
	if len(dict) > windowSize {
		dict = dict[len(dict)-windowSize:]
	}
	n := copy(d.window, dict)
	for start := 0; start+minMatchLength <= n; start += 256 {
		end := min(start+256+minMatchLength-1, n)
		hashes := d.hashMatch[:end-start-minMatchLength+1]
		d.bulkHasher(d.window[start:end], hashes)
		for i, h := range hashes {
			d.hashPrev[(start+i)&windowMask] = d.hashHead[h]
			d.hashHead[h] = uint32(start + i + d.hashOffset)
		}
	}
	d.windowEnd, d.index = n, n
}

// fillStore copies as much of b as fits into the block-sized window.
func (d *compressor) fillStore(b []byte) int {
	n := copy(d.window[d.windowEnd:], b)
	d.windowEnd += n
	return n
}

// fillDeflate copies as much of b as fits into the window, first moving
// the window's upper half down once the input is well into it (the lower
// half is then too far back to match).
func (d *compressor) fillDeflate(b []byte) int {
	if d.index >= 2*windowSize-(minMatchLength+maxMatchLength) {
		copy(d.window, d.window[windowSize:2*windowSize])
		d.index -= windowSize
		d.windowEnd -= windowSize
		if d.blockStart >= windowSize {
			d.blockStart -= windowSize
		} else {
			d.blockStart = math.MaxInt32
		}
		d.hashOffset += windowSize
		if d.hashOffset > maxHashOffset {
			d.rebaseHashes()
		}
	}
	return d.fillStore(b)
}

// rebaseHashes renumbers the stored positions from a hashOffset of 1;
// those already out of reach become 0, no position.
func (d *compressor) rebaseHashes() {
	delta := d.hashOffset - 1
	d.hashOffset -= delta
	d.chainHead -= delta
	for _, table := range [][]uint32{d.hashPrev, d.hashHead} {
		for i, v := range table {
			if int(v) > delta {
				table[i] = uint32(int(v) - delta)
			} else {
				table[i] = 0
			}
		}
	}
}

// store writes the window as a stored block once it is full (or on sync).
func (d *compressor) store() {
	if d.windowEnd > 0 && (d.windowEnd == maxStoreBlockSize || d.sync) {
		d.w.writeStored(d.window[:d.windowEnd], false)
		d.err = d.w.err
		d.windowEnd = 0
	}
}

// storeHuff writes the window as a block of literals once it is full (or
// on sync): HuffmanOnly.
func (d *compressor) storeHuff() {
	if d.windowEnd < len(d.window) && !d.sync || d.windowEnd == 0 {
		return
	}
	d.w.writeBlockHuff(false, d.window[:d.windowEnd])
	d.err = d.w.err
	d.windowEnd = 0
}

// encSpeed compresses the window with level 1's matcher once it is full
// (or on sync). A short input is stored or coded as literals; so is one in
// which the matcher found little (under a sixteenth of tokens saved).
func (d *compressor) encSpeed() {
	if d.windowEnd < maxStoreBlockSize {
		if !d.sync {
			return
		}
		if d.windowEnd < 128 {
			switch {
			case d.windowEnd == 0:
				return
			case d.windowEnd <= 16:
				d.w.writeStored(d.window[:d.windowEnd], false)
			default:
				d.w.writeBlockHuff(false, d.window[:d.windowEnd])
			}
			d.err = d.w.err
			d.windowEnd = 0
			d.bestSpeed.reset()
			return
		}
	}
	d.tokens = d.bestSpeed.encode(d.tokens[:0], d.window[:d.windowEnd])
	if len(d.tokens) > d.windowEnd-d.windowEnd>>4 {
		d.w.writeBlockHuff(false, d.window[:d.windowEnd])
	} else {
		d.w.writeBlockDynamic(d.tokens, false, d.window[:d.windowEnd])
	}
	d.err = d.w.err
	d.windowEnd = 0
}

// hash4 is the hash of the four bytes at the start of b.
func hash4(b []byte) uint32 {
	return hashWord(uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24)
}

// hashWord is the hash of four bytes read big-endian.
func hashWord(word uint32) uint32 {
	return word * hashMul >> (32 - hashBits)
}

// bulkHash4 puts in dst the hash4 of each position of b that has four
// bytes, rolling the four bytes along instead of loading them anew.
func bulkHash4(b []byte, dst []uint32) {
	if len(b) < minMatchLength {
		return
	}
	word := uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
	dst[0] = hashWord(word)
	for i := 1; i+minMatchLength <= len(b); i++ {
		word = word<<8 | uint32(b[i+3])
		dst[i] = hashWord(word)
	}
}

// insertHash links position i into its hash chain and returns the chain's
// previous head.
func (d *compressor) insertHash(i int) int {
	head := &d.hashHead[hash4(d.window[i:i+minMatchLength])]
	prev := *head
	d.hashPrev[i&windowMask] = prev
	*head = uint32(i + d.hashOffset)
	return int(prev)
}

// deflate turns the window's input into tokens, at levels 2-9. Without
// sync, it stops short of the end, where a match could still grow with
// more input.
func (d *compressor) deflate() {
	if d.windowEnd-d.index < minMatchLength+maxMatchLength && !d.sync {
		return
	}
	d.maxInsertIndex = d.windowEnd - (minMatchLength - 1)
	for d.err == nil {
		lookahead := d.windowEnd - d.index
		if lookahead < minMatchLength+maxMatchLength {
			if !d.sync {
				return
			}
			if lookahead == 0 {
				if d.byteAvailable {
					d.tokens = append(d.tokens, literalToken(uint32(d.window[d.index-1])))
					d.byteAvailable = false
				}
				if len(d.tokens) > 0 {
					d.writeBlock(d.index)
				}
				return
			}
		}
		if d.index < d.maxInsertIndex {
			d.chainHead = d.insertHash(d.index)
		}
		if d.fastSkipHashing != skipNever {
			d.greedyStep(lookahead)
		} else {
			d.lazyStep(lookahead)
		}
	}
}

// head is the position heading the chain of index, if within reach.
func (d *compressor) head() (int, bool) {
	minIndex := d.index - windowSize
	if minIndex < 0 {
		minIndex = 0
	}
	pos := d.chainHead - d.hashOffset
	return pos, pos >= minIndex
}

// greedyStep takes the match at index if there is one, else a literal.
func (d *compressor) greedyStep(lookahead int) {
	length, offset := minMatchLength-1, 0
	if pos, ok := d.head(); ok && lookahead > minMatchLength-1 {
		if l, o, found := d.findMatch(d.index, pos, lookahead); found {
			length, offset = l, o
		}
	}
	if length < minMatchLength {
		d.addToken(literalToken(uint32(d.window[d.index])), d.index+1)
		d.index++
		return
	}
	end := d.index + length
	if length <= d.fastSkipHashing {
		d.hashUpTo(end)
	}
	d.index = end
	d.addToken(matchToken(uint32(length-baseMatchLength), uint32(offset-1)), d.index)
}

// lazyStep compares the match at index with the one kept from index-1:
// the earlier one wins unless the new one is longer, and then the byte
// at index-1 becomes a literal.
func (d *compressor) lazyStep(lookahead int) {
	prevLength, prevOffset := d.length, d.offset
	d.length, d.offset = minMatchLength-1, 0
	if pos, ok := d.head(); ok && lookahead > prevLength && prevLength < d.lazy {
		if l, o, found := d.findMatch(d.index, pos, lookahead); found {
			d.length, d.offset = l, o
		}
	}
	if prevLength >= minMatchLength && d.length <= prevLength {
		d.hashUpTo(d.index + prevLength - 1)
		d.index += prevLength - 1
		d.byteAvailable = false
		d.length = minMatchLength - 1
		d.addToken(matchToken(uint32(prevLength-baseMatchLength), uint32(prevOffset-1)), d.index)
		return
	}
	if d.byteAvailable {
		d.addToken(literalToken(uint32(d.window[d.index-1])), d.index)
	}
	d.index++
	d.byteAvailable = true
}

// hashUpTo hashes the positions after index up to end, those inside a
// match just taken, so later matches can start there.
func (d *compressor) hashUpTo(end int) {
	for i := d.index + 1; i < end; i++ {
		if i < d.maxInsertIndex {
			d.insertHash(i)
		}
	}
}

// addToken appends t to the block, writing the block, whose input ends
// at end, when it is full.
func (d *compressor) addToken(t token, end int) {
	d.tokens = append(d.tokens, t)
	if len(d.tokens) == maxFlateBlockTokens {
		d.writeBlock(end)
	}
}

// writeBlock writes the tokens gathered so far as a block whose input
// ends at index.
func (d *compressor) writeBlock(index int) {
	var input []byte
	if d.blockStart <= index {
		input = d.window[d.blockStart:index]
	}
	d.blockStart = index
	d.w.writeBlock(d.tokens, false, input)
	d.err = d.w.err
	d.tokens = d.tokens[:0]
}

// findMatch follows the chain from prevHead for the longest earlier
// match at pos within the window, at most the level's chain links, and
// returns its length and offset. A match of only four bytes from more
// than 4 KiB back is not taken: its offset costs more bits than its
// literals would (zlib's TOO_FAR).
func (d *compressor) findMatch(pos, prevHead, lookahead int) (length, offset int, ok bool) {
	maxLen := min(maxMatchLength, lookahead)
	win := d.window[:pos+maxLen]
	nice := min(d.nice, maxLen)
	length = minMatchLength - 1
	minIndex := pos - windowSize
	tries := d.chain
	for i := prevHead; tries > 0; tries-- {
		if win[i+length] == win[pos+length] {
			n := matchLen(win[i:], win[pos:], maxLen)
			if n > length && (n > minMatchLength || pos-i <= 4096) {
				length, offset, ok = n, pos-i, true
				if n >= nice {
					break
				}
			}
		}
		if i == minIndex {
			break
		}
		i = int(d.hashPrev[i&windowMask]) - d.hashOffset
		if i < minIndex || i < 0 {
			break
		}
	}
	return length, offset, ok
}

// matchLen is the length of the common prefix of a and b, at most max.
func matchLen(a, b []byte, max int) int {
	a, b = a[:max], b[:max]
	for i := range a {
		if a[i] != b[i] {
			return i
		}
	}
	return max
}

// write takes b into the window and compresses what it can.
func (d *compressor) write(b []byte) (int, error) {
	if d.err != nil {
		return 0, d.err
	}
	n := len(b)
	for len(b) > 0 {
		d.step(d)
		b = b[d.fill(d, b):]
		if d.err != nil {
			return 0, d.err
		}
	}
	return n, nil
}

// syncFlush compresses all the input, then writes an empty stored block,
// which aligns the stream to a byte boundary so a reader can decode
// everything written so far.
func (d *compressor) syncFlush() error {
	if d.err != nil {
		return d.err
	}
	d.sync = true
	d.step(d)
	if d.err == nil {
		d.w.writeStoredHeader(0, false)
		d.w.flush()
		d.err = d.w.err
	}
	d.sync = false
	return d.err
}

// close compresses all the input and ends the stream with an empty final
// stored block.
func (d *compressor) close() error {
	if d.err == errWriterClosed {
		return nil
	}
	if d.err != nil {
		return d.err
	}
	d.sync = true
	d.step(d)
	if d.err != nil {
		return d.err
	}
	if d.w.writeStoredHeader(0, true); d.w.err != nil {
		return d.w.err
	}
	d.w.flush()
	if d.w.err != nil {
		return d.w.err
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
	dw.dict = append(dw.dict, dict...)
	dw.d.fillWindow(dw.dict)
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
	return w.d.syncFlush()
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
	w.d.fillWindow(w.dict)
}
