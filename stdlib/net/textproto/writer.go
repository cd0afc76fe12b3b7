package textproto

import (
	"bufio"
	"fmt"
	"io"
)

// A Writer implements convenience methods for writing requests or
// responses to a text protocol network connection.
type Writer struct {
	W   *bufio.Writer
	dot *dotWriter
}

// NewWriter returns a new Writer writing to w.
func NewWriter(w *bufio.Writer) *Writer {
	return &Writer{W: w}
}

// PrintfLine writes the formatted output followed by \r\n.
func (w *Writer) PrintfLine(format string, args ...any) error {
	w.closeDot()
	fmt.Fprintf(w.W, format, args...)
	w.W.WriteString("\r\n")
	return w.W.Flush()
}

// DotWriter returns a writer that can be used to write a dot-encoding
// to w. It takes care of inserting leading dots when necessary,
// translating line-ending \n into \r\n, and adding the final .\r\n line
// when the DotWriter is closed. The caller should close the DotWriter
// before the next call to a method on w.
func (w *Writer) DotWriter() io.WriteCloser {
	w.closeDot()
	w.dot = &dotWriter{w: w}
	return w.dot
}

func (w *Writer) closeDot() {
	if w.dot != nil {
		w.dot.Close() // sets w.dot = nil
	}
}

// A dotWriter is a state machine over the bytes written: where a line
// begins, a '.' is doubled; a bare \n becomes \r\n.
type dotWriter struct {
	w     *Writer
	state int
}

const (
	wstateBegin     = iota // nothing written yet
	wstateBeginLine        // at the beginning of a line
	wstateCR               // wrote \r (possibly at end of line)
	wstateData             // in the middle of a line
)

func (d *dotWriter) Write(b []byte) (n int, err error) {
	bw := d.w.W
	for ; n < len(b); n++ {
		c := b[n]
		switch d.state {
		case wstateBegin, wstateBeginLine:
			if c == '.' {
				bw.WriteByte('.')
			}
			d.state = d.afterData(c)
		case wstateData:
			d.state = d.afterData(c)
		case wstateCR:
			d.state = wstateData
			if c == '\n' {
				d.state = wstateBeginLine
			}
		}
		if err = bw.WriteByte(c); err != nil {
			return n, err
		}
	}
	return n, nil
}

// afterData returns the state after data byte c, writing the \r a bare
// \n lacks.
func (d *dotWriter) afterData(c byte) int {
	switch c {
	case '\r':
		return wstateCR
	case '\n':
		d.w.W.WriteByte('\r')
		return wstateBeginLine
	}
	return wstateData
}

// Close ends the current line if needed and writes the final ".\r\n".
func (d *dotWriter) Close() error {
	if d.w.dot == d {
		d.w.dot = nil
	}
	bw := d.w.W
	switch d.state {
	case wstateCR:
		bw.WriteString("\n")
	case wstateBegin, wstateData:
		bw.WriteString("\r\n")
	}
	bw.WriteString(".\r\n")
	return bw.Flush()
}
