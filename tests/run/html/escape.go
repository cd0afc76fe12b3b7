// Tests html: EscapeString and UnescapeString on named references (with
// and without semicolons, two-rune ones, prefixes), numeric references
// (decimal, hex, Windows-1252 substitutes, invalid values) and plain text.
package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{`<a href="x?a=1&b='2'">Tom & Jerry</a>`, "", "plain", "&&&"} {
		e := html.EscapeString(s)
		fmt.Printf("%q %q %v\n", s, e, html.UnescapeString(e) == s)
	}
	for _, s := range []string{
		"&amp; &lt;&gt; &quot;&apos; &copy &copy; &AElig &aacute; &Aacute; &NotEqualTilde; &nGt; &acE;",
		"&#65;&#x42;&#X43; &#x1F600; &#128512 &#0; &#xD800; &#x110000; &#x80;&#x9f;&#150; &#; &#x; &#a &# &",
		"&notit; &notin; &noti &amplifier &ampx &am &frac34x &frac34; &unknown; &;&a;&1;",
		"a&b c&&d&", "no entities at all", "&lt", "&lt;&lt", "x&#65",
	} {
		fmt.Printf("%q\n", html.UnescapeString(s))
	}
}
