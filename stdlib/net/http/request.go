package http

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"internal/idna"
	"io"
	"mime"
	"mime/multipart"
	"net"
	"net/http/internal/ascii"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
)

// defaultUserAgent is sent when a request's header names none.
const defaultUserAgent = "Go-http-client/1.1"

// maxPostFormSize bounds a url-encoded request body ParseForm reads.
const maxPostFormSize = 10 << 20

// ErrMissingFile is returned by FormFile when the provided file field
// name is either not present in the request or not a file field.
var ErrMissingFile = errors.New("http: no such file")

// ErrNoCookie is returned by Request's Cookie method when a cookie is
// not found.
var ErrNoCookie = errors.New("http: named cookie not present")

// A ProtocolError represents an HTTP protocol error.
//
// Deprecated: Not all errors in the http package related to protocol
// errors are of type ProtocolError.
type ProtocolError struct {
	ErrorString string
}

func (pe *ProtocolError) Error() string { return pe.ErrorString }

var (
	// ErrNotSupported is returned by the Push method of Pusher
	// implementations to indicate that HTTP/2 Push support is not
	// available (gominic's never is).
	ErrNotSupported = &ProtocolError{"feature not supported"}

	// Deprecated: ErrUnexpectedTrailer is no longer returned by
	// anything in the net/http package. Callers should not compare
	// errors against this variable.
	ErrUnexpectedTrailer = &ProtocolError{"trailer header without chunked transfer encoding"}

	// ErrMissingBoundary is returned by Request.MultipartReader when the
	// request's Content-Type does not include a "boundary" parameter.
	ErrMissingBoundary = &ProtocolError{"no multipart boundary param in Content-Type"}

	// ErrNotMultipart is returned by Request.MultipartReader when the
	// request's Content-Type is not multipart/form-data.
	ErrNotMultipart = &ProtocolError{"request Content-Type isn't multipart/form-data"}

	// Deprecated: ErrHeaderTooLong is no longer returned by anything in
	// the net/http package. Callers should not compare errors against
	// this variable.
	ErrHeaderTooLong = &ProtocolError{"header too long"}

	// Deprecated: ErrShortBody is no longer returned by anything in the
	// net/http package. Callers should not compare errors against this
	// variable.
	ErrShortBody = &ProtocolError{"entity body too short"}

	// Deprecated: ErrMissingContentLength is no longer returned by
	// anything in the net/http package. Callers should not compare
	// errors against this variable.
	ErrMissingContentLength = &ProtocolError{"missing ContentLength in HEAD response"}
)

// A Request represents an HTTP request received by a server or to be
// sent by a client.
//
// The field semantics differ slightly between client and server usage.
// In addition to the notes on the fields below, see the documentation
// for Request.Write and RoundTripper.
type Request struct {
	// Method specifies the HTTP method (GET, POST, PUT, etc.).
	// For client requests, an empty string means GET.
	Method string

	// URL specifies either the URI being requested (for server
	// requests) or the URL to access (for client requests).
	URL *url.URL

	// The protocol version for incoming server requests.
	// For client requests, these fields are ignored.
	Proto      string // "HTTP/1.0"
	ProtoMajor int    // 1
	ProtoMinor int    // 0

	// Header contains the request header fields either received by the
	// server or to be sent by the client, with canonical keys.
	Header Header

	// Body is the request's body. For client requests, a nil body means
	// the request has no body. For server requests, the Request Body is
	// always non-nil but will return EOF immediately when no body is
	// present. The Server will close the request body.
	Body io.ReadCloser

	// GetBody defines an optional func to return a new copy of Body,
	// used by a client when a redirect requires reading the body more
	// than once.
	GetBody func() (io.ReadCloser, error)

	// ContentLength records the length of the associated content. The
	// value -1 indicates that the length is unknown.
	ContentLength int64

	// TransferEncoding lists the transfer encodings from outermost to
	// innermost; "chunked" is the only one supported.
	TransferEncoding []string

	// Close indicates whether to close the connection after replying to
	// this request (for servers) or after sending this request and
	// reading its response (for clients).
	Close bool

	// For server requests, Host specifies the host on which the URL is
	// sought. For client requests, Host optionally overrides the Host
	// header to send.
	Host string

	// Form contains the parsed form data, including both the URL
	// field's query parameters and the PATCH, POST, or PUT form data.
	// This field is only available after ParseForm is called.
	Form url.Values

	// PostForm contains the parsed form data from PATCH, POST or PUT
	// body parameters. This field is only available after ParseForm is
	// called.
	PostForm url.Values

	// MultipartForm is the parsed multipart form, including file uploads.
	// This field is only available after ParseMultipartForm is called.
	// The HTTP client ignores MultipartForm and uses Body instead.
	MultipartForm *multipart.Form

	// Trailer specifies additional headers that are sent after the
	// request body. A client announces the keys here before sending
	// and may set their values while the body is being read; they
	// follow only a chunked body (one of unknown length). On a server, Trailer holds the announced
	// keys, and their values once the body has been read to its end.
	Trailer Header

	// RemoteAddr allows HTTP servers and other software to record the
	// network address that sent the request, usually for logging.
	RemoteAddr string

	// RequestURI is the unmodified request-target of the Request-Line
	// (RFC 7230, Section 3.1.1) as sent by the client to a server.
	RequestURI string

	// Cancel is an optional channel whose closure indicates that the
	// client request should be regarded as canceled.
	//
	// Deprecated: Set the Request's context with NewRequestWithContext
	// instead.
	Cancel <-chan struct{}

	// Response is the redirect response which caused this request to be
	// created. This field is only populated during client redirects.
	Response *Response

	// ctx is either the client or server context. It should only be
	// modified via copying the whole Request using WithContext.
	ctx context.Context
}

