// This file implements the Decoder's lexer: RawToken's reading of the
// input, one byte at a time, into tokens, after the XML 1.0
// specification (https://www.w3.org/TR/xml/): elements and their
// attributes, character data with entity and character references,
// CDATA sections, comments, processing instructions and directives.
// The first error is kept in d.err and returned from then on.

package xml

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rawToken reads the next token, dispatching on its first bytes.
func (d *Decoder) rawToken() (Token, error) {
	if d.t != nil {
		return d.t.Token()
	}
	if d.err != nil {
		return nil, d.err
	}
	if d.needClose {
		d.needClose = false
		return EndElement{d.toClose}, nil
	}
	b, ok := d.getc()
	if !ok {
		return nil, d.err
	}
	if b != '<' {
		d.ungetc(b)
		return d.charData(d.text(-1, false))
	}
	if b, ok = d.mustgetc(); !ok {
		return nil, d.err
	}
	switch b {
	case '/':
		return d.endElement()
	case '?':
		return d.procInst()
	case '!':
		return d.bang()
	}
	d.ungetc(b)
	return d.startElement()
}

// charData makes a token of text, or returns the error text met.
func (d *Decoder) charData(data []byte) (Token, error) {
	if data == nil {
		return nil, d.err
	}
	return CharData(data), nil
}

// endElement reads the rest of </name>.
func (d *Decoder) endElement() (Token, error) {
	name, ok := d.nsname()
	if !ok {
		return nil, d.errorIfNone("expected element name after </")
	}
	d.space()
	b, ok := d.mustgetc()
	if !ok {
		return nil, d.err
	}
	if b != '>' {
		d.err = d.syntaxError("invalid characters between </" + name.Local + " and >")
		return nil, d.err
	}
	return EndElement{name}, nil
}

// errorIfNone sets d.err to a syntax error unless an error is already
// there, and returns d.err.
func (d *Decoder) errorIfNone(msg string) error {
	if d.err == nil {
		d.err = d.syntaxError(msg)
	}
	return d.err
}

// procInst reads the rest of <?target inst?>. The <?xml ...?>
// declaration is checked: version 1.0 only, and a charset other than
// UTF-8 switches the input to CharsetReader's conversion.
func (d *Decoder) procInst() (Token, error) {
	target, ok := d.name()
	if !ok {
		return nil, d.errorIfNone("expected target name after <?")
	}
	d.space()
	data, ok := d.readUntil("?>")
	if !ok {
		return nil, d.err
	}
	if target == "xml" {
		if err := d.xmlDeclaration(string(data)); err != nil {
			d.err = err
			return nil, err
		}
	}
	return ProcInst{target, data}, nil
}

// readUntil reads the bytes up to the marker, and the marker, returning
// those before it.
func (d *Decoder) readUntil(marker string) ([]byte, bool) {
	d.buf.Reset()
	for !bytes.HasSuffix(d.buf.Bytes(), []byte(marker)) {
		b, ok := d.mustgetc()
		if !ok {
			return nil, false
		}
		d.buf.WriteByte(b)
	}
	data := d.buf.Bytes()
	return data[:len(data)-len(marker)], true
}

func (d *Decoder) xmlDeclaration(content string) error {
	if ver := procInst("version", content); ver != "" && ver != "1.0" {
		return fmt.Errorf("xml: unsupported version %q; only version 1.0 is supported", ver)
	}
	enc := procInst("encoding", content)
	if enc == "" || strings.EqualFold(enc, "utf-8") {
		return nil
	}
	if d.CharsetReader == nil {
		return fmt.Errorf("xml: encoding %q declared but Decoder.CharsetReader is nil", enc)
	}
	r, err := d.CharsetReader(enc, d.r.(io.Reader))
	if err != nil {
		return fmt.Errorf("xml: opening charset %q: %v", enc, err)
	}
	if r == nil {
		panic("CharsetReader returned a nil Reader for charset " + enc)
	}
	d.switchToReader(r)
	return nil
}

