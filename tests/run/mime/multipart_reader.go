// mime/multipart's Reader over hand-made bodies: a preamble, fields and
// a file part, a quoted-printable part decoded by NextPart and left raw
// by NextRawPart, "\n" line ends, an empty part, an epilogue; and the
// errors of a body cut short or with a stray line.
package main

import (
	"fmt"
	"io"
	"mime/multipart"
	"strings"
)

const body = "This is the preamble.\r\n" +
	"--XyZ\r\n" +
	"Content-Disposition: form-data; name=\"title\"\r\n" +
	"\r\n" +
	"Hello --XyZ is not a boundary here\r\n" +
	"--XyZ  \r\n" +
	"Content-Disposition: form-data; name=\"doc\"; filename=\"../../etc/notes.txt\"\r\n" +
	"Content-Type: text/plain\r\n" +
	"\r\n" +
	"line one\r\nline two\r\n\r\n" +
	"--XyZ\r\n" +
	"Content-Disposition: attachment; filename=\"qp.txt\"\r\n" +
	"Content-Transfer-Encoding: quoted-printable\r\n" +
	"\r\n" +
	"caf=C3=A9 soft=\r\nbreak=3D\r\n" +
	"--XyZ\r\n" +
	"\r\n" +
	"--XyZ--\r\n" +
	"The epilogue is ignored.\r\n"

func dump(r *multipart.Reader, raw bool) {
	for {
		var p *multipart.Part
		var err error
		if raw {
			p, err = r.NextRawPart()
		} else {
			p, err = r.NextPart()
		}
		if err == io.EOF {
			fmt.Println("EOF")
			return
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		data, err := io.ReadAll(p)
		fmt.Printf("part form=%q file=%q header=%v\n  body=%q err=%v\n", p.FormName(), p.FileName(), p.Header, data, err)
	}
}

func main() {
	dump(multipart.NewReader(strings.NewReader(body), "XyZ"), false)
	dump(multipart.NewReader(strings.NewReader(body), "XyZ"), true)

	lf := strings.ReplaceAll(body, "\r\n", "\n")
	dump(multipart.NewReader(strings.NewReader(lf), "XyZ"), false)

	// A part read in small pieces, then the rest skipped by NextPart.
	r := multipart.NewReader(strings.NewReader(body), "XyZ")
	p, _ := r.NextPart()
	buf := make([]byte, 4)
	n, err := p.Read(buf)
	fmt.Printf("first read %q %v\n", buf[:n], err)
	p, _ = r.NextPart()
	fmt.Println("next:", p.FormName())

	cut := body[:strings.Index(body, "line two")]
	dump(multipart.NewReader(strings.NewReader(cut), "XyZ"), false)
	stray := strings.Replace(body, "\r\n--XyZ\r\n\r\n", "\r\nstray\r\n--XyZ\r\n\r\n", 1)
	dump(multipart.NewReader(strings.NewReader(stray), "XyZ"), false)
	dump(multipart.NewReader(strings.NewReader(body), ""), false)
	dump(multipart.NewReader(strings.NewReader("--XyZ--"), "XyZ"), false)
}
