package syntax

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A character class is a list of rune ranges lo1, hi1, lo2, hi2, ...
// While a class is built the ranges may overlap and be out of order;
// cleanClass sorts and merges them.

// The smallest and largest runes that case folding involves.
const (
	minFold = 0x0041
	maxFold = 0x1e943
)

// parseClass parses a bracketed class at the start of s and pushes it.
func (p *parser) parseClass(s string) (string, error) {
	t := s[1:]
	var class []rune
	negated := false
	if t != "" && t[0] == '^' {
		negated = true
		t = t[1:]
		// Without ClassNL a negated class must not match newline: put it
		// in now so that the negation takes it out.
		if p.flags&ClassNL == 0 {
			class = append(class, '\n', '\n')
		}
	}
	first := true // ] and - stand for themselves first in a class
	for t == "" || t[0] != ']' || first {
		// POSIX allows an unescaped - only first or last; Perl anywhere.
		if t != "" && t[0] == '-' && p.flags&PerlX == 0 && !first && (len(t) == 1 || t[1] != ']') {
			_, size := utf8.DecodeRuneInString(t[1:])
			return "", &Error{Code: ErrInvalidCharRange, Expr: t[:1+size]}
		}
		first = false

		if len(t) > 2 && t[0] == '[' && t[1] == ':' {
			nclass, nt, err := p.parseNamedClass(t, class)
			if err != nil {
				return "", err
			}
			if nclass != nil {
				class, t = nclass, nt
				continue
			}
		}
		nclass, nt, err := p.parseUnicodeClass(t, class)
		if err != nil {
			return "", err
		}
		if nclass != nil {
			class, t = nclass, nt
			continue
		}
		if nclass, nt := p.parsePerlClassEscape(t, class); nclass != nil {
			class, t = nclass, nt
			continue
		}

		rng := t
		var lo, hi rune
		if lo, t, err = p.parseClassChar(t, s); err != nil {
			return "", err
		}
		hi = lo
		// [a-] is a or -, so a range needs something other than ] after -.
		if len(t) >= 2 && t[0] == '-' && t[1] != ']' {
			if hi, t, err = p.parseClassChar(t[1:], s); err != nil {
				return "", err
			}
			if hi < lo {
				return "", &Error{Code: ErrInvalidCharRange, Expr: rng[:len(rng)-len(t)]}
			}
		}
		if p.flags&FoldCase == 0 {
			class = appendRange(class, lo, hi)
		} else {
			class = appendFoldedRange(class, lo, hi)
		}
	}
	class = cleanClass(class)
	if negated {
		class = negateClass(class)
	}
	re := p.newRegexp(OpCharClass)
	re.Flags = p.flags
	re.Rune = class
	p.push(re)
	return t[1:], nil
}

// parseClassChar parses one character of a class, escaped or not.
func (p *parser) parseClassChar(s, wholeClass string) (r rune, rest string, err error) {
	if s == "" {
		return 0, "", &Error{Code: ErrMissingBracket, Expr: wholeClass}
	}
	if s[0] == '\\' {
		return p.parseEscape(s)
	}
	return nextRune(s)
}

// A charGroup is a named class: its ranges and whether it is negated.
type charGroup struct {
	sign  int
	class []rune
}

// parsePerlClassEscape appends the class of a leading \d, \D, \s, \S, \w
// or \W to r; out is nil when s does not start with one.
func (p *parser) parsePerlClassEscape(s string, r []rune) (out []rune, rest string) {
	if p.flags&PerlX == 0 || len(s) < 2 || s[0] != '\\' {
		return
	}
	g, ok := perlGroup[s[0:2]]
	if !ok {
		return
	}
	return p.appendGroup(r, g), s[2:]
}

// parseNamedClass appends the class of a leading [:alpha:] to r.
func (p *parser) parseNamedClass(s string, r []rune) (out []rune, rest string, err error) {
	if len(s) < 2 || s[0] != '[' || s[1] != ':' {
		return
	}
	i := strings.Index(s[2:], ":]")
	if i < 0 {
		return
	}
	i += 2
	name, s := s[0:i+2], s[i+2:]
	g, ok := posixGroup[name]
	if !ok {
		return nil, "", &Error{ErrInvalidCharRange, name}
	}
	return p.appendGroup(r, g), s, nil
}

func (p *parser) appendGroup(r []rune, g charGroup) []rune {
	class := g.class
	if p.flags&FoldCase != 0 {
		class = cleanClass(appendFoldedClass(nil, class))
	}
	if g.sign < 0 {
		return appendNegatedClass(r, class)
	}
	return appendClass(r, class)
}

var anyTable = &unicode.RangeTable{
	R16: []unicode.Range16{{Lo: 0, Hi: 1<<16 - 1, Stride: 1}},
	R32: []unicode.Range32{{Lo: 1 << 16, Hi: unicode.MaxRune, Stride: 1}},
}

// unicodeTable returns the table for a \p name: Any, a category or a script.
func unicodeTable(name string) *unicode.RangeTable {
	if name == "Any" {
		return anyTable
	}
	if t := unicode.Categories[name]; t != nil {
		return t
	}
	return unicode.Scripts[name]
}

