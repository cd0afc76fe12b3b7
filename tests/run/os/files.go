// Tests os file operations and their errors: WriteFile/ReadFile, Create,
// Open, OpenFile with O_APPEND and O_EXCL, Read to io.EOF, Seek, Write and
// WriteString, Close twice, use after Close, Remove, reading a directory,
// *PathError texts and os.IsNotExist / IsExist / errors.Is / errors.As.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	_, err := os.Open("no/such/file.txt")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
	}

	fmt.Println(os.WriteFile("data.txt", []byte("line one\nline two\n"), 0644))
	b, err := os.ReadFile("data.txt")
	fmt.Printf("%q %v\n", b, err)

	f, err := os.OpenFile("data.txt", os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println(err)
	n, err := f.WriteString("line three\n")
	fmt.Println(n, err, f.Name())
	fmt.Println(f.Close())
	fmt.Println(f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)

	_, err = os.OpenFile("data.txt", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println(err, os.IsExist(err), errors.Is(err, os.ErrExist))

	f, err = os.Open("data.txt")
	fmt.Println(err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	pos, err := f.Seek(-6, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = f.Read(nil)
	fmt.Println(n, err)
	f.Close()

	g, err := os.Create("made.txt")
	fmt.Println(err)
	fmt.Fprintf(g, "%d-%s\n", 7, "seven")
	g.Close()
	b, _ = os.ReadFile("made.txt")
	fmt.Printf("%q\n", b)

	_, err = os.ReadFile(".")
	fmt.Println(err)
	_, err = os.OpenFile(".", os.O_WRONLY, 0)
	fmt.Println(err)

	fmt.Println(os.Remove("data.txt"), os.Remove("made.txt"))
	err = os.Remove("data.txt")
	fmt.Println(err, os.IsNotExist(err))
	fmt.Println(os.FileMode(0644), os.FileMode(0755)|os.ModeDir, os.ModePerm)
}
