package tar

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file converts header fields between their bytes in a block and Go
// values. A string field is NUL-terminated unless it fills the field. A
// numeric field is ASCII octal, or, when the number does not fit, GNU's
// base-256: big-endian two's complement with the top bit of the first byte
// set as a marker. PAX records are "<length> <key>=<value>\n" lines.

// hasNUL reports whether s contains a NUL, which a NUL-terminated field
// cannot hold.
func hasNUL(s string) bool {
	return strings.Contains(s, "\x00")
}

// isASCII reports whether s is ASCII without NULs, as USTAR fields must be.
func isASCII(s string) bool {
	for _, c := range s {
		if c >= 0x80 || c == 0x00 {
			return false
		}
	}
	return true
}

// toASCII drops from s every rune isASCII rejects, so that a PAX header's
// USTAR fields hold a best-effort fallback for readers without PAX.
func toASCII(s string) string {
	if isASCII(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, c := range s {
		if c < 0x80 && c != 0x00 {
			b = append(b, byte(c))
		}
	}
	return string(b)
}

// parser reads fields out of a block. Rather than return an error from
// every call, it keeps the last one, so a whole header can be parsed
// before checking once.
type parser struct {
	err error // last error seen
}

// formatter writes fields into a block, keeping its last error like parser.
type formatter struct {
	err error // last error seen
}

// parseString returns b up to its first NUL.
func (*parser) parseString(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return string(b[:i])
	}
	return string(b)
}

// formatString copies s into b, NUL-terminated if room is left. A string
// too long is cut and reported; if the cut leaves a trailing slash, the
// slashes are replaced by NUL so that a truncated name is not mistaken
// for a directory.
func (f *formatter) formatString(b []byte, s string) {
	if len(s) > len(b) {
		f.err = ErrFieldTooLong
	}
	copy(b, s)
	if len(s) < len(b) {
		b[len(s)] = 0
	}
	if len(s) > len(b) && b[len(b)-1] == '/' {
		kept := strings.TrimRight(s[:len(b)], "/")
		b[len(kept)] = 0
	}
}

// fitsInBase256 reports whether x fits in an n-byte base-256 field, whose
// first byte gives up its marker bit. Fields of 9 bytes or more hold
// every int64.
func fitsInBase256(n int, x int64) bool {
	bits := uint(n-1) * 8
	return n >= 9 || (x >= -1<<bits && x < 1<<bits)
}

// parseNumeric parses a numeric field in base-256 if its marker bit is
// set, else in octal.
func (p *parser) parseNumeric(b []byte) int64 {
	if len(b) == 0 || b[0]&0x80 == 0 {
		return p.parseOctal(b)
	}
	// The second-highest bit of the first byte is the sign. Inverting the
	// bytes of a negative number gives its one's complement, which is
	// accumulated as a positive number and inverted back at the end.
	var flip byte
	if b[0]&0x40 != 0 {
		flip = 0xff
	}
	var x uint64
	for i, c := range b {
		c ^= flip
		if i == 0 {
			c &= 0x7f // drop the marker bit
		}
		if x>>56 != 0 {
			p.err = ErrHeader // the next shift would lose bits
			return 0
		}
		x = x<<8 | uint64(c)
	}
	if x>>63 != 0 {
		p.err = ErrHeader // does not fit in an int64
		return 0
	}
	if flip != 0 {
		return ^int64(x)
	}
	return int64(x)
}

// formatNumeric writes x in octal if it fits, else in base-256; if neither
// fits it writes zero and reports ErrFieldTooLong.
func (f *formatter) formatNumeric(b []byte, x int64) {
	if fitsInOctal(len(b), x) {
		f.formatOctal(b, x)
		return
	}
	if !fitsInBase256(len(b), x) {
		f.formatOctal(b, 0)
		f.err = ErrFieldTooLong
		return
	}
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte(x)
		x >>= 8
	}
	b[0] |= 0x80
}

// parseOctal parses an octal field. Writers disagree on padding, so
// leading and trailing spaces and NULs are all ignored.
func (p *parser) parseOctal(b []byte) int64 {
	b = bytes.Trim(b, " \x00")
	if len(b) == 0 {
		return 0
	}
	x, err := strconv.ParseUint(p.parseString(b), 8, 64)
	if err != nil {
		p.err = ErrHeader
	}
	return int64(x)
}

