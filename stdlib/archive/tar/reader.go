package tar

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"time"
)

// Reader reads a tar archive from start to end: Next moves to a file's
// header (the first file's too), then reading the Reader gives that
// file's contents.
type Reader struct {
	r    io.Reader
	pad  int64      // padding after the current file's contents, skipped by Next
	curr fileReader // reads the current file's contents
	blk  block      // buffer for the header being read

	// err is sticky: once reading fails, every later call returns it.
	err error
}

// fileReader reads the contents of one file of the archive.
type fileReader interface {
	io.Reader
	fileState

	WriteTo(io.Writer) (int64, error)
}

// NewReader returns a Reader of the archive that r streams.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: r, curr: &regFileReader{r, 0}}
}

// Next moves to the next file of the archive and returns its header,
// whose Size says how many bytes Read will give. What was not read of the
// current file is skipped. After the last file Next returns io.EOF.
func (tr *Reader) Next() (*Header, error) {
	if tr.err != nil {
		return nil, tr.err
	}
	hdr, err := tr.next()
	tr.err = err
	return hdr, err
}

// next reads headers until it reaches a file's. PAX records and GNU long
// names come in pseudo-files before the header they apply to, so they are
// kept until then; the formats each header allows are narrowed as it goes.
func (tr *Reader) next() (*Header, error) {
	var paxHdrs map[string]string
	var gnuLongName, gnuLongLink string
	format := FormatUSTAR | FormatPAX | FormatGNU
	for {
		if err := tr.skipRestOfFile(); err != nil {
			return nil, err
		}
		hdr, rawHdr, err := tr.readHeader()
		if err != nil {
			return nil, err
		}
		if err := tr.handleRegularFile(hdr); err != nil {
			return nil, err
		}
		format.mayOnlyBe(hdr.Format)

		switch hdr.Typeflag {
		case TypeXHeader, TypeXGlobalHeader:
			format.mayOnlyBe(FormatPAX)
			paxHdrs, err = parsePAX(tr)
			if err != nil {
				return nil, err
			}
			if hdr.Typeflag == TypeXGlobalHeader {
				return globalHeader(hdr, paxHdrs, format), nil
			}
		case TypeGNULongName, TypeGNULongLink:
			format.mayOnlyBe(FormatGNU)
			name, err := readSpecialFile(tr)
			if err != nil {
				return nil, err
			}
			var p parser
			if hdr.Typeflag == TypeGNULongName {
				gnuLongName = p.parseString(name)
			} else {
				gnuLongLink = p.parseString(name)
			}
		default:
			if err := mergePAX(hdr, paxHdrs); err != nil {
				return nil, err
			}
			if gnuLongName != "" {
				hdr.Name = gnuLongName
			}
			if gnuLongLink != "" {
				hdr.Linkname = gnuLongLink
			}
			promoteRegA(hdr)
			// A PAX record may have changed the size.
			if err := tr.handleRegularFile(hdr); err != nil {
				return nil, err
			}
			if err := tr.handleSparseFile(hdr, rawHdr); err != nil {
				return nil, err
			}
			// A header without PAX records is best described as USTAR.
			if format.has(FormatUSTAR) && format.has(FormatPAX) {
				format.mayOnlyBe(FormatUSTAR)
			}
			hdr.Format = format
			return hdr, nil
		}
	}
}

// skipRestOfFile skips what the caller did not read of the current file,
// and its padding.
func (tr *Reader) skipRestOfFile() error {
	if err := discard(tr.r, tr.curr.physicalRemaining()); err != nil {
		return err
	}
	if _, err := tryReadFull(tr.r, tr.blk[:tr.pad]); err != nil {
		return err
	}
	tr.pad = 0
	return nil
}

// globalHeader returns the Header of a TypeXGlobalHeader: its name and
// records, and nothing else. Its records apply to other files, so one that
// does not parse as a field of this header is no error here.
func globalHeader(hdr *Header, paxHdrs map[string]string, format Format) *Header {
	mergePAX(hdr, paxHdrs)
	return &Header{
		Name:       hdr.Name,
		Typeflag:   hdr.Typeflag,
		Xattrs:     hdr.Xattrs,
		PAXRecords: hdr.PAXRecords,
		Format:     format,
	}
}

// promoteRegA gives the old type flag '\x00' its meaning: a directory if
// the name ends in a slash, as in old archives, else a regular file.
func promoteRegA(hdr *Header) {
	if hdr.Typeflag != TypeRegA {
		return
	}
	if strings.HasSuffix(hdr.Name, "/") {
		hdr.Typeflag = TypeDir
	} else {
		hdr.Typeflag = TypeReg
	}
}

// handleRegularFile sets the reader up for the contents of the file hdr
// describes, which header-only types do not have.
func (tr *Reader) handleRegularFile(hdr *Header) error {
	size := hdr.Size
	if isHeaderOnlyType(hdr.Typeflag) {
		size = 0
	}
	if size < 0 {
		return ErrHeader
	}
	tr.pad = blockPadding(size)
	tr.curr = &regFileReader{r: tr.r, nb: size}
	return nil
}

