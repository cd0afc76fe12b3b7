package mail

import (
	"mime"
	"strings"
	"unicode/utf8"
)

// An Address is one mail address: "Barry Gibbs <bg@example.com>" is
// Address{Name: "Barry Gibbs", Address: "bg@example.com"}.
type Address struct {
	Name    string // the display name, or ""
	Address string // user@domain
}

// ParseAddress parses one RFC 5322 address, such as
// "Barry Gibbs <bg@example.com>" or "bg@example.com".
func ParseAddress(address string) (*Address, error) {
	return (&parser{s: address}).singleAddress()
}

// ParseAddressList parses a comma-separated list of addresses.
func ParseAddressList(list string) ([]*Address, error) {
	return (&parser{s: list}).addressList()
}

// An AddressParser parses RFC 5322 addresses with a chosen decoder for
// the encoded-words in names.
type AddressParser struct {
	// WordDecoder decodes the RFC 2047 encoded-words of names; if nil,
	// a default one is used.
	WordDecoder *mime.WordDecoder
}

// Parse parses one address, as ParseAddress does.
func (p *AddressParser) Parse(address string) (*Address, error) {
	return (&parser{s: address, dec: p.WordDecoder}).singleAddress()
}

// ParseList parses a comma-separated list of addresses, as
// ParseAddressList does.
func (p *AddressParser) ParseList(list string) ([]*Address, error) {
	return (&parser{s: list, dec: p.WordDecoder}).addressList()
}

// String writes a as RFC 5322 requires: the name, if any, then the
// address in angle brackets. A local part that is not a
// dot-atom is quoted; so is a name of printable ASCII, and a name with
// other characters is an RFC 2047 encoded-word.
func (a *Address) String() string {
	local, domain := a.Address, ""
	if at := strings.LastIndex(a.Address, "@"); at >= 0 {
		local, domain = a.Address[:at], a.Address[at+1:]
	}
	// Without an '@' the address is malformed; all of it is the local part.
	if !isDotAtom(local) {
		local = quoteString(local)
	}
	addr := "<" + local + "@" + domain + ">"
	if a.Name == "" {
		return addr
	}
	return encodeName(a.Name) + " " + addr
}

// isDotAtom reports whether s is atext with single dots between its
// characters, as an unquoted local part must be ("" passes: the caller
// keeps an empty local part as it is).
func isDotAtom(s string) bool {
	for i, r := range s {
		if r == '.' && i > 0 && s[i-1] != '.' && i < len(s)-1 {
			continue
		}
		if !isAtext(r, false, false) {
			return false
		}
	}
	return true
}

// encodeName writes a display name as a quoted-string if it is printable
// ASCII and blanks, or else as an encoded-word of RFC 2047. The encoded
// text may not hold quotes, parentheses and other specials (section 5.3):
// a name that has any is encoded in base64, which hides them, and
// otherwise in the more legible Q encoding.
func encodeName(name string) string {
	ascii := true
	for _, r := range name {
		if r >= utf8.RuneSelf || !isVchar(r) && !isWSP(r) {
			ascii = false
			break
		}
	}
	switch {
	case ascii:
		return quoteString(name)
	case strings.ContainsAny(name, "\"#$%&'(),.:;<>@[]^`{|}~"):
		return mime.BEncoding.Encode("utf-8", name)
	}
	return mime.QEncoding.Encode("utf-8", name)
}

// quoteString writes s as an RFC 5322 quoted-string: quotes and
// backslashes are escaped with a backslash and the characters a
// quoted-string cannot hold at all, the controls, are dropped.
func quoteString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case isQtext(r) || isWSP(r):
			b.WriteRune(r)
		case isVchar(r):
			b.WriteByte('\\')
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// isAtext reports whether r may appear in an RFC 5322 atom. If dot is
// true, a period is one too. If permissive is true, so are the specials
// of RFC 5322 section 3.2.3 but '<', '>', ':' and '"', which still end
// a name: many mailers leave the others unquoted in names.
func isAtext(r rune, dot, permissive bool) bool {
	switch r {
	case '.':
		return dot
	case '(', ')', '[', ']', ';', '@', '\\', ',':
		return permissive
	case '<', '>', '"', ':':
		return false
	}
	return isVchar(r)
}

// isQtext reports whether r may stand unescaped in a quoted-string
// (RFC 5322's qtext): printable but a backslash or a quote.
func isQtext(r rune) bool {
	return isVchar(r) && r != '\\' && r != '"'
}

// isVchar reports whether r is visible (RFC 5322's VCHAR): printable
// US-ASCII, or any non-ASCII character, which RFC 6532 allows.
func isVchar(r rune) bool {
	return '!' <= r && r <= '~' || r >= utf8.RuneSelf
}

// isWSP reports whether r is a space or a horizontal tab, the white
// space (WSP) of RFC 5234 Appendix B.
func isWSP(r rune) bool {
	return r == ' ' || r == '\t'
}
