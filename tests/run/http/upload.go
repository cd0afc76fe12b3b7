// net/http's multipart forms: a client uploads a file and fields to an
// httptest server whose handlers call FormFile, FormValue,
// PostFormValue, ParseMultipartForm and MultipartReader; the errors of a
// body that is not multipart, has no boundary, or lacks the file.
package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
)

func upload(url, contentType string, body io.Reader) {
	resp, err := http.Post(url, contentType, body)
	if err != nil {
		fmt.Println("Post:", err)
		return
	}
	defer resp.Body.Close()
	reply, _ := io.ReadAll(resp.Body)
	fmt.Printf("%s %s", resp.Status, reply)
}

func formFile(w http.ResponseWriter, r *http.Request) {
	f, fh, err := r.FormFile("upload")
	if err != nil {
		fmt.Fprintln(w, "FormFile:", err)
		return
	}
	defer f.Close()
	data, _ := io.ReadAll(f)
	fmt.Fprintf(w, "file %q size %d type %q: %q\n", fh.Filename, fh.Size, fh.Header.Get("Content-Type"), data)
	fmt.Fprintf(w, "FormValue(title)=%q FormValue(q)=%q PostFormValue(q)=%q\n",
		r.FormValue("title"), r.FormValue("q"), r.PostFormValue("q"))
	fmt.Fprintf(w, "Form=%v PostForm=%v\n", r.Form, r.PostForm)
	_, _, err = r.FormFile("missing")
	fmt.Fprintln(w, "missing:", err, err == http.ErrMissingFile)
}

func stream(w http.ResponseWriter, r *http.Request) {
	mr, err := r.MultipartReader()
	if err != nil {
		fmt.Fprintln(w, "MultipartReader:", err)
		return
	}
	for {
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		data, _ := io.ReadAll(p)
		fmt.Fprintf(w, "part %q %q: %d bytes\n", p.FormName(), p.FileName(), len(data))
	}
	_, err = r.MultipartReader()
	fmt.Fprintln(w, "again:", err)
	fmt.Fprintln(w, "ParseMultipartForm:", r.ParseMultipartForm(1<<20))
	_, _, err = r.FormFile("upload")
	fmt.Fprintln(w, "FormFile:", err)
}

func parse(w http.ResponseWriter, r *http.Request) {
	err := r.ParseMultipartForm(8)
	fmt.Fprintln(w, "ParseMultipartForm:", err, err == http.ErrNotMultipart, err == http.ErrMissingBoundary)
	if err == nil {
		fmt.Fprintln(w, "values:", r.MultipartForm.Value, "files:", len(r.MultipartForm.File["upload"]))
		_, err = r.MultipartReader()
		fmt.Fprintln(w, "MultipartReader:", err)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/formfile", formFile)
	mux.HandleFunc("/stream", stream)
	mux.HandleFunc("/parse", parse)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	w.WriteField("title", "holiday")
	w.WriteField("q", "from body")
	fw, _ := w.CreateFormFile("upload", "photo.txt")
	fw.Write([]byte(strings.Repeat("pixels ", 10)))
	w.Close()
	payload := body.Bytes()

	upload(srv.URL+"/formfile?q=from+query&x=1", w.FormDataContentType(), bytes.NewReader(payload))
	upload(srv.URL+"/stream", w.FormDataContentType(), bytes.NewReader(payload))
	upload(srv.URL+"/parse", w.FormDataContentType(), bytes.NewReader(payload))
	upload(srv.URL+"/parse", "text/plain", strings.NewReader("hello"))
	upload(srv.URL+"/parse", "multipart/form-data", bytes.NewReader(payload))
	upload(srv.URL+"/formfile", "application/x-www-form-urlencoded", strings.NewReader("title=t"))
	upload(srv.URL+"/stream", "multipart/mixed; boundary="+w.Boundary(), bytes.NewReader(payload))
}
