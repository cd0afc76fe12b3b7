package tar

import (
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
	"time"
)

// Writer writes a tar archive from start to end: WriteHeader starts a
// file, then writing to the Writer gives that file's contents.
type Writer struct {
	w    io.Writer
	pad  int64      // padding still to write after the current file's contents
	curr fileWriter // writes the current file's contents
	hdr  Header     // copy of the caller's Header, changed while writing
	blk  block      // buffer for the header being written

	// err is sticky: once writing fails, every later call returns it.
	// After Close it is ErrWriteAfterClose.
	err error
}

// NewWriter returns a Writer that streams an archive to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, curr: &regFileWriter{w, 0}}
}

// fileWriter writes the contents of one file of the archive.
type fileWriter interface {
	io.Writer
	fileState

	ReadFrom(io.Reader) (int64, error)
}

// Flush writes the padding that ends the current file's last block; the
// file must have all its contents written. WriteHeader and Close do this
// themselves, so calling Flush is never needed.
func (tw *Writer) Flush() error {
	if tw.err != nil {
		return tw.err
	}
	if nb := tw.curr.logicalRemaining(); nb > 0 {
		return fmt.Errorf("archive/tar: missed writing %d bytes", nb)
	}
	if _, tw.err = tw.w.Write(zeroBlock[:tw.pad]); tw.err != nil {
		return tw.err
	}
	tw.pad = 0
	return nil
}

// WriteHeader ends the current file, which must have all its contents
// written, and starts a new one with hdr, whose Size says how many bytes
// Write will then take.
func (tw *Writer) WriteHeader(hdr *Header) error {
	if err := tw.Flush(); err != nil {
		return err
	}
	tw.hdr = *hdr
	promoteRegA(&tw.hdr)

	// Without a format asked for, write what USTAR can hold, so that the
	// archive is USTAR whenever it can be.
	if tw.hdr.Format == FormatUnknown {
		tw.hdr.ModTime = tw.hdr.ModTime.Round(time.Second)
		tw.hdr.AccessTime = time.Time{}
		tw.hdr.ChangeTime = time.Time{}
	}

	allowed, paxHdrs, err := tw.hdr.allowedFormats()
	switch {
	case allowed.has(FormatUSTAR):
		tw.err = tw.writeUSTARHeader(&tw.hdr)
	case allowed.has(FormatPAX):
		tw.err = tw.writePAXHeader(&tw.hdr, paxHdrs)
	case allowed.has(FormatGNU):
		tw.err = tw.writeGNUHeader(&tw.hdr)
	default:
		return err // the archive is still usable
	}
	return tw.err
}

// writeUSTARHeader writes hdr as a USTAR header, a long name split
// between the prefix and name fields.
func (tw *Writer) writeUSTARHeader(hdr *Header) error {
	var namePrefix string
	if prefix, suffix, ok := splitUSTARPath(hdr.Name); ok {
		namePrefix, hdr.Name = prefix, suffix
	}
	var f formatter
	blk := tw.templateV7Plus(hdr, f.formatString, f.formatOctal)
	f.formatString(blk.toUSTAR().prefix(), namePrefix)
	blk.setFormat(FormatUSTAR)
	if f.err != nil {
		return f.err // cannot happen: allowedFormats checked every field
	}
	return tw.writeRawHeader(blk, hdr.Size, hdr.Typeflag)
}

// writePAXHeader writes the records paxHdrs, sorted by key so that the
// output does not depend on map order, in a pseudo-file, then hdr as a
// USTAR header for readers that do not know PAX: its fields hold what
// they can, the records the rest.
func (tw *Writer) writePAXHeader(hdr *Header, paxHdrs map[string]string) error {
	isGlobal := hdr.Typeflag == TypeXGlobalHeader
	if len(paxHdrs) > 0 || isGlobal {
		data, err := formatPAXRecords(paxHdrs)
		if err != nil {
			return err
		}
		if err := tw.writeRawFile(paxFileName(hdr.Name, isGlobal), data, paxFileType(isGlobal), FormatPAX); err != nil {
			return err
		}
		if isGlobal {
			return nil // a global header is only its records
		}
	}

	// The fields may be too long or not ASCII; the records have them whole,
	// so the errors of the formatter are expected and ignored.
	var f formatter
	fmtStr := func(b []byte, s string) { f.formatString(b, toASCII(s)) }
	blk := tw.templateV7Plus(hdr, fmtStr, f.formatOctal)
	blk.setFormat(FormatPAX)
	return tw.writeRawHeader(blk, hdr.Size, hdr.Typeflag)
}

