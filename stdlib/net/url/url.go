// Package url parses URLs and implements query escaping.
//
// It follows RFC 3986, with the deviations Go's package keeps for
// compatibility: a URL is split into scheme, authority (user info and
// host), path, query and fragment, and each part has its own rules for
// which bytes must be escaped as %XX.
package url

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Error reports an error and the operation and URL that caused it.
type Error struct {
	Op  string
	URL string
	Err error
}

func (e *Error) Unwrap() error { return e.Err }
func (e *Error) Error() string { return fmt.Sprintf("%s %q: %s", e.Op, e.URL, e.Err) }

// Timeout reports whether the wrapped error is a timeout.
func (e *Error) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Temporary reports whether the wrapped error is temporary.
func (e *Error) Temporary() bool {
	t, ok := e.Err.(interface{ Temporary() bool })
	return ok && t.Temporary()
}

// EscapeError reports a malformed %XX escape.
type EscapeError string

func (e EscapeError) Error() string {
	return "invalid URL escape " + strconv.Quote(string(e))
}

// InvalidHostError reports a byte that may not appear in a host name.
type InvalidHostError string

func (e InvalidHostError) Error() string {
	return "invalid character " + strconv.Quote(string(e)) + " in host name"
}

// encoding names the part of a URL a string is escaped for: each part
// reserves different bytes (RFC 3986 sections 3.2 to 3.5).
type encoding int

const (
	encodePath encoding = 1 + iota
	encodePathSegment
	encodeHost
	encodeZone
	encodeUserPassword
	encodeQueryComponent
	encodeFragment
)

const upperhex = "0123456789ABCDEF"

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

// shouldEscape reports whether byte c must be written as %XX in the
// given part of a URL.
func shouldEscape(c byte, mode encoding) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	if mode == encodeHost || mode == encodeZone {
		// Hosts keep RFC 3986's sub-delims, ':' for the port, brackets
		// for IPv6 and, as Go does, '<', '>' and '"' (for zone names).
		if strings.IndexByte("!$&'()*+,;=:[]<>\"", c) >= 0 {
			return false
		}
	}
	switch c {
	case '-', '_', '.', '~': // unreserved (RFC 3986 section 2.3)
		return false
	case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@': // reserved (section 2.2)
		return reservedShouldEscape(c, mode)
	}
	if mode == encodeFragment && strings.IndexByte("!()*", c) >= 0 {
		return false
	}
	return true
}

// reservedShouldEscape decides for a reserved byte, which some parts of
// a URL may hold as it is.
func reservedShouldEscape(c byte, mode encoding) bool {
	switch mode {
	case encodePath:
		// A path may hold every reserved byte but '?', which would
		// start the query; ';' ',' '/' keep their meaning.
		return c == '?'
	case encodePathSegment:
		return c == '/' || c == ';' || c == ',' || c == '?'
	case encodeUserPassword:
		return c == '@' || c == '/' || c == '?' || c == ':'
	case encodeFragment:
		return false
	}
	return true // a query component escapes them all
}

// QueryUnescape undoes QueryEscape: %XX becomes byte 0xXX and '+'
// becomes a space.
func QueryUnescape(s string) (string, error) {
	return unescape(s, encodeQueryComponent)
}

// PathUnescape undoes PathEscape: %XX becomes byte 0xXX; '+' stays.
func PathUnescape(s string) (string, error) {
	return unescape(s, encodePathSegment)
}

// unescape decodes the %XX escapes of s after checking that all of them
// are well formed (and, in hosts, that they are allowed).
func unescape(s string, mode encoding) (string, error) {
	if err := checkEscapes(s, mode); err != nil {
		return "", err
	}
	if !strings.Contains(s, "%") && !(mode == encodeQueryComponent && strings.Contains(s, "+")) {
		return s, nil
	}
	var t strings.Builder
	t.Grow(len(s))
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '%':
			t.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		case s[i] == '+' && mode == encodeQueryComponent:
			t.WriteByte(' ')
		default:
			t.WriteByte(s[i])
		}
	}
	return t.String(), nil
}

