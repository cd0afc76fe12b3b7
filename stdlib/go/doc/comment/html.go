package comment

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// An htmlPrinter holds the state of one HTML call.
type htmlPrinter struct {
	*Printer
	tight bool // printing the paragraphs of a list without blank lines: no <p>
}

// HTML returns the Doc as HTML. The fields of [Printer] control the
// heading IDs and levels and the URLs of doc links.
func (p *Printer) HTML(d *Doc) []byte {
	hp := &htmlPrinter{Printer: p}
	var out bytes.Buffer
	for _, x := range d.Content {
		hp.block(&out, x)
	}
	return out.Bytes()
}

// block writes block x as HTML.
func (p *htmlPrinter) block(out *bytes.Buffer, x Block) {
	switch x := x.(type) {
	default:
		fmt.Fprintf(out, "?%T", x)
	case *Paragraph:
		if !p.tight {
			out.WriteString("<p>")
		}
		p.text(out, x.Text)
		out.WriteString("\n")
	case *Heading:
		level := strconv.Itoa(p.headingLevel())
		out.WriteString("<h" + level)
		if id := p.headingID(x); id != "" {
			out.WriteString(` id="`)
			htmlEscape(out, id)
			out.WriteString(`"`)
		}
		out.WriteString(">")
		p.text(out, x.Text)
		out.WriteString("</h" + level + ">\n")
	case *Code:
		out.WriteString("<pre>")
		htmlEscape(out, x.Text)
		out.WriteString("</pre>\n")
	case *List:
		p.list(out, x)
	}
}

// list writes list x as <ol> or <ul>. Items numbered out of sequence
// get a value attribute.
func (p *htmlPrinter) list(out *bytes.Buffer, x *List) {
	tag := "ol"
	if x.Items[0].Number == "" {
		tag = "ul"
	}
	out.WriteString("<" + tag + ">\n")
	next := "1"
	for _, item := range x.Items {
		out.WriteString("<li")
		if n := item.Number; n != "" {
			if n != next {
				out.WriteString(` value="` + n + `"`)
			}
			next = inc(n)
		}
		out.WriteString(">")
		p.tight = !x.BlankBetween()
		for _, blk := range item.Content {
			p.block(out, blk)
		}
		p.tight = false
	}
	out.WriteString("</" + tag + ">\n")
}

// inc returns the decimal string s plus one: inc("1199") == "1200".
// It works on the digits so that no number is too long.
func inc(s string) string {
	b := []byte(s)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// text writes x as HTML.
func (p *htmlPrinter) text(out *bytes.Buffer, x []Text) {
	for _, t := range x {
		switch t := t.(type) {
		case Plain:
			htmlEscape(out, string(t))
		case Italic:
			out.WriteString("<i>")
			htmlEscape(out, string(t))
			out.WriteString("</i>")
		case *Link:
			p.link(out, t.URL, t.Text)
		case *DocLink:
			if url := p.docLinkURL(t); url != "" {
				p.link(out, url, t.Text)
			} else {
				p.text(out, t.Text)
			}
		}
	}
}

// link writes text as a link to url.
func (p *htmlPrinter) link(out *bytes.Buffer, url string, text []Text) {
	out.WriteString(`<a href="`)
	htmlEscape(out, url)
	out.WriteString(`">`)
	p.text(out, text)
	out.WriteString("</a>")
}

// htmlReplacer escapes the characters that could be taken for markup,
// in text or in an attribute value.
var htmlReplacer = strings.NewReplacer(
	"<", "&lt;",
	"&", "&amp;",
	`"`, "&quot;",
	"'", "&apos;",
	">", "&gt;",
)

// htmlEscape writes s to out as HTML text.
func htmlEscape(out *bytes.Buffer, s string) {
	htmlReplacer.WriteString(out, s)
}
