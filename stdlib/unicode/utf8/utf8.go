// Package utf8 implements functions and constants to support text encoded
// in UTF-8.
//
// UTF-8 encodes a code point in one to four bytes:
//
//	bits  first byte  continuation bytes     range
//	  7   0xxxxxxx                           U+0000..U+007F
//	 11   110xxxxx    10xxxxxx               U+0080..U+07FF
//	 16   1110xxxx    10xxxxxx x2            U+0800..U+FFFF
//	 21   11110xxx    10xxxxxx x3            U+10000..U+10FFFF
//
// A sequence is valid only in its shortest form (no "overlong" encodings),
// and never encodes a surrogate half (U+D800..U+DFFF) or a value above
// U+10FFFF. The decoder enforces this by narrowing the allowed range of
// the second byte according to the first (see acceptRange). An invalid
// sequence decodes as RuneError with width 1, so a loop that advances by
// the returned width steps over a bad byte and resynchronises.
package utf8

import "unsafe"

// view returns the bytes of p as a string without copying them, so that the
// []byte and string forms of each function share one implementation. The
// string must not outlive a later change to p; every caller here only
// reads it before returning. (A string header {ptr, len} is a prefix of a
// slice header {ptr, len, cap}.)
func view(p []byte) string {
	return *(*string)(unsafe.Pointer(&p))
}

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

// Code points in the surrogate range are not valid for UTF-8.
const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// Upper limits of the code points an encoding of each length holds.
const (
	rune1Max = 1<<7 - 1
	rune2Max = 1<<11 - 1
	rune3Max = 1<<16 - 1
)

// Continuation bytes are 10xxxxxx.
const (
	continuationMin = 0x80
	continuationMax = 0xBF
)

// sequenceLength returns how many bytes a sequence starting with b has
// (0 when b cannot start a sequence), and the range its second byte must
// fall in for the encoding to be valid and shortest.
func sequenceLength(b byte) (n int, lo, hi byte) {
	switch {
	case b < RuneSelf:
		return 1, 0, 0
	case b < 0xC2: // continuation byte, or overlong 2-byte lead 0xC0/0xC1
		return 0, 0, 0
	case b < 0xE0:
		return 2, continuationMin, continuationMax
	case b == 0xE0: // rule out overlong 3-byte forms
		return 3, 0xA0, continuationMax
	case b == 0xED: // rule out surrogates
		return 3, continuationMin, 0x9F
	case b < 0xF0:
		return 3, continuationMin, continuationMax
	case b == 0xF0: // rule out overlong 4-byte forms
		return 4, 0x90, continuationMax
	case b < 0xF4:
		return 4, continuationMin, continuationMax
	case b == 0xF4: // rule out values above U+10FFFF
		return 4, continuationMin, 0x8F
	}
	return 0, 0, 0
}

// isContinuation reports whether b is a 10xxxxxx byte.
func isContinuation(b byte) bool {
	return b&0xC0 == 0x80
}

// decodeString is the one decoder behind every Decode function: it reads
// the sequence at the front of s.
func decodeString(s string) (r rune, size int) {
	if len(s) < 1 {
		return RuneError, 0
	}
	b0 := s[0]
	n, lo, hi := sequenceLength(b0)
	if n == 1 {
		return rune(b0), 1
	}
	if n == 0 || len(s) < n {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < lo || hi < b1 {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if !isContinuation(b2) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if !isContinuation(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRune unpacks the first UTF-8 encoding in p and returns the rune and
// its width in bytes. If p is empty it returns (RuneError, 0). Otherwise, if
// the encoding is invalid, it returns (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return decodeString(view(p[:n]))
}

// DecodeRuneInString is like DecodeRune but its input is a string.
func DecodeRuneInString(s string) (r rune, size int) {
	return decodeString(s)
}

// lastStart returns the index where the last rune of s may begin: the last
// byte that is not a continuation byte, looking back at most UTFMax bytes.
func lastStart(s string) int {
	end := len(s)
	lim := end - UTFMax
	if lim < 0 {
		lim = 0
	}
	start := end - 1
	for start >= lim && isContinuation(s[start]) {
		start--
	}
	if start < lim {
		start = lim
	}
	return start
}

// decodeLastString decodes the last rune of s: it finds the rune's likely
// start, decodes forward from there, and accepts the result only if the
// sequence ends exactly at the end of s.
func decodeLastString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := lastStart(s)
	r, size = decodeString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRune unpacks the last UTF-8 encoding in p and returns the rune
// and its width in bytes. If p is empty it returns (RuneError, 0).
// Otherwise, if the encoding is invalid, it returns (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	n := len(p)
	if n > UTFMax {
		return decodeLastString(view(p[n-UTFMax:]))
	}
	return decodeLastString(view(p))
}

// DecodeLastRuneInString is like DecodeLastRune but its input is a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	return decodeLastString(s)
}

// FullRune reports whether the bytes in p begin with a full UTF-8 encoding
// of a rune. An invalid encoding is considered a full Rune since it will
// convert as a width-1 error rune.
func FullRune(p []byte) bool {
	n := len(p)
	if n > UTFMax {
		n = UTFMax
	}
	return FullRuneInString(view(p[:n]))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	n, lo, hi := sequenceLength(s[0])
	if n <= 1 || len(s) >= n {
		return true
	}
	// A short sequence is already known to be invalid (hence "full") if
	// one of the bytes present is wrong.
	if len(s) > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if len(s) > 2 && !isContinuation(s[2]) {
		return true
	}
	return false
}

// RuneLen returns the number of bytes required to encode the rune.
// It returns -1 if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r <= rune1Max:
		return 1
	case r <= rune2Max:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r <= rune3Max:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes into p (which must be large enough) the UTF-8 encoding
// of the rune. If the rune is out of range, it writes the encoding of
// RuneError. It returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if uint32(r) <= rune1Max {
		p[0] = byte(r)
		return 1
	}
	if !ValidRune(r) {
		r = RuneError
	}
	switch {
	case r <= rune2Max:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case r <= rune3Max:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	_ = p[3]
	p[0] = 0xF0 | byte(r>>18)
	p[1] = 0x80 | byte(r>>12)&0x3F
	p[2] = 0x80 | byte(r>>6)&0x3F
	p[3] = 0x80 | byte(r)&0x3F
	return 4
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns
// the extended buffer. If the rune is out of range, it appends the
// encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) <= rune1Max {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneCount returns the number of runes in p. Erroneous and short
// encodings are treated as single runes of width 1 byte.
func RuneCount(p []byte) int {
	return RuneCountInString(view(p))
}

// RuneCountInString is like RuneCount but its input is a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := decodeString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether the byte could be the first byte of an encoded,
// possibly invalid rune. Second and subsequent bytes always have the top
// two bits set to 10.
func RuneStart(b byte) bool { return !isContinuation(b) }

// Valid reports whether p consists entirely of valid UTF-8-encoded runes.
func Valid(p []byte) bool {
	return ValidString(view(p))
}

// ValidString reports whether s consists entirely of valid UTF-8-encoded runes.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := decodeString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidRune reports whether r can be legally encoded as UTF-8.
// Code points that are out of range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
