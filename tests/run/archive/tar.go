// archive/tar: an archive written in memory (files, a directory, a symlink,
// a hard link, a device, a long name split for USTAR, a non-ASCII name and
// a big uid in PAX records, sub-second and pre-1970 times, a huge mode and
// long names in GNU format, xattrs, user records, a global header) whose
// length and sha256 must equal Go's; read back with each header's fields,
// format and FileInfo, and the contents; a hand-made GNU sparse file; the
// errors of writing (header no format can hold, too long, after Close) and
// of reading a corrupt and a truncated archive.
package main

import (
	"archive/tar"
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
	"time"
)

var epoch = time.Date(2022, 8, 2, 10, 30, 0, 0, time.UTC)

type entry struct {
	hdr  tar.Header
	body string
}

func entries() []entry {
	long := strings.Repeat("dir/", 30) + "file.txt"
	return []entry{
		{tar.Header{Name: "hello.txt", Mode: 0644, Uid: 1000, Gid: 1000, Uname: "ann", Gname: "staff", ModTime: epoch}, "Hello, tar!\n"},
		{tar.Header{Name: "docs/", Mode: 0755, ModTime: epoch}, ""},
		{tar.Header{Typeflag: tar.TypeSymlink, Name: "docs/link", Linkname: "../hello.txt", Mode: 0777, ModTime: epoch}, ""},
		{tar.Header{Typeflag: tar.TypeLink, Name: "hard", Linkname: "hello.txt", ModTime: epoch}, ""},
		{tar.Header{Typeflag: tar.TypeChar, Name: "dev/tty", Mode: 0620, Devmajor: 5, Devminor: 0, ModTime: epoch}, ""},
		{tar.Header{Name: long, Mode: 0600, ModTime: epoch}, strings.Repeat("x", 700)},
		{tar.Header{Name: "héllo-wörld.txt", Mode: 04755, Uid: 1 << 22, ModTime: epoch}, "unicode\n"},
		{tar.Header{Name: "precise", Mode: 0644, ModTime: epoch.Add(123456789), Format: tar.FormatPAX}, "ns"},
		{tar.Header{Name: "old", Mode: 0644, ModTime: time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC)}, "old"},
		{tar.Header{Name: "attrs", Mode: 0644, ModTime: epoch,
			Xattrs:     map[string]string{"user.color": "blue"},
			PAXRecords: map[string]string{"GOLANG.pkg.version": "1.19", "comment": "hi"}}, ""},
		{tar.Header{Typeflag: tar.TypeXGlobalHeader, PAXRecords: map[string]string{"comment": "global"}}, ""},
		{tar.Header{Name: strings.Repeat("g", 120), Linkname: strings.Repeat("t", 110), Typeflag: tar.TypeSymlink,
			Mode: 1 << 22, ModTime: epoch, AccessTime: epoch.Add(time.Hour), Format: tar.FormatGNU}, ""},
		{tar.Header{Name: "empty", Mode: 0400, ModTime: epoch}, ""},
	}
}

// write builds the archive and reports the errors of misuse on the way.
func write() []byte {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries() {
		h := e.hdr
		h.Size = int64(len(e.body))
		if h.Typeflag == tar.TypeSymlink || h.Typeflag == tar.TypeLink || h.Typeflag == tar.TypeChar ||
			h.Typeflag == tar.TypeXGlobalHeader || strings.HasSuffix(h.Name, "/") {
			h.Size = 0
		}
		if err := tw.WriteHeader(&h); err != nil {
			fmt.Println("WriteHeader:", err)
			continue
		}
		if _, err := io.WriteString(tw, e.body); err != nil {
			fmt.Println("Write:", err)
		}
	}

	// No format can hold these; the archive stays usable.
	bad := []tar.Header{
		{Name: "nul\x00name", Format: tar.FormatGNU},
		{Name: "ustar-atime", AccessTime: epoch, Format: tar.FormatUSTAR},
		{Name: "slash/", Typeflag: tar.TypeReg},
		{Name: "x", Typeflag: tar.TypeXHeader},
	}
	for _, h := range bad {
		fmt.Println("WriteHeader:", tw.WriteHeader(&h))
	}

	tw.WriteHeader(&tar.Header{Name: "short", Size: 3, ModTime: epoch})
	n, err := tw.Write([]byte("abcdef"))
	fmt.Println("Write too long:", n, err)
	if err := tw.Close(); err != nil {
		fmt.Println("Close:", err)
	}
	fmt.Println("Write after Close:", tw.WriteHeader(&tar.Header{Name: "late"}))
	fmt.Println("Close again:", tw.Close())
	return buf.Bytes()
}

