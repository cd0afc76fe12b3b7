// Tests regexp's ReplaceAll family, Expand with numbered and named groups,
// and compile errors in Go's words.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`a(x*)b`)
	for _, repl := range []string{"T", "$1", "$1W", "${1}W", "$$1", "$2", "${x", "$"} {
		fmt.Printf("%q -> %q %q\n", repl, re.ReplaceAllString("-ab-axxb-", repl), re.ReplaceAllLiteralString("-ab-axxb-", repl))
	}
	fmt.Printf("%q\n", re.ReplaceAll([]byte("-ab-axxb-"), []byte("<$1>")))
	fmt.Printf("%q\n", re.ReplaceAllLiteral([]byte("-ab-axxb-"), []byte("<$1>")))
	fmt.Println(re.ReplaceAllStringFunc("-ab-axxb-", strings.ToUpper))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte("-ab-axxb-"), bytes.ToUpper))

	empty := regexp.MustCompile(`x*`)
	fmt.Println(empty.ReplaceAllString("abc", "-"), empty.ReplaceAllString("axxbxc", "-"))
	fmt.Println(regexp.MustCompile(`a*`).ReplaceAllString("baaacaa", "<$0>"))
	fmt.Println(regexp.MustCompile(`(?i)go`).ReplaceAllString("Go gopher GO", "Rust"))

	named := regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w+)`)
	src := "a=1, bb=22; ccc=333"
	fmt.Println(named.ReplaceAllString(src, "${value}:${key}"))
	var dst []byte
	for _, sub := range named.FindAllStringSubmatchIndex(src, -1) {
		dst = named.ExpandString(dst, "[$key is $value] ", src, sub)
	}
	fmt.Println(string(dst))
	dst = named.Expand(nil, []byte("$2$1 ${nokey} $10 $00"), []byte(src), named.FindSubmatchIndex([]byte(src)))
	fmt.Printf("%q\n", dst)

	for _, bad := range []string{
		`a(b`, `a)b`, `a**`, `a*+`, `+a`, `a{2,1}`, `a{1001}`, `(a{500}){3}`, `[z-a]`, `[a`, `x[[:foo:]]`,
		`\p{Foo}`, `\pX`, `a\`, `\8`, `\xZZ`, `\x{110000}`, `(?P<n!>a)`, `(?P<n`, `(?z)`, `(?i-)`, `\C`,
		`[\d-z]`, `a{,2}`, `(?P=name)`, `x{2}{3}`, `(?-m-i)`, `**`,
	} {
		_, err := regexp.Compile(bad)
		fmt.Printf("%q: %v\n", bad, err)
		_, err = regexp.CompilePOSIX(bad)
		fmt.Printf("  posix: %v\n", err)
	}
	_, err := regexp.Compile("a\xffb")
	fmt.Printf("%q\n", err.Error())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("a(b`")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompilePOSIX(`\d`)
	}()
	regexp.MustCompile(`[[:alpha:]`)
}
