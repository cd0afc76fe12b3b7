// Tests package path's lexical functions and Match, including malformed
// patterns.
package main

import (
	"fmt"
	"path"
)

func main() {
	for _, p := range []string{"", ".", "/", "//", "a/b/../c", "/../a", "../../a/b", "a/./b/", "abc/def/ghi/../../..", "a//b", "/a/b/c/..", "..", "a/../..", "x/.."} {
		dir, file := path.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	fmt.Printf("%q %q %q %q\n", path.Join(), path.Join("", ""), path.Join("a", "", "b/", "../c"), path.Join("/", "x"))
	fmt.Printf("%q %q\n", path.Ext("a.b/c"), path.Ext("file.tar.gz"))
	for _, c := range [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*/b", "abc/b"}, {"a*/b", "a/c/b"},
		{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b?c*x", "abxbbxdbxebxczzx"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
		{"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abe"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"},
		{"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "z"},
		{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"},
		{"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"},
		{"*x", "xxx"}, {"a*b[", "xyz"}, {"*", ""}, {"", ""}, {"", "a"},
	} {
		ok, err := path.Match(c[0], c[1])
		fmt.Printf("Match(%q, %q) = %v, %v\n", c[0], c[1], ok, err)
	}
	fmt.Println(path.ErrBadPattern)
}
