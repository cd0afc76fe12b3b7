// This file implements Compact, Indent and HTMLEscape, which rewrite
// JSON text byte by byte as the scanner classifies it.

package json

import "bytes"

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028
// and U+2029 characters inside string literals changed to \u003c,
// \u003e, \u0026, \u2028, \u2029 so that the JSON is safe to embed
// inside HTML <script> tags.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(appendHTMLEscape(nil, src))
}

func appendHTMLEscape(dst, src []byte) []byte {
	start := 0
	for i, c := range src {
		if c == '<' || c == '>' || c == '&' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			start = i + 1
		}
		// U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
		if c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
			start = i + 3
		}
	}
	return append(dst, src[start:]...)
}

// Compact appends to dst the JSON-encoded src with insignificant space
// characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := appendCompact(nil, src, false)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// appendCompact appends src without its insignificant space to dst,
// escaping for HTML if asked; on a syntax error dst is returned unchanged.
func appendCompact(dst, src []byte, escape bool) ([]byte, error) {
	origLen := len(dst)
	var s scanner
	s.reset()
	start := 0
	for i, c := range src {
		if escape && (c == '<' || c == '>' || c == '&') {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			start = i + 1
		}
		if escape && c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xA8 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xF])
			start = i + 3
		}
		s.bytes++
		v := s.step(c)
		if v >= scanSkipSpace {
			if v == scanError {
				break
			}
			dst = append(dst, src[start:i]...)
			start = i + 1
		}
	}
	if s.eof() == scanError {
		return dst[:origLen], s.err
	}
	if start < len(src) {
		dst = append(dst, src[start:]...)
	}
	return dst, nil
}

func newline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for i := 0; i < depth; i++ {
		dst = append(dst, indent...)
	}
	return dst
}

// Indent appends to dst the JSON-encoded src laid out one element per
// line: each object member and array element on a line of its own that
// starts with prefix and then indent once per level of nesting. The
// first line gets no prefix, so the result can be embedded in other
// formatted JSON; space before the value is dropped, space after it kept.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := appendIndent(nil, src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	var s scanner
	s.reset()
	needIndent := false
	depth := 0
	for _, c := range src {
		s.bytes++
		v := s.step(c)
		if v == scanSkipSpace {
			continue
		}
		if v == scanError {
			break
		}
		if needIndent && v != scanEndObject && v != scanEndArray {
			needIndent = false
			depth++
			dst = newline(dst, prefix, indent, depth)
		}
		// Bytes inside literals, strings included, are copied as they are.
		if v == scanContinue {
			dst = append(dst, c)
			continue
		}
		// Punctuation decides the layout.
		switch c {
		case '{', '[':
			// The newline waits for the first element: {} and [] stay on one line.
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			dst = newline(dst, prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false // an empty object or array
			} else {
				depth--
				dst = newline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	if s.eof() == scanError {
		return nil, s.err
	}
	return dst, nil
}
