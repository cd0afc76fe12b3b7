// os/user, encoding/ascii85, net/mail and index/suffixarray: the current
// user looked up again by name and id (printing only what holds on any
// machine) and the error types for unknown users and groups; ascii85
// round trips through Encode/Decode and the streaming encoder and
// decoder, with 'z' groups, short last groups and corrupt input; a mail
// message read with its header, dates in each accepted layout, addresses
// of many shapes (quoted, encoded-words, comments, groups) parsed and
// formatted back, and the parser's errors; a suffix array's lookups in
// suffix order, regexp FindAllIndex and its serialized form.
package main

import (
	"bytes"
	"encoding/ascii85"
	"encoding/hex"
	"errors"
	"fmt"
	"index/suffixarray"
	"io"
	"mime"
	"net/mail"
	"os/user"
	"regexp"
	"strings"
)

func users() {
	fmt.Println("== os/user")
	u, err := user.Current()
	if err != nil {
		fmt.Println("Current:", err)
		return
	}
	byName, err := user.Lookup(u.Username)
	fmt.Println("Lookup(current).Uid same:", err == nil && byName.Uid == u.Uid)
	byID, err := user.LookupId(u.Uid)
	fmt.Println("LookupId(current).Username same:", err == nil && byID.Username == u.Username)
	g, err := user.LookupGroupId(u.Gid)
	if err == nil {
		g2, err := user.LookupGroup(g.Name)
		fmt.Println("LookupGroup(name of primary group).Gid same:", err == nil && g2.Gid == u.Gid)
	}
	ids, err := u.GroupIds()
	fmt.Println("GroupIds starts with Gid:", err == nil && len(ids) > 0 && ids[0] == u.Gid)

	root, err := user.Lookup("root")
	fmt.Printf("root: uid %s gid %s err %v\n", root.Uid, root.Gid, err)
	rootGroup, err := user.LookupGroupId("0")
	fmt.Printf("group 0: %s %v\n", rootGroup.Name, err)

	_, err = user.Lookup("no-such-user-gominic")
	var unknownUser user.UnknownUserError
	fmt.Println(err, errors.As(err, &unknownUser))
	_, err = user.LookupId("987654321")
	fmt.Printf("%v %T\n", err, err)
	_, err = user.LookupGroup("no-such-group-gominic")
	fmt.Printf("%v %T\n", err, err)
	_, err = user.LookupGroupId("987654321")
	fmt.Printf("%v %T\n", err, err)
}

func ascii85s() {
	fmt.Println("== encoding/ascii85")
	for _, s := range []string{"", "h", "he", "hel", "hell", "hello", "\x00\x00\x00\x00", "\x00\x00\x00",
		"\x00\x00\x00\x00\x00", "Man is distinguished", "\xff\xff\xff\xff"} {
		dst := make([]byte, ascii85.MaxEncodedLen(len(s)))
		n := ascii85.Encode(dst, []byte(s))
		back := make([]byte, len(s)+4)
		nd, ns, err := ascii85.Decode(back, dst[:n], true)
		fmt.Printf("%q -> %q (max %d) -> %q %d %v\n", s, dst[:n], len(dst), back[:nd], ns, err)
	}

	// Streaming, written a few bytes at a time.
	var enc bytes.Buffer
	w := ascii85.NewEncoder(&enc)
	text := strings.Repeat("The quick brown fox\x00\x00\x00\x00 jumps. ", 40)
	for i := 0; i < len(text); i += 7 {
		end := i + 7
		if end > len(text) {
			end = len(text)
		}
		w.Write([]byte(text[i:end]))
	}
	w.Close()
	fmt.Println("encoded", enc.Len(), "bytes:", enc.String()[:60])
	// Decoding skips white space, so wrap the lines.
	wrapped := regexp.MustCompile(".{1,50}").ReplaceAllString(enc.String(), "$0\n\t ")
	got, err := io.ReadAll(ascii85.NewDecoder(strings.NewReader(wrapped)))
	fmt.Println("decoded equal:", string(got) == text, err)

	// Decode without flush stops after the last whole group.
	dst := make([]byte, 16)
	nd, ns, err := ascii85.Decode(dst, []byte("87cURD]i,\"Ebo8"), false)
	fmt.Printf("no flush: %q %d %v\n", dst[:nd], ns, err)

	for _, bad := range []string{"87cUR~", "87cURD]i,\"Ebo80z", "!"} {
		_, _, err := ascii85.Decode(make([]byte, 32), []byte(bad), true)
		var c ascii85.CorruptInputError
		fmt.Println(err, errors.As(err, &c), int64(c))
	}
	_, err = io.ReadAll(ascii85.NewDecoder(strings.NewReader("87cUR{")))
	fmt.Println("stream:", err)
}

