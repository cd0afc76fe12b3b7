package http

import (
	"errors"
	"fmt"
	"log"
	"net"
	"net/http/internal/ascii"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// This file implements HTTP cookies as RFC 6265 defines them: parsed
// from a server's Set-Cookie and a client's Cookie headers, and written
// back with the bytes a header may not hold dropped.

// A Cookie represents an HTTP cookie as sent in the Set-Cookie header
// of an HTTP response or the Cookie header of an HTTP request.
//
// See https://tools.ietf.org/html/rfc6265 for details.
type Cookie struct {
	Name  string
	Value string

	Path       string    // optional
	Domain     string    // optional
	Expires    time.Time // optional
	RawExpires string    // for reading cookies only

	// MaxAge=0 means no 'Max-Age' attribute specified.
	// MaxAge<0 means delete cookie now, equivalently 'Max-Age: 0'
	// MaxAge>0 means Max-Age attribute present and given in seconds
	MaxAge   int
	Secure   bool
	HttpOnly bool
	SameSite SameSite
	Raw      string
	Unparsed []string // Raw text of unparsed attribute-value pairs
}

// SameSite allows a server to define a cookie attribute making it
// impossible for the browser to send this cookie along with cross-site
// requests.
type SameSite int

const (
	SameSiteDefaultMode SameSite = iota + 1
	SameSiteLaxMode
	SameSiteStrictMode
	SameSiteNoneMode
)

// readSetCookies parses all "Set-Cookie" values from the header h and
// returns the successfully parsed Cookies.
func readSetCookies(h Header) []*Cookie {
	var cookies []*Cookie
	for _, line := range h["Set-Cookie"] {
		if c := parseSetCookie(line); c != nil {
			cookies = append(cookies, c)
		}
	}
	return cookies
}

// parseSetCookie parses "name=value; Attr=val; Flag", or returns nil.
func parseSetCookie(line string) *Cookie {
	parts := strings.Split(textproto.TrimString(line), ";")
	name, value, ok := strings.Cut(textproto.TrimString(parts[0]), "=")
	if !ok {
		return nil
	}
	name = textproto.TrimString(name)
	if !isCookieNameValid(name) {
		return nil
	}
	value, ok = parseCookieValue(value, true)
	if !ok {
		return nil
	}
	c := &Cookie{Name: name, Value: value, Raw: line}
	for _, part := range parts[1:] {
		part = textproto.TrimString(part)
		if part == "" {
			continue
		}
		attr, val, _ := strings.Cut(part, "=")
		lowerAttr, isASCII := ascii.ToLower(attr)
		if !isASCII {
			continue // dropped, as Go does
		}
		val, ok := parseCookieValue(val, false)
		if !ok || !c.setAttribute(lowerAttr, val) {
			c.Unparsed = append(c.Unparsed, part)
		}
	}
	return c
}

// setAttribute sets the attribute named attr (lower case) and reports
// whether it knew it.
func (c *Cookie) setAttribute(attr, val string) bool {
	switch attr {
	case "samesite":
		switch lowerVal, _ := ascii.ToLower(val); lowerVal {
		case "lax":
			c.SameSite = SameSiteLaxMode
		case "strict":
			c.SameSite = SameSiteStrictMode
		case "none":
			c.SameSite = SameSiteNoneMode
		default:
			c.SameSite = SameSiteDefaultMode
		}
	case "secure":
		c.Secure = true
	case "httponly":
		c.HttpOnly = true
	case "domain":
		c.Domain = val
	case "max-age":
		secs, err := strconv.Atoi(val)
		if err != nil || secs != 0 && val[0] == '0' {
			break // an invalid Max-Age is ignored
		}
		if secs <= 0 {
			secs = -1
		}
		c.MaxAge = secs
	case "expires":
		c.RawExpires = val
		c.Expires = parseCookieExpires(val)
	case "path":
		c.Path = val
	default:
		return false
	}
	return true
}

// parseCookieExpires reads an Expires date in either of the forms
// servers send; an unreadable one is the zero time.
func parseCookieExpires(val string) time.Time {
	t, err := time.Parse(time.RFC1123, val)
	if err != nil {
		if t, err = time.Parse("Mon, 02-Jan-2006 15:04:05 MST", val); err != nil {
			return time.Time{}
		}
	}
	return t.UTC()
}

// SetCookie adds a Set-Cookie header to the provided ResponseWriter's
// headers. The provided cookie must have a valid Name. Invalid cookies
// may be silently dropped.
func SetCookie(w ResponseWriter, cookie *Cookie) {
	if v := cookie.String(); v != "" {
		w.Header().Add("Set-Cookie", v)
	}
}

// String returns the serialization of the cookie for use in a Cookie
// header (if only Name and Value are set) or a Set-Cookie response
// header (if other fields are set). If c is nil or c.Name is invalid,
// the empty string is returned.
func (c *Cookie) String() string {
	if c == nil || !isCookieNameValid(c.Name) {
		return ""
	}
	var b strings.Builder
	b.WriteString(sanitizeCookieName(c.Name) + "=" + sanitizeCookieValue(c.Value))
	if len(c.Path) > 0 {
		b.WriteString("; Path=" + sanitizeCookiePath(c.Path))
	}
	if len(c.Domain) > 0 {
		if validCookieDomain(c.Domain) {
			// A leading dot is tolerated, but not sent (RFC 6265
			// section 4.1.2.3).
			b.WriteString("; Domain=" + strings.TrimPrefix(c.Domain, "."))
		} else {
			log.Printf("net/http: invalid Cookie.Domain %q; dropping domain attribute", c.Domain)
		}
	}
	if validCookieExpires(c.Expires) {
		b.WriteString("; Expires=" + c.Expires.UTC().Format(TimeFormat))
	}
	if c.MaxAge > 0 {
		b.WriteString("; Max-Age=" + strconv.Itoa(c.MaxAge))
	} else if c.MaxAge < 0 {
		b.WriteString("; Max-Age=0")
	}
	if c.HttpOnly {
		b.WriteString("; HttpOnly")
	}
	if c.Secure {
		b.WriteString("; Secure")
	}
	switch c.SameSite {
	case SameSiteNoneMode:
		b.WriteString("; SameSite=None")
	case SameSiteLaxMode:
		b.WriteString("; SameSite=Lax")
	case SameSiteStrictMode:
		b.WriteString("; SameSite=Strict")
	}
	return b.String()
}

// Valid reports whether the cookie is valid.
func (c *Cookie) Valid() error {
	if c == nil {
		return errors.New("http: nil Cookie")
	}
	if !isCookieNameValid(c.Name) {
		return errors.New("http: invalid Cookie.Name")
	}
	if !validCookieExpires(c.Expires) {
		return errors.New("http: invalid Cookie.Expires")
	}
	for i := 0; i < len(c.Value); i++ {
		if !validCookieValueByte(c.Value[i]) {
			return fmt.Errorf("http: invalid byte %q in Cookie.Value", c.Value[i])
		}
	}
	for i := 0; i < len(c.Path); i++ {
		if !validCookiePathByte(c.Path[i]) {
			return fmt.Errorf("http: invalid byte %q in Cookie.Path", c.Path[i])
		}
	}
	if len(c.Domain) > 0 && !validCookieDomain(c.Domain) {
		return errors.New("http: invalid Cookie.Domain")
	}
	return nil
}

// readCookies parses all "Cookie" values from the header h and returns
// the successfully parsed Cookies; a non-empty filter keeps only the
// cookies of that name. No cookie is an empty slice, never nil, as Go's.
func readCookies(h Header, filter string) []*Cookie {
	cookies := []*Cookie{}
	for _, line := range h["Cookie"] {
		for _, part := range strings.Split(textproto.TrimString(line), ";") {
			part = textproto.TrimString(part)
			if part == "" {
				continue
			}
			name, val, _ := strings.Cut(part, "=")
			if !isCookieNameValid(name) || filter != "" && filter != name {
				continue
			}
			if val, ok := parseCookieValue(val, true); ok {
				cookies = append(cookies, &Cookie{Name: name, Value: val})
			}
		}
	}
	return cookies
}

// Cookies parses and returns the HTTP cookies sent with the request.
func (r *Request) Cookies() []*Cookie {
	return readCookies(r.Header, "")
}

// Cookie returns the named cookie provided in the request or
// ErrNoCookie if not found. If multiple cookies match the given name,
// only one cookie will be returned.
func (r *Request) Cookie(name string) (*Cookie, error) {
	if name == "" {
		return nil, ErrNoCookie
	}
	for _, c := range readCookies(r.Header, name) {
		return c, nil
	}
	return nil, ErrNoCookie
}

// AddCookie adds a cookie to the request. Per RFC 6265 section 5.4,
// AddCookie does not attach more than one Cookie header field. That
// means all cookies, if any, are written into the same line, separated
// by semicolon. AddCookie only sanitizes c's name and value, and does
// not sanitize a Cookie header already present in the request.
func (r *Request) AddCookie(c *Cookie) {
	s := sanitizeCookieName(c.Name) + "=" + sanitizeCookieValue(c.Value)
	if old := r.Header.Get("Cookie"); old != "" {
		s = old + "; " + s
	}
	r.Header.Set("Cookie", s)
}

// Cookies parses and returns the cookies set in the Set-Cookie headers.
func (r *Response) Cookies() []*Cookie {
	return readSetCookies(r.Header)
}

// A CookieJar manages storage and use of cookies in HTTP requests.
//
// Implementations of CookieJar must be safe for concurrent use by
// multiple goroutines.
type CookieJar interface {
	// SetCookies handles the receipt of the cookies in a reply for the
	// given URL. It may or may not choose to save the cookies,
	// depending on the jar's policy and implementation.
	SetCookies(u *url.URL, cookies []*Cookie)

	// Cookies returns the cookies to send in a request for the given
	// URL. It is up to the implementation to honor the standard cookie
	// use restrictions such as in RFC 6265.
	Cookies(u *url.URL) []*Cookie
}

// validCookieDomain reports whether v is a valid cookie domain-value:
// a domain name, or an IPv4 address.
func validCookieDomain(v string) bool {
	if isCookieDomainName(v) {
		return true
	}
	return net.ParseIP(v) != nil && !strings.Contains(v, ":")
}

// validCookieExpires reports whether t is a date a cookie may carry:
// not before 1601 (RFC 6265 section 5.1.1).
func validCookieExpires(t time.Time) bool {
	return t.Year() >= 1601
}

// isCookieDomainName reports whether s is a valid domain name or a
// valid domain name with a leading dot: labels of letters, digits and
// inner hyphens, at most 63 bytes each, one at least holding a letter.
func isCookieDomainName(s string) bool {
	if len(s) == 0 || len(s) > 255 {
		return false
	}
	s = strings.TrimPrefix(s, ".")
	last := byte('.')
	hasLetter := false
	partlen := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			hasLetter = true
			partlen++
		case '0' <= c && c <= '9':
			partlen++
		case c == '-':
			if last == '.' {
				return false // a label may not start with a hyphen
			}
			partlen++
		case c == '.':
			if last == '.' || last == '-' || partlen > 63 || partlen == 0 {
				return false
			}
			partlen = 0
		default:
			return false
		}
		last = c
	}
	return last != '-' && partlen <= 63 && hasLetter
}

