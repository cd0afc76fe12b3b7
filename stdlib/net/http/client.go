package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http/internal/ascii"
	"net/url"
	"strings"
	"time"
)

// A Client is an HTTP client. Its zero value (DefaultClient) is a
// usable client that uses DefaultTransport.
//
// The Client's Transport typically has internal state (cached TCP
// connections), so Clients should be reused instead of created as
// needed. Clients are safe for concurrent use by multiple goroutines.
//
// When following redirects, the Client will forward all headers set on
// the initial Request except sensitive headers like "Authorization"
// when the redirect goes to another host.
type Client struct {
	// Transport specifies the mechanism by which individual HTTP
	// requests are made. If nil, DefaultTransport is used.
	Transport RoundTripper

	// CheckRedirect specifies the policy for handling redirects. If
	// CheckRedirect is not nil, the client calls it before following an
	// HTTP redirect. The arguments req and via are the upcoming request
	// and the requests made already, oldest first. If CheckRedirect
	// returns an error, the Client's Get method returns both the
	// previous Response (with its Body closed) and CheckRedirect's
	// error (wrapped in a url.Error) instead of issuing the Request
	// req. As a special case, if CheckRedirect returns ErrUseLastResponse,
	// then the most recent response is returned with its body unclosed,
	// along with a nil error.
	//
	// If CheckRedirect is nil, the Client uses its default policy,
	// which is to stop after 10 consecutive requests.
	CheckRedirect func(req *Request, via []*Request) error

	// Jar specifies the cookie jar. The Jar is used to insert relevant
	// cookies into every outbound Request and is updated with the
	// cookie values of every inbound Response. If Jar is nil, cookies
	// are only sent if they are explicitly set on the Request.
	Jar CookieJar

	// Timeout specifies a time limit for requests made by this Client.
	// The timeout includes connection time, any redirects, and reading
	// the response body. A Timeout of zero means no timeout.
	Timeout time.Duration
}

// DefaultClient is the default Client and is used by Get, Head, and
// Post.
var DefaultClient = &Client{}

// ErrUseLastResponse can be returned by Client.CheckRedirect hooks to
// control how redirects are processed. If returned, the next request is
// not sent and the most recent response is returned with its body
// unclosed.
var ErrUseLastResponse = errors.New("net/http: use last response")

func (c *Client) transport() RoundTripper {
	if c.Transport != nil {
		return c.Transport
	}
	return DefaultTransport
}

// Get issues a GET to the specified URL, following redirects (up to
// 10). An error is returned if there were too many redirects or if
// there was an HTTP protocol error. A non-2xx response doesn't cause an
// error. When err is nil, resp always contains a non-nil resp.Body.
// Caller should close resp.Body when done reading from it.
//
// Get is a wrapper around DefaultClient.Get.
func Get(url string) (resp *Response, err error) {
	return DefaultClient.Get(url)
}

// Get issues a GET to the specified URL, following redirects as
// configured by the client's CheckRedirect function.
func (c *Client) Get(url string) (resp *Response, err error) {
	req, err := NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// Head issues a HEAD to the specified URL, following redirects (up to
// 10).
//
// Head is a wrapper around DefaultClient.Head.
func Head(url string) (resp *Response, err error) {
	return DefaultClient.Head(url)
}

// Head issues a HEAD to the specified URL.
func (c *Client) Head(url string) (resp *Response, err error) {
	req, err := NewRequest("HEAD", url, nil)
	if err != nil {
		return nil, err
	}
	return c.Do(req)
}

// Post issues a POST to the specified URL. Caller should close
// resp.Body when done reading from it. If the provided body is an
// io.Closer, it is closed after the request.
//
// Post is a wrapper around DefaultClient.Post.
func Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	return DefaultClient.Post(url, contentType, body)
}

// Post issues a POST to the specified URL.
func (c *Client) Post(url, contentType string, body io.Reader) (resp *Response, err error) {
	req, err := NewRequest("POST", url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", contentType)
	return c.Do(req)
}

// PostForm issues a POST to the specified URL, with data's keys and
// values URL-encoded as the request body.
//
// PostForm is a wrapper around DefaultClient.PostForm.
func PostForm(url string, data url.Values) (resp *Response, err error) {
	return DefaultClient.PostForm(url, data)
}

// PostForm issues a POST to the specified URL, with data's keys and
// values URL-encoded as the request body.
func (c *Client) PostForm(url string, data url.Values) (resp *Response, err error) {
	return c.Post(url, "application/x-www-form-urlencoded", strings.NewReader(data.Encode()))
}

// CloseIdleConnections closes any connections on its Transport which
// were previously connected from previous requests but are now sitting
// idle in a "keep-alive" state.
func (c *Client) CloseIdleConnections() {
	if tr, ok := c.transport().(interface{ CloseIdleConnections() }); ok {
		tr.CloseIdleConnections()
	}
}

// Do sends an HTTP request and returns an HTTP response, following
// policy (such as redirects, cookies, auth) as configured on the
// client.
//
// An error is returned if caused by client policy (such as
// CheckRedirect), or failure to speak HTTP (such as a network
// connectivity problem). A non-2xx status code doesn't cause an error.
// Any returned error will be of type *url.Error.
//
// If the returned error is nil, the Response will contain a non-nil
// Body which the user is expected to close.
func (c *Client) Do(req *Request) (*Response, error) {
	if c.Timeout > 0 {
		ctx, cancel := context.WithTimeout(req.Context(), c.Timeout)
		req = req.WithContext(ctx)
		resp, err := c.do(req)
		if err != nil || resp.Body == NoBody {
			cancel()
			return resp, err
		}
		resp.Body = &cancelOnClose{ReadCloser: resp.Body, cancel: cancel}
		return resp, nil
	}
	return c.do(req)
}

// cancelOnClose ends a Client.Timeout's context with the body.
type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelOnClose) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// do sends req and the requests its redirects ask for.
func (c *Client) do(req *Request) (*Response, error) {
	if req.URL == nil {
		req.closeBody()
		return nil, &url.Error{Op: urlErrorOp(req.Method), Err: errors.New("http: nil Request.URL")}
	}
	var via []*Request
	for {
		resp, err := c.send(req)
		if err != nil {
			return nil, &url.Error{Op: urlErrorOp(req.Method), URL: req.URL.String(), Err: err}
		}
		next, err := c.redirectRequest(req, resp, via)
		if next == nil || err != nil {
			if err == ErrUseLastResponse {
				return resp, nil
			}
			if err != nil {
				// As Go 1 did, the response comes back with the error,
				// which names the redirect's target as it was written.
				resp.Body.Close()
				return resp, &url.Error{Op: urlErrorOp(req.Method), URL: resp.Header.Get("Location"), Err: err}
			}
			return resp, nil
		}
		// Read a little of the body so the connection can be reused.
		io.CopyN(io.Discard, resp.Body, 2<<10)
		resp.Body.Close()
		via = append(via, req)
		req = next
	}
}

