package comment

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A textPrinter holds the settings of one Text call.
type textPrinter struct {
	prefix     string
	codePrefix string
	width      int
}

// Text returns the Doc as plain text for a terminal, paragraphs wrapped
// to the Printer's TextWidth and every line started by its TextPrefix
// (or TextCodePrefix in code blocks).
func (p *Printer) Text(d *Doc) []byte {
	tp := &textPrinter{prefix: p.TextPrefix, codePrefix: p.TextCodePrefix, width: p.TextWidth}
	if tp.codePrefix == "" {
		tp.codePrefix = p.TextPrefix + "\t"
	}
	if tp.width == 0 {
		tp.width = 80 - utf8.RuneCountInString(tp.prefix)
	}

	var out bytes.Buffer
	for i, x := range d.Content {
		if i > 0 && blankBefore(x) {
			out.WriteString(tp.prefix)
			writeNL(&out)
		}
		tp.block(&out, x)
	}

	// The targets of the links, which the text has lost, come last.
	first := true
	for _, def := range d.Links {
		if def.Used {
			if first {
				writeNL(&out)
				first = false
			}
			fmt.Fprintf(&out, "[%s]: %s\n", def.Text, def.URL)
		}
	}
	return out.Bytes()
}

// writeNL ends the line of out, dropping its trailing spaces and tabs.
func writeNL(out *bytes.Buffer) {
	data := out.Bytes()
	n := len(data)
	for n > 0 && (data[n-1] == ' ' || data[n-1] == '\t') {
		n--
	}
	out.Truncate(n)
	out.WriteByte('\n')
}

// block writes block x as text.
func (p *textPrinter) block(out *bytes.Buffer, x Block) {
	switch x := x.(type) {
	default:
		fmt.Fprintf(out, "?%T\n", x)
	case *Paragraph:
		out.WriteString(p.prefix)
		p.text(out, "", x.Text)
	case *Heading:
		out.WriteString(p.prefix)
		out.WriteString("# ")
		p.text(out, "", x.Text)
	case *Code:
		writeCode(out, p.codePrefix, x.Text, func() { writeNL(out) })
	case *List:
		loose := x.BlankBetween()
		for i, item := range x.Items {
			if i > 0 && loose {
				out.WriteString(p.prefix)
				writeNL(out)
			}
			out.WriteString(p.prefix)
			out.WriteString(listMarkerText(item))
			for j, blk := range item.Content {
				if j > 0 {
					writeNL(out)
					out.WriteString(p.prefix)
					out.WriteString(listItemIndent)
				}
				p.text(out, listItemIndent, blk.(*Paragraph).Text)
			}
		}
	}
}

// text writes x as words filled into lines of at most p.width runes
// (the first one already started), starting the other lines with the
// prefix and indent.
func (p *textPrinter) text(out *bytes.Buffer, indent string, x []Text) {
	var line strings.Builder
	writeOneLine(&line, x)
	words := strings.Fields(line.String())

	breaks := []int{0, len(words)} // one line, when there is no width
	if p.width >= 0 && len(words) > 0 {
		breaks = wrap(words, p.width-utf8.RuneCountInString(indent))
	}
	for i := 0; i+1 < len(breaks); i++ {
		if i > 0 {
			out.WriteString(p.prefix)
			out.WriteString(indent)
		}
		out.WriteString(strings.Join(words[breaks[i]:breaks[i+1]], " "))
		writeNL(out)
	}
}
