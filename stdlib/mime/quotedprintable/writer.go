package quotedprintable

import "io"

// lineMaxLen is the longest encoded line RFC 2045 allows, line end aside.
const lineMaxLen = 76

// A Writer is a quoted-printable writer that implements io.WriteCloser.
type Writer struct {
	// Binary mode treats the writer's input as pure binary and processes end of
	// line bytes as binary data.
	Binary bool

	w    io.Writer
	i    int
	line [78]byte // an encoded line: lineMaxLen bytes and "\r\n"
	cr   bool     // the last byte written was a '\r'
}

// NewWriter returns a new Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w}
}

// Write encodes p using quoted-printable encoding and writes it to the
// underlying io.Writer. It limits line length to 76 characters. The encoded
// bytes are not necessarily flushed until the Writer is closed.
func (w *Writer) Write(p []byte) (n int, err error) {
	for i, b := range p {
		if w.isLiteral(b) {
			continue
		}
		// Copy the run of literal bytes before b, then escape b.
		if err := w.write(p[n:i]); err != nil {
			return n, err
		}
		n = i
		if err := w.encode(b); err != nil {
			return n, err
		}
		n++
	}
	if err := w.write(p[n:]); err != nil {
		return n, err
	}
	return len(p), nil
}

// isLiteral reports whether b may stand for itself in the output:
// printable ASCII but "=", spaces and tabs, and line ends in text mode.
func (w *Writer) isLiteral(b byte) bool {
	switch {
	case '!' <= b && b <= '~' && b != '=', b == ' ', b == '\t':
		return true
	case b == '\n' || b == '\r':
		return !w.Binary
	}
	return false
}

// Close closes the Writer, flushing any unwritten data to the underlying
// io.Writer, but does not close the underlying io.Writer.
func (w *Writer) Close() error {
	if err := w.escapeTrailingSpace(); err != nil {
		return err
	}
	return w.flush()
}

// write copies literal bytes into the line, turning each line end
// ("\n", "\r" or "\r\n") into "\r\n" and breaking lines too long.
func (w *Writer) write(p []byte) error {
	for _, b := range p {
		if b == '\n' || b == '\r' {
			if w.cr && b == '\n' {
				w.cr = false // the "\n" of a "\r\n" already ended
				continue
			}
			w.cr = b == '\r'
			if err := w.escapeTrailingSpace(); err != nil {
				return err
			}
			if err := w.endLine(); err != nil {
				return err
			}
			continue
		}
		if w.i == lineMaxLen-1 {
			if err := w.softLineBreak(); err != nil {
				return err
			}
		}
		w.line[w.i] = b
		w.i++
		w.cr = false
	}
	return nil
}

// encode writes b as "=XX", first breaking the line if it has no room.
func (w *Writer) encode(b byte) error {
	if lineMaxLen-1-w.i < 3 {
		if err := w.softLineBreak(); err != nil {
			return err
		}
	}
	const upperhex = "0123456789ABCDEF"
	w.line[w.i] = '='
	w.line[w.i+1] = upperhex[b>>4]
	w.line[w.i+2] = upperhex[b&0x0f]
	w.i += 3
	return nil
}

// escapeTrailingSpace encodes a space or tab that would end the line: a
// decoder drops white space at a line's end (RFC 2045 6.7, rule 3).
func (w *Writer) escapeTrailingSpace() error {
	if w.i == 0 {
		return nil
	}
	b := w.line[w.i-1]
	if b != ' ' && b != '\t' {
		return nil
	}
	w.i--
	return w.encode(b)
}

// softLineBreak ends the line with "=", which the decoder removes.
func (w *Writer) softLineBreak() error {
	w.line[w.i] = '='
	w.i++
	return w.endLine()
}

// endLine ends the line with "\r\n" and writes it out.
func (w *Writer) endLine() error {
	w.line[w.i] = '\r'
	w.line[w.i+1] = '\n'
	w.i += 2
	return w.flush()
}

// flush writes the line's bytes to the underlying writer.
func (w *Writer) flush() error {
	if _, err := w.w.Write(w.line[:w.i]); err != nil {
		return err
	}
	w.i = 0
	return nil
}
