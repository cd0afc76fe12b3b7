// go/ast: a syntax tree built by hand (no parser) for a small file, with
// positions from a token.FileSet: ast.Print of the whole file (pointers
// met twice printed as "(obj @ line)"), ast.Inspect counting node kinds,
// ast.Walk showing each node's Pos and End, the End rules of nodes with
// missing parts, CommentGroup.Text on several comment shapes (directives
// dropped), a CommentMap, SortImports, scopes and objects, NewPackage's
// undeclared names, the export filters, MergePackageFiles and Fprint with
// a field filter.
package main

import (
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"os"
	"reflect"
	"sort"
	"strings"
)

const src = `package calc

import (
	"strings"
	"fmt" // for Println
)

// Sum adds the numbers.
//go:noinline
func Sum(xs []int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}
`

var (
	fset  = token.NewFileSet()
	tf    = fset.AddFile("calc.go", -1, len(src))
	lines = strings.Split(src, "\n")
)

// at returns the position of the first text on a line of src.
func at(line int, text string) token.Pos {
	col := strings.Index(lines[line-1], text)
	if col < 0 {
		panic(fmt.Sprintf("%q is not on line %d", text, line))
	}
	return tf.LineStart(line) + token.Pos(col)
}

// ident returns an identifier at the first text on a line, the text
// beginning with the name.
func ident(line int, text, name string, obj *ast.Object) *ast.Ident {
	return &ast.Ident{NamePos: at(line, text), Name: name, Obj: obj}
}

func str(line int, value string) *ast.BasicLit {
	return &ast.BasicLit{ValuePos: at(line, value), Kind: token.STRING, Value: value}
}

// buildFile builds the tree the parser would build for src.
func buildFile() *ast.File {
	lineComment := &ast.CommentGroup{List: []*ast.Comment{{Slash: at(5, "//"), Text: "// for Println"}}}
	specs := []ast.Spec{
		&ast.ImportSpec{Path: str(4, `"strings"`)},
		&ast.ImportSpec{Path: str(5, `"fmt"`), Comment: lineComment},
	}
	imports := &ast.GenDecl{TokPos: at(3, "import"), Tok: token.IMPORT, Lparen: at(3, "("), Specs: specs, Rparen: at(6, ")")}

	doc := &ast.CommentGroup{List: []*ast.Comment{
		{Slash: at(8, "//"), Text: "// Sum adds the numbers."},
		{Slash: at(9, "//"), Text: "//go:noinline"},
	}}
	xsObj, totalObj, xObj := ast.NewObj(ast.Var, "xs"), ast.NewObj(ast.Var, "total"), ast.NewObj(ast.Var, "x")
	intParam, intResult := ident(10, "int) (", "int", nil), ident(10, "int) {", "int", nil)
	xsField := &ast.Field{Names: []*ast.Ident{ident(10, "xs", "xs", xsObj)}, Type: &ast.ArrayType{Lbrack: at(10, "[]"), Elt: intParam}}
	totalField := &ast.Field{Names: []*ast.Ident{ident(10, "total", "total", totalObj)}, Type: intResult}
	xsObj.Decl, totalObj.Decl = xsField, totalField
	funcType := &ast.FuncType{
		Func:    at(10, "func"),
		Params:  &ast.FieldList{Opening: at(10, "(xs"), List: []*ast.Field{xsField}, Closing: at(10, ") (")},
		Results: &ast.FieldList{Opening: at(10, "(total"), List: []*ast.Field{totalField}, Closing: at(10, ") {")},
	}
	add := &ast.AssignStmt{Lhs: []ast.Expr{ident(12, "total", "total", totalObj)}, TokPos: at(12, "+="), Tok: token.ADD_ASSIGN, Rhs: []ast.Expr{ident(12, "x", "x", xObj)}}
	loop := &ast.RangeStmt{
		For: at(11, "for"), Key: ident(11, "_", "_", nil), Value: ident(11, "x", "x", xObj), TokPos: at(11, ":="), Tok: token.DEFINE,
		X:    ident(11, "xs {", "xs", xsObj),
		Body: &ast.BlockStmt{Lbrace: at(11, "{"), List: []ast.Stmt{add}, Rbrace: at(13, "}")},
	}
	body := &ast.BlockStmt{Lbrace: at(10, "{"), List: []ast.Stmt{loop, &ast.ReturnStmt{Return: at(14, "return")}}, Rbrace: at(15, "}")}
	sum := &ast.FuncDecl{Doc: doc, Name: ident(10, "Sum", "Sum", nil), Type: funcType, Body: body}

	scope := ast.NewScope(nil)
	sum.Name.Obj = ast.NewObj(ast.Fun, "Sum")
	sum.Name.Obj.Decl = sum
	scope.Insert(sum.Name.Obj)
	return &ast.File{
		Package: at(1, "package"), Name: ident(1, "calc", "calc", nil),
		Decls: []ast.Decl{imports, sum}, Scope: scope,
		Imports:    []*ast.ImportSpec{specs[0].(*ast.ImportSpec), specs[1].(*ast.ImportSpec)},
		Unresolved: []*ast.Ident{intParam, intResult},
		Comments:   []*ast.CommentGroup{lineComment, doc},
	}
}

