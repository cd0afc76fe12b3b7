package comment

import (
	"bytes"
	"fmt"
	"strings"
)

// An mdPrinter holds the state of one Markdown call.
type mdPrinter struct {
	*Printer
	headingPrefix string       // "### " for level 3
	raw           bytes.Buffer // the text of a paragraph, before its start is escaped
}

// Markdown returns the Doc as Markdown. The fields of [Printer] control
// the heading level and the URLs of doc links.
func (p *Printer) Markdown(d *Doc) []byte {
	mp := &mdPrinter{
		Printer:       p,
		headingPrefix: strings.Repeat("#", p.headingLevel()) + " ",
	}
	var out bytes.Buffer
	for i, x := range d.Content {
		if i > 0 {
			out.WriteByte('\n')
		}
		mp.block(&out, x)
	}
	return out.Bytes()
}

// block writes block x as Markdown.
func (p *mdPrinter) block(out *bytes.Buffer, x Block) {
	switch x := x.(type) {
	default:
		fmt.Fprintf(out, "?%T", x)
	case *Paragraph:
		p.text(out, x.Text)
		out.WriteString("\n")
	case *Heading:
		out.WriteString(p.headingPrefix)
		p.text(out, x.Text)
		if id := p.headingID(x); id != "" {
			out.WriteString(" {#" + id + "}")
		}
		out.WriteString("\n")
	case *Code:
		writeCode(out, "\t", x.Text, func() { out.WriteString("\n") })
	case *List:
		writeList(out, x, func(text []Text) { p.text(out, text) })
	}
}

// text writes x as one Markdown line. A line that would start a list or
// a heading ("-", "+", "*", "#", or a number followed by "." or ")")
// has that character escaped.
func (p *mdPrinter) text(out *bytes.Buffer, x []Text) {
	p.raw.Reset()
	p.rawText(&p.raw, x)
	line := bytes.TrimSpace(p.raw.Bytes())
	if len(line) == 0 {
		return
	}
	switch c := line[0]; {
	case c == '+' || c == '-' || c == '*' || c == '#':
		out.WriteByte('\\')
	case isDigit(c):
		i := 1
		for i < len(line) && isDigit(line[i]) {
			i++
		}
		if i < len(line) && (line[i] == '.' || line[i] == ')') {
			out.Write(line[:i])
			out.WriteByte('\\')
			line = line[i:]
		}
	}
	out.Write(line)
}

// rawText writes x as Markdown, without minding how the line starts.
func (p *mdPrinter) rawText(out *bytes.Buffer, x []Text) {
	for _, t := range x {
		switch t := t.(type) {
		case Plain:
			mdEscape(out, string(t))
		case Italic:
			out.WriteString("*")
			mdEscape(out, string(t))
			out.WriteString("*")
		case *Link:
			out.WriteString("[")
			p.rawText(out, t.Text)
			out.WriteString("](" + t.URL + ")")
		case *DocLink:
			url := p.docLinkURL(t)
			if url == "" {
				p.rawText(out, t.Text)
				break
			}
			out.WriteString("[")
			p.rawText(out, t.Text)
			out.WriteString("](" + mdParenReplacer.Replace(url) + ")")
		}
	}
}

// mdParenReplacer escapes the parentheses of a URL, which would end
// the Markdown link early.
var mdParenReplacer = strings.NewReplacer("(", "%28", ")", "%29")

// mdEscape writes s to out as Markdown text. Newlines become spaces,
// so that they start neither a new paragraph nor a line break in any
// renderer, and the characters of Markdown markup get a backslash
// (even where unneeded: the output is for a renderer, not for people).
func mdEscape(out *bytes.Buffer, s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n':
			out.WriteByte(' ')
		case '`', '_', '*', '[', '<', '\\':
			out.WriteByte('\\')
			out.WriteByte(c)
		default:
			out.WriteByte(c)
		}
	}
}
