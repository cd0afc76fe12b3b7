// Tests regexp's Find family, submatches, named groups, FindAll with empty
// matches, Split, leftmost-first against leftmost-longest and LiteralPrefix.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	cases := []struct{ pat, text string }{
		{`a+`, "baaac"},
		{`a*`, "baaac"},
		{`(a|ab)(c|bcd)(d*)`, "abcd"},
		{`(?P<first>\w+)\s+(?P<last>\w+)`, "Ada Lovelace, Alan Turing"},
		{`(\d+)-(\d+)?`, "10-20 30- 40-50"},
		{`x*`, "abc"},
		{`^(\w+)@(\w+)\.com$`, "bob@example.com"},
		{`(?i)hello\s+WORLD`, "say HeLLo   world!"},
		{`[^aeiou\s]+`, "regular expressions"},
		{`\bfoo\b`, "foo foobar barfoo foo."},
		{`(?m)^\w+$`, "one\ntwo two\nthree"},
		{`(?s)a.b`, "a\nb"},
		{`a.b`, "a\nb axb"},
		{`\p{Greek}+`, "abc αβγ def"},
		{`[[:upper:]][[:lower:]]*`, "Hello World From Go"},
		{`(a*)*`, "b"},
		{`(a*)+`, "b"},
		{`(a|b)*c`, "abababc"},
		{`a{2,3}`, "aaaaaaa"},
		{`a{2,}?`, "aaaa"},
		{`(?U)a+`, "aaa"},
		{`日本\p{Han}*`, "日本語テキスト"},
		{`\x41\x{42}\103`, "zABCz"},
		{`[\d\-x]+`, "ab12-x3c"},
		{`\Q.*+\E+`, "a.*+.*+b"},
		{`(?:(a)|b)+`, "ab"},
		{`(a)|b`, "b"},
		{`$`, "abc"},
		{`\B`, "ab cd"},
		{``, "abc"},
	}
	for _, c := range cases {
		re := regexp.MustCompile(c.pat)
		fmt.Printf("%q on %q\n", c.pat, c.text)
		fmt.Printf("  FindString=%q FindStringIndex=%v\n", re.FindString(c.text), re.FindStringIndex(c.text))
		fmt.Printf("  Submatch=%q Index=%v\n", re.FindStringSubmatch(c.text), re.FindStringSubmatchIndex(c.text))
		fmt.Printf("  All=%q\n", re.FindAllString(c.text, -1))
		fmt.Printf("  AllIndex=%v\n", re.FindAllStringIndex(c.text, -1))
		fmt.Printf("  AllSub=%q\n", re.FindAllStringSubmatch(c.text, 2))
		fmt.Printf("  AllSubIdx=%v\n", re.FindAllStringSubmatchIndex(c.text, -1))
		fmt.Printf("  Match=%v Num=%d Names=%q\n", re.MatchString(c.text), re.NumSubexp(), re.SubexpNames())
		p, complete := re.LiteralPrefix()
		fmt.Printf("  Prefix=%q %v String=%s\n", p, complete, re)
		b := []byte(c.text)
		fmt.Printf("  bytes: %q %v %q %v\n", re.Find(b), re.FindIndex(b), re.FindSubmatch(b), re.FindSubmatchIndex(b))
		fmt.Printf("  bytesAll: %q %v %q %v\n", re.FindAll(b, -1), re.FindAllIndex(b, 3), re.FindAllSubmatch(b, -1), re.FindAllSubmatchIndex(b, -1))
		fmt.Printf("  reader: %v %v %v\n", re.MatchReader(strings.NewReader(c.text)), re.FindReaderIndex(strings.NewReader(c.text)), re.FindReaderSubmatchIndex(strings.NewReader(c.text)))
	}

	re := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	fmt.Println(re.SubexpIndex("month"), re.SubexpIndex("day"), re.SubexpIndex(""))

	// Leftmost-first versus leftmost-longest.
	for _, pat := range []string{`a|ab`, `(a+)(a*)`, `(a|ab)(c|bcd)(d*)`, `x*|y*`} {
		first := regexp.MustCompile(pat)
		long := regexp.MustCompile(pat)
		long.Longest()
		posix := regexp.MustCompilePOSIX(pat)
		for _, s := range []string{"abcd", "aaa", "yyx"} {
			fmt.Println(pat, s, first.FindStringSubmatch(s), long.FindStringSubmatch(s), posix.FindStringSubmatch(s))
		}
	}

	// Split.
	sp := regexp.MustCompile(`a*`)
	for _, n := range []int{-1, 0, 1, 2, 5} {
		fmt.Printf("%q\n", sp.Split("abaabaccadaaae", n))
	}
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,   d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("abc", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x`).Split("", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`z+`).Split("zzazbz", -1))

	// Linear time: no exponential blow-up.
	long := strings.Repeat("a", 100000)
	fmt.Println(regexp.MustCompile(`(a*)*b`).MatchString(long))
	fmt.Println(regexp.MustCompile(`(a|aa)*c`).MatchString(long[:30000]))
	fmt.Println(len(regexp.MustCompile(`(a+)+$`).FindString(long)))

	// Package functions.
	m, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(m, err)
	m, err = regexp.Match(`^\d+$`, []byte("12a"))
	fmt.Println(m, err)
	m, err = regexp.MatchReader(`b+`, strings.NewReader("abbbc"))
	fmt.Println(m, err)
	m, err = regexp.MatchString(`a(b`, "ab")
	fmt.Println(m, err)
	fmt.Println(regexp.QuoteMeta(`Escaping symbols like: .+*?()|[]{}^$ and \ too`))
	c := re.Copy()
	c.Longest()
	fmt.Println(c.String(), c.FindString("x 2022-11 y"))
}
