package zip

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"strings"
	"unicode/utf8"
)

var (
	errLongName  = errors.New("zip: FileHeader.Name too long")
	errLongExtra = errors.New("zip: FileHeader.Extra too long")
)

// A Writer writes a zip archive to an io.Writer, one file after another.
type Writer struct {
	cw          *countWriter
	dir         []*header   // the central directory, written at Close
	last        *fileWriter // the file being written, if any
	closed      bool
	compressors map[uint16]Compressor
	comment     string

	// Tests set testHookCloseSizeOffset to learn where Close put the
	// central directory and how large it is.
	testHookCloseSizeOffset func(size, offset uint64)
}

// header is a file's entry in the central directory.
type header struct {
	*FileHeader
	offset uint64 // of the local file header
	raw    bool   // written by CreateRaw: the caller compressed the data
}

// NewWriter returns a Writer that writes an archive to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{cw: &countWriter{w: bufio.NewWriter(w)}}
}

// SetOffset tells w that its archive starts n bytes into the output,
// after something else, such as the program of a self-extracting
// archive; the offsets w records then count those bytes. Call it before
// writing anything.
func (w *Writer) SetOffset(n int64) {
	if w.cw.count != 0 {
		panic("zip: SetOffset called after data was written")
	}
	w.cw.count = n
}

// Flush writes out the bytes w still buffers. Close does this too, so
// most programs never call Flush.
func (w *Writer) Flush() error {
	return w.cw.w.(*bufio.Writer).Flush()
}

// SetComment sets the archive's comment, written in the end of central
// directory record; call it before Close.
func (w *Writer) SetComment(comment string) error {
	if len(comment) > uint16max {
		return errors.New("zip: Writer.Comment too long")
	}
	w.comment = comment
	return nil
}

// Close ends the archive by writing the central directory and end
// records. The io.Writer given to NewWriter stays open.
func (w *Writer) Close() error {
	if w.last != nil && !w.last.closed {
		if err := w.last.close(); err != nil {
			return err
		}
		w.last = nil
	}
	if w.closed {
		return errors.New("zip: writer closed twice")
	}
	w.closed = true

	start := w.cw.count
	for _, h := range w.dir {
		if err := writeDirectoryHeader(w.cw, h); err != nil {
			return err
		}
	}
	end := w.cw.count

	records := uint64(len(w.dir))
	size := uint64(end - start)
	offset := uint64(start)
	if f := w.testHookCloseSizeOffset; f != nil {
		f(size, offset)
	}
	if records >= uint16max || size >= uint32max || offset >= uint32max {
		if err := writeDirectory64End(w.cw, records, size, offset, uint64(end)); err != nil {
			return err
		}
		// The plain end record's fields, at their maximum, point
		// readers to the zip64 one.
		records, size, offset = uint16max, uint32max, uint32max
	}
	if err := writeDirectoryEnd(w.cw, records, size, offset, w.comment); err != nil {
		return err
	}
	return w.Flush()
}

// writeDirectoryHeader writes h's central directory header. A file
// whose sizes or offset overflow 32 bits gets a zip64 extra field with
// all three, and maximal values in the 32-bit fields.
func writeDirectoryHeader(w io.Writer, h *header) error {
	var buf [directoryHeaderLen]byte
	b := writeBuf(buf[:])
	b.uint32(directoryHeaderSignature)
	b.uint16(h.CreatorVersion)
	b.uint16(h.ReaderVersion)
	b.uint16(h.Flags)
	b.uint16(h.Method)
	b.uint16(h.ModifiedTime)
	b.uint16(h.ModifiedDate)
	b.uint32(h.CRC32)
	if h.isZip64() || h.offset >= uint32max {
		b.uint32(uint32max)
		b.uint32(uint32max)
		var extra [28]byte
		eb := writeBuf(extra[:])
		eb.uint16(zip64ExtraID)
		eb.uint16(24) // three uint64s follow
		eb.uint64(h.UncompressedSize64)
		eb.uint64(h.CompressedSize64)
		eb.uint64(h.offset)
		h.Extra = append(h.Extra, extra[:]...)
	} else {
		b.uint32(h.CompressedSize)
		b.uint32(h.UncompressedSize)
	}
	b.uint16(uint16(len(h.Name)))
	b.uint16(uint16(len(h.Extra)))
	b.uint16(uint16(len(h.Comment)))
	b.uint16(0) // disk number start
	b.uint16(0) // internal file attributes
	b.uint32(h.ExternalAttrs)
	b.uint32(uint32(min64(h.offset, uint32max)))
	return writeAll(w, buf[:], []byte(h.Name), h.Extra, []byte(h.Comment))
}

