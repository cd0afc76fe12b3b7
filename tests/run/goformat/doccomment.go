// go/doc/comment and gofmt's doc comments: a Parser with Words,
// LookupPackage and LookupSym parses a doc text holding an old-style and a
// new-style heading, a bullet and a numbered list, a code block, link
// definitions, doc links ([Doc], [Parser.Parse], [strings.Builder],
// [*os.File]), automatic URLs and “quotes”; the tree is dumped, then printed
// with Printer's Comment, Text (with a prefix and a narrow width), Markdown
// and HTML (heading level, IDs and DocLinkBaseURL). Then format.Source
// reformats a file whose doc comments are not canonical (unindented list,
// tab-less code, a directive among the lines, a /* */ doc comment, a
// comment that is not a doc comment, a doc comment that formats to nothing).
// Nested brackets are checked too: "[a [b]" looks up the definition "a b".
package main

import (
	"fmt"
	"go/doc/comment"
	"go/format"
	"os"
	"strings"
)

const docText = `Package shapes draws shapes, see http://example.com/shapes.

Overview

The italicword is italic and the linkedword is a link;
a Doc is made by [Parser.Parse], which writes to a [strings.Builder]
or an [*os.File] as the [spec] says. ` + "``Quoted''" + ` text, and map[string]int is no link.

# Lists

Bullets:
  - first item,
    continued here
  - second item

Steps:
 1. parse the text
 3. print it

A code block:

	func main() {
		fmt.Println("hi")
	}

[spec]: https://go.dev/ref/spec
[unused]: https://example.com/unused
`

func main() {
	p := comment.Parser{
		Words: map[string]string{
			"italicword": "",
			"linkedword": "https://example.com/linked",
		},
		LookupPackage: func(name string) (string, bool) {
			if name == "shapes" {
				return "example.com/shapes", true
			}
			return comment.DefaultLookupPackage(name)
		},
		LookupSym: func(recv, name string) bool {
			return recv == "" && name == "Doc" || recv == "Parser" && name == "Parse"
		},
	}
	doc := p.Parse(docText)
	dump(doc)

	var pr comment.Printer
	section("Comment", pr.Comment(doc))
	pr.TextPrefix = "> "
	pr.TextWidth = 40
	section("Text", pr.Text(doc))
	pr.HeadingLevel = 2
	section("Markdown", pr.Markdown(doc))
	pr.DocLinkBaseURL = "/pkg/"
	pr.HeadingID = func(h *comment.Heading) string { return strings.ToLower(h.DefaultID()) }
	section("HTML", pr.HTML(doc))

	for _, l := range []*comment.DocLink{
		{ImportPath: "math", Name: "Sqrt"},
		{ImportPath: "go/ast", Recv: "File", Name: "Pos"},
		{Name: "Doc"},
	} {
		fmt.Println(l.DefaultURL("/pkg"), l.DefaultURL("/pkg/"), l.DefaultURL(""))
	}
	list := &comment.List{Items: []*comment.ListItem{{Number: "1"}, {Number: "2"}}}
	fmt.Println("blank before/between:", list.BlankBefore(), list.BlankBetween())

	// In "[a [b]" the name looked up is "a b" (everything since the first
	// '['), though the link text is "b"; so "[c [d]" does not use [d].
	dump(p.Parse("See [a [b] and [c [d].\n\n[a b]: https://example.com/ab\n[d]: https://example.com/d\n"))

	gofmt()
}

// dump prints the parsed tree, one block or text a line.
func dump(doc *comment.Doc) {
	fmt.Println("== tree")
	for _, b := range doc.Content {
		switch b := b.(type) {
		case *comment.Heading:
			fmt.Printf("Heading %s\n", texts(b.Text))
		case *comment.Paragraph:
			fmt.Printf("Paragraph %s\n", texts(b.Text))
		case *comment.Code:
			fmt.Printf("Code %q\n", b.Text)
		case *comment.List:
			fmt.Printf("List blankBefore=%v blankBetween=%v\n", b.BlankBefore(), b.BlankBetween())
			for _, item := range b.Items {
				fmt.Printf("  Item %q %s\n", item.Number, texts(item.Content[0].(*comment.Paragraph).Text))
			}
		}
	}
	for _, l := range doc.Links {
		fmt.Printf("LinkDef %q %s used=%v\n", l.Text, l.URL, l.Used)
	}
}

// texts describes a sequence of Text, one element in brackets each.
func texts(x []comment.Text) string {
	var b strings.Builder
	for _, t := range x {
		switch t := t.(type) {
		case comment.Plain:
			fmt.Fprintf(&b, "[Plain %q]", string(t))
		case comment.Italic:
			fmt.Fprintf(&b, "[Italic %q]", string(t))
		case *comment.Link:
			fmt.Fprintf(&b, "[Link auto=%v %s %s]", t.Auto, t.URL, texts(t.Text))
		case *comment.DocLink:
			fmt.Fprintf(&b, "[DocLink %q %q %q %s]", t.ImportPath, t.Recv, t.Name, texts(t.Text))
		}
	}
	return b.String()
}

func section(name string, out []byte) {
	fmt.Printf("== %s\n%s", name, out)
}

const messy = `// Package shapes has doc comments to reformat.
// Its list is not indented:
// - one
// - two
//go:generate echo hi
// and it goes on.
package shapes

// Area returns the area.
//
// Example:
//     a := Area(2, 3)
//
// #  Heading with spaces
// See [Area] and https://go.dev/.
func Area(w, h int) int { return w * h }

/*
Perimeter returns the perimeter.
   It is   computed as:
	2*(w+h)
*/
func Perimeter(w, h int) int { return 2 * (w + h) }

func f() {
	// Not a doc comment:
	//   - left as is
	_ = 1
}

    // Indented comment, not in column 1: not reformatted.
var X = 1

//
var Y = 2
`

// gofmt reformats the file of messy doc comments.
func gofmt() {
	out, err := format.Source([]byte(messy))
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	section("gofmt", out)
}