// Context returns the request's context. To change the context, use
// WithContext.
//
// The returned context is always non-nil; it defaults to the
// background context.
func (r *Request) Context() context.Context {
	if r.ctx != nil {
		return r.ctx
	}
	return context.Background()
}

// WithContext returns a shallow copy of r with its context changed to
// ctx. The provided ctx must be non-nil.
func (r *Request) WithContext(ctx context.Context) *Request {
	if ctx == nil {
		panic("nil context")
	}
	r2 := new(Request)
	*r2 = *r
	r2.ctx = ctx
	return r2
}

// Clone returns a deep copy of r with its context changed to ctx. The
// provided ctx must be non-nil. Clone only makes a shallow copy of the
// Body field.
func (r *Request) Clone(ctx context.Context) *Request {
	r2 := r.WithContext(ctx)
	if r.URL != nil {
		u := *r.URL
		if r.URL.User != nil {
			user := *r.URL.User
			u.User = &user
		}
		r2.URL = &u
	}
	r2.Header = r.Header.Clone()
	r2.Trailer = r.Trailer.Clone()
	if r.TransferEncoding != nil {
		r2.TransferEncoding = append([]string(nil), r.TransferEncoding...)
	}
	r2.Form = cloneValues(r.Form)
	r2.PostForm = cloneValues(r.PostForm)
	r2.MultipartForm = cloneMultipartForm(r.MultipartForm)
	return r2
}

func cloneValues(v url.Values) url.Values {
	return url.Values(Header(v).Clone())
}

// ProtoAtLeast reports whether the HTTP protocol used in the request is
// at least major.minor.
func (r *Request) ProtoAtLeast(major, minor int) bool {
	return r.ProtoMajor > major || r.ProtoMajor == major && r.ProtoMinor >= minor
}

// UserAgent returns the client's User-Agent, if sent in the request.
func (r *Request) UserAgent() string {
	return r.Header.Get("User-Agent")
}

// Referer returns the referring URL, if sent in the request.
func (r *Request) Referer() string {
	return r.Header.Get("Referer")
}

// BasicAuth returns the username and password provided in the request's
// Authorization header, if the request uses HTTP Basic Authentication.
// See RFC 2617, Section 2.
func (r *Request) BasicAuth() (username, password string, ok bool) {
	auth := r.Header.Get("Authorization")
	const prefix = "Basic "
	if len(auth) < len(prefix) || !ascii.EqualFold(auth[:len(prefix)], prefix) {
		return "", "", false
	}
	c, err := base64.StdEncoding.DecodeString(auth[len(prefix):])
	if err != nil {
		return "", "", false
	}
	return strings.Cut(string(c), ":")
}

