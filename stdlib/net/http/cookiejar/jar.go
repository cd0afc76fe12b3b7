// Package cookiejar provides an http.CookieJar that keeps cookies in
// memory and follows the rules of RFC 6265.
//
// The jar files cookies by "jar key": the registered domain of the host
// that set them (example.com for www.example.com), or the host itself
// when it is an IP address or a public suffix. A request can only be
// sent cookies from its own key, so Cookies looks in one bucket and then
// applies RFC 6265's domain, path, secure and expiry rules to it
// (section 5.4). Within a bucket a cookie is identified by its domain,
// path and name: setting a cookie with the same three replaces it.
package cookiejar

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

// PublicSuffixList tells the jar which domains are public suffixes,
// under which anyone may register names: "com" for "example.com",
// "co.uk" for "a.b.co.uk", "pvt.k12.ma.us" for "x.pvt.k12.ma.us". The
// jar refuses cookies set for a public suffix, so that one site cannot
// plant cookies for its neighbours.
//
// Its methods may be called from several goroutines at once.
//
// A list that always answers "" works, which is handy in tests, but
// offers no protection: foo.com could then set a cookie for bar.com.
// golang.org/x/net/publicsuffix has a real list.
type PublicSuffixList interface {
	// PublicSuffix returns the public suffix that domain ends in.
	PublicSuffix(domain string) string

	// String describes where the list came from, such as its
	// version or the date it was taken.
	String() string
}

// Options configures New.
type Options struct {
	// PublicSuffixList decides which domains a server may set
	// cookies for. Nil is allowed but unsafe: with it, foo.co.uk
	// could set a cookie that bar.co.uk receives.
	PublicSuffixList PublicSuffixList
}

// Jar is an http.CookieJar; it is safe for use by several goroutines.
type Jar struct {
	psList PublicSuffixList

	// mu guards entries and nextSeqNum.
	mu sync.Mutex

	// entries maps a jar key to that key's cookies, each under its id.
	entries map[string]map[string]entry

	// nextSeqNum numbers cookies in the order they were first stored,
	// which breaks ties between cookies created in the same instant.
	nextSeqNum uint64
}

// New returns an empty jar. Passing nil is the same as passing a zero
// Options.
func New(o *Options) (*Jar, error) {
	jar := &Jar{entries: make(map[string]map[string]entry)}
	if o != nil {
		jar.psList = o.PublicSuffixList
	}
	return jar, nil
}

// entry is one stored cookie, with the attributes RFC 6265 section 5.3
// asks a user agent to keep.
type entry struct {
	Name       string
	Value      string
	Domain     string
	Path       string
	SameSite   string
	Secure     bool
	HttpOnly   bool
	Persistent bool // whether the cookie had Expires or Max-Age
	HostOnly   bool // whether the cookie goes to its exact host only
	Expires    time.Time
	Creation   time.Time
	LastAccess time.Time

	seqNum uint64 // see Jar.nextSeqNum
}

// id names the cookie within its jar key: "domain;path;name".
func (e *entry) id() string {
	return fmt.Sprintf("%s;%s;%s", e.Domain, e.Path, e.Name)
}

// shouldSend reports whether e goes with a request to host and path,
// made over https or not.
func (e *entry) shouldSend(https bool, host, path string) bool {
	return e.domainMatch(host) && e.pathMatch(path) && (https || !e.Secure)
}

// domainMatch implements RFC 6265 section 5.1.3: a host-only cookie
// goes to its host alone, a domain cookie to the domain and any host
// below it.
func (e *entry) domainMatch(host string) bool {
	return e.Domain == host || !e.HostOnly && hasDotSuffix(host, e.Domain)
}

// pathMatch implements RFC 6265 section 5.1.4: the cookie's path must
// be the request path or a prefix of it ending at a "/" boundary, so
// "/docs" matches "/docs/x" but not "/docsx".
func (e *entry) pathMatch(requestPath string) bool {
	if !strings.HasPrefix(requestPath, e.Path) {
		return false
	}
	return len(requestPath) == len(e.Path) ||
		strings.HasSuffix(e.Path, "/") ||
		requestPath[len(e.Path)] == '/'
}

// hasDotSuffix reports whether s is suffix with one or more labels in
// front: "a.example.com" has the dot suffix "example.com".
func hasDotSuffix(s, suffix string) bool {
	return len(s) > len(suffix) && s[len(s)-len(suffix)-1] == '.' && strings.HasSuffix(s, suffix)
}

// Cookies returns the cookies to send with a request for u, in the
// order RFC 6265 recommends. Only http and https URLs get any.
func (j *Jar) Cookies(u *url.URL) (cookies []*http.Cookie) {
	return j.cookies(u, time.Now())
}