// checkEscapes reports the first malformed or forbidden escape of s, or
// a byte a host may not hold.
func checkEscapes(s string, mode encoding) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			if (mode == encodeHost || mode == encodeZone) && c < 0x80 && shouldEscape(c, mode) {
				return InvalidHostError(s[i : i+1])
			}
			continue
		}
		if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
			bad := s[i:]
			if len(bad) > 3 {
				bad = bad[:3]
			}
			return EscapeError(bad)
		}
		esc := s[i : i+3]
		// In a host, %XX may only stand for a byte of a multi-byte
		// UTF-8 sequence (RFC 6874 aside, for which "%25" is the zone's
		// separator); in a zone, for a byte a host could not hold.
		if mode == encodeHost && unhex(s[i+1]) < 8 && esc != "%25" {
			return EscapeError(esc)
		}
		if mode == encodeZone {
			v := unhex(s[i+1])<<4 | unhex(s[i+2])
			if esc != "%25" && v != ' ' && shouldEscape(v, encodeHost) {
				return EscapeError(esc)
			}
		}
		i += 2
	}
	return nil
}

// QueryEscape escapes s so it can be placed inside a URL query: spaces
// become '+', other special bytes %XX.
func QueryEscape(s string) string {
	return escape(s, encodeQueryComponent)
}

// PathEscape escapes s so it can be placed inside a URL path segment,
// replacing special bytes (including '/') with %XX.
func PathEscape(s string) string {
	return escape(s, encodePathSegment)
}

// escape writes s for the given part of a URL.
func escape(s string, mode encoding) string {
	n := 0
	for i := 0; i < len(s); i++ {
		if shouldEscape(s[i], mode) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var t strings.Builder
	t.Grow(len(s) + 2*n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && mode == encodeQueryComponent:
			t.WriteByte('+')
		case shouldEscape(c, mode):
			t.WriteByte('%')
			t.WriteByte(upperhex[c>>4])
			t.WriteByte(upperhex[c&15])
		default:
			t.WriteByte(c)
		}
	}
	return t.String()
}

// A URL represents a parsed URL (technically, a URI reference).
//
// The general form represented is:
//
//	[scheme:][//[userinfo@]host][/]path[?query][#fragment]
//
// URLs that do not start with a slash after the scheme are interpreted as:
//
//	scheme:opaque[?query][#fragment]
//
// Path is stored decoded; RawPath, when set, is the original encoding
// of Path (see EscapedPath), and likewise RawFragment for Fragment.
type URL struct {
	Scheme      string
	Opaque      string    // encoded opaque data
	User        *Userinfo // username and password information
	Host        string    // host or host:port
	Path        string    // path (relative paths may omit leading slash)
	RawPath     string    // encoded path hint (see EscapedPath method)
	OmitHost    bool      // do not emit empty host (authority)
	ForceQuery  bool      // append a query ('?') even if RawQuery is empty
	RawQuery    string    // encoded query values, without '?'
	Fragment    string    // fragment for references, without '#'
	RawFragment string    // encoded fragment hint (see EscapedFragment method)
}

// User returns a Userinfo holding the username and no password.
func User(username string) *Userinfo {
	return &Userinfo{username, "", false}
}

// UserPassword returns a Userinfo holding the username and password.
func UserPassword(username, password string) *Userinfo {
	return &Userinfo{username, password, true}
}

// The Userinfo type is an immutable encapsulation of username and
// password details for a URL.
type Userinfo struct {
	username    string
	password    string
	passwordSet bool
}

// Username returns the username.
func (u *Userinfo) Username() string {
	if u == nil {
		return ""
	}
	return u.username
}

// Password returns the password and whether it is set.
func (u *Userinfo) Password() (string, bool) {
	if u == nil {
		return "", false
	}
	return u.password, u.passwordSet
}

// String returns the encoded userinfo in the form "username[:password]".
func (u *Userinfo) String() string {
	if u == nil {
		return ""
	}
	s := escape(u.username, encodeUserPassword)
	if u.passwordSet {
		s += ":" + escape(u.password, encodeUserPassword)
	}
	return s
}

// getScheme splits "scheme:rest"; a URL without a scheme is all rest.
func getScheme(rawURL string) (scheme, rest string, err error) {
	for i := 0; i < len(rawURL); i++ {
		c := rawURL[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return "", rawURL, nil
			}
		case c == ':':
			if i == 0 {
				return "", "", errors.New("missing protocol scheme")
			}
			return rawURL[:i], rawURL[i+1:], nil
		default:
			return "", rawURL, nil
		}
	}
	return "", rawURL, nil
}

