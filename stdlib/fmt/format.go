// This file implements the formatter: the layer that turns one basic value
// (an integer, a string, a float, ...) into text, honouring a verb's flags,
// width and precision. It knows nothing about interfaces or reflection;
// print.go decides which of these functions a value needs.
//
// Padding is the common final step: pad and padString write a piece of
// text into the buffer with spaces (or zeros, for numbers) on its left, or
// on its right with the '-' flag, so that it fills the width in runes.

package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	ldigits = "0123456789abcdefx" // lower-case digits; index 16 is the 0x prefix letter
	udigits = "0123456789ABCDEFX"
)

const (
	signed   = true
	unsigned = false
)

// fmtFlags holds the flags of one verb: %-+# 0, width and precision
// presence, and the two variants of %v (%+v and %#v).
type fmtFlags struct {
	widPresent  bool
	precPresent bool
	minus       bool // '-': pad on the right
	plus        bool // '+': always print a sign
	sharp       bool // '#': alternate format
	space       bool // ' ': leave a space for an elided sign; spaces between hex bytes
	zero        bool // '0': pad with leading zeros

	// For %+v and %#v the flag is moved here, so that plus and sharp keep
	// their meaning for the values printed inside (%+v of a struct holding
	// a float prints the float without a sign).
	plusV  bool
	sharpV bool
}

// formatter formats basic values into a buffer (Go's fmt.fmt).
type formatter struct {
	buf *buffer

	fmtFlags

	wid  int // width
	prec int // precision

	// intbuf is scratch space for numbers: big enough for a 64-bit value
	// in binary with sign and prefix, or any float shorter than that.
	intbuf [68]byte
}

// clearflags resets the flags before a verb. The width and precision
// values are left alone: they only count when their flag says present.
func (f *formatter) clearflags() {
	f.fmtFlags = fmtFlags{}
}

func (f *formatter) init(buf *buffer) {
	f.buf = buf
	f.clearflags()
}

// writePadding writes n padding bytes: zeros with the '0' flag, else spaces.
func (f *formatter) writePadding(n int) {
	if n <= 0 {
		return
	}
	pad := byte(' ')
	if f.zero {
		pad = '0'
	}
	for i := 0; i < n; i++ {
		f.buf.writeByte(pad)
	}
}

// pad writes b, padded to the width (counted in runes).
func (f *formatter) pad(b []byte) {
	if !f.widPresent || f.wid == 0 {
		f.buf.write(b)
		return
	}
	width := f.wid - utf8.RuneCount(b)
	if f.minus {
		f.buf.write(b)
		f.writePadding(width)
	} else {
		f.writePadding(width)
		f.buf.write(b)
	}
}

// padString writes s, padded to the width (counted in runes).
func (f *formatter) padString(s string) {
	if !f.widPresent || f.wid == 0 {
		f.buf.writeString(s)
		return
	}
	width := f.wid - utf8.RuneCountInString(s)
	if f.minus {
		f.buf.writeString(s)
		f.writePadding(width)
	} else {
		f.writePadding(width)
		f.buf.writeString(s)
	}
}

// padNoZero pads b with spaces even under the '0' flag: zeros belong
// inside numbers, never in front of a sign or a letter.
func (f *formatter) padNoZero(b []byte) {
	oldZero := f.zero
	f.zero = false
	f.pad(b)
	f.zero = oldZero
}

// fmtBoolean formats a bool as "true" or "false".
func (f *formatter) fmtBoolean(v bool) {
	if v {
		f.padString("true")
	} else {
		f.padString("false")
	}
}

// fmtUnicode formats a code point as "U+0078", or "U+0078 'x'" with '#'.
// The precision is the minimum number of hex digits (default 4).
func (f *formatter) fmtUnicode(u uint64) {
	buf := f.intbuf[0:]
	prec := 4
	if f.precPresent && f.prec > 4 {
		prec = f.prec
		// "U+", the digits, " 'x'" with a rune of up to 4 bytes.
		width := 2 + prec + 2 + utf8.UTFMax + 1
		if width > len(buf) {
			buf = make([]byte, width)
		}
	}

	// Fill the buffer from the right.
	i := len(buf)
	if f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i--
		buf[i] = '\''
		i--
		buf[i] = ' '
	}
	for u >= 16 {
		i--
		buf[i] = udigits[u&0xF]
		prec--
		u >>= 4
	}
	i--
	buf[i] = udigits[u]
	prec--
	for prec > 0 {
		i--
		buf[i] = '0'
		prec--
	}
	i--
	buf[i] = '+'
	i--
	buf[i] = 'U'
	f.padNoZero(buf[i:])
}