// SetBasicAuth sets the request's Authorization header to use HTTP
// Basic Authentication with the provided username and password.
func (r *Request) SetBasicAuth(username, password string) {
	r.Header.Set("Authorization", basicAuth(username, password))
}

// basicAuth is the Authorization value for the credentials (RFC 7617).
func basicAuth(username, password string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(username+":"+password))
}

// Write writes an HTTP/1.1 request, which is the header and body, in
// wire format. This method consults the following fields of the
// request: Host, URL, Method (defaults to "GET"), Header,
// ContentLength, TransferEncoding, Body.
//
// If Body is present, Content-Length is <= 0 and TransferEncoding
// hasn't been set to "identity", Write adds "Transfer-Encoding:
// chunked" to the header. Body is closed after it is sent.
func (r *Request) Write(w io.Writer) error {
	return r.write(w, false, nil)
}

// WriteProxy is like Write but writes the request in the form expected
// by an HTTP proxy: the request line holds the absolute URI.
func (r *Request) WriteProxy(w io.Writer) error {
	return r.write(w, true, nil)
}

// requestHeaderWritten lists the keys write writes itself.
var requestHeaderWritten = map[string]bool{
	"Host":              true,
	"User-Agent":        true,
	"Content-Length":    true,
	"Transfer-Encoding": true,
	"Trailer":           true,
}

// write writes r as Write does; extra holds the header lines a
// Transport adds, written after r's own.
func (r *Request) write(w io.Writer, usingProxy bool, extra Header) (err error) {
	defer func() {
		if r.Body == nil {
			return
		}
		if closeErr := r.Body.Close(); closeErr != nil && err == nil {
			err = closeErr
		}
	}()
	host := cleanHost(r.Host)
	if host == "" {
		if r.URL == nil {
			return errors.New("http: Request.Write on Request with no Host or URL set")
		}
		host = cleanHost(r.URL.Host)
	}
	// An IPv6 zone means something on this machine only (RFC 6874).
	host = removeZone(host)
	ruri := r.requestURI(host, usingProxy)
	if stringContainsCTLByte(ruri) {
		return errors.New("net/http: can't write control character in Request.URL")
	}
	// A writer that buffers already (a bufio.Writer, a bytes.Buffer)
	// is written to as it is: each line is one Write.
	var bw *bufio.Writer
	if _, ok := w.(io.ByteWriter); !ok {
		bw = bufio.NewWriter(w)
		w = bw
	}
	tw, err := r.writeHeader(w, host, ruri, extra)
	if err != nil {
		return err
	}
	// A body that may block (a pipe fed once the response is seen)
	// comes after a header already on its way.
	if buffered, ok := w.(*bufio.Writer); ok && tw.flushHeaders {
		if err := buffered.Flush(); err != nil {
			return err
		}
	}
	if err := tw.writeBody(w); err != nil {
		return err
	}
	if bw != nil {
		return bw.Flush()
	}
	return nil
}

// requestURI is the target of the request line: the absolute URI to a
// proxy, a CONNECT's "host:port", else the URL's path and query.
func (r *Request) requestURI(host string, usingProxy bool) string {
	switch {
	case usingProxy && r.URL.Scheme != "" && r.URL.Opaque == "":
		return r.URL.Scheme + "://" + host + r.URL.RequestURI()
	case r.Method == "CONNECT" && r.URL.Path == "":
		if r.URL.Opaque != "" {
			return r.URL.Opaque
		}
		return host
	}
	return r.URL.RequestURI()
}

// writeHeader writes the request line and the header up to its blank
// line, each line a Write whose error ends the request, and returns
// the transferWriter that writes the body the header announced.
func (r *Request) writeHeader(w io.Writer, host, ruri string, extra Header) (*transferWriter, error) {
	if _, err := fmt.Fprintf(w, "%s %s HTTP/1.1\r\n", valueOrDefault(r.Method, "GET"), ruri); err != nil {
		return nil, err
	}
	if _, err := fmt.Fprintf(w, "Host: %s\r\n", host); err != nil {
		return nil, err
	}
	// The header's User-Agent, even an empty one (then none is sent),
	// replaces the default.
	userAgent := defaultUserAgent
	if r.Header.has("User-Agent") {
		userAgent = r.Header.Get("User-Agent")
	}
	if userAgent != "" {
		if _, err := fmt.Fprintf(w, "User-Agent: %s\r\n", headerNewlineToSpace.Replace(userAgent)); err != nil {
			return nil, err
		}
	}
	tw, err := newTransferWriter(r)
	if err != nil {
		return nil, err
	}
	if err := tw.writeHeader(w, r.Header); err != nil {
		return nil, err
	}
	if err := r.Header.WriteSubset(w, requestHeaderWritten); err != nil {
		return nil, err
	}
	if err := extra.Write(w); err != nil {
		return nil, err
	}
	_, err = io.WriteString(w, "\r\n")
	return tw, err
}

