// Package bytealg holds the byte searches packages strings and bytes
// build on, in assembly (indexbyte_amd64.s), as Go's internal/bytealg
// does.
package bytealg

// IndexByteString returns the index of the first byte c in s, or -1 if s
// has none.
//
//go:noescape
func IndexByteString(s string, c byte) int

// CountString returns the number of bytes c in s.
//
//go:noescape
func CountString(s string, c byte) int
