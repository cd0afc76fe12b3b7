// mime/multipart's ReadForm: values in memory, files in memory while they
// fit in maxMemory and in a temporary file past it (one file shared by
// the form's files); FileHeader.Open on both kinds; RemoveAll removing
// the temporary file; ErrMessageTooLarge past the memory for values.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func makeBody(boundary string) []byte {
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	w.SetBoundary(boundary)
	w.WriteField("user", "gopher")
	w.WriteField("tag", "a")
	w.WriteField("tag", "b")
	small, _ := w.CreateFormFile("small", "small.txt")
	small.Write([]byte("tiny"))
	for _, name := range []string{"big1.bin", "big2.bin"} {
		big, _ := w.CreateFormFile("big", name)
		big.Write(bytes.Repeat([]byte(name[:4]), 100))
	}
	w.Close()
	return b.Bytes()
}

func tempFiles(dir string) []string {
	names, _ := filepath.Glob(filepath.Join(dir, "multipart-*"))
	return names
}

func main() {
	dir, _ := os.MkdirTemp("", "readform")
	defer os.RemoveAll(dir)
	os.Setenv("TMPDIR", dir)

	body := makeBody("bnd")
	form, err := multipart.NewReader(bytes.NewReader(body), "bnd").ReadForm(64)
	fmt.Println("ReadForm:", err)
	fmt.Println("values:", form.Value)
	keys := make([]string, 0, len(form.File))
	for k := range form.File {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, fh := range form.File[k] {
			f, err := fh.Open()
			if err != nil {
				fmt.Println("Open:", err)
				continue
			}
			_, onDisk := f.(*os.File)
			data, _ := io.ReadAll(f)
			buf := make([]byte, 3)
			n, _ := f.ReadAt(buf, 1)
			f.Seek(-2, io.SeekEnd)
			end, _ := io.ReadAll(f)
			f.Close()
			fmt.Printf("%s: %s size=%d len=%d onDisk=%v head=%q at1=%q end=%q type=%q\n", k, fh.Filename, fh.Size,
				len(data), onDisk, data[:4], buf[:n], end, fh.Header.Get("Content-Type"))
		}
	}
	fmt.Println("temporary files:", len(tempFiles(dir)))
	fmt.Println("RemoveAll:", form.RemoveAll())
	fmt.Println("temporary files:", len(tempFiles(dir)))

	// Everything fits when maxMemory is large.
	form, _ = multipart.NewReader(bytes.NewReader(body), "bnd").ReadForm(1 << 20)
	fmt.Println("files in memory:", len(form.File["big"]), "temporary files:", len(tempFiles(dir)))

	// A value larger than the 10 MB kept for values.
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	w.SetBoundary("bnd")
	w.WriteField("huge", strings.Repeat("x", 10<<20+1))
	w.Close()
	_, err = multipart.NewReader(&b, "bnd").ReadForm(0)
	fmt.Println(err, errors.Is(err, multipart.ErrMessageTooLarge))

	// A body cut short fails and leaves no temporary file.
	_, err = multipart.NewReader(bytes.NewReader(body[:len(body)-20]), "bnd").ReadForm(64)
	fmt.Println("cut:", err, "temporary files:", len(tempFiles(dir)))
}
