// Package mail implements parsing of mail messages.
//
// For the most part, this package follows the syntax as specified by RFC
// 5322 and extended by RFC 6532. Notable divergences:
//   - Obsolete address formats are not parsed, including addresses with
//     embedded route information.
//   - The full range of spacing (the CFWS syntax element) is not
//     supported, such as breaking addresses across lines.
//   - No unicode normalization is performed.
//   - The special characters ()[]:;@\, are allowed to appear unquoted in
//     names.
//
// The files of the package follow that split: message.go reads a message
// and its header, date.go the Date field, address.go formats an Address
// and parse.go is a recursive-descent parser of RFC 5322 addresses, one
// method a grammar rule.
package mail

import (
	"bufio"
	"errors"
	"io"
	"net/textproto"
	"time"
)

// A Message represents a parsed mail message.
type Message struct {
	Header Header
	Body   io.Reader
}

// ReadMessage reads a message from r. The header is parsed, and the body
// of the message is left in msg.Body to be read.
func ReadMessage(r io.Reader) (msg *Message, err error) {
	tp := textproto.NewReader(bufio.NewReader(r))
	hdr, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, err
	}
	return &Message{Header: Header(hdr), Body: tp.R}, nil
}

// A Header represents the key-value pairs in a mail message header.
type Header map[string][]string

// Get gets the first value associated with the given key. The key is
// case insensitive: CanonicalMIMEHeaderKey canonicalizes it. If there
// are no values associated with the key, Get returns "". To reach every
// value of a key, or a key not in canonical form, use the map directly.
func (h Header) Get(key string) string {
	return textproto.MIMEHeader(h).Get(key)
}

// ErrHeaderNotPresent is the error of Date and AddressList when the
// field is absent (or empty).
var ErrHeaderNotPresent = errors.New("mail: header not in message")

// Date parses the Date header field.
func (h Header) Date() (time.Time, error) {
	hdr := h.Get("Date")
	if hdr == "" {
		return time.Time{}, ErrHeaderNotPresent
	}
	return ParseDate(hdr)
}

// AddressList parses the named header field as a list of addresses.
func (h Header) AddressList(key string) ([]*Address, error) {
	hdr := h.Get(key)
	if hdr == "" {
		return nil, ErrHeaderNotPresent
	}
	return ParseAddressList(hdr)
}