// send sends one request through the transport.
func (c *Client) send(req *Request) (*Response, error) {
	if req.Header == nil {
		req = req.withHeaderMap()
	}
	// The URL's user info becomes Basic authentication.
	if u := req.URL.User; u != nil && req.Header.Get("Authorization") == "" {
		password, _ := u.Password()
		req = req.withHeader("Authorization", basicAuth(u.Username(), password))
	}
	if c.Jar != nil {
		for _, cookie := range c.Jar.Cookies(req.URL) {
			req.AddCookie(cookie)
		}
	}
	resp, err := c.transport().RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if c.Jar != nil {
		if rc := resp.Cookies(); len(rc) > 0 {
			c.Jar.SetCookies(req.URL, rc)
		}
	}
	if resp == nil {
		return nil, fmt.Errorf("http: RoundTripper implementation (%T) returned a nil *Response with a nil error", c.transport())
	}
	if resp.Body == nil {
		resp.Body = NoBody
	}
	if resp.Request == nil {
		resp.Request = req
	}
	return resp, nil
}

// withHeaderMap returns a copy of r with an empty header.
func (r *Request) withHeaderMap() *Request {
	r2 := new(Request)
	*r2 = *r
	r2.Header = make(Header)
	return r2
}

// redirectRequest returns the request a redirect response asks for,
// or nil when resp is final. 301, 302 and 303 turn a request other
// than HEAD into a GET without body; 307 and 308 repeat it as it was.
func (c *Client) redirectRequest(req *Request, resp *Response, via []*Request) (*Request, error) {
	method := req.Method
	includeBody := false
	switch resp.StatusCode {
	case 301, 302, 303:
		if method != "GET" && method != "HEAD" && method != "" {
			method = "GET"
		}
	case 307, 308:
		includeBody = true
		if req.GetBody == nil && req.outgoingLength() != 0 {
			return nil, nil // the body cannot be sent again
		}
	default:
		return nil, nil
	}
	loc := resp.Header.Get("Location")
	if loc == "" {
		return nil, nil
	}
	u, err := req.URL.Parse(loc)
	if err != nil {
		return nil, fmt.Errorf("failed to parse Location header %q: %v", loc, err)
	}
	next := &Request{
		Method:   method,
		Response: resp,
		URL:      u,
		Header:   make(Header),
		Host:     "",
		ctx:      req.Context(),
	}
	if includeBody && req.GetBody != nil {
		if next.Body, err = req.GetBody(); err != nil {
			return nil, err
		}
		next.GetBody = req.GetBody
		next.ContentLength = req.ContentLength
	}
	copyHeadersForRedirect(next, req)
	via = append(via, req)
	if c.CheckRedirect != nil {
		err = c.CheckRedirect(next, via)
	} else if len(via) >= 10 {
		err = errors.New("stopped after 10 redirects")
	}
	return next, err
}

// copyHeadersForRedirect copies the original request's header, but for
// the credentials when the redirect leaves the host, and names the
// page redirected from as the Referer.
func copyHeadersForRedirect(next, req *Request) {
	sameHost := next.URL.Hostname() == req.URL.Hostname()
	for k, vv := range req.Header {
		if !sameHost && (k == "Authorization" || k == "Www-Authenticate" || k == "Cookie" || k == "Cookie2") {
			continue
		}
		next.Header[k] = append([]string(nil), vv...)
	}
	if ref := refererForURL(req.URL, next.URL); ref != "" {
		next.Header.Set("Referer", ref)
	}
}

// refererForURL returns a referer without any authentication info, or
// an empty string if lastReq scheme is https and newReq scheme is http.
func refererForURL(lastReq, newReq *url.URL) string {
	if lastReq.Scheme == "https" && newReq.Scheme == "http" {
		return ""
	}
	ref := *lastReq
	ref.User = nil
	return ref.String()
}

// urlErrorOp returns the (*url.Error).Op value to use for the provided
// (*Request).Method value: "Get" for "GET".
func urlErrorOp(method string) string {
	if method == "" {
		return "Get"
	}
	if lowered, ok := ascii.ToLower(method); ok {
		return method[:1] + lowered[1:]
	}
	return method
}
