// This file implements the matching of test names against -test.run and
// -test.bench patterns. Go matches with package regexp; until gominic's
// standard library has regexp, this small backtracking matcher knows the
// syntax test names need: literals, ., [classes], \d \w \s, groups with
// |, the repetitions *, + and ?, and the anchors ^ and $.

package testdeps

import (
	"fmt"
	"strings"
	"unicode"
)

// matchRegexp reports whether str contains a match of the regular
// expression pat.
func matchRegexp(pat, str string) (bool, error) {
	p := &reParser{src: pat}
	re, err := p.parseAlt()
	if err == nil && p.pos < len(p.src) {
		err = fmt.Errorf("error parsing regexp: unexpected ): `%s`", pat)
	}
	if err != nil {
		return false, err
	}
	for start := 0; start <= len(str); start++ {
		if re.match(str, start, start, func(int) bool { return true }) {
			return true, nil
		}
	}
	return false, nil
}

// A reNode is one piece of a parsed regular expression. match calls k
// with each position where the node can end matching str from i, until k
// accepts; begin is where the whole match began (for ^).
type reNode interface {
	match(str string, begin, i int, k func(int) bool) bool
}

type reAlt struct{ alts []reNode }
type reSeq struct{ items []reNode }
type reRepeat struct {
	sub      reNode
	min, max int // max -1: no limit
}
type reChar struct{ in func(r rune) bool }
type reAnchor struct{ end bool }

func (n reAlt) match(str string, begin, i int, k func(int) bool) bool {
	for _, a := range n.alts {
		if a.match(str, begin, i, k) {
			return true
		}
	}
	return false
}

func (n reSeq) match(str string, begin, i int, k func(int) bool) bool {
	if len(n.items) == 0 {
		return k(i)
	}
	rest := reSeq{n.items[1:]}
	return n.items[0].match(str, begin, i, func(j int) bool { return rest.match(str, begin, j, k) })
}

func (n reRepeat) match(str string, begin, i int, k func(int) bool) bool {
	return n.matchFrom(str, begin, i, 0, k)
}

// matchFrom matches greedily: one more repetition first, then stopping.
func (n reRepeat) matchFrom(str string, begin, i, done int, k func(int) bool) bool {
	if n.max < 0 || done < n.max {
		more := n.sub.match(str, begin, i, func(j int) bool {
			return j != i && n.matchFrom(str, begin, j, done+1, k)
		})
		if more {
			return true
		}
	}
	return done >= n.min && k(i)
}

func (n reChar) match(str string, begin, i int, k func(int) bool) bool {
	if i >= len(str) {
		return false
	}
	r, size := decodeRune(str[i:])
	return n.in(r) && k(i+size)
}

func (n reAnchor) match(str string, begin, i int, k func(int) bool) bool {
	if n.end {
		return i == len(str) && k(i)
	}
	return i == 0 && k(i)
}

func decodeRune(s string) (rune, int) {
	for _, r := range s {
		n := len(string(r))
		if r == unicode.ReplacementChar && s[0] != "\uFFFD"[0] {
			n = 1
		}
		return r, n
	}
	return 0, 0
}

// reParser parses the regular expression syntax the matcher knows.
type reParser struct {
	src string
	pos int
}

func (p *reParser) errorf(format string, args ...any) error {
	return fmt.Errorf("error parsing regexp: "+format, args...)
}

