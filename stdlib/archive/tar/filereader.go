package tar

import "io"

// This file holds the readers of one file's contents: regFileReader for
// the bytes as stored, and sparseFileReader, which puts a sparse file's
// holes back between them.

// regFileReader reads the nb bytes left of a file from r.
type regFileReader struct {
	r  io.Reader // the archive
	nb int64     // bytes left in the file
}

// Read reads at most the bytes left, and reports io.EOF with the last of
// them, or io.ErrUnexpectedEOF if the archive ends first.
func (fr *regFileReader) Read(b []byte) (n int, err error) {
	if int64(len(b)) > fr.nb {
		b = b[:fr.nb]
	}
	if len(b) > 0 {
		n, err = fr.r.Read(b)
		fr.nb -= int64(n)
	}
	switch {
	case err == io.EOF && fr.nb > 0:
		return n, io.ErrUnexpectedEOF
	case err == nil && fr.nb == 0:
		return n, io.EOF
	}
	return n, err
}

// WriteTo copies the rest of the file to w. The wrapper hides WriteTo
// from io.Copy, which would otherwise call it again.
func (fr *regFileReader) WriteTo(w io.Writer) (int64, error) {
	return io.Copy(w, struct{ io.Reader }{fr})
}

func (fr regFileReader) logicalRemaining() int64  { return fr.nb }
func (fr regFileReader) physicalRemaining() int64 { return fr.nb }

// sparseFileReader reads a sparse file: the data fragments from fr, and
// NULs for the holes in sp.
type sparseFileReader struct {
	fr  fileReader  // the stored data
	sp  sparseHoles // normalized: the last hole ends the file
	pos int64       // offset reached in the expanded file
}

// Read fills b from the data fragments and holes in turn. The stored data
// must match the map exactly: running out of it is errMissData, data left
// over at the end is errUnrefData.
func (sr *sparseFileReader) Read(b []byte) (n int, err error) {
	finished := int64(len(b)) >= sr.logicalRemaining()
	if finished {
		b = b[:sr.logicalRemaining()]
	}
	for n < len(b) && err == nil {
		var nf int
		hole := sr.sp[0]
		rest := b[n:]
		if sr.pos < hole.Offset {
			nf, err = tryReadFull(sr.fr, rest[:min(int64(len(rest)), hole.Offset-sr.pos)])
		} else {
			nf, err = tryReadFull(zeroReader{}, rest[:min(int64(len(rest)), hole.endOffset()-sr.pos)])
		}
		n += nf
		sr.pos += int64(nf)
		sr.nextHole()
	}
	switch {
	case err == io.EOF:
		return n, errMissData
	case err != nil:
		return n, err
	case sr.logicalRemaining() == 0 && sr.physicalRemaining() > 0:
		return n, errUnrefData
	case finished:
		return n, io.EOF
	}
	return n, nil
}

// nextHole drops the first hole once it has been passed; the last one is
// kept, since it marks the end of the file.
func (sr *sparseFileReader) nextHole() {
	if sr.pos >= sr.sp[0].endOffset() && len(sr.sp) > 1 {
		sr.sp = sr.sp[1:]
	}
}

// WriteTo copies the rest of the file to w, seeking over holes rather
// than writing zeros when w can seek. If the file ends in a hole, its
// last byte is written, so that w grows to the file's size.
func (sr *sparseFileReader) WriteTo(w io.Writer) (n int64, err error) {
	ws, ok := w.(io.WriteSeeker)
	if ok {
		// Some Seekers cannot actually seek; they fail right away.
		if _, err := ws.Seek(0, io.SeekCurrent); err != nil {
			ok = false
		}
	}
	if !ok {
		return io.Copy(w, struct{ io.Reader }{sr})
	}

	var writeLastByte bool
	start := sr.pos
	for sr.logicalRemaining() > 0 && !writeLastByte && err == nil {
		var nf int64
		hole := sr.sp[0]
		if sr.pos < hole.Offset {
			nf, err = io.CopyN(ws, sr.fr, hole.Offset-sr.pos)
		} else {
			nf = hole.endOffset() - sr.pos
			if sr.physicalRemaining() == 0 {
				writeLastByte = true
				nf--
			}
			_, err = ws.Seek(nf, io.SeekCurrent)
		}
		sr.pos += nf
		sr.nextHole()
	}
	if writeLastByte && err == nil {
		_, err = ws.Write([]byte{0})
		sr.pos++
	}

	n = sr.pos - start
	switch {
	case err == io.EOF:
		return n, errMissData
	case err != nil:
		return n, err
	case sr.logicalRemaining() == 0 && sr.physicalRemaining() > 0:
		return n, errUnrefData
	}
	return n, nil
}

func (sr sparseFileReader) logicalRemaining() int64 {
	return sr.sp[len(sr.sp)-1].endOffset() - sr.pos
}

func (sr sparseFileReader) physicalRemaining() int64 {
	return sr.fr.physicalRemaining()
}

// zeroReader reads an endless stream of NULs.
type zeroReader struct{}

func (zeroReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 0
	}
	return len(b), nil
}

// mustReadFull is tryReadFull, for which reaching the end of r is an
// error.
func mustReadFull(r io.Reader, b []byte) (int, error) {
	n, err := tryReadFull(r, b)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return n, err
}

// tryReadFull fills b from r. Unlike io.ReadFull, a partial read ends
// with io.EOF, not io.ErrUnexpectedEOF; a full one has no error.
func tryReadFull(r io.Reader, b []byte) (n int, err error) {
	for n < len(b) && err == nil {
		var nn int
		nn, err = r.Read(b[n:])
		n += nn
	}
	if n == len(b) && err == io.EOF {
		err = nil
	}
	return n, err
}
