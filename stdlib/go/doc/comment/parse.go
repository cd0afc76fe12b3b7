package comment

import (
	"strings"
)

// A Parser turns doc comment text into a [*Doc].
// Its fields may be set before calling Parse to customize the parsing.
type Parser struct {
	// Words maps Go identifier words that should be italicized, and
	// maybe linked, to their link target: Words[w] == "" only
	// italicizes w, anything else also links it to Words[w].
	// It plays the part of the words argument of [go/doc.ToHTML].
	Words map[string]string

	// LookupPackage maps a package name, as written in a doc link, to
	// the package's import path.
	//
	// A result with ok == true makes [name] (and [name.Sym],
	// [name.Sym.Method]) a documentation link into the package
	// importPath; "", true means name is the current package.
	//
	// When it returns ok == false, [name] is not a documentation link,
	// unless name is itself the whole (single-element) import path of
	// a standard package, as in [math] or [io.Reader]. LookupPackage is
	// asked first even then, so that an import of another package with
	// the same name wins.
	//
	// A nil LookupPackage is the same as one that always returns "", false.
	LookupPackage func(name string) (importPath string, ok bool)

	// LookupSym says whether the current package declares a name or a
	// method: LookupSym("", "Name") makes [Name] a documentation
	// link to a const, func, type or var, and LookupSym("Recv", "Name")
	// makes [Recv.Name] one to the method Name of type Recv.
	//
	// A nil LookupSym is the same as one that always returns false.
	LookupSym func(recv, name string) (ok bool)
}

// parseDoc is the state of the parse of one doc comment.
type parseDoc struct {
	*Parser
	*Doc
	links     map[string]*LinkDef // the first definition of each link text
	lines     []string
	lookupSym func(recv, name string) bool
}

// Parse splits text into blocks and inline pieces and returns the result.
// text must no longer hold the comment markers (/* // and */).
func (p *Parser) Parse(text string) *Doc {
	lines := unindent(strings.Split(text, "\n"))
	d := &parseDoc{
		Parser:    p,
		Doc:       new(Doc),
		links:     make(map[string]*LinkDef),
		lines:     lines,
		lookupSym: func(recv, name string) bool { return false },
	}
	if p.LookupSym != nil {
		d.lookupSym = p.LookupSym
	}

	// Pass 1: group the lines into blocks, keeping their text as one
	// Plain each, and collect the link definitions.
	prevEnd := 0
	for _, s := range parseSpans(lines) {
		// A blank line before a list is remembered so that printing
		// keeps it.
		if b := d.block(s, prevEnd < s.start); b != nil {
			d.Content = append(d.Content, b)
		}
		prevEnd = s.end
	}

	// Pass 2: now that every link definition is known, split the text
	// into plain text, italics and links.
	for _, b := range d.Content {
		switch b := b.(type) {
		case *Paragraph:
			d.parseParagraph(b)
		case *List:
			for _, item := range b.Items {
				for _, c := range item.Content {
					d.parseParagraph(c.(*Paragraph))
				}
			}
		}
	}
	return d.Doc
}

// block returns the block for the lines of span s, or nil for a
// paragraph of link definitions. blankBefore says whether a blank line
// precedes the span.
func (d *parseDoc) block(s span, blankBefore bool) Block {
	lines := d.lines[s.start:s.end]
	switch s.kind {
	case spanList:
		return d.list(lines, blankBefore)
	case spanCode:
		return code(lines)
	case spanOldHeading:
		return &Heading{Text: []Text{Plain(strings.TrimSpace(lines[0]))}}
	case spanHeading:
		return &Heading{Text: []Text{Plain(strings.TrimSpace(lines[0][1:]))}}
	}
	return d.paragraph(lines)
}

// code returns a code block of the lines, unindented, each ending in a
// newline.
func code(lines []string) *Code {
	body := unindent(lines)
	return &Code{Text: strings.Join(body, "\n") + "\n"}
}

// paragraph returns a paragraph of the lines, as one Plain text for now.
// When every line is a link definition, the lines are not a paragraph:
// paragraph records the definitions in d and returns nil.
func (d *parseDoc) paragraph(lines []string) Block {
	var defs []*LinkDef
	for _, line := range lines {
		def, ok := parseLinkDef(line)
		if !ok {
			return &Paragraph{Text: []Text{Plain(strings.Join(lines, "\n"))}}
		}
		defs = append(defs, def)
	}
	for _, def := range defs {
		d.Links = append(d.Links, def)
		if d.links[def.Text] == nil {
			d.links[def.Text] = def
		}
	}
	return nil
}

// parseLinkDef parses a link definition line, "[text]: url", and
// reports whether the line is one. The URL must start with a known
// scheme followed by "://"; the rest of it is taken as written.
func parseLinkDef(line string) (*LinkDef, bool) {
	if !strings.HasPrefix(line, "[") {
		return nil, false
	}
	i := strings.Index(line, "]:")
	if i < 0 || i+3 >= len(line) || (line[i+2] != ' ' && line[i+2] != '\t') {
		return nil, false
	}
	url := strings.TrimSpace(line[i+3:])
	scheme, _, ok := strings.Cut(url, "://")
	if !ok || !isScheme(scheme) {
		return nil, false
	}
	return &LinkDef{Text: line[1:i], URL: url}, true
}

// list returns the list made of the (indented) lines. Each line starting
// with a marker of the first item's kind (number or bullet) starts a new
// item; the other lines continue the current one, and a blank line in an
// item starts a new paragraph of it.
func (d *parseDoc) list(lines []string, forceBlankBefore bool) *List {
	first, _, _ := listMarker(lines[0])
	numbered := first != ""
	list := &List{ForceBlankBefore: forceBlankBefore}
	var item *ListItem
	var text []string

	// flush ends the paragraph being gathered in text.
	flush := func() {
		if item != nil {
			if para := d.paragraph(text); para != nil {
				item.Content = append(item.Content, para)
			}
		}
		text = nil
	}
	for _, line := range lines {
		if num, rest, ok := listMarker(line); ok && (num != "") == numbered {
			flush()
			item = &ListItem{Number: num}
			list.Items = append(list.Items, item)
			line = rest
		}
		line = strings.TrimSpace(line)
		if line == "" {
			list.ForceBlankBetween = true
			flush()
			continue
		}
		text = append(text, line)
	}
	flush()
	return list
}

// listMarker reports whether line (after its indentation) starts with a
// list marker, "-", "*", "+", "•" or a number followed by "." or ")",
// followed by a space or tab and some text. It returns the number (""
// for a bullet) and the rest of the line after the marker.
func listMarker(line string) (num, rest string, ok bool) {
	line = strings.TrimSpace(line)
	switch {
	case line == "":
		return "", "", false
	case strings.HasPrefix(line, "•"):
		rest = line[len("•"):]
	case line[0] == '*' || line[0] == '+' || line[0] == '-':
		rest = line[1:]
	case isDigit(line[0]):
		n := 1
		for n < len(line) && isDigit(line[n]) {
			n++
		}
		if n >= len(line) || (line[n] != '.' && line[n] != ')') {
			return "", "", false
		}
		num, rest = line[:n], line[n+1:]
	default:
		return "", "", false
	}
	if !indented(rest) || strings.TrimSpace(rest) == "" {
		return "", "", false
	}
	return num, rest, true
}

// isList reports whether line starts with a list marker.
func isList(line string) bool {
	_, _, ok := listMarker(line)
	return ok
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
