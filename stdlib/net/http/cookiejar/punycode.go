package cookiejar

// This file turns internationalized host names into their ASCII form,
// the "xn--" labels of IDNA, with the Punycode encoding of RFC 3492.
//
// Punycode writes a label as its ASCII characters, a "-", then the
// other code points as a series of variable-length integers ("deltas").
// The encoder walks the non-ASCII code points in increasing order; each
// delta counts how many (position, code point) steps separate one
// insertion from the next, and is written in base 36 with a threshold
// per digit that adapts to the sizes seen so far (the "bias").

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The parameters RFC 3492 section 5 fixes for Punycode.
const (
	base        int32 = 36
	damp        int32 = 700
	initialBias int32 = 72
	initialN    int32 = 128
	skew        int32 = 38
	tmax        int32 = 26
	tmin        int32 = 1
)

// acePrefix marks a label as Punycode-encoded.
const acePrefix = "xn--"

// toASCII encodes each non-ASCII label of the dotted name s.
// For example, "bücher.example" gives "xn--bcher-kva.example".
func toASCII(s string) (string, error) {
	if isASCII(s) {
		return s, nil
	}
	labels := strings.Split(s, ".")
	for i, label := range labels {
		if isASCII(label) {
			continue
		}
		encoded, err := encode(acePrefix, label)
		if err != nil {
			return "", err
		}
		labels[i] = encoded
	}
	return strings.Join(labels, "."), nil
}

// encode returns prefix followed by the Punycode form of the label s
// (RFC 3492 section 6.3). It fails if a delta would overflow int32.
func encode(prefix, s string) (string, error) {
	out := []byte(prefix)

	// The basic (ASCII) code points come first, as they are.
	var basic, rest int32
	for _, r := range s {
		if r < utf8.RuneSelf {
			out = append(out, byte(r))
			basic++
		} else {
			rest++
		}
	}
	if basic > 0 {
		out = append(out, '-')
	}

	n, bias, delta := initialN, initialBias, int32(0)
	handled := basic // code points already placed in the output
	for rest > 0 {
		next := smallestAtLeast(s, n)
		// Skip every (position, code point) pair below next.
		delta += (next - n) * (handled + 1)
		if delta < 0 {
			return "", fmt.Errorf("cookiejar: invalid label %q", s)
		}
		n = next
		for _, r := range s {
			if r < n {
				delta++
				if delta < 0 {
					return "", fmt.Errorf("cookiejar: invalid label %q", s)
				}
			}
			if r != n {
				continue
			}
			out = appendDelta(out, delta, bias)
			bias = adapt(delta, handled+1, handled == basic)
			delta = 0
			handled++
			rest--
		}
		delta++
		n++
	}
	return string(out), nil
}

// smallestAtLeast returns the least code point in s that is >= n.
func smallestAtLeast(s string, n int32) int32 {
	least := int32(0x7fffffff)
	for _, r := range s {
		if r >= n && r < least {
			least = r
		}
	}
	return least
}

// appendDelta writes q as a generalized variable-length integer: digits
// below their threshold t end the number, larger ones say "more follow".
func appendDelta(out []byte, q, bias int32) []byte {
	for k := base; ; k += base {
		t := k - bias
		if t < tmin {
			t = tmin
		} else if t > tmax {
			t = tmax
		}
		if q < t {
			return append(out, digit(q))
		}
		out = append(out, digit(t+(q-t)%(base-t)))
		q = (q - t) / (base - t)
	}
}

// digit spells a base-36 digit: 0-25 as "a"-"z", 26-35 as "0"-"9".
func digit(d int32) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

// adapt computes the bias for the next delta (RFC 3492 section 6.1),
// scaling the last delta down so that thresholds follow its size.
func adapt(delta, numPoints int32, firstTime bool) int32 {
	if firstTime {
		delta /= damp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := int32(0)
	for delta > ((base-tmin)*tmax)/2 {
		delta /= base - tmin
		k += base
	}
	return k + (base-tmin+1)*delta/(delta+skew)
}
