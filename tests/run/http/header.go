// Package net/http's Header, with net/textproto's header reader and
// writer under it, mime's media types and extensions, the status texts
// and the content sniffing.
package main

import (
	"bufio"
	"fmt"
	"mime"
	"net/http"
	"net/textproto"
	"strings"
)

func main() {
	h := http.Header{}
	h.Add("content-type", "text/plain")
	h.Add("X-multi", "one")
	h.Add("x-MULTI", "two")
	h.Set("accept-encoding", "gzip")
	h["Raw-Key"] = []string{"line1\nline2 "}
	fmt.Println(h.Get("Content-Type"), h.Values("X-Multi"), h.Get("missing") == "")
	c := h.Clone()
	h.Del("X-Multi")
	fmt.Println(len(h), len(c), c.Get("x-multi"))
	var wire strings.Builder
	h.Write(&wire)
	c.WriteSubset(&wire, map[string]bool{"Raw-Key": true})
	fmt.Printf("%q\n", wire.String())
	for _, k := range []string{"content-length", "X-FORWARDED-FOR", "foo bar", "a-b-c", "üx", "www-authenticate"} {
		fmt.Printf("%q ", http.CanonicalHeaderKey(k))
	}
	fmt.Println()

	r := textproto.NewReader(bufio.NewReader(strings.NewReader(
		"Host: example.com\r\nLong: a\r\n  b\r\n\tc\r\nlong: d\r\n\r\nbody")))
	hdr, err := r.ReadMIMEHeader()
	fmt.Println(hdr, err)
	rest, _ := r.ReadLine()
	fmt.Println(rest)
	_, err = textproto.NewReader(bufio.NewReader(strings.NewReader("NoColon\r\n\r\n"))).ReadMIMEHeader()
	fmt.Println(err)
	code, msg, err := textproto.NewReader(bufio.NewReader(strings.NewReader("250-first\r\n250 last\r\n"))).ReadResponse(2)
	fmt.Println(code, msg, err)
	var dotted strings.Builder
	w := textproto.NewWriter(bufio.NewWriter(&dotted))
	dw := w.DotWriter()
	dw.Write([]byte("line\n.dot\nend"))
	dw.Close()
	fmt.Printf("%q\n", dotted.String())

	for _, v := range []string{`text/html; charset="utf-8"`, "form-data; name=a; filename*=UTF-8''%e2%82%ac.txt", "bad/", "attachment; x*0=a; x*1=b"} {
		mt, params, err := mime.ParseMediaType(v)
		fmt.Println(mt, params, err)
	}
	fmt.Println(mime.FormatMediaType("Text/HTML", map[string]string{"charset": "utf-8", "q": "a b"}))
	fmt.Println(mime.FormatMediaType("attachment", map[string]string{"filename": "€.txt"}))
	fmt.Println(mime.TypeByExtension(".html"), mime.TypeByExtension(".PNG"), mime.TypeByExtension(".json"))

	for _, code := range []int{200, 204, 301, 404, 418, 500, 599} {
		fmt.Printf("%d %q\n", code, http.StatusText(code))
	}
	for _, data := range []string{"<!DOCTYPE html><html>", "  <?xml version='1.0'?>", "%PDF-1.4", "\x89PNG\r\n\x1a\n....", "GIF89a", "plain text", "\x00\x01\x02", "PK\x03\x04", "\xef\xbb\xbfbom", ""} {
		fmt.Printf("%q %s\n", data, http.DetectContentType([]byte(data)))
	}
	t, err := http.ParseTime("Sun, 06 Nov 1994 08:49:37 GMT")
	fmt.Println(t, err, t.Format(http.TimeFormat))
}