const message = "From: \"Gogh Fir\" <gf@example.com>, jdoe@example.org (John Doe)\r\n" +
	"To: =?utf-8?q?J=C3=B6rg?= <joerg@example.net>, team: ann@example.com, Bob <bob@example.com>;\r\n" +
	"Subject: lecture notes\r\n" +
	"Date: Mon, 23 Jun 2015 11:40:36 -0400\r\n" +
	"X-Folded: one\r\n two\r\n" +
	"\r\n" +
	"Body line one.\r\nBody line two.\r\n"

func messages() {
	fmt.Println("== net/mail message")
	m, err := mail.ReadMessage(strings.NewReader(message))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("subject %q folded %q\n", m.Header.Get("subject"), m.Header.Get("X-Folded"))
	d, err := m.Header.Date()
	fmt.Println("date", d, err)
	for _, key := range []string{"From", "To", "Cc"} {
		list, err := m.Header.AddressList(key)
		fmt.Println(key, len(list), err, err == mail.ErrHeaderNotPresent)
		for _, a := range list {
			fmt.Printf("  %q %q %s\n", a.Name, a.Address, a)
		}
	}
	body, _ := io.ReadAll(m.Body)
	fmt.Printf("body %q\n", body)
	_, err = mail.ReadMessage(strings.NewReader("Subject no colon\r\n\r\n"))
	fmt.Println("bad header:", err)

	for _, s := range []string{
		"Mon, 02 Jan 2006 15:04:05 -0700",
		"2 Jan 06 15:04 +0100",
		"Fri, 21 Nov 1997 09:55:06 -0600 (MDT)",
		"Thu, 20 Nov 1997 09:55:06 MDT",
		"Tue, 1 Jul 2003 10:52:37 GMT",
		"21 Nov 97 09:55:06 UT",
		"Fri, 21 Nov 1997 09:55:06 -0600 (unclosed",
		"Fri, 21 Nov 1997 09:55:06\r\n -0600",
		"Fri, 21 Nov 1997 09:55:06\r -0600",
		"21st of November",
	} {
		t, err := mail.ParseDate(s)
		fmt.Printf("%q: %v %v\n", s, t, err)
	}
}

