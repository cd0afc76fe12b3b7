package textproto

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
)

// A Reader implements convenience methods for reading requests or
// responses from a text protocol network connection.
type Reader struct {
	R   *bufio.Reader
	dot *dotReader
	buf []byte // reused by readContinuedLineSlice
}

// NewReader returns a new Reader reading from r.
//
// To avoid denial of service attacks, the provided bufio.Reader should
// be reading from an io.LimitReader or similar Reader to bound the size
// of responses.
func NewReader(r *bufio.Reader) *Reader {
	return &Reader{R: r}
}

// ReadLine reads a single line from r, eliding the final \n or \r\n
// from the returned string.
func (r *Reader) ReadLine() (string, error) {
	line, err := r.readLineSlice()
	return string(line), err
}

// ReadLineBytes is like ReadLine but returns a []byte instead of a
// string.
func (r *Reader) ReadLineBytes() ([]byte, error) {
	line, err := r.readLineSlice()
	if line != nil {
		line = append([]byte(nil), line...)
	}
	return line, err
}

// readLineSlice reads one line; the result may alias the bufio buffer.
func (r *Reader) readLineSlice() ([]byte, error) {
	r.closeDot()
	var line []byte
	for {
		l, more, err := r.R.ReadLine()
		if err != nil {
			return nil, err
		}
		if line == nil && !more {
			return l, nil // the common case: no copy
		}
		line = append(line, l...)
		if !more {
			return line, nil
		}
	}
}

// ReadContinuedLine reads a possibly continued line from r, eliding the
// final trailing ASCII white space. Lines after the first are considered
// continuations if they begin with a space or tab character. In the
// returned data, continuation lines are separated from the previous line
// only by a single space: the newline and leading white space are
// removed.
//
// For example, consider this input:
//
//	Line 1
//	  continued...
//	Line 2
//
// The first call to ReadContinuedLine will return "Line 1 continued..."
// and the second will return "Line 2".
//
// Empty lines are never continued.
func (r *Reader) ReadContinuedLine() (string, error) {
	line, err := r.readContinuedLineSlice(noValidation)
	return string(line), err
}

// ReadContinuedLineBytes is like ReadContinuedLine but returns a []byte
// instead of a string.
func (r *Reader) ReadContinuedLineBytes() ([]byte, error) {
	line, err := r.readContinuedLineSlice(noValidation)
	if line != nil {
		line = append([]byte(nil), line...)
	}
	return line, err
}

// trim returns s without leading and trailing spaces and tabs.
func trim(s []byte) []byte {
	return bytes.Trim(s, " \t")
}

// readContinuedLineSlice reads a line and its continuation lines. The
// first line must pass validateFirstLine; the result may alias r.buf.
func (r *Reader) readContinuedLineSlice(validateFirstLine func([]byte) error) ([]byte, error) {
	line, err := r.readLineSlice()
	if err != nil {
		return nil, err
	}
	if len(line) == 0 { // a blank line is never continued
		return line, nil
	}
	if err := validateFirstLine(line); err != nil {
		return nil, err
	}
	// Fast path: the next line visibly starts a new key or ends the
	// header, so no copy into r.buf is needed.
	if r.R.Buffered() > 1 {
		peek, _ := r.R.Peek(2)
		if isASCIILetter(peek[0]) || peek[0] == '\n' || peek[0] == '\r' && peek[1] == '\n' {
			return trim(line), nil
		}
	}
	r.buf = append(r.buf[:0], trim(line)...)
	for r.skipSpace() > 0 {
		line, err := r.readLineSlice()
		if err != nil {
			break
		}
		r.buf = append(r.buf, ' ')
		r.buf = append(r.buf, trim(line)...)
	}
	return r.buf, nil
}

// skipSpace skips spaces and tabs and returns how many it skipped.
func (r *Reader) skipSpace() int {
	n := 0
	for {
		c, err := r.R.ReadByte()
		if err != nil {
			return n
		}
		if c != ' ' && c != '\t' {
			r.R.UnreadByte()
			return n
		}
		n++
	}
}

func (r *Reader) readCodeLine(expectCode int) (code int, continued bool, message string, err error) {
	line, err := r.ReadLine()
	if err != nil {
		return
	}
	return parseCodeLine(line, expectCode)
}

