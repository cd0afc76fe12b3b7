// Tests strings.NewReplacer: HTML escaping (byte olds, string news), single
// byte to byte, one multi-byte pattern, overlapping candidates resolved by
// argument order, an empty old string (matches between every byte), no
// match, WriteString to a writer, and the odd-argument panic.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	html := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;", "\"", "&quot;")
	fmt.Println(html.Replace(`<a href="x&y">T&C</a>`))
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abcabc"))
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("aaa"))
	fmt.Println(strings.NewReplacer("hello", "HI").Replace("hello, hello world"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2", "aaa", "3").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
	fmt.Println(strings.NewReplacer("", "X", "b", "B").Replace("abc"))
	fmt.Println(strings.NewReplacer("a", "1", "", "_").Replace("aab"))
	fmt.Println(strings.NewReplacer("xyz", "!").Replace("nothing here"))
	fmt.Println(strings.NewReplacer().Replace("unchanged"))
	fmt.Println(strings.NewReplacer("cat", "dog", "dog", "cat").Replace("cat chases dog"))
	n, err := strings.NewReplacer("o", "0").WriteString(os.Stdout, "foo boo\n")
	fmt.Println(n, err)

	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}
