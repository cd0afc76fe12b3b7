package tar

import "io"

// This file holds the writers of one file's contents: regFileWriter for
// the bytes as stored, and sparseFileWriter, which stores only the data
// fragments of a sparse file. (The Writer does not write sparse headers
// yet, so only the tests use sparseFileWriter.)

// regFileWriter writes the nb bytes left of a file to w.
type regFileWriter struct {
	w  io.Writer // the archive
	nb int64     // bytes left in the file
}

// Write writes at most the bytes left, and reports ErrWriteTooLong if b
// holds more.
func (fw *regFileWriter) Write(b []byte) (n int, err error) {
	tooLong := int64(len(b)) > fw.nb
	if tooLong {
		b = b[:fw.nb]
	}
	if len(b) > 0 {
		n, err = fw.w.Write(b)
		fw.nb -= int64(n)
	}
	if err == nil && tooLong {
		err = ErrWriteTooLong
	}
	return n, err
}

// ReadFrom copies r into the file. The wrapper hides ReadFrom from
// io.Copy, which would otherwise call it again.
func (fw *regFileWriter) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{fw}, r)
}

func (fw regFileWriter) logicalRemaining() int64  { return fw.nb }
func (fw regFileWriter) physicalRemaining() int64 { return fw.nb }

// sparseFileWriter writes a sparse file: the data fragments in sp go to
// fw, and the holes between them must be NULs, which are dropped.
type sparseFileWriter struct {
	fw  fileWriter  // the stored data
	sp  sparseDatas // normalized: the last fragment ends the file
	pos int64       // offset reached in the expanded file
}

// Write writes b across the holes and data fragments in turn. A non-NUL
// byte in a hole is errWriteHole.
func (sw *sparseFileWriter) Write(b []byte) (n int, err error) {
	tooLong := int64(len(b)) > sw.logicalRemaining()
	if tooLong {
		b = b[:sw.logicalRemaining()]
	}
	for n < len(b) && err == nil {
		var nf int
		data := sw.sp[0]
		rest := b[n:]
		if sw.pos < data.Offset {
			nf, err = zeroWriter{}.Write(rest[:min(int64(len(rest)), data.Offset-sw.pos)])
		} else {
			nf, err = sw.fw.Write(rest[:min(int64(len(rest)), data.endOffset()-sw.pos)])
		}
		n += nf
		sw.pos += int64(nf)
		sw.nextFragment()
	}
	// The map was checked against the size, so the stored data and the
	// map always agree; the two errors below would be bugs.
	switch {
	case err == ErrWriteTooLong:
		return n, errMissData
	case err != nil:
		return n, err
	case sw.logicalRemaining() == 0 && sw.physicalRemaining() > 0:
		return n, errUnrefData
	case tooLong:
		return n, ErrWriteTooLong
	}
	return n, nil
}

// nextFragment drops the first fragment once it has been passed; the
// last one is kept, since it marks the end of the file.
func (sw *sparseFileWriter) nextFragment() {
	if sw.pos >= sw.sp[0].endOffset() && len(sw.sp) > 1 {
		sw.sp = sw.sp[1:]
	}
}

// ReadFrom copies r into the file, seeking over the holes rather than
// reading them when r can seek. If the file ends in a hole, its last byte
// is read, to check that r is long enough; r must then be at its end.
func (sw *sparseFileWriter) ReadFrom(r io.Reader) (n int64, err error) {
	rs, ok := r.(io.ReadSeeker)
	if ok {
		// Some Seekers cannot actually seek; they fail right away.
		if _, err := rs.Seek(0, io.SeekCurrent); err != nil {
			ok = false
		}
	}
	if !ok {
		return io.Copy(struct{ io.Writer }{sw}, r)
	}

	var readLastByte bool
	start := sw.pos
	for sw.logicalRemaining() > 0 && !readLastByte && err == nil {
		var nf int64
		data := sw.sp[0]
		if sw.pos < data.Offset {
			nf = data.Offset - sw.pos
			if sw.physicalRemaining() == 0 {
				readLastByte = true
				nf--
			}
			_, err = rs.Seek(nf, io.SeekCurrent)
		} else {
			nf, err = io.CopyN(sw.fw, rs, data.endOffset()-sw.pos)
		}
		sw.pos += nf
		sw.nextFragment()
	}
	if readLastByte && err == nil {
		_, err = mustReadFull(rs, []byte{0})
		sw.pos++
	}

	n = sw.pos - start
	switch {
	case err == io.EOF:
		return n, io.ErrUnexpectedEOF
	case err == ErrWriteTooLong:
		return n, errMissData
	case err != nil:
		return n, err
	case sw.logicalRemaining() == 0 && sw.physicalRemaining() > 0:
		return n, errUnrefData
	}
	return n, ensureEOF(rs)
}

func (sw sparseFileWriter) logicalRemaining() int64 {
	return sw.sp[len(sw.sp)-1].endOffset() - sw.pos
}

func (sw sparseFileWriter) physicalRemaining() int64 {
	return sw.fw.physicalRemaining()
}

// zeroWriter accepts only NULs, and discards them.
type zeroWriter struct{}

func (zeroWriter) Write(b []byte) (int, error) {
	for i, c := range b {
		if c != 0 {
			return i, errWriteHole
		}
	}
	return len(b), nil
}

// ensureEOF checks that r has nothing more to read.
func ensureEOF(r io.Reader) error {
	n, err := tryReadFull(r, []byte{0})
	switch {
	case n > 0:
		return ErrWriteTooLong
	case err == io.EOF:
		return nil
	}
	return err
}