// procInst returns the value of param in a processing instruction's
// pseudo-attributes (version="1.0"), or "" if it is absent or unquoted.
func procInst(param, s string) string {
	_, v, _ := strings.Cut(s, param+"=")
	if v == "" || v[0] != '\'' && v[0] != '"' {
		return ""
	}
	value, _, ok := strings.Cut(v[1:], v[:1])
	if !ok {
		return ""
	}
	return value
}

// bang reads what follows <!: a comment, a CDATA section or a directive.
func (d *Decoder) bang() (Token, error) {
	b, ok := d.mustgetc()
	if !ok {
		return nil, d.err
	}
	switch b {
	case '-':
		return d.comment()
	case '[':
		return d.cdata()
	}
	return d.directive(b)
}

// comment reads the rest of <!--comment-->, where "--" must end it.
func (d *Decoder) comment() (Token, error) {
	b, ok := d.mustgetc()
	if !ok {
		return nil, d.err
	}
	if b != '-' {
		d.err = d.syntaxError("invalid sequence <!- not part of <!--")
		return nil, d.err
	}
	d.buf.Reset()
	var b0, b1 byte
	for {
		if b, ok = d.mustgetc(); !ok {
			return nil, d.err
		}
		d.buf.WriteByte(b)
		if b0 == '-' && b1 == '-' {
			if b != '>' {
				d.err = d.syntaxError(`invalid sequence "--" not allowed in comments`)
				return nil, d.err
			}
			break
		}
		b0, b1 = b1, b
	}
	data := d.buf.Bytes()
	return Comment(data[:len(data)-3]), nil
}

// cdata reads the rest of <![CDATA[text]]>.
func (d *Decoder) cdata() (Token, error) {
	for i := 0; i < len("CDATA["); i++ {
		b, ok := d.mustgetc()
		if !ok {
			return nil, d.err
		}
		if b != "CDATA["[i] {
			d.err = d.syntaxError("invalid <![ sequence")
			return nil, d.err
		}
	}
	return d.charData(d.text(-1, true))
}

// directive reads the rest of <!text>, starting at its first byte b.
// Quoted strings and nested <...> (a DOCTYPE's internal subset) are kept;
// comments inside are replaced by a space.
func (d *Decoder) directive(b byte) (Token, error) {
	d.buf.Reset()
	d.buf.WriteByte(b)
	var quote byte
	depth := 0
	reread := false // b is a byte to handle again
	for {
		if !reread {
			var ok bool
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if quote == 0 && b == '>' && depth == 0 {
				break
			}
		}
		reread = false
		d.buf.WriteByte(b)
		switch {
		case b == quote:
			quote = 0
		case quote != 0:
		case b == '\'' || b == '"':
			quote = b
		case b == '>':
			depth--
		case b == '<':
			matched, next, ok := d.matchPrefix("!--")
			if !ok {
				return nil, d.err
			}
			if matched < 3 {
				// Not a comment: a nested declaration.
				d.buf.WriteString("!--"[:matched])
				depth++
				b, reread = next, true
				continue
			}
			d.buf.Truncate(d.buf.Len() - 1)
			if !d.skipComment() {
				return nil, d.err
			}
			d.buf.WriteByte(' ')
		}
	}
	return Directive(d.buf.Bytes()), nil
}

// matchPrefix reads bytes while they match s, returning how many did
// and, if not all, the first byte that did not.
func (d *Decoder) matchPrefix(s string) (int, byte, bool) {
	for i := 0; i < len(s); i++ {
		b, ok := d.mustgetc()
		if !ok {
			return i, 0, false
		}
		if b != s[i] {
			return i, b, true
		}
	}
	return len(s), 0, true
}

// skipComment reads up to and including the --> ending a comment.
func (d *Decoder) skipComment() bool {
	var b0, b1 byte
	for {
		b, ok := d.mustgetc()
		if !ok {
			return false
		}
		if b0 == '-' && b1 == '-' && b == '>' {
			return true
		}
		b0, b1 = b1, b
	}
}

