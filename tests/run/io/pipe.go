// Tests io.Pipe (a writer goroutine feeding a reader, CloseWithError on
// both ends), io/ioutil's ReadDir/TempDir/TempFile, and strings/bytes
// ToUpperSpecial and friends with unicode.TurkishCase.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"strings"
	"unicode"
)

func main() {
	r, w := io.Pipe()
	go func() {
		fmt.Fprint(w, "hello, ")
		fmt.Fprint(w, "pipe")
		w.Close()
	}()
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)

	r, w = io.Pipe()
	go func() {
		w.Write([]byte("partial"))
		w.CloseWithError(errors.New("writer failed"))
	}()
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)

	r, w = io.Pipe()
	r.CloseWithError(errors.New("reader gone"))
	_, err = w.Write([]byte("x"))
	fmt.Println(err)
	w.Close()
	_, err = r.Read(buf)
	fmt.Println(err)

	dir, err := ioutil.TempDir("", "ioutil")
	fmt.Println(err)
	defer os.RemoveAll(dir)
	for _, n := range []string{"b", "a", "c"} {
		ioutil.WriteFile(dir+"/"+n, []byte(n), 0644)
	}
	f, err := ioutil.TempFile(dir, "t*.tmp")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".tmp"))
	f.Close()
	os.Remove(f.Name())
	infos, err := ioutil.ReadDir(dir)
	for _, fi := range infos {
		fmt.Print(fi.Name(), fi.Size(), " ")
	}
	fmt.Println(err)
	_, err = ioutil.ReadDir(dir + "/none")
	fmt.Println(err != nil)

	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "iıi̇"), strings.ToLowerSpecial(unicode.TurkishCase, "İIi"), strings.ToTitleSpecial(unicode.TurkishCase, "i"))
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte("i")), bytes.ToLowerSpecial(unicode.TurkishCase, []byte("İ")), bytes.ToTitleSpecial(unicode.TurkishCase, []byte("i")))
}