func section(title string) { fmt.Printf("\n== %s\n", title) }

func countKinds(file *ast.File) {
	counts := map[string]int{}
	ast.Inspect(file, func(n ast.Node) bool {
		if n != nil {
			counts[fmt.Sprintf("%T", n)]++
		}
		return true
	})
	kinds := make([]string, 0, len(counts))
	for k := range counts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%-18s %d\n", k, counts[k])
	}
}

// A spanPrinter is a Visitor that prints each node's kind and span,
// indented by its depth.
type spanPrinter struct{ depth int }

func (v spanPrinter) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	from, to := fset.Position(n.Pos()), fset.Position(n.End())
	fmt.Printf("%s%T %d:%d-%d:%d\n", strings.Repeat("  ", v.depth), n, from.Line, from.Column, to.Line, to.Column)
	return spanPrinter{v.depth + 1}
}

// endRules shows the End of nodes whose last part may be missing, with
// positions given as plain numbers.
func endRules() {
	x := &ast.Ident{NamePos: 10, Name: "x"}
	nodes := []ast.Node{
		&ast.BadExpr{From: 3, To: 9},
		&ast.Ellipsis{Ellipsis: 5},
		&ast.Ellipsis{Ellipsis: 5, Elt: x},
		&ast.BasicLit{ValuePos: 20, Kind: token.STRING, Value: `"hello"`},
		&ast.CompositeLit{Lbrace: 4, Rbrace: 30},
		&ast.IndexListExpr{X: x, Lbrack: 11, Indices: []ast.Expr{x, x}, Rbrack: 16},
		&ast.FuncLit{Type: &ast.FuncType{Func: 1, Params: &ast.FieldList{Opening: 5, Closing: 6}}, Body: &ast.BlockStmt{Lbrace: 8, Rbrace: 12}},
		&ast.FuncType{Params: &ast.FieldList{Opening: 7, Closing: 8}},
		&ast.FuncType{Params: &ast.FieldList{}},
		&ast.FieldList{List: []*ast.Field{{Type: x}}},
		&ast.Field{Names: []*ast.Ident{x}, Type: x, Tag: &ast.BasicLit{ValuePos: 14, Value: "`json`"}},
		&ast.Field{},
		&ast.BlockStmt{Lbrace: 2},
		&ast.BlockStmt{Lbrace: 2, List: []ast.Stmt{&ast.ExprStmt{X: x}}},
		&ast.EmptyStmt{Semicolon: 9, Implicit: true},
		&ast.EmptyStmt{Semicolon: 9},
		&ast.IncDecStmt{X: x, TokPos: 11, Tok: token.DEC},
		&ast.ReturnStmt{Return: 40},
		&ast.BranchStmt{TokPos: 40, Tok: token.FALLTHROUGH},
		&ast.BranchStmt{TokPos: 40, Tok: token.GOTO, Label: x},
		&ast.IfStmt{If: 1, Cond: x, Body: &ast.BlockStmt{Lbrace: 12, Rbrace: 14}},
		&ast.IfStmt{If: 1, Cond: x, Body: &ast.BlockStmt{Lbrace: 12, Rbrace: 14}, Else: &ast.BlockStmt{Lbrace: 20, Rbrace: 25}},
		&ast.CaseClause{Case: 50, Colon: 56},
		&ast.CommClause{Case: 50, Colon: 56, Body: []ast.Stmt{&ast.ExprStmt{X: x}}},
		&ast.ImportSpec{Path: &ast.BasicLit{ValuePos: 3, Value: `"os"`}},
		&ast.ImportSpec{Path: &ast.BasicLit{ValuePos: 3, Value: `"os"`}, EndPos: 60},
		&ast.GenDecl{TokPos: 1, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{x}}}},
		&ast.Comment{Slash: 100, Text: "/* abc */"},
		&ast.Package{},
	}
	for _, n := range nodes {
		fmt.Printf("%-20T Pos %3d  End %3d\n", n, n.Pos(), n.End())
	}
}

