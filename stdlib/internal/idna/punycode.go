package idna

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Punycode (RFC 3492) writes a label's runes in the letters, digits and
// hyphen a DNS label allows: first the label's ASCII runes, then a
// hyphen, then each other rune as a variable-length number ("delta")
// saying which rune it is and where it goes. "bücher" is "bcher-kva".

// The parameters of Punycode (RFC 3492, section 5).
const (
	base        = 36
	tMin        = 1
	tMax        = 26
	skew        = 38
	damp        = 700
	initialBias = 72
	initialN    = 128
)

// punyError is the error of a label Punycode cannot encode or decode.
type punyError string

func (e punyError) Error() string {
	return "idna: invalid label " + strconv.Quote(string(e))
}

// Punycode returns prefix followed by the Punycode of label (net/http's
// host names and net/http/cookiejar's domains use it).
func Punycode(prefix, label string) (string, error) {
	runes := []rune(label)
	out := []byte(prefix)
	for _, r := range runes {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
		}
	}
	basic := len(out) - len(prefix)
	if basic > 0 {
		out = append(out, '-')
	}
	n, delta, bias := rune(initialN), 0, initialBias
	// handled counts the runes placed so far; each round places every
	// occurrence of the smallest rune not yet placed.
	for handled := basic; handled < len(runes); {
		m := smallestFrom(runes, n)
		if int(m-n) > (math.MaxInt32-delta)/(handled+1) {
			return "", punyError(label)
		}
		delta += int(m-n) * (handled + 1)
		n = m
		for _, r := range runes {
			if r < n {
				delta++
			}
			if r != n {
				continue
			}
			out = appendNumber(out, delta, bias)
			bias = adapt(delta, handled+1, handled == basic)
			delta = 0
			handled++
		}
		delta++
		n++
	}
	return string(out), nil
}

// smallestFrom is the smallest rune of runes not below n.
func smallestFrom(runes []rune, n rune) rune {
	m := rune(math.MaxInt32)
	for _, r := range runes {
		if r >= n && r < m {
			m = r
		}
	}
	return m
}

// appendNumber appends q as a generalized variable-length integer: digits
// below their position's threshold end the number.
func appendNumber(out []byte, q, bias int) []byte {
	for k := base; ; k += base {
		t := threshold(k, bias)
		if q < t {
			return append(out, digit(q))
		}
		out = append(out, digit(t+(q-t)%(base-t)))
		q = (q - t) / (base - t)
	}
}

// decode returns the label whose Punycode is encoded.
func decode(encoded string) (string, error) {
	var runes []rune
	pos := 0
	if i := strings.LastIndexByte(encoded, '-'); i >= 0 {
		for _, r := range encoded[:i] {
			if r >= utf8.RuneSelf {
				return "", punyError(encoded)
			}
			runes = append(runes, r)
		}
		pos = i + 1
	}
	n, i, bias := rune(initialN), 0, initialBias
	for pos < len(encoded) {
		oldI, w := i, 1
		for k := base; ; k += base {
			if pos == len(encoded) {
				return "", punyError(encoded)
			}
			d, ok := digitValue(encoded[pos])
			pos++
			if !ok || d > (math.MaxInt32-i)/w {
				return "", punyError(encoded)
			}
			i += d * w
			t := threshold(k, bias)
			if d < t {
				break
			}
			w *= base - t
		}
		count := len(runes) + 1
		bias = adapt(i-oldI, count, oldI == 0)
		n += rune(i / count)
		i %= count
		if n > utf8.MaxRune || n < initialN {
			return "", punyError(encoded)
		}
		runes = append(runes, 0)
		copy(runes[i+1:], runes[i:])
		runes[i] = n
		i++
	}
	return string(runes), nil
}

// threshold is the smallest digit that does not end a number at
// position k (a multiple of base).
func threshold(k, bias int) int {
	switch {
	case k <= bias:
		return tMin
	case k >= bias+tMax:
		return tMax
	}
	return k - bias
}

// adapt is the bias after a delta, so that the next number's digits are
// spent where its size most likely is (RFC 3492, section 6.1).
func adapt(delta, numPoints int, first bool) int {
	if first {
		delta /= damp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((base-tMin)*tMax)/2 {
		delta /= base - tMin
		k += base
	}
	return k + (base-tMin+1)*delta/(delta+skew)
}

// digit is the letter or digit of a value below base: a-z then 0-9.
func digit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// digitValue is the value of a Punycode digit, either case.
func digitValue(c byte) (int, bool) {
	switch {
	case '0' <= c && c <= '9':
		return int(c-'0') + 26, true
	case 'a' <= c && c <= 'z':
		return int(c - 'a'), true
	case 'A' <= c && c <= 'Z':
		return int(c - 'A'), true
	}
	return 0, false
}
