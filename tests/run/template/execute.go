// Tests text/template's execution: fields, methods, maps, variables,
// if/else if/with/range (break, continue, else, maps in key order,
// channels), define/template/block, the builtin functions, FuncMap,
// comparisons, escapers, missingkey options, Clone, Lookup, Must, and
// Go's texts for execution errors.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

type Inner struct {
	Name string
	Tags []string
}

type Data struct {
	Title   string
	N       int
	U       uint8
	F       float64
	B       bool
	Items   []string
	M       map[string]int
	Ptr     *Inner
	NilPtr  *Inner
	In      Inner
	Iface   any
	Fn      func(int) int
	private int
}

func (d Data) Greet(who string) string { return "hello, " + who }
func (d *Data) PtrMethod() string      { return "ptr method on " + d.Title }
func (d Data) Fail() (string, error)   { return "", errors.New("method failed") }
func (d Data) Multi() (int, int)       { return 1, 2 }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func run(name, text string, data any) {
	t, err := template.New(name).Funcs(template.FuncMap{
		"upper": strings.ToUpper,
		"add":   func(a, b int) int { return a + b },
		"fail":  func() (string, error) { return "", errors.New("boom") },
		"join":  strings.Join,
		"pair":  func(a string, rest ...int) string { return fmt.Sprint(a, rest) },
	}).Parse(text)
	if err != nil {
		fmt.Printf("%s: parse error: %v\n", name, err)
		return
	}
	var b strings.Builder
	err = t.Execute(&b, data)
	fmt.Printf("%s: %q", name, b.String())
	if err != nil {
		var ee template.ExecError
		fmt.Printf(" error: %v (ExecError %v)", err, errors.As(err, &ee))
	}
	fmt.Println()
}

