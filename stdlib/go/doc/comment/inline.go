package comment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseParagraph replaces the single Plain text that pass 1 left in p
// by its parsed form.
func (d *parseDoc) parseParagraph(p *Paragraph) {
	p.Text = d.parseLinkedText(string(p.Text[0].(Plain)))
}

// parseLinkedText parses text that may hold explicit links, [Text] for a
// link definition of the comment or [pkg], [pkg.Name], [Name],
// [Recv.Name] (and so on) for a documentation link.
//
// So that map[ast.Expr]TypeAndValue is not read as a link, a doc link
// must have punctuation, a space, a tab or the end of the line on both
// of its sides; see docLink.
func (d *parseDoc) parseLinkedText(text string) []Text {
	var out []Text
	wrote := 0 // text[:wrote] is already in out
	open := -1 // index of the last '[' not yet closed
	// key is the name looked up among the link definitions: the bytes
	// seen since the first unclosed '[', with newlines and tabs as
	// spaces. A second '[' moves open but, as in Go, does not clear key,
	// so "[a [b]" looks up "a b" (while the link text is still "b").
	var key []byte
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '[':
			open = i
		case ']':
			if open >= 0 {
				out = d.closeLink(out, text, &wrote, open, i, string(key))
			}
			open = -1
			key = key[:0]
		default:
			if open >= 0 {
				if c == '\n' || c == '\t' {
					c = ' '
				}
				key = append(key, c)
			}
		}
	}
	return d.parseText(out, text[wrote:], true)
}

// closeLink handles the ']' at text[end] that closes the '[' at
// text[open]: if key names a link definition, or the bracketed text is
// a doc link, it appends the text before the link (from *wrote) and the
// link itself to out and moves *wrote past the ']'.
func (d *parseDoc) closeLink(out []Text, text string, wrote *int, open, end int, key string) []Text {
	inner := text[open+1 : end]
	var link Text
	if def, ok := d.links[key]; ok {
		def.Used = true
		link = &Link{Text: d.parseText(nil, inner, false), URL: def.URL}
	} else if dl, ok := d.docLink(inner, text[:open], text[end+1:]); ok {
		dl.Text = d.parseText(nil, inner, false)
		link = dl
	}
	if link == nil {
		return out
	}
	out = d.parseText(out, text[*wrote:open], true)
	*wrote = end + 1
	return append(out, link)
}

// docLink parses text, found between [ and ], as a documentation link.
// To tell [io.Reader] from map[string]int, the bytes just outside the
// brackets (the end of before, the start of after) must be punctuation
// or white space, if there are any.
func (d *parseDoc) docLink(text, before, after string) (link *DocLink, ok bool) {
	if before != "" {
		if r, _ := utf8.DecodeLastRuneInString(before); !isLinkBoundary(r) {
			return nil, false
		}
	}
	if after != "" {
		if r, _ := utf8.DecodeRuneInString(after); !isLinkBoundary(r) {
			return nil, false
		}
	}
	text = strings.TrimPrefix(text, "*") // [*T] links to T
	pkg, name, ok := splitDocName(text)
	var recv string
	if ok {
		pkg, recv, _ = splitDocName(pkg)
	}
	if pkg != "" {
		if pkg, ok = d.lookupPkg(pkg); !ok {
			return nil, false
		}
	} else if !d.lookupSym(recv, name) {
		return nil, false
	}
	return &DocLink{ImportPath: pkg, Recv: recv, Name: name}, true
}

// isLinkBoundary reports whether r may stand right before or after a
// doc link.
func isLinkBoundary(r rune) bool {
	return unicode.IsPunct(r) || r == ' ' || r == '\t' || r == '\n'
}

// splitDocName splits text of the form "before.Name", where Name is a
// capitalized Go identifier, into before and Name with foundDot true
// ("Name" alone gives "", "Name", true). Any other text gives text, "", false.
func splitDocName(text string) (before, name string, foundDot bool) {
	i := strings.LastIndex(text, ".")
	name = text[i+1:]
	if !isName(name) {
		return text, "", false
	}
	if i >= 0 {
		before = text[:i]
	}
	return before, name, true
}