// formatPAXRecords returns the records in key order, as the contents of a
// PAX pseudo-file.
func formatPAXRecords(paxHdrs map[string]string) (string, error) {
	keys := make([]string, 0, len(paxHdrs))
	for k := range paxHdrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var buf strings.Builder
	for _, k := range keys {
		rec, err := formatPAXRecord(k, paxHdrs[k])
		if err != nil {
			return "", err
		}
		buf.WriteString(rec)
	}
	if buf.Len() > maxSpecialFileSize {
		return "", ErrFieldTooLong
	}
	return buf.String(), nil
}

// paxFileName names the PAX pseudo-file for a file called name: a reader
// without PAX extracts it as a plain file, so it goes in a directory of
// its own beside the file ("a/PaxHeaders.0/b" for "a/b").
// A global header keeps its own name.
func paxFileName(name string, isGlobal bool) string {
	if !isGlobal {
		dir, file := path.Split(name)
		return path.Join(dir, "PaxHeaders.0", file)
	}
	if name == "" {
		return "GlobalHead.0.0"
	}
	return name
}

// paxFileType is the type flag of a PAX pseudo-file.
func paxFileType(isGlobal bool) byte {
	if isGlobal {
		return TypeXGlobalHeader
	}
	return TypeXHeader
}

// writeGNUHeader writes hdr as a GNU header, with a name or link name
// too long for its field first written whole in a pseudo-file.
func (tw *Writer) writeGNUHeader(hdr *Header) error {
	const longName = "././@LongLink"
	if len(hdr.Name) > nameSize {
		if err := tw.writeRawFile(longName, hdr.Name+"\x00", TypeGNULongName, FormatGNU); err != nil {
			return err
		}
	}
	if len(hdr.Linkname) > nameSize {
		if err := tw.writeRawFile(longName, hdr.Linkname+"\x00", TypeGNULongLink, FormatGNU); err != nil {
			return err
		}
	}

	// The names may be cut short; the pseudo-files have them whole, so
	// the errors of the formatter are expected and ignored.
	var f formatter
	blk := tw.templateV7Plus(hdr, f.formatString, f.formatNumeric)
	if !hdr.AccessTime.IsZero() {
		f.formatNumeric(blk.toGNU().accessTime(), hdr.AccessTime.Unix())
	}
	if !hdr.ChangeTime.IsZero() {
		f.formatNumeric(blk.toGNU().changeTime(), hdr.ChangeTime.Unix())
	}
	blk.setFormat(FormatGNU)
	return tw.writeRawHeader(blk, hdr.Size, hdr.Typeflag)
}

type (
	stringFormatter func([]byte, string)
	numberFormatter func([]byte, int64)
)

// templateV7Plus fills tw.blk with the fields of hdr that USTAR, PAX and
// GNU share, writing strings and numbers with the given functions, which
// differ between formats. A zero ModTime is written as the epoch.
func (tw *Writer) templateV7Plus(hdr *Header, fmtStr stringFormatter, fmtNum numberFormatter) *block {
	tw.blk.reset()

	modTime := hdr.ModTime
	if modTime.IsZero() {
		modTime = time.Unix(0, 0)
	}
	v7 := tw.blk.toV7()
	v7.typeFlag()[0] = hdr.Typeflag
	fmtStr(v7.name(), hdr.Name)
	fmtStr(v7.linkName(), hdr.Linkname)
	fmtNum(v7.mode(), hdr.Mode)
	fmtNum(v7.uid(), int64(hdr.Uid))
	fmtNum(v7.gid(), int64(hdr.Gid))
	fmtNum(v7.size(), hdr.Size)
	fmtNum(v7.modTime(), modTime.Unix())

	ustar := tw.blk.toUSTAR()
	fmtStr(ustar.userName(), hdr.Uname)
	fmtStr(ustar.groupName(), hdr.Gname)
	fmtNum(ustar.devMajor(), hdr.Devmajor)
	fmtNum(ustar.devMinor(), hdr.Devminor)
	return &tw.blk
}

