// This file implements rune-by-rune rewriting: Map and the case mappings
// built on it (ToUpper, ToLower, ToTitle, Title), case-insensitive comparison
// by Unicode simple folding (EqualFold), ToValidUTF8 and Repeat.

package strings

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a copy of the string s with all its characters modified
// according to the mapping function. If mapping returns a negative value, the
// character is dropped from the string with no replacement.
//
// mapping is called exactly once per rune, in order (Title relies on it).
// An invalid UTF-8 byte reaches mapping as utf8.RuneError and, once anything
// has changed, comes out as the encoding of whatever mapping returned. When
// nothing changes, s itself is returned.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i, c := range s {
		r := mapping(c)
		if !changed {
			width := utf8.RuneLen(c)
			if c == utf8.RuneError {
				_, width = utf8.DecodeRuneInString(s[i:])
			}
			if r == c && !(c == utf8.RuneError && width == 1) {
				continue // unchanged so far: keep scanning
			}
			changed = true
			b = make([]byte, 0, len(s)+utf8.UTFMax)
			b = append(b, s[:i]...)
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

// ToUpper returns s with all Unicode letters mapped to their upper case.
func ToUpper(s string) string {
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all Unicode letters mapped to their lower case.
func ToLower(s string) string {
	return Map(unicode.ToLower, s)
}

// ToTitle returns a copy of the string s with all Unicode letters mapped to
// their Unicode title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// ToUpperSpecial returns a copy of the string s with all Unicode letters mapped to their
// upper case using the case mapping specified by c.
func ToUpperSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of the string s with all Unicode letters mapped to their
// lower case using the case mapping specified by c.
func ToLowerSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of the string s with all Unicode letters mapped to their
// Unicode title case, giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s string) string { return Map(c.ToTitle, s) }

// isSeparator reports whether the rune could mark a word boundary.
// ASCII alphanumerics and underscore are not separators; nor are letters
// and digits; otherwise, only spaces are.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of the string s with all Unicode letters that begin
// words mapped to their Unicode title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle Unicode
// punctuation properly. Use golang.org/x/text/cases instead.
func Title(s string) string {
	prev := ' ' // the rune before the current one; s starts a word
	return Map(
		func(r rune) rune {
			if isSeparator(prev) {
				prev = r
				return unicode.ToTitle(r)
			}
			prev = r
			return r
		},
		s)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings,
// are equal under simple Unicode case-folding, which is a more general
// form of case-insensitivity.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		sr, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		tr, size := utf8.DecodeRuneInString(t)
		t = t[size:]
		if !runesEqualFold(sr, tr) {
			return false
		}
	}
	return s == t
}

// runesEqualFold reports whether sr and tr are in the same case-folding orbit:
// unicode.SimpleFold steps through an orbit in increasing order (wrapping
// around), so walk up from the smaller rune until reaching or passing tr.
func runesEqualFold(sr, tr rune) bool {
	if tr == sr {
		return true
	}
	if tr < sr {
		tr, sr = sr, tr
	}
	// Fast check for ASCII.
	if tr < utf8.RuneSelf {
		return 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A'
	}
	r := unicode.SimpleFold(sr)
	for r != sr && r < tr {
		r = unicode.SimpleFold(r)
	}
	return r == tr
}

// ToValidUTF8 returns a copy of the string s with each run of invalid UTF-8
// byte sequences replaced by the replacement string, which may be empty.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	invalid := false // whether the previous byte was part of an invalid sequence
	for i := 0; i < len(s); {
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 && s[i] >= utf8.RuneSelf {
			if b == nil {
				b = append(make([]byte, 0, len(s)+len(replacement)), s[:i]...)
			}
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		invalid = false
		if b != nil {
			b = append(b, s[i:i+wid]...)
		}
		i += wid
	}
	if b == nil {
		return s
	}
	return string(b)
}

// Repeat returns a new string consisting of count copies of the string s.
//
// It panics if count is negative or if
// the result of (len(s) * count) overflows.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	} else if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}

	// Double the copy until it is more than half done, then top it up.
	n := len(s) * count
	b := make([]byte, len(s), n)
	copy(b, s)
	for len(b) < n {
		if len(b) <= n/2 {
			b = append(b, b...)
		} else {
			b = append(b, b[:n-len(b)]...)
		}
	}
	return string(b)
}
