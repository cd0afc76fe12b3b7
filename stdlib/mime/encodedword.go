package mime

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file implements RFC 2047's encoded words, the form non-ASCII
// text takes in a mail header: "=?charset?B?base64?=" or
// "=?charset?Q?quoted_printable?=", each at most 75 bytes long.

// A WordEncoder is an RFC 2047 encoded-word encoder.
type WordEncoder byte

const (
	// BEncoding represents Base64 encoding scheme as defined by RFC
	// 2045.
	BEncoding = WordEncoder('b')
	// QEncoding represents the Q-encoding scheme as defined by RFC
	// 2047.
	QEncoding = WordEncoder('q')
)

var errInvalidWord = errors.New("mime: invalid RFC 2047 encoded-word")

// Encode returns the encoded-word form of s. If s is ASCII without
// special characters, it is returned unchanged. The provided charset is
// the IANA charset name of s. It is case insensitive.
func (e WordEncoder) Encode(charset, s string) string {
	if !needsEncoding(s) {
		return s
	}
	var buf strings.Builder
	e.openWord(&buf, charset)
	if e == BEncoding {
		e.bEncode(&buf, charset, s)
	} else {
		e.qEncode(&buf, charset, s)
	}
	buf.WriteString("?=")
	return buf.String()
}

const (
	// The maximum length of an encoded-word is 75 characters. See RFC
	// 2047, section 2.
	maxEncodedWordLen = 75
	// maxContentLen is how much content can be encoded, ignoring the
	// header and 2-byte footer.
	maxContentLen = maxEncodedWordLen - len("=?UTF-8?q?") - len("?=")
)

// maxBase64Len is how many bytes of text fit in a B-encoded word.
var maxBase64Len = base64.StdEncoding.DecodedLen(maxContentLen)

// bEncode encodes s using base64 encoding and writes it to buf. UTF-8
// text is split into words between runes.
func (e WordEncoder) bEncode(buf *strings.Builder, charset, s string) {
	w := base64.NewEncoder(base64.StdEncoding, buf)
	// A charset other than UTF-8 cannot be split safely: one word.
	if !isUTF8(charset) || base64.StdEncoding.EncodedLen(len(s)) <= maxContentLen {
		io.WriteString(w, s)
		w.Close()
		return
	}
	var currentLen, last, runeLen int
	for i := 0; i < len(s); i += runeLen {
		_, runeLen = utf8.DecodeRuneInString(s[i:])
		if currentLen+runeLen <= maxBase64Len {
			currentLen += runeLen
			continue
		}
		io.WriteString(w, s[last:i])
		w.Close()
		e.splitWord(buf, charset)
		last = i
		currentLen = runeLen
	}
	io.WriteString(w, s[last:])
	w.Close()
}

// qEncode encodes s using Q encoding and writes it to buf. It splits
// the encoded-words when necessary, between runes.
func (e WordEncoder) qEncode(buf *strings.Builder, charset, s string) {
	if !isUTF8(charset) {
		writeQString(buf, s)
		return
	}
	var currentLen, runeLen int
	for i := 0; i < len(s); i += runeLen {
		encLen := 1
		runeLen = 1
		if !isQPlain(s[i]) {
			_, runeLen = utf8.DecodeRuneInString(s[i:])
			encLen = 3 * runeLen
		}
		if currentLen+encLen > maxContentLen {
			e.splitWord(buf, charset)
			currentLen = 0
		}
		writeQString(buf, s[i:i+runeLen])
		currentLen += encLen
	}
}

// isQPlain reports whether b stands for itself in Q encoding.
func isQPlain(b byte) bool {
	return b >= ' ' && b <= '~' && b != '=' && b != '?' && b != '_'
}

// writeQString encodes s using Q encoding and writes it to buf: a space
// is '_', other special bytes =XX.
func writeQString(buf *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b == ' ':
			buf.WriteByte('_')
		case isQPlain(b):
			buf.WriteByte(b)
		default:
			buf.WriteByte('=')
			buf.WriteByte(upperhex[b>>4])
			buf.WriteByte(upperhex[b&0x0f])
		}
	}
}

// openWord writes the beginning of an encoded-word into buf.
func (e WordEncoder) openWord(buf *strings.Builder, charset string) {
	buf.WriteString("=?" + charset + "?")
	buf.WriteByte(byte(e))
	buf.WriteByte('?')
}

// splitWord closes the current encoded-word and opens a new one.
func (e WordEncoder) splitWord(buf *strings.Builder, charset string) {
	buf.WriteString("?= ")
	e.openWord(buf, charset)
}

func isUTF8(charset string) bool {
	return strings.EqualFold(charset, "UTF-8")
}

// A WordDecoder decodes MIME headers containing RFC 2047 encoded-words.
type WordDecoder struct {
	// CharsetReader, if non-nil, defines a function to generate
	// charset-conversion readers, converting from the provided charset
	// into UTF-8. Charsets are always lower-case. utf-8, iso-8859-1 and
	// us-ascii charsets are handled by default. One of the
	// CharsetReader's result values must be non-nil.
	CharsetReader func(charset string, input io.Reader) (io.Reader, error)
}