// writeRawFile writes a pseudo-file (PAX records or a GNU long name)
// with the given name, contents, type and format, and zero for every
// other field.
func (tw *Writer) writeRawFile(name, data string, flag byte, format Format) error {
	tw.blk.reset()

	// The name is only informative; keep it ASCII, short, and not looking
	// like a directory.
	name = toASCII(name)
	if len(name) > nameSize {
		name = name[:nameSize]
	}
	name = strings.TrimRight(name, "/")

	var f formatter
	v7 := tw.blk.toV7()
	v7.typeFlag()[0] = flag
	f.formatString(v7.name(), name)
	f.formatOctal(v7.mode(), 0)
	f.formatOctal(v7.uid(), 0)
	f.formatOctal(v7.gid(), 0)
	f.formatOctal(v7.size(), int64(len(data))) // fits: data is at most maxSpecialFileSize
	f.formatOctal(v7.modTime(), 0)
	tw.blk.setFormat(format)
	if f.err != nil {
		return f.err
	}
	if err := tw.writeRawHeader(&tw.blk, int64(len(data)), flag); err != nil {
		return err
	}
	_, err := io.WriteString(tw, data)
	return err
}

// writeRawHeader writes blk and sets up for the size bytes of contents
// that follow it (zero for types that carry no contents).
func (tw *Writer) writeRawHeader(blk *block, size int64, flag byte) error {
	if err := tw.Flush(); err != nil {
		return err
	}
	if _, err := tw.w.Write(blk[:]); err != nil {
		return err
	}
	if isHeaderOnlyType(flag) {
		size = 0
	}
	tw.curr = &regFileWriter{tw.w, size}
	tw.pad = blockPadding(size)
	return nil
}

// splitUSTARPath splits a name too long for USTAR's name field at a slash,
// into a prefix of at most prefixSize bytes and a name of at most nameSize.
// It reports false if the name fits as it is, is not ASCII or cannot be
// split: "a/b" is split at its last slash that leaves a short enough
// prefix, and a directory's trailing slash does not count.
func splitUSTARPath(name string) (prefix, suffix string, ok bool) {
	if len(name) <= nameSize || !isASCII(name) {
		return "", "", false
	}
	// The slash must be within the first prefixSize+1 bytes.
	end := len(name)
	if end > prefixSize+1 {
		end = prefixSize + 1
	} else if name[end-1] == '/' {
		end--
	}
	i := strings.LastIndex(name[:end], "/")
	if i <= 0 || i > prefixSize {
		return "", "", false
	}
	suffixLen := len(name) - i - 1
	if suffixLen == 0 || suffixLen > nameSize {
		return "", "", false
	}
	return name[:i], name[i+1:], true
}

// Write writes contents of the current file. Writing more than the
// Header.Size given to WriteHeader is ErrWriteTooLong, and so is writing
// anything to a file of a header-only type (TypeLink, TypeSymlink,
// TypeChar, TypeBlock, TypeDir and TypeFifo), whatever its Size says.
func (tw *Writer) Write(b []byte) (int, error) {
	if tw.err != nil {
		return 0, tw.err
	}
	n, err := tw.curr.Write(b)
	if err != nil && err != ErrWriteTooLong {
		tw.err = err
	}
	return n, err
}

// readFrom fills the current file from r, seeking over the holes of a
// sparse file when r can seek. It is not exported as ReadFrom so that
// io.Copy keeps calling Write, whose results are fixed by the API.
func (tw *Writer) readFrom(r io.Reader) (int64, error) {
	if tw.err != nil {
		return 0, tw.err
	}
	n, err := tw.curr.ReadFrom(r)
	if err != nil && err != ErrWriteTooLong {
		tw.err = err
	}
	return n, err
}

// Close ends the archive: it ends the current file, which must have all
// its contents written, and writes the two zero blocks that mark the end.
// It does not close the underlying io.Writer.
func (tw *Writer) Close() error {
	if tw.err == ErrWriteAfterClose {
		return nil
	}
	if tw.err != nil {
		return tw.err
	}
	// The archive ends with two zero blocks.
	err := tw.Flush()
	for i := 0; i < 2 && err == nil; i++ {
		_, err = tw.w.Write(zeroBlock[:])
	}
	tw.err = ErrWriteAfterClose
	return err
}
