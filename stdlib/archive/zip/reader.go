package zip

import (
	"bufio"
	"errors"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"sync"
)

var (
	ErrFormat    = errors.New("zip: not a valid zip file")
	ErrAlgorithm = errors.New("zip: unsupported compression algorithm")
	ErrChecksum  = errors.New("zip: checksum error")
)

// A Reader reads the files of a ZIP archive from an io.ReaderAt.
type Reader struct {
	r             io.ReaderAt
	File          []*File
	Comment       string
	decompressors map[uint16]Decompressor

	// baseOffset is where the archive proper starts in r: self-extracting
	// programs and some JAR files put a prefix (a program, a script)
	// before it, and the archive's offsets do not count that prefix.
	baseOffset int64

	// fileList is the fs.FS view of File, built on first use (fs.go).
	fileListOnce sync.Once
	fileList     []fileListEntry
}

// A ReadCloser is a Reader on a file it opened itself; call Close when
// done with it.
type ReadCloser struct {
	f *os.File
	Reader
}

// A File is one entry of an archive: its metadata is the embedded
// FileHeader, and Open reads its contents.
type File struct {
	FileHeader
	zip          *Reader
	zipr         io.ReaderAt
	headerOffset int64 // of the local file header in zipr, baseOffset included
	zip64        bool  // whether the directory header had a zip64 extra field
}

// OpenReader opens the archive in the file called name.
func OpenReader(name string) (*ReadCloser, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	r := new(ReadCloser)
	if err := r.init(f, fi.Size()); err != nil {
		f.Close()
		return nil, err
	}
	r.f = f
	return r, nil
}

// NewReader reads the archive held in r, which must be size bytes
// long (the end of central directory record is found from the end).
func NewReader(r io.ReaderAt, size int64) (*Reader, error) {
	if size < 0 {
		return nil, errors.New("zip: size cannot be negative")
	}
	zr := new(Reader)
	if err := zr.init(r, size); err != nil {
		return nil, err
	}
	return zr, nil
}

// init reads the end record and then the central directory.
func (z *Reader) init(r io.ReaderAt, size int64) error {
	end, baseOffset, err := readDirectoryEnd(r, size)
	if err != nil {
		return err
	}
	z.r = r
	z.baseOffset = baseOffset
	z.Comment = end.comment
	// The record count comes from the file, so it is only trusted for
	// preallocation when that many headers (30 bytes at least) fit in
	// the bytes before the directory.
	if end.directorySize < uint64(size) && (uint64(size)-end.directorySize)/fileHeaderLen >= end.directoryRecords {
		z.File = make([]*File, 0, end.directoryRecords)
	}
	return z.readDirectory(io.NewSectionReader(r, 0, size), end)
}

// readDirectory reads directory headers until one is missing or cut
// short. The end record's count is a 16-bit field that archives with
// more files overflow, so it only checks the count modulo 65536.
func (z *Reader) readDirectory(rs *io.SectionReader, end *directoryEnd) error {
	if _, err := rs.Seek(z.baseOffset+int64(end.directoryOffset), io.SeekStart); err != nil {
		return err
	}
	buf := bufio.NewReader(rs)
	var err error
	for {
		f := &File{zip: z, zipr: z.r}
		err = readDirectoryHeader(f, buf)
		if err == ErrFormat && z.baseOffset != 0 && len(z.File) == 0 {
			// Some tools write offsets that count the prefix as part of
			// the archive: retry as if the archive started at 0.
			z.baseOffset = 0
			if _, err = rs.Seek(int64(end.directoryOffset), io.SeekStart); err != nil {
				return err
			}
			buf.Reset(rs)
			continue
		}
		if err == ErrFormat || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return err
		}
		f.headerOffset += z.baseOffset
		z.File = append(z.File, f)
	}
	if uint16(len(z.File)) != uint16(end.directoryRecords) {
		return err
	}
	return nil
}

// RegisterDecompressor sets the decompressor this Reader uses for the
// given method, replacing any earlier one. Methods with none set here
// fall back to the package-wide table (see the RegisterDecompressor
// function).
func (z *Reader) RegisterDecompressor(method uint16, dcomp Decompressor) {
	if z.decompressors == nil {
		z.decompressors = make(map[uint16]Decompressor)
	}
	z.decompressors[method] = dcomp
}

func (z *Reader) decompressor(method uint16) Decompressor {
	if dcomp := z.decompressors[method]; dcomp != nil {
		return dcomp
	}
	return decompressor(method)
}

