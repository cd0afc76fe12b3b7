package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An Error describes a failure to parse a regular expression
// and gives the offending expression.
type Error struct {
	Code ErrorCode
	Expr string
}

func (e *Error) Error() string {
	return "error parsing regexp: " + e.Code.String() + ": `" + e.Expr + "`"
}

// An ErrorCode describes a failure to parse a regular expression.
type ErrorCode string

const (
	// Unexpected error
	ErrInternalError ErrorCode = "regexp/syntax: internal error"

	// Parse errors
	ErrInvalidCharClass      ErrorCode = "invalid character class"
	ErrInvalidCharRange      ErrorCode = "invalid character class range"
	ErrInvalidEscape         ErrorCode = "invalid escape sequence"
	ErrInvalidNamedCapture   ErrorCode = "invalid named capture"
	ErrInvalidPerlOp         ErrorCode = "invalid or unsupported Perl syntax"
	ErrInvalidRepeatOp       ErrorCode = "invalid nested repetition operator"
	ErrInvalidRepeatSize     ErrorCode = "invalid repeat count"
	ErrInvalidUTF8           ErrorCode = "invalid UTF-8"
	ErrMissingBracket        ErrorCode = "missing closing ]"
	ErrMissingParen          ErrorCode = "missing closing )"
	ErrMissingRepeatArgument ErrorCode = "missing argument to repetition operator"
	ErrTrailingBackslash     ErrorCode = "trailing backslash at end of expression"
	ErrUnexpectedParen       ErrorCode = "unexpected )"
	ErrNestingDepth          ErrorCode = "expression nests too deeply"
)

func (e ErrorCode) String() string {
	return string(e)
}

// Flags control the behavior of the parser and record information about regexp context.
type Flags uint16

const (
	FoldCase      Flags = 1 << iota // case-insensitive match
	Literal                         // treat pattern as literal string
	ClassNL                         // allow character classes like [^a-z] and [[:space:]] to match newline
	DotNL                           // allow . to match newline
	OneLine                         // treat ^ and $ as only matching at beginning and end of text
	NonGreedy                       // make repetition operators default to non-greedy
	PerlX                           // allow Perl extensions
	UnicodeGroups                   // allow \p{Han}, \P{Han} for Unicode group and negation
	WasDollar                       // regexp OpEndText was $, not \z
	Simple                          // regexp contains no counted repetition

	MatchNL = ClassNL | DotNL

	Perl        = ClassNL | OneLine | PerlX | UnicodeGroups // as close to Perl as possible
	POSIX Flags = 0                                         // POSIX syntax
)

// The parse stack holds finished pieces and two kinds of markers: an open
// parenthesis (Cap, Name and the flags to restore) and a vertical bar
// (below it, the alternatives gathered so far).
const (
	opLeftParen = opPseudo + iota
	opVerticalBar
)

// maxHeight bounds the depth of a parse tree, so that the recursive
// passes over it (simplify, compile) stay within the stack.
const maxHeight = 1000

// maxRepeat is the largest count {n,m} accepts, and the largest number of
// copies of an innermost expression nested counted repetitions may make.
const maxRepeat = 1000

// maxSize bounds the size of the compiled program, in instructions
// (each about 40 bytes): 128 MB at most. (xx?){1000} nested in
// {1000} parses quickly but would compile to millions of instructions.
const maxSize = 128 << 20 / 40

// maxRunes bounds the runes of all the classes of a tree (each 4 bytes):
// 128 MB at most. \pL's ranges, written a million times, would exceed it.
const maxRunes = 128 << 20 / 4

type parser struct {
	flags     Flags     // current flags
	stack     []*Regexp // pieces and markers
	numCap    int       // capturing groups opened so far
	whole     string    // the whole expression, for error texts
	numRegexp int       // nodes made, to start checking height only on big trees
	height    map[*Regexp]int
	repeats   int64 // the product of the counts of every repetition so far
	numRunes  int   // runes in the classes pushed so far
	size      map[*Regexp]int64
}

// nestingError and sizeError are what the limit checks panic with;
// Parse turns them into an *Error.
type nestingError struct{}
type sizeError struct{}