// idnaASCII is the ASCII form of an internationalized host name
// ("bücher.de" becomes "xn--bcher-kva.de"); an ASCII name is taken as
// it is, without the checks of a lookup.
func idnaASCII(v string) (string, error) {
	if idna.IsASCII(v) {
		return v, nil
	}
	return idna.ToASCII(v)
}

// cleanHost cuts a Host at its first space or slash, so that a
// malformed Host cannot split the request line, and puts its name in
// ASCII form. A name that is not a valid one is left as it is.
func cleanHost(in string) string {
	if i := strings.IndexAny(in, " /"); i != -1 {
		in = in[:i]
	}
	host, port, err := net.SplitHostPort(in)
	if err != nil { // no port: in is a name alone
		host = in
	}
	a, err := idnaASCII(host)
	switch {
	case err != nil: // garbage in, garbage out
		return in
	case host == in:
		return a
	}
	return net.JoinHostPort(a, port)
}

// removeZone removes an IPv6 zone from a host: "[fe80::1%en0]:8080"
// becomes "[fe80::1]:8080".
func removeZone(host string) string {
	if !strings.HasPrefix(host, "[") {
		return host
	}
	i := strings.LastIndex(host, "]")
	if i < 0 {
		return host
	}
	j := strings.LastIndex(host[:i], "%")
	if j < 0 {
		return host
	}
	return host[:j] + host[i:]
}

// stringContainsCTLByte reports whether s holds an ASCII control byte,
// which would end a line of the request early.
func stringContainsCTLByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < ' ' || b == 0x7f {
			return true
		}
	}
	return false
}

// outgoingLength is the length of the body to send: 0 without a body,
// -1 when unknown (a Body with ContentLength 0 may still hold bytes).
func (r *Request) outgoingLength() int64 {
	if r.Body == nil || r.Body == NoBody {
		return 0
	}
	if r.ContentLength != 0 {
		return r.ContentLength
	}
	return -1
}

// requestMethodUsuallyLacksBody reports whether requests of method
// usually have no body: a Body of unknown length is probed for them.
func requestMethodUsuallyLacksBody(method string) bool {
	switch method {
	case "GET", "HEAD", "DELETE", "OPTIONS", "PROPFIND", "SEARCH":
		return true
	}
	return false
}

func valueOrDefault(value, def string) string {
	if value != "" {
		return value
	}
	return def
}

// ParseHTTPVersion parses an HTTP version string according to RFC 7230,
// section 2.6. "HTTP/1.0" returns (1, 0, true). Note that strings
// without a minor version, such as "HTTP/2", are not valid.
func ParseHTTPVersion(vers string) (major, minor int, ok bool) {
	switch vers {
	case "HTTP/1.1":
		return 1, 1, true
	case "HTTP/1.0":
		return 1, 0, true
	}
	if len(vers) != len("HTTP/X.Y") || !strings.HasPrefix(vers, "HTTP/") || vers[6] != '.' {
		return 0, 0, false
	}
	maj, err := strconv.ParseUint(vers[5:6], 10, 0)
	if err != nil {
		return 0, 0, false
	}
	min, err := strconv.ParseUint(vers[7:8], 10, 0)
	if err != nil {
		return 0, 0, false
	}
	return int(maj), int(min), true
}

// validMethod reports whether method is a token (RFC 7230 3.1.1).
func validMethod(method string) bool {
	return len(method) > 0 && strings.IndexFunc(method, isNotToken) == -1
}

func isNotToken(r rune) bool {
	return r >= 0x80 || !isTokenByte(byte(r))
}

