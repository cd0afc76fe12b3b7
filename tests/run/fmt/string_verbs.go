// Tests fmt's string and byte-slice formatting: %s %v %q %x %X with the
// flags # + - space, width and precision counted in runes, byte arrays
// and named byte types, and %c/%q of runes.
package main

import "fmt"

type Name string

type Blob []byte

func main() {
	s := "héllo, 世界"
	fmt.Printf("[%s][%v][%12s][%-12s][%.4s][%12.4s][%-8.2s]\n", s, s, s, s, s, s, s)
	fmt.Printf("[%q][%+q][%#q][%#q][%#+q]\n", s, s, s, "back`tick", "tab\there")
	fmt.Printf("[%q][%q][%q][%20q][%-20q]\n", "", "\x00\a\b\f\n\r\t\v\\\"", "\xff\xfe", "abc", "abc")
	fmt.Printf("[%x][%X][% x][%#x][%# x][%# X][%.2x][%10x][%-10x][%010x]\n", "hi!", "hi!", "hi!", "hi!", "hi!", "hi!", "hi!", "ab", "ab", "ab")
	fmt.Printf("[%x][%5x][% x][%#x]\n", "", "", "", "")
	b := []byte("bytes\n")
	fmt.Printf("[%s][%v][%d][%q][%x][% X][%#v]\n", b, b, b, b, b, b, b)
	fmt.Printf("[%5s][%-8s][%.2s][%08s]\n", []byte("ab"), []byte("cd"), []byte("éèê"), "zero")
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("[%s][%v][%x][%q][%#v]\n", arr, arr, arr, arr, arr)
	fmt.Printf("[%s][%v][%q][%x][%#v]\n", Name("bob"), Name("bob"), Name("bob"), Name("bob"), Name("bob"))
	fmt.Printf("[%s][%v][%x][%#v]\n", Blob("xy"), Blob("xy"), Blob("xy"), Blob("xy"))
	var nilBytes []byte
	fmt.Printf("[%s][%v][%x][%#v][%q]\n", nilBytes, nilBytes, nilBytes, nilBytes, nilBytes)
	fmt.Printf("[%s][%q][%v]\n", []string{"a b", "c"}, []string{"a b", "c"}, []string{})
	fmt.Printf("[%#v][%#v]\n", "quote\"d", []string{"x", "y"})
	fmt.Printf("[%5.1q][%.0s][%.10s]\n", "abc", "gone", "short")
	fmt.Printf("[%c][%q][%U]\n", 'ü', 'ü', 'ü')
	fmt.Println("plain", Name("named"), []byte("b"), [2]byte{1, 2})
	fmt.Printf("%s|%10v|%-10v|\n", "x", "right", "left")
	fmt.Printf("%x %X\n", []string{"ab", "cd"}, [2]string{"é", "ï"})
}
