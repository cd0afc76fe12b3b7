// go/token: a FileSet of two files, Pos values turned into positions
// (line tables from AddLine, SetLines and SetLinesForContent, MergeLine,
// LineStart, a file's end), alternative positions from AddLineInfo and
// AddLineColumnInfo with PositionFor adjusted or not, Position's String
// forms, the panics of bad offsets, bases and line numbers, Iterate, the
// file set written with Write and read back with Read (encoding/gob), and
// the tokens: String, Precedence, the predicates, Lookup, IsExported,
// IsIdentifier and IsKeyword.
package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/token"
)

// try runs f and prints the message it panics with.
func try(what string, f func()) {
	defer func() {
		fmt.Printf("%s: panic: %v\n", what, recover())
	}()
	f()
}

func files() {
	src := []byte("package p\n\nvar x = 1\n\nfunc f() {}\n")
	fset := token.NewFileSet()
	fmt.Println("base of an empty set:", fset.Base())
	a := fset.AddFile("a.go", fset.Base(), len(src))
	a.SetLinesForContent(src)
	b := fset.AddFile("dir/b.go", -1, 40)
	fmt.Println("a:", a.Name(), a.Base(), a.Size(), a.LineCount(), "b:", b.Name(), b.Base(), b.Size(), b.LineCount())
	fmt.Println("next base:", fset.Base())

	for _, offs := range []int{0, 9, 10, 11, 15, len(src)} {
		p := a.Pos(offs)
		fmt.Printf("offset %2d: Pos %2d, line %d, %v (file %s)\n", offs, p, a.Line(p), fset.Position(p), fset.File(p).Name())
	}
	fmt.Println("NoPos:", fset.Position(token.NoPos), fset.File(token.NoPos) == nil, token.NoPos.IsValid())
	fmt.Println("past the end:", fset.File(token.Pos(fset.Base())) == nil)
	fmt.Println("line 3 starts at", a.LineStart(3), fset.Position(a.LineStart(3)))

	// b grows its line table line by line; offsets out of order are ignored.
	for _, offs := range []int{10, 5, 10, 20, 39, 40} {
		b.AddLine(offs)
	}
	fmt.Println("b lines:", b.LineCount(), fset.Position(b.Pos(25)))
	b.MergeLine(2)
	fmt.Println("merged:", b.LineCount(), fset.Position(b.Pos(25)))
	fmt.Println("SetLines:", b.SetLines([]int{0, 8, 4}), b.SetLines([]int{0, 40}), b.SetLines([]int{0, 8, 16}), b.LineCount())

	// As a //line directive would: from offset 16 on, b is gen.y from line 100.
	b.AddLineInfo(8, "gen.y", 50)
	b.AddLineColumnInfo(16, "", 100, 7)
	b.AddLineColumnInfo(12, "ignored.y", 1, 1)
	for _, offs := range []int{3, 8, 12, 16, 20, 30} {
		p := b.Pos(offs)
		fmt.Printf("b offset %2d: %-12v unadjusted %v\n", offs, b.Position(p), fset.PositionFor(p, false))
	}

	fset.Iterate(func(f *token.File) bool {
		fmt.Println("iterate:", f.Name())
		return true
	})

	try("Pos past the end", func() { a.Pos(len(src) + 1) })
	try("Offset of another file's Pos", func() { a.Offset(b.Pos(0)) })
	try("base too small", func() { fset.AddFile("c.go", 1, 10) })
	try("negative size", func() { fset.AddFile("c.go", -1, -1) })
	try("line 0", func() { a.LineStart(0) })
	try("line past the end", func() { a.MergeLine(a.LineCount()) })

	var buf bytes.Buffer
	if err := fset.Write(gob.NewEncoder(&buf).Encode); err != nil {
		fmt.Println("write:", err)
	}
	copied := token.NewFileSet()
	if err := copied.Read(gob.NewDecoder(&buf).Decode); err != nil {
		fmt.Println("read:", err)
	}
	fmt.Println("read back:", copied.Base(), copied.Position(b.Pos(20)), copied.PositionFor(b.Pos(20), false), copied.Position(a.Pos(11)))
	fmt.Println("read from nothing:", copied.Read(gob.NewDecoder(&buf).Decode))
}

func positions() {
	for _, p := range []token.Position{
		{Filename: "f.go", Line: 3, Column: 7},
		{Filename: "f.go", Line: 3},
		{Line: 3, Column: 7},
		{Line: 3},
		{Filename: "f.go"},
		{},
	} {
		fmt.Printf("%q valid=%v\n", p.String(), p.IsValid())
	}
}

func tokens() {
	for _, tok := range []token.Token{token.ILLEGAL, token.EOF, token.COMMENT, token.IDENT, token.IMAG, token.STRING,
		token.ADD, token.AND_NOT_ASSIGN, token.LOR, token.LAND, token.EQL, token.SHL, token.ARROW, token.ELLIPSIS,
		token.COLON, token.BREAK, token.VAR, token.TILDE, token.Token(3), token.Token(100), token.Token(-1)} {
		fmt.Printf("%d %q prec=%d literal=%v operator=%v keyword=%v\n",
			int(tok), tok.String(), tok.Precedence(), tok.IsLiteral(), tok.IsOperator(), tok.IsKeyword())
	}
	fmt.Println("precedences:", token.LowestPrec, token.UnaryPrec, token.HighestPrec)
	for _, name := range []string{"func", "Func", "range", "x", "_x1", "Élan", "éte", "1a", "", "a b", "fallthrough"} {
		fmt.Printf("%q: Lookup=%v IsKeyword=%v IsIdentifier=%v IsExported=%v\n",
			name, token.Lookup(name), token.IsKeyword(name), token.IsIdentifier(name), token.IsExported(name))
	}
}

func main() {
	files()
	positions()
	tokens()
}
