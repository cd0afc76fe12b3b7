// This file implements the Encoder's token level: EncodeToken writes
// start and end elements (checking that they match), character data,
// comments, processing instructions and directives, indented when
// Indent asks; attributes in a name space get a generated prefix.

package xml

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// An Encoder writes XML data to an output stream.
type Encoder struct {
	p printer
}

// printer is the Encoder's state, writing through a buffer.
type printer struct {
	*bufio.Writer
	encoder    *Encoder
	seq        int // numbers the prefixes made for clashing names
	indent     string
	prefix     string
	depth      int
	indentedIn bool              // the last thing written is a start tag
	putNewline bool              // something was written: the next indent needs a newline
	attrNS     map[string]string // prefix -> name space
	attrPrefix map[string]string // name space -> prefix
	prefixes   []string          // the prefixes each open element made, "" separating elements
	tags       []Name            // the open elements ("" marks a MarshalXML call)
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	e := &Encoder{printer{Writer: bufio.NewWriter(w)}}
	e.p.encoder = e
	return e
}

// Indent sets the encoder to generate XML in which each element begins
// on a new indented line that starts with prefix and is followed by one
// or more copies of indent according to the nesting depth.
func (enc *Encoder) Indent(prefix, indent string) {
	enc.p.prefix = prefix
	enc.p.indent = indent
}

// Flush flushes any buffered XML to the underlying writer.
func (enc *Encoder) Flush() error {
	return enc.p.Flush()
}

// EncodeToken writes the given XML token to the stream. It returns an
// error if StartElement and EndElement tokens are not properly matched.
//
// EncodeToken does not call Flush. A ProcInst with target "xml" must be
// the first token written.
func (enc *Encoder) EncodeToken(t Token) error {
	p := &enc.p
	var err error
	switch t := t.(type) {
	case StartElement:
		err = p.writeStart(&t)
	case EndElement:
		err = p.writeEnd(t.Name)
	case CharData:
		escapeText(p, t, false)
	case Comment:
		err = p.writeComment(t)
	case ProcInst:
		err = p.writeProcInst(t)
	case Directive:
		err = p.writeDirective(t)
	default:
		err = fmt.Errorf("xml: EncodeToken of invalid token type")
	}
	if err != nil {
		return err
	}
	return p.cachedWriteError()
}

func (p *printer) writeComment(c Comment) error {
	if bytes.Contains(c, []byte("-->")) {
		return fmt.Errorf("xml: EncodeToken of Comment containing --> marker")
	}
	p.WriteString("<!--")
	p.Write(c)
	p.WriteString("-->")
	return nil
}

func (p *printer) writeProcInst(t ProcInst) error {
	if t.Target == "xml" && p.Buffered() != 0 {
		return fmt.Errorf("xml: EncodeToken of ProcInst xml target only valid for xml declaration, first token encoded")
	}
	if !isNameString(t.Target) {
		return fmt.Errorf("xml: EncodeToken of ProcInst with invalid Target")
	}
	if bytes.Contains(t.Inst, []byte("?>")) {
		return fmt.Errorf("xml: EncodeToken of ProcInst containing ?> marker")
	}
	p.WriteString("<?")
	p.WriteString(t.Target)
	if len(t.Inst) > 0 {
		p.WriteByte(' ')
		p.Write(t.Inst)
	}
	p.WriteString("?>")
	return nil
}

func (p *printer) writeDirective(d Directive) error {
	if !isValidDirective(d) {
		return fmt.Errorf("xml: EncodeToken of Directive containing wrong < or > markers")
	}
	p.WriteString("<!")
	p.Write(d)
	p.WriteString(">")
	return nil
}

