package http

import (
	"io"
	"net/http/internal/ascii"
	"net/textproto"
	"sort"
	"strings"
	"time"
)

// A Header represents the key-value pairs in an HTTP header.
//
// The keys should be in canonical form, as returned by
// CanonicalHeaderKey.
type Header map[string][]string

// Add adds the key, value pair to the header. It appends to any
// existing values associated with key. The key is case insensitive; it
// is canonicalized by CanonicalHeaderKey.
func (h Header) Add(key, value string) {
	textproto.MIMEHeader(h).Add(key, value)
}

// Set sets the header entries associated with key to the single element
// value. It replaces any existing values associated with key.
func (h Header) Set(key, value string) {
	textproto.MIMEHeader(h).Set(key, value)
}

// Get gets the first value associated with the given key. If there are
// no values associated with the key, Get returns "". It is case
// insensitive; to use non-canonical keys, access the map directly.
func (h Header) Get(key string) string {
	return textproto.MIMEHeader(h).Get(key)
}

// Values returns all values associated with the given key. The returned
// slice is not a copy.
func (h Header) Values(key string) []string {
	return textproto.MIMEHeader(h).Values(key)
}

// get is like Get, but key must already be in CanonicalHeaderKey form.
func (h Header) get(key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// has reports whether h has the provided key defined, even if it's set
// to 0-length slice.
func (h Header) has(key string) bool {
	_, ok := h[key]
	return ok
}

// Del deletes the values associated with key.
func (h Header) Del(key string) {
	textproto.MIMEHeader(h).Del(key)
}

// Write writes a header in wire format.
func (h Header) Write(w io.Writer) error {
	return h.WriteSubset(w, nil)
}

// Clone returns a copy of h or nil if h is nil.
func (h Header) Clone() Header {
	if h == nil {
		return nil
	}
	h2 := make(Header, len(h))
	for k, vv := range h {
		if vv == nil {
			h2[k] = nil // keep a key set to nil, as ReverseProxy relies on
			continue
		}
		h2[k] = append([]string(nil), vv...)
	}
	return h2
}

// headerNewlineToSpace turns a value's line breaks into spaces: a value
// may not start a new header line.
var headerNewlineToSpace = strings.NewReplacer("\n", " ", "\r", " ")

// WriteSubset writes a header in wire format, sorted by key. If exclude
// is not nil, keys where exclude[key] == true are not written. Keys are
// not canonicalized before checking the exclude map.
func (h Header) WriteSubset(w io.Writer, exclude map[string]bool) error {
	keys := make([]string, 0, len(h))
	for k := range h {
		if !exclude[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			v = textproto.TrimString(headerNewlineToSpace.Replace(v))
			if _, err := io.WriteString(w, k+": "+v+"\r\n"); err != nil {
				return err
			}
		}
	}
	return nil
}

// CanonicalHeaderKey returns the canonical format of the header key s.
// The canonicalization converts the first letter and any letter
// following a hyphen to upper case; the rest are converted to
// lowercase. For example, the canonical key for "accept-encoding" is
// "Accept-Encoding". If s contains a space or invalid header field
// bytes, it is returned without modifications.
func CanonicalHeaderKey(s string) string { return textproto.CanonicalMIMEHeaderKey(s) }

// TimeFormat is the time format to use when generating times in HTTP
// headers. It is like time.RFC1123 but hard-codes GMT as the time zone.
// The time being formatted must be in UTC for Format to generate the
// correct format.
const TimeFormat = "Mon, 02 Jan 2006 15:04:05 GMT"

// The other time formats a server must accept (RFC 7231 section
// 7.1.1.1): RFC 850's and ANSI C's asctime().
var timeFormats = []string{
	TimeFormat,
	time.RFC850,
	time.ANSIC,
}

// ParseTime parses a time header (such as the Date: header), trying
// each of the three formats allowed by HTTP/1.1: TimeFormat,
// time.RFC850, and time.ANSIC.
func ParseTime(text string) (t time.Time, err error) {
	for _, layout := range timeFormats {
		t, err = time.Parse(layout, text)
		if err == nil {
			return
		}
	}
	return
}

// hasToken reports whether token appears in the comma-separated list v,
// ignoring ASCII case ("Connection: keep-alive, Upgrade").
func hasToken(v, token string) bool {
	found := false
	foreachHeaderElement(v, func(element string) {
		found = found || ascii.EqualFold(element, token)
	})
	return found
}

// foreachHeaderElement calls fn with each element of the
// comma-separated list v, trimmed, skipping the empty ones.
func foreachHeaderElement(v string, fn func(string)) {
	for _, element := range strings.Split(v, ",") {
		if element = textproto.TrimString(element); element != "" {
			fn(element)
		}
	}
}