// isTokenByte reports whether b may appear in a token (RFC 7230 3.2.6).
func isTokenByte(b byte) bool {
	if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' {
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", b) >= 0
}

// NewRequest wraps NewRequestWithContext using context.Background.
func NewRequest(method, url string, body io.Reader) (*Request, error) {
	return NewRequestWithContext(context.Background(), method, url, body)
}

// NewRequestWithContext returns a new Request given a method, URL, and
// optional body.
//
// If the provided body is also an io.Closer, the returned Request.Body
// is set to body and will be closed by the Client methods Do, Post,
// and PostForm, and Transport.RoundTrip.
//
// If body is of type *bytes.Buffer, *bytes.Reader, or *strings.Reader,
// the returned request's ContentLength is set to its exact value
// (instead of -1), GetBody is populated (so 307 and 308 redirects can
// replay the body), and Body is set to NoBody if the ContentLength is
// 0.
func NewRequestWithContext(ctx context.Context, method, rawURL string, body io.Reader) (*Request, error) {
	if method == "" {
		method = "GET" // as a client request's empty Method means GET
	}
	if !validMethod(method) {
		return nil, fmt.Errorf("net/http: invalid method %q", method)
	}
	if ctx == nil {
		return nil, errors.New("net/http: nil Context")
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, err
	}
	u.Host = strings.TrimSuffix(u.Host, ":") // "host:" means the default port
	req := &Request{
		ctx:        ctx,
		Method:     method,
		URL:        u,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     make(Header),
		Host:       u.Host,
	}
	if body != nil {
		setBody(req, body)
	}
	return req, nil
}

// setBody sets the request's body and, for the in-memory readers whose
// length and contents are known, ContentLength and GetBody.
func setBody(req *Request, body io.Reader) {
	rc, ok := body.(io.ReadCloser)
	if !ok {
		rc = io.NopCloser(body)
	}
	req.Body = rc
	var snapshot func() io.Reader
	switch v := body.(type) {
	case *bytes.Buffer:
		req.ContentLength = int64(v.Len())
		buf := v.Bytes()
		snapshot = func() io.Reader { return bytes.NewReader(buf) }
	case *bytes.Reader:
		req.ContentLength = int64(v.Len())
		saved := *v
		snapshot = func() io.Reader { r := saved; return &r }
	case *strings.Reader:
		req.ContentLength = int64(v.Len())
		saved := *v
		snapshot = func() io.Reader { r := saved; return &r }
	default:
		return // unknown length: sent chunked
	}
	if req.ContentLength == 0 {
		req.Body = NoBody
		req.GetBody = func() (io.ReadCloser, error) { return NoBody, nil }
		return
	}
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(snapshot()), nil }
}

// ReadRequest reads and parses an incoming request from b.
//
// ReadRequest is a low-level function and should only be used for
// specialized applications; most code should use the Server to read
// requests and handle them via the Handler interface. ReadRequest only
// supports HTTP/1.x requests.
func ReadRequest(b *bufio.Reader) (*Request, error) {
	tp := textproto.NewReader(b)
	line, err := tp.ReadLine()
	if err != nil {
		return nil, err
	}
	req := &Request{ctx: context.Background()}
	if err := req.parseRequestLine(line); err != nil {
		return nil, err
	}
	mimeHeader, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, err
	}
	req.Header = Header(mimeHeader)
	if len(req.Header["Host"]) > 1 {
		return nil, fmt.Errorf("too many Host headers")
	}
	// RFC 7230 section 5.4: an absolute request-target's host wins over
	// the Host header.
	req.Host = req.URL.Host
	if req.Host == "" {
		req.Host = req.Header.get("Host")
	}
	delete(req.Header, "Host")
	fixPragmaCacheControl(req.Header)

	f, err := readFraming(req.Header, req.ProtoMajor, req.ProtoMinor, true)
	if err != nil {
		return nil, err
	}
	req.Close = f.close
	req.TransferEncoding = f.transferEncoding
	req.ContentLength = f.contentLength
	if req.ContentLength < 0 && len(req.TransferEncoding) == 0 {
		req.ContentLength = 0
	}
	req.Trailer = f.trailer
	req.Body = bodyReader(f, b, true, &req.Trailer)
	return req, nil
}