func show(h *tar.Header) {
	fmt.Printf("%c %q -> %q size=%d mode=%o uid=%d gid=%d %s/%s dev=%d,%d %s\n",
		typeChar(h.Typeflag), h.Name, h.Linkname, h.Size, h.Mode, h.Uid, h.Gid, h.Uname, h.Gname,
		h.Devmajor, h.Devminor, h.Format)
	fmt.Printf("  mtime=%s", h.ModTime.UTC().Format(time.RFC3339Nano))
	if !h.AccessTime.IsZero() {
		fmt.Printf(" atime=%s", h.AccessTime.UTC().Format(time.RFC3339))
	}
	fmt.Println()
	if len(h.PAXRecords) > 0 {
		fmt.Printf("  pax=%v xattrs=%v\n", h.PAXRecords, h.Xattrs)
	}
	fi := h.FileInfo()
	fmt.Printf("  fileinfo: %s %v dir=%v\n", fi.Name(), fi.Mode(), fi.IsDir())
	back, err := tar.FileInfoHeader(fi, h.Linkname)
	if err != nil {
		fmt.Println("  FileInfoHeader:", err)
		return
	}
	fmt.Printf("  FileInfoHeader: %c %q mode=%o\n", typeChar(back.Typeflag), back.Name, back.Mode)
}

func typeChar(flag byte) byte {
	if flag == 0 {
		return '-'
	}
	return flag
}

// read lists an archive and returns the error that ended it.
func read(data []byte) error {
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err != nil {
			return err
		}
		show(h)
		body, err := io.ReadAll(tr)
		if err != nil {
			return err
		}
		if len(body) > 0 {
			fmt.Printf("  body %d bytes: %q\n", len(body), clip(string(body)))
		}
	}
}

func clip(s string) string {
	if len(s) > 24 {
		return s[:24] + "..."
	}
	return s
}

// oldGNUSparse hand-makes an archive of one old-GNU sparse file of 16
// bytes: "abc" at 2 and "de" at 10, the rest holes.
func oldGNUSparse() []byte {
	blk := make([]byte, 512)
	field := func(off, size int, s string) { copy(blk[off:off+size], s) }
	octal := func(off, size int, n int64) { field(off, size, fmt.Sprintf("%0*o", size-1, n)) }
	field(0, 100, "sparse.bin")
	octal(100, 8, 0644)
	octal(108, 8, 0)
	octal(116, 8, 0)
	octal(124, 12, 5) // the stored data
	octal(136, 12, epoch.Unix())
	blk[156] = 'S'
	field(257, 8, "ustar  \x00")
	octal(386, 12, 2)
	octal(398, 12, 3)
	octal(410, 12, 10)
	octal(422, 12, 2)
	octal(483, 12, 16) // the real size
	sum := 0
	for i, c := range blk {
		if i >= 148 && i < 156 {
			c = ' '
		}
		sum += int(c)
	}
	field(148, 8, fmt.Sprintf("%06o\x00 ", sum))
	data := make([]byte, 512)
	copy(data, "abcde")
	return append(append(blk, data...), make([]byte, 1024)...)
}

func main() {
	data := write()
	fmt.Printf("archive: %d bytes, sha256 %x\n", len(data), sha256.Sum256(data))
	fmt.Println("read:", read(data))

	fmt.Println("sparse:", read(oldGNUSparse()))

	corrupt := append([]byte(nil), data...)
	corrupt[10] ^= 0x20
	fmt.Println("corrupt:", read(corrupt))
	fmt.Println("truncated:", read(data[:517]))
	fmt.Println("formats:", tar.FormatUnknown, tar.FormatUSTAR, tar.FormatPAX, tar.FormatGNU, tar.FormatUSTAR|tar.FormatPAX)
}
