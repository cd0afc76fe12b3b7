package mail

// This file is a recursive-descent parser of the addresses of RFC 5322
// section 3.4. Each method parses one rule of the grammar at the start
// of the input and consumes it; the rule is given above the method.

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"unicode/utf8"
)

// A parser holds the input not yet consumed and the decoder of the
// encoded-words of RFC 2047 in names (nil for the default, which knows
// UTF-8, US-ASCII and ISO-8859-1 only).
type parser struct {
	s   string
	dec *mime.WordDecoder
}

// address-list = (address *("," address))
//
// Empty elements, as in "a@x.org,,b@x.org" (the obs-addr-list of RFC
// 5322), are skipped.
func (p *parser) addressList() ([]*Address, error) {
	var list []*Address
	for {
		p.skipSpace()
		if p.consume(',') {
			continue
		}
		addrs, err := p.address(true)
		if err != nil {
			return nil, err
		}
		list = append(list, addrs...)
		if !p.skipCFWS() {
			return nil, errors.New("mail: misformatted parenthetical comment")
		}
		if p.empty() {
			return list, nil
		}
		if p.s[0] != ',' {
			return nil, errors.New("mail: expected comma")
		}
		for p.consume(',') {
			p.skipSpace()
		}
		if p.empty() {
			return list, nil
		}
	}
}

// singleAddress parses the whole input as one address: a mailbox or a
// group of exactly one mailbox.
func (p *parser) singleAddress() (*Address, error) {
	addrs, err := p.address(true)
	if err != nil {
		return nil, err
	}
	if !p.skipCFWS() {
		return nil, errors.New("mail: misformatted parenthetical comment")
	}
	if !p.empty() {
		return nil, fmt.Errorf("mail: expected single address, got %q", p.s)
	}
	switch len(addrs) {
	case 0:
		return nil, errors.New("mail: empty group")
	case 1:
		return addrs[0], nil
	}
	return nil, errors.New("mail: group with multiple addresses")
}

// address    = mailbox / group
// mailbox    = name-addr / addr-spec
// name-addr  = [display-name] angle-addr
// angle-addr = "<" addr-spec ">"
// group      = display-name ":" [group-list] ";" [CFWS]
//
// A bare addr-spec is tried first, since every display-name would
// otherwise swallow it; a comment after it is taken as the name, as in
// "jdoe@example.org (John Doe)". Groups do not nest: allowGroup is false
// inside one.
func (p *parser) address(allowGroup bool) ([]*Address, error) {
	p.skipSpace()
	if p.empty() {
		return nil, errors.New("mail: no address")
	}
	if spec, err := p.addrSpec(); err == nil {
		var name string
		p.skipSpace()
		if !p.empty() && p.s[0] == '(' {
			if name, err = p.displayNameComment(); err != nil {
				return nil, err
			}
		}
		return []*Address{{Name: name, Address: spec}}, nil
	}
	var name string
	if p.s[0] != '<' {
		var err error
		if name, err = p.phrase(); err != nil {
			return nil, err
		}
	}
	p.skipSpace()
	if allowGroup && p.consume(':') {
		return p.groupList()
	}
	if !p.consume('<') {
		return nil, noAngleAddr(name)
	}
	spec, err := p.addrSpec()
	if err != nil {
		return nil, err
	}
	if !p.consume('>') {
		return nil, errors.New("mail: unclosed angle-addr")
	}
	return []*Address{{Name: name, Address: spec}}, nil
}

// noAngleAddr is the error for a name not followed by an angle-addr. A
// name that could be a local part ("john.doe") probably lacks its
// "@domain"; any other ("John Doe") its "<...>".
func noAngleAddr(name string) error {
	for _, r := range name {
		if !isAtext(r, true, false) {
			return errors.New("mail: no angle-addr")
		}
	}
	return errors.New("mail: missing '@' or angle-addr")
}

