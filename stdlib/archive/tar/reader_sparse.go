package tar

import (
	"bytes"
	"io"
	"strconv"
	"strings"
)

// This file reads sparse files. GNU tar has stored their maps in four
// ways: in the header block itself, with extension blocks (type 'S', the
// "old GNU" format), and in PAX archives as records (formats 0.0 and 0.1)
// or as lines of text before the data (format 1.0). Whatever the way, the
// map becomes a sparseDatas, which sparseFileReader uses to put the holes
// back.

// handleSparseFile reads the sparse map of the file hdr describes, if it
// has one, and wraps the reader of its contents in a sparseFileReader.
func (tr *Reader) handleSparseFile(hdr *Header, rawHdr *block) error {
	var spd sparseDatas
	var err error
	if hdr.Typeflag == TypeGNUSparse {
		spd, err = tr.readOldGNUSparseMap(hdr, rawHdr)
	} else {
		spd, err = tr.readGNUSparsePAXHeaders(hdr)
	}
	if err != nil || spd == nil {
		return err
	}
	if isHeaderOnlyType(hdr.Typeflag) || !validateSparseEntries(spd, hdr.Size) {
		return ErrHeader
	}
	sph := invertSparseEntries(spd, hdr.Size)
	tr.curr = &sparseFileReader{tr.curr, sph, 0}
	return nil
}

// readGNUSparsePAXHeaders reads the sparse map of a PAX header, or returns
// nil if the header is not of a sparse file. The version comes in the
// records GNU.sparse.major and minor, which 0.0 and 0.1 did not yet write:
// a GNU.sparse.map record then tells 0.x apart. The records also give the
// real name and size, the header's being those of the stored data.
func (tr *Reader) readGNUSparsePAXHeaders(hdr *Header) (sparseDatas, error) {
	var is1x0 bool
	major, minor := hdr.PAXRecords[paxGNUSparseMajor], hdr.PAXRecords[paxGNUSparseMinor]
	switch {
	case major == "0" && (minor == "0" || minor == "1"):
		is1x0 = false
	case major == "1" && minor == "0":
		is1x0 = true
	case major != "" || minor != "":
		return nil, nil // a version this reader does not know
	case hdr.PAXRecords[paxGNUSparseMap] != "":
		is1x0 = false
	default:
		return nil, nil
	}
	hdr.Format.mayOnlyBe(FormatPAX)

	if name := hdr.PAXRecords[paxGNUSparseName]; name != "" {
		hdr.Name = name
	}
	size := hdr.PAXRecords[paxGNUSparseSize] // 0.0 and 0.1
	if size == "" {
		size = hdr.PAXRecords[paxGNUSparseRealSize] // 1.0
	}
	if size != "" {
		n, err := strconv.ParseInt(size, 10, 64)
		if err != nil {
			return nil, ErrHeader
		}
		hdr.Size = n
	}
	if is1x0 {
		return readGNUSparseMap1x0(tr.curr)
	}
	return readGNUSparseMap0x1(hdr.PAXRecords)
}

// readOldGNUSparseMap reads the sparse map of a GNU 'S' header: up to four
// entries in the header block, then, while the last block's flag says so,
// extension blocks of 21 entries each. The header's size is that of the
// stored data; the real size is in its own field.
func (tr *Reader) readOldGNUSparseMap(hdr *Header, blk *block) (sparseDatas, error) {
	// Only GNU tar writes 'S' headers, so any other format is an error.
	if blk.getFormat() != FormatGNU {
		return nil, ErrHeader
	}
	hdr.Format.mayOnlyBe(FormatGNU)

	var p parser
	hdr.Size = p.parseNumeric(blk.toGNU().realSize())
	if p.err != nil {
		return nil, p.err
	}
	sa := blk.toGNU().sparse()
	spd := make(sparseDatas, 0, sa.maxEntries())
	for {
		// Unused entries are empty; the extension flag must still be read.
		for i := 0; i < sa.maxEntries() && sa.entry(i).offset()[0] != 0; i++ {
			offset := p.parseNumeric(sa.entry(i).offset())
			length := p.parseNumeric(sa.entry(i).length())
			if p.err != nil {
				return nil, p.err
			}
			spd = append(spd, sparseEntry{Offset: offset, Length: length})
		}
		if sa.isExtended()[0] == 0 {
			return spd, nil
		}
		if _, err := mustReadFull(tr.r, blk[:]); err != nil {
			return nil, err
		}
		sa = blk.toSparse()
	}
}

