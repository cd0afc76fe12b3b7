// Tests package path/filepath: the lexical functions, Rel, SplitList, Abs,
// and, on a tree made in a temporary directory, Glob, Walk (with SkipDir
// and a callback error), WalkDir and EvalSymlinks.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var base string

func short(v any) string { return strings.ReplaceAll(fmt.Sprint(v), base, "$T") }

func main() {
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("a//b/./c/.."), filepath.Base("/x/y.go"), filepath.Dir("/x/y.go"), filepath.Ext("y.tar.gz"))
	fmt.Printf("%q %q %q\n", filepath.SplitList(""), filepath.SplitList("/bin:/usr/bin"), filepath.SplitList(":a:"))
	fmt.Printf("%q %q %q\n", filepath.VolumeName("/a"), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), filepath.IsAbs("/a"), filepath.IsAbs("a"))
	for _, c := range [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"}, {"ab/cd", "ab/cde"},
		{"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"}, {"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"},
		{"a/b", "c/d"}, {"a/b", "a/b/../../.."}, {"a/b/c", "a/b/c/.."}, {"a", "."}, {".", "a/b"}, {"../../..", "a/b"},
		{"/a/b", "/a/b"}, {"/", "/a/b"}, {"/a", "/b/c"}, {"/a/b", "/"}, {"/", "a"}, {"a", "/"}, {"..", "a"}, {"../a", "../b"},
	} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", c[0], c[1], r, err)
	}
	fmt.Println(filepath.Match("*.go", "main.go"))
	fmt.Println(filepath.Match("[", "x"))
	_, err := filepath.Match("[", "x")
	fmt.Println(err == filepath.ErrBadPattern)
	abs, err := filepath.Abs("/a/../b")
	fmt.Println(abs, err)

	base, _ = os.MkdirTemp("", "fp")
	defer os.RemoveAll(base)
	for _, d := range []string{"src/a", "src/b/deep", "skip/x"} {
		os.MkdirAll(filepath.Join(base, d), 0755)
	}
	for _, f := range []string{"src/a/one.go", "src/a/two.txt", "src/b/three.go", "src/b/deep/four.go", "skip/x/y.go", "top.go"} {
		os.WriteFile(filepath.Join(base, f), []byte(f), 0644)
	}
	os.Symlink("src/a", filepath.Join(base, "link"))
	os.Symlink("../top.go", filepath.Join(base, "src/up"))
	os.Symlink("/nonexistent/x", filepath.Join(base, "dangling"))

	old, _ := os.Getwd()
	os.Chdir(base)
	m, err := filepath.Glob("src/*/*.go")
	fmt.Println(m, err)
	m, err = filepath.Glob("*")
	fmt.Println(m, err)
	m, err = filepath.Glob("nothing*")
	fmt.Println(m == nil, err)
	m, err = filepath.Glob("top.go")
	fmt.Println(m, err)
	m, err = filepath.Glob("src/[")
	fmt.Println(m, err)
	abs, _ = filepath.Abs("src/../top.go")
	fmt.Println(short(abs))

	err = filepath.Walk(".", func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			fmt.Println("error:", path, err)
			return err
		}
		fmt.Println(path, info.IsDir(), info.Size() > 0 || info.IsDir())
		if info.Name() == "skip" {
			return filepath.SkipDir
		}
		if info.Name() == "two.txt" {
			return filepath.SkipDir // skips the rest of src/a
		}
		return nil
	})
	fmt.Println("walk:", err)
	stop := errors.New("stop here")
	err = filepath.WalkDir("src", func(path string, d fs.DirEntry, err error) error {
		fmt.Println(path, d.Name(), d.IsDir(), d.Type())
		if path == "src/b/deep" {
			return stop
		}
		return nil
	})
	fmt.Println("walkdir:", err)
	err = filepath.WalkDir("missing", func(path string, d fs.DirEntry, err error) error {
		fmt.Println(path, d == nil, err)
		return err
	})
	fmt.Println("walkdir:", err)

	for _, p := range []string{"link/one.go", "src/up", "link/../top.go", "src/b/../../link", "dangling", "top.go/x", "./src//a/", "."} {
		r, err := filepath.EvalSymlinks(p)
		fmt.Printf("EvalSymlinks(%q) = %q, %v\n", p, short(r), short(err))
	}
	r, err := filepath.EvalSymlinks(filepath.Join(base, "link"))
	fmt.Println(short(r), err)
	os.Chdir(old)
}
