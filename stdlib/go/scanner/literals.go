package scanner

import (
	"go/token"
	"unicode"
)

func lower(ch rune) rune     { return ('a' - 'A') | ch } // ch in lower case, if an ASCII letter
func isDecimal(ch rune) bool { return '0' <= ch && ch <= '9' }
func isHex(ch rune) bool     { return '0' <= ch && ch <= '9' || 'a' <= lower(ch) && lower(ch) <= 'f' }

// digitVal returns the value of ch as a hexadecimal digit, 16 if it is
// none.
func digitVal(ch rune) int {
	switch {
	case isDecimal(ch):
		return int(ch - '0')
	case isHex(ch):
		return int(lower(ch) - 'a' + 10)
	}
	return 16
}

// The bits of what a number's digits held, as digits returns them.
const (
	sawDigit     = 1 << iota // a digit
	sawSeparator             // a '_'
)

// digits scans a sequence of digits and '_' separators, and returns what
// it saw (sawDigit, sawSeparator). In base 16 it takes the hexadecimal
// digits; in a smaller base it takes every decimal digit, recording in
// *invalid the offset of the first too large for the base (if *invalid
// is still negative), so that "09" is one literal with a bad digit, not
// two.
func (s *Scanner) digits(base int, invalid *int) int {
	saw := 0
	for isDecimal(s.ch) || base == 16 && isHex(s.ch) || s.ch == '_' {
		switch {
		case s.ch == '_':
			saw |= sawSeparator
		case base < 10 && s.ch >= rune('0'+base) && *invalid < 0:
			*invalid = s.offset
			fallthrough
		default:
			saw |= sawDigit
		}
		s.next()
	}
	return saw
}

// scanNumber scans an integer, floating-point or imaginary literal, in
// the syntax of Go 1.13:
//
//	int       = decimal | "0" ["_"] octal | "0" ("o"|"O") ["_"] octal
//	          | "0" ("x"|"X") ["_"] hex | "0" ("b"|"B") ["_"] binary
//	float     = mantissa [exponent]  (an exponent needed after a hex mantissa)
//	exponent  = ("e"|"E") ["+"|"-"] decimals   (decimal mantissa)
//	          | ("p"|"P") ["+"|"-"] decimals   (hexadecimal mantissa)
//	imaginary = (int | float) "i"
//
// It reads every digit and letter that may belong to a number before
// judging it, so that a malformed number is one token with an error.
func (s *Scanner) scanNumber() (token.Token, string) {
	offs := s.offset
	tok := token.ILLEGAL
	base := 10
	prefix := rune(0) // 0 for none (decimal), else '0' (old octal), 'x', 'o' or 'b'
	saw := 0
	invalid := -1 // the offset of a digit too large for the base

	if s.ch != '.' {
		tok = token.INT
		if s.accept('0') {
			switch lower(s.ch) {
			case 'x':
				base, prefix = 16, 'x'
			case 'o':
				base, prefix = 8, 'o'
			case 'b':
				base, prefix = 2, 'b'
			default:
				base, prefix = 8, '0'
				saw = sawDigit // the 0 itself
			}
			if prefix != '0' {
				s.next()
			}
		}
		saw |= s.digits(base, &invalid)
	}

	if s.ch == '.' {
		tok = token.FLOAT
		if prefix == 'o' || prefix == 'b' {
			s.error(s.offset, "invalid radix point in "+litname(prefix))
		}
		s.next()
		saw |= s.digits(base, &invalid)
	}
	if saw&sawDigit == 0 {
		s.error(s.offset, litname(prefix)+" has no digits")
	}

	if e := lower(s.ch); e == 'e' || e == 'p' {
		switch {
		case e == 'e' && prefix != 0 && prefix != '0':
			s.errorf(s.offset, "%q exponent requires decimal mantissa", s.ch)
		case e == 'p' && prefix != 'x':
			s.errorf(s.offset, "%q exponent requires hexadecimal mantissa", s.ch)
		}
		s.next()
		tok = token.FLOAT
		if s.ch == '+' || s.ch == '-' {
			s.next()
		}
		expSaw := s.digits(10, nil)
		saw |= expSaw
		if expSaw&sawDigit == 0 {
			s.error(s.offset, "exponent has no digits")
		}
	} else if prefix == 'x' && tok == token.FLOAT {
		s.error(s.offset, "hexadecimal mantissa requires a 'p' exponent")
	}

	if s.accept('i') {
		tok = token.IMAG
	}

	lit := string(s.src[offs:s.offset])
	// A bad digit is an error of an integer only: "09.5" is a fine float.
	if tok == token.INT && invalid >= 0 {
		s.errorf(invalid, "invalid digit %q in %s", lit[invalid-offs], litname(prefix))
	}
	if saw&sawSeparator != 0 {
		if i := invalidSep(lit); i >= 0 {
			s.error(offs+i, "'_' must separate successive digits")
		}
	}
	return tok, lit
}

