// Package net/http's internationalized host names: Request.Write and a
// Transport's dial put a host in ASCII form (lowercased, NFC-normalized,
// its labels in Punycode behind "xn--"), keep its port, and leave a name
// that is not a valid one as it is.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// hostLine is the Host line Request.Write writes for req.
func hostLine(req *http.Request) string {
	var b bytes.Buffer
	if err := req.Write(&b); err != nil {
		return "error: " + err.Error()
	}
	r := bufio.NewReader(&b)
	r.ReadString('\n') // the request line
	line, _ := r.ReadString('\n')
	return strings.TrimSpace(line)
}

func main() {
	urls := []string{
		"http://bücher.de/",
		"http://BÜCHER.de:8080/path",
		"http://гофер.рф/foo",
		"http://gophe\u0301r.nfd/",
		"http://faß.de/",
		"http://ΣΊΣΥΦΟΣ.gr/",
		"http://äöü。日本/",
		"http://xn--bcher-kva.de/",
		"http://ä_b.de/",
		"http://-ü.de/",
		"http://ü-.de/",
		"http://xn--zzzzz-.de/",
		"http://\u0301ü.de/",
		"http://bücher.de./",
		"http://[fe80::1%25en0]:8080/",
	}
	for _, u := range urls {
		req, err := http.NewRequest("GET", u, nil)
		if err != nil {
			fmt.Println(u, err)
			continue
		}
		fmt.Printf("%q: %q\n", u, hostLine(req))
	}

	// A Host set by hand is cut at a space or slash, then converted.
	req, _ := http.NewRequest("GET", "http://example.com/", nil)
	for _, host := range []string{"BÜCHER.de", "bücher.de/foo bar", "bücher.de:99 x", "ü:"} {
		req.Host = host
		fmt.Printf("Host %q: %q\n", host, hostLine(req))
	}

	// The Transport dials the ASCII form of the name.
	errDialed := errors.New("not dialed")
	client := &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			fmt.Println("dial", network, addr)
			return nil, errDialed
		},
	}}
	for _, u := range []string{"http://Bücher.de/", "http://гофер.рф:8080/"} {
		_, err := client.Get(u)
		fmt.Println(errors.Is(err, errDialed))
	}
}