func commentTexts() {
	shapes := [][]string{
		{"// Hello, world.  "},
		{"//", "// Two", "//", "//", "// paragraphs.", "//"},
		{"/*\n   Block\n   comment\n*/"},
		{"//go:build linux", "//line calc.go:10", "//export Sum", "// kept"},
		{"//no space", "//lint:ignore", "//Go:NotDirective"},
		{"/**/", "//"},
	}
	for _, list := range shapes {
		g := &ast.CommentGroup{}
		for _, text := range list {
			g.List = append(g.List, &ast.Comment{Text: text})
		}
		fmt.Printf("%q -> %q\n", list, g.Text())
	}
	var none *ast.CommentGroup
	fmt.Printf("nil group -> %q\n", none.Text())
}

func commentMap(file *ast.File) {
	cmap := ast.NewCommentMap(fset, file, file.Comments)
	nodes := make([]ast.Node, 0, len(cmap))
	for n := range cmap {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool { return nodes[i].Pos() < nodes[j].Pos() })
	for _, n := range nodes {
		fmt.Printf("%T at %s:", n, fset.Position(n.Pos()))
		for _, g := range cmap[n] {
			fmt.Printf(" %q", g.Text())
		}
		fmt.Println()
	}
	fmt.Println(len(cmap.Comments()), "comments,", len(cmap.Filter(file.Decls[1])), "with the function")
}

func sortImports(file *ast.File) {
	ast.SortImports(fset, file)
	for _, s := range file.Decls[0].(*ast.GenDecl).Specs {
		imp := s.(*ast.ImportSpec)
		fmt.Printf("%s at %s", imp.Path.Value, fset.Position(imp.Pos()))
		if imp.Comment != nil {
			fmt.Printf(", comment at %s", fset.Position(imp.Comment.Pos()))
		}
		fmt.Println()
	}
}

func scopes(file *ast.File) {
	s := ast.NewScope(file.Scope)
	v := ast.NewObj(ast.Var, "v")
	fmt.Println(s.Insert(v) == nil, s.Insert(ast.NewObj(ast.Con, "v")) == v, s.Lookup("v").Kind, s.Lookup("Sum"), s.Outer.Lookup("Sum").Kind)
	text := s.String()
	fmt.Printf("%q\n", text[strings.Index(text, "{"):])
	for _, k := range []ast.ObjKind{ast.Bad, ast.Pkg, ast.Con, ast.Typ, ast.Var, ast.Fun, ast.Lbl} {
		fmt.Print(int(k), "=", k, " ")
	}
	fmt.Println()
	sum := file.Scope.Lookup("Sum")
	total := sum.Decl.(*ast.FuncDecl).Type.Results.List[0].Names[0].Obj
	fmt.Println(fset.Position(sum.Pos()), fset.Position(total.Pos()), v.Pos())
}

func newPackage(file *ast.File) {
	universe := ast.NewScope(nil)
	universe.Insert(ast.NewObj(ast.Typ, "int"))
	files := map[string]*ast.File{"calc.go": file}

	// Without an importer the imports fail, and the universe is not used.
	pkg, err := ast.NewPackage(fset, files, nil, universe)
	fmt.Println(pkg.Name, len(file.Unresolved), "unresolved:", err)
	for _, e := range err.(scanner.ErrorList) {
		fmt.Println(" ", e)
	}

	// An importer that cannot find fmt at first: the universe is left
	// out again.
	findsFmt := false
	importer := func(imports map[string]*ast.Object, path string) (*ast.Object, error) {
		if path == "fmt" && !findsFmt {
			return nil, fmt.Errorf("no package %s", path)
		}
		pkg := ast.NewObj(ast.Pkg, path)
		pkg.Data = ast.NewScope(nil)
		imports[path] = pkg
		return pkg, nil
	}
	_, err = ast.NewPackage(fset, files, importer, universe)
	fmt.Println(err)

	// Finding both, int is the universe's.
	findsFmt = true
	_, err = ast.NewPackage(fset, files, importer, universe)
	result := file.Decls[1].(*ast.FuncDecl).Type.Results.List[0].Type.(*ast.Ident)
	fmt.Println(err, len(file.Unresolved), "unresolved;", result.Name, "is a", result.Obj.Kind)
}

