// Package mime implements parts of the MIME spec: media types
// ("text/html; charset=utf-8", RFC 1521, RFC 2045, with RFC 2231's
// encoded and continued parameters), the table from file extensions to
// media types, and the encoded words of mail headers (RFC 2047).
package mime

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const upperhex = "0123456789ABCDEF"

// FormatMediaType serializes mediatype t and the parameters param as a
// media type conforming to RFC 2045 and RFC 2616. The type and parameter
// names are written in lower-case. When any of the arguments result in a
// standard violation then FormatMediaType returns the empty string.
func FormatMediaType(t string, param map[string]string) string {
	var b strings.Builder
	major, sub, hasSlash := strings.Cut(t, "/")
	if !isToken(major) || hasSlash && !isToken(sub) {
		return ""
	}
	b.WriteString(strings.ToLower(t))

	attrs := make([]string, 0, len(param))
	for a := range param {
		attrs = append(attrs, a)
	}
	sort.Strings(attrs)
	for _, attribute := range attrs {
		if !isToken(attribute) {
			return ""
		}
		b.WriteString("; ")
		b.WriteString(strings.ToLower(attribute))
		writeParamValue(&b, param[attribute])
	}
	return b.String()
}

// writeParamValue writes "=value": a token as it is, text that needs no
// encoding quoted, anything else in RFC 2231's encoded form: the
// charset utf-8 and %XX escapes.
func writeParamValue(b *strings.Builder, value string) {
	switch {
	case needsEncoding(value):
		b.WriteString("*=utf-8''")
		for i := 0; i < len(value); i++ {
			ch := value[i]
			if ch <= ' ' || ch >= 0x7F || ch == '*' || ch == '\'' || ch == '%' || isTSpecial(rune(ch)) {
				b.WriteByte('%')
				b.WriteByte(upperhex[ch>>4])
				b.WriteByte(upperhex[ch&0x0F])
			} else {
				b.WriteByte(ch)
			}
		}
	case isToken(value):
		b.WriteByte('=')
		b.WriteString(value)
	default:
		b.WriteString(`="`)
		for i := 0; i < len(value); i++ {
			if value[i] == '"' || value[i] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(value[i])
		}
		b.WriteByte('"')
	}
}

// needsEncoding reports whether s holds a byte a quoted string cannot:
// a control byte (but tab) or one beyond ASCII.
func needsEncoding(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if (b < ' ' || b > '~') && b != '\t' {
			return true
		}
	}
	return false
}

// checkMediaTypeDisposition checks "type/subtype" or a bare "type" (a
// Content-Disposition).
func checkMediaTypeDisposition(s string) error {
	typ, rest := consumeToken(s)
	if typ == "" {
		return errors.New("mime: no media type")
	}
	if rest == "" {
		return nil
	}
	if !strings.HasPrefix(rest, "/") {
		return errors.New("mime: expected slash after first token")
	}
	subtype, rest := consumeToken(rest[1:])
	if subtype == "" {
		return errors.New("mime: expected token after slash")
	}
	if rest != "" {
		return errors.New("mime: unexpected content after media subtype")
	}
	return nil
}

// ErrInvalidMediaParameter is returned by ParseMediaType if the media
// type value was found but there was an error parsing the optional
// parameters.
var ErrInvalidMediaParameter = errors.New("mime: invalid media parameter")

// ParseMediaType parses a media type value and any optional parameters,
// per RFC 1521. Media types are the values in Content-Type and
// Content-Disposition headers (RFC 2183). On success, ParseMediaType
// returns the media type converted to lowercase and trimmed of white
// space and a non-nil map. If there is an error parsing the optional
// parameter, the media type will be returned along with the error
// ErrInvalidMediaParameter. The returned map, params, maps from the
// lowercase attribute to the attribute value with its case preserved.
func ParseMediaType(v string) (mediatype string, params map[string]string, err error) {
	base, _, _ := strings.Cut(v, ";")
	mediatype = strings.TrimSpace(strings.ToLower(base))
	if err = checkMediaTypeDisposition(mediatype); err != nil {
		return "", nil, err
	}

	params = make(map[string]string)
	// RFC 2231 parameters ("name*", "name*0", "name*1*") are gathered
	// per base name and joined once all are read.
	var continuation map[string]map[string]string
	v = v[len(base):]
	for len(v) > 0 {
		v = strings.TrimLeftFunc(v, unicode.IsSpace)
		if len(v) == 0 {
			break
		}
		key, value, rest := consumeMediaParam(v)
		if key == "" {
			if strings.TrimSpace(rest) == ";" {
				break // a trailing semicolon is tolerated
			}
			return mediatype, nil, ErrInvalidMediaParameter
		}
		pmap := params
		if baseName, _, ok := strings.Cut(key, "*"); ok {
			if continuation == nil {
				continuation = make(map[string]map[string]string)
			}
			if pmap = continuation[baseName]; pmap == nil {
				pmap = make(map[string]string)
				continuation[baseName] = pmap
			}
		}
		if _, exists := pmap[key]; exists {
			return "", nil, errors.New("mime: duplicate parameter name")
		}
		pmap[key] = value
		v = rest
	}
	for key, pieces := range continuation {
		if value, ok := joinContinuation(key, pieces); ok {
			params[key] = value
		}
	}
	return
}