// parseCodeLine parses "ddd message" or, for a line that a multi-line
// response continues, "ddd-message".
func parseCodeLine(line string, expectCode int) (code int, continued bool, message string, err error) {
	if len(line) < 4 || line[3] != ' ' && line[3] != '-' {
		err = ProtocolError("short response: " + line)
		return
	}
	continued = line[3] == '-'
	code, err = strconv.Atoi(line[0:3])
	if err != nil || code < 100 {
		err = ProtocolError("invalid response code: " + line)
		return
	}
	message = line[4:]
	if !codeMatches(code, expectCode) {
		err = &Error{code, message}
	}
	return
}

// codeMatches reports whether code has the expected prefix: one digit
// (expect 2 accepts 2xx), two, or all three; expect <= 0 accepts all.
func codeMatches(code, expect int) bool {
	switch {
	case 1 <= expect && expect < 10:
		return code/100 == expect
	case 10 <= expect && expect < 100:
		return code/10 == expect
	case 100 <= expect && expect < 1000:
		return code == expect
	}
	return true
}

// ReadCodeLine reads a response code line of the form
//
//	code message
//
// where code is a three-digit status code and the message extends to
// the rest of the line. If the prefix of the status does not match the
// digits in expectCode, ReadCodeLine returns with err set to
// &Error{code, message}. If the response is multi-line, ReadCodeLine
// returns an error.
func (r *Reader) ReadCodeLine(expectCode int) (code int, message string, err error) {
	code, continued, message, err := r.readCodeLine(expectCode)
	if err == nil && continued {
		err = ProtocolError("unexpected multi-line response: " + message)
	}
	return
}

// ReadResponse reads a multi-line response of the form
//
//	code-message line 1
//	code-message line 2
//	...
//	code message line n
//
// where code is a three-digit status code. The first line starts with
// the code and a hyphen. The response is terminated by a line that
// starts with the same code followed by a space. Each line in message
// is separated by a newline (\n).
func (r *Reader) ReadResponse(expectCode int) (code int, message string, err error) {
	code, continued, message, err := r.readCodeLine(expectCode)
	multi := continued
	for continued {
		line, err := r.ReadLine()
		if err != nil {
			return 0, "", err
		}
		var code2 int
		var moreMessage string
		code2, continued, moreMessage, err = parseCodeLine(line, 0)
		if err != nil || code2 != code {
			// Not a line of this response's form: keep it whole.
			message += "\n" + strings.TrimRight(line, "\r\n")
			continued = true
			continue
		}
		message += "\n" + moreMessage
	}
	if err != nil && multi && message != "" {
		// Report the whole message, not only its first line.
		err = &Error{code, message}
	}
	return
}

// DotReader returns a new Reader that satisfies Reads using the decoded
// text of a dot-encoded block read from r. The returned Reader is only
// valid until the next call to a method on r.
//
// Dot encoding is a common framing used for data blocks in text
// protocols such as SMTP. The data consists of a sequence of lines, each
// of which ends in "\r\n". The sequence itself ends at a line containing
// just a dot: ".\r\n". Lines beginning with a dot are escaped with an
// additional dot to avoid looking like the end of the sequence.
//
// The decoded form returned by the Reader's Read method rewrites the
// "\r\n" line endings into the simpler "\n", removes leading dot escapes
// if present, and stops with error io.EOF after consuming (and
// discarding) the end-of-sequence line.
func (r *Reader) DotReader() io.Reader {
	r.closeDot()
	r.dot = &dotReader{r: r}
	return r.dot
}

// A dotReader decodes a dot-encoded block, one byte at a time, with a
// state machine over the line being read.
type dotReader struct {
	r     *Reader
	state int
}

const (
	stateBeginLine = iota // at the beginning of a line; the first state
	stateDot              // read '.' at the beginning of a line
	stateDotCR            // read ".\r" at the beginning of a line
	stateCR               // read '\r' (possibly at the end of a line)
	stateData             // in the middle of a line
	stateEOF              // read the ".\r\n" end line
)

// Read satisfies reads by decoding dot-encoded data read from d.r.
func (d *dotReader) Read(b []byte) (n int, err error) {
	br := d.r.R
	for n < len(b) && d.state != stateEOF {
		var c byte
		c, err = br.ReadByte()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			break
		}
		var emit bool
		if c, emit = d.step(c); emit {
			b[n] = c
			n++
		}
	}
	if err == nil && d.state == stateEOF {
		err = io.EOF
	}
	if err != nil && d.r.dot == d {
		d.r.dot = nil
	}
	return
}

