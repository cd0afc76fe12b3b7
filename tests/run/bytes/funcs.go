// Tests the bytes package's functions: Contains/Equal/Compare/EqualFold,
// Index family, Count, Fields/FieldsFunc, Split/SplitN/SplitAfter (and that
// appending to a piece does not overwrite the next), Join, Trim variants
// (including the nil results Go returns), ToUpper/ToLower/Title, Map on
// invalid UTF-8, Repeat, Replace/ReplaceAll, Runes, Cut, HasPrefix/Suffix,
// and bytes.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode"
)

func main() {
	a, b := []byte("seafood"), []byte("SEAFOOD")
	fmt.Println(bytes.Contains(a, []byte("foo")), bytes.Equal(a, b), bytes.Equal(bytes.ToUpper(a), b), bytes.EqualFold(a, b))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil), bytes.Compare([]byte("b"), []byte("a")))
	fmt.Println(bytes.Index(a, []byte("food")), bytes.LastIndex([]byte("go gopher"), []byte("go")), bytes.IndexByte(a, 'f'), bytes.IndexRune([]byte("chicken"), 'k'))
	fmt.Println(bytes.IndexAny([]byte("golang"), "xn"), bytes.LastIndexAny([]byte("golang"), "go"), bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), bytes.LastIndexByte([]byte("abca"), 'a'))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil), bytes.ContainsAny([]byte("x"), ""), bytes.ContainsRune([]byte("añ"), 'ñ'))

	fields := bytes.Fields([]byte(" a bb  ccc "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("+"))))
	fmt.Printf("%q %q\n", bytes.Fields([]byte("   ")), bytes.FieldsFunc([]byte("a1b2c"), unicode.IsDigit))
	parts := bytes.Split([]byte("k1=v1&k2=v2"), []byte("&"))
	for _, p := range parts {
		kv := bytes.SplitN(p, []byte("="), 2)
		fmt.Printf("%s => %s\n", kv[0], kv[1])
	}
	fmt.Printf("%q %q %q\n", bytes.Split([]byte("a,b,"), []byte(",")), bytes.Split([]byte("日本"), nil), bytes.SplitAfter([]byte("a,b"), []byte(",")))
	pieces := bytes.Split([]byte("x,y,z"), []byte(","))
	pieces[0] = append(pieces[0], '!')
	fmt.Printf("%q\n", pieces)
	fmt.Printf("%q %q\n", bytes.Join(nil, []byte(",")), bytes.Join([][]byte{[]byte("solo")}, []byte(",")))

	fmt.Printf("%q %v\n", bytes.TrimSpace([]byte("  x  ")), bytes.TrimSpace([]byte("   ")) == nil)
	fmt.Printf("%q %v %v\n", bytes.Trim([]byte("xxhixx"), "x"), bytes.Trim([]byte("xx"), "x") == nil, bytes.Trim([]byte{}, "x") == nil)
	fmt.Printf("%q %q %v\n", bytes.TrimLeft([]byte("001200"), "0"), bytes.TrimRight([]byte("a!!?"), "!?"), bytes.TrimRight([]byte("!!"), "!") == nil)
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("a.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))

	fmt.Printf("%s %s %s %s\n", bytes.ToUpper([]byte("straße")), bytes.ToLower([]byte("ÀB")), bytes.Title([]byte("hello world")), bytes.ToTitle([]byte("abc")))
	fmt.Printf("%q %q\n", bytes.Map(func(r rune) rune { return r }, []byte("a\xffb")), bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, []byte("banana")))
	fmt.Printf("%s %q %s\n", bytes.Repeat([]byte("ab"), 3), bytes.Repeat([]byte("x"), 0), bytes.ReplaceAll([]byte("banana"), []byte("a"), []byte("o")))
	fmt.Printf("%s %s\n", bytes.Replace([]byte("oink oink"), []byte("k"), []byte("ky"), 1), bytes.Replace([]byte("abc"), nil, []byte("-"), -1))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.HasPrefix(a, []byte("sea")), bytes.HasSuffix(a, []byte("od")))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("kv"), []byte("="))
	fmt.Printf("%q %v %v\n", before, after == nil, found)
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xff\xfeb"), []byte("?")))

	r := bytes.NewReader([]byte("bytes reader"))
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 5)
	n, err := r.Read(p)
	fmt.Printf("%d %q %v\n", n, p[:n], err)
	fmt.Println(r.UnreadRune())
	r.Seek(1, io.SeekCurrent)
	io.Copy(os.Stdout, r)
	fmt.Println()
	fmt.Println(r.UnreadByte(), r.UnreadByte())
}