// group-list = mailbox *("," mailbox) ";" [CFWS]
//
// The display-name and ":" of the group are already consumed.
func (p *parser) groupList() ([]*Address, error) {
	var group []*Address
	p.skipSpace()
	if p.consume(';') {
		p.skipCFWS()
		return group, nil
	}
	for {
		p.skipSpace()
		addrs, err := p.address(false)
		if err != nil {
			return nil, err
		}
		group = append(group, addrs...)
		if !p.skipCFWS() {
			return nil, errors.New("mail: misformatted parenthetical comment")
		}
		if p.consume(';') {
			p.skipCFWS()
			return group, nil
		}
		if !p.consume(',') {
			return nil, errors.New("mail: expected comma")
		}
	}
}

// addr-spec  = local-part "@" domain
// local-part = dot-atom / quoted-string
// domain     = dot-atom
//
// (the domain-literal of RFC 5322, "[192.0.2.1]", is not supported). On
// failure nothing is consumed, so that the caller may try a name-addr.
func (p *parser) addrSpec() (string, error) {
	saved := p.s
	spec, err := p.consumeAddrSpec()
	if err != nil {
		p.s = saved
	}
	return spec, err
}

func (p *parser) consumeAddrSpec() (string, error) {
	p.skipSpace()
	if p.empty() {
		return "", errors.New("mail: no addr-spec")
	}
	var local string
	var err error
	if p.s[0] == '"' {
		local, err = p.quotedString()
		if local == "" {
			err = errors.New("mail: empty quoted string in addr-spec")
		}
	} else {
		local, err = p.atom(true, false)
	}
	if err != nil {
		return "", err
	}
	if !p.consume('@') {
		return "", errors.New("mail: missing @ in addr-spec")
	}
	p.skipSpace()
	if p.empty() {
		return "", errors.New("mail: no domain in addr-spec")
	}
	domain, err := p.atom(true, false)
	if err != nil {
		return "", err
	}
	return local + "@" + domain, nil
}

// phrase = 1*word
// word   = atom / quoted-string
//
// Atoms are read as permissive dot-atoms, since names often hold dots
// and specials unquoted. An atom that is an encoded-word is decoded,
// and encoded-words in a row are joined without the space between
// them, as RFC 2047 section 6.2 says. The phrase ends at the first
// thing that is not a word, but it must have one.
func (p *parser) phrase() (string, error) {
	var words []string
	var err error
	prevEncoded := false
	for {
		p.skipSpace()
		if p.empty() {
			break
		}
		var word string
		encoded := false
		if p.s[0] == '"' {
			word, err = p.quotedString()
		} else if word, err = p.atom(true, true); err == nil {
			word, encoded, err = p.decodeWord(word)
		}
		if err != nil {
			break
		}
		if prevEncoded && encoded {
			words[len(words)-1] += word
		} else {
			words = append(words, word)
		}
		prevEncoded = encoded
	}
	if err != nil && len(words) == 0 {
		return "", fmt.Errorf("mail: missing word in phrase: %v", err)
	}
	return strings.Join(words, " "), nil
}

// quoted-string = DQUOTE *([FWS] qcontent) [FWS] DQUOTE
// qcontent      = qtext / quoted-pair
// quoted-pair   = "\" (VCHAR / WSP)
//
// The string's content is returned, without quotes or escapes. Folding
// white space is taken as blanks only: a CR LF ends the string in error.
func (p *parser) quotedString() (string, error) {
	var content []rune
	escaped := false
	for i := 1; ; {
		r, size := utf8.DecodeRuneInString(p.s[i:])
		switch {
		case size == 0:
			return "", errors.New("mail: unclosed quoted-string")
		case r == utf8.RuneError && size == 1:
			return "", fmt.Errorf("mail: invalid utf-8 in quoted-string: %q", p.s)
		case escaped && (isVchar(r) || isWSP(r)), !escaped && (isQtext(r) || isWSP(r)):
			content = append(content, r)
			escaped = false
		case escaped:
			return "", fmt.Errorf("mail: bad character in quoted-string: %q", r)
		case r == '"':
			p.s = p.s[i+1:]
			return string(content), nil
		case r == '\\':
			escaped = true
		default:
			return "", fmt.Errorf("mail: bad character in quoted-string: %q", r)
		}
		i += size
	}
}