// checkLimits panics when re makes the tree too deep or its program too large.
func (p *parser) checkLimits(re *Regexp) {
	if p.numRunes > maxRunes {
		panic(sizeError{})
	}
	p.checkHeight(re)
	p.checkSize(re)
}

// checkSize panics with sizeError when re's program would exceed maxSize
// instructions. Sizes are only computed once the nodes made so far, times
// every repetition count seen, could reach it.
func (p *parser) checkSize(re *Regexp) {
	if p.size == nil {
		if re.Op == OpRepeat {
			n := int64(re.Max)
			if n == -1 {
				n = int64(re.Min)
			}
			if n < 1 {
				n = 1
			}
			if n > maxSize/p.repeats {
				p.repeats = maxSize
			} else {
				p.repeats *= n
			}
		}
		if int64(p.numRegexp) < maxSize/p.repeats {
			return
		}
		p.size = make(map[*Regexp]int64)
	}
	if p.sizeOf(re, true) > maxSize {
		panic(sizeError{})
	}
}

// sizeOf estimates the instructions re compiles to: a literal's runes,
// one or two for each operator, and a counted repetition's copies.
func (p *parser) sizeOf(re *Regexp, force bool) int64 {
	if n, ok := p.size[re]; ok && !force {
		return n
	}
	var n int64
	switch re.Op {
	case OpLiteral:
		n = int64(len(re.Rune))
	case OpCapture, OpStar:
		n = 2 + p.sizeOf(re.Sub[0], false)
	case OpPlus, OpQuest:
		n = 1 + p.sizeOf(re.Sub[0], false)
	case OpConcat, OpAlternate:
		for _, sub := range re.Sub {
			n += p.sizeOf(sub, false)
		}
		if re.Op == OpAlternate {
			n += int64(len(re.Sub)) - 1
		}
	case OpRepeat:
		sub := p.sizeOf(re.Sub[0], false)
		switch {
		case re.Max == -1 && re.Min == 0:
			n = 2 + sub // x*
		case re.Max == -1:
			n = 1 + int64(re.Min)*sub // xx...x+
		default:
			n = int64(re.Max)*sub + int64(re.Max-re.Min)
		}
	}
	if n < 1 {
		n = 1
	}
	p.size[re] = n
	return n
}

func (p *parser) newRegexp(op Op) *Regexp {
	p.numRegexp++
	return &Regexp{Op: op}
}

// checkHeight panics with nestingError when re makes the tree too deep.
// Heights are only computed once the parser has made maxHeight nodes:
// a smaller tree cannot be that deep.
func (p *parser) checkHeight(re *Regexp) {
	if p.numRegexp < maxHeight {
		return
	}
	if p.height == nil {
		p.height = make(map[*Regexp]int)
	}
	if p.heightOf(re, true) > maxHeight {
		panic(nestingError{})
	}
}

func (p *parser) heightOf(re *Regexp, force bool) int {
	if h, ok := p.height[re]; ok && !force {
		return h
	}
	h := 1
	for _, sub := range re.Sub {
		if hs := p.heightOf(sub, false) + 1; hs > h {
			h = hs
		}
	}
	p.height[re] = h
	return h
}

// push pushes re onto the stack. A class of one rune, or of one rune and
// its case partner, becomes a literal, so that literals can merge into
// strings; the literal below the top merges with its neighbour first.
func (p *parser) push(re *Regexp) *Regexp {
	p.numRunes += len(re.Rune)
	if re.Op == OpCharClass && len(re.Rune) == 2 && re.Rune[0] == re.Rune[1] {
		if p.mergeLiteral(re.Rune[0], p.flags&^FoldCase) {
			return nil
		}
		re.Op = OpLiteral
		re.Rune = re.Rune[:1]
		re.Flags = p.flags &^ FoldCase
	} else if re.Op == OpCharClass && isCasePair(re.Rune) {
		if p.mergeLiteral(re.Rune[0], p.flags|FoldCase) {
			return nil
		}
		re.Op = OpLiteral
		re.Rune = re.Rune[:1]
		re.Flags = p.flags | FoldCase
	} else {
		p.mergeLiteral(-1, 0)
	}
	p.stack = append(p.stack, re)
	p.checkLimits(re)
	return re
}