// fmtInteger formats u (the bits of a signed value when isSigned) in the
// given base: 2, 8, 10 or 16. digits selects lower or upper case.
//
// The precision is the minimum number of digits; without one, the '0'
// flag turns the width into a precision, which is how "%05d" of -42
// becomes "-0042" (the sign counts in the width).
func (f *formatter) fmtInteger(u uint64, base int, isSigned bool, verb rune, digits string) {
	negative := isSigned && int64(u) < 0
	if negative {
		u = -u
	}

	buf := f.intbuf[0:]
	if f.widPresent || f.precPresent {
		// Room for the digits, a sign and a "0x" prefix.
		width := 3 + f.wid + f.prec
		if width > len(buf) {
			buf = make([]byte, width)
		}
	}

	prec := 0
	if f.precPresent {
		prec = f.prec
		// "%.0d" of zero prints no digits at all, only padding.
		if prec == 0 && u == 0 {
			oldZero := f.zero
			f.zero = false
			f.writePadding(f.wid)
			f.zero = oldZero
			return
		}
	} else if f.zero && f.widPresent {
		prec = f.wid
		if negative || f.plus || f.space {
			prec-- // leave room for the sign
		}
	}

	// Write the digits from the right end of the buffer.
	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			next := u / 10
			buf[i] = byte('0' + u - next*10)
			u = next
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&0xF]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	default:
		panic("fmt: unknown base; can't happen")
	}
	i--
	buf[i] = digits[u]
	for i > 0 && prec > len(buf)-i {
		i--
		buf[i] = '0'
	}

	// The base prefix: 0b, 0 (octal, unless a zero leads already), 0x.
	if f.sharp {
		switch base {
		case 2:
			i--
			buf[i] = 'b'
			i--
			buf[i] = '0'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i--
			buf[i] = digits[16]
			i--
			buf[i] = '0'
		}
	}
	if verb == 'O' {
		i--
		buf[i] = 'o'
		i--
		buf[i] = '0'
	}

	if negative {
		i--
		buf[i] = '-'
	} else if f.plus {
		i--
		buf[i] = '+'
	} else if f.space {
		i--
		buf[i] = ' '
	}

	// Leading zeros, if any, are already digits: pad only with spaces.
	f.padNoZero(buf[i:])
}