// mergePAX sets the fields of hdr that the PAX records override, and
// keeps the records in hdr.PAXRecords. An empty value leaves the field
// as the header block had it.
func mergePAX(hdr *Header, paxHdrs map[string]string) error {
	for k, v := range paxHdrs {
		if v == "" {
			continue
		}
		if err := mergePAXRecord(hdr, k, v); err != nil {
			return ErrHeader
		}
	}
	hdr.PAXRecords = paxHdrs
	return nil
}

// mergePAXRecord sets the field of hdr that record k=v stands for.
func mergePAXRecord(hdr *Header, k, v string) (err error) {
	var id int64
	switch k {
	case paxPath:
		hdr.Name = v
	case paxLinkpath:
		hdr.Linkname = v
	case paxUname:
		hdr.Uname = v
	case paxGname:
		hdr.Gname = v
	case paxUid:
		id, err = strconv.ParseInt(v, 10, 64)
		hdr.Uid = int(id)
	case paxGid:
		id, err = strconv.ParseInt(v, 10, 64)
		hdr.Gid = int(id)
	case paxAtime:
		hdr.AccessTime, err = parsePAXTime(v)
	case paxMtime:
		hdr.ModTime, err = parsePAXTime(v)
	case paxCtime:
		hdr.ChangeTime, err = parsePAXTime(v)
	case paxSize:
		hdr.Size, err = strconv.ParseInt(v, 10, 64)
	default:
		if strings.HasPrefix(k, paxSchilyXattr) {
			if hdr.Xattrs == nil {
				hdr.Xattrs = make(map[string]string)
			}
			hdr.Xattrs[k[len(paxSchilyXattr):]] = v
		}
	}
	return err
}

// parsePAX reads the records of a PAX pseudo-file from r.
//
// GNU sparse format 0.0 repeats the keys GNU.sparse.offset and
// GNU.sparse.numbytes once per fragment, which a map cannot hold; their
// values are joined, in order, into one GNU.sparse.map record, as
// format 0.1 writes it.
func parsePAX(r io.Reader) (map[string]string, error) {
	buf, err := readSpecialFile(r)
	if err != nil {
		return nil, err
	}
	rest := string(buf)
	var sparseMap []string
	paxHdrs := make(map[string]string)
	for len(rest) > 0 {
		key, value, residual, err := parsePAXRecord(rest)
		if err != nil {
			return nil, ErrHeader
		}
		rest = residual
		switch key {
		case paxGNUSparseOffset, paxGNUSparseNumBytes:
			// Offsets and sizes must alternate, offset first.
			want := paxGNUSparseOffset
			if len(sparseMap)%2 == 1 {
				want = paxGNUSparseNumBytes
			}
			if key != want || strings.Contains(value, ",") {
				return nil, ErrHeader
			}
			sparseMap = append(sparseMap, value)
		default:
			paxHdrs[key] = value
		}
	}
	if len(sparseMap) > 0 {
		paxHdrs[paxGNUSparseMap] = strings.Join(sparseMap, ",")
	}
	return paxHdrs, nil
}

// readHeader reads the next header block and returns it parsed, and the
// raw block, which a GNU sparse header still needs. Two zero blocks end
// the archive with io.EOF; one zero block followed by anything else is
// an error. A stream that simply stops before a header also ends with
// io.EOF, since many writers leave out the zero blocks.
func (tr *Reader) readHeader() (*Header, *block, error) {
	if _, err := io.ReadFull(tr.r, tr.blk[:]); err != nil {
		return nil, nil, err
	}
	if bytes.Equal(tr.blk[:], zeroBlock[:]) {
		if _, err := io.ReadFull(tr.r, tr.blk[:]); err != nil {
			return nil, nil, err
		}
		if bytes.Equal(tr.blk[:], zeroBlock[:]) {
			return nil, nil, io.EOF
		}
		return nil, nil, ErrHeader
	}

	format := tr.blk.getFormat()
	if format == FormatUnknown {
		return nil, nil, ErrHeader
	}
	var p parser
	hdr := new(Header)
	v7 := tr.blk.toV7()
	hdr.Typeflag = v7.typeFlag()[0]
	hdr.Name = p.parseString(v7.name())
	hdr.Linkname = p.parseString(v7.linkName())
	hdr.Size = p.parseNumeric(v7.size())
	hdr.Mode = p.parseNumeric(v7.mode())
	hdr.Uid = int(p.parseNumeric(v7.uid()))
	hdr.Gid = int(p.parseNumeric(v7.gid()))
	hdr.ModTime = time.Unix(p.parseNumeric(v7.modTime()), 0)
	if format != formatV7 {
		tr.parseExtendedHeader(hdr, format, &p)
	}
	return hdr, &tr.blk, p.err
}