// parseAlt: alt = seq { "|" seq }
func (p *reParser) parseAlt() (reNode, error) {
	var alts []reNode
	for {
		seq, err := p.parseSeq()
		if err != nil {
			return nil, err
		}
		alts = append(alts, seq)
		if p.pos >= len(p.src) || p.src[p.pos] != '|' {
			break
		}
		p.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return reAlt{alts}, nil
}

// parseSeq: seq = { atom [ "*" | "+" | "?" ] }
func (p *reParser) parseSeq() (reNode, error) {
	var items []reNode
	for p.pos < len(p.src) && p.src[p.pos] != '|' && p.src[p.pos] != ')' {
		atom, err := p.parseAtom()
		if err != nil {
			return nil, err
		}
		if p.pos < len(p.src) && strings.IndexByte("*+?", p.src[p.pos]) >= 0 {
			op := p.src[p.pos]
			p.pos++
			if p.pos < len(p.src) && p.src[p.pos] == '?' {
				p.pos++ // non-greedy: the same set of matches for a yes/no answer
			}
			switch op {
			case '*':
				atom = reRepeat{atom, 0, -1}
			case '+':
				atom = reRepeat{atom, 1, -1}
			default:
				atom = reRepeat{atom, 0, 1}
			}
		}
		items = append(items, atom)
	}
	return reSeq{items}, nil
}

// parseAtom: atom = "(" alt ")" | "[" class "]" | "." | "^" | "$" | escape | char
func (p *reParser) parseAtom() (reNode, error) {
	c := p.src[p.pos]
	switch c {
	case '(':
		p.pos++
		if strings.HasPrefix(p.src[p.pos:], "?:") {
			p.pos += 2
		}
		n, err := p.parseAlt()
		if err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) {
			return nil, p.errorf("missing closing ): `%s`", p.src)
		}
		p.pos++
		return n, nil
	case '[':
		return p.parseClass()
	case '.':
		p.pos++
		return reChar{func(r rune) bool { return r != '\n' }}, nil
	case '^':
		p.pos++
		return reAnchor{false}, nil
	case '$':
		p.pos++
		return reAnchor{true}, nil
	case '*', '+', '?':
		return nil, p.errorf("missing argument to repetition operator: `%c`", c)
	case '\\':
		in, err := p.parseEscape()
		return reChar{in}, err
	}
	r, size := decodeRune(p.src[p.pos:])
	p.pos += size
	return reChar{func(x rune) bool { return x == r }}, nil
}

// parseEscape reads \d, \w, \s (and their negations) or an escaped character.
func (p *reParser) parseEscape() (func(rune) bool, error) {
	p.pos++
	if p.pos >= len(p.src) {
		return nil, p.errorf("trailing backslash at end of expression: ``")
	}
	c := p.src[p.pos]
	p.pos++
	var in func(rune) bool
	switch c {
	case 'd', 'D':
		in = func(r rune) bool { return '0' <= r && r <= '9' }
	case 'w', 'W':
		in = func(r rune) bool {
			return '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_'
		}
	case 's', 'S':
		in = func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' }
	default:
		return func(r rune) bool { return r == rune(c) }, nil
	}
	if c >= 'A' && c <= 'Z' {
		pos := in
		return func(r rune) bool { return !pos(r) }, nil
	}
	return in, nil
}

// parseClass: class = "[" [ "^" ] { char [ "-" char ] | escape } "]"
func (p *reParser) parseClass() (reNode, error) {
	start := p.pos
	p.pos++
	negate := false
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		negate = true
		p.pos++
	}
	var parts []func(rune) bool
	first := true
	for {
		if p.pos >= len(p.src) {
			return nil, p.errorf("missing closing ]: `%s`", p.src[start:])
		}
		if p.src[p.pos] == ']' && !first {
			p.pos++
			break
		}
		first = false
		if p.src[p.pos] == '\\' {
			in, err := p.parseEscape()
			if err != nil {
				return nil, err
			}
			parts = append(parts, in)
			continue
		}
		lo, size := decodeRune(p.src[p.pos:])
		p.pos += size
		hi := lo
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			p.pos++
			hi, size = decodeRune(p.src[p.pos:])
			p.pos += size
		}
		parts = append(parts, func(r rune) bool { return lo <= r && r <= hi })
	}
	return reChar{func(r rune) bool {
		for _, in := range parts {
			if in(r) {
				return !negate
			}
		}
		return negate
	}}, nil
}