// parseRequestLine parses "GET /foo HTTP/1.1" into the request.
func (req *Request) parseRequestLine(line string) error {
	method, rest, ok1 := strings.Cut(line, " ")
	requestURI, proto, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 {
		return badStringError("malformed HTTP request", line)
	}
	if !validMethod(method) {
		return badStringError("invalid method", method)
	}
	var ok bool
	if req.ProtoMajor, req.ProtoMinor, ok = ParseHTTPVersion(proto); !ok {
		return badStringError("malformed HTTP version", proto)
	}
	req.Method, req.RequestURI, req.Proto = method, requestURI, proto

	// CONNECT's target is "host:port", which is no URL: parse it as
	// the authority of one.
	rawURL := requestURI
	justAuthority := method == "CONNECT" && !strings.HasPrefix(rawURL, "/")
	if justAuthority {
		rawURL = "http://" + rawURL
	}
	u, err := url.ParseRequestURI(rawURL)
	if err != nil {
		return err
	}
	if justAuthority {
		u.Scheme = ""
	}
	req.URL = u
	return nil
}

// fixPragmaCacheControl honours HTTP/1.0's "Pragma: no-cache" as
// HTTP/1.1's "Cache-Control: no-cache" (RFC 7234 section 5.4).
func fixPragmaCacheControl(header Header) {
	if hp, ok := header["Pragma"]; ok && len(hp) > 0 && hp[0] == "no-cache" {
		if _, presentcc := header["Cache-Control"]; !presentcc {
			header["Cache-Control"] = []string{"no-cache"}
		}
	}
}

// ParseForm populates r.Form and r.PostForm.
//
// For all requests, ParseForm parses the raw query from the URL and
// updates r.Form.
//
// For POST, PUT, and PATCH requests, it also reads the request body,
// parses it as a form and puts the results into both r.PostForm and
// r.Form. Request body parameters take precedence over URL query string
// values in r.Form.
//
// ParseForm is idempotent.
func (r *Request) ParseForm() error {
	var err error
	if r.PostForm == nil {
		if bodyMethod(r.Method) {
			r.PostForm, err = parsePostForm(r)
		}
		if r.PostForm == nil {
			r.PostForm = make(url.Values)
		}
	}
	if r.Form == nil {
		r.Form = make(url.Values)
		copyValues(r.Form, r.PostForm)
		if r.URL != nil {
			query, e := url.ParseQuery(r.URL.RawQuery)
			if err == nil {
				err = e
			}
			copyValues(r.Form, query)
		}
	}
	return err
}

func copyValues(dst, src url.Values) {
	for k, vs := range src {
		dst[k] = append(dst[k], vs...)
	}
}

// parsePostForm reads a url-encoded body; other bodies are left alone.
func parsePostForm(r *Request) (url.Values, error) {
	if r.Body == nil {
		return nil, errors.New("missing form body")
	}
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		ct = "application/octet-stream" // RFC 7231 section 3.1.1.5
	}
	ct, _, err := mime.ParseMediaType(ct)
	if err != nil || ct != "application/x-www-form-urlencoded" {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, maxPostFormSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxPostFormSize {
		return nil, errors.New("http: POST too large")
	}
	return url.ParseQuery(string(b))
}

// FormValue returns the first value for the named component of the
// query. POST and PUT body parameters take precedence over URL query
// string values. FormValue calls ParseMultipartForm and ParseForm
// if necessary and ignores any errors returned by these functions.
// If key is not present, FormValue returns the empty string.
// To access multiple values of the same key, call ParseForm and
// then inspect Request.Form directly.
func (r *Request) FormValue(key string) string {
	if r.Form == nil {
		r.ParseMultipartForm(defaultMaxMemory)
	}
	if vs := r.Form[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// PostFormValue returns the first value for the named component of the
// POST, PATCH, or PUT request body. URL query parameters are ignored.
// PostFormValue calls ParseMultipartForm and ParseForm if necessary and ignores
// any errors returned by these functions.
// If key is not present, PostFormValue returns the empty string.
func (r *Request) PostFormValue(key string) string {
	if r.PostForm == nil {
		r.ParseMultipartForm(defaultMaxMemory)
	}
	if vs := r.PostForm[key]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}