// writeDirectory64End emits, at offset end, the zip64 end record with
// the directory's full-width values, then the locator pointing at it.
func writeDirectory64End(w io.Writer, records, size, offset, end uint64) error {
	var buf [directory64EndLen + directory64LocLen]byte
	b := writeBuf(buf[:])
	b.uint32(directory64EndSignature)
	b.uint64(directory64EndLen - 12) // the record's size after this field
	b.uint16(zipVersion45)           // made by version 4.5
	b.uint16(zipVersion45)           // readers need 4.5 (zip64)
	b.uint32(0)                      // this disk
	b.uint32(0)                      // disk where the directory starts
	b.uint64(records)                // on this disk
	b.uint64(records)                // in all
	b.uint64(size)
	b.uint64(offset)

	b.uint32(directory64LocSignature)
	b.uint32(0) // disk of the zip64 end record
	b.uint64(end)
	b.uint32(1) // number of disks
	_, err := w.Write(buf[:])
	return err
}

// writeDirectoryEnd writes the end of central directory record and
// the archive comment.
func writeDirectoryEnd(w io.Writer, records, size, offset uint64, comment string) error {
	var buf [directoryEndLen]byte
	b := writeBuf(buf[:])
	b.uint32(directoryEndSignature)
	b.uint16(0)               // this disk
	b.uint16(0)               // disk where the directory starts
	b.uint16(uint16(records)) // on this disk
	b.uint16(uint16(records)) // in all
	b.uint32(uint32(size))
	b.uint32(uint32(offset))
	b.uint16(uint16(len(comment)))
	return writeAll(w, buf[:], []byte(comment))
}

// writeAll writes the pieces in order, stopping at the first error.
func writeAll(w io.Writer, pieces ...[]byte) error {
	for _, p := range pieces {
		if _, err := w.Write(p); err != nil {
			return err
		}
	}
	return nil
}

// Create starts a new file called name, compressed with Deflate, and
// returns the io.Writer its contents go to. The name is a relative
// path with forward slashes only (no "C:", no leading "/"); a final
// "/" makes a directory. Write all the contents before the next
// Create, CreateHeader or Close.
func (w *Writer) Create(name string) (io.Writer, error) {
	return w.CreateHeader(&FileHeader{Name: name, Method: Deflate})
}

// detectUTF8 reports two things about s: is it well-formed UTF-8, and
// does it need the UTF-8 flag, because it has a character beyond the
// printable ASCII that CP-437 and the usual local encodings share. '\\' and '~'
// count as outside, since Shift-JIS and EUC-KR replace them (with a yen
// sign and an overline).
func detectUTF8(s string) (valid, require bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r >= 0x20 && r <= 0x7d && r != '\\' {
			continue
		}
		if !utf8.ValidRune(r) || (r == utf8.RuneError && size == 1) {
			return false, false
		}
		require = true
	}
	return true, require
}

// prepare finishes the previous file, as CreateHeader and CreateRaw do
// before starting a new one.
func (w *Writer) prepare(fh *FileHeader) error {
	if w.last != nil && !w.last.closed {
		if err := w.last.close(); err != nil {
			return err
		}
	}
	// Passing the same header twice would rewrite the first file's
	// directory entry (golang.org/issue/11144).
	if len(w.dir) > 0 && w.dir[len(w.dir)-1].FileHeader == fh {
		return errors.New("archive/zip: invalid duplicate FileHeader")
	}
	return nil
}

// CreateHeader starts a new file described by fh and returns the
// io.Writer its contents go to, compressed with fh.Method. The Writer
// keeps fh and fills in fields such as the sizes and CRC-32, so the
// caller must leave fh alone afterwards. Write all the contents before
// the next Create, CreateHeader, CreateRaw or Close.
func (w *Writer) CreateHeader(fh *FileHeader) (io.Writer, error) {
	if err := w.prepare(fh); err != nil {
		return nil, err
	}
	setUTF8Flag(fh)
	fh.CreatorVersion = fh.CreatorVersion&0xff00 | zipVersion20 // keep the file system byte
	fh.ReaderVersion = zipVersion20
	if !fh.Modified.IsZero() {
		setModifiedFields(fh)
	}

	h := &header{FileHeader: fh, offset: uint64(w.cw.count)}
	var ow io.Writer
	var fw *fileWriter
	if strings.HasSuffix(fh.Name, "/") {
		// A directory has no data, so it is stored (any compressor
		// would emit some bytes even for nothing) with zero sizes and
		// no data descriptor.
		fh.Method = Store
		fh.Flags &^= flagDataDescriptor
		fh.CompressedSize, fh.CompressedSize64 = 0, 0
		fh.UncompressedSize, fh.UncompressedSize64 = 0, 0
		ow = dirWriter{}
	} else {
		// The sizes and CRC-32 are known only after the data, so they
		// go in a data descriptor after it.
		fh.Flags |= flagDataDescriptor
		var err error
		fw, err = w.newFileWriter(h)
		if err != nil {
			return nil, err
		}
		ow = fw
	}
	w.dir = append(w.dir, h)
	if err := writeHeader(w.cw, h); err != nil {
		return nil, err
	}
	w.last = fw
	return ow, nil
}