// Close closes the underlying file; the Reader must not be used after.
func (rc *ReadCloser) Close() error {
	return rc.f.Close()
}

// DataOffset returns where the file's stored (perhaps compressed) bytes
// start, counted from the start of the zip file.
//
// Open is what most programs want: it decompresses the bytes and checks
// their CRC-32.
func (f *File) DataOffset() (offset int64, err error) {
	bodyOffset, err := f.findBodyOffset()
	if err != nil {
		return 0, err
	}
	return f.headerOffset + bodyOffset, nil
}

// Open returns a reader of the file's decompressed contents, which
// checks the CRC-32 at end of file. Several files of one archive can
// be open and read at the same time.
func (f *File) Open() (io.ReadCloser, error) {
	bodyOffset, err := f.findBodyOffset()
	if err != nil {
		return nil, err
	}
	start := f.headerOffset + bodyOffset
	size := int64(f.CompressedSize64)
	dcomp := f.zip.decompressor(f.Method)
	if dcomp == nil {
		return nil, ErrAlgorithm
	}
	cr := &checksumReader{
		rc:   dcomp(io.NewSectionReader(f.zipr, start, size)),
		hash: crc32.NewIEEE(),
		f:    f,
	}
	if f.hasDataDescriptor() {
		cr.desr = io.NewSectionReader(f.zipr, start+size, dataDescriptorLen)
	}
	return cr, nil
}

// OpenRaw returns a reader of the file's bytes exactly as stored, still
// compressed and unchecked.
func (f *File) OpenRaw() (io.Reader, error) {
	bodyOffset, err := f.findBodyOffset()
	if err != nil {
		return nil, err
	}
	return io.NewSectionReader(f.zipr, f.headerOffset+bodyOffset, int64(f.CompressedSize64)), nil
}

// findBodyOffset checks the local file header's signature and returns
// the offset of the data from it. The local header's name and extra
// may differ from the directory's copies, so only their lengths count.
func (f *File) findBodyOffset() (int64, error) {
	var buf [fileHeaderLen]byte
	if _, err := f.zipr.ReadAt(buf[:], f.headerOffset); err != nil {
		return 0, err
	}
	b := readBuf(buf[:])
	if b.uint32() != fileHeaderSignature {
		return 0, ErrFormat
	}
	b = b[22:] // versions, flags, method, time, crc and sizes
	nameLen := int64(b.uint16())
	extraLen := int64(b.uint16())
	return fileHeaderLen + nameLen + extraLen, nil
}

// checksumReader decompresses a file and, at its end, checks the size
// and the CRC-32 against the header or the data descriptor. It is also
// the fs.File that Reader.Open returns for regular files.
type checksumReader struct {
	rc    io.ReadCloser
	hash  hash.Hash32
	nread uint64 // uncompressed bytes so far
	f     *File
	desr  io.Reader // the data descriptor, if the file has one
	err   error     // once set, every later Read returns it
}

func (r *checksumReader) Stat() (fs.FileInfo, error) {
	return headerFileInfo{&r.f.FileHeader}, nil
}

func (r *checksumReader) Read(b []byte) (n int, err error) {
	if r.err != nil {
		return 0, r.err
	}
	n, err = r.rc.Read(b)
	r.hash.Write(b[:n])
	r.nread += uint64(n)
	if r.nread > r.f.UncompressedSize64 {
		return 0, ErrFormat
	}
	if err == io.EOF {
		err = r.checkEnd()
	}
	r.err = err
	return n, err
}

// checkEnd returns io.EOF if the whole file read back correctly, or
// the error saying how it did not.
func (r *checksumReader) checkEnd() error {
	if r.nread != r.f.UncompressedSize64 {
		return io.ErrUnexpectedEOF
	}
	if r.desr != nil {
		err := readDataDescriptor(r.desr, r.f)
		switch {
		case err == io.EOF:
			return io.ErrUnexpectedEOF
		case err != nil:
			return err
		case r.hash.Sum32() != r.f.CRC32:
			return ErrChecksum
		}
		return io.EOF
	}
	// Without a descriptor, a zero CRC-32 is taken to mean "not
	// recorded" rather than checked.
	if r.f.CRC32 != 0 && r.hash.Sum32() != r.f.CRC32 {
		return ErrChecksum
	}
	return io.EOF
}

func (r *checksumReader) Close() error { return r.rc.Close() }
