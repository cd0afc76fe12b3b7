// Package comment implements parsing and reformatting of Go doc comments:
// the comments that immediately precede a top-level package, const, func,
// type or var declaration.
//
// Doc comments use a small subset of Markdown: paragraphs, headings,
// lists (not nested), preformatted code blocks and links. The syntax is
// described at https://go.dev/doc/comment.
//
// A [Parser] turns the text of a comment, with its markers already
// removed, into a [*Doc]:
//
//	var p comment.Parser
//	doc := p.Parse(text)
//
// and a [Printer] prints a Doc back as a doc comment, HTML, Markdown or
// plain text:
//
//	var pr comment.Printer
//	os.Stdout.Write(pr.Text(doc))
//
// Both are structs whose fields customize their work. Programs that need
// more can walk the parsed [Doc], [Block] and [Text] values themselves.
//
// The work happens in two passes (parse.go): lines are first grouped
// into blocks (span.go), then the text of paragraphs and list items is
// split into plain text, italics and links (inline.go), once every link
// definition of the comment is known.
package comment

// A Doc is a parsed Go doc comment.
type Doc struct {
	// Content is the sequence of content blocks in the comment.
	Content []Block

	// Links is the link definitions in the comment.
	Links []*LinkDef
}

// A LinkDef is a single link definition, a line "[Text]: URL".
type LinkDef struct {
	Text string // the link text
	URL  string // the link URL
	Used bool   // whether the comment uses the definition
}

// A Block is block-level content in a doc comment,
// one of [*Code], [*Heading], [*List], or [*Paragraph].
type Block interface {
	block()
}

// A Heading is a doc comment heading: "# Text", or an old-style heading
// (a lone capitalized line between blank lines).
type Heading struct {
	Text []Text // the heading text
}

// A List is a numbered or bullet list.
// Lists are never empty: len(Items) > 0.
// In a numbered list every Items[i].Number is a non-empty string;
// in a bullet list every one is empty.
type List struct {
	// Items is the list items.
	Items []*ListItem

	// ForceBlankBefore says the list must be preceded by a blank line
	// when the comment is reformatted, whatever BlankBefore would say.
	// The parser sets it when the source had a blank line there, so
	// that reformatting keeps it.
	ForceBlankBefore bool

	// ForceBlankBetween says the items must be separated by blank lines
	// when the comment is reformatted, whatever BlankBetween would say.
	// The parser sets it when the source had a blank line between any
	// two items.
	ForceBlankBetween bool
}

// BlankBefore reports whether a reformatting of the comment should put
// a blank line before the list: when ForceBlankBefore is set, or when
// BlankBetween holds (a list with blank lines inside it stands apart).
func (l *List) BlankBefore() bool {
	return l.ForceBlankBefore || l.BlankBetween()
}

// BlankBetween reports whether a reformatting of the comment should put
// a blank line between each pair of items: when ForceBlankBetween is
// set, or when some item has more than one paragraph.
func (l *List) BlankBetween() bool {
	if l.ForceBlankBetween {
		return true
	}
	for _, item := range l.Items {
		if len(item.Content) != 1 {
			return true
		}
	}
	return false
}

// A ListItem is a single item in a numbered or bullet list.
type ListItem struct {
	// Number is a decimal string in a numbered list
	// or an empty string in a bullet list.
	Number string // "1", "2", ...; "" for bullet list

	// Content is the list content. The parser and the printers
	// only use *Paragraph blocks here.
	Content []Block // Content of this item.
}

// A Paragraph is a paragraph of text.
type Paragraph struct {
	Text []Text
}

// A Code is a preformatted code block.
type Code struct {
	// Text is the preformatted text: one or more lines, each ending in
	// a newline character, neither the first nor the last one blank.
	Text string
}

func (*Heading) block()   {}
func (*List) block()      {}
func (*Paragraph) block() {}
func (*Code) block()      {}

// A Text is text-level content in a doc comment,
// one of [Plain], [Italic], [*Link], or [*DocLink].
type Text interface {
	text()
}

// A Plain is a string rendered as plain text (not italicized).
type Plain string

// An Italic is a string rendered as italicized text.
type Italic string

// A Link is a link to a specific URL.
type Link struct {
	Auto bool   // is this an automatic (implicit) link of a literal URL?
	Text []Text // text of link
	URL  string // target URL of link
}

// A DocLink is a link to the documentation of a Go package or symbol.
type DocLink struct {
	Text []Text // text of link

	// ImportPath, Recv and Name say what the link points to; the
	// fields that may be set together are:
	//  - ImportPath: another package
	//  - ImportPath, Name: a const, func, type or var of another package
	//  - ImportPath, Recv, Name: a method in another package
	//  - Name: a const, func, type or var of this package
	//  - Recv, Name: a method in this package
	ImportPath string // import path
	Recv       string // receiver type, without any pointer star, for methods
	Name       string // const, func, type, var, or method name
}

func (Plain) text()    {}
func (Italic) text()   {}
func (*Link) text()    {}
func (*DocLink) text() {}
