// This file implements integer parsing and the error values every parser
// in the package reports.
//
// ParseUint accumulates digits n = n*base + d, checking before each step
// that the result still fits: n*base overflows exactly when n is at least
// cutoff = MaxUint64/base + 1, and n+d overflows when the sum wraps or
// passes the bit size's maximum. ParseInt strips the sign, parses the
// magnitude with ParseUint, and then checks it against the signed range,
// which is one larger on the negative side.

package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = intSize

const intSize = 32 << (^uint(0) >> 63)

const maxUint64 = 1<<64 - 1

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{fn, str, ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{fn, str, ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{fn, str, errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{fn, str, errors.New("invalid bit size " + Itoa(bitSize))}
}

// lower returns the lower-case form of an ASCII letter (and garbage, never
// mistaken for a letter, for other bytes).
func lower(c byte) byte {
	return c | ('x' - 'X')
}

// basePrefix handles base 0: it reads a 0b, 0o, 0x or bare 0 prefix and
// returns the base it selects and the digits after it.
func basePrefix(s string) (base int, rest string) {
	if s[0] != '0' {
		return 10, s
	}
	if len(s) >= 3 {
		switch lower(s[1]) {
		case 'b':
			return 2, s[2:]
		case 'o':
			return 8, s[2:]
		case 'x':
			return 16, s[2:]
		}
	}
	return 8, s[1:]
}

// digitValue returns the value of c as a digit in bases up to 36, or 36
// when c is not a digit at all.
func digitValue(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= lower(c) && lower(c) <= 'z':
		return lower(c) - 'a' + 10
	}
	return 36
}

// ParseUint is like ParseInt but for unsigned numbers.
//
// A sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fnParseUint = "ParseUint"
	if s == "" {
		return 0, syntaxError(fnParseUint, s)
	}
	base0 := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base, s = basePrefix(s)
	default:
		return 0, baseError(fnParseUint, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fnParseUint, s0, bitSize)
	}
	cutoff := maxUint64/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1

	underscores := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && base0 {
			underscores = true
			continue
		}
		d := digitValue(c)
		if d >= byte(base) {
			return 0, syntaxError(fnParseUint, s0)
		}
		if n >= cutoff {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fnParseUint, s0)
		}
		n = n1
	}
	if underscores && !underscoreOK(s0) {
		return 0, syntaxError(fnParseUint, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and
// bit size (0 to 64) and returns the corresponding value i.
//
// The string may begin with a leading sign: "+" or "-".
//
// If the base argument is 0, the true base is implied by the string's
// prefix following the sign (if present): 2 for "0b", 8 for "0" or "0o",
// 16 for "0x", and 10 otherwise. Also, for argument base 0 only,
// underscore characters are permitted as defined by the Go syntax for
// integer literals.
//
// The bitSize argument specifies the integer type that the result must fit
// into. Bit sizes 0, 8, 16, 32, and 64 correspond to int, int8, int16,
// int32, and int64. If bitSize is below 0 or above 64, an error is returned.
//
// The errors that ParseInt returns have concrete type *NumError and include
// err.Num = s. If s is empty or contains invalid digits, err.Err = ErrSyntax
// and the returned value is 0; if the value corresponding to s cannot be
// represented by a signed integer of the given size, err.Err = ErrRange and
// the returned value is the maximum magnitude integer of the appropriate
// bitSize and sign.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fnParseInt = "ParseInt"
	if s == "" {
		return 0, syntaxError(fnParseInt, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		err.(*NumError).Func = fnParseInt
		err.(*NumError).Num = s0
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1 << uint(bitSize-1))
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fnParseInt, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fnParseInt, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	i64, err := ParseInt(s, 10, 0)
	if nerr, ok := err.(*NumError); ok {
		nerr.Func = "Atoi"
	}
	return int(i64), err
}

// underscoreOK reports whether the underscores in s are allowed: only
// between digits, or between a base prefix and a digit, as in Go literals.
func underscoreOK(s string) bool {
	// prev classifies the last character seen: '^' for the start of the
	// number, '0' for a digit or base prefix, '_' for an underscore, '!'
	// for anything else.
	prev := '^'
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x') {
		i = 2
		prev = '0'
		hex = lower(s[1]) == 'x'
	}
	for ; i < len(s); i++ {
		c := s[i]
		isDigit := '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f'
		switch {
		case isDigit:
			prev = '0'
		case c == '_':
			if prev != '0' {
				return false
			}
			prev = '_'
		case prev == '_':
			return false
		default:
			prev = '!'
		}
	}
	return prev != '_'
}