// Decode decodes an RFC 2047 encoded-word.
func (d *WordDecoder) Decode(word string) (string, error) {
	// See https://tools.ietf.org/html/rfc2047#section-2 for details.
	// Our decoder is permissive, we accept empty encoded-text.
	if len(word) < 8 || !strings.HasPrefix(word, "=?") || !strings.HasSuffix(word, "?=") || strings.Count(word, "?") != 4 {
		return "", errInvalidWord
	}
	word = word[2 : len(word)-2]
	charset, text, _ := strings.Cut(word, "?")
	if charset == "" {
		return "", errInvalidWord
	}
	encoding, text, _ := strings.Cut(text, "?")
	if len(encoding) != 1 {
		return "", errInvalidWord
	}
	content, err := decode(encoding[0], text)
	if err != nil {
		return "", err
	}
	var buf strings.Builder
	if err := d.convert(&buf, charset, content); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// DecodeHeader decodes all encoded-words of the given string. It
// returns an error if and only if CharsetReader of d returns an error.
// The white space between two adjacent encoded-words is dropped (RFC
// 2047 section 6.2); a malformed word is kept as it is.
func (d *WordDecoder) DecodeHeader(header string) (string, error) {
	i := strings.Index(header, "=?")
	if i == -1 {
		return header, nil
	}
	var buf strings.Builder
	buf.WriteString(header[:i])
	header = header[i:]
	betweenWords := false
	for {
		start := strings.Index(header, "=?")
		if start == -1 {
			break
		}
		charset, encoding, text, end, ok := splitEncodedWord(header, start)
		if !ok {
			break
		}
		content, err := decode(encoding, text)
		if err != nil {
			betweenWords = false
			buf.WriteString(header[:start+2])
			header = header[start+2:]
			continue
		}
		// Write characters before the encoded-word. White-space and
		// newline characters separating two encoded-words must be
		// deleted.
		if start > 0 && (!betweenWords || hasNonWhitespace(header[:start])) {
			buf.WriteString(header[:start])
		}
		if err := d.convert(&buf, charset, content); err != nil {
			return "", err
		}
		header = header[end:]
		betweenWords = true
	}
	buf.WriteString(header)
	return buf.String(), nil
}

// splitEncodedWord splits the encoded-word at header[start:] into its
// parts; end is the index just past it.
func splitEncodedWord(header string, start int) (charset string, encoding byte, text string, end int, ok bool) {
	cur := start + len("=?")
	i := strings.Index(header[cur:], "?")
	if i == -1 {
		return
	}
	charset = header[cur : cur+i]
	cur += i + len("?")
	if len(header) < cur+len("Q??=") {
		return
	}
	encoding = header[cur]
	cur++
	if header[cur] != '?' {
		return
	}
	cur++
	j := strings.Index(header[cur:], "?=")
	if j == -1 {
		return
	}
	return charset, encoding, header[cur : cur+j], cur + j + len("?="), true
}

func decode(encoding byte, text string) ([]byte, error) {
	switch encoding {
	case 'B', 'b':
		return base64.StdEncoding.DecodeString(text)
	case 'Q', 'q':
		return qDecode(text)
	}
	return nil, errInvalidWord
}

// convert writes content, in charset, to buf as UTF-8.
func (d *WordDecoder) convert(buf *strings.Builder, charset string, content []byte) error {
	switch {
	case strings.EqualFold("utf-8", charset):
		buf.Write(content)
	case strings.EqualFold("iso-8859-1", charset):
		for _, c := range content {
			buf.WriteRune(rune(c))
		}
	case strings.EqualFold("us-ascii", charset):
		for _, c := range content {
			if c >= utf8.RuneSelf {
				buf.WriteRune(unicode.ReplacementChar)
			} else {
				buf.WriteByte(c)
			}
		}
	default:
		if d.CharsetReader == nil {
			return fmt.Errorf("mime: unhandled charset %q", charset)
		}
		r, err := d.CharsetReader(strings.ToLower(charset), bytes.NewReader(content))
		if err != nil {
			return err
		}
		if _, err = io.Copy(buf, r); err != nil {
			return err
		}
	}
	return nil
}

// hasNonWhitespace reports whether s (assumed to be ASCII) contains at
// least one byte of non-whitespace.
func hasNonWhitespace(s string) bool {
	return strings.Trim(s, " \t\n\r") != ""
}

// qDecode decodes a Q encoded string.
func qDecode(s string) ([]byte, error) {
	dec := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '_':
			dec = append(dec, ' ')
		case c == '=':
			if i+2 >= len(s) {
				return nil, errInvalidWord
			}
			for _, h := range []byte{s[i+1], s[i+2]} {
				if !ishex(h) {
					return nil, fmt.Errorf("mime: invalid hex byte %#02x", h)
				}
			}
			dec = append(dec, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		case (c <= '~' && c >= ' ') || c == '\n' || c == '\r' || c == '\t':
			dec = append(dec, c)
		default:
			return nil, errInvalidWord
		}
	}
	return dec, nil
}