// setUTF8Flag sets the UTF-8 flag only when the name or comment needs
// it: readers without UTF-8 support still read plain ASCII names, and
// an explicit NonUTF8 clears it. A caller who wants the flag always
// may set it in Flags.
func setUTF8Flag(fh *FileHeader) {
	nameValid, nameRequire := detectUTF8(fh.Name)
	commentValid, commentRequire := detectUTF8(fh.Comment)
	switch {
	case fh.NonUTF8:
		fh.Flags &^= flagUTF8
	case (nameRequire || commentRequire) && nameValid && commentValid:
		fh.Flags |= flagUTF8
	}
}

// setModifiedFields encodes fh.Modified both as MS-DOS fields and as an
// extended timestamp extra field. The MS-DOS fields use Modified's own
// location (not UTC, unlike SetModTime), since many readers take them
// as local time. The extended timestamp is the Info-ZIP "UT" field
// with the modification time only, which is the same in the local and
// central headers.
func setModifiedFields(fh *FileHeader) {
	fh.ModifiedDate, fh.ModifiedTime = timeToMsDosTime(fh.Modified)
	var extra [9]byte
	eb := writeBuf(extra[:])
	eb.uint16(extTimeExtraID)
	eb.uint16(5) // flags and one time
	eb.uint8(1)  // flags: the modification time is present
	eb.uint32(uint32(fh.Modified.Unix()))
	fh.Extra = append(fh.Extra, extra[:]...)
}

// newFileWriter returns the writer for h's data, compressing it with
// h's method.
func (w *Writer) newFileWriter(h *header) (*fileWriter, error) {
	comp := w.compressor(h.Method)
	if comp == nil {
		return nil, ErrAlgorithm
	}
	fw := &fileWriter{
		header:    h,
		zipw:      w.cw,
		compCount: &countWriter{w: w.cw},
		crc32:     crc32.NewIEEE(),
	}
	var err error
	fw.comp, err = comp(fw.compCount)
	if err != nil {
		return nil, err
	}
	fw.rawCount = &countWriter{w: fw.comp}
	return fw, nil
}

// writeHeader writes h's local file header. When this package
// compresses the data, the CRC-32 and sizes are not known yet and are
// written as zero; a raw file carries them here unless the caller
// asked for a data descriptor.
func writeHeader(w io.Writer, h *header) error {
	if len(h.Name) > uint16max {
		return errLongName
	}
	if len(h.Extra) > uint16max {
		return errLongExtra
	}
	var buf [fileHeaderLen]byte
	b := writeBuf(buf[:])
	b.uint32(fileHeaderSignature)
	b.uint16(h.ReaderVersion)
	b.uint16(h.Flags)
	b.uint16(h.Method)
	b.uint16(h.ModifiedTime)
	b.uint16(h.ModifiedDate)
	if h.raw && !h.hasDataDescriptor() {
		b.uint32(h.CRC32)
		b.uint32(uint32(min64(h.CompressedSize64, uint32max)))
		b.uint32(uint32(min64(h.UncompressedSize64, uint32max)))
	} else {
		// Not known yet: the data descriptor after the data holds them.
		b.uint32(0) // CRC-32
		b.uint32(0) // compressed size
		b.uint32(0) // original size
	}
	b.uint16(uint16(len(h.Name)))
	b.uint16(uint16(len(h.Extra)))
	return writeAll(w, buf[:], []byte(h.Name), h.Extra)
}

// CreateRaw is like CreateHeader, except that the bytes written are
// stored as they are: the caller has compressed them already and has
// set fh's sizes and CRC-32 itself.
func (w *Writer) CreateRaw(fh *FileHeader) (io.Writer, error) {
	if err := w.prepare(fh); err != nil {
		return nil, err
	}
	fh.CompressedSize = uint32(min64(fh.CompressedSize64, uint32max))
	fh.UncompressedSize = uint32(min64(fh.UncompressedSize64, uint32max))

	h := &header{FileHeader: fh, offset: uint64(w.cw.count), raw: true}
	w.dir = append(w.dir, h)
	if err := writeHeader(w.cw, h); err != nil {
		return nil, err
	}
	if strings.HasSuffix(fh.Name, "/") {
		w.last = nil
		return dirWriter{}, nil
	}
	fw := &fileWriter{header: h, zipw: w.cw}
	w.last = fw
	return fw, nil
}

