// Package template (html/template) implements data-driven templates for
// generating HTML output safe against code injection. It has the same
// interface as package text/template, and should be used instead of it
// whenever the output is HTML.
//
// The templates are written in text/template's language. What this package
// adds is contextual auto-escaping: before a template first runs, it is
// parsed as HTML along with the CSS, JavaScript and URLs inside it, and
// each action {{...}} gets the escaping functions that its place in the
// document needs. For example, in
//
//	<a href="/search?q={{.}}" onclick="go({{.}})">{{.}}</a>
//
// the first action is URL-escaped as a query parameter, the second is
// written as a JavaScript value, and the third is HTML-escaped. A value
// that could change the meaning of the page, such as a "javascript:" URL
// where a link starts, is replaced by "ZgotmplZ".
//
// Template authors are trusted; the data is not. Values of the types HTML,
// CSS, JS, JSStr, URL, HTMLAttr and Srcset are content that the program
// vouches for, and are written unescaped in the matching context.
//
// A template whose context cannot be determined — an {{if}} whose branches
// leave the output in different places, a URL whose part depends on a
// branch, a template that ends inside a tag — fails to execute with an
// *Error describing the problem.
package template
