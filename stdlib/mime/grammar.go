package mime

import "strings"

// isTSpecial reports whether r is in 'tspecials' as defined by RFC
// 1521 and RFC 2045.
func isTSpecial(r rune) bool {
	return strings.ContainsRune(`()<>@,;:\"/[]?=`, r)
}

// isTokenChar reports whether r is in 'token' as defined by RFC 1521
// and RFC 2045: printable ASCII but space and the tspecials.
func isTokenChar(r rune) bool {
	return r > 0x20 && r < 0x7f && !isTSpecial(r)
}

func isNotTokenChar(r rune) bool {
	return !isTokenChar(r)
}

// isToken reports whether s is a 'token' as defined by RFC 1521 and
// RFC 2045.
func isToken(s string) bool {
	return s != "" && strings.IndexFunc(s, isNotTokenChar) < 0
}