// Copy adds f, a file of an archive being read, to w. Its stored bytes
// are copied unchanged: nothing is decompressed, recompressed or
// checked.
func (w *Writer) Copy(f *File) error {
	r, err := f.OpenRaw()
	if err != nil {
		return err
	}
	fw, err := w.CreateRaw(&f.FileHeader)
	if err != nil {
		return err
	}
	_, err = io.Copy(fw, r)
	return err
}

// RegisterCompressor sets the compressor this Writer uses for the given
// method, replacing any earlier one. Methods with none set here fall
// back to the package-wide table (see the RegisterCompressor function).
func (w *Writer) RegisterCompressor(method uint16, comp Compressor) {
	if w.compressors == nil {
		w.compressors = make(map[uint16]Compressor)
	}
	w.compressors[method] = comp
}

func (w *Writer) compressor(method uint16) Compressor {
	if comp := w.compressors[method]; comp != nil {
		return comp
	}
	return compressor(method)
}

// dirWriter is the writer for a directory, which accepts no data.
type dirWriter struct{}

func (dirWriter) Write(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	return 0, errors.New("zip: write to directory")
}

// fileWriter writes one file's data. Data goes through rawCount (which
// counts the uncompressed size), comp, then compCount (which counts
// the compressed size) into the archive; a raw file's data goes
// straight to the archive.
type fileWriter struct {
	*header
	zipw      io.Writer
	rawCount  *countWriter
	comp      io.WriteCloser
	compCount *countWriter
	crc32     hash.Hash32
	closed    bool
}

func (w *fileWriter) Write(p []byte) (int, error) {
	if w.closed {
		return 0, errors.New("zip: write to closed file")
	}
	if w.raw {
		return w.zipw.Write(p)
	}
	w.crc32.Write(p)
	return w.rawCount.Write(p)
}

// close finishes the file: it flushes the compressor, records the
// CRC-32 and sizes in the header and writes the data descriptor.
func (w *fileWriter) close() error {
	if w.closed {
		return errors.New("zip: file closed twice")
	}
	w.closed = true
	if w.raw {
		return w.writeDataDescriptor()
	}
	if err := w.comp.Close(); err != nil {
		return err
	}
	fh := w.header.FileHeader
	fh.CRC32 = w.crc32.Sum32()
	fh.CompressedSize64 = uint64(w.compCount.count)
	fh.UncompressedSize64 = uint64(w.rawCount.count)
	if fh.isZip64() {
		fh.CompressedSize = uint32max
		fh.UncompressedSize = uint32max
		fh.ReaderVersion = zipVersion45
	} else {
		fh.CompressedSize = uint32(fh.CompressedSize64)
		fh.UncompressedSize = uint32(fh.UncompressedSize64)
	}
	return w.writeDataDescriptor()
}

// writeDataDescriptor writes the CRC-32 and sizes after the data, with
// the signature macOS needs. A zip64 file gets 64-bit sizes even
// though its local header has no zip64 extra field (it was written
// before the size was known), as Info-ZIP and Java do.
func (w *fileWriter) writeDataDescriptor() error {
	if !w.hasDataDescriptor() {
		return nil
	}
	n := dataDescriptorLen
	if w.isZip64() {
		n = dataDescriptor64Len
	}
	buf := make([]byte, n)
	b := writeBuf(buf)
	b.uint32(dataDescriptorSignature)
	b.uint32(w.CRC32)
	if w.isZip64() {
		b.uint64(w.CompressedSize64)
		b.uint64(w.UncompressedSize64)
	} else {
		b.uint32(w.CompressedSize)
		b.uint32(w.UncompressedSize)
	}
	_, err := w.zipw.Write(buf)
	return err
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w     io.Writer
	count int64
}

func (w *countWriter) Write(p []byte) (int, error) {
	n, err := w.w.Write(p)
	w.count += int64(n)
	return n, err
}

// writeBuf encodes little-endian fields at the front of a byte slice,
// moving past them as it goes.
type writeBuf []byte

func (b *writeBuf) uint8(v uint8) {
	(*b)[0] = v
	*b = (*b)[1:]
}

func (b *writeBuf) uint16(v uint16) {
	binary.LittleEndian.PutUint16(*b, v)
	*b = (*b)[2:]
}

func (b *writeBuf) uint32(v uint32) {
	binary.LittleEndian.PutUint32(*b, v)
	*b = (*b)[4:]
}

func (b *writeBuf) uint64(v uint64) {
	binary.LittleEndian.PutUint64(*b, v)
	*b = (*b)[8:]
}