func main() {
	d := &Data{
		Title: "T<&>", N: 3, U: 7, F: 2.5, B: true,
		Items: []string{"a", "b", "c"},
		M:     map[string]int{"z": 26, "a": 1, "m": 13},
		Ptr:   &Inner{Name: "inner", Tags: []string{"x", "y"}},
		In:    Inner{Name: "value"},
		Iface: 42,
		Fn:    func(x int) int { return x * 10 },
	}
	cases := [][2]string{
		{"text", "just text"},
		{"dot", "{{.In}} {{.M}} {{.Items}}"},
		{"fields", "{{.Title}} {{.N}} {{.U}} {{.F}} {{.B}} {{.Ptr.Name}} {{.In.Name}} {{.Iface}}"},
		{"nofield", "{{.Missing}}"},
		{"unexported", "{{.private}}"},
		{"nilptr", "{{.NilPtr.Name}}"},
		{"methods", "{{.Greet \"bob\"}} {{.PtrMethod}} {{.Title | printf \"%s!\"}}"},
		{"methoderr", "{{.Fail}}"},
		{"multi", "{{.Multi}}"},
		{"map", "{{.M.z}} {{.M.nothere}} {{index .M \"a\"}} {{index .M \"q\"}}"},
		{"vars", "{{$x := .N}}{{$x}} {{$x = 5}}{{$x}} {{$.N}} {{$.Title}}"},
		{"if", "{{if .B}}yes{{end}} {{if .NilPtr}}no{{else}}else{{end}} {{if 0}}a{{else if .N}}b{{else}}c{{end}}"},
		{"with", "{{with .Ptr}}{{.Name}}{{end}} {{with .NilPtr}}x{{else}}none{{end}}"},
		{"range", "{{range .Items}}[{{.}}]{{end}} {{range $i, $v := .Items}}{{$i}}={{$v}} {{end}}"},
		{"rangemap", "{{range $k, $v := .M}}{{$k}}:{{$v}} {{end}}"},
		{"rangeelse", "{{range .NilPtr}}x{{else}}empty{{end}} {{range $x := .Ptr.Tags}}{{$x}}{{end}}"},
		{"breakcont", "{{range .Items}}{{if eq . \"b\"}}{{continue}}{{end}}{{if eq . \"c\"}}{{break}}{{end}}{{.}}{{end}}"},
		{"rangeint", "{{range .N}}x{{end}}"},
		{"define", `{{define "T1"}}<{{.}}>{{end}}{{template "T1" .N}}{{template "T1" "s"}}`},
		{"block", `{{block "B" .Items}}{{len .}} items{{end}}`},
		{"notemplate", `{{template "nope"}}`},
		{"builtins", `{{len .Items}} {{index .Items 1}} {{slice .Items 1 2}} {{slice "hello" 1 3}} {{not .B}} {{and 1 0 2}} {{or 0 "" "x"}} {{and 1 2}}`},
		{"print", `{{print 1 2 "a" "b"}} {{println "x" 3}}{{printf "%05.1f|%q" .F .Title}}`},
		{"call", `{{call .Fn 4}} {{call .Fn}}`},
		{"escapers", `{{html .Title}} {{js "a'b\"c<d>\n"}} {{urlquery "a b&c=d/é"}} {{.Title | html}}`},
		{"compare", `{{eq 1 1}} {{eq 1 2 3 1}} {{ne "a" "b"}} {{lt 1 2}} {{le 2 2}} {{gt 1.5 2.5}} {{ge "b" "a"}} {{eq .U 7}} {{lt -1 .U}}`},
		{"badcompare", `{{lt true false}}`},
		{"badcompare2", `{{eq 1 "a"}}`},
		{"funcs", `{{upper "abc"}} {{add 2 3}} {{.Items | join "-" | upper}} {{pair "p" 1 2}} {{pair "q"}}`},
		{"funcerr", `{{fail}}`},
		{"wrongargs", `{{add 1}}`},
		{"wrongtype", `{{add 1 "x"}}`},
		{"numbers", `{{1}} {{1.5}} {{0x10}} {{'a'}} {{1e2}} {{-3}} {{1+2i}}`},
		{"nilcmd", `{{nil}}`},
		{"nonfunc", `{{.N 1}}`},
		{"indexerr", `{{index .Items 5}}`},
		{"indexerr2", `{{index .Items 3}}`},
		{"lenerr", `{{len 3}}`},
		{"stringer", `{{.}}`},
		{"trim", "a  {{- 1 -}}  b {{- /* c */ -}} c"},
		{"paren", `{{(index .Items 0) | printf "%s%s" "x"}} {{(.Ptr).Name}}`},
		{"chain", `{{(index .M "z") | add 1}}`},
		{"nilchain", `{{.Iface.X}}`},
		{"printfunc", `{{.Fn}}`},
		{"notbool", `{{if .Fn}}has fn{{end}}`},
	}
	for _, c := range cases {
		var data any = d
		if c[0] == "stringer" {
			data = Celsius(21.5)
		}
		run(c[0], c[1], data)
	}
	run("nildata", "{{.X}}", nil)
	run("mapdata", "{{.a}} {{.b}}", map[string]string{"a": "A"})

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	run("chan", "{{range .}}{{.}}{{end}}", ch)

	for _, opt := range []string{"missingkey=default", "missingkey=zero", "missingkey=error"} {
		t := template.Must(template.New("opt").Option(opt).Parse("{{.a}} {{.b}}"))
		var b strings.Builder
		err := t.Execute(&b, map[string]int{"a": 1})
		fmt.Printf("%s: %q %v\n", opt, b.String(), err)
	}

	// A set: New, Lookup, ExecuteTemplate, Clone, Templates, DefinedTemplates.
	root := template.Must(template.New("root").Parse(`{{define "a"}}A{{.}}{{end}}{{define "b"}}B{{template "a" .}}{{end}}root`))
	var b strings.Builder
	fmt.Println(root.ExecuteTemplate(&b, "b", 1), b.String())
	fmt.Println(root.ExecuteTemplate(&b, "zz", 1))
	fmt.Println(root.Lookup("a").Name(), root.Lookup("zz") == nil, len(root.Templates()))
	clone := template.Must(root.Clone())
	template.Must(clone.Parse(`{{define "a"}}cloned{{end}}`))
	b.Reset()
	root.ExecuteTemplate(&b, "b", 2)
	b.WriteString(" ")
	clone.ExecuteTemplate(&b, "b", 2)
	fmt.Println(b.String())
	names := strings.Split(strings.TrimPrefix(root.DefinedTemplates(), "; defined templates are: "), ", ")
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(template.New("empty").Execute(&b, nil))
	fmt.Printf("%q\n", template.New("x").DefinedTemplates())

	// Delims, redefinition, empty definitions.
	dt := template.Must(template.New("d").Delims("<<", ">>").Parse("<<.>> {{.}}"))
	b.Reset()
	dt.Execute(&b, 5)
	fmt.Println(b.String())
	rt := template.Must(template.New("r").Parse(`{{define "x"}}one{{end}}`))
	template.Must(rt.Parse(`{{define "x"}}  {{end}}`)) // empty: keeps "one"
	b.Reset()
	rt.ExecuteTemplate(&b, "x", nil)
	fmt.Println(b.String())
	_, err := rt.Parse(`{{define "x"}}two{{end}}`)
	fmt.Println(err)

	// Must panics with the parse error.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.Must(template.New("bad").Parse("{{.X"))
	}()
	// Funcs with a bad name or signature panics.
	for _, fm := range []template.FuncMap{{"bad-name": strings.ToUpper}, {"two": func() (int, int) { return 1, 2 }}, {"nf": 3}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			template.New("f").Funcs(fm)
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("o").Option("bogus")
	}()

	// Escapers, IsTrue.
	fmt.Println(template.HTMLEscapeString(`<a href="x">'&'</a>`), template.JSEscapeString("é\u2028'\t"), template.URLQueryEscaper("a b", 1))
	fmt.Println(template.HTMLEscaper("<", 1, true), template.JSEscaper(3, "<"))
	for _, v := range []any{nil, 0, 1, "", "x", []int{}, map[int]int{1: 1}, struct{}{}, (*int)(nil), make(chan int)} {
		t, ok := template.IsTrue(v)
		fmt.Print(t, ok, " ")
	}
	fmt.Println()

	// Files: ParseFiles, ParseGlob, ParseFS.
	dir, _ := os.MkdirTemp("", "tmpl")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "one.tmpl"), []byte(`one {{template "two.tmpl" .}}`), 0o644)
	os.WriteFile(filepath.Join(dir, "two.tmpl"), []byte(`two {{.}}`), 0o644)
	ft, err := template.ParseFiles(filepath.Join(dir, "one.tmpl"), filepath.Join(dir, "two.tmpl"))
	b.Reset()
	fmt.Println(err, ft.Name(), ft.Execute(&b, "!"), b.String())
	gt, err := template.ParseGlob(filepath.Join(dir, "*.tmpl"))
	b.Reset()
	fmt.Println(err, gt.Name(), gt.ExecuteTemplate(&b, "two.tmpl", "?"), b.String())
	_, err = template.ParseGlob(filepath.Join(dir, "*.none"))
	fmt.Println(err != nil && strings.HasPrefix(err.Error(), "template: pattern matches no files: `"))
	_, err = template.ParseFiles()
	fmt.Println(err)
	_, err = template.ParseFiles(filepath.Join(dir, "missing.tmpl"))
	fmt.Println(err != nil)
	fsT, err := template.ParseFS(os.DirFS(dir), "*.tmpl")
	b.Reset()
	fmt.Println(err, fsT.Name(), fsT.Execute(&b, 0), b.String())
}