// startElement reads <name attr="value"...> or its empty form <name/>,
// which is followed by its end element at the next call.
func (d *Decoder) startElement() (Token, error) {
	name, ok := d.nsname()
	if !ok {
		return nil, d.errorIfNone("expected element name after <")
	}
	attr := []Attr{}
	for {
		d.space()
		b, ok := d.mustgetc()
		if !ok {
			return nil, d.err
		}
		if b == '/' {
			if b, ok = d.mustgetc(); !ok {
				return nil, d.err
			}
			if b != '>' {
				d.err = d.syntaxError("expected /> in element")
				return nil, d.err
			}
			d.needClose = true
			d.toClose = name
			break
		}
		if b == '>' {
			break
		}
		d.ungetc(b)
		a, ok := d.attribute()
		if !ok {
			return nil, d.err
		}
		attr = append(attr, a)
	}
	return StartElement{name, attr}, nil
}

// attribute reads name="value"; non-strict mode takes a bare name as
// name="name".
func (d *Decoder) attribute() (Attr, bool) {
	var a Attr
	var ok bool
	if a.Name, ok = d.nsname(); !ok {
		d.errorIfNone("expected attribute name in element")
		return a, false
	}
	d.space()
	b, ok := d.mustgetc()
	if !ok {
		return a, false
	}
	if b != '=' {
		if d.Strict {
			d.err = d.syntaxError("attribute name without = in element")
			return a, false
		}
		d.ungetc(b)
		a.Value = a.Name.Local
		return a, true
	}
	d.space()
	data := d.attrval()
	if data == nil {
		return a, false
	}
	a.Value = string(data)
	return a, true
}

// attrval reads a quoted attribute value; non-strict mode also takes an
// unquoted run of name characters.
func (d *Decoder) attrval() []byte {
	b, ok := d.mustgetc()
	if !ok {
		return nil
	}
	if b == '"' || b == '\'' {
		return d.text(int(b), false)
	}
	if d.Strict {
		d.err = d.syntaxError("unquoted or missing attribute value in element")
		return nil
	}
	d.ungetc(b)
	d.buf.Reset()
	for {
		b, ok = d.mustgetc()
		if !ok {
			return nil
		}
		if !isUnquotedValueByte(b) {
			d.ungetc(b)
			return d.buf.Bytes()
		}
		d.buf.WriteByte(b)
	}
}

func isUnquotedValueByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' ||
		b == '_' || b == ':' || b == '-'
}

// space skips white space.
func (d *Decoder) space() {
	for {
		b, ok := d.getc()
		if !ok {
			return
		}
		if b != ' ' && b != '\r' && b != '\n' && b != '\t' {
			d.ungetc(b)
			return
		}
	}
}

// getc reads one byte, counting lines and the offset; at the end of the
// input (or on an error) it returns false, keeping the error in d.err.
func (d *Decoder) getc() (b byte, ok bool) {
	if d.err != nil {
		return 0, false
	}
	if d.nextByte >= 0 {
		b = byte(d.nextByte)
		d.nextByte = -1
	} else {
		if b, d.err = d.r.ReadByte(); d.err != nil {
			return 0, false
		}
		if d.saved != nil {
			d.saved.WriteByte(b)
		}
	}
	if b == '\n' {
		d.line++
		d.linestart = d.offset + 1
	}
	d.offset++
	return b, true
}

// mustgetc is getc where the end of the input is a syntax error.
func (d *Decoder) mustgetc() (b byte, ok bool) {
	if b, ok = d.getc(); !ok && d.err == io.EOF {
		d.err = d.syntaxError("unexpected EOF")
	}
	return b, ok
}

// ungetc puts back the byte getc returned last.
func (d *Decoder) ungetc(b byte) {
	if b == '\n' {
		d.line--
	}
	d.nextByte = int(b)
	d.offset--
}