// isCasePair reports whether the class r is exactly a rune and its other
// case, like [Aa] or [Δδ].
func isCasePair(r []rune) bool {
	if len(r) == 4 && r[0] == r[1] && r[2] == r[3] {
		return unicode.SimpleFold(r[0]) == r[2] && unicode.SimpleFold(r[2]) == r[0]
	}
	if len(r) == 2 && r[0]+1 == r[1] {
		return unicode.SimpleFold(r[0]) == r[1] && unicode.SimpleFold(r[1]) == r[0]
	}
	return false
}

// mergeLiteral appends the top literal to the literal below it when both
// have the same case folding. Only the top may still take an operator
// (ab* is a(b*)), so merging happens just before the next push. If r >= 0
// the emptied top node is reused to hold r with flags, and mergeLiteral
// reports that r was pushed.
func (p *parser) mergeLiteral(r rune, flags Flags) bool {
	n := len(p.stack)
	if n < 2 {
		return false
	}
	top, below := p.stack[n-1], p.stack[n-2]
	if top.Op != OpLiteral || below.Op != OpLiteral || top.Flags&FoldCase != below.Flags&FoldCase {
		return false
	}
	below.Rune = append(below.Rune, top.Rune...)
	if r >= 0 {
		top.Rune = []rune{r}
		top.Flags = flags
		return true
	}
	p.stack = p.stack[:n-1]
	return false
}

// literal pushes the rune r; under (?i) it is stored as the smallest rune
// of its case orbit.
func (p *parser) literal(r rune) {
	re := p.newRegexp(OpLiteral)
	re.Flags = p.flags
	if p.flags&FoldCase != 0 {
		r = minFoldRune(r)
	}
	re.Rune = []rune{r}
	p.push(re)
}

func minFoldRune(r rune) rune {
	if r < minFold || r > maxFold {
		return r
	}
	min := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if f < min {
			min = f
		}
	}
	return min
}

// op pushes an operator without operands.
func (p *parser) op(op Op) *Regexp {
	re := p.newRegexp(op)
	re.Flags = p.flags
	return p.push(re)
}

// repeat applies a repetition operator to the top of the stack. before is
// the text from the operator on, after the text following it; lastRepeat
// is the previous operator's text when repetitions are stacked (a**).
func (p *parser) repeat(op Op, min, max int, before, after, lastRepeat string) (string, error) {
	flags := p.flags
	if p.flags&PerlX != 0 {
		if after != "" && after[0] == '?' {
			after = after[1:]
			flags ^= NonGreedy
		}
		if lastRepeat != "" {
			return "", &Error{ErrInvalidRepeatOp, lastRepeat[:len(lastRepeat)-len(after)]}
		}
	}
	n := len(p.stack)
	if n == 0 || p.stack[n-1].Op >= opPseudo {
		return "", &Error{ErrMissingRepeatArgument, before[:len(before)-len(after)]}
	}
	re := p.newRegexp(op)
	re.Min, re.Max, re.Flags = min, max, flags
	re.Sub = []*Regexp{p.stack[n-1]}
	p.stack[n-1] = re
	p.checkLimits(re)
	if op == OpRepeat && (min >= 2 || max >= 2) && !repeatIsValid(re, maxRepeat) {
		return "", &Error{ErrInvalidRepeatSize, before[:len(before)-len(after)]}
	}
	return after, nil
}

// repeatIsValid reports whether nested counted repetitions in re make at
// most n copies of their innermost expression.
func repeatIsValid(re *Regexp, n int) bool {
	if re.Op == OpRepeat {
		m := re.Max
		if m == 0 {
			return true
		}
		if m < 0 {
			m = re.Min
		}
		if m > n {
			return false
		}
		if m > 0 {
			n /= m
		}
	}
	for _, sub := range re.Sub {
		if !repeatIsValid(sub, n) {
			return false
		}
	}
	return true
}

// popPieces removes and returns the pieces above the topmost marker.
func (p *parser) popPieces() []*Regexp {
	i := len(p.stack)
	for i > 0 && p.stack[i-1].Op < opPseudo {
		i--
	}
	subs := p.stack[i:]
	p.stack = p.stack[:i]
	return subs
}

