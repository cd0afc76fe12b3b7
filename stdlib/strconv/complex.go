// This file implements the conversions of complex numbers, written as Go
// writes them: (re+imi), the parentheses optional when parsing.

package strconv

const fnParseComplex = "ParseComplex"

// FormatComplex converts the complex number c to a string of the form
// (a+bi) where a and b are the real and imaginary parts, formatted
// according to the format fmt and precision prec.
//
// The format fmt and precision prec have the same meaning as in
// FormatFloat. It rounds the result assuming that the original was
// obtained from a complex value of bitSize bits, which must be 64 for
// complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // each part of a complex64 is a float32
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// complexError turns an error from parsing one part of a complex number
// into ParseComplex's: a range error becomes pending (the parse goes on),
// any other is returned at once.
func complexError(err error, s string) (syntax, pending error) {
	if x, ok := err.(*NumError); ok {
		x.Func = fnParseComplex
		x.Num = s
		if x.Err == ErrRange {
			return nil, x
		}
	}
	return err, nil
}

// ParseComplex converts the string s to a complex number with the
// precision specified by bitSize: 64 for complex64, or 128 for complex128.
// When bitSize=64, the result still has type complex128, but it will be
// convertible to complex64 without changing its value.
//
// The number represented by s must be of the form N, Ni, or N±Ni, where
// N stands for a floating-point number as recognized by ParseFloat, and i
// is the imaginary component. If the second N is unsigned, a + sign is
// required between the two components as indicated by the ±. If the
// second N is NaN, only a + sign is accepted. The form may be
// parenthesized and cannot contain any spaces. The resulting complex
// number consists of the two components converted by ParseFloat.
//
// The errors that ParseComplex returns have concrete type *NumError and
// include err.Num = s.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32 // complex64 uses float32 parts
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}

	var pending error // a range error, reported if nothing worse happens
	// The real part, or the imaginary part if an 'i' follows.
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err, pending = complexError(err, orig); err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// Skip the '+' so that "+NaNi" parses, unless it is "++".
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
		// the sign belongs to the imaginary part
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError(fnParseComplex, orig)
	default:
		return 0, syntaxError(fnParseComplex, orig)
	}

	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err, pending = complexError(err, orig); err != nil {
			return 0, err
		}
	}
	s = s[n:]
	if s != "i" {
		return 0, syntaxError(fnParseComplex, orig)
	}
	return complex(re, im), pending
}
