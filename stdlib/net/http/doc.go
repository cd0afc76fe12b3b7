/*
Package http provides HTTP client and server implementations.

Get, Head, Post, and PostForm make HTTP (or HTTPS) requests:

	resp, err := http.Get("http://example.com/")
	...
	resp, err := http.Post("http://example.com/upload", "image/jpeg", &buf)
	...
	resp, err := http.PostForm("http://example.com/form",
		url.Values{"key": {"Value"}, "id": {"123"}})

The caller must close the response body when finished with it:

	resp, err := http.Get("http://example.com/")
	if err != nil {
		// handle error
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	// ...

A connection whose response body was read to its end and closed is
kept by the Transport for the next request to the same host.

ListenAndServe starts an HTTP server with a given address and handler.
The handler is usually nil, which means to use DefaultServeMux. Handle
and HandleFunc add handlers to DefaultServeMux:

	http.Handle("/foo", fooHandler)

	http.HandleFunc("/bar", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "Hello, %q", html.EscapeString(r.URL.Path))
	})

	log.Fatal(http.ListenAndServe(":8080", nil))

gominic's package speaks HTTP/1.1 (and 1.0) only: bodies framed by
Content-Length, chunked, or the end of the connection, and keep-alive
connections. It has no TLS (the HTTPS entry points return an error
saying so), no HTTP/2, no proxies, no internationalized host names (Go
sends them in punycode), no multipart/byteranges reply to several ranges
in ServeContent (the whole content is sent; one range is answered 206).
*/
package http