// parseUnicodeClass appends the class of a leading \pL, \p{Greek},
// \PL or \P{^Greek} to r. Once s starts with \p or \P it is an error for
// the name to be unknown.
func (p *parser) parseUnicodeClass(s string, r []rune) (out []rune, rest string, err error) {
	if p.flags&UnicodeGroups == 0 || len(s) < 2 || s[0] != '\\' || s[1] != 'p' && s[1] != 'P' {
		return
	}
	if r == nil {
		// out is nil only when s starts no class: \P{Any}, matching
		// nothing, is an empty class, not a missing one.
		r = []rune{}
	}
	sign := +1
	if s[1] == 'P' {
		sign = -1
	}
	c, t, err := nextRune(s[2:])
	if err != nil {
		return
	}
	var seq, name string
	if c != '{' {
		seq = s[:len(s)-len(t)]
		name = seq[2:]
	} else {
		end := strings.IndexRune(s, '}')
		if end < 0 {
			if err = checkUTF8(s); err != nil {
				return
			}
			return nil, "", &Error{ErrInvalidCharRange, s}
		}
		seq, t = s[:end+1], s[end+1:]
		name = s[3:end]
		if err = checkUTF8(name); err != nil {
			return
		}
	}
	if name != "" && name[0] == '^' {
		sign = -sign
		name = name[1:]
	}
	tab := unicodeTable(name)
	if tab == nil {
		return nil, "", &Error{ErrInvalidCharRange, seq}
	}
	if p.flags&FoldCase == 0 {
		if sign > 0 {
			return appendTable(r, tab), t, nil
		}
		return appendNegatedTable(r, tab), t, nil
	}
	// Under (?i) the class is the table closed under case folding.
	class := cleanClass(appendFoldedClass(nil, cleanClass(appendTable(nil, tab))))
	if sign > 0 {
		return appendClass(r, class), t, nil
	}
	return appendNegatedClass(r, class), t, nil
}

// classRanges sorts a class by lo ascending, then hi descending.
type classRanges []rune

func (r classRanges) Len() int { return len(r) / 2 }
func (r classRanges) Less(i, j int) bool {
	i, j = 2*i, 2*j
	return r[i] < r[j] || r[i] == r[j] && r[i+1] > r[j+1]
}
func (r classRanges) Swap(i, j int) {
	i, j = 2*i, 2*j
	r[i], r[i+1], r[j], r[j+1] = r[j], r[j+1], r[i], r[i+1]
}

// cleanClass sorts the ranges of r and merges the overlapping and
// abutting ones, in place.
func cleanClass(r []rune) []rune {
	sort.Sort(classRanges(r))
	if len(r) < 2 {
		return r
	}
	w := 2
	for i := 2; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if lo <= r[w-1]+1 {
			if hi > r[w-1] {
				r[w-1] = hi
			}
			continue
		}
		r[w], r[w+1] = lo, hi
		w += 2
	}
	return r[:w]
}

func appendLiteral(r []rune, x rune, flags Flags) []rune {
	if flags&FoldCase != 0 {
		return appendFoldedRange(r, x, x)
	}
	return appendRange(r, x, x)
}

// appendRange appends lo-hi to r, widening one of the last two ranges
// instead when it overlaps or abuts (two, so that folding A-Z and a-z
// alternately still grows just two ranges).
func appendRange(r []rune, lo, hi rune) []rune {
	n := len(r)
	for i := 2; i <= 4 && i <= n; i += 2 {
		rlo, rhi := r[n-i], r[n-i+1]
		if lo <= rhi+1 && rlo <= hi+1 {
			if lo < rlo {
				r[n-i] = lo
			}
			if hi > rhi {
				r[n-i+1] = hi
			}
			return r
		}
	}
	return append(r, lo, hi)
}

// appendFoldedRange appends lo-hi and every rune case-equivalent to one in it.
func appendFoldedRange(r []rune, lo, hi rune) []rune {
	if lo <= minFold && hi >= maxFold || hi < minFold || lo > maxFold {
		return appendRange(r, lo, hi)
	}
	if lo < minFold {
		r = appendRange(r, lo, minFold-1)
		lo = minFold
	}
	if hi > maxFold {
		r = appendRange(r, maxFold+1, hi)
		hi = maxFold
	}
	for c := lo; c <= hi; c++ {
		r = appendRange(r, c, c)
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			r = appendRange(r, f, f)
		}
	}
	return r
}

// appendClass appends the clean class x to r.
func appendClass(r []rune, x []rune) []rune {
	for i := 0; i < len(x); i += 2 {
		r = appendRange(r, x[i], x[i+1])
	}
	return r
}

func appendFoldedClass(r []rune, x []rune) []rune {
	for i := 0; i < len(x); i += 2 {
		r = appendFoldedRange(r, x[i], x[i+1])
	}
	return r
}

