package http

// This file implements the ASCII-only case operations HTTP needs. The
// protocol's tokens are ASCII, and Unicode's case folding would let
// "chun\u212Aed" (K, the Kelvin sign, folds to k) pass for "chunked": a
// door to request smuggling. Go's tests check that net/http calls none
// of the Unicode-aware functions of strings and bytes.

// asciiEqualFold reports whether s and t are equal, ignoring the case
// of ASCII letters only.
func asciiEqualFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if asciiLower(s[i]) != asciiLower(t[i]) {
			return false
		}
	}
	return true
}

// asciiToLower returns s in lower case, and false (with "") when s
// holds a byte that is not printable ASCII.
func asciiToLower(s string) (string, bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return "", false
		}
		b[i] = asciiLower(s[i])
	}
	return string(b), true
}

func asciiLower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}
