// Package ascii implements the ASCII-only case operations HTTP needs.
//
// The protocol's tokens are ASCII, and Unicode's case folding would let
// "chun\u212Aed" (K, the Kelvin sign, folds to k) pass for "chunked": a
// door to request smuggling. So net/http and its subpackages compare
// and lower tokens with these functions, never with the Unicode-aware
// ones of strings and bytes.
package ascii

// EqualFold reports whether s and t are equal, ignoring the case of
// ASCII letters only.
func EqualFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != lower(t[i]) {
			return false
		}
	}
	return true
}

// IsPrint reports whether every byte of s is printable ASCII, space
// included.
func IsPrint(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}

// ToLower returns s in lower case, and false (with "") when s holds a
// byte that is not printable ASCII.
func ToLower(s string) (string, bool) {
	if !IsPrint(s) {
		return "", false
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		b[i] = lower(s[i])
	}
	return string(b), true
}

func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}
