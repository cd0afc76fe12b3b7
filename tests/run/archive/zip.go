// archive/zip: an archive written in memory (deflated and stored files,
// a directory, a file's and the archive's comments, modification times in
// a zone, Unix modes, a UTF-8 name), whose bytes must be Go's exactly
// (length, CRC-32, SHA-256); read back header by header and through
// io/fs (a walk with a directory only implied by a path, ReadFile, Stat);
// a raw Copy into a second archive; and the errors of a truncated archive,
// a corrupted file, an unknown method and a bad fs path.
package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"strings"
	"time"
)

// course is the text of the deflated file: repetitive, so it compresses.
var course = strings.Repeat("lexer, parser, type checker, code generator, linker\n", 40)

func writeArchive() []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)

	f, err := w.Create("src/main.go")
	check(err)
	io.WriteString(f, "package main\n\nfunc main() { println(\"hi\") }\n")

	zone := time.FixedZone("CET", 3600)
	h := &zip.FileHeader{
		Name:     "notes/course.txt",
		Method:   zip.Deflate,
		Comment:  "week 1 to 12",
		Modified: time.Date(2023, time.March, 14, 15, 9, 26, 0, zone),
	}
	h.SetMode(0640)
	f, err = w.CreateHeader(h)
	check(err)
	io.WriteString(f, course)

	stored := &zip.FileHeader{Name: "data/grammar.ebnf", Method: zip.Store}
	stored.Modified = time.Date(1999, time.December, 31, 23, 59, 58, 0, time.UTC)
	f, err = w.CreateHeader(stored)
	check(err)
	io.WriteString(f, "Expr = Term { \"+\" Term } .\n")

	dir := &zip.FileHeader{Name: "empty/", Modified: time.Date(2020, 2, 29, 12, 0, 0, 0, time.UTC)}
	dir.SetMode(fs.ModeDir | 0755)
	_, err = w.CreateHeader(dir)
	check(err)

	f, err = w.Create("résumé.txt") // needs the UTF-8 flag
	check(err)
	io.WriteString(f, "naïve café\n")

	check(w.SetComment("gominic course material"))
	check(w.Close())
	return buf.Bytes()
}

func describe(data []byte) {
	fmt.Printf("%d bytes, crc32 %08x, sha256 %x\n", len(data), crc32.ChecksumIEEE(data), sha256.Sum256(data))
}

func listHeaders(r *zip.Reader) {
	fmt.Printf("comment %q, %d files\n", r.Comment, len(r.File))
	for _, f := range r.File {
		fmt.Printf("  %-18s method %d flags %#x size %d/%d crc %08x mode %v nonutf8 %v comment %q\n",
			f.Name, f.Method, f.Flags, f.CompressedSize64, f.UncompressedSize64, f.CRC32, f.Mode(), f.NonUTF8, f.Comment)
		fmt.Printf("    modified %v (dos %v) extra %x\n", f.Modified, f.ModTime(), f.Extra)
		off, err := f.DataOffset()
		check(err)
		rc, err := f.Open()
		check(err)
		body, err := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("    data at %d: %d bytes, %v, first line %q\n", off, len(body), err, firstLine(body))
	}
}

func firstLine(b []byte) string {
	line, _, _ := strings.Cut(string(b), "\n")
	return line
}

func walk(fsys fs.FS) {
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		check(err)
		info, err := d.Info()
		check(err)
		fmt.Printf("  %-18s dir %-5v mode %v size %d modtime %v\n", p, d.IsDir(), info.Mode(), info.Size(), info.ModTime())
		return nil
	})
	data, err := fs.ReadFile(fsys, "data/grammar.ebnf")
	fmt.Printf("  ReadFile: %q %v\n", data, err)
	info, err := fs.Stat(fsys, "src")
	fmt.Printf("  Stat src: %v %v %v\n", info.Name(), info.IsDir(), err)
	_, err = fsys.Open("../escape")
	fmt.Println("  Open ../escape:", err)
	_, err = fsys.Open("missing.txt")
	fmt.Println("  Open missing.txt:", err, errors.Is(err, fs.ErrNotExist))
}

// copyArchive copies every file of r, still compressed, into a new archive.
func copyArchive(r *zip.Reader) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range r.File {
		check(w.Copy(f))
	}
	check(w.Close())
	return buf.Bytes()
}

func readErrors(data []byte) {
	_, err := zip.NewReader(bytes.NewReader(data[:len(data)-40]), int64(len(data)-40))
	fmt.Println("truncated:", err, errors.Is(err, zip.ErrFormat))

	// Flip a byte in the stored file's data: its CRC-32 no longer matches.
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	check(err)
	stored := r.File[2]
	off, err := stored.DataOffset()
	check(err)
	bad := append([]byte(nil), data...)
	bad[off] ^= 0xff
	r, err = zip.NewReader(bytes.NewReader(bad), int64(len(bad)))
	check(err)
	rc, err := r.File[2].Open()
	check(err)
	_, err = io.ReadAll(rc)
	fmt.Println("corrupted:", err, errors.Is(err, zip.ErrChecksum))

	r.File[0].Method = 99
	_, err = r.File[0].Open()
	fmt.Println("method 99:", err, errors.Is(err, zip.ErrAlgorithm))
}

func main() {
	data := writeArchive()
	describe(data)

	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	check(err)
	listHeaders(r)

	fmt.Println("fs view:")
	walk(r)

	copied := copyArchive(r)
	fmt.Print("copy: ")
	describe(copied)

	readErrors(data)
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