// isValidDirective reports whether dir's < and > balance, outside
// quoted strings and comments.
func isValidDirective(dir Directive) bool {
	depth := 0
	var quote byte
	inComment := false
	for i, c := range dir {
		switch {
		case inComment:
			inComment = !(c == '>' && bytes.HasSuffix(dir[:i+1], []byte("-->")))
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '<':
			if i+len("<!--") < len(dir) && bytes.HasPrefix(dir[i:], []byte("<!--")) {
				inComment = true
			} else {
				depth++
			}
		case c == '>':
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0 && quote == 0 && !inComment
}

// writeStart writes a start tag: its name space as an xmlns attribute,
// then its attributes, declaring the prefixes they need.
func (p *printer) writeStart(start *StartElement) error {
	if start.Name.Local == "" {
		return fmt.Errorf("xml: start tag with no name")
	}
	p.tags = append(p.tags, start.Name)
	p.prefixes = append(p.prefixes, "")
	p.writeIndent(1)
	p.WriteByte('<')
	p.WriteString(start.Name.Local)
	if start.Name.Space != "" {
		p.WriteString(` xmlns="`)
		p.escapeString(start.Name.Space)
		p.WriteByte('"')
	}
	for _, attr := range start.Attr {
		name := attr.Name
		if name.Local == "" {
			continue
		}
		p.WriteByte(' ')
		if name.Space != "" {
			p.WriteString(p.createAttrPrefix(name.Space))
			p.WriteByte(':')
		}
		p.WriteString(name.Local)
		p.WriteString(`="`)
		p.escapeString(attr.Value)
		p.WriteByte('"')
	}
	p.WriteByte('>')
	return nil
}

// writeEnd writes the end tag of the innermost open element.
func (p *printer) writeEnd(name Name) error {
	if name.Local == "" {
		return fmt.Errorf("xml: end tag with no name")
	}
	if len(p.tags) == 0 || p.tags[len(p.tags)-1].Local == "" {
		return fmt.Errorf("xml: end tag </%s> without start tag", name.Local)
	}
	if top := p.tags[len(p.tags)-1]; top != name {
		if top.Local != name.Local {
			return fmt.Errorf("xml: end tag </%s> does not match start tag <%s>", name.Local, top.Local)
		}
		return fmt.Errorf("xml: end tag </%s> in namespace %s does not match start tag <%s> in namespace %s",
			name.Local, name.Space, top.Local, top.Space)
	}
	p.tags = p.tags[:len(p.tags)-1]
	p.writeIndent(-1)
	p.WriteString("</")
	p.WriteString(name.Local)
	p.WriteByte('>')
	p.popPrefixes()
	return nil
}

// createAttrPrefix returns the prefix of an attribute's name space,
// declaring a new one (written as an xmlns:prefix attribute) if needed.
// The prefix is the URL's last path element when that is a name not
// starting with "xml", made unique with a number.
func (p *printer) createAttrPrefix(url string) string {
	if prefix := p.attrPrefix[url]; prefix != "" {
		return prefix
	}
	if url == xmlURL {
		return xmlPrefix
	}
	if p.attrPrefix == nil {
		p.attrPrefix = make(map[string]string)
		p.attrNS = make(map[string]string)
	}
	prefix := strings.TrimRight(url, "/")
	if i := strings.LastIndex(prefix, "/"); i >= 0 {
		prefix = prefix[i+1:]
	}
	if prefix == "" || !isNameString(prefix) || strings.Contains(prefix, ":") {
		prefix = "_"
	}
	if len(prefix) >= 3 && strings.EqualFold(prefix[:3], "xml") {
		prefix = "_" + prefix
	}
	if p.attrNS[prefix] != "" {
		for p.seq++; ; p.seq++ {
			if id := prefix + "_" + strconv.Itoa(p.seq); p.attrNS[id] == "" {
				prefix = id
				break
			}
		}
	}
	p.attrPrefix[url] = prefix
	p.attrNS[prefix] = url
	p.WriteString(`xmlns:`)
	p.WriteString(prefix)
	p.WriteString(`="`)
	EscapeText(p, []byte(url))
	p.WriteString(`" `)
	p.prefixes = append(p.prefixes, prefix)
	return prefix
}

// popPrefixes forgets the prefixes the element just ended declared.
func (p *printer) popPrefixes() {
	for len(p.prefixes) > 0 {
		prefix := p.prefixes[len(p.prefixes)-1]
		p.prefixes = p.prefixes[:len(p.prefixes)-1]
		if prefix == "" {
			break
		}
		delete(p.attrPrefix, p.attrNS[prefix])
		delete(p.attrNS, prefix)
	}
}

// escapeString writes an attribute value, escaped.
func (p *printer) escapeString(s string) {
	escapeText(p, []byte(s), true)
}

// cachedWriteError returns the buffered writer's first write error.
func (p *printer) cachedWriteError() error {
	_, err := p.Write(nil)
	return err
}

// writeIndent starts a new line at the depth of the element that a
// start tag (+1) opens or an end tag (-1) closes; an end tag right after
// its start tag stays on the same line.
func (p *printer) writeIndent(depthDelta int) {
	if len(p.prefix) == 0 && len(p.indent) == 0 {
		return
	}
	if depthDelta < 0 {
		p.depth--
		if p.indentedIn {
			p.indentedIn = false
			return
		}
	}
	if p.putNewline {
		p.WriteByte('\n')
	} else {
		p.putNewline = true
	}
	p.WriteString(p.prefix)
	for i := 0; i < p.depth; i++ {
		p.WriteString(p.indent)
	}
	if depthDelta > 0 {
		p.depth++
		p.indentedIn = true
	}
}
