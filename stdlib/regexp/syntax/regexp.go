// Package syntax parses regular expressions into parse trees and compiles
// parse trees into programs, as Go 1.19's regexp/syntax does.
//
//	regexp.go    the parse tree (Regexp, Op) and its printing and comparison
//	parse.go     the parser: a stack of pieces reduced at '|' and ')'
//	factor.go    alternation factoring (common prefixes, merged classes)
//	class.go     character classes as sorted lists of rune ranges
//	simplify.go  rewriting counted repetition into *, +, ? and concatenation
//	prog.go      the program (Prog, Inst) a matcher executes
//	compile.go   the compiler from parse tree to program (Thompson's construction)
//
// The syntax is RE2's, described at https://golang.org/s/re2syntax.
package syntax

import (
	"strconv"
	"strings"
	"unicode"
)

// A Regexp is a node in a regular expression syntax tree.
type Regexp struct {
	Op       Op // operator
	Flags    Flags
	Sub      []*Regexp  // subexpressions, if any
	Sub0     [1]*Regexp // storage for short Sub
	Rune     []rune     // matched runes, for OpLiteral, OpCharClass
	Rune0    [2]rune    // storage for short Rune
	Min, Max int        // min, max for OpRepeat
	Cap      int        // capturing index, for OpCapture
	Name     string     // capturing name, for OpCapture
}

// An Op is a single regular expression operator.
type Op uint8

// The operators, numbered as Go numbers them.
const (
	OpNoMatch        Op = 1 + iota // matches no strings
	OpEmptyMatch                   // matches empty string
	OpLiteral                      // matches Runes sequence
	OpCharClass                    // matches Runes interpreted as range pair list
	OpAnyCharNotNL                 // matches any character except newline
	OpAnyChar                      // matches any character
	OpBeginLine                    // matches empty string at beginning of line
	OpEndLine                      // matches empty string at end of line
	OpBeginText                    // matches empty string at beginning of text
	OpEndText                      // matches empty string at end of text
	OpWordBoundary                 // matches word boundary `\b`
	OpNoWordBoundary               // matches word non-boundary `\B`
	OpCapture                      // capturing subexpression with index Cap, optional name Name
	OpStar                         // matches Sub[0] zero or more times
	OpPlus                         // matches Sub[0] one or more times
	OpQuest                        // matches Sub[0] zero or one times
	OpRepeat                       // matches Sub[0] at least Min times, at most Max (Max == -1 is no limit)
	OpConcat                       // matches concatenation of Subs
	OpAlternate                    // matches alternation of Subs
)

// opPseudo is where the parser's stack markers start.
const opPseudo Op = 128

var opStrings = []string{
	"NoMatch", "EmptyMatch", "Literal", "CharClass", "AnyCharNotNL", "AnyChar",
	"BeginLine", "EndLine", "BeginText", "EndText", "WordBoundary", "NoWordBoundary",
	"Capture", "Star", "Plus", "Quest", "Repeat", "Concat", "Alternate",
}

func (i Op) String() string {
	switch {
	case 1 <= i && int(i) <= len(opStrings):
		return opStrings[i-1]
	case i == opPseudo:
		return "opPseudo"
	}
	return "Op(" + strconv.FormatInt(int64(i), 10) + ")"
}

