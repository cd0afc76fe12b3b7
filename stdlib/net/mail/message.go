// Package mail parses mail messages: their header, dates and addresses.
//
// It follows the grammar of RFC 5322, with the non-ASCII text RFC 6532
// allows, except that:
//   - the obsolete forms of addresses, such as those with a route, are
//     not accepted;
//   - white space and comments (CFWS) are accepted in fewer places: an
//     address cannot be folded over lines, for one;
//   - Unicode text is taken as it is, not normalized;
//   - names may hold the specials ()[]:;@\, without quotes.
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

// A Message is a mail message whose header has been parsed.
type Message struct {
	Header Header
	Body   io.Reader
}

// ReadMessage reads the header of the message in r and returns it with
// a reader of the rest, the body.
func ReadMessage(r io.Reader) (msg *Message, err error) {
	tp := textproto.NewReader(bufio.NewReader(r))
	hdr, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, err
	}
	return &Message{Header: Header(hdr), Body: tp.R}, nil
}

// A Header maps each field name of a message header to its values.
type Header map[string][]string

// Get returns the first value of the field key, or "" if it has none.
// Field names ignore case (key is put in the form of
// textproto.CanonicalMIMEHeaderKey); index the map itself for all the
// values of a field or for a name in another form.
func (h Header) Get(key string) string {
	return textproto.MIMEHeader(h).Get(key)
}

// ErrHeaderNotPresent is the error of Date and AddressList when the
// field is absent (or empty).
var ErrHeaderNotPresent = errors.New("mail: header not in message")

// Date returns the time of the header's Date field.
func (h Header) Date() (time.Time, error) {
	hdr := h.Get("Date")
	if hdr == "" {
		return time.Time{}, ErrHeaderNotPresent
	}
	return ParseDate(hdr)
}

// AddressList returns the addresses listed in the header field key.
func (h Header) AddressList(key string) ([]*Address, error) {
	hdr := h.Get(key)
	if hdr == "" {
		return nil, ErrHeaderNotPresent
	}
	return ParseAddressList(hdr)
}