// Parse parses a raw url into a URL structure.
//
// The url may be relative (a path, without a host) or absolute
// (starting with a scheme).
func Parse(rawURL string) (*URL, error) {
	u, frag, _ := strings.Cut(rawURL, "#")
	url, err := parse(u, false)
	if err != nil {
		return nil, &Error{"parse", u, err}
	}
	if frag == "" {
		return url, nil
	}
	if err = url.setFragment(frag); err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

// ParseRequestURI parses a raw url into a URL structure. It assumes that
// url was received in an HTTP request, so the url is interpreted only as
// an absolute URI or an absolute path, and has no fragment.
func ParseRequestURI(rawURL string) (*URL, error) {
	url, err := parse(rawURL, true)
	if err != nil {
		return nil, &Error{"parse", rawURL, err}
	}
	return url, nil
}

// parse parses a URL without its fragment. viaRequest says it comes
// from an HTTP request line, where only absolute forms are valid.
func parse(rawURL string, viaRequest bool) (*URL, error) {
	if stringContainsCTLByte(rawURL) {
		return nil, errors.New("net/url: invalid control character in URL")
	}
	if rawURL == "" && viaRequest {
		return nil, errors.New("empty url")
	}
	url := new(URL)
	if rawURL == "*" {
		url.Path = "*"
		return url, nil
	}
	scheme, rest, err := getScheme(rawURL)
	if err != nil {
		return nil, err
	}
	url.Scheme = strings.ToLower(scheme)

	if strings.HasSuffix(rest, "?") && strings.Count(rest, "?") == 1 {
		url.ForceQuery = true
		rest = rest[:len(rest)-1]
	} else {
		rest, url.RawQuery, _ = strings.Cut(rest, "?")
	}

	if !strings.HasPrefix(rest, "/") {
		if url.Scheme != "" {
			url.Opaque = rest // "mailto:user@example.com"
			return url, nil
		}
		if viaRequest {
			return nil, errors.New("invalid URI for request")
		}
		// "a:b" would read as scheme a: a relative path's first
		// segment may not hold a colon (RFC 3986 section 4.2).
		if segment, _, _ := strings.Cut(rest, "/"); strings.Contains(segment, ":") {
			return nil, errors.New("first path segment in URL cannot contain colon")
		}
	}

	hasAuthority := url.Scheme != "" || !viaRequest && !strings.HasPrefix(rest, "///")
	if hasAuthority && strings.HasPrefix(rest, "//") {
		authority := rest[2:]
		rest = ""
		if i := strings.Index(authority, "/"); i >= 0 {
			authority, rest = authority[:i], authority[i:]
		}
		url.User, url.Host, err = parseAuthority(authority)
		if err != nil {
			return nil, err
		}
	} else if url.Scheme != "" && strings.HasPrefix(rest, "/") {
		url.OmitHost = true // "file:/path" has no "//"
	}
	if err := url.setPath(rest); err != nil {
		return nil, err
	}
	return url, nil
}

// parseAuthority splits "[userinfo@]host" and decodes both.
func parseAuthority(authority string) (user *Userinfo, host string, err error) {
	i := strings.LastIndex(authority, "@")
	host, err = parseHost(authority[i+1:])
	if err != nil {
		return nil, "", err
	}
	if i < 0 {
		return nil, host, nil
	}
	userinfo := authority[:i]
	if !validUserinfo(userinfo) {
		return nil, "", errors.New("net/url: invalid userinfo")
	}
	username, password, hasPassword := strings.Cut(userinfo, ":")
	if username, err = unescape(username, encodeUserPassword); err != nil {
		return nil, "", err
	}
	if !hasPassword {
		return User(username), host, nil
	}
	if password, err = unescape(password, encodeUserPassword); err != nil {
		return nil, "", err
	}
	return UserPassword(username, password), host, nil
}

// parseHost checks the port and decodes a host, which may be a bracketed
// IPv6 literal with a zone ("[fe80::1%25en0]:8080", RFC 6874).
func parseHost(host string) (string, error) {
	if !strings.HasPrefix(host, "[") {
		if i := strings.LastIndex(host, ":"); i != -1 && !validOptionalPort(host[i:]) {
			return "", fmt.Errorf("invalid port %q after host", host[i:])
		}
		return unescape(host, encodeHost)
	}
	i := strings.LastIndex(host, "]")
	if i < 0 {
		return "", errors.New("missing ']' in host")
	}
	if colonPort := host[i+1:]; !validOptionalPort(colonPort) {
		return "", fmt.Errorf("invalid port %q after host", colonPort)
	}
	zone := strings.Index(host[:i], "%25")
	if zone < 0 {
		return unescape(host, encodeHost)
	}
	// The zone has its own rules: decode the three parts apart.
	address, err := unescape(host[:zone], encodeHost)
	if err != nil {
		return "", err
	}
	zoneName, err := unescape(host[zone:i], encodeZone)
	if err != nil {
		return "", err
	}
	portPart, err := unescape(host[i:], encodeHost)
	if err != nil {
		return "", err
	}
	return address + zoneName + portPart, nil
}

// setPath sets Path from the escaped path p, and RawPath to p when
// escaping Path again would not give p back.
func (u *URL) setPath(p string) error {
	path, err := unescape(p, encodePath)
	if err != nil {
		return err
	}
	u.Path = path
	u.RawPath = ""
	if escape(path, encodePath) != p {
		u.RawPath = p
	}
	return nil
}

// EscapedPath returns the escaped form of u.Path: u.RawPath when it is a
// valid encoding of the path, otherwise the path escaped by this package.
func (u *URL) EscapedPath() string {
	if u.RawPath != "" && validEncoded(u.RawPath, encodePath) {
		if p, err := unescape(u.RawPath, encodePath); err == nil && p == u.Path {
			return u.RawPath
		}
	}
	if u.Path == "*" {
		return "*" // the request target of "OPTIONS * HTTP/1.1"
	}
	return escape(u.Path, encodePath)
}

// validEncoded reports whether s is a valid escaped form for mode: the
// sub-delims and ':' '@' '[' ']' may appear unescaped.
func validEncoded(s string, mode encoding) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("!$&'()*+,;=:@[]%", c) >= 0 {
			continue
		}
		if shouldEscape(c, mode) {
			return false
		}
	}
	return true
}