// parseText appends to out the Text items of s, which holds no explicit
// links. It turns two backquotes into an opening curly quote and two
// single quotes into a closing one and, if autoLink is set, URLs into
// links and the words of d.Words into italics or links.
func (d *parseDoc) parseText(out []Text, s string, autoLink bool) []Text {
	var plain strings.Builder // the Plain text being gathered
	wrote := 0                // s[:wrote] is in out or plain
	flush := func(i int) {
		plain.WriteString(s[wrote:i])
		wrote = i
		if plain.Len() > 0 {
			out = append(out, Plain(plain.String()))
			plain.Reset()
		}
	}
	for i := 0; i < len(s); {
		t := s[i:]
		if autoLink {
			if url, ok := autoURL(t); ok {
				flush(i)
				out = append(out, &Link{Auto: true, Text: []Text{Plain(url)}, URL: url})
				i += len(url)
				wrote = i
				continue
			}
			if id, ok := ident(t); ok {
				// A word is looked at whole: no URL starts inside it.
				if url, ok := d.Words[id]; ok {
					flush(i)
					if url == "" {
						out = append(out, Italic(id))
					} else {
						out = append(out, &Link{Auto: true, Text: []Text{Italic(id)}, URL: url})
					}
					wrote = i + len(id)
				}
				i += len(id)
				continue
			}
		}
		switch {
		case strings.HasPrefix(t, "```"):
			// Markdown's code fence, not two quotes: keep the backquotes.
			i += 3
			for i < len(s) && s[i] == '`' {
				i++
			}
		case strings.HasPrefix(t, "``"):
			plain.WriteString(s[wrote:i])
			plain.WriteString("“")
			i += 2
			wrote = i
		case strings.HasPrefix(t, "''"):
			plain.WriteString(s[wrote:i])
			plain.WriteString("”")
			i += 2
			wrote = i
		default:
			i++
		}
	}
	flush(len(s))
	return out
}

// autoURL reports whether s starts with a URL to link automatically and
// returns it. A URL is a known scheme, "://", a host, and the longest
// path that does not end in punctuation (.,:;?!) and whose brackets
// ((), [] and {}) match, so that "(see http://x.org/a.)" links just
// "http://x.org/a".
func autoURL(s string) (url string, ok bool) {
	// Schemes are at most 6 bytes long: look for "://" only in the
	// first 9 bytes, since this is tried at every position of a text.
	head := s
	if len(head) > 9 {
		head = head[:9]
	}
	colon := strings.Index(head, "://")
	if colon < 0 || !isScheme(s[:colon]) {
		return "", false
	}
	i := colon + len("://")

	// The host: at least one byte, neither starting nor ending in
	// punctuation.
	if i >= len(s) || !isHost(s[i]) || isPunct(s[i]) {
		return "", false
	}
	end := i + 1
	for i++; i < len(s) && isHost(s[i]); i++ {
		if !isPunct(s[i]) {
			end = i + 1
		}
	}

	// The path.
	var closers []byte // the closing brackets awaited, innermost last
	for i = end; i < len(s); i++ {
		c := s[i]
		if isPunct(c) {
			continue
		}
		if !isPath(c) {
			break
		}
		switch c {
		case '(':
			closers = append(closers, ')')
		case '[':
			closers = append(closers, ']')
		case '{':
			closers = append(closers, '}')
		case ')', ']', '}':
			if len(closers) == 0 || closers[len(closers)-1] != c {
				return s[:end], true
			}
			closers = closers[:len(closers)-1]
		}
		if len(closers) == 0 {
			end = i + 1
		}
	}
	return s[:end], true
}

// isScheme says whether an automatic link may start with scheme s.
func isScheme(s string) bool {
	switch s {
	case "file", "ftp", "gopher", "http", "https", "mailto", "nntp":
		return true
	}
	return false
}

// isHost says whether byte c may be part of a host name or address
// (example.org, a@[::1]:80).
func isHost(c byte) bool {
	return isAlnum(c) || strings.IndexByte("_@-.[]:", c) >= 0
}

// isPunct says whether c is a punctuation byte allowed inside a URL
// path but never at its end.
func isPunct(c byte) bool {
	return strings.IndexByte(".,:;?!", c) >= 0
}

// isPath reports whether c may be in a URL path, punctuation aside.
func isPath(c byte) bool {
	return isAlnum(c) || strings.IndexByte("$'()*+&#=@~_/-[]{}%", c) >= 0
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c)
}

// isIdentASCII says whether c is an ASCII letter, digit or '_'.
func isIdentASCII(c byte) bool {
	return isAlnum(c) || c == '_'
}

// isName says whether s is a Go identifier with an upper-case first letter.
func isName(s string) bool {
	id, ok := ident(s)
	if !ok || id != s {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// ident reports whether s starts with a Go identifier (a letter or '_',
// then letters, digits and '_') and returns it. Beyond ASCII, only
// letters count: the non-ASCII digits are left out.
func ident(s string) (id string, ok bool) {
	n := 0
	for n < len(s) {
		c := s[n]
		if c < utf8.RuneSelf {
			if !isIdentASCII(c) || (n == 0 && isDigit(c)) {
				break
			}
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n += size
	}
	return s[:n], n > 0
}
