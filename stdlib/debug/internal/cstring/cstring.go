// Package cstring reads the NUL-terminated strings of object files, as
// debug/elf, debug/macho and debug/pe all find them: in fixed-size name
// fields and in string tables.
package cstring

import "bytes"

// Field returns the string at the start of b up to its first NUL, or all
// of b if it has none, as in a fixed-size name field that a name may fill:
// Field([]byte("__text\x00\x00")) is "__text".
func Field(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return string(b[:i])
	}
	return string(b)
}

// At returns the NUL-terminated string at start in a string table, and
// false if start is outside the table or the string has no NUL.
func At(table []byte, start int) (string, bool) {
	if start < 0 || start >= len(table) {
		return "", false
	}
	for end := start; end < len(table); end++ {
		if table[end] == 0 {
			return string(table[start:end]), true
		}
	}
	return "", false
}