// concat replaces the pieces above the topmost marker by their concatenation.
func (p *parser) concat() *Regexp {
	p.mergeLiteral(-1, 0)
	subs := p.popPieces()
	if len(subs) == 0 {
		return p.push(p.newRegexp(OpEmptyMatch))
	}
	return p.push(p.collapse(subs, OpConcat))
}

// alternate replaces the alternatives above the topmost '(' by their alternation.
func (p *parser) alternate() *Regexp {
	subs := p.popPieces()
	if len(subs) > 0 {
		cleanAlt(subs[len(subs)-1])
	}
	if len(subs) == 0 {
		return p.push(p.newRegexp(OpNoMatch))
	}
	return p.push(p.collapse(subs, OpAlternate))
}

// cleanAlt puts a class that is complete into its canonical form, turning
// the classes of everything and of everything but newline into their ops.
func cleanAlt(re *Regexp) {
	if re.Op != OpCharClass {
		return
	}
	re.Rune = cleanClass(re.Rune)
	r := re.Rune
	if len(r) == 2 && r[0] == 0 && r[1] == unicode.MaxRune {
		re.Rune = nil
		re.Op = OpAnyChar
	} else if len(r) == 4 && r[0] == 0 && r[1] == '\n'-1 && r[2] == '\n'+1 && r[3] == unicode.MaxRune {
		re.Rune = nil
		re.Op = OpAnyCharNotNL
	}
}

// collapse applies op to subs, hoisting the operands of nested nodes of the
// same op so that there is never a concat of a concat; alternations are
// factored.
func (p *parser) collapse(subs []*Regexp, op Op) *Regexp {
	if len(subs) == 1 {
		return subs[0]
	}
	re := p.newRegexp(op)
	for _, sub := range subs {
		if sub.Op == op {
			re.Sub = append(re.Sub, sub.Sub...)
		} else {
			re.Sub = append(re.Sub, sub)
		}
	}
	if op == OpAlternate {
		re.Sub = p.factor(re.Sub)
		if len(re.Sub) == 1 {
			re = re.Sub[0]
		}
	}
	return re
}

func literalRegexp(s string, flags Flags) *Regexp {
	return &Regexp{Op: OpLiteral, Flags: flags, Rune: []rune(s)}
}

// Parse parses a regular expression string s, controlled by the specified
// Flags, and returns a regular expression parse tree.
func Parse(s string, flags Flags) (re *Regexp, err error) {
	defer func() {
		switch r := recover(); r.(type) {
		case nil:
		case nestingError:
			re, err = nil, &Error{Code: ErrNestingDepth, Expr: s}
		case sizeError:
			// Go 1.19 names no code for this (1.20's ErrLarge): its own
			// text is the internal error's.
			re, err = nil, &Error{Code: ErrInternalError, Expr: s}
		default:
			panic(r)
		}
	}()
	if flags&Literal != 0 {
		if err := checkUTF8(s); err != nil {
			return nil, err
		}
		return literalRegexp(s, flags), nil
	}
	p := &parser{flags: flags, whole: s, repeats: 1}
	if err := p.parseAll(s); err != nil {
		return nil, err
	}
	return p.stack[0], nil
}

