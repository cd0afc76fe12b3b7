// expvar and net/http/cookiejar: expvar's Int, Float, String, Map (keys
// sorted, nil values, AddFloat, Delete, Init) and Func with their JSON,
// the /debug/vars page served through http.DefaultServeMux; a cookie jar
// fed Set-Cookie headers from several URLs (host-only and domain
// cookies, paths, Secure, Max-Age deletion, IP hosts, a rejected
// foreign domain, punycode hosts) and asked which cookies go where.
package main

import (
	"expvar"
	"fmt"
	"log"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
)

func exerciseExpvar() {
	hits := expvar.NewInt("hits")
	hits.Add(40)
	hits.Add(2)
	ratio := expvar.NewFloat("ratio")
	ratio.Set(0.25)
	ratio.Add(1e21)
	name := expvar.NewString("name")
	name.Set("gominic \"quoted\" <tag> \u00e9")

	m := expvar.NewMap("requests")
	m.Add("post", 3)
	m.Add("get", 10)
	m.AddFloat("latency", 1.5)
	m.AddFloat("latency", 0.25)
	m.Set("nothing", nil)
	m.Set("label", name)
	m.Add("label", 1) // not an *Int: left alone
	fmt.Println("map:", m)
	m.Delete("post")
	m.Delete("absent")
	fmt.Println("after delete:", m)
	m.Do(func(kv expvar.KeyValue) { fmt.Printf("  %s -> %v\n", kv.Key, kv.Value) })

	expvar.Publish("square", expvar.Func(func() any {
		return map[string]int{"side": 3, "area": 9}
	}))
	fmt.Println("get hits:", expvar.Get("hits"), "get missing:", expvar.Get("missing") == nil)
	fmt.Println("func:", expvar.Get("square"))

	var names []string
	expvar.Do(func(kv expvar.KeyValue) { names = append(names, kv.Key) })
	fmt.Println("published:", strings.Join(names, " "))

	// The page lists every variable; cmdline and memstats vary from run
	// to run, so only the other lines are shown.
	rec := httptest.NewRecorder()
	http.DefaultServeMux.ServeHTTP(rec, httptest.NewRequest("GET", "/debug/vars", nil))
	fmt.Println("content-type:", rec.Header().Get("Content-Type"))
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		if strings.HasPrefix(line, `"cmdline"`) || strings.HasPrefix(line, `"memstats"`) {
			fmt.Println("  ", line[:10], "...")
			continue
		}
		fmt.Println("  ", line)
	}

	m.Init()
	fmt.Println("after init:", m)

	// Publishing a name twice panics through log.Panicln, which logs
	// the message first.
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	defer func() { fmt.Println("republish panics:", recover() != nil) }()
	expvar.NewInt("hits")
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// set feeds the jar the Set-Cookie lines of a response from rawURL.
func set(jar *cookiejar.Jar, rawURL string, lines ...string) {
	h := http.Header{}
	for _, l := range lines {
		h.Add("Set-Cookie", l)
	}
	resp := &http.Response{Header: h}
	jar.SetCookies(mustURL(rawURL), resp.Cookies())
}

func show(jar *cookiejar.Jar, rawURL string) {
	var parts []string
	for _, c := range jar.Cookies(mustURL(rawURL)) {
		parts = append(parts, c.Name+"="+c.Value)
	}
	fmt.Printf("  %-40s %s\n", rawURL, strings.Join(parts, " "))
}

func exerciseCookiejar() {
	jar, _ := cookiejar.New(nil)
	set(jar, "http://www.example.com/docs/index.html",
		"host=1",
		"dom=2; Domain=example.com",
		"dotdom=3; Domain=.EXAMPLE.com",
		"root=4; Path=/",
		"deep=5; Path=/docs/api",
		"sec=6; Secure",
		"foreign=7; Domain=other.org",
		"bad=8; Domain=..example.com",
	)
	set(jar, "https://example.com/", "apex=9", "root=10; Path=/")
	set(jar, "http://192.168.0.1:8080/x", "ip=11", "ipdom=12; Domain=192.168.0.1", "wrongip=13; Domain=192.168.0.2")
	set(jar, "http://b\u00fccher.example/", "idn=14")
	set(jar, "ftp://www.example.com/", "ftp=15")

	fmt.Println("cookies:")
	for _, u := range []string{
		"http://www.example.com/docs/index.html",
		"https://www.example.com/docs/api/v1",
		"http://www.example.com/docsx",
		"http://sub.www.example.com/",
		"https://example.com/",
		"http://other.org/",
		"http://192.168.0.1/x/y",
		"http://xn--bcher-kva.example/",
		"http://B\u00dcCHER.example/",
		"ftp://www.example.com/",
	} {
		show(jar, u)
	}

	// Replacing keeps the original's place; Max-Age<0 and a past
	// Expires delete.
	set(jar, "http://www.example.com/docs/", "host=updated", "dom=gone; Domain=example.com; Max-Age=-1",
		"root=gone; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT", "later=16; Max-Age=3600")
	fmt.Println("after updates:")
	show(jar, "https://www.example.com/docs/api/v1")
}

func main() {
	exerciseExpvar()
	exerciseCookiejar()
}
