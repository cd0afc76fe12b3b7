// Tests text/template/parse: the trees of valid templates printed back as
// source, node types and number representations, and Go's error texts
// for malformed ones.
package main

import (
	"fmt"
	"sort"
	"text/template/parse"
)

var funcs = map[string]any{"printf": fmt.Sprintf, "len": 0, "and": 0, "index": 0, "html": 0, "break": nil}

func main() {
	for _, text := range []string{
		"",
		"plain text",
		"{{.}}",
		"{{.X.Y}} and {{$}} {{$.Z}}",
		"{{/* comment */}}a{{- /* trimmed */ -}} b",
		"a  {{- 3 -}}  b",
		`{{printf "%d" 1 | printf "%s"}}`,
		"{{$x := 1}}{{$x = 2}}{{$x}}",
		"{{range $i, $v := .}}{{$i}}{{$v}}{{break}}{{continue}}{{else}}none{{end}}",
		"{{if .A}}a{{else if .B}}b{{else}}c{{end}}",
		"{{with .A}}{{.}}{{end}}",
		`{{define "T"}}t{{end}}{{template "T" .}}{{template "T"}}`,
		`{{block "B" .}}b{{end}}`,
		"{{(len .).Field}} {{(printf `x`)}}",
		"{{1}} {{-1}} {{1.5}} {{1e3}} {{0x10}} {{'a'}} {{1i}} {{1+2i}} {{nil}} {{true}} {{false}} {{0b101}} {{0o17}} {{1_000}}",
		"{{and 1 2 | html}}",
		"{{index . 1 2}}",
		"line1\n{{.A\n.B}}",
	} {
		trees, err := parse.Parse("t", text, "", "", funcs)
		if err != nil {
			fmt.Printf("%q: error %v\n", text, err)
			continue
		}
		var names []string
		for name := range trees {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			fmt.Printf("%q: %s = %q\n", text, name, trees[name].Root.String())
		}
	}

	tree, _ := parse.Parse("n", "{{1}}{{-2}}{{1.5}}{{1e3}}{{'x'}}{{2i}}{{3+0i}}{{0x1p4}}{{18446744073709551615}}", "", "")
	for _, n := range tree["n"].Root.Nodes {
		num := n.(*parse.ActionNode).Pipe.Cmds[0].Args[0].(*parse.NumberNode)
		fmt.Println(num.Text, num.IsInt, num.IsUint, num.IsFloat, num.IsComplex, num.Int64, num.Uint64, num.Float64, num.Complex128)
	}
	tree, _ = parse.Parse("k", "x{{if .A}}{{.B}}{{end}}{{range .}}{{end}}{{with 1}}{{end}}{{template \"k\"}}{{$}}{{nil}}", "", "")
	for _, n := range tree["k"].Root.Nodes {
		fmt.Println(n.Type(), n.Position(), n.String())
	}
	copied := tree["k"].Copy()
	fmt.Println(copied.Root.String() == tree["k"].Root.String(), copied.Name)
	loc, ctx := tree["k"].ErrorContext(tree["k"].Root.Nodes[1])
	fmt.Println(loc, ctx)
	fmt.Println(parse.IsEmptyTree(tree["k"].Root), parse.NewIdentifier("f").SetPos(3).String())

	delims, err := parse.Parse("d", "<<.X>> {{.Y}}", "<<", ">>")
	fmt.Println(delims["d"].Root.String(), err)

	for _, text := range []string{
		"{{",
		"{{.X",
		"{{.X}",
		"{{/* x",
		"{{/* x */ .X}}",
		"{{end}}",
		"{{else}}",
		"{{if .X}}",
		"{{if}}{{end}}",
		"{{range .}}{{else}}{{else}}{{end}}",
		"{{nofunc}}",
		"{{$x}}",
		"{{$x := 1 := 2}}",
		"{{range $a, $b, $c := .}}{{end}}",
		"{{with $a, $b := .}}{{end}}",
		"{{.X | 3}}",
		"{{(1}}",
		"{{1)}}",
		"{{1 2 ,}}",
		"{{\"unterminated}}",
		"{{`raw}}",
		"{{'ab'}}",
		"{{'a}}",
		"{{3k}}",
		"{{0x}}",
		"{{99999999999999999999}}",
		"{{.X.}}",
		"{{1.X}}",
		"{{break}}",
		"{{range .}}{{continue 1}}{{end}}",
		`{{define "a"}}x{{end}}{{define "a"}}y{{end}}`,
		`{{define a}}{{end}}`,
		`{{template}}`,
		"{{.X:}}",
		"{{€}}",
		"{{#}}",
		"{{.X\n",
		"{{if .A}}\n{{else}}\n{{end}}{{end}}",
		"{{$x := }}",
		"{{|}}",
		"{{(.X) .Y}} {{ (1) }}",
	} {
		_, err := parse.Parse("bad", text, "", "", funcs)
		fmt.Printf("%q: %v\n", text, err)
	}
}
