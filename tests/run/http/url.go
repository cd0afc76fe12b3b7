// Package net/url: URLs parsed into their parts and printed back,
// references resolved against a base, query values encoded and decoded,
// the escapes of each part, and the errors of malformed URLs.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{
		"http://user:pa%20ss@example.com:8080/a%2Fb/c d?q=1&r=x+y#frag%21",
		"mailto:gopher@example.com",
		"/relative/path?x",
		"file:///etc/hosts",
		"http://[fe80::1%25en0]:80/",
		"a b",
		"http://x/?",
		"http://host:port/",
		"http://x/%zz",
		":nope",
		"this:that/x",
	} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Printf("%q: error %v\n", s, err)
			continue
		}
		pw, hasPw := u.User.Password()
		fmt.Printf("%q\n  scheme=%q opaque=%q user=%q pw=%q/%v host=%q hostname=%q port=%q\n", s,
			u.Scheme, u.Opaque, u.User.Username(), pw, hasPw, u.Host, u.Hostname(), u.Port())
		fmt.Printf("  path=%q raw=%q escaped=%q query=%q frag=%q force=%v\n", u.Path, u.RawPath, u.EscapedPath(),
			u.RawQuery, u.Fragment, u.ForceQuery)
		fmt.Printf("  string=%q redacted=%q requestURI=%q abs=%v\n", u.String(), u.Redacted(), u.RequestURI(), u.IsAbs())
	}

	base, _ := url.Parse("http://a/b/c/d;p?q")
	for _, ref := range []string{"g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "..", "../g", "../../../g", "g;x=1/../y", "http:g"} {
		r, err := base.Parse(ref)
		fmt.Println(ref, "->", r, err)
	}

	v := url.Values{}
	v.Set("name", "Ava & Bo")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah")
	v.Add("z", "")
	fmt.Println(v.Encode(), v.Get("friend"), v.Has("z"), v.Has("y"))
	q, err := url.ParseQuery("a=1&b=%zz&c=3&a=2&d")
	fmt.Println(q, err)
	_, err = url.ParseQuery("a=1;b=2")
	fmt.Println(err)

	for _, s := range []string{"a b/c?d=e&f", "ü/€", "~-_."} {
		pu, _ := url.PathUnescape(url.PathEscape(s))
		qu, _ := url.QueryUnescape(url.QueryEscape(s))
		fmt.Printf("%q %q %q %v %v\n", s, url.PathEscape(s), url.QueryEscape(s), pu == s, qu == s)
	}
	_, err = url.QueryUnescape("%4")
	fmt.Println(err)

	j, err := url.JoinPath("https://example.com/a/", "b/../c", "d/")
	fmt.Println(j, err)
	u := &url.URL{Scheme: "http", Host: "example.com", Path: "/a b", RawQuery: "x=1", Fragment: "top"}
	fmt.Println(u, u.JoinPath("c", "../d"))
	rq, err := url.ParseRequestURI("/search?q=go")
	fmt.Println(rq.Path, rq.RawQuery, err)
	_, err = url.ParseRequestURI("search")
	fmt.Println(err)
	var ue *url.Error
	_, err = url.Parse("http://[::1")
	ue, ok := err.(*url.Error)
	fmt.Println(ok, ue.Op, ue.URL, ue.Err, ue.Timeout())
}
