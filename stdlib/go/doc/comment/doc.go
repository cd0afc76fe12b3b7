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

// A Doc is the parsed form of one doc comment.
type Doc struct {
	// Content holds the comment's blocks, in source order.
	Content []Block

	// Links holds every "[Text]: URL" definition found in the comment.
	Links []*LinkDef
}

// A LinkDef is one link definition, a line "[Text]: URL".
type LinkDef struct {
	Text string // the link text
	URL  string // the link URL
	Used bool   // set when some [Text] in the comment refers to it
}

// A Block is one block of a doc comment; its dynamic type is
// [*Code], [*Heading], [*List] or [*Paragraph].
type Block interface {
	block()
}

// A Heading is a doc comment heading: "# Text", or an old-style heading
// (a lone capitalized line between blank lines).
type Heading struct {
	Text []Text // the words of the heading
}

// A List is a bullet list or a numbered list, with at least one item.
// Each item's Number is set (non-empty) in a numbered list and empty
// in a bullet list.
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

// BlankBefore says whether the list gets a blank line above it when the
// comment is reformatted: yes if ForceBlankBefore is set, or if
// BlankBetween holds (a list with blank lines inside it stands apart).
func (l *List) BlankBefore() bool {
	return l.ForceBlankBefore || l.BlankBetween()
}

// BlankBetween says whether the items get blank lines between them when
// the comment is reformatted: yes if ForceBlankBetween is set, or if
// some item holds more than one paragraph.
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

// A ListItem is one item of a List.
type ListItem struct {
	// Number is the item's number in decimal ("1", "2", ...) in a
	// numbered list, and "" in a bullet list.
	Number string

	// Content is what the item says. The parser and the printers
	// only use *Paragraph blocks here.
	Content []Block
}

// A Paragraph is a run of text lines, ended by a blank line or a block.
type Paragraph struct {
	Text []Text
}

// A Code is a block of preformatted text (indented lines in the source).
type Code struct {
	// Text is the preformatted text: one or more lines, each ending in
	// a newline character, neither the first nor the last one blank.
	Text string
}

func (*Heading) block()   {}
func (*List) block()      {}
func (*Paragraph) block() {}
func (*Code) block()      {}

// A Text is one piece of the text of a paragraph, heading or link; its
// dynamic type is [Plain], [Italic], [*Link] or [*DocLink].
type Text interface {
	text()
}

// A Plain is text printed as it is, in roman type.
type Plain string

// An Italic is text printed in italics.
type Italic string

// A Link is a hyperlink to a URL.
type Link struct {
	Auto bool   // true for a bare URL written in the text, not a [Text] link
	Text []Text // what the reader sees
	URL  string // where the link goes
}

// A DocLink links to the documentation of a Go package or of a name in it.
type DocLink struct {
	Text []Text // what the reader sees

	// ImportPath, Recv and Name say what the link points to. An empty
	// ImportPath means the current package; an empty Name, the whole
	// package ImportPath; a Recv, a method of that type rather than a
	// top-level const, func, type or var. Recv is only set with Name.
	ImportPath string // the package's import path
	Recv       string // for a method, its receiver type name (no '*')
	Name       string // the name of the const, func, type, var or method
}

func (Plain) text()    {}
func (Italic) text()   {}
func (*Link) text()    {}
func (*DocLink) text() {}