// step moves the state machine over byte c and says which byte, if
// any, the decoded text gets. A '\r' not followed by '\n' is kept: the
// byte after it is read again.
func (d *dotReader) step(c byte) (byte, bool) {
	br := d.r.R
	switch d.state {
	case stateBeginLine:
		switch c {
		case '.':
			d.state = stateDot
			return 0, false
		case '\r':
			d.state = stateCR
			return 0, false
		}
		d.state = stateData
	case stateDot:
		switch c {
		case '\r':
			d.state = stateDotCR
			return 0, false
		case '\n':
			d.state = stateEOF
			return 0, false
		}
		d.state = stateData
	case stateDotCR:
		if c == '\n' {
			d.state = stateEOF
			return 0, false
		}
		br.UnreadByte()
		c = '\r'
		d.state = stateData
	case stateCR:
		if c == '\n' {
			d.state = stateBeginLine
			return c, true
		}
		br.UnreadByte()
		c = '\r'
		d.state = stateData
	case stateData:
		switch c {
		case '\r':
			d.state = stateCR
			return 0, false
		case '\n':
			d.state = stateBeginLine
		}
	}
	return c, true
}

// closeDot drains the active DotReader, if any.
func (r *Reader) closeDot() {
	if r.dot == nil {
		return
	}
	buf := make([]byte, 128)
	for r.dot != nil {
		// When Read reaches EOF or an error, it sets r.dot == nil.
		r.dot.Read(buf)
	}
}

// ReadDotBytes reads a dot-encoding and returns the decoded data.
func (r *Reader) ReadDotBytes() ([]byte, error) {
	return io.ReadAll(r.DotReader())
}

// ReadDotLines reads a dot-encoding and returns a slice containing the
// decoded lines, with the final \r\n or \n elided from each.
func (r *Reader) ReadDotLines() ([]string, error) {
	var v []string
	for {
		line, err := r.ReadLine()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return v, err
		}
		if len(line) > 0 && line[0] == '.' {
			if len(line) == 1 {
				return v, nil
			}
			line = line[1:]
		}
		v = append(v, line)
	}
}

// ReadMIMEHeader reads a MIME-style header from r. The header is a
// sequence of possibly continued Key: Value lines ending in a blank
// line. The returned map m maps CanonicalMIMEHeaderKey(key) to a
// sequence of values in the same order encountered in the input.
//
// For example, consider this input:
//
//	My-Key: Value 1
//	Long-Key: Even
//	       Longer Value
//	My-Key: Value 2
//
// Given that input, ReadMIMEHeader returns the map:
//
//	map[string][]string{
//		"My-Key": {"Value 1", "Value 2"},
//		"Long-Key": {"Even Longer Value"},
//	}
func (r *Reader) ReadMIMEHeader() (MIMEHeader, error) {
	return readMIMEHeader(r, math.MaxInt64, math.MaxInt64)
}

// The memory a header's map entry costs beyond its key and value, for
// the maxMemory limit of readMIMEHeader.
const mapEntryOverhead = 200

// readMIMEHeader reads a header, failing once it holds more than
// maxHeaders lines or takes more than maxMemory bytes.
func readMIMEHeader(r *Reader, maxMemory, maxHeaders int64) (MIMEHeader, error) {
	// One slice of strings is shared by the keys' first values: a map
	// of many single-valued keys then costs a single allocation.
	var strs []string
	hint := r.upcomingHeaderKeys()
	if hint > 0 {
		strs = make([]string, hint)
	}
	m := make(MIMEHeader, hint)
	maxMemory -= 400 // the map itself

	// A header may not begin with a continuation line.
	if buf, err := r.R.Peek(1); err == nil && (buf[0] == ' ' || buf[0] == '\t') {
		line, err := r.readLineSlice()
		if err != nil {
			return m, err
		}
		return m, ProtocolError("malformed MIME header initial line: " + string(line))
	}

	for {
		kv, err := r.readContinuedLineSlice(mustHaveFieldNameColon)
		if len(kv) == 0 {
			return m, err
		}
		k, v, ok := bytes.Cut(kv, []byte(":"))
		if !ok {
			return m, ProtocolError("malformed MIME header line: " + string(kv))
		}
		key := canonicalMIMEHeaderKey(k)
		if key == "" {
			continue // an empty key, as Go's server tolerates
		}
		maxHeaders--
		if maxHeaders < 0 {
			return nil, errors.New("message too large")
		}
		value := string(bytes.TrimLeft(v, " \t"))
		vv := m[key]
		if vv == nil {
			maxMemory -= int64(len(key)) + mapEntryOverhead
		}
		maxMemory -= int64(len(value))
		if maxMemory < 0 {
			return m, errors.New("message too large")
		}
		if vv == nil && len(strs) > 0 {
			vv, strs = strs[:1:1], strs[1:]
			vv[0] = value
			m[key] = vv
		} else {
			m[key] = append(vv, value)
		}
		if err != nil {
			return m, err
		}
	}
}