// litname names the kind of integer literal a prefix begins, for errors.
func litname(prefix rune) string {
	switch prefix {
	case 'x':
		return "hexadecimal literal"
	case 'o', '0':
		return "octal literal"
	case 'b':
		return "binary literal"
	}
	return "decimal literal"
}

// invalidSep returns the index in the number literal x of its first '_'
// that does not separate two digits (a base prefix such as 0x counting as
// a digit), or -1 if there is none.
func invalidSep(x string) int {
	hex := false
	// prev classifies the character before: '0' a digit, '_' a
	// separator, '.' anything else.
	prev := '.'
	i := 0
	if len(x) >= 2 && x[0] == '0' {
		if p := lower(rune(x[1])); p == 'x' || p == 'o' || p == 'b' {
			hex = p == 'x'
			prev = '0'
			i = 2
		}
	}
	for ; i < len(x); i++ {
		ch := rune(x[i])
		switch {
		case ch == '_':
			if prev != '0' {
				return i
			}
			prev = '_'
		case isDecimal(ch) || hex && isHex(ch):
			prev = '0'
		default:
			if prev == '_' {
				return i - 1
			}
			prev = '.'
		}
	}
	if prev == '_' {
		return len(x) - 1
	}
	return -1
}

// scanEscape scans an escape sequence after its backslash, in a literal
// quoted by quote, and reports whether it is valid. On an error it stops
// at the offending character, leaving it unread.
func (s *Scanner) scanEscape(quote rune) bool {
	offs := s.offset
	var n int          // the number of digits
	var base, max rune // their base, and the largest value allowed
	switch s.ch {
	case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', quote:
		s.next()
		return true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		n, base, max = 3, 8, 255
	case 'x':
		s.next()
		n, base, max = 2, 16, 255
	case 'u':
		s.next()
		n, base, max = 4, 16, unicode.MaxRune
	case 'U':
		s.next()
		n, base, max = 8, 16, unicode.MaxRune
	default:
		if s.ch == eof {
			s.error(offs, "escape sequence not terminated")
		} else {
			s.error(offs, "unknown escape sequence")
		}
		return false
	}

	var value uint32
	for ; n > 0; n-- {
		d := uint32(digitVal(s.ch))
		if d >= uint32(base) {
			if s.ch == eof {
				s.error(s.offset, "escape sequence not terminated")
			} else {
				s.errorf(s.offset, "illegal character %#U in escape sequence", s.ch)
			}
			return false
		}
		value = value*uint32(base) + d
		s.next()
	}
	// Surrogate halves are no code points.
	if value > uint32(max) || 0xD800 <= value && value < 0xE000 {
		s.error(offs, "escape sequence is invalid Unicode code point")
		return false
	}
	return true
}

// scanRune scans a rune literal after its opening quote. It reads to the
// closing quote, or to the end of the line, whatever the errors on the
// way, but reports at most one error of its own.
func (s *Scanner) scanRune() string {
	offs := s.offset - 1
	valid := true
	n := 0 // the characters and escapes between the quotes
	for {
		ch := s.ch
		if ch == '\n' || ch == eof {
			if valid {
				s.error(offs, "rune literal not terminated")
				valid = false
			}
			break
		}
		s.next()
		if ch == '\'' {
			break
		}
		n++
		if ch == '\\' && !s.scanEscape('\'') {
			valid = false
		}
	}
	if valid && n != 1 {
		s.error(offs, "illegal rune literal")
	}
	return string(s.src[offs:s.offset])
}

// scanString scans an interpreted string literal after its opening
// quote, up to the closing quote or the end of the line.
func (s *Scanner) scanString() string {
	offs := s.offset - 1
	for {
		ch := s.ch
		if ch == '\n' || ch == eof {
			s.error(offs, "string literal not terminated")
			break
		}
		s.next()
		if ch == '"' {
			break
		}
		if ch == '\\' {
			s.scanEscape('"')
		}
	}
	return string(s.src[offs:s.offset])
}

// scanRawString scans a raw string literal after its opening back quote.
// Its value leaves out carriage returns, as the specification says.
func (s *Scanner) scanRawString() string {
	offs := s.offset - 1
	hasCR := false
	for {
		ch := s.ch
		if ch == eof {
			s.error(offs, "raw string literal not terminated")
			break
		}
		s.next()
		if ch == '`' {
			break
		}
		if ch == '\r' {
			hasCR = true
		}
	}
	lit := s.src[offs:s.offset]
	if hasCR {
		lit = stripCR(lit, false)
	}
	return string(lit)
}
