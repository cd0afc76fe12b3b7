package comment

import (
	"bytes"
	"fmt"
	"strings"
)

// A Printer writes a [*Doc] out in one of several formats.
// Its fields may be set before calling any of the printing methods to
// customize the output.
type Printer struct {
	// HeadingLevel is the level of the headings printed in HTML and
	// Markdown; zero means level 3 (<h3> and ###).
	HeadingLevel int

	// HeadingID computes the ID (anchor) of heading h in HTML and
	// Markdown; an empty result prints no ID. A nil HeadingID uses
	// h.DefaultID.
	HeadingID func(h *Heading) string

	// DocLinkURL computes the URL of a DocLink. A nil DocLinkURL uses
	// link.DefaultURL(p.DocLinkBaseURL).
	DocLinkURL func(link *DocLink) string

	// DocLinkBaseURL is the base URL given to [DocLink.DefaultURL] when
	// DocLinkURL is nil; see that method.
	DocLinkBaseURL string

	// TextPrefix begins each line that Text writes.
	TextPrefix string

	// TextCodePrefix begins each line of a code block that Text writes,
	// in place of TextPrefix. The empty string
	// means TextPrefix+"\t".
	TextCodePrefix string

	// TextWidth is the longest line of the Text output, in Unicode code
	// points, not counting TextPrefix and the newline. Zero means 80
	// minus the code points of TextPrefix; a negative width means no limit.
	TextWidth int
}

func (p *Printer) headingLevel() int {
	if p.HeadingLevel <= 0 {
		return 3
	}
	return p.HeadingLevel
}

func (p *Printer) headingID(h *Heading) string {
	if p.HeadingID == nil {
		return h.DefaultID()
	}
	return p.HeadingID(h)
}

func (p *Printer) docLinkURL(link *DocLink) string {
	if p.DocLinkURL != nil {
		return p.DocLinkURL(link)
	}
	return link.DefaultURL(p.DocLinkBaseURL)
}

// DefaultURL returns the documentation URL of l, with baseURL before
// the import path of links to other packages. The URL has one of the
// forms, by which fields of l are set:
//   - baseURL/ImportPath: a package
//   - baseURL/ImportPath#Name: a name declared in that package
//   - baseURL/ImportPath#Recv.Name: a method declared in that package
//   - #Name: a name of the current package (no ImportPath)
//   - #Recv.Name: a method of the current package
//
// A baseURL ending in a slash also puts a slash between ImportPath and
// the #. For math.Sqrt:
//
//	"/doc/" → "/doc/math/#Sqrt"
//	"/doc"  → "/doc/math#Sqrt"
//	"/"     → "/math/#Sqrt"
//	""      → "/math#Sqrt"
func (l *DocLink) DefaultURL(baseURL string) string {
	anchor := "#" + l.Name
	if l.Recv != "" {
		anchor = "#" + l.Recv + "." + l.Name
	}
	if l.ImportPath == "" {
		return anchor
	}
	if l.Name == "" {
		anchor = "" // the package itself
	}
	if strings.HasSuffix(baseURL, "/") {
		return baseURL + l.ImportPath + "/" + anchor
	}
	return baseURL + "/" + l.ImportPath + anchor
}

// DefaultID returns the anchor ID HTML uses for h by default: "hdr-" then
// by the heading text, every rune of which that is not an ASCII letter
// or digit made an underscore. For example, the heading “Go Doc
// Comments” has the ID “hdr-Go_Doc_Comments”.
func (h *Heading) DefaultID() string {
	// The prefix keeps the ID from clobbering names of the page's DOM;
	// the safehtml package's Identifier type explains the danger.
	var text strings.Builder
	writeOneLine(&text, h.Text)
	s := strings.TrimSpace(text.String())
	if s == "" {
		return ""
	}
	var id strings.Builder
	id.WriteString("hdr-")
	for _, r := range s {
		if r < 0x80 && isIdentASCII(byte(r)) {
			id.WriteByte(byte(r))
		} else {
			id.WriteByte('_')
		}
	}
	return id.String()
}