// appendNegatedClass appends the complement of the clean class x to r.
func appendNegatedClass(r []rune, x []rune) []rune {
	next := rune(0)
	for i := 0; i < len(x); i += 2 {
		if next <= x[i]-1 {
			r = appendRange(r, next, x[i]-1)
		}
		next = x[i+1] + 1
	}
	if next <= unicode.MaxRune {
		r = appendRange(r, next, unicode.MaxRune)
	}
	return r
}

// tableRanges calls f with each range of a table, strided ranges split
// into single runes.
func tableRanges(x *unicode.RangeTable, f func(lo, hi rune)) {
	each := func(lo, hi, stride rune) {
		if stride == 1 {
			f(lo, hi)
			return
		}
		for c := lo; c <= hi; c += stride {
			f(c, c)
		}
	}
	for _, xr := range x.R16 {
		each(rune(xr.Lo), rune(xr.Hi), rune(xr.Stride))
	}
	for _, xr := range x.R32 {
		each(rune(xr.Lo), rune(xr.Hi), rune(xr.Stride))
	}
}

func appendTable(r []rune, x *unicode.RangeTable) []rune {
	tableRanges(x, func(lo, hi rune) { r = appendRange(r, lo, hi) })
	return r
}

func appendNegatedTable(r []rune, x *unicode.RangeTable) []rune {
	next := rune(0)
	tableRanges(x, func(lo, hi rune) {
		if next <= lo-1 {
			r = appendRange(r, next, lo-1)
		}
		next = hi + 1
	})
	if next <= unicode.MaxRune {
		r = appendRange(r, next, unicode.MaxRune)
	}
	return r
}

// negateClass returns the complement of the clean class r, reusing its storage.
func negateClass(r []rune) []rune {
	next := rune(0)
	w := 0
	for i := 0; i < len(r); i += 2 {
		lo, hi := r[i], r[i+1]
		if next <= lo-1 {
			r[w], r[w+1] = next, lo-1
			w += 2
		}
		next = hi + 1
	}
	r = r[:w]
	if next <= unicode.MaxRune {
		r = append(r, next, unicode.MaxRune)
	}
	return r
}

// isCharClass reports whether re matches exactly one character from a set:
// a one-rune literal, a class, or a dot.
func isCharClass(re *Regexp) bool {
	return re.Op == OpLiteral && len(re.Rune) == 1 || re.Op == OpCharClass ||
		re.Op == OpAnyCharNotNL || re.Op == OpAnyChar
}

func matchRune(re *Regexp, r rune) bool {
	switch re.Op {
	case OpLiteral:
		return len(re.Rune) == 1 && re.Rune[0] == r
	case OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i] <= r && r <= re.Rune[i+1] {
				return true
			}
		}
		return false
	case OpAnyCharNotNL:
		return r != '\n'
	case OpAnyChar:
		return true
	}
	return false
}

// mergeCharClass makes dst match what dst or src matches; both satisfy
// isCharClass and dst.Op >= src.Op.
func mergeCharClass(dst, src *Regexp) {
	switch dst.Op {
	case OpAnyCharNotNL:
		if matchRune(src, '\n') {
			dst.Op = OpAnyChar
		}
	case OpCharClass:
		if src.Op == OpLiteral {
			dst.Rune = appendLiteral(dst.Rune, src.Rune[0], src.Flags)
		} else {
			dst.Rune = appendClass(dst.Rune, src.Rune)
		}
	case OpLiteral:
		if src.Rune[0] == dst.Rune[0] && src.Flags == dst.Flags {
			break
		}
		dst.Op = OpCharClass
		r := appendLiteral(nil, dst.Rune[0], dst.Flags)
		dst.Rune = appendLiteral(r, src.Rune[0], src.Flags)
	}
}

// The Perl class escapes and the POSIX named classes, as their ASCII ranges.
var (
	digitClass = []rune{'0', '9'}
	spaceClass = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	wordClass  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
)

var perlGroup = map[string]charGroup{
	`\d`: {+1, digitClass},
	`\D`: {-1, digitClass},
	`\s`: {+1, spaceClass},
	`\S`: {-1, spaceClass},
	`\w`: {+1, wordClass},
	`\W`: {-1, wordClass},
}

var posixGroup = map[string]charGroup{}

func init() {
	classes := map[string][]rune{
		"alnum":  {'0', '9', 'A', 'Z', 'a', 'z'},
		"alpha":  {'A', 'Z', 'a', 'z'},
		"ascii":  {0, 0x7f},
		"blank":  {'\t', '\t', ' ', ' '},
		"cntrl":  {0, 0x1f, 0x7f, 0x7f},
		"digit":  digitClass,
		"graph":  {'!', '~'},
		"lower":  {'a', 'z'},
		"print":  {' ', '~'},
		"punct":  {'!', '/', ':', '@', '[', '`', '{', '~'},
		"space":  {'\t', '\r', ' ', ' '},
		"upper":  {'A', 'Z'},
		"word":   wordClass,
		"xdigit": {'0', '9', 'A', 'F', 'a', 'f'},
	}
	for name, class := range classes {
		posixGroup["[:"+name+":]"] = charGroup{+1, class}
		posixGroup["[:^"+name+":]"] = charGroup{-1, class}
	}
}