// savedOffset is the length of the saved raw input, less a byte put back.
func (d *Decoder) savedOffset() int {
	n := d.saved.Len()
	if d.nextByte >= 0 {
		n--
	}
	return n
}

// The five entities XML predefines.
var entity = map[string]string{
	"lt":   "<",
	"gt":   ">",
	"amp":  "&",
	"apos": "'",
	"quot": `"`,
}

// text reads character data up to the next < (quote < 0), up to the
// closing quote of an attribute value (quote is ' or "), or up to ]]>
// in a CDATA section, replacing references and normalizing line ends
// (\r\n and \r become \n). It returns nil on an error.
func (d *Decoder) text(quote int, cdata bool) []byte {
	var b0, b1 byte
	trunc := 0
	d.buf.Reset()
	for {
		b, ok := d.getc()
		if !ok {
			if cdata {
				if d.err == io.EOF {
					d.err = d.syntaxError("unexpected EOF in CDATA section")
				}
				return nil
			}
			break
		}
		if b0 == ']' && b1 == ']' && b == '>' {
			if !cdata {
				d.err = d.syntaxError("unescaped ]]> not in CDATA section")
				return nil
			}
			trunc = 2
			break
		}
		if b == '<' && !cdata {
			if quote >= 0 {
				d.err = d.syntaxError("unescaped < inside quoted string")
				return nil
			}
			d.ungetc('<')
			break
		}
		if quote >= 0 && b == byte(quote) {
			break
		}
		if b == '&' && !cdata {
			if !d.reference() {
				return nil
			}
			b0, b1 = 0, 0
			continue
		}
		switch {
		case b == '\r':
			d.buf.WriteByte('\n')
		case b1 == '\r' && b == '\n':
		default:
			d.buf.WriteByte(b)
		}
		b0, b1 = b1, b
	}
	data := d.buf.Bytes()
	data = data[:len(data)-trunc]
	if !d.checkCharacters(data) {
		return nil
	}
	return data
}

// reference reads the rest of &name; or &#nnn; or &#xhh; after the &,
// appending its replacement to d.buf. An unknown or malformed reference
// is an error in strict mode and kept as written otherwise.
func (d *Decoder) reference() bool {
	before := d.buf.Len()
	d.buf.WriteByte('&')
	b, ok := d.mustgetc()
	if !ok {
		return false
	}
	var text string
	var known bool
	if b == '#' {
		d.buf.WriteByte(b)
		text, known, ok = d.charRef()
	} else {
		d.ungetc(b)
		text, known, ok = d.entityRef(before)
	}
	if !ok {
		return false
	}
	if known {
		d.buf.Truncate(before)
		d.buf.WriteString(text)
		return true
	}
	if !d.Strict {
		return true
	}
	ent := string(d.buf.Bytes()[before:])
	if ent[len(ent)-1] != ';' {
		ent += " (no semicolon)"
	}
	d.err = d.syntaxError("invalid character entity " + ent)
	return false
}

// charRef reads the digits of a character reference and its ;.
func (d *Decoder) charRef() (text string, known, ok bool) {
	b, ok := d.mustgetc()
	if !ok {
		return "", false, false
	}
	base := 10
	if b == 'x' {
		base = 16
		d.buf.WriteByte(b)
		if b, ok = d.mustgetc(); !ok {
			return "", false, false
		}
	}
	start := d.buf.Len()
	for '0' <= b && b <= '9' || base == 16 && ('a' <= b && b <= 'f' || 'A' <= b && b <= 'F') {
		d.buf.WriteByte(b)
		if b, ok = d.mustgetc(); !ok {
			return "", false, false
		}
	}
	if b != ';' {
		d.ungetc(b)
		return "", false, true
	}
	digits := string(d.buf.Bytes()[start:])
	d.buf.WriteByte(';')
	n, err := strconv.ParseUint(digits, base, 64)
	if err != nil || n > unicode.MaxRune {
		return "", false, true
	}
	return string(rune(n)), true, true
}