// parseAll reads the expression left to right, pushing pieces and reducing
// at '|' and ')'; at the end exactly one piece must remain.
func (p *parser) parseAll(s string) error {
	lastRepeat := ""
	t := s
	var err error
	for t != "" {
		repeat := ""
		switch t[0] {
		default:
			var c rune
			if c, t, err = nextRune(t); err != nil {
				return err
			}
			p.literal(c)
		case '(':
			if p.flags&PerlX != 0 && len(t) >= 2 && t[1] == '?' {
				if t, err = p.parsePerlFlags(t); err != nil {
					return err
				}
				break
			}
			p.numCap++
			p.op(opLeftParen).Cap = p.numCap
			t = t[1:]
		case '|':
			p.parseVerticalBar()
			t = t[1:]
		case ')':
			if err = p.parseRightParen(); err != nil {
				return err
			}
			t = t[1:]
		case '^':
			if p.flags&OneLine != 0 {
				p.op(OpBeginText)
			} else {
				p.op(OpBeginLine)
			}
			t = t[1:]
		case '$':
			if p.flags&OneLine != 0 {
				p.op(OpEndText).Flags |= WasDollar
			} else {
				p.op(OpEndLine)
			}
			t = t[1:]
		case '.':
			if p.flags&DotNL != 0 {
				p.op(OpAnyChar)
			} else {
				p.op(OpAnyCharNotNL)
			}
			t = t[1:]
		case '[':
			if t, err = p.parseClass(t); err != nil {
				return err
			}
		case '*', '+', '?':
			op := OpStar
			if t[0] == '+' {
				op = OpPlus
			} else if t[0] == '?' {
				op = OpQuest
			}
			before := t
			if t, err = p.repeat(op, 0, 0, before, t[1:], lastRepeat); err != nil {
				return err
			}
			repeat = before
		case '{':
			before := t
			min, max, after, ok := parseRepeat(t)
			if !ok {
				// Not a well-formed count: the brace is a literal.
				p.literal('{')
				t = t[1:]
				break
			}
			if min < 0 || min > maxRepeat || max > maxRepeat || max >= 0 && min > max {
				return &Error{ErrInvalidRepeatSize, before[:len(before)-len(after)]}
			}
			if t, err = p.repeat(OpRepeat, min, max, before, after, lastRepeat); err != nil {
				return err
			}
			repeat = before
		case '\\':
			if t, err = p.parseBackslash(t); err != nil {
				return err
			}
		}
		lastRepeat = repeat
	}
	p.concat()
	if p.swapVerticalBar() {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.alternate()
	if len(p.stack) != 1 {
		return &Error{ErrMissingParen, s}
	}
	return nil
}

// parseBackslash handles an escape outside a class: an empty-width
// assertion, \Q...\E, a class escape (\d, \pL) or a single character.
func (p *parser) parseBackslash(t string) (string, error) {
	if p.flags&PerlX != 0 && len(t) >= 2 {
		switch t[1] {
		case 'A':
			p.op(OpBeginText)
			return t[2:], nil
		case 'b':
			p.op(OpWordBoundary)
			return t[2:], nil
		case 'B':
			p.op(OpNoWordBoundary)
			return t[2:], nil
		case 'C':
			// A single byte is not supported.
			return "", &Error{ErrInvalidEscape, t[:2]}
		case 'Q':
			lit, rest, _ := strings.Cut(t[2:], `\E`)
			for lit != "" {
				c, more, err := nextRune(lit)
				if err != nil {
					return "", err
				}
				p.literal(c)
				lit = more
			}
			return rest, nil
		case 'z':
			p.op(OpEndText)
			return t[2:], nil
		}
	}
	if len(t) >= 2 && (t[1] == 'p' || t[1] == 'P') {
		class, rest, err := p.parseUnicodeClass(t, nil)
		if err != nil {
			return "", err
		}
		if class != nil {
			p.pushClass(class)
			return rest, nil
		}
	}
	if class, rest := p.parsePerlClassEscape(t, nil); class != nil {
		p.pushClass(class)
		return rest, nil
	}
	c, rest, err := p.parseEscape(t)
	if err != nil {
		return "", err
	}
	p.literal(c)
	return rest, nil
}

func (p *parser) pushClass(class []rune) {
	re := p.newRegexp(OpCharClass)
	re.Flags = p.flags
	re.Rune = class
	p.push(re)
}

// parseRepeat parses {min} (max=min), {min,} (max=-1) or {min,max}.
// ok is false when s does not have that form; min is -1 when a number is
// too big.
func parseRepeat(s string) (min, max int, rest string, ok bool) {
	if s == "" || s[0] != '{' {
		return
	}
	s = s[1:]
	var ok1 bool
	if min, s, ok1 = parseInt(s); !ok1 || s == "" {
		return
	}
	if s[0] != ',' {
		max = min
	} else {
		s = s[1:]
		if s == "" {
			return
		}
		if s[0] == '}' {
			max = -1
		} else if max, s, ok1 = parseInt(s); !ok1 {
			return
		} else if max < 0 {
			min = -1
		}
	}
	if s == "" || s[0] != '}' {
		return
	}
	return min, max, s[1:], true
}

// parseInt parses a decimal number without leading zeros; n is -1 when it
// is too big to matter.
func parseInt(s string) (n int, rest string, ok bool) {
	if s == "" || s[0] < '0' || '9' < s[0] {
		return
	}
	if len(s) >= 2 && s[0] == '0' && '0' <= s[1] && s[1] <= '9' {
		return
	}
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		if n >= 1e8 {
			n = -1
		} else if n >= 0 {
			n = n*10 + int(s[i]-'0')
		}
		i++
	}
	return n, s[i:], true
}