// writeOneLine writes the text of x to out without any markup: links
// are just their text.
func writeOneLine(out *strings.Builder, x []Text) {
	for _, t := range x {
		switch t := t.(type) {
		case Plain:
			out.WriteString(string(t))
		case Italic:
			out.WriteString(string(t))
		case *Link:
			writeOneLine(out, t.Text)
		case *DocLink:
			writeOneLine(out, t.Text)
		}
	}
}

// blankBefore reports whether block x must be preceded by a blank line:
// every block must, except a list whose BlankBefore is false.
func blankBefore(x Block) bool {
	if l, ok := x.(*List); ok {
		return l.BlankBefore()
	}
	return true
}

// listItemIndent indents the lines after the first of a list item.
const listItemIndent = "    "

// Comment returns the Doc in the canonical form gofmt writes in a doc
// comment, without the comment markers.
func (p *Printer) Comment(d *Doc) []byte {
	var out bytes.Buffer
	for i, x := range d.Content {
		if i > 0 && blankBefore(x) {
			out.WriteString("\n")
		}
		writeCommentBlock(&out, x)
	}

	// The link definitions come last: first a block of the used ones,
	// then one of the unused ones, which is then easy to delete.
	for _, used := range []bool{true, false} {
		first := true
		for _, def := range d.Links {
			if def.Used != used {
				continue
			}
			if first {
				out.WriteString("\n")
				first = false
			}
			fmt.Fprintf(&out, "[%s]: %s\n", def.Text, def.URL)
		}
	}
	return out.Bytes()
}

// writeCommentBlock writes block x in doc comment form.
func writeCommentBlock(out *bytes.Buffer, x Block) {
	switch x := x.(type) {
	default:
		fmt.Fprintf(out, "?%T", x)
	case *Paragraph:
		writeCommentText(out, "", x.Text)
		out.WriteString("\n")
	case *Heading:
		out.WriteString("# ")
		writeCommentText(out, "", x.Text)
		out.WriteString("\n")
	case *Code:
		writeCode(out, "\t", x.Text, func() { out.WriteString("\n") })
	case *List:
		writeList(out, x, func(text []Text) { writeCommentText(out, listItemIndent, text) })
	}
}

// writeList writes list x in the form comments and Markdown share: each
// item's marker, its paragraphs (written by paragraph) continued at
// listItemIndent, and a blank line between the items of a loose list.
func writeList(out *bytes.Buffer, x *List, paragraph func([]Text)) {
	loose := x.BlankBetween()
	for i, item := range x.Items {
		if i > 0 && loose {
			out.WriteString("\n")
		}
		out.WriteString(listMarkerText(item))
		for j, blk := range item.Content {
			if j > 0 {
				out.WriteString("\n" + listItemIndent)
			}
			paragraph(blk.(*Paragraph).Text)
			out.WriteString("\n")
		}
	}
}

// listMarkerText returns the marker that starts the first line of item
// in a comment or in text: "  - " or " N. ", four bytes for numbers
// below 10 so that the text lines up with listItemIndent.
func listMarkerText(item *ListItem) string {
	if item.Number == "" {
		return "  - "
	}
	return " " + item.Number + ". "
}

// writeCode writes each line of code text prefixed with prefix (blank
// lines get no prefix), calling newline to end each line.
func writeCode(out *bytes.Buffer, prefix, text string, newline func()) {
	for text != "" {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line != "" {
			out.WriteString(prefix)
			out.WriteString(line)
		}
		newline()
	}
}

// writeCommentText writes x in doc comment form, keeping its line
// breaks, with indent after each one. Explicit links keep their
// brackets; automatic ones are just their text.
func writeCommentText(out *bytes.Buffer, indent string, x []Text) {
	for _, t := range x {
		switch t := t.(type) {
		case Plain:
			writeIndented(out, indent, string(t))
		case Italic:
			writeIndented(out, indent, string(t))
		case *Link:
			if t.Auto {
				writeCommentText(out, indent, t.Text)
			} else {
				out.WriteString("[")
				writeCommentText(out, indent, t.Text)
				out.WriteString("]")
			}
		case *DocLink:
			out.WriteString("[")
			writeCommentText(out, indent, t.Text)
			out.WriteString("]")
		}
	}
}

// writeIndented writes s with indent after each of its newlines.
func writeIndented(out *bytes.Buffer, indent, s string) {
	out.WriteString(strings.ReplaceAll(s, "\n", "\n"+indent))
}
