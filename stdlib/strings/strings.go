// Package strings implements simple functions to manipulate UTF-8 encoded strings.
//
// The package follows Go 1.19's API and behaviour, split by concern:
//
//	strings.go  searching: Index and its relatives, Count, Contains, Compare
//	split.go    Split/SplitN/SplitAfter, Fields/FieldsFunc, Join, Cut
//	trim.go     Trim, TrimLeft/Right, TrimSpace, TrimFunc, TrimPrefix/Suffix
//	case.go     Map, ToUpper/ToLower/ToTitle, Title, EqualFold, Repeat
//	replace.go  Replace, ReplaceAll, NewReplacer
//	builder.go  Builder, reader.go  Reader
//
// As in Go, the searches for one byte (IndexByte, and Count of one byte)
// are assembly (internal/bytealg), and Index falls back to Rabin-Karp
// where looking for the first byte keeps failing.
package strings

import (
	"internal/bytealg"
	"unicode/utf8"
)

// Compare returns an integer comparing two strings lexicographically:
// 0 if a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return +1
}

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// HasPrefix tests whether the string s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[0:len(prefix)] == prefix
}

// HasSuffix tests whether the string s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// IndexByte returns the index of the first instance of c in s, or -1 if c is not present in s.
func IndexByte(s string, c byte) int {
	return bytealg.IndexByteString(s, c)
}

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of substr in s, or -1 if substr is not present in s.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	// Find the first byte (IndexByte), then compare the rest. Where that
	// keeps failing (the first byte is frequent in s), windows compared
	// one by one could cost len(s)*n: Rabin-Karp then finishes in linear
	// time.
	first, last := substr[0], len(s)-n // last: the last window's start
	fails := 0
	for i := 0; i <= last; i++ {
		j := IndexByte(s[i:last+1], first)
		if j < 0 {
			return -1
		}
		i += j
		if s[i:i+n] == substr {
			return i
		}
		if fails++; fails > 4+i>>4 {
			if j := indexRabinKarp(s[i+1:], substr); j >= 0 {
				return i + 1 + j
			}
			return -1
		}
	}
	return -1
}

// indexRabinKarp is Index by rolling hashes: the hash of the window of
// len(substr) bytes is updated in constant time as it slides one byte,
// and only a window whose hash is substr's is compared. len(s) >=
// len(substr) is not required.
func indexRabinKarp(s, substr string) int {
	const prime = 16777619 // FNV's 32-bit prime
	n := len(substr)
	if len(s) < n {
		return -1
	}
	var want, h uint32
	pow := uint32(1) // prime to the n: the weight of the byte leaving the window
	for i := 0; i < n; i++ {
		want = want*prime + uint32(substr[i])
		h = h*prime + uint32(s[i])
		pow *= prime
	}
	for i := n; ; i++ {
		if h == want && s[i-n:i] == substr {
			return i - n
		}
		if i == len(s) {
			return -1
		}
		h = h*prime + uint32(s[i]) - pow*uint32(s[i-n])
	}
}

// LastIndex returns the index of the last instance of substr in s, or -1 if substr is not present in s.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of the Unicode code point
// r, or -1 if rune is not present in s.
// If r is utf8.RuneError, it returns the first instance of any
// invalid UTF-8 byte sequence.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	default:
		return Index(s, string(r))
	}
}

// IndexAny returns the index of the first instance of any Unicode code point
// from chars in s, or -1 if no Unicode code point from chars is present in s.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last instance of any Unicode code
// point from chars in s, or -1 if no Unicode code point from chars is
// present in s.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index into s of the first Unicode
// code point satisfying f(c), or -1 if none do.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index into s of the last
// Unicode code point satisfying f(c), or -1 if none do.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

// indexFunc is the same as IndexFunc except that if
// truth==false, the sense of the predicate function is
// inverted.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is the same as LastIndexFunc except that if
// truth==false, the sense of the predicate function is
// inverted.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Count counts the number of non-overlapping instances of substr in s.
// If substr is an empty string, Count returns 1 + the number of Unicode code points in s.
func Count(s, substr string) int {
	switch len(substr) {
	case 0:
		return utf8.RuneCountInString(s) + 1
	case 1:
		return bytealg.CountString(s, substr[0])
	}
	n := 0
	for {
		i := Index(s, substr)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool {
	return Index(s, substr) >= 0
}

// ContainsAny reports whether any Unicode code points in chars are within s.
func ContainsAny(s, chars string) bool {
	return IndexAny(s, chars) >= 0
}

// ContainsRune reports whether the Unicode code point r is within s.
func ContainsRune(s string, r rune) bool {
	return IndexRune(s, r) >= 0
}