// setFragment sets Fragment and RawFragment as setPath does the path.
func (u *URL) setFragment(f string) error {
	frag, err := unescape(f, encodeFragment)
	if err != nil {
		return err
	}
	u.Fragment = frag
	u.RawFragment = ""
	if escape(frag, encodeFragment) != f {
		u.RawFragment = f
	}
	return nil
}

// EscapedFragment returns the escaped form of u.Fragment, preferring
// u.RawFragment when it is a valid encoding of it.
func (u *URL) EscapedFragment() string {
	if u.RawFragment != "" && validEncoded(u.RawFragment, encodeFragment) {
		if f, err := unescape(u.RawFragment, encodeFragment); err == nil && f == u.Fragment {
			return u.RawFragment
		}
	}
	return escape(u.Fragment, encodeFragment)
}

// validOptionalPort reports whether port is empty or ':' and digits.
func validOptionalPort(port string) bool {
	if port == "" {
		return true
	}
	if port[0] != ':' {
		return false
	}
	for i := 1; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// String reassembles the URL into a valid URL string:
//
//	scheme:opaque?query#fragment
//	scheme://userinfo@host/path?query#fragment
//
// Empty parts are left out; a relative path whose first segment holds a
// colon is written with a leading "./" so that it does not read as a
// scheme.
func (u *URL) String() string {
	var buf strings.Builder
	if u.Scheme != "" {
		buf.WriteString(u.Scheme)
		buf.WriteByte(':')
	}
	if u.Opaque != "" {
		buf.WriteString(u.Opaque)
	} else {
		u.writeAuthority(&buf)
		path := u.EscapedPath()
		if path != "" && path[0] != '/' && u.Host != "" {
			buf.WriteByte('/')
		}
		if buf.Len() == 0 {
			if segment, _, _ := strings.Cut(path, "/"); strings.Contains(segment, ":") {
				buf.WriteString("./")
			}
		}
		buf.WriteString(path)
	}
	if u.ForceQuery || u.RawQuery != "" {
		buf.WriteByte('?')
		buf.WriteString(u.RawQuery)
	}
	if u.Fragment != "" {
		buf.WriteByte('#')
		buf.WriteString(u.EscapedFragment())
	}
	return buf.String()
}

// writeAuthority writes "//userinfo@host" when the URL has one.
func (u *URL) writeAuthority(buf *strings.Builder) {
	if u.Scheme == "" && u.Host == "" && u.User == nil {
		return
	}
	if u.OmitHost && u.Host == "" && u.User == nil {
		return
	}
	if u.Host != "" || u.Path != "" || u.User != nil {
		buf.WriteString("//")
	}
	if u.User != nil {
		buf.WriteString(u.User.String())
		buf.WriteByte('@')
	}
	if u.Host != "" {
		buf.WriteString(escape(u.Host, encodeHost))
	}
}

// Redacted is like String but replaces any password with "xxxxx".
func (u *URL) Redacted() string {
	if u == nil {
		return ""
	}
	ru := *u
	if _, has := ru.User.Password(); has {
		ru.User = UserPassword(ru.User.Username(), "xxxxx")
	}
	return ru.String()
}

// Values maps a string key to a list of values.
// It is typically used for query parameters and form values.
// Unlike in the http.Header map, the keys in a Values map
// are case-sensitive.
type Values map[string][]string

// Get gets the first value associated with the given key, or "".
func (v Values) Get(key string) string {
	vs := v[key]
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// Set sets the key to value. It replaces any existing values.
func (v Values) Set(key, value string) {
	v[key] = []string{value}
}

// Add adds the value to key. It appends to any existing values.
func (v Values) Add(key, value string) {
	v[key] = append(v[key], value)
}

// Del deletes the values associated with key.
func (v Values) Del(key string) {
	delete(v, key)
}

// Has checks whether a given key is set.
func (v Values) Has(key string) bool {
	_, ok := v[key]
	return ok
}

// ParseQuery parses the URL-encoded query string and returns a map
// listing the values specified for each key. It returns the first
// decoding error met, if any, along with every pair it could decode;
// a pair holding a semicolon is an error (Go 1.17's rule).
func ParseQuery(query string) (Values, error) {
	m := make(Values)
	err := parseQuery(m, query)
	return m, err
}

func parseQuery(m Values, query string) (err error) {
	for query != "" {
		var pair string
		pair, query, _ = strings.Cut(query, "&")
		if strings.Contains(pair, ";") {
			err = fmt.Errorf("invalid semicolon separator in query")
			continue
		}
		if pair == "" {
			continue
		}
		key, value, _ := strings.Cut(pair, "=")
		key, err1 := QueryUnescape(key)
		if err1 == nil {
			value, err1 = QueryUnescape(value)
		}
		if err1 != nil {
			if err == nil {
				err = err1
			}
			continue
		}
		m[key] = append(m[key], value)
	}
	return err
}

// Encode encodes the values into "URL encoded" form
// ("bar=baz&foo=quux") sorted by key.
func (v Values) Encode() string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var buf strings.Builder
	for _, k := range keys {
		key := QueryEscape(k)
		for _, value := range v[k] {
			if buf.Len() > 0 {
				buf.WriteByte('&')
			}
			buf.WriteString(key)
			buf.WriteByte('=')
			buf.WriteString(QueryEscape(value))
		}
	}
	return buf.String()
}

// resolvePath applies RFC 3986 section 5.2's "merge" and "remove dot
// segments" to a base path and a reference path, both escaped. The
// segments are kept on a stack: ".." pops one, "." is dropped, and a
// path ending in either keeps its trailing slash.
func resolvePath(base, ref string) string {
	full := ref
	if ref == "" {
		full = base
	} else if ref[0] != '/' {
		full = base[:strings.LastIndex(base, "/")+1] + ref
	}
	if full == "" {
		return ""
	}
	segments := strings.Split(full, "/")
	var stack []string
	for _, elem := range segments {
		switch elem {
		case ".":
		case "..":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		default:
			stack = append(stack, elem)
		}
	}
	r := "/" + strings.Join(stack, "/")
	if last := segments[len(segments)-1]; last == "." || last == ".." {
		r += "/"
	}
	if strings.HasPrefix(r, "//") {
		r = r[1:] // the stack began with the empty segment of a leading '/'
	}
	return r
}

// IsAbs reports whether the URL is absolute (has a non-empty scheme).
func (u *URL) IsAbs() bool {
	return u.Scheme != ""
}

// Parse parses a URL in the context of the receiver. The provided URL
// may be relative or absolute.
func (u *URL) Parse(ref string) (*URL, error) {
	refURL, err := Parse(ref)
	if err != nil {
		return nil, err
	}
	return u.ResolveReference(refURL), nil
}

// ResolveReference resolves a URI reference to an absolute URI from an
// absolute base URI u, per RFC 3986 Section 5.2. The result is always a
// new URL, even when ref is already absolute.
func (u *URL) ResolveReference(ref *URL) *URL {
	url := *ref
	if ref.Scheme == "" {
		url.Scheme = u.Scheme
	}
	if ref.Scheme != "" || ref.Host != "" || ref.User != nil {
		// The "absoluteURI" or "net_path" cases: only its own dot
		// segments are removed.
		url.setPath(resolvePath(ref.EscapedPath(), ""))
		return &url
	}
	if ref.Opaque != "" {
		url.User = nil
		url.Host = ""
		url.Path = ""
		return &url
	}
	if ref.Path == "" && !ref.ForceQuery && ref.RawQuery == "" {
		url.RawQuery = u.RawQuery
		if ref.Fragment == "" {
			url.Fragment = u.Fragment
			url.RawFragment = u.RawFragment
		}
	}
	// The "abs_path" or "rel_path" cases.
	url.Host = u.Host
	url.User = u.User
	url.setPath(resolvePath(u.EscapedPath(), ref.EscapedPath()))
	return &url
}

// Query parses RawQuery and returns the corresponding values. It
// silently discards malformed value pairs.
func (u *URL) Query() Values {
	v, _ := ParseQuery(u.RawQuery)
	return v
}

// RequestURI returns the encoded path?query or opaque?query string that
// would be used in an HTTP request for u.
func (u *URL) RequestURI() string {
	result := u.Opaque
	if result == "" {
		result = u.EscapedPath()
		if result == "" {
			result = "/"
		}
	} else if strings.HasPrefix(result, "//") {
		result = u.Scheme + ":" + result
	}
	if u.ForceQuery || u.RawQuery != "" {
		result += "?" + u.RawQuery
	}
	return result
}

// Hostname returns u.Host, stripping any valid port number if present
// and the square brackets of an IPv6 literal.
func (u *URL) Hostname() string {
	host, _ := splitHostPort(u.Host)
	return host
}

// Port returns the port part of u.Host, without the leading colon, or
// the empty string if u.Host has no valid numeric port.
func (u *URL) Port() string {
	_, port := splitHostPort(u.Host)
	return port
}

func splitHostPort(hostPort string) (host, port string) {
	host = hostPort
	if colon := strings.LastIndexByte(host, ':'); colon != -1 && validOptionalPort(host[colon:]) {
		host, port = host[:colon], host[colon+1:]
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host, port
}

// MarshalBinary encodes the URL as its String form.
func (u *URL) MarshalBinary() (text []byte, err error) {
	return []byte(u.String()), nil
}

// UnmarshalBinary parses text into the URL.
func (u *URL) UnmarshalBinary(text []byte) error {
	u1, err := Parse(string(text))
	if err != nil {
		return err
	}
	*u = *u1
	return nil
}

// JoinPath returns a new URL with the provided path elements joined to
// any existing path and the resulting path cleaned of any ./ or ../
// elements. A trailing slash on the last element is kept.
func (u *URL) JoinPath(elem ...string) *URL {
	elem = append([]string{u.EscapedPath()}, elem...)
	var p string
	if strings.HasPrefix(elem[0], "/") {
		p = path.Join(elem...)
	} else {
		// Keep a relative path relative: join under a root, then drop it.
		elem[0] = "/" + elem[0]
		p = path.Join(elem...)[1:]
	}
	if strings.HasSuffix(elem[len(elem)-1], "/") && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	url := *u
	url.setPath(p)
	return &url
}

// validUserinfo reports whether s holds only the bytes RFC 3986 allows
// in userinfo (unreserved, sub-delims, ':' and escapes), plus '@' as
// browsers accept it.
func validUserinfo(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			continue
		}
		if strings.IndexByte("-._:~!$&'()*+,;=%@", c) < 0 {
			return false
		}
	}
	return true
}

// stringContainsCTLByte reports whether s holds an ASCII control byte.
func stringContainsCTLByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			return true
		}
	}
	return false
}

// JoinPath returns a URL string with the provided path elements joined
// to the existing path of base and the resulting path cleaned of any ./
// or ../ elements.
func JoinPath(base string, elem ...string) (result string, err error) {
	url, err := Parse(base)
	if err != nil {
		return
	}
	return url.JoinPath(elem...).String(), nil
}