// cookies is Cookies with the clock passed in, so tests control it.
// Expired cookies met along the way are dropped from the jar, and the
// ones sent have their LastAccess updated.
func (j *Jar) cookies(u *url.URL, now time.Time) (cookies []*http.Cookie) {
	if u.Scheme != "http" && u.Scheme != "https" {
		return cookies
	}
	host, err := canonicalHost(u.Host)
	if err != nil {
		return cookies
	}
	key := jarKey(host, j.psList)

	j.mu.Lock()
	defer j.mu.Unlock()
	bucket := j.entries[key]
	if bucket == nil {
		return cookies
	}
	https := u.Scheme == "https"
	path := u.Path
	if path == "" {
		path = "/"
	}
	var selected []entry
	for id, e := range bucket {
		if e.Persistent && !e.Expires.After(now) {
			delete(bucket, id)
			continue
		}
		if e.shouldSend(https, host, path) {
			e.LastAccess = now
			bucket[id] = e
			selected = append(selected, e)
		}
	}
	if len(bucket) == 0 {
		delete(j.entries, key)
	}
	sortForSending(selected)
	for _, e := range selected {
		cookies = append(cookies, &http.Cookie{Name: e.Name, Value: e.Value})
	}
	return cookies
}

// sortForSending orders cookies as RFC 6265 section 5.4 point 2
// suggests: longer paths first, then older cookies first; cookies made
// in the same instant keep the order they were stored in.
func sortForSending(s []entry) {
	sort.Slice(s, func(a, b int) bool {
		if len(s[a].Path) != len(s[b].Path) {
			return len(s[a].Path) > len(s[b].Path)
		}
		if !s[a].Creation.Equal(s[b].Creation) {
			return s[a].Creation.Before(s[b].Creation)
		}
		return s[a].seqNum < s[b].seqNum
	})
}

// SetCookies stores the cookies a response from u set, as the rules
// allow. Cookies from URLs other than http and https are ignored.
func (j *Jar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	j.setCookies(u, cookies, time.Now())
}

// setCookies is SetCookies with the clock passed in. Cookies the rules
// reject are skipped one by one; a cookie that is already expired, or
// has a negative MaxAge, deletes the stored cookie with its id.
func (j *Jar) setCookies(u *url.URL, cookies []*http.Cookie, now time.Time) {
	if len(cookies) == 0 || u.Scheme != "http" && u.Scheme != "https" {
		return
	}
	host, err := canonicalHost(u.Host)
	if err != nil {
		return
	}
	key := jarKey(host, j.psList)
	defPath := defaultPath(u.Path)

	j.mu.Lock()
	defer j.mu.Unlock()
	bucket := j.entries[key]
	if bucket == nil {
		bucket = make(map[string]entry)
	}
	for _, cookie := range cookies {
		e, remove, err := j.newEntry(cookie, now, defPath, host)
		if err != nil {
			continue
		}
		id := e.id()
		if remove {
			delete(bucket, id)
			continue
		}
		// Replacing a cookie keeps its creation time (section 5.3
		// point 11.3), and so its place in the sending order.
		if old, ok := bucket[id]; ok {
			e.Creation, e.seqNum = old.Creation, old.seqNum
		} else {
			e.Creation, e.seqNum = now, j.nextSeqNum
			j.nextSeqNum++
		}
		e.LastAccess = now
		bucket[id] = e
	}
	if len(bucket) == 0 {
		delete(j.entries, key)
	} else {
		j.entries[key] = bucket
	}
}

// canonicalHost strips the port and any final dot from host, turns an
// internationalized name into its ASCII (punycode) form and lowercases
// it, so that one host has one spelling.
func canonicalHost(host string) (string, error) {
	var err error
	if hasPort(host) {
		host, _, err = net.SplitHostPort(host)
		if err != nil {
			return "", err
		}
	}
	host = strings.TrimSuffix(host, ".")
	encoded, err := toASCII(host)
	if err != nil {
		return "", err
	}
	lower, _ := lowerASCII(encoded)
	return lower, nil
}

// hasPort reports whether host ends in a port. One colon means
// "name:port"; more mean an IPv6 address, which has a port only in
// the bracketed "[addr]:port" form.
func hasPort(host string) bool {
	switch strings.Count(host, ":") {
	case 0:
		return false
	case 1:
		return true
	}
	return host[0] == '[' && strings.Contains(host, "]:")
}

// jarKey returns the key under which host's cookies are filed: the
// public suffix plus one more label, or host itself for IP addresses
// and for hosts that are a public suffix. With no list, the last label
// stands in for the public suffix.
func jarKey(host string, psl PublicSuffixList) string {
	if isIP(host) {
		return host
	}
	var i int // where the public suffix starts in host
	if psl == nil {
		i = strings.LastIndex(host, ".")
		if i <= 0 {
			return host
		}
	} else {
		suffix := psl.PublicSuffix(host)
		if suffix == host {
			return host
		}
		i = len(host) - len(suffix)
		if i <= 0 || host[i-1] != '.' {
			// A list that returns something not a suffix of host
			// is broken; fall back to the host itself.
			return host
		}
	}
	prevDot := strings.LastIndex(host[:i-1], ".")
	return host[prevDot+1:]
}