// entityRef reads an entity's name and its ;, looking the name up among
// XML's entities, then d.Entity.
func (d *Decoder) entityRef(before int) (text string, known, ok bool) {
	if !d.readName() && d.err != nil {
		return "", false, false
	}
	b, ok := d.mustgetc()
	if !ok {
		return "", false, false
	}
	if b != ';' {
		d.ungetc(b)
		return "", false, true
	}
	name := d.buf.Bytes()[before+1:]
	d.buf.WriteByte(';')
	if !isName(name) {
		return "", false, true
	}
	if text, known = entity[string(name)]; !known && d.Entity != nil {
		text, known = d.Entity[string(name)]
	}
	return text, known, true
}

// checkCharacters checks that text is UTF-8 made of XML's characters.
func (d *Decoder) checkCharacters(text []byte) bool {
	for len(text) > 0 {
		r, size := utf8.DecodeRune(text)
		if r == utf8.RuneError && size == 1 {
			d.err = d.syntaxError("invalid UTF-8")
			return false
		}
		text = text[size:]
		if !isInCharacterRange(r) {
			d.err = d.syntaxError(fmt.Sprintf("illegal character code %U", r))
			return false
		}
	}
	return true
}

// isInCharacterRange reports whether r is a Char of the XML
// specification (section 2.2).
func isInCharacterRange(r rune) (inrange bool) {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// nsname reads a name and splits it at its colon into a prefix (Space)
// and a local name; a name with no, or more than one, colon, or with an
// empty side, is all Local.
func (d *Decoder) nsname() (name Name, ok bool) {
	s, ok := d.name()
	if !ok {
		return name, false
	}
	space, local, found := strings.Cut(s, ":")
	if strings.Count(s, ":") > 1 || !found || space == "" || local == "" {
		name.Local = s
	} else {
		name.Space, name.Local = space, local
	}
	return name, true
}

// name reads an XML name. It returns false without setting d.err when
// no name starts here, so that the caller can say what it expected.
func (d *Decoder) name() (s string, ok bool) {
	d.buf.Reset()
	if !d.readName() {
		return "", false
	}
	b := d.buf.Bytes()
	if !isName(b) {
		d.err = d.syntaxError("invalid XML name: " + string(b))
		return "", false
	}
	return string(b), true
}

// readName appends to d.buf the bytes that can make a name: ASCII name
// characters and any non-ASCII byte (isName checks those later).
func (d *Decoder) readName() bool {
	n := 0
	for {
		b, ok := d.mustgetc()
		if !ok {
			return false
		}
		if b < utf8.RuneSelf && !isNameByte(b) {
			d.ungetc(b)
			return n > 0
		}
		d.buf.WriteByte(b)
		n++
	}
}

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

func isName(s []byte) bool {
	return isNameString(string(s))
}

// isNameString reports whether s is a Name of the XML specification:
// a name-start character, then name characters.
func isNameString(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return false
		}
		if !isNameStart(r) && (i == 0 || !isNameChar(r)) {
			return false
		}
	}
	return true
}

// isNameStart reports whether r may begin a name. Appendix B of the XML
// 1.0 specification defines the letters by Unicode category: Ll, Lu,
// Lo, Lt and Nl, with _ and : besides.
func isNameStart(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || r == '_' || r == ':'
	}
	return unicode.In(r, unicode.Ll, unicode.Lu, unicode.Lo, unicode.Lt, unicode.Nl)
}

// isNameChar reports whether r may continue a name: besides letters,
// the categories Mc, Me, Mn, Lm and Nd, and . - and the middle dot.
func isNameChar(r rune) bool {
	if r < utf8.RuneSelf {
		return isNameByte(byte(r))
	}
	return r == 0xB7 || unicode.In(r, unicode.Mc, unicode.Me, unicode.Mn, unicode.Lm, unicode.Nd)
}
