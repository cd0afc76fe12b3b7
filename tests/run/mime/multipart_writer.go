// mime/multipart's Writer: a form with fields and files under a boundary
// set by SetBoundary, byte for byte; SetBoundary's errors; the quoting of
// FormDataContentType; a part header written in sorted key order.
package main

import (
	"bytes"
	"fmt"
	"mime/multipart"
	"net/textproto"
)

func main() {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	fmt.Println("random boundary length:", len(w.Boundary()))
	if err := w.SetBoundary("gominic-boundary.42"); err != nil {
		fmt.Println("SetBoundary:", err)
	}
	fmt.Println(w.FormDataContentType())
	w.WriteField("name", "Gopher")
	w.WriteField(`quote"d`, "a\r\nmultiline value")
	f, _ := w.CreateFormFile("upload", `dir\file "1".txt`)
	f.Write([]byte("file contents\n"))
	h := make(textproto.MIMEHeader)
	h.Set("X-Zeta", "last")
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Add("X-Alpha", "one")
	h.Add("X-Alpha", "two")
	p, _ := w.CreatePart(h)
	fmt.Fprint(p, "custom part")
	if err := w.Close(); err != nil {
		fmt.Println("Close:", err)
	}
	fmt.Printf("%q\n", body.String())
	if _, err := p.Write([]byte("late")); err != nil {
		fmt.Println("write after Close:", err)
	}
	if err := w.SetBoundary("again"); err != nil {
		fmt.Println("SetBoundary after write:", err)
	}

	for _, b := range []string{"", "with space", "trailing ", "bad*char", "(quoted)?",
		"0123456789012345678901234567890123456789012345678901234567890123456789x"} {
		w := multipart.NewWriter(&body)
		if err := w.SetBoundary(b); err != nil {
			fmt.Printf("SetBoundary(%q): %v\n", b, err)
		} else {
			fmt.Printf("SetBoundary(%q): %s\n", b, w.FormDataContentType())
		}
	}
}