// readGNUSparseMap1x0 reads the sparse map of GNU format 1.0, which starts
// the file's stored data: decimal numbers one per line, the number of
// entries then an offset and a length for each, padded with NULs to a
// whole number of blocks.
//
// The reader takes whole blocks, and only as many as the lines it needs,
// so that a huge count cannot make it read without end.
func readGNUSparseMap1x0(r io.Reader) (sparseDatas, error) {
	lines := &blockLines{r: r}
	if err := lines.need(1); err != nil {
		return nil, err
	}
	// The count is parsed as an int and checked so that 2*count does not
	// overflow.
	count, err := strconv.ParseInt(lines.next(), 10, 0)
	if err != nil || count < 0 || int(2*count) < int(count) {
		return nil, ErrHeader
	}
	if err := lines.need(2 * count); err != nil {
		return nil, err
	}
	spd := make(sparseDatas, 0, count)
	for i := int64(0); i < count; i++ {
		offset, err1 := strconv.ParseInt(lines.next(), 10, 64)
		length, err2 := strconv.ParseInt(lines.next(), 10, 64)
		if err1 != nil || err2 != nil {
			return nil, ErrHeader
		}
		spd = append(spd, sparseEntry{Offset: offset, Length: length})
	}
	return spd, nil
}

// blockLines reads lines from r a block at a time.
type blockLines struct {
	r        io.Reader
	buf      bytes.Buffer // read and not yet taken
	newlines int64        // number of complete lines in buf
	blk      block
}

// need reads blocks until n complete lines are buffered.
func (l *blockLines) need(n int64) error {
	for l.newlines < n {
		if _, err := mustReadFull(l.r, l.blk[:]); err != nil {
			return err
		}
		l.buf.Write(l.blk[:])
		l.newlines += int64(bytes.Count(l.blk[:], []byte{'\n'}))
	}
	return nil
}

// next takes the next buffered line, without its newline.
func (l *blockLines) next() string {
	l.newlines--
	line, _ := l.buf.ReadString('\n')
	return strings.TrimSuffix(line, "\n")
}

// readGNUSparseMap0x1 reads the sparse map of GNU formats 0.0 and 0.1 from
// the records GNU.sparse.numblocks and GNU.sparse.map, whose value lists
// offsets and lengths separated by commas (parsePAX has joined 0.0's
// records into one).
func readGNUSparseMap0x1(paxHdrs map[string]string) (sparseDatas, error) {
	count, err := strconv.ParseInt(paxHdrs[paxGNUSparseNumBlocks], 10, 0)
	if err != nil || count < 0 || int(2*count) < int(count) {
		return nil, ErrHeader
	}
	fields := strings.Split(paxHdrs[paxGNUSparseMap], ",")
	if len(fields) == 1 && fields[0] == "" {
		fields = nil
	}
	if int64(len(fields)) != 2*count {
		return nil, ErrHeader
	}
	spd := make(sparseDatas, 0, count)
	for ; len(fields) >= 2; fields = fields[2:] {
		offset, err1 := strconv.ParseInt(fields[0], 10, 64)
		length, err2 := strconv.ParseInt(fields[1], 10, 64)
		if err1 != nil || err2 != nil {
			return nil, ErrHeader
		}
		spd = append(spd, sparseEntry{Offset: offset, Length: length})
	}
	return spd, nil
}