// truncateString cuts s to the precision, counted in runes.
func (f *formatter) truncateString(s string) string {
	if f.precPresent {
		n := f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

// truncate cuts b to the precision, counted in runes.
func (f *formatter) truncate(b []byte) []byte {
	if f.precPresent {
		n := f.prec
		for i := 0; i < len(b); {
			n--
			if n < 0 {
				return b[:i]
			}
			wid := 1
			if b[i] >= utf8.RuneSelf {
				_, wid = utf8.DecodeRune(b[i:])
			}
			i += wid
		}
	}
	return b
}

// fmtS formats a string: %s.
func (f *formatter) fmtS(s string) {
	f.padString(f.truncateString(s))
}

// fmtBs formats a byte slice as a string: %s.
func (f *formatter) fmtBs(b []byte) {
	f.pad(f.truncate(b))
}

// fmtSbx formats a string or, if b is not nil, a byte slice as hex: two
// digits per byte. The precision limits the number of bytes (not runes);
// '#' adds 0x, and ' ' separates the bytes (with a 0x on each under '#').
func (f *formatter) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if f.precPresent && f.prec < length {
		length = f.prec
	}

	// The width of the encoding, to pad it as a whole.
	width := 2 * length
	if width == 0 {
		if f.widPresent {
			f.writePadding(f.wid)
		}
		return
	}
	if f.space {
		if f.sharp {
			width *= 2 // a 0x for every byte
		}
		width += length - 1 // the separators
	} else if f.sharp {
		width += 2
	}

	if f.widPresent && f.wid > width && !f.minus {
		f.writePadding(f.wid - width)
	}
	if f.sharp {
		f.buf.writeByte('0')
		f.buf.writeByte(digits[16])
	}
	for i := 0; i < length; i++ {
		if f.space && i > 0 {
			f.buf.writeByte(' ')
			if f.sharp {
				f.buf.writeByte('0')
				f.buf.writeByte(digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		f.buf.writeByte(digits[c>>4])
		f.buf.writeByte(digits[c&0xF])
	}
	if f.widPresent && f.wid > width && f.minus {
		f.writePadding(f.wid - width)
	}
}

// fmtSx formats a string as hex: %x, %X.
func (f *formatter) fmtSx(s, digits string) {
	f.fmtSbx(s, nil, digits)
}

// fmtBx formats a byte slice as hex: %x, %X.
func (f *formatter) fmtBx(b []byte, digits string) {
	f.fmtSbx("", b, digits)
}

// fmtQ formats a string as a double-quoted Go string: %q. '#' prefers a
// raw `backquoted` string when one can hold s; '+' escapes all non-ASCII.
func (f *formatter) fmtQ(s string) {
	s = f.truncateString(s)
	if f.sharp && strconv.CanBackquote(s) {
		f.padString("`" + s + "`")
		return
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteToASCII(buf, s))
	} else {
		f.pad(strconv.AppendQuote(buf, s))
	}
}

// fmtC formats an integer as the character it encodes: %c. Values that
// are not code points become U+FFFD.
func (f *formatter) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	w := utf8.EncodeRune(buf[:utf8.UTFMax], r)
	f.pad(buf[:w])
}

// fmtQc formats an integer as a single-quoted Go character: %q.
func (f *formatter) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	buf := f.intbuf[:0]
	if f.plus {
		f.pad(strconv.AppendQuoteRuneToASCII(buf, r))
	} else {
		f.pad(strconv.AppendQuoteRune(buf, r))
	}
}

// fmtFloat formats a float of the given size (32 or 64 bits) with
// strconv's verb and default precision prec (-1: the shortest that reads
// back exactly); an explicit precision overrides prec.
func (f *formatter) fmtFloat(v float64, size int, verb rune, prec int) {
	if f.precPresent {
		prec = f.prec
	}
	// Format with room for a sign in front: num[0] is always the sign.
	num := strconv.AppendFloat(f.intbuf[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.space && num[0] == '+' && !f.plus {
		num[0] = ' '
	}

	// Infinities and NaN are padded with spaces, never zeros; NaN has no
	// sign unless one was asked for.
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !f.space && !f.plus {
			num = num[1:]
		}
		f.padNoZero(num)
		return
	}

	if f.sharp && verb != 'b' {
		num = f.keepTrailingZeros(num, verb, prec)
	}

	// Print the sign only if it is '-', or asked for with '+' or ' '.
	if f.plus || num[0] != '+' {
		// Zero padding goes between the sign and the digits.
		if f.zero && f.widPresent && f.wid > len(num) {
			f.buf.writeByte(num[0])
			f.writePadding(f.wid - len(num))
			f.buf.write(num[1:])
			return
		}
		f.pad(num)
		return
	}
	f.pad(num[1:])
}

// keepTrailingZeros implements '#' for floats: always print a decimal
// point and, for %g and %v, keep the zeros %g would drop, up to the
// precision (6 digits by default).
func (f *formatter) keepTrailingZeros(num []byte, verb rune, prec int) []byte {
	digits := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		digits = prec
		if digits == -1 {
			digits = 6 // %#g of the shortest form pads to %g's default
		}
	}

	// Split off the exponent, counting the significant digits before it.
	var tailBuf [6]byte
	tail := tailBuf[:0]
	hasDecimalPoint := false
	sawNonzeroDigit := false
	for i := 1; i < len(num); i++ {
		switch num[i] {
		case '.':
			hasDecimalPoint = true
		case 'p', 'P':
			tail = append(tail, num[i:]...)
			num = num[:i]
		case 'e', 'E':
			if verb != 'x' && verb != 'X' {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			fallthrough
		default:
			if num[i] != '0' {
				sawNonzeroDigit = true
			}
			// Leading zeros are not significant digits.
			if sawNonzeroDigit {
				digits--
			}
		}
	}
	if !hasDecimalPoint {
		// A lone zero counts as a significant digit.
		if len(num) == 2 && num[1] == '0' {
			digits--
		}
		num = append(num, '.')
	}
	for digits > 0 {
		num = append(num, '0')
		digits--
	}
	return append(num, tail...)
}
