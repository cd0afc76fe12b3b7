// Tests the strings package's functions with Go's edge cases: Split with an
// empty separator (UTF-8 characters) and on empty input, SplitN/SplitAfter
// counts, Fields on Unicode spaces, Index/LastIndex family with empty and
// non-ASCII needles, IndexRune(RuneError) on invalid UTF-8, Count(""),
// Trim variants with multi-rune cutsets, Title, ToUpper/ToLower on
// non-ASCII, EqualFold across Unicode folding orbits, Map dropping runes,
// Repeat, Replace with empty old, Cut, Compare, ToValidUTF8.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q %d\n", strings.Split("", ","), len(strings.Split("", ",")))
	fmt.Printf("%q %q\n", strings.Split("日本語", ""), strings.Split("", ""))
	fmt.Printf("%q\n", strings.Split("a\xffb", ""))
	fmt.Printf("%q %q %q\n", strings.SplitN("a,b,c,d", ",", 2), strings.SplitN("a,b", ",", 0), strings.SplitN("abc", "", 2))
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b,c", ","), strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q %q\n", strings.Fields("  many   spaces\there\n"), strings.Fields("   "))
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u2003c\u3000d\u0085e"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))

	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("x", ""), strings.Index("", "a"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go", ""), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.IndexAny("golang", "xyzn"), strings.IndexAny("golang", ""), strings.LastIndexAny("golang", "go"), strings.LastIndexAny("日本語", "本"))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("a\xffb", '\uFFFD'), strings.IndexRune("a\uFFFDb", '\uFFFD'), strings.IndexRune("abc", -1))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello, 世界", func(r rune) bool { return r > 127 }), strings.LastIndexFunc("go123", unicode.IsLetter))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("日本語", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("", ""), strings.ContainsAny("failure", "ui"), strings.ContainsAny("", ""), strings.ContainsRune("aardvark", 97))
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", ""), strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "Ami"))

	fmt.Printf("%q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("¡¡¡Hello!!!", "!¡"), strings.TrimRight("¡¡¡Hello!!!", "!¡"))
	fmt.Printf("%q %q %q\n", strings.Trim("", "x"), strings.Trim("abc", ""), strings.Trim("xxxx", "x"))
	fmt.Printf("%q %q\n", strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), strings.TrimSpace("\u3000 日本 \u00a0"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q %q\n", strings.TrimLeftFunc("  x ", unicode.IsSpace), strings.TrimRightFunc("x日本", func(r rune) bool { return r > 127 }))

	fmt.Println(strings.Title("her royal highness"), strings.Title("hello wörld-foo_bar o'neil"), strings.ToTitle("loud noises"))
	fmt.Println(strings.ToUpper("Gopher straße ünï ǆ"), strings.ToLower("GOPHER ÀÉÎ Σ"), strings.ToUpper(""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ς", "Σ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("a", "ab"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana split"))
	fmt.Printf("%q %q\n", strings.Map(func(r rune) rune { return r }, "a\xffb"), strings.Map(func(r rune) rune { return r + 1 }, "a\xffb"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), strings.Repeat("x", 0) == "", len(strings.Repeat("abc", 1000)))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.Replace("abc", "", "-", -1), strings.Replace("日本", "", "|", 2))
	fmt.Println(strings.ReplaceAll("banana", "a", ""), strings.Replace("aaa", "a", "b", 0))
	fmt.Println(strings.Cut("key:value:extra", ":"))
	fmt.Println(strings.Cut("novalue", ":"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"), strings.Compare("", "a"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, "x") == "", strings.Join([]string{"solo"}, "+"))
	fmt.Printf("%q %q\n", strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.ToValidUTF8("valid", "?"))
	fmt.Println(strings.Clone("copy") == "copy")
}
