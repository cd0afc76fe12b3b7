// Package xml implements a simple XML 1.0 parser that understands XML
// name spaces, with Go 1.19's encoding/xml API and behaviour: a
// tokenizer (Decoder.Token, RawToken), an Encoder of tokens, and
// Marshal/Unmarshal mapping Go values to elements through struct tags.
//
// This file holds the token types and the Decoder's name-space and
// element bookkeeping; lex.go reads the bytes into tokens.
package xml

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
)

// A SyntaxError represents a syntax error in the XML input stream.
type SyntaxError struct {
	Msg  string
	Line int
}

func (e *SyntaxError) Error() string {
	return "XML syntax error on line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

// A Name represents an XML name (Local) annotated with a name space
// identifier (Space). In tokens returned by Decoder.Token, Space is the
// canonical URL of the name space, not the short prefix of the input.
type Name struct {
	Space, Local string
}

// An Attr represents an attribute in an XML element (Name=Value).
type Attr struct {
	Name  Name
	Value string
}

// A Token is an interface holding one of the token types:
// StartElement, EndElement, CharData, Comment, ProcInst, or Directive.
type Token any

// A StartElement represents an XML start element.
type StartElement struct {
	Name Name
	Attr []Attr
}

// Copy creates a new copy of StartElement.
func (e StartElement) Copy() StartElement {
	e.Attr = append(make([]Attr, 0, len(e.Attr)), e.Attr...)
	return e
}

// End returns the corresponding XML end element.
func (e StartElement) End() EndElement {
	return EndElement{e.Name}
}

// An EndElement represents an XML end element.
type EndElement struct {
	Name Name
}

// A CharData represents XML character data (raw text), in which XML
// escape sequences have been replaced by the characters they represent.
type CharData []byte

// Copy creates a new copy of CharData.
func (c CharData) Copy() CharData { return CharData(cloneBytes(c)) }

// A Comment represents an XML comment of the form <!--comment-->.
// The bytes do not include the <!-- and --> comment markers.
type Comment []byte

// Copy creates a new copy of Comment.
func (c Comment) Copy() Comment { return Comment(cloneBytes(c)) }

// A ProcInst represents an XML processing instruction of the form <?target inst?>
type ProcInst struct {
	Target string
	Inst   []byte
}

// Copy creates a new copy of ProcInst.
func (p ProcInst) Copy() ProcInst {
	p.Inst = cloneBytes(p.Inst)
	return p
}

// A Directive represents an XML directive of the form <!text>.
// The bytes do not include the <! and > markers.
type Directive []byte

// Copy creates a new copy of Directive.
func (d Directive) Copy() Directive { return Directive(cloneBytes(d)) }

// cloneBytes returns a copy of b that is never nil (a token's bytes
// alias the Decoder's buffer until copied).
func cloneBytes(b []byte) []byte {
	return append(make([]byte, 0, len(b)), b...)
}

// CopyToken returns a copy of a Token.
func CopyToken(t Token) Token {
	switch v := t.(type) {
	case CharData:
		return v.Copy()
	case Comment:
		return v.Copy()
	case Directive:
		return v.Copy()
	case ProcInst:
		return v.Copy()
	case StartElement:
		return v.Copy()
	}
	return t
}

// A TokenReader is anything that can decode a stream of XML tokens,
// including a Decoder.
type TokenReader interface {
	Token() (Token, error)
}

// The kinds of entry on the Decoder's scope stack.
const (
	scopeElement = iota // an open element
	scopeNS             // a name-space binding made by that element's attributes
	scopeEOF            // the end of an element handed to an UnmarshalXML method
)

// A scope is one entry of the Decoder's stack: an open element, or the
// binding of a name-space prefix it shadows (prevURL, or none if !hadPrev),
// to restore when the element ends.
type scope struct {
	kind    int
	name    Name
	prefix  string
	prevURL string
	hadPrev bool
}

// A Decoder represents an XML parser reading a particular input stream.
// The parser assumes that its input is encoded in UTF-8.
type Decoder struct {
	// Strict defaults to true, enforcing the requirements of the XML
	// specification. If false, the parser allows input with common
	// mistakes: unknown or malformed entities, unquoted or missing
	// attribute values, mismatched end elements (see AutoClose).
	Strict bool

	// When Strict == false, AutoClose names elements to close
	// immediately after they are opened, as though a matching end
	// element followed.
	AutoClose []string

	// Entity maps non-standard entity names to their replacements.
	Entity map[string]string

	// CharsetReader, if non-nil, returns a reader converting the named
	// non-UTF-8 charset to UTF-8.
	CharsetReader func(charset string, input io.Reader) (io.Reader, error)

	// DefaultSpace sets the default name space used for unadorned tags,
	// as if the entire XML stream were wrapped in an element with
	// xmlns="DefaultSpace".
	DefaultSpace string

	r         io.ByteReader
	t         TokenReader // set by NewTokenDecoder: tokens come from it
	buf       bytes.Buffer
	saved     *bytes.Buffer // the raw input, kept while an innerxml field reads
	scopes    []scope
	needClose bool // an empty element <x/> owes its end element toClose
	toClose   Name
	nextToken Token // a token held back by AutoClose
	nextByte  int   // a byte put back by ungetc, or -1
	ns        map[string]string
	err       error
	line      int
	linestart int64 // the offset of the current line's first byte
	offset    int64
	// unmarshalDepth counts UnmarshalXML methods running: RawToken is
	// refused inside them.
	unmarshalDepth int
}

// NewDecoder creates a new XML parser reading from r. If r does not
// implement io.ByteReader, NewDecoder will do its own buffering.
func NewDecoder(r io.Reader) *Decoder {
	d := newDecoder()
	d.switchToReader(r)
	return d
}

// NewTokenDecoder creates a new XML parser using an underlying token
// stream.
func NewTokenDecoder(t TokenReader) *Decoder {
	if d, ok := t.(*Decoder); ok {
		return d
	}
	d := newDecoder()
	d.t = t
	return d
}

func newDecoder() *Decoder {
	return &Decoder{ns: make(map[string]string), nextByte: -1, line: 1, Strict: true}
}

func (d *Decoder) switchToReader(r io.Reader) {
	if rb, ok := r.(io.ByteReader); ok {
		d.r = rb
	} else {
		d.r = bufio.NewReader(r)
	}
}

// Token returns the next XML token in the input stream. At the end of
// the input stream, Token returns nil, io.EOF.
//
// Token checks that start and end elements match and translates name
// space prefixes to their URLs. Slices of bytes in the returned token
// refer to the parser's internal buffer and remain valid only until
// the next call to Token; use CopyToken to keep them.
func (d *Decoder) Token() (Token, error) {
	if d.atScopeEOF() {
		return nil, io.EOF
	}
	t := d.nextToken
	d.nextToken = nil
	if t == nil {
		var err error
		if t, err = d.rawToken(); t == nil && err != nil {
			if err == io.EOF && len(d.scopes) > 0 {
				err = d.syntaxError("unexpected EOF")
			}
			return nil, err
		}
	}
	if !d.Strict {
		if end, ok := d.autoClose(t); ok {
			d.nextToken = t
			t = end
		}
	}
	switch t1 := t.(type) {
	case StartElement:
		d.bindNamespaces(t1.Attr)
		d.translate(&t1.Name, true)
		for i := range t1.Attr {
			d.translate(&t1.Attr[i].Name, false)
		}
		d.scopes = append(d.scopes, scope{kind: scopeElement, name: t1.Name})
		t = t1
	case EndElement:
		d.translate(&t1.Name, true)
		if !d.popElement(&t1) {
			return nil, d.err
		}
		t = t1
	}
	return t, nil
}

const (
	xmlURL      = "http://www.w3.org/XML/1998/namespace"
	xmlnsPrefix = "xmlns"
	xmlPrefix   = "xml"
)

// bindNamespaces records the xmlns and xmlns:prefix attributes of a
// start element, remembering the bindings they shadow.
func (d *Decoder) bindNamespaces(attrs []Attr) {
	for _, a := range attrs {
		switch {
		case a.Name.Space == xmlnsPrefix:
			d.bindNamespace(a.Name.Local, a.Value)
		case a.Name.Space == "" && a.Name.Local == xmlnsPrefix:
			d.bindNamespace("", a.Value)
		}
	}
}

func (d *Decoder) bindNamespace(prefix, url string) {
	prev, ok := d.ns[prefix]
	d.scopes = append(d.scopes, scope{kind: scopeNS, prefix: prefix, prevURL: prev, hadPrev: ok})
	d.ns[prefix] = url
}

// translate replaces a name's prefix by its name-space URL. Attributes
// without a prefix stay in no name space; xmlns attributes keep theirs.
func (d *Decoder) translate(n *Name, isElementName bool) {
	switch {
	case n.Space == xmlnsPrefix:
		return
	case n.Space == "" && !isElementName:
		return
	case n.Space == xmlPrefix:
		n.Space = xmlURL
	case n.Space == "" && n.Local == xmlnsPrefix:
		return
	}
	if v, ok := d.ns[n.Space]; ok {
		n.Space = v
	} else if n.Space == "" {
		n.Space = d.DefaultSpace
	}
}

// atScopeEOF reports whether the element handed to an UnmarshalXML
// method has ended: the method sees the end of its input there.
func (d *Decoder) atScopeEOF() bool {
	return len(d.scopes) > 0 && d.scopes[len(d.scopes)-1].kind == scopeEOF
}

// pushEOF marks the end of the innermost open element, below its
// name-space bindings, so that the EOF surfaces once its end is read.
func (d *Decoder) pushEOF() {
	i := len(d.scopes) - 1
	for d.scopes[i].kind != scopeElement {
		i--
	}
	for i > 0 && d.scopes[i-1].kind == scopeNS {
		i--
	}
	d.scopes = append(d.scopes, scope{})
	copy(d.scopes[i+1:], d.scopes[i:])
	d.scopes[i] = scope{kind: scopeEOF}
}

// popEOF removes the mark pushEOF made, reporting whether the element
// was read to its end.
func (d *Decoder) popEOF() bool {
	if !d.atScopeEOF() {
		return false
	}
	d.scopes = d.scopes[:len(d.scopes)-1]
	return true
}

func (d *Decoder) syntaxError(msg string) error {
	return &SyntaxError{Msg: msg, Line: d.line}
}

// popElement checks that an end element closes the innermost open
// element, then restores the name-space bindings that element made.
// In non-strict mode a mismatched end element closes the open element
// first, and is returned again afterwards.
func (d *Decoder) popElement(t *EndElement) bool {
	name := t.Name
	n := len(d.scopes)
	if n == 0 || d.scopes[n-1].kind != scopeElement {
		d.err = d.syntaxError("unexpected end element </" + name.Local + ">")
		return false
	}
	open := d.scopes[n-1].name
	d.scopes = d.scopes[:n-1]
	switch {
	case open.Local != name.Local:
		if !d.Strict {
			d.needClose = true
			d.toClose = t.Name
			t.Name = open
			return true
		}
		d.err = d.syntaxError("element <" + open.Local + "> closed by </" + name.Local + ">")
		return false
	case open.Space != name.Space:
		d.err = d.syntaxError("element <" + open.Local + "> in space " + open.Space +
			" closed by </" + name.Local + "> in space " + name.Space)
		return false
	}
	for n = len(d.scopes); n > 0 && d.scopes[n-1].kind == scopeNS; n-- {
		s := d.scopes[n-1]
		if s.hadPrev {
			d.ns[s.prefix] = s.prevURL
		} else {
			delete(d.ns, s.prefix)
		}
	}
	d.scopes = d.scopes[:n]
	return true
}

// autoClose returns the end element that non-strict mode inserts when
// the open element is one of AutoClose and t does not end it.
func (d *Decoder) autoClose(t Token) (Token, bool) {
	n := len(d.scopes)
	if n == 0 || d.scopes[n-1].kind != scopeElement {
		return nil, false
	}
	open := d.scopes[n-1].name
	for _, s := range d.AutoClose {
		if strings.EqualFold(s, open.Local) {
			end, ok := t.(EndElement)
			if !ok || !strings.EqualFold(end.Name.Local, open.Local) {
				return EndElement{open}, true
			}
			break
		}
	}
	return nil, false
}

var errRawToken = errors.New("xml: cannot use RawToken from UnmarshalXML method")

// RawToken is like Token but does not verify that start and end
// elements match and does not translate name space prefixes to their
// corresponding URLs.
func (d *Decoder) RawToken() (Token, error) {
	if d.unmarshalDepth > 0 {
		return nil, errRawToken
	}
	return d.rawToken()
}

// InputOffset returns the input stream byte offset of the current
// decoder position: where the most recently returned token ends and the
// next one begins.
func (d *Decoder) InputOffset() int64 {
	return d.offset
}

// InputPos returns the line of the current decoder position and the
// 1-based column in bytes.
func (d *Decoder) InputPos() (line, column int) {
	return d.line, int(d.offset-d.linestart) + 1
}
