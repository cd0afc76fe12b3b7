// Strings the compiler handles without a runtime call, as Go's does:
// == and != (lengths, then the bytes; a constant side compared in a few
// loads) and range over a string (an ASCII byte is its own rune, others
// decoded, an invalid byte giving U+FFFD with width 1).
package main

import (
	"fmt"
	"strings"
)

func classify(s string) string {
	switch s {
	case "":
		return "empty"
	case "January", "February":
		return "month"
	case "a", "ab", "abc", "abcdefghijklmnopqrstuvwxyz0123456789":
		return "letters"
	}
	if s[:1] == "x" {
		return "x..."
	}
	return "other"
}

func main() {
	words := []string{"", "January", "Januar", "Januarx", "February", "a", "ab", "abd", "abc",
		"abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz012345678_", "xyz", "y"}
	for _, w := range words {
		fmt.Printf("%q: %s\n", w, classify(w))
	}
	// Equal bytes in different memory, and the same memory.
	a := strings.Repeat("go", 20)
	b := strings.Repeat("g", 1) + strings.Repeat("og", 19) + "o"
	fmt.Println(a == b, a != b, a == a[:len(a)-1], a[2:] == b[:len(b)-2], a[:0] == "", b[5:5] != "")
	var empty []byte
	fmt.Println(string(empty) == "", string([]byte("aa")) == "aa", string([]byte("ab")) != "aa")

	for _, s := range []string{"", "abc", "héllo, 世界", "a\xffb\xc3", "\xe2\x82", "€x", "\U0001F600!", "\xed\xa0\x80z"} {
		for i, r := range s {
			fmt.Print(i, ":", r, " ")
		}
		n := 0
		for range s {
			n++
		}
		last := -1
		for i := range s {
			last = i
		}
		fmt.Println("|", n, last)
	}
	// The string is evaluated once: changing the variable does not change the loop.
	s := "abc"
	for i, r := range s {
		s = "zzzzzz"
		fmt.Print(i, string(r), " ")
	}
	fmt.Println(s)
	count := 0
	for _, r := range strings.Repeat("a€b\x80", 1000) {
		if r == 'a' || r == '€' || r == 0xFFFD {
			count++
		}
	}
	fmt.Println(count)
}