// parsePerlFlags parses (?P<name>, (?flags), (?flags: and (?:.
func (p *parser) parsePerlFlags(s string) (string, error) {
	t := s
	if len(t) > 4 && t[2] == 'P' && t[3] == '<' {
		end := strings.IndexByte(t, '>')
		if end < 0 {
			if err := checkUTF8(t); err != nil {
				return "", err
			}
			return "", &Error{ErrInvalidNamedCapture, s}
		}
		name := t[4:end]
		if err := checkUTF8(name); err != nil {
			return "", err
		}
		if !isValidCaptureName(name) {
			return "", &Error{ErrInvalidNamedCapture, t[:end+1]}
		}
		p.numCap++
		re := p.op(opLeftParen)
		re.Cap = p.numCap
		re.Name = name
		return t[end+1:], nil
	}

	// While reading negated flags (after '-'), flags holds the complement,
	// so that setting a bit there clears it in the result.
	t = t[2:]
	flags := p.flags
	negated := false
	sawFlag := false
	for t != "" {
		c, rest, err := nextRune(t)
		if err != nil {
			return "", err
		}
		t = rest
		switch c {
		case 'i':
			flags |= FoldCase
		case 'm':
			flags &^= OneLine
		case 's':
			flags |= DotNL
		case 'U':
			flags |= NonGreedy
		case '-':
			if negated {
				return "", &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
			}
			negated = true
			flags = ^flags
			sawFlag = false
			continue
		case ':', ')':
			if negated {
				if !sawFlag {
					return "", &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
				}
				flags = ^flags
			}
			if c == ':' {
				p.op(opLeftParen)
			}
			p.flags = flags
			return t, nil
		default:
			return "", &Error{ErrInvalidPerlOp, s[:len(s)-len(t)]}
		}
		sawFlag = true
	}
	return "", &Error{ErrInvalidPerlOp, s}
}

// isValidCaptureName reports whether name is [A-Za-z0-9_]+.
func isValidCaptureName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if c != '_' && !isalnum(c) {
			return false
		}
	}
	return true
}

// parseVerticalBar ends the current alternative.
func (p *parser) parseVerticalBar() {
	p.concat()
	if !p.swapVerticalBar() {
		p.op(opVerticalBar)
	}
}

// swapVerticalBar moves a finished alternative on top of the stack below
// the vertical bar marker under it, merging it into the alternative there
// when both are single characters or classes. It reports whether a
// vertical bar was found.
func (p *parser) swapVerticalBar() bool {
	n := len(p.stack)
	if n >= 3 && p.stack[n-2].Op == opVerticalBar && isCharClass(p.stack[n-1]) && isCharClass(p.stack[n-3]) {
		re1, re3 := p.stack[n-1], p.stack[n-3]
		if re1.Op > re3.Op {
			re1, re3 = re3, re1
			p.stack[n-3] = re3
		}
		mergeCharClass(re3, re1)
		p.stack = p.stack[:n-1]
		return true
	}
	if n >= 2 && p.stack[n-2].Op == opVerticalBar {
		if n >= 3 {
			cleanAlt(p.stack[n-3])
		}
		p.stack[n-2], p.stack[n-1] = p.stack[n-1], p.stack[n-2]
		return true
	}
	return false
}