// joinContinuation builds parameter key from its RFC 2231 pieces:
// "key*" alone (encoded), or "key*0", "key*1", ... each perhaps encoded
// ("key*0*"). The first piece of an encoded run names the charset.
func joinContinuation(key string, pieces map[string]string) (string, bool) {
	if v, ok := pieces[key+"*"]; ok {
		return decode2231Enc(v)
	}
	var buf strings.Builder
	valid := false
	for n := 0; ; n++ {
		simplePart := fmt.Sprintf("%s*%d", key, n)
		if v, ok := pieces[simplePart]; ok {
			valid = true
			buf.WriteString(v)
			continue
		}
		v, ok := pieces[simplePart+"*"]
		if !ok {
			break
		}
		valid = true
		if n == 0 {
			if decv, ok := decode2231Enc(v); ok {
				buf.WriteString(decv)
			}
		} else {
			decv, _ := percentHexUnescape(v)
			buf.WriteString(decv)
		}
	}
	return buf.String(), valid
}

// decode2231Enc decodes "charset'language'%XX..." for the charsets
// us-ascii and utf-8.
func decode2231Enc(v string) (string, bool) {
	sv := strings.SplitN(v, "'", 3)
	if len(sv) != 3 {
		return "", false
	}
	charset := strings.ToLower(sv[0])
	if charset != "us-ascii" && charset != "utf-8" {
		return "", false
	}
	encv, err := percentHexUnescape(sv[2])
	if err != nil {
		return "", false
	}
	return encv, true
}

// consumeToken splits v after its leading token.
func consumeToken(v string) (token, rest string) {
	notPos := strings.IndexFunc(v, isNotTokenChar)
	if notPos == -1 {
		return v, ""
	}
	return v[:notPos], v[notPos:]
}

// consumeValue splits v after its leading value: a token or a quoted
// string (RFC 2616 section 2.2), whose backslash escapes it undoes. On
// failure the value is empty and rest is v.
func consumeValue(v string) (value, rest string) {
	if v == "" {
		return
	}
	if v[0] != '"' {
		return consumeToken(v)
	}
	var buffer strings.Builder
	for i := 1; i < len(v); i++ {
		r := v[i]
		switch {
		case r == '"':
			return buffer.String(), v[i+1:]
		case r == '\\' && i+1 < len(v) && isTSpecial(rune(v[i+1])):
			// Only tspecials are escaped: a Windows path such as
			// "C:\dir" keeps its backslashes, as browsers send them.
			buffer.WriteByte(v[i+1])
			i++
		case r == '\r' || r == '\n':
			return "", v
		default:
			buffer.WriteByte(r)
		}
	}
	return "", v // no closing quote
}

// consumeMediaParam splits "; key=value" from v, lowering the key.
func consumeMediaParam(v string) (param, value, rest string) {
	rest = strings.TrimLeftFunc(v, unicode.IsSpace)
	if !strings.HasPrefix(rest, ";") {
		return "", "", v
	}
	rest = strings.TrimLeftFunc(rest[1:], unicode.IsSpace)
	param, rest = consumeToken(rest)
	param = strings.ToLower(param)
	if param == "" {
		return "", "", v
	}
	rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	if !strings.HasPrefix(rest, "=") {
		return "", "", v
	}
	rest = strings.TrimLeftFunc(rest[1:], unicode.IsSpace)
	value, rest2 := consumeValue(rest)
	if value == "" && rest2 == rest {
		return "", "", v
	}
	return param, value, rest2
}

// percentHexUnescape decodes %XX escapes.
func percentHexUnescape(s string) (string, error) {
	var t strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			t.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
			bad := s[i:]
			if len(bad) > 3 {
				bad = bad[:3]
			}
			return "", fmt.Errorf("mime: bogus characters after %%: %q", bad)
		}
		t.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
		i += 2
	}
	return t.String(), nil
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}