// formatOctal writes x as zero-padded octal digits followed by a NUL.
func (f *formatter) formatOctal(b []byte, x int64) {
	if !fitsInOctal(len(b), x) {
		x = 0
		f.err = ErrFieldTooLong
	}
	s := strconv.FormatInt(x, 8)
	if pad := len(b) - 1 - len(s); pad > 0 {
		s = strings.Repeat("0", pad) + s
	}
	f.formatString(b, s)
}

// fitsInOctal reports whether x fits in an n-byte octal field, which keeps
// its last byte for the NUL. Go's reader accepts fields of 22 bytes or
// more without a NUL, so those hold every non-negative int64.
func fitsInOctal(n int, x int64) bool {
	bits := uint(n-1) * 3
	return x >= 0 && (n >= 22 || x < 1<<bits)
}

// parsePAXTime parses a PAX time, decimal seconds since the epoch with an
// optional fraction: "1350244992.023960108". Digits past nanoseconds are
// dropped. For a negative time the fraction counts away from zero too.
func parsePAXTime(s string) (time.Time, error) {
	const nanoDigits = 9
	secStr, fracStr, _ := strings.Cut(s, ".")
	secs, err := strconv.ParseInt(secStr, 10, 64)
	if err != nil {
		return time.Time{}, ErrHeader
	}
	if fracStr == "" {
		return time.Unix(secs, 0), nil
	}
	if strings.Trim(fracStr, "0123456789") != "" {
		return time.Time{}, ErrHeader
	}
	if len(fracStr) < nanoDigits {
		fracStr += strings.Repeat("0", nanoDigits-len(fracStr))
	} else {
		fracStr = fracStr[:nanoDigits]
	}
	nsecs, _ := strconv.ParseInt(fracStr, 10, 64) // nine digits always parse
	if strings.HasPrefix(secStr, "-") {
		nsecs = -nsecs
	}
	return time.Unix(secs, nsecs), nil
}

// formatPAXTime is the inverse of parsePAXTime, with no trailing zeros in
// the fraction. time.Time keeps a non-negative nanosecond, so for a
// negative time one second is moved into the fraction: -1.5s is stored as
// second -2 and nanosecond 5e8.
func formatPAXTime(ts time.Time) string {
	secs, nsecs := ts.Unix(), ts.Nanosecond()
	if nsecs == 0 {
		return strconv.FormatInt(secs, 10)
	}
	sign := ""
	if secs < 0 {
		sign = "-"
		secs = -(secs + 1)
		nsecs = 1e9 - nsecs
	}
	return strings.TrimRight(fmt.Sprintf("%s%d.%09d", sign, secs, nsecs), "0")
}

// parsePAXRecord parses the first record of s and returns its key, its
// value and the rest of s. The length at the start of a record counts the
// whole record, itself and the final newline included.
func parsePAXRecord(s string) (k, v, r string, err error) {
	lenStr, rest, ok := strings.Cut(s, " ")
	if !ok {
		return "", "", s, ErrHeader
	}
	// The length is parsed as an int so that slicing below cannot overflow.
	n, perr := strconv.ParseInt(lenStr, 10, 0)
	if perr != nil || n < 5 || n > int64(len(s)) {
		return "", "", s, ErrHeader
	}
	n -= int64(len(lenStr) + 1) // now the length of "key=value\n" in rest
	if n <= 0 {
		return "", "", s, ErrHeader
	}
	record, newline, residual := rest[:n-1], rest[n-1:n], rest[n:]
	if newline != "\n" {
		return "", "", s, ErrHeader
	}
	k, v, ok = strings.Cut(record, "=")
	if !ok || !validPAXRecord(k, v) {
		return "", "", s, ErrHeader
	}
	return k, v, residual, nil
}

// formatPAXRecord formats one record. Its length prefix counts its own
// digits, so adding them may carry the length to one more digit: a record
// of 98 bytes without its prefix needs "101 ", not "100 ".
func formatPAXRecord(k, v string) (string, error) {
	if !validPAXRecord(k, v) {
		return "", ErrHeader
	}
	body := " " + k + "=" + v + "\n"
	size := len(body) + len(strconv.Itoa(len(body)))
	size = len(body) + len(strconv.Itoa(size)) // the carry, if any
	return strconv.Itoa(size) + body, nil
}

// validPAXRecord reports whether k and v can form a record: the key must
// be non-empty and free of '=', and NUL may appear in values only for
// keys (such as xattrs) whose values are binary rather than names.
func validPAXRecord(k, v string) bool {
	if k == "" || strings.Contains(k, "=") {
		return false
	}
	switch k {
	case paxPath, paxLinkpath, paxUname, paxGname:
		return !hasNUL(v)
	}
	return !hasNUL(k)
}