func filters() {
	field := func(names ...string) *ast.Field {
		f := &ast.Field{Type: ast.NewIdent("int")}
		for _, n := range names {
			f.Names = append(f.Names, ast.NewIdent(n))
		}
		return f
	}
	point := &ast.TypeSpec{Name: ast.NewIdent("Point"), Type: &ast.StructType{Fields: &ast.FieldList{List: []*ast.Field{
		field("X", "y"), field("z"), {Type: &ast.StarExpr{X: ast.NewIdent("Embedded")}}, {Type: ast.NewIdent("hidden")},
	}}}}
	private := &ast.TypeSpec{Name: ast.NewIdent("private"), Type: ast.NewIdent("int")}
	vars := &ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent("A"), ast.NewIdent("b")}}
	src := &ast.File{Name: ast.NewIdent("p"), Decls: []ast.Decl{
		&ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{point, private}},
		&ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{vars}},
		&ast.FuncDecl{Name: ast.NewIdent("helper"), Type: &ast.FuncType{Params: &ast.FieldList{}}},
	}}
	fmt.Println("exports:", ast.FileExports(src), len(src.Decls), "decls")
	st := point.Type.(*ast.StructType)
	for _, f := range st.Fields.List {
		fmt.Printf("  field %v %T\n", f.Names, f.Type)
	}
	fmt.Println("  incomplete:", st.Incomplete, "vars:", vars.Names)

	decl := &ast.GenDecl{Tok: token.CONST, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent("one"), ast.NewIdent("two")}}}}
	fmt.Println("filter t*:", ast.FilterDecl(decl, func(n string) bool { return strings.HasPrefix(n, "t") }), decl.Specs[0].(*ast.ValueSpec).Names)
	fmt.Println(ast.IsExported("Sum"), ast.IsExported("sum"), ast.NewIdent("Go").IsExported(), (*ast.Ident)(nil).String())
}

func merge() {
	doc := func(text string) *ast.CommentGroup {
		return &ast.CommentGroup{List: []*ast.Comment{{Text: text}}}
	}
	fn := func(name string, d *ast.CommentGroup) *ast.FuncDecl {
		return &ast.FuncDecl{Doc: d, Name: ast.NewIdent(name), Type: &ast.FuncType{Params: &ast.FieldList{}}}
	}
	imp := func(path string) *ast.ImportSpec { return &ast.ImportSpec{Path: &ast.BasicLit{Value: path}} }
	pkg := &ast.Package{Name: "p", Files: map[string]*ast.File{
		"b.go": {Package: 20, Doc: doc("// Second file."), Decls: []ast.Decl{fn("F", doc("// F, documented.")), fn("H", nil)}, Imports: []*ast.ImportSpec{imp(`"os"`), imp(`"fmt"`)}},
		"a.go": {Package: 10, Doc: doc("// Package p merges."), Decls: []ast.Decl{fn("F", nil), fn("G", nil)}, Imports: []*ast.ImportSpec{imp(`"fmt"`)}},
	}}
	for _, mode := range []ast.MergeMode{0, ast.FilterFuncDuplicates | ast.FilterImportDuplicates | ast.FilterUnassociatedComments} {
		f := ast.MergePackageFiles(pkg, mode)
		fmt.Printf("mode %d: package at %d, doc %q\n", mode, f.Package, f.Doc.Text())
		for _, d := range f.Decls {
			fmt.Printf("  func %s documented %v\n", d.(*ast.FuncDecl).Name, d.(*ast.FuncDecl).Doc != nil)
		}
		fmt.Printf("  %d imports, comments nil: %v\n", len(f.Imports), f.Comments == nil)
	}
}

func main() {
	tf.SetLinesForContent([]byte(src))
	file := buildFile()

	section("ast.Print")
	ast.Print(fset, file)

	section("node kinds")
	countKinds(file)

	section("spans")
	ast.Walk(spanPrinter{}, file.Decls[1])

	section("End rules")
	endRules()

	section("CommentGroup.Text")
	commentTexts()

	section("CommentMap")
	commentMap(file)

	section("SortImports")
	sortImports(file)

	section("scopes")
	scopes(file)

	section("NewPackage")
	newPackage(file)

	section("filters")
	filters()

	section("MergePackageFiles")
	merge()

	section("Fprint with a filter")
	noPos := func(name string, v reflect.Value) bool {
		return ast.NotNilFilter(name, v) && v.Type() != reflect.TypeOf(token.NoPos)
	}
	ast.Fprint(os.Stdout, nil, file.Decls[1].(*ast.FuncDecl).Type, noPos)
	ast.Fprint(os.Stdout, nil, []any{nil, []byte("raw"), [2]bool{true}, map[string]int{}, struct{ a, B int }{1, 2}}, nil)
}