// atom     = 1*atext
// dot-atom = 1*atext *("." 1*atext)
//
// atom reads a dot-atom if dot is true. If permissive is true, it
// accepts the specials isAtext allows then, and dots anywhere: at the
// ends of the atom or doubled (names such as "J.R.R. Tolkien" are common).
func (p *parser) atom(dot, permissive bool) (string, error) {
	i := 0
	for i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[i:])
		if r == utf8.RuneError && size == 1 {
			return "", fmt.Errorf("mail: invalid utf-8 in address: %q", p.s)
		}
		if !isAtext(r, dot, permissive) {
			break
		}
		i += size
	}
	if i == 0 {
		return "", errors.New("mail: invalid string")
	}
	atom := p.s[:i]
	p.s = p.s[i:]
	if !permissive {
		switch {
		case strings.HasPrefix(atom, "."):
			return "", errors.New("mail: leading dot in atom")
		case strings.Contains(atom, ".."):
			return "", errors.New("mail: double dot in atom")
		case strings.HasSuffix(atom, "."):
			return "", errors.New("mail: trailing dot in atom")
		}
	}
	return atom, nil
}

// displayNameComment reads the comment after an addr-spec as a name: its
// blank-separated words, each decoded if it is an encoded-word, joined
// by single spaces.
func (p *parser) displayNameComment() (string, error) {
	p.consume('(')
	text, ok := p.comment()
	if !ok {
		return "", errors.New("mail: misformatted parenthetical comment")
	}
	words := strings.FieldsFunc(text, func(r rune) bool { return isWSP(r) })
	for i, w := range words {
		decoded, encoded, err := p.decodeWord(w)
		if err != nil {
			return "", err
		}
		if encoded {
			words[i] = decoded
		}
	}
	return strings.Join(words, " "), nil
}

// comment = "(" *([FWS] ccontent) [FWS] ")"
// ccontent = ctext / quoted-pair / comment
//
// The "(" is already consumed. comment returns the text up to the ")"
// that closes it (nested comments included, backslashes removed) and
// whether there is one.
func (p *parser) comment() (string, bool) {
	var text strings.Builder
	depth := 1
	for !p.empty() {
		c := p.s[0]
		switch {
		case c == '\\' && len(p.s) > 1:
			p.s = p.s[1:]
			c = p.s[0]
		case c == '(':
			depth++
		case c == ')':
			depth--
		}
		p.s = p.s[1:]
		if depth == 0 {
			return text.String(), true
		}
		text.WriteByte(c)
	}
	return text.String(), false
}

// CFWS = (1*([FWS] comment) [FWS]) / FWS
//
// skipCFWS reports false for a comment that is not closed.
func (p *parser) skipCFWS() bool {
	p.skipSpace()
	for p.consume('(') {
		if _, ok := p.comment(); !ok {
			return false
		}
		p.skipSpace()
	}
	return true
}

// skipSpace skips blanks: spaces and tabs.
func (p *parser) skipSpace() {
	p.s = strings.TrimLeft(p.s, " \t")
}

// consume consumes the byte c if the input starts with it.
func (p *parser) consume(c byte) bool {
	if p.empty() || p.s[0] != c {
		return false
	}
	p.s = p.s[1:]
	return true
}

func (p *parser) empty() bool { return len(p.s) == 0 }

// decodeWord decodes s if it is an RFC 2047 encoded-word. A word that is
// not one is returned as it is, but an encoded-word in a character set
// that the decoder cannot read is an error (the word is returned too).
func (p *parser) decodeWord(s string) (word string, encoded bool, err error) {
	dec := mime.WordDecoder{}
	if p.dec != nil {
		dec = *p.dec
	}
	// The decoder's errors do not tell an unknown character set from a
	// malformed word, so its CharsetReader is wrapped to notice the first.
	userReader := dec.CharsetReader
	charsetFailed := false
	dec.CharsetReader = func(charset string, input io.Reader) (io.Reader, error) {
		if userReader == nil {
			charsetFailed = true
			return nil, charsetError(charset)
		}
		r, err := userReader(charset, input)
		if err != nil {
			charsetFailed = true
		}
		return r, err
	}
	word, err = dec.Decode(s)
	switch {
	case err == nil:
		return word, true, nil
	case charsetFailed:
		return s, true, err
	}
	return s, false, nil
}

// A charsetError names a character set that no CharsetReader can read.
type charsetError string

func (e charsetError) Error() string {
	return fmt.Sprintf("charset not supported: %q", string(e))
}