var cookieNameSanitizer = strings.NewReplacer("\n", "-", "\r", "-")

func sanitizeCookieName(n string) string {
	return cookieNameSanitizer.Replace(n)
}

// sanitizeCookieValue produces a suitable cookie-value from v: the
// bytes RFC 6265 forbids are dropped, and a value with a space or a
// comma is quoted, as browsers accept it.
func sanitizeCookieValue(v string) string {
	v = sanitizeOrWarn("Cookie.Value", validCookieValueByte, v)
	if strings.ContainsAny(v, " ,") {
		return `"` + v + `"`
	}
	return v
}

func validCookieValueByte(b byte) bool {
	return 0x20 <= b && b < 0x7f && b != '"' && b != ';' && b != '\\'
}

// sanitizeCookiePath drops the bytes a path-value may not hold.
func sanitizeCookiePath(v string) string {
	return sanitizeOrWarn("Cookie.Path", validCookiePathByte, v)
}

func validCookiePathByte(b byte) bool {
	return 0x20 <= b && b < 0x7f && b != ';'
}

// sanitizeOrWarn drops the bytes of v that valid rejects, logging the
// first.
func sanitizeOrWarn(fieldName string, valid func(byte) bool, v string) string {
	first := -1
	for i := 0; i < len(v); i++ {
		if !valid(v[i]) {
			first = i
			break
		}
	}
	if first < 0 {
		return v
	}
	log.Printf("net/http: invalid byte %q in %s; dropping invalid bytes", v[first], fieldName)
	buf := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		if valid(v[i]) {
			buf = append(buf, v[i])
		}
	}
	return string(buf)
}

// parseCookieValue checks a cookie-value, which may be quoted when
// allowDoubleQuote is set.
func parseCookieValue(raw string, allowDoubleQuote bool) (string, bool) {
	if allowDoubleQuote && len(raw) > 1 && raw[0] == '"' && raw[len(raw)-1] == '"' {
		raw = raw[1 : len(raw)-1]
	}
	for i := 0; i < len(raw); i++ {
		if !validCookieValueByte(raw[i]) {
			return "", false
		}
	}
	return raw, true
}

// isCookieNameValid reports whether raw is a token.
func isCookieNameValid(raw string) bool {
	return raw != "" && strings.IndexFunc(raw, isNotToken) < 0
}
