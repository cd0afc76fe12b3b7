package http

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
)

// ErrNoLocation is returned by Response's Location method when no
// Location header is present.
var ErrNoLocation = errors.New("http: no Location header in response")

// Response represents the response from an HTTP request.
//
// The Client and Transport return Responses from servers once the
// response headers have been received. The response body is streamed
// on demand as the Body field is read.
type Response struct {
	Status     string // e.g. "200 OK"
	StatusCode int    // e.g. 200
	Proto      string // e.g. "HTTP/1.0"
	ProtoMajor int    // e.g. 1
	ProtoMinor int    // e.g. 0

	// Header maps header keys to values, with canonical keys.
	Header Header

	// Body represents the response body. The response body is streamed
	// on demand as the Body field is read. It is the caller's
	// responsibility to close Body; the Transport reuses the connection
	// when the body was read to EOF and closed.
	Body io.ReadCloser

	// ContentLength records the length of the associated content. The
	// value -1 indicates that the length is unknown.
	ContentLength int64

	// Contains transfer encodings from outer-most to inner-most.
	TransferEncoding []string

	// Close records whether the header directed that the connection be
	// closed after reading Body.
	Close bool

	// Uncompressed reports whether the response was sent compressed but
	// was decompressed by the http package: the Transport asked for
	// gzip itself and decoded the body, removing the Content-Encoding
	// and Content-Length headers (ContentLength is then -1).
	Uncompressed bool

	// Trailer maps trailer keys to values in the same format as
	// Header. It holds, with nil values, the keys the "Trailer" header
	// announced; once Body has been read to its end it holds the
	// trailer the server sent after the body.
	Trailer Header

	// Request is the request that was sent to obtain this Response.
	Request *Request
}

// Location returns the URL of the response's "Location" header, if
// present. Relative redirects are resolved relative to the Response's
// Request. ErrNoLocation is returned if no Location header is present.
func (r *Response) Location() (*url.URL, error) {
	lv := r.Header.Get("Location")
	if lv == "" {
		return nil, ErrNoLocation
	}
	if r.Request != nil && r.Request.URL != nil {
		return r.Request.URL.Parse(lv)
	}
	return url.Parse(lv)
}

// ProtoAtLeast reports whether the HTTP protocol used in the response
// is at least major.minor.
func (r *Response) ProtoAtLeast(major, minor int) bool {
	return r.ProtoMajor > major || r.ProtoMajor == major && r.ProtoMinor >= minor
}

// ReadResponse reads and returns an HTTP response from r. The req
// parameter optionally specifies the Request that corresponds to this
// Response. If nil, a GET request is assumed. Clients must call
// resp.Body.Close when finished reading resp.Body.
func ReadResponse(r *bufio.Reader, req *Request) (*Response, error) {
	tp := textproto.NewReader(r)
	resp := &Response{Request: req}
	line, err := tp.ReadLine()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	if err := resp.parseStatusLine(line); err != nil {
		return nil, err
	}
	mimeHeader, err := tp.ReadMIMEHeader()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	resp.Header = Header(mimeHeader)
	fixPragmaCacheControl(resp.Header)

	f, err := readFraming(resp.Header, resp.ProtoMajor, resp.ProtoMinor, false)
	if err != nil {
		return nil, err
	}
	resp.TransferEncoding = f.transferEncoding
	resp.ContentLength = f.contentLength
	resp.Close = f.close
	resp.Trailer = f.trailer
	switch {
	case req != nil && req.Method == "HEAD":
		resp.Body = NoBody // the length is that of the GET response
	case !bodyAllowedForStatus(resp.StatusCode):
		resp.Body = NoBody
		resp.ContentLength = 0
	default:
		if f.contentLength < 0 && len(f.transferEncoding) == 0 {
			resp.Close = true // the body runs until the connection closes
		}
		resp.Body = bodyReader(f, r, false, &resp.Trailer)
	}
	return resp, nil
}

