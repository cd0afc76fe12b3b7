// Tests os's file system calls in a temporary directory: Mkdir*, CreateTemp,
// MkdirTemp, Stat/Lstat and FileMode.String, ReadDir and the File readers,
// Rename, Symlink/Readlink, Chmod, Truncate, ReadAt/WriteAt/Seek, Remove,
// RemoveAll, Chdir/Getwd, and the error texts with errors.Is.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
)

func check(err error) {
	if err != nil {
		fmt.Println("unexpected:", err)
	}
}

// short hides the random temporary directory name in messages.
var base string

func short(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), base, "$T")
}

func main() {
	var err error
	base, err = os.MkdirTemp("", "gominic-os-*-test")
	check(err)
	defer os.RemoveAll(base)
	fmt.Println(strings.HasPrefix(base, os.TempDir()+"/gominic-os-"), strings.HasSuffix(base, "-test"))

	check(os.Mkdir(base+"/d", 0755))
	err = os.Mkdir(base+"/d", 0755)
	fmt.Println(short(err), os.IsExist(err), errors.Is(err, fs.ErrExist))
	check(os.MkdirAll(base+"/d/e/f/g", 0700))
	check(os.MkdirAll(base+"/d/e/f/g", 0700))
	check(os.WriteFile(base+"/d/file.txt", []byte("hello, world\n"), 0640))
	err = os.MkdirAll(base+"/d/file.txt/x", 0700)
	fmt.Println(short(err))

	fi, err := os.Stat(base + "/d/file.txt")
	check(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.ModTime().IsZero())
	st := fi.Sys().(*syscall.Stat_t)
	fmt.Println(st.Size, st.Mode&0777 == 0640)
	di, err := os.Stat(base + "/d/e/")
	check(err)
	fmt.Println(di.Name(), di.Mode(), di.IsDir(), di.Mode().Perm())

	_, err = os.Stat(base + "/nope")
	fmt.Println(short(err), os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOENT))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, short(pe.Path), pe.Err)
	_, err = os.Open(base + "/nope")
	fmt.Println(short(err))
	_, err = os.ReadFile(base + "/d")
	fmt.Println(short(err))

	check(os.Symlink("file.txt", base+"/d/link"))
	target, err := os.Readlink(base + "/d/link")
	fmt.Println(target, err)
	li, err := os.Lstat(base + "/d/link")
	check(err)
	fmt.Println(li.Mode()&fs.ModeSymlink != 0, li.Mode().Type() == fs.ModeSymlink, li.Mode().String()[0:1])
	si, _ := os.Stat(base + "/d/link")
	fmt.Println(si.Name(), si.Size(), os.SameFile(si, fi), os.SameFile(li, fi))
	err = os.Symlink("x", base+"/d/link")
	fmt.Println(short(err))
	_, err = os.Readlink(base + "/d/file.txt")
	fmt.Println(short(err))

	entries, err := os.ReadDir(base + "/d")
	check(err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type(), info.Name())
	}
	_, err = os.ReadDir(base + "/d/file.txt")
	fmt.Println(short(err))
	d, _ := os.Open(base + "/d")
	names, err := d.Readdirnames(-1)
	fmt.Println(len(names), err)
	names, err = d.Readdirnames(1)
	fmt.Println(names, err)
	d.Close()
	d, _ = os.Open(base + "/d")
	infos, err := d.Readdir(0)
	fmt.Println(len(infos), err)
	d.Close()

	check(os.Chmod(base+"/d/file.txt", 0600))
	fi, _ = os.Stat(base + "/d/file.txt")
	fmt.Println(fi.Mode())
	check(os.Truncate(base+"/d/file.txt", 5))
	b, _ := os.ReadFile(base + "/d/file.txt")
	fmt.Printf("%q\n", b)

	f, err := os.OpenFile(base+"/d/rw", os.O_RDWR|os.O_CREATE, 0644)
	check(err)
	f.WriteString("0123456789")
	n, err := f.WriteAt([]byte("ab"), 3)
	fmt.Println(n, err)
	buf := make([]byte, 4)
	n, err = f.ReadAt(buf, 2)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	_, err = f.ReadAt(buf, -1)
	fmt.Println(short(err))
	off, err := f.Seek(-3, io.SeekEnd)
	fmt.Println(off, err)
	n, _ = f.Read(buf)
	fmt.Println(string(buf[:n]))
	fi, _ = f.Stat()
	fmt.Println(fi.Name(), fi.Size())
	check(f.Sync())
	check(f.Truncate(2))
	fi, _ = f.Stat()
	fmt.Println(fi.Size())
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(short(err), errors.Is(err, os.ErrClosed))
	fmt.Println(short(f.Close()))

	a, err := os.OpenFile(base+"/d/app", os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0644)
	check(err)
	_, err = a.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	a.Close()

	check(os.Rename(base+"/d/rw", base+"/d/rw2"))
	err = os.Rename(base+"/d/nope", base+"/d/x")
	fmt.Println(short(err))
	var le *os.LinkError
	fmt.Println(errors.As(err, &le), le.Op, os.IsNotExist(err))
	err = os.Rename(base+"/d/rw2", base+"/d/e")
	fmt.Println(short(err))

	tf, err := os.CreateTemp(base, "tmp*.txt")
	check(err)
	fmt.Println(strings.HasPrefix(tf.Name(), base+"/tmp"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.Close()
	os.Remove(tf.Name())
	_, err = os.CreateTemp(base, "a/b")
	fmt.Println(err)
	_, err = os.MkdirTemp(base+"/none", "x")
	fmt.Println(short(err))

	err = os.Remove(base + "/d/e")
	fmt.Println(short(err), errors.Is(err, fs.ErrExist))
	err = os.Remove(base + "/d/none")
	fmt.Println(short(err))
	check(os.Remove(base + "/d/link"))
	fmt.Println(os.RemoveAll(base+"/d/e"), os.RemoveAll(base+"/d/e"), os.RemoveAll(""))
	fmt.Println(short(os.RemoveAll(base + "/d/.")))

	wd, _ := os.Getwd()
	check(os.Chdir(base + "/d"))
	here, err := os.Getwd()
	fmt.Println(short(here), err)
	_, err = os.Stat("file.txt")
	fmt.Println(err)
	fmt.Println(short(os.Chdir("nope")))
	check(os.Chdir(wd))

	r, w, err := os.Pipe()
	check(err)
	w.Write([]byte("through the pipe"))
	w.Close()
	all, err := io.ReadAll(r)
	fmt.Println(string(all), err, r.Name(), w.Name())

	fsys := os.DirFS(base)
	data, err := fs.ReadFile(fsys, "d/file.txt")
	fmt.Printf("%q %v\n", data, err)
	_, err = fsys.Open("../x")
	fmt.Println(err)
	matches, err := fs.Glob(fsys, "d/*.txt")
	fmt.Println(matches, err)
	fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("walk", path, d.IsDir(), err)
		return nil
	})
	fmt.Println(os.DevNull, string(os.PathSeparator), string(os.PathListSeparator), os.IsPathSeparator('/'))
}
