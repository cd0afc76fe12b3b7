package template

import (
	"bytes"
	"fmt"
	"strings"
)

// urlFilter lets through a value that may start a URL attribute: trusted
// URL content, or a URL with no scheme or a scheme of http, https or
// mailto. Others, "javascript:" above all, become "#ZgotmplZ".
func urlFilter(args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeURL {
		return s
	}
	if !isSafeURL(s) {
		return "#" + filterFailsafe
	}
	return s
}

// isSafeURL reports whether s is relative or its scheme is http, https or
// mailto. A ':' after a '/' is in the path, not after a scheme.
func isSafeURL(s string) bool {
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || strings.Contains(scheme, "/") {
		return true
	}
	return strings.EqualFold(scheme, "http") || strings.EqualFold(scheme, "https") || strings.EqualFold(scheme, "mailto")
}

// urlEscaper percent-encodes everything but unreserved characters, for a
// value in a URL's query or fragment.
func urlEscaper(args ...any) string {
	return urlProcessor(false, args...)
}

// urlNormalizer percent-encodes only what may not appear in a URL at all,
// keeping its structure (slashes, '?', existing %xx escapes): for a value
// that forms a whole URL or its path.
func urlNormalizer(args ...any) string {
	return urlProcessor(true, args...)
}

// urlProcessor escapes (or, if norm, normalizes) a value; trusted URL
// content is always only normalized.
func urlProcessor(norm bool, args ...any) string {
	s, t := stringify(args...)
	if t == contentTypeURL {
		norm = true
	}
	var b bytes.Buffer
	if writeURL(&b, s, norm) {
		return b.String()
	}
	return s
}

// writeURL writes s to b with the bytes that need it percent-encoded (as
// urlEscaper or, if norm, urlNormalizer do), and reports whether any did.
func writeURL(b *bytes.Buffer, s string, norm bool) bool {
	written := 0
	for i := 0; i < len(s); i++ {
		if keepInURL(s, i, norm) {
			continue
		}
		b.WriteString(s[written:i])
		fmt.Fprintf(b, "%%%02x", s[i])
		written = i + 1
	}
	b.WriteString(s[written:])
	return written != 0
}

// keepInURL reports whether byte s[i] may stay as it is: unreserved
// characters always, reserved ones (RFC 3986 section 2.2) and a '%' that
// starts an escape only when normalizing.
func keepInURL(s string, i int, norm bool) bool {
	switch c := s[i]; {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	case strings.IndexByte("-._~", c) >= 0:
		return true
	case strings.IndexByte("!#$&*+,/:;=?@[]", c) >= 0:
		return norm
	case c == '%':
		return norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
	}
	return false
}

// srcsetFilterAndEscaper makes a value safe inside a srcset attribute, a
// comma-separated list of "URL [width or density]" candidates. Trusted
// Srcset is kept; a trusted URL is one candidate's URL, normalized with its
// commas escaped; otherwise each candidate is checked and normalized, and
// a candidate with an unsafe URL or odd metadata becomes "#ZgotmplZ".
func srcsetFilterAndEscaper(args ...any) string {
	s, t := stringify(args...)
	switch t {
	case contentTypeSrcset:
		return s
	case contentTypeURL:
		var b bytes.Buffer
		if writeURL(&b, s, true) {
			s = b.String()
		}
		return strings.ReplaceAll(s, ",", "%2c")
	}
	var b bytes.Buffer
	for i, candidate := range strings.Split(s, ",") {
		if i > 0 {
			b.WriteByte(',')
		}
		writeSrcsetCandidate(&b, candidate)
	}
	return b.String()
}

// writeSrcsetCandidate writes one candidate of a srcset list: its
// surrounding space kept, its URL normalized, its metadata (made of
// letters, digits and space only) kept.
func writeSrcsetCandidate(b *bytes.Buffer, s string) {
	start := 0
	for start < len(s) && isHTMLSpace(s[start]) {
		start++
	}
	end := start
	for end < len(s) && !isHTMLSpace(s[end]) {
		end++
	}
	url, metadata := s[start:end], s[end:]
	if isSafeURL(url) && strings.IndexFunc(metadata, notSpaceOrAlnum) < 0 {
		b.WriteString(s[:start])
		writeURL(b, url, true)
		b.WriteString(metadata)
		return
	}
	b.WriteString("#" + filterFailsafe)
}

// isHTMLSpace reports whether c is one of HTML's space characters.
func isHTMLSpace(c byte) bool {
	switch c {
	case '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}

// notSpaceOrAlnum reports whether r is neither HTML space nor an ASCII
// letter or digit.
func notSpaceOrAlnum(r rune) bool {
	if r < 0x80 && isHTMLSpace(byte(r)) {
		return false
	}
	return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
}
