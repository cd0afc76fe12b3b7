// go/format and go/printer: format.Source on a badly laid out file (comments,
// aligned struct fields and consts, composite literals, generics, a switch
// with a label, imports to sort, numbers to normalize), on a declaration
// list and on an indented statement list; format.Node and printer.Fprint of
// a tree built by hand (operator spacing by precedence, parentheses for a
// hand-built tree); Config modes (RawFormat, UseSpaces, TabIndent, Indent,
// SourcePos); CommentedNode; and the errors of a bad source and a bad node.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"strings"
)

const messy = `// Package shapes is a test.
package shapes
import ("strings"
  "fmt"
  "errors")
// A Point is a point.
type Point struct{X,Y int // coordinates
Label string ` + "`json:\"label\"`" + `
  // Tags is documented.
  Tags []string}
const (Small=1 // one
Medium=0X1F
  Large float64=1E3)
type Number interface{~int|~float64}
func Sum[T Number](xs ...T) (total T) {for _,x:=range xs{total+=x}
return}
var table=map[string]Point{"origin":{0,0,"o",nil},
"far-away":{X:1000,Y:-1000},
}
func classify(p Point)string{
switch{
case p.X==0&&p.Y==0: return "origin" /* special */
case p.X*p.X+p.Y*p.Y<100:return "near"
default:
 break}
loop:
	for i:=0;i<3;i++{if i==1{continue loop}}
	return fmt.Sprint(strings.ToUpper(p.Label),errors.New("x"))
}
func one() int { return 1 }
`

func source(name, src string) {
	fmt.Printf("== format.Source: %s\n", name)
	out, err := format.Source([]byte(src))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s", out)
	again, _ := format.Source(out)
	fmt.Println("-- idempotent:", bytes.Equal(out, again))
}

// handBuilt returns a*(b+c) - -d/2 as a tree with no positions.
func handBuilt() ast.Expr {
	sum := &ast.BinaryExpr{X: ast.NewIdent("b"), Op: token.ADD, Y: ast.NewIdent("c")}
	prod := &ast.BinaryExpr{X: ast.NewIdent("a"), Op: token.MUL, Y: sum}
	neg := &ast.UnaryExpr{Op: token.SUB, X: ast.NewIdent("d")}
	half := &ast.BinaryExpr{X: neg, Op: token.QUO, Y: &ast.BasicLit{Kind: token.INT, Value: "2"}}
	return &ast.BinaryExpr{X: prod, Op: token.SUB, Y: half}
}

func handBuiltFunc() *ast.FuncDecl {
	ret := &ast.ReturnStmt{Results: []ast.Expr{handBuilt()}}
	params := &ast.FieldList{List: []*ast.Field{{
		Names: []*ast.Ident{ast.NewIdent("a"), ast.NewIdent("b"), ast.NewIdent("c"), ast.NewIdent("d")},
		Type:  ast.NewIdent("int"),
	}}}
	return &ast.FuncDecl{
		Name: ast.NewIdent("calc"),
		Type: &ast.FuncType{Params: params, Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("int")}}}},
		Body: &ast.BlockStmt{List: []ast.Stmt{ret}},
	}
}

func modes(fset *token.FileSet, file *ast.File) {
	configs := []struct {
		name string
		cfg  printer.Config
	}{
		{"default (tabs)", printer.Config{Tabwidth: 8}},
		{"RawFormat", printer.Config{Mode: printer.RawFormat, Tabwidth: 8}},
		{"UseSpaces|TabIndent", printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 8}},
		{"UseSpaces, Tabwidth 4, Indent 1", printer.Config{Mode: printer.UseSpaces, Tabwidth: 4, Indent: 1}},
		{"SourcePos", printer.Config{Mode: printer.SourcePos, Tabwidth: 8}},
	}
	for _, c := range configs {
		fmt.Printf("== Config %s\n", c.name)
		var buf bytes.Buffer
		if err := c.cfg.Fprint(&buf, fset, file); err != nil {
			fmt.Println("error:", err)
		}
		// Make tabs visible.
		fmt.Print(strings.ReplaceAll(buf.String(), "\t", "→"))
	}
}

func main() {
	source("messy file", messy)
	source("declarations", "\n\n  var x=1\nfunc f(){x++}\n\n")
	source("statements", "\n\t\tif x{\n\t\t\ty()}\n\t\t// done\n\t\tz:=[]int{1,2,\n3}\n")
	source("expression", "a+b*c")
	source("syntax error", "package p\nfunc {")

	fset := token.NewFileSet()
	fmt.Println("== printer.Fprint of a hand-built expression")
	printer.Fprint(os.Stdout, fset, handBuilt())
	fmt.Println()
	fmt.Println("== format.Node of a hand-built function")
	format.Node(os.Stdout, fset, handBuiltFunc())
	fmt.Println()

	src := "package q\n\ntype T struct {\n\tA int // a\n\tLonger string\n}\n\n// F doc.\nfunc F() {\n\tx := T{A: 1,\n\t\tLonger: \"s\"}\n\t_ = x\n}\n"
	file, err := parser.ParseFile(fset, "q.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println(err)
		return
	}
	modes(fset, file)

	fmt.Println("== CommentedNode of the second declaration")
	var buf bytes.Buffer
	printer.Fprint(&buf, fset, &printer.CommentedNode{Node: file.Decls[1], Comments: file.Comments})
	fmt.Println(buf.String())
	fmt.Println("== the same declaration without comments")
	buf.Reset()
	printer.Fprint(&buf, fset, file.Decls[1])
	fmt.Println(buf.String())
	fmt.Println("== statement list")
	buf.Reset()
	printer.Fprint(&buf, fset, file.Decls[1].(*ast.FuncDecl).Body.List)
	fmt.Println(buf.String())

	fmt.Println("== SourcePos where lines were joined and split")
	fset2 := token.NewFileSet()
	joined, _ := parser.ParseFile(fset2, "j.go", "package j; var a = 1; var b = 2\n\n\n\n\nfunc f() {}\n", 0)
	(&printer.Config{Mode: printer.SourcePos, Tabwidth: 8}).Fprint(os.Stdout, fset2, joined)

	fmt.Println("== unsupported node")
	fmt.Println(printer.Fprint(&buf, fset, 42))
}
