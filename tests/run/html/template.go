// html/template: a blog page template escaped by context — text,
// attributes (quoted and not), URLs in paths and queries, inline JS
// values, strings and regexps, CSS values and strings, comments — with
// range/if/with, {{block}}/{{define}} and {{template}} called from several
// contexts; the safe types, values filtered to ZgotmplZ, the predefined
// escapers, ExecuteTemplate, Clone, Lookup, and the errors for templates
// the escaper rejects.
package main

import (
	"fmt"
	"html/template"
	"os"
	"sort"
	"strings"
)

type Post struct {
	Title  string
	Author string
	Tags   []string
	Body   template.HTML
	Link   string
	Color  string
	Score  float64
}

const page = `{{define "tag"}}<a class="tag" href="/tags/{{.}}?from={{.}}">#{{.}}</a>{{end -}}
<!DOCTYPE html>
<html><head><title>{{.Site}} — {{len .Posts}} posts</title>
<style>body { color: {{.Theme}}; font-family: "{{.Font}}" }</style>
<!-- a comment the reader never sees: {{.Site}} -->
</head><body>
{{range $i, $p := .Posts -}}
<article id=post-{{$i}} data-author="{{$p.Author}}" style="border-color: {{$p.Color}}">
  <h2 title='{{$p.Title}}'>{{$p.Title}}</h2>
  <p>by <a href="{{$p.Link}}">{{$p.Author}}</a>, score {{printf "%.1f" $p.Score}}</p>
  {{with $p.Tags}}<nav>{{range .}}{{template "tag" .}} {{end}}</nav>{{else}}<nav>untagged</nav>{{end}}
  <div>{{$p.Body}}</div>
  <button onclick="vote({{$p.Title}}, {{$p.Score}}, {{$p.Tags}})">vote</button>
</article>
{{end -}}
<script>
  /* the page's data */
  var site = "{{.Site}}", re = /{{.Search}}/g;
  var posts = {{len .Posts}} / 2;
</script>
{{block "footer" .}}<footer>{{.Site}}</footer>{{end}}
</body></html>
`

func main() {
	t := template.Must(template.New("page").Parse(page))
	data := map[string]any{
		"Site":   `Tom & Jerry's <blog>`,
		"Theme":  "darkblue",
		"Font":   `Comic "Sans"`,
		"Search": "a.b*c",
		"Posts": []Post{
			{"Hello, <world>", "tom", []string{"intro", "c++"}, "<em>first</em> post", "https://example.com/tom?x=1&y=2", "red", 4.5},
			{`"Quotes" & 'apostrophes'`, "jerry", nil, "plain &amp; simple", "javascript:alert('pwned')", "expression(alert(1))", 3},
		},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}

	// ExecuteTemplate runs one template of the set; "tag" is escaped
	// separately for being called from text.
	fmt.Print("tag: ")
	if err := t.ExecuteTemplate(os.Stdout, "tag", "go lang/1?"); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()
	names := []string{}
	for _, x := range t.Templates() {
		names = append(names, x.Name())
	}
	sort.Strings(names)
	fmt.Println("templates:", strings.Join(names, " "))

	// The safe types pass through in their own context only.
	safe := template.Must(template.New("safe").Parse(
		`{{.H}} <a {{.A}} href="{{.U}}" style="{{.C}}" onclick="{{.J}}; x = '{{.S}}'">{{.H}}</a> <p title="{{.H}}"></p>` + "\n"))
	safe.Execute(os.Stdout, map[string]any{
		"H": template.HTML("<b>bold</b>"),
		"A": template.HTMLAttr(`target="_blank"`),
		"U": template.URL("javascript:void(0)"),
		"C": template.CSS("color: green"),
		"J": template.JS("alert(1 < 2)"),
		"S": template.JSStr(`it\'s`),
	})

	// Values the escaper refuses in a given place become ZgotmplZ.
	filtered := template.Must(template.New("filtered").Parse(
		`<a href="{{.}}">x</a> <p style="color: {{.}}"></p> <input {{.}}=1> <img srcset="{{.}} 2x">` + "\n"))
	filtered.Execute(os.Stdout, "javascript:alert(1)")
	filtered.Execute(os.Stdout, "onclick")

	// The predefined escapers may end a pipeline.
	pre := template.Must(template.New("pre").Parse(`{{. | html}} <a href="/q?s={{. | urlquery}}">{{html . "&"}}</a>` + "\n"))
	pre.Execute(os.Stdout, "a b&c")

	// A clone can redefine a block before it runs.
	base := template.Must(template.New("base").Parse(`<p>{{block "msg" .}}default {{.}}{{end}}</p>` + "\n"))
	clone := template.Must(base.Clone())
	template.Must(clone.Parse(`{{define "msg"}}<i>custom</i> {{.}}{{end}}`))
	base.Execute(os.Stdout, "<1>")
	clone.Execute(os.Stdout, "<2>")
	if _, err := base.Parse(`{{define "msg"}}late{{end}}`); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lookup msg:", base.Lookup("msg") != nil, "lookup none:", base.Lookup("none") == nil)

	fmt.Println("escapers:", template.HTMLEscapeString(`<"'&>`), template.JSEscapeString(`"'</`),
		template.URLQueryEscaper("a b/c?"), template.HTMLEscaper(1, "<"))
	truth, ok := template.IsTrue([]int{})
	fmt.Println("IsTrue([]int{}):", truth, ok)

	// Templates the escaper cannot make safe fail to run, with an *Error.
	bad := []string{
		`<a href="{{if .}}/search?q={{else}}/path/{{end}}{{.}}">`,
		`{{if .}}<a href="{{end}}x">`,
		`<div title="{{.}}`,
		`<script>var s = 'unfinished \`,
		`{{range .}}<b{{end}}`,
		`<script>{{if .}}var x = 1{{end}}/{{.}}/.test(x)</script>`,
		`{{template "missing"}}`,
		`{{. | html | len}}`,
		"<script>var t = `${ {{.}} }`</script>",
		`<a title={{.}}=x>`,
	}
	for _, text := range bad {
		err := template.Must(template.New("bad").Parse(text)).Execute(os.Stdout, "x")
		if e, ok := err.(*template.Error); ok {
			fmt.Printf("code %d: %v\n", e.ErrorCode, err)
		} else {
			fmt.Println("error:", err)
		}
	}
}
