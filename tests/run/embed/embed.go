// Tests //go:embed: a file into a string and a []byte (read before main,
// by a package variable), a directory tree into an embed.FS (hidden files
// left out), and the FS methods: Open, ReadFile, ReadDir, Stat, with fs.Glob
// and fs.WalkDir, and their errors; several directives above one variable.
package main

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed files/hello.txt
var greeting string

//go:embed files/hello.txt
var raw []byte

//go:embed files all:files/sub
var content embed.FS

var (
	//go:embed files/a.html
	page string
)

// Two directives, one list of patterns.
//go:embed files/a.html
//go:embed files/sub/b.txt
var two embed.FS

var n = len(greeting) // uses the embedded value at init

func main() {
	fmt.Printf("%q %d %q %q %d\n", greeting, len(raw), raw[:5], page, n)
	fs.WalkDir(content, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.IsDir(), err)
		return nil
	})
	b, err := content.ReadFile("files/sub/b.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = content.ReadFile("nope")
	fmt.Println(err)
	_, err = content.ReadFile("files")
	fmt.Println(err)
	entries, err := content.ReadDir("files")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size(), info.Mode())
	}
	_, err = content.ReadDir("files/hello.txt")
	fmt.Println(err)
	f, _ := content.Open("files/hello.txt")
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode(), st.ModTime().IsZero())
	m, err := fs.Glob(content, "files/*.html")
	fmt.Println(m, err)
	m, err = fs.Glob(two, "files/*/*")
	fmt.Println(m, err)
	var empty embed.FS
	_, err = empty.Open("x")
	fmt.Println(err)
}