func addresses() {
	fmt.Println("== net/mail addresses")
	for _, s := range []string{
		"jdoe@example.org",
		"John Doe <jdoe@example.org>",
		"\"Joe Q. Public\" <john.q.public@example.com>",
		"\"John (middle) Doe\" <jdoe@machine.example>",
		"jdoe@machine.example (John Doe)",
		"<jdoe@machine.example>",
		"\"quoted local\"@example.com",
		"\"escaped \\\"quote\\\"\" <q@example.com>",
		"=?ISO-8859-1?Q?J=F6rg_Doe?= <joerg@example.com>",
		"=?utf-8?b?SsO2cmc=?= =?utf-8?q?_Doe?= <joerg@example.com>",
		"J.R.R. Tolkien <jrr@example.com>",
		"Cfws <cfws@example.com> (comment)",
		"group: one@example.com;",
		"Mr. Smith <smith@example.com",
		"John Doe",
		"john.doe",
		"john..doe@example.com",
		"a@b.c d@e.f",
		"empty: ;",
		"=?x-unknown?q?abc?= <u@example.com>",
	} {
		a, err := mail.ParseAddress(s)
		if err != nil {
			fmt.Printf("%q: error %v\n", s, err)
			continue
		}
		fmt.Printf("%q: %q %q -> %s\n", s, a.Name, a.Address, a)
	}

	list, err := mail.ParseAddressList("a@x.org,, B <b@x.org>, g: c@x.org, D <d@x.org>;, e@x.org (Eve)")
	fmt.Println(len(list), err)
	for _, a := range list {
		fmt.Println(" ", a)
	}
	_, err = mail.ParseAddressList("a@x.org b@x.org")
	fmt.Println(err)

	for _, a := range []mail.Address{
		{Address: "plain@example.com"},
		{Name: "Plain Name", Address: "p@example.com"},
		{Name: "Quote \" and \\ backslash", Address: "q@example.com"},
		{Name: "Jörg Müller", Address: "jm@example.com"},
		{Name: "Jörg (the one) Müller", Address: "jm@example.com"},
		{Name: "tab\there", Address: "has space@example.com"},
		{Address: ".leading.dot@example.com"},
		{Address: "no-at-sign"},
		{Address: "two..dots@example.com"},
	} {
		fmt.Println(a.String())
	}

	p := mail.AddressParser{WordDecoder: &mime.WordDecoder{
		CharsetReader: func(charset string, input io.Reader) (io.Reader, error) {
			if charset != "upper" {
				return nil, fmt.Errorf("no charset %s", charset)
			}
			b, err := io.ReadAll(input)
			return strings.NewReader(strings.ToUpper(string(b))), err
		},
	}}
	a, err := p.Parse("=?upper?q?shout?= <s@example.com>")
	fmt.Println(a, err)
	_, err = p.Parse("=?other?q?x?= <s@example.com>")
	fmt.Println(err)
	as, err := p.ParseList("=?upper?q?one?= <1@example.com>, two@example.com")
	fmt.Println(as, err)
}

func suffixes() {
	fmt.Println("== index/suffixarray")
	text := []byte("she sells sea shells by the sea shore; the shells she sells are sea shells")
	x := suffixarray.New(text)
	for _, s := range []string{"sea", "she", "s", "shells", "xyz", ""} {
		fmt.Printf("Lookup(%q): %v; first 2: %v\n", s, x.Lookup([]byte(s), -1), x.Lookup([]byte(s), 2))
	}
	fmt.Println(x.Lookup([]byte("sea"), 0) == nil, string(x.Bytes()[:9]))
	for _, re := range []string{"sea", "s[a-z]+lls", "sh(e|o)", "[ab]re?", "ss", "e"} {
		r := regexp.MustCompile(re)
		fmt.Printf("FindAllIndex(%s): %v; n=2: %v\n", re, x.FindAllIndex(r, -1), x.FindAllIndex(r, 2))
	}
	// Overlapping literal occurrences: "aa" in "aaaaa" matches at 0 and 2.
	y := suffixarray.New([]byte("aaaaa"))
	fmt.Println(y.Lookup([]byte("aa"), -1), y.FindAllIndex(regexp.MustCompile("aa"), -1), y.FindAllIndex(regexp.MustCompile("aa"), 1))

	var buf bytes.Buffer
	small := suffixarray.New([]byte("banana"))
	small.Write(&buf)
	fmt.Println(hex.EncodeToString(buf.Bytes()))
	buf.Reset()
	x.Write(&buf)
	fmt.Println("serialized", buf.Len(), "bytes")
	var z suffixarray.Index
	err := z.Read(&buf)
	fmt.Println(err, bytes.Equal(z.Bytes(), text), z.Lookup([]byte("sells"), -1))
	err = z.Read(strings.NewReader("\x0c"))
	fmt.Println(err)
}

func main() {
	users()
	ascii85s()
	messages()
	addresses()
	suffixes()
}