// Equal reports whether x and y have identical structure.
func (x *Regexp) Equal(y *Regexp) bool {
	if x == nil || y == nil {
		return x == y
	}
	if x.Op != y.Op {
		return false
	}
	switch x.Op {
	case OpEndText:
		return x.Flags&WasDollar == y.Flags&WasDollar
	case OpLiteral, OpCharClass:
		return equalRunes(x.Rune, y.Rune)
	case OpAlternate, OpConcat:
		if len(x.Sub) != len(y.Sub) {
			return false
		}
		for i, sub := range x.Sub {
			if !sub.Equal(y.Sub[i]) {
				return false
			}
		}
	case OpStar, OpPlus, OpQuest:
		return x.Flags&NonGreedy == y.Flags&NonGreedy && x.Sub[0].Equal(y.Sub[0])
	case OpRepeat:
		return x.Flags&NonGreedy == y.Flags&NonGreedy && x.Min == y.Min && x.Max == y.Max &&
			x.Sub[0].Equal(y.Sub[0])
	case OpCapture:
		return x.Cap == y.Cap && x.Name == y.Name && x.Sub[0].Equal(y.Sub[0])
	}
	return true
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// MaxCap walks the regexp to find the maximum capture index.
func (re *Regexp) MaxCap() int {
	m := 0
	if re.Op == OpCapture {
		m = re.Cap
	}
	for _, sub := range re.Sub {
		if n := sub.MaxCap(); m < n {
			m = n
		}
	}
	return m
}

// CapNames walks the regexp to find the names of capturing groups.
func (re *Regexp) CapNames() []string {
	names := make([]string, re.MaxCap()+1)
	re.collectNames(names)
	return names
}

func (re *Regexp) collectNames(names []string) {
	if re.Op == OpCapture {
		names[re.Cap] = re.Name
	}
	for _, sub := range re.Sub {
		sub.collectNames(names)
	}
}

// String returns the regexp in the syntax Parse reads, with flags spelled
// out where the parse tree depends on them.
func (re *Regexp) String() string {
	var b strings.Builder
	writeRegexp(&b, re)
	return b.String()
}

// meta lists the characters that must be escaped to stand for themselves.
const meta = `\.+*?()|[]{}^$`

func writeRegexp(b *strings.Builder, re *Regexp) {
	switch re.Op {
	default:
		b.WriteString("<invalid op" + strconv.Itoa(int(re.Op)) + ">")
	case OpNoMatch:
		b.WriteString(`[^\x00-\x{10FFFF}]`)
	case OpEmptyMatch:
		b.WriteString(`(?:)`)
	case OpLiteral:
		fold := re.Flags&FoldCase != 0
		if fold {
			b.WriteString(`(?i:`)
		}
		for _, r := range re.Rune {
			writeEscaped(b, r, false)
		}
		if fold {
			b.WriteString(`)`)
		}
	case OpCharClass:
		writeClass(b, re.Rune)
	case OpAnyCharNotNL:
		b.WriteString(`(?-s:.)`)
	case OpAnyChar:
		b.WriteString(`(?s:.)`)
	case OpBeginLine:
		b.WriteString(`(?m:^)`)
	case OpEndLine:
		b.WriteString(`(?m:$)`)
	case OpBeginText:
		b.WriteString(`\A`)
	case OpEndText:
		if re.Flags&WasDollar != 0 {
			b.WriteString(`(?-m:$)`)
		} else {
			b.WriteString(`\z`)
		}
	case OpWordBoundary:
		b.WriteString(`\b`)
	case OpNoWordBoundary:
		b.WriteString(`\B`)
	case OpCapture:
		if re.Name != "" {
			b.WriteString(`(?P<` + re.Name + `>`)
		} else {
			b.WriteByte('(')
		}
		if re.Sub[0].Op != OpEmptyMatch {
			writeRegexp(b, re.Sub[0])
		}
		b.WriteByte(')')
	case OpStar, OpPlus, OpQuest, OpRepeat:
		writeRepeat(b, re)
	case OpConcat:
		for _, sub := range re.Sub {
			if sub.Op == OpAlternate {
				writeGroup(b, sub)
			} else {
				writeRegexp(b, sub)
			}
		}
	case OpAlternate:
		for i, sub := range re.Sub {
			if i > 0 {
				b.WriteByte('|')
			}
			writeRegexp(b, sub)
		}
	}
}

func writeGroup(b *strings.Builder, re *Regexp) {
	b.WriteString(`(?:`)
	writeRegexp(b, re)
	b.WriteString(`)`)
}

// writeRepeat prints x*, x+, x?, x{n,m}, grouping x when the operator
// would otherwise bind to only part of it.
func writeRepeat(b *strings.Builder, re *Regexp) {
	sub := re.Sub[0]
	if sub.Op > OpCapture || sub.Op == OpLiteral && len(sub.Rune) > 1 {
		writeGroup(b, sub)
	} else {
		writeRegexp(b, sub)
	}
	switch re.Op {
	case OpStar:
		b.WriteByte('*')
	case OpPlus:
		b.WriteByte('+')
	case OpQuest:
		b.WriteByte('?')
	case OpRepeat:
		b.WriteString("{" + strconv.Itoa(re.Min))
		if re.Max != re.Min {
			b.WriteByte(',')
			if re.Max >= 0 {
				b.WriteString(strconv.Itoa(re.Max))
			}
		}
		b.WriteByte('}')
	}
	if re.Flags&NonGreedy != 0 {
		b.WriteByte('?')
	}
}

// writeClass prints a class as its ranges, or, when it holds both 0 and
// MaxRune (most likely a negated class), as the negation of its gaps.
func writeClass(b *strings.Builder, r []rune) {
	if len(r)%2 != 0 {
		b.WriteString(`[invalid char class]`)
		return
	}
	b.WriteByte('[')
	switch {
	case len(r) == 0:
		b.WriteString(`^\x00-\x{10FFFF}`)
	case r[0] == 0 && r[len(r)-1] == unicode.MaxRune && len(r) > 2:
		b.WriteByte('^')
		for i := 1; i < len(r)-1; i += 2 {
			writeRange(b, r[i]+1, r[i+1]-1)
		}
	default:
		for i := 0; i < len(r); i += 2 {
			writeRange(b, r[i], r[i+1])
		}
	}
	b.WriteByte(']')
}

func writeRange(b *strings.Builder, lo, hi rune) {
	writeEscaped(b, lo, lo == '-')
	if lo != hi {
		b.WriteByte('-')
		writeEscaped(b, hi, hi == '-')
	}
}

// writeEscaped prints r so that it reads back as itself.
func writeEscaped(b *strings.Builder, r rune, force bool) {
	if unicode.IsPrint(r) {
		if force || strings.ContainsRune(meta, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
		return
	}
	switch r {
	case '\a':
		b.WriteString(`\a`)
	case '\f':
		b.WriteString(`\f`)
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	case '\v':
		b.WriteString(`\v`)
	default:
		hex := strconv.FormatInt(int64(r), 16)
		if r < 0x100 {
			if len(hex) == 1 {
				hex = "0" + hex
			}
			b.WriteString(`\x` + hex)
		} else {
			b.WriteString(`\x{` + hex + `}`)
		}
	}
}
