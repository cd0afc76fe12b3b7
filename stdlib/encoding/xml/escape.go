// This file implements the escaping of text for XML output: character
// data and attribute values (EscapeText), and CDATA sections.

package xml

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// escapeFor returns how the rune r, width bytes long, is written in
// escaped text, or nil when it is written as it is. Quotes are escaped
// by their numeric references, shorter than &quot; and &apos;; a rune
// XML cannot hold, or an invalid UTF-8 byte, becomes U+FFFD.
func escapeFor(r rune, width int, escapeNewline bool) []byte {
	switch r {
	case '"':
		return []byte("&#34;")
	case '\'':
		return []byte("&#39;")
	case '&':
		return []byte("&amp;")
	case '<':
		return []byte("&lt;")
	case '>':
		return []byte("&gt;")
	case '\t':
		return []byte("&#x9;")
	case '\n':
		if escapeNewline {
			return []byte("&#xA;")
		}
		return nil
	case '\r':
		return []byte("&#xD;")
	}
	if !isInCharacterRange(r) || r == utf8.RuneError && width == 1 {
		return []byte("\uFFFD")
	}
	return nil
}

// EscapeText writes to w the properly escaped XML equivalent of the
// plain text data s.
func EscapeText(w io.Writer, s []byte) error {
	return escapeText(w, s, true)
}

// Escape is like EscapeText but omits the error return value.
// It is provided for backwards compatibility with Go 1.0.
// Code targeting Go 1.1 or later should use EscapeText.
func Escape(w io.Writer, s []byte) {
	EscapeText(w, s)
}

// escapeText writes s escaped, leaving newlines as they are unless
// escapeNewline (an attribute value must keep its newlines escaped).
func escapeText(w io.Writer, s []byte, escapeNewline bool) error {
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		i += width
		esc := escapeFor(r, width, escapeNewline)
		if esc == nil {
			continue
		}
		if _, err := w.Write(s[last : i-width]); err != nil {
			return err
		}
		if _, err := w.Write(esc); err != nil {
			return err
		}
		last = i
	}
	_, err := w.Write(s[last:])
	return err
}

// emitCDATA writes s as a CDATA section; a ]]> inside is split across
// two sections, as XML has no escape inside one.
func emitCDATA(w io.Writer, s []byte) error {
	if len(s) == 0 {
		return nil
	}
	if _, err := w.Write([]byte("<![CDATA[")); err != nil {
		return err
	}
	for {
		before, after, ok := bytes.Cut(s, []byte("]]>"))
		if !ok {
			break
		}
		if _, err := w.Write(before); err != nil {
			return err
		}
		if _, err := w.Write([]byte("]]]]><![CDATA[>")); err != nil {
			return err
		}
		s = after
	}
	if _, err := w.Write(s); err != nil {
		return err
	}
	_, err := w.Write([]byte("]]>"))
	return err
}