// isIP reports whether host is an IPv4 or IPv6 address rather than a name.
func isIP(host string) bool {
	return net.ParseIP(host) != nil
}

// defaultPath returns the directory of the request path, as RFC 6265
// section 5.1.4 defines it: "/" for "", "/abc" or a path not starting
// with "/"; otherwise everything before the last "/".
func defaultPath(path string) string {
	if !strings.HasPrefix(path, "/") {
		return "/"
	}
	i := strings.LastIndex(path, "/")
	if i == 0 {
		return "/"
	}
	return path[:i]
}

// newEntry turns a cookie received from host into a jar entry, using
// defPath when the cookie gives no usable Path. It reports remove when
// the cookie asks for its stored twin to be deleted (negative MaxAge or
// an Expires in the past), and an error when the cookie's domain is one
// host may not set. Only Name, Path, Domain and HostOnly are filled in
// a removal entry, which is all its id needs.
func (j *Jar) newEntry(c *http.Cookie, now time.Time, defPath, host string) (e entry, remove bool, err error) {
	e.Name = c.Name
	e.Path = c.Path
	if !strings.HasPrefix(c.Path, "/") {
		e.Path = defPath
	}
	e.Domain, e.HostOnly, err = j.domainAndType(host, c.Domain)
	if err != nil {
		return e, false, err
	}

	// MaxAge wins over Expires (section 5.3 point 3); a cookie with
	// neither lasts for the session, which a jar in memory never ends.
	switch {
	case c.MaxAge < 0:
		return e, true, nil
	case c.MaxAge > 0:
		e.Expires = now.Add(time.Duration(c.MaxAge) * time.Second)
		e.Persistent = true
	case c.Expires.IsZero():
		e.Expires = endOfTime
	case !c.Expires.After(now):
		return e, true, nil
	default:
		e.Expires = c.Expires
		e.Persistent = true
	}

	e.Value = c.Value
	e.Secure = c.Secure
	e.HttpOnly = c.HttpOnly
	e.SameSite = sameSiteAttr[c.SameSite]
	return e, false, nil
}

// sameSiteAttr spells each SameSite mode as its cookie attribute; a
// mode not listed (such as SameSiteNoneMode) stores no attribute.
var sameSiteAttr = map[http.SameSite]string{
	http.SameSiteDefaultMode: "SameSite",
	http.SameSiteStrictMode:  "SameSite=Strict",
	http.SameSiteLaxMode:     "SameSite=Lax",
}

var (
	errIllegalDomain   = errors.New("cookiejar: illegal cookie domain attribute")
	errMalformedDomain = errors.New("cookiejar: malformed cookie domain attribute")
)

// endOfTime is the expiry of session cookies: the latest date RFC 6265
// section 5.3 point 3 lets a user agent store.
var endOfTime = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)

// domainAndType applies RFC 6265 section 5.3 points 4 to 6 to a cookie
// from host with the given Domain attribute. It returns the cookie's
// domain and whether it is host-only: a cookie without Domain, or whose
// Domain is a public suffix equal to host, belongs to host alone; any
// other Domain must be host or a domain above it, but not a public
// suffix.
func (j *Jar) domainAndType(host, domain string) (string, bool, error) {
	if domain == "" {
		return host, true, nil
	}
	if isIP(host) {
		// RFC 6265 leaves IP hosts with a Domain open; like
		// browsers, accept only the address itself.
		if host != domain {
			return "", false, errIllegalDomain
		}
		return host, true, nil
	}

	// A leading dot is allowed and ignored (section 5.2.3); an empty
	// domain, a second leading dot or a trailing dot is malformed.
	domain = strings.TrimPrefix(domain, ".")
	if domain == "" || domain[0] == '.' {
		return "", false, errMalformedDomain
	}
	domain, ok := lowerASCII(domain)
	if !ok {
		return "", false, errMalformedDomain
	}
	if strings.HasSuffix(domain, ".") {
		return "", false, errMalformedDomain
	}

	if j.psList != nil {
		if ps := j.psList.PublicSuffix(domain); ps != "" && !hasDotSuffix(domain, ps) {
			if host == domain {
				return host, true, nil
			}
			return "", false, errIllegalDomain
		}
	}
	if host != domain && !hasDotSuffix(host, domain) {
		return "", false, errIllegalDomain
	}
	return domain, false, nil
}

// lowerASCII lowercases s and reports whether s was all ASCII; it does
// not lowercase anything when it was not.
func lowerASCII(s string) (string, bool) {
	if !isASCII(s) {
		return "", false
	}
	return strings.ToLower(s), true
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
