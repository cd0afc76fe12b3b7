// Package quotedprintable implements quoted-printable encoding as
// specified by RFC 2045.
package quotedprintable

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// Reader is a quoted-printable decoder.
type Reader struct {
	br   *bufio.Reader
	rerr error  // the error that ended the last line read
	line []byte // the rest of the current line, still to decode
}

// NewReader returns a quoted-printable reader, decoding from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReader(r)}
}

// unhex returns the value of the hexadecimal digit b; lower-case digits
// are accepted too, as mail software writes them.
func unhex(b byte) (byte, error) {
	switch {
	case '0' <= b && b <= '9':
		return b - '0', nil
	case 'A' <= b && b <= 'F':
		return b - 'A' + 10, nil
	case 'a' <= b && b <= 'f':
		return b - 'a' + 10, nil
	}
	return 0, fmt.Errorf("quotedprintable: invalid hex byte 0x%02x", b)
}

// decodeEscape decodes the two hexadecimal digits that follow an "=".
func decodeEscape(v []byte) (byte, error) {
	if len(v) < 2 {
		return 0, io.ErrUnexpectedEOF
	}
	hi, err := unhex(v[0])
	if err != nil {
		return 0, err
	}
	lo, err := unhex(v[1])
	if err != nil {
		return 0, err
	}
	return hi<<4 | lo, nil
}

// isTrailingSpace reports whether b is among the bytes a line's end may
// carry that are not part of the text (RFC 2045 6.7, rule 3).
func isTrailingSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\n'
}

// nextLine reads the next line and strips it for decoding: trailing
// white space goes, a soft line break ("=" at the end) joins the line
// to the next, and a hard one is kept as the line ending it came with.
func (r *Reader) nextLine() {
	var whole []byte
	whole, r.rerr = r.br.ReadSlice('\n')
	r.line = bytes.TrimRightFunc(whole, isTrailingSpace)
	stripped := whole[len(r.line):]
	if bytes.HasSuffix(r.line, []byte("=")) {
		r.line = r.line[:len(r.line)-1]
		// The "=" must end the line, or end the input after some text.
		endsLine := bytes.HasPrefix(stripped, []byte("\n")) || bytes.HasPrefix(stripped, []byte("\r\n"))
		endsInput := len(stripped) == 0 && len(r.line) > 0 && r.rerr == io.EOF
		if !endsLine && !endsInput {
			r.rerr = fmt.Errorf("quotedprintable: invalid bytes after =: %q", stripped)
		}
		return
	}
	switch {
	case bytes.HasSuffix(whole, []byte("\r\n")):
		r.line = append(r.line, '\r', '\n')
	case bytes.HasSuffix(whole, []byte("\n")):
		r.line = append(r.line, '\n')
	}
}

// Read reads and decodes quoted-printable data from the underlying reader.
func (r *Reader) Read(p []byte) (n int, err error) {
	for len(p) > 0 {
		if len(r.line) == 0 {
			if r.rerr != nil {
				return n, r.rerr
			}
			r.nextLine()
			continue
		}
		b := r.line[0]
		switch {
		case b == '=':
			b, err = decodeEscape(r.line[1:])
			if err != nil {
				// Be lenient with an "=" not followed by a line end:
				// keep it as text, as mail readers do.
				if len(r.line) < 2 || r.line[1] == '\r' || r.line[1] == '\n' {
					return n, err
				}
				b = '='
				break
			}
			r.line = r.line[2:] // the two digits; the "=" goes below
		case b == '\t' || b == '\r' || b == '\n' || b >= 0x80:
			// Tabs, line ends and 8-bit bytes pass through.
		case b < ' ' || b > '~':
			return n, fmt.Errorf("quotedprintable: invalid unescaped byte 0x%02x in body", b)
		}
		p[0] = b
		p = p[1:]
		r.line = r.line[1:]
		n++
	}
	return n, nil
}
