// Package bytes implements functions for the manipulation of byte slices.
// It is analogous to the facilities of the strings package.
//
// The package follows Go 1.19's API and behaviour, split by concern:
//
//	bytes.go   comparing and searching: Equal, Compare, Index and relatives
//	split.go   Split/SplitN/SplitAfter, Fields/FieldsFunc, Join, Cut
//	trim.go    Trim, TrimLeft/Right, TrimSpace, TrimFunc, TrimPrefix/Suffix
//	case.go    Map, ToUpper/ToLower/ToTitle, Title, Repeat, Runes, Replace
//	buffer.go  Buffer, reader.go  Reader
//
// Go keeps two copies of every search algorithm, one over strings and one
// over byte slices. gominic keeps one: the searching functions here look at
// the byte slice through a zero-copy string view and call package strings.
// Functions that return pieces of s (Split, Fields, Trim...) are written
// here, because they must slice s itself, and so are those whose result is
// a fresh slice with rules of its own (Map turns every invalid UTF-8 byte
// into U+FFFD; the trims return nil, not an empty slice, when nothing is left).
package bytes

import (
	"strings"
	"unsafe"
)

// view returns the bytes of b as a string without copying them. The string
// must not outlive a later change to b; every caller only reads it before
// returning. (A string header {ptr, len} is a prefix of a slice header
// {ptr, len, cap}.)
func view(b []byte) string {
	return *(*string)(unsafe.Pointer(&b))
}

// Equal reports whether a and b
// are the same length and contain the same bytes.
// A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool {
	return view(a) == view(b)
}

// Compare returns an integer comparing two byte slices lexicographically.
// The result will be 0 if a == b, -1 if a < b, and +1 if a > b.
// A nil argument is equivalent to an empty slice.
func Compare(a, b []byte) int {
	return strings.Compare(view(a), view(b))
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return strings.HasPrefix(view(s), view(prefix))
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return strings.HasSuffix(view(s), view(suffix))
}

// Index returns the index of the first instance of sep in s, or -1 if sep is not present in s.
func Index(s, sep []byte) int {
	return strings.Index(view(s), view(sep))
}

// LastIndex returns the index of the last instance of sep in s, or -1 if sep is not present in s.
func LastIndex(s, sep []byte) int {
	return strings.LastIndex(view(s), view(sep))
}

// IndexByte returns the index of the first instance of c in b, or -1 if c is not present in b.
func IndexByte(b []byte, c byte) int {
	return strings.IndexByte(view(b), c)
}

// LastIndexByte returns the index of the last instance of c in s, or -1 if c is not present in s.
func LastIndexByte(s []byte, c byte) int {
	return strings.LastIndexByte(view(s), c)
}

// IndexRune interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index of the first occurrence in s of the given rune.
// It returns -1 if rune is not present in s.
// If r is utf8.RuneError, it returns the first instance of any
// invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int {
	return strings.IndexRune(view(s), r)
}

// IndexAny interprets s as a sequence of UTF-8-encoded Unicode code points.
// It returns the byte index of the first occurrence in s of any of the Unicode
// code points in chars. It returns -1 if chars is empty or if there is no code
// point in common.
func IndexAny(s []byte, chars string) int {
	return strings.IndexAny(view(s), chars)
}

// LastIndexAny interprets s as a sequence of UTF-8-encoded Unicode code
// points. It returns the byte index of the last occurrence in s of any of
// the Unicode code points in chars. It returns -1 if chars is empty or if
// there is no code point in common.
func LastIndexAny(s []byte, chars string) int {
	return strings.LastIndexAny(view(s), chars)
}

// IndexFunc interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index in s of the first Unicode
// code point satisfying f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return strings.IndexFunc(view(s), f)
}

// LastIndexFunc interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index in s of the last Unicode
// code point satisfying f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return strings.LastIndexFunc(view(s), f)
}

// Count counts the number of non-overlapping instances of sep in s.
// If sep is empty, Count returns 1 + the number of UTF-8-encoded code points in s.
func Count(s, sep []byte) int {
	return strings.Count(view(s), view(sep))
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool {
	return Index(b, subslice) != -1
}

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool {
	return IndexAny(b, chars) >= 0
}

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool {
	return IndexRune(b, r) >= 0
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings,
// are equal under simple Unicode case-folding, which is a more general
// form of case-insensitivity.
func EqualFold(s, t []byte) bool {
	return strings.EqualFold(view(s), view(t))
}

// indexBytePortable is IndexByte over the slice itself rather than
// through strings' view of it: Go's tests (IndexBytePortable) check the
// one against the other.
func indexBytePortable(s []byte, c byte) int {
	for i, b := range s {
		if b == c {
			return i
		}
	}
	return -1
}