func noValidation(_ []byte) error { return nil }

// mustHaveFieldNameColon rejects a header line without a colon.
func mustHaveFieldNameColon(line []byte) error {
	if bytes.IndexByte(line, ':') < 0 {
		return ProtocolError(fmt.Sprintf("malformed MIME header: missing colon: %q", line))
	}
	return nil
}

// upcomingHeaderKeys counts the header lines already buffered (at most
// 1000), as a size hint for the map.
func (r *Reader) upcomingHeaderKeys() (n int) {
	r.R.Peek(1) // fill the buffer if it is empty
	s := r.R.Buffered()
	if s == 0 {
		return
	}
	peek, _ := r.R.Peek(s)
	for len(peek) > 0 && n < 1000 {
		var line []byte
		line, peek, _ = bytes.Cut(peek, []byte("\n"))
		if len(line) == 0 || (len(line) == 1 && line[0] == '\r') {
			break // the blank line ending the header
		}
		if line[0] == ' ' || line[0] == '\t' {
			continue // a continuation line
		}
		n++
	}
	return n
}

// CanonicalMIMEHeaderKey returns the canonical format of the MIME header
// key s. The canonicalization converts the first letter and any letter
// following a hyphen to upper case; the rest are converted to lowercase.
// For example, the canonical key for "accept-encoding" is
// "Accept-Encoding". MIME header keys are assumed to be ASCII only.
// If s contains a space or invalid header field bytes, it is returned
// without modifications.
func CanonicalMIMEHeaderKey(s string) string {
	upper := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !validHeaderFieldByte(c) {
			return s
		}
		if upper && 'a' <= c && c <= 'z' || !upper && 'A' <= c && c <= 'Z' {
			return canonicalMIMEHeaderKey([]byte(s))
		}
		upper = c == '-'
	}
	return s // already canonical: no allocation
}

// validHeaderFieldByte reports whether b may appear in a header field
// name: a "token" byte of RFC 7230 section 3.2.6.
func validHeaderFieldByte(b byte) bool {
	if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' {
		return true
	}
	return b < 0x80 && strings.IndexByte("!#$%&'*+-.^_`|~", b) >= 0
}

// canonicalMIMEHeaderKey is like CanonicalMIMEHeaderKey but is allowed
// to mutate the provided byte slice before returning the string.
func canonicalMIMEHeaderKey(a []byte) string {
	for _, c := range a {
		if !validHeaderFieldByte(c) {
			return string(a)
		}
	}
	upper := true
	for i, c := range a {
		if upper && 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		} else if !upper && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		a[i] = c
		upper = c == '-' // for the next byte
	}
	commonHeaderOnce.Do(initCommonHeader)
	// The common keys are interned: reading them costs no allocation.
	if v := commonHeader[string(a)]; v != "" {
		return v
	}
	return string(a)
}

// commonHeader interns the canonical keys most headers hold.
var commonHeader map[string]string

var commonHeaderOnce sync.Once

func initCommonHeader() {
	commonHeader = make(map[string]string)
	for _, v := range []string{
		"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
		"Accept-Ranges", "Cache-Control", "Cc", "Connection", "Content-Id",
		"Content-Language", "Content-Length", "Content-Transfer-Encoding",
		"Content-Type", "Cookie", "Date", "Dkim-Signature", "Etag",
		"Expires", "From", "Host", "If-Modified-Since", "If-None-Match",
		"In-Reply-To", "Last-Modified", "Location", "Message-Id",
		"Mime-Version", "Pragma", "Received", "Return-Path", "Server",
		"Set-Cookie", "Subject", "To", "User-Agent", "Via",
		"X-Forwarded-For", "X-Imforwards", "X-Powered-By",
	} {
		commonHeader[v] = v
	}
}
