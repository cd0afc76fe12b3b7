// go/parser: a small generic program with comments parsed into a tree
// (node kinds and positions through ast.Inspect, one declaration through
// ast.Print, doc and line comments, the file's scope and unresolved
// names), ParseExpr on expressions, types and an erroneous expression,
// the PackageClauseOnly and ImportsOnly modes, the error lists of broken
// sources with and without AllErrors and DeclarationErrors, and the Trace
// output of a one-line file.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strings"
)

const program = `// Package stack is a generic stack.
package stack

import (
	"errors" // for ErrEmpty
	"fmt"
)

// ErrEmpty is returned by Pop on an empty stack.
var ErrEmpty = errors.New("empty")

// Number is a constraint: any integer or float.
type Number interface {
	~int | ~int64 | ~float64
}

// Stack holds values of type T.
type Stack[T any] struct {
	items []T // top at the end
}

// Push adds v on top.
func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// Pop removes the top value.
func (s *Stack[T]) Pop() (v T, err error) {
	n := len(s.items)
	if n == 0 {
		return v, ErrEmpty
	}
	v, s.items = s.items[n-1], s.items[:n-1]
	return
}

func Sum[N Number](xs ...N) (total N) {
	for _, x := range xs {
		total += x
	}
	fmt.Println(total)
	return
}
`

// summarize prints each node of the tree with its kind and position,
// indented by depth.
func summarize(fset *token.FileSet, n ast.Node) {
	depth := 0
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil {
			depth--
			return false
		}
		extra := ""
		switch n := n.(type) {
		case *ast.Ident:
			extra = n.Name
			if n.Obj != nil {
				extra += fmt.Sprintf(" (%s declared at %s)", n.Obj.Kind, fset.Position(n.Obj.Pos()))
			}
		case *ast.BasicLit:
			extra = n.Value
		case *ast.BinaryExpr:
			extra = n.Op.String()
		case *ast.UnaryExpr:
			extra = n.Op.String()
		case *ast.AssignStmt:
			extra = n.Tok.String()
		case *ast.Comment:
			extra = n.Text
		}
		fmt.Printf("%s%T %s-%s %s\n", strings.Repeat("  ", depth), n,
			fset.Position(n.Pos()), fset.Position(n.End()), extra)
		depth++
		return true
	})
}

func parseProgram() {
	fmt.Println("== program")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "stack.go", program, parser.ParseComments)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	summarize(fset, f)

	fmt.Println("== ast.Print of Stack")
	ast.Print(fset, f.Decls[3])

	fmt.Println("== comments")
	fmt.Printf("package doc: %q\n", f.Doc.Text())
	for _, g := range f.Comments {
		fmt.Printf("group at %s: %q\n", fset.Position(g.Pos()), g.Text())
	}
	imp := f.Imports[0]
	fmt.Printf("import %s, line comment %q\n", imp.Path.Value, imp.Comment.Text())

	fmt.Println("== scope")
	var names []string
	for name, obj := range f.Scope.Objects {
		names = append(names, fmt.Sprintf("%s %s", obj.Kind, name))
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, ", "))
	for _, id := range f.Unresolved {
		fmt.Printf("unresolved %s at %s\n", id.Name, fset.Position(id.Pos()))
	}
}

func parseExprs() {
	fmt.Println("== expressions")
	for _, src := range []string{
		"a + b*c - -d",
		"x.f[i:j:k](y...)",
		"<-chan <-chan int",
		"m[K, V]{k: v}",
		"func(x int) bool { return x > 0 }",
		"a = b",
		"[...]int",
		"(a + ",
	} {
		x, err := parser.ParseExpr(src)
		fmt.Printf("%q:\n", src)
		if err != nil {
			fmt.Println("  error:", err)
		}
		if x != nil {
			summarize(token.NewFileSet(), x)
		}
	}
}

func parseModes() {
	fmt.Println("== modes")
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "stack.go", program, parser.PackageClauseOnly)
	fmt.Println("package clause only:", f.Name.Name, len(f.Decls), "decls", err)
	f, err = parser.ParseFile(fset, "stack.go", program, parser.ImportsOnly)
	fmt.Println("imports only:", len(f.Decls), "decls", len(f.Imports), "imports", err)
	for _, imp := range f.Imports {
		fmt.Println("  import", imp.Path.Value)
	}
	f, err = parser.ParseFile(fset, "stack.go", program, parser.SkipObjectResolution)
	fmt.Println("skip resolution:", f.Scope == nil, f.Unresolved == nil, err)
}

var broken = []string{
	"package p\nfunc f() {\n\tx := \n}\n",
	"package p\nfunc f() {\n\tg(1, 2\n\th()\n}\n",
	"package p\nvar x int = \nconst c\ntype T[P] int\n",
	"package p\nfunc f() { if x { } else y }\n",
	"package p\n42\nfunc (a, b int) {}\n",
	"package p\nfunc f() {\n\tx, x := 1, 2\n\tgoto L\n}\nfunc f() {}\n",
	"package p\nfunc f() { a b c d }\nfunc g() { e f }\n",
	"package p\nfunc f[]() {}\nfunc g() { s[1::] }\n",
	"package p\nfunc f() {\n",
	"x := 1",
}

func parseBroken() {
	fmt.Println("== errors")
	for _, mode := range []parser.Mode{0, parser.AllErrors | parser.DeclarationErrors} {
		fmt.Println("mode", mode)
		for i, src := range broken {
			fset := token.NewFileSet()
			_, err := parser.ParseFile(fset, fmt.Sprintf("bad%d.go", i), src, mode)
			list, ok := err.(scanner.ErrorList)
			if !ok {
				fmt.Printf("bad%d.go: %v\n", i, err)
				continue
			}
			for _, e := range list {
				fmt.Println(" ", strings.ReplaceAll(e.Error(), "\n", "\\n"))
			}
		}
	}
}

func traceOne() {
	fmt.Println("== trace")
	fset := token.NewFileSet()
	parser.ParseFile(fset, "t.go", "package t; var v = f(1) + 2", parser.Trace)
}

func main() {
	parseProgram()
	parseExprs()
	parseModes()
	parseBroken()
	traceOne()
}