// parseStatusLine parses "HTTP/1.1 200 OK" into the response.
func (resp *Response) parseStatusLine(line string) error {
	proto, status, ok := strings.Cut(line, " ")
	if !ok {
		return badStringError("malformed HTTP response", line)
	}
	resp.Proto = proto
	resp.Status = strings.TrimLeft(status, " ")
	statusCode, _, _ := strings.Cut(resp.Status, " ")
	if len(statusCode) != 3 {
		return badStringError("malformed HTTP status code", statusCode)
	}
	var err error
	resp.StatusCode, err = strconv.Atoi(statusCode)
	if err != nil || resp.StatusCode < 0 {
		return badStringError("malformed HTTP status code", statusCode)
	}
	if resp.ProtoMajor, resp.ProtoMinor, ok = ParseHTTPVersion(resp.Proto); !ok {
		return badStringError("malformed HTTP version", resp.Proto)
	}
	return nil
}

// bodyAllowedForStatus reports whether a given response status code
// permits a body. See RFC 7230, section 3.3.
func bodyAllowedForStatus(status int) bool {
	switch {
	case status >= 100 && status <= 199:
		return false
	case status == 204:
		return false
	case status == 304:
		return false
	}
	return true
}

// responseHeaderWritten lists the keys Write writes itself.
var responseHeaderWritten = map[string]bool{
	"Content-Length":    true,
	"Transfer-Encoding": true,
	"Trailer":           true,
}

// Write writes r to w in the HTTP/1.x server response format, including
// the status line, headers, body, and optional trailer.
//
// This method consults the following fields of the response r:
//
//	StatusCode
//	ProtoMajor
//	ProtoMinor
//	Request.Method
//	TransferEncoding
//	Trailer
//	Body
//	ContentLength
//	Header, values for non-canonical keys will have unpredictable behavior
//
// The Response Body is closed after it is sent.
func (r *Response) Write(w io.Writer) error {
	text := r.Status
	if text == "" {
		text = StatusText(r.StatusCode)
		if text == "" {
			text = "status code " + strconv.Itoa(r.StatusCode)
		}
	} else {
		text = strings.TrimPrefix(text, strconv.Itoa(r.StatusCode)+" ")
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "HTTP/%d.%d %03d %s\r\n", r.ProtoMajor, r.ProtoMinor, r.StatusCode, text)

	body, length := r.outgoingBody()
	chunked := len(r.TransferEncoding) > 0 && r.TransferEncoding[0] == "chunked"
	close := r.Close
	if length < 0 && !chunked {
		// A body of unknown length, not chunked, ends when the
		// connection closes.
		close = close || r.ProtoAtLeast(1, 1)
		length = 0
	}
	sendLength := !chunked && (length > 0 || length == 0 && body == nil && bodyAllowedForStatus(r.StatusCode) && !close)
	if !sendLength {
		length = -1
	}
	// A zero length goes after the header fields, where Go puts it
	// for a response (but to a POST, PUT or PATCH); dumps compared
	// byte for byte rely on the place.
	zeroLast := length == 0 && !(r.Request != nil && bodyMethod(r.Request.Method))
	if zeroLast {
		length = -1
	}
	if err := writeTransferHeader(bw, r.Header, close, chunked, length, r.Trailer); err != nil {
		return err
	}
	if err := r.Header.WriteSubset(bw, responseHeaderWritten); err != nil {
		return err
	}
	if zeroLast {
		bw.WriteString("Content-Length: 0\r\n")
	}
	bw.WriteString("\r\n")
	if body != nil && (r.Request == nil || r.Request.Method != "HEAD") {
		if err := writeBody(bw, body, -1, chunked, r.Trailer); err != nil {
			// What was written before the error is sent, as if
			// written straight to w (httputil.DumpResponse counts on it).
			bw.Flush()
			return err
		}
	}
	if r.Body != nil {
		r.Body.Close()
	}
	return bw.Flush()
}

// outgoingBody returns the body to write and its length (-1 when
// unknown). A body said to be empty is probed: a Body set with a zero
// ContentLength may still hold bytes.
func (r *Response) outgoingBody() (io.Reader, int64) {
	if r.Body == nil || r.Body == NoBody {
		return nil, 0
	}
	if r.ContentLength != 0 {
		return io.LimitReader(r.Body, maxLength(r.ContentLength)), r.ContentLength
	}
	var first [1]byte
	n, _ := io.ReadFull(r.Body, first[:])
	if n == 0 {
		return nil, 0
	}
	return io.MultiReader(strings.NewReader(string(first[:n])), r.Body), -1
}

// maxLength is a reader's limit for a length, -1 meaning none.
func maxLength(n int64) int64 {
	if n < 0 {
		return 1<<63 - 1
	}
	return n
}