// parseRightParen closes the innermost group.
func (p *parser) parseRightParen() error {
	p.concat()
	if p.swapVerticalBar() {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.alternate()
	n := len(p.stack)
	if n < 2 {
		return &Error{ErrUnexpectedParen, p.whole}
	}
	body, open := p.stack[n-1], p.stack[n-2]
	p.stack = p.stack[:n-2]
	if open.Op != opLeftParen {
		return &Error{ErrUnexpectedParen, p.whole}
	}
	p.flags = open.Flags
	if open.Cap == 0 {
		p.push(body)
	} else {
		open.Op = OpCapture
		open.Sub = []*Regexp{body}
		p.push(open)
	}
	return nil
}

// parseEscape parses a single-character escape at the start of s.
func (p *parser) parseEscape(s string) (r rune, rest string, err error) {
	t := s[1:]
	if t == "" {
		return 0, "", &Error{ErrTrailingBackslash, ""}
	}
	c, t, err := nextRune(t)
	if err != nil {
		return 0, "", err
	}
	switch c {
	default:
		// Escaped punctuation stands for itself; escaped letters and
		// digits must mean something.
		if c < utf8.RuneSelf && !isalnum(c) {
			return c, t, nil
		}
	case '1', '2', '3', '4', '5', '6', '7':
		// A lone digit would be a backreference, which is not supported.
		if t == "" || t[0] < '0' || t[0] > '7' {
			break
		}
		return parseOctal(c, t)
	case '0':
		return parseOctal(c, t)
	case 'x':
		if t == "" {
			break
		}
		if r, rest, ok, err := parseHexEscape(t); err != nil || ok {
			return r, rest, err
		}
		return 0, "", &Error{ErrInvalidEscape, s[:len(s)-len(skipHexEscape(t))]}
	case 'a':
		return '\a', t, nil
	case 'f':
		return '\f', t, nil
	case 'n':
		return '\n', t, nil
	case 'r':
		return '\r', t, nil
	case 't':
		return '\t', t, nil
	case 'v':
		return '\v', t, nil
	}
	return 0, "", &Error{ErrInvalidEscape, s[:len(s)-len(t)]}
}

// parseOctal reads up to two more octal digits after the digit c.
func parseOctal(c rune, t string) (rune, string, error) {
	r := c - '0'
	for i := 1; i < 3 && t != "" && '0' <= t[0] && t[0] <= '7'; i++ {
		r = r*8 + rune(t[0]-'0')
		t = t[1:]
	}
	return r, t, nil
}

// parseHexEscape parses the part of \xFF or \x{10FFFF} after the x.
func parseHexEscape(t string) (r rune, rest string, ok bool, err error) {
	c, t, err := nextRune(t)
	if err != nil {
		return 0, "", false, err
	}
	if c != '{' {
		x := unhex(c)
		if c, t, err = nextRune(t); err != nil {
			return 0, "", false, err
		}
		y := unhex(c)
		if x < 0 || y < 0 {
			return 0, "", false, nil
		}
		return x*16 + y, t, true, nil
	}
	nhex := 0
	for {
		if t == "" {
			return 0, "", false, nil
		}
		if c, t, err = nextRune(t); err != nil {
			return 0, "", false, err
		}
		if c == '}' {
			break
		}
		v := unhex(c)
		if v < 0 {
			return 0, "", false, nil
		}
		r = r*16 + v
		if r > unicode.MaxRune {
			return 0, "", false, nil
		}
		nhex++
	}
	return r, t, nhex > 0, nil
}

// skipHexEscape returns what follows a malformed hex escape: the error
// text covers the runes read before the escape was found wrong.
func skipHexEscape(t string) string {
	c, t, _ := nextRune(t)
	if c != '{' {
		_, t, _ = nextRune(t)
		return t
	}
	var r rune
	for t != "" {
		c, t, _ = nextRune(t)
		if c == '}' {
			return t
		}
		v := unhex(c)
		if v < 0 {
			return t
		}
		r = r*16 + v
		if r > unicode.MaxRune {
			return t
		}
	}
	return t
}

func checkUTF8(s string) error {
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && size == 1 {
			return &Error{Code: ErrInvalidUTF8, Expr: s}
		}
		s = s[size:]
	}
	return nil
}

func nextRune(s string) (c rune, t string, err error) {
	c, size := utf8.DecodeRuneInString(s)
	if c == utf8.RuneError && size == 1 {
		return 0, "", &Error{Code: ErrInvalidUTF8, Expr: s}
	}
	return c, s[size:], nil
}

func isalnum(c rune) bool {
	return '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z'
}

func unhex(c rune) rune {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}