// parseExtendedHeader parses the fields that follow V7's, which the
// USTAR, STAR and GNU layouts share up to the device numbers.
func (tr *Reader) parseExtendedHeader(hdr *Header, format Format, p *parser) {
	ustar := tr.blk.toUSTAR()
	hdr.Uname = p.parseString(ustar.userName())
	hdr.Gname = p.parseString(ustar.groupName())
	hdr.Devmajor = p.parseNumeric(ustar.devMajor())
	hdr.Devminor = p.parseNumeric(ustar.devMinor())

	var prefix string
	switch {
	case format.has(FormatUSTAR | FormatPAX):
		hdr.Format = format
		prefix = p.parseString(ustar.prefix())
		if !tr.blk.isStrictUSTAR() {
			hdr.Format = FormatUnknown
		}
	case format.has(formatSTAR):
		star := tr.blk.toSTAR()
		prefix = p.parseString(star.prefix())
		hdr.AccessTime = time.Unix(p.parseNumeric(star.accessTime()), 0)
		hdr.ChangeTime = time.Unix(p.parseNumeric(star.changeTime()), 0)
	case format.has(FormatGNU):
		hdr.Format = format
		prefix = tr.parseGNUTimes(hdr)
	}
	if len(prefix) > 0 {
		hdr.Name = prefix + "/" + hdr.Name
	}
}

// isStrictUSTAR reports whether a USTAR block follows the standard to the
// letter: ASCII only, and every numeric field ended by a NUL. Otherwise
// its writer was something else pretending, and the format is unknown.
func (b *block) isStrictUSTAR() bool {
	notASCII := func(r rune) bool { return r >= 0x80 }
	if bytes.IndexFunc(b[:], notASCII) >= 0 {
		return false
	}
	v7, ustar := b.toV7(), b.toUSTAR()
	for _, field := range [][]byte{v7.size(), v7.mode(), v7.uid(), v7.gid(), v7.modTime(), ustar.devMajor(), ustar.devMinor()} {
		if field[len(field)-1] != 0 {
			return false
		}
	}
	return true
}

// parseGNUTimes parses a GNU block's access and change times, which are
// left empty when unset. Some old writers claim to be GNU but put a USTAR
// prefix where the times go; if the times do not parse, the block is
// taken to be one of those, and the prefix, if ASCII, is returned.
func (tr *Reader) parseGNUTimes(hdr *Header) (prefix string) {
	var p parser
	gnu := tr.blk.toGNU()
	if b := gnu.accessTime(); b[0] != 0 {
		hdr.AccessTime = time.Unix(p.parseNumeric(b), 0)
	}
	if b := gnu.changeTime(); b[0] != 0 {
		hdr.ChangeTime = time.Unix(p.parseNumeric(b), 0)
	}
	if p.err == nil {
		return ""
	}
	hdr.AccessTime, hdr.ChangeTime = time.Time{}, time.Time{}
	hdr.Format = FormatUnknown
	if s := p.parseString(tr.blk.toUSTAR().prefix()); isASCII(s) {
		return s
	}
	return ""
}

// Read reads the contents of the current file, and returns (0, io.EOF)
// at its end until Next is called. The holes of a sparse file read as
// NUL bytes. Files of the header-only types (TypeLink, TypeSymlink,
// TypeChar, TypeBlock, TypeDir and TypeFifo) have no contents, whatever
// their Header.Size says.
func (tr *Reader) Read(b []byte) (int, error) {
	if tr.err != nil {
		return 0, tr.err
	}
	n, err := tr.curr.Read(b)
	if err != nil && err != io.EOF {
		tr.err = err
	}
	return n, err
}

// writeTo writes the rest of the current file to w, seeking over a
// sparse file's holes when w can seek. It is not exported as WriteTo, so
// that io.Copy does not use it: Reader.Read would not return the same
// results if WriteTo ever changed.
func (tr *Reader) writeTo(w io.Writer) (int64, error) {
	if tr.err != nil {
		return 0, tr.err
	}
	n, err := tr.curr.WriteTo(w)
	if err != nil {
		tr.err = err
	}
	return n, err
}

// readSpecialFile reads a whole PAX or GNU pseudo-file, which must not be
// larger than maxSpecialFileSize.
func readSpecialFile(r io.Reader) ([]byte, error) {
	buf, err := io.ReadAll(io.LimitReader(r, maxSpecialFileSize+1))
	if len(buf) > maxSpecialFileSize {
		return nil, ErrFieldTooLong
	}
	return buf, err
}

// discard skips n bytes of r. It seeks if r can, but over one byte fewer
// than n, and reads the last one, since a seek past the end of a file
// succeeds and only a read reports that the archive was cut short.
func discard(r io.Reader, n int64) error {
	var seeked int64
	if s, ok := r.(io.Seeker); ok && n > 1 {
		// Some Seekers cannot actually seek; they fail right away.
		if start, err := s.Seek(0, io.SeekCurrent); start >= 0 && err == nil {
			end, err := s.Seek(n-1, io.SeekCurrent)
			if end < 0 || err != nil {
				return err
			}
			seeked = end - start
		}
	}
	copied, err := io.CopyN(io.Discard, r, n-seeked)
	if err == io.EOF && seeked+copied < n {
		err = io.ErrUnexpectedEOF
	}
	return err
}
