// This file implements the lexer of templates. It cuts the input into
// items: runs of text between actions, and inside an action ("{{ ... }}")
// the delimiters, words, numbers, strings, punctuation and spaces.
//
// It is a state machine in the manner of Rob Pike's talk "Lexical Scanning
// in Go": each state is a function that scans some input and returns the
// next state. The parser pulls items one at a time; nextItem runs states
// until one of them emits an item. Items pass through a channel, closed
// at the end, but no goroutine: a state emits at most two items, which
// the channel's buffer holds.

package parse

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An item is a token or a run of text.
type item struct {
	typ  itemType // what it is
	pos  Pos      // its byte offset in the input
	val  string   // its text (an error's message)
	line int      // the line it starts on
}

func (i item) String() string {
	switch {
	case i.typ == itemEOF:
		return "EOF"
	case i.typ == itemError:
		return i.val
	case i.typ > itemKeyword:
		return fmt.Sprintf("<%s>", i.val)
	case len(i.val) > 10:
		return fmt.Sprintf("%.10q...", i.val)
	}
	return fmt.Sprintf("%q", i.val)
}

type itemType int

const (
	itemError        itemType = iota // an error: val is its message
	itemBool                         // true, false
	itemChar                         // a printable ASCII character: comma and the like
	itemCharConstant                 // 'x'
	itemComment                      // /* ... */ (with ParseComments)
	itemComplex                      // 1+2i
	itemAssign                       // =
	itemDeclare                      // :=
	itemEOF
	itemField      // .Name
	itemIdentifier // a name not starting with '.'
	itemLeftDelim  // {{
	itemLeftParen  // (
	itemNumber     // a number, an imaginary one too
	itemPipe       // |
	itemRawString  // `...`, quotes included
	itemRightDelim // }}
	itemRightParen // )
	itemSpace      // a run of spaces between arguments
	itemString     // "...", quotes included
	itemText       // text outside actions
	itemVariable   // $, $x
	// The keywords follow.
	itemKeyword
	itemBlock
	itemBreak
	itemContinue
	itemDot
	itemDefine
	itemElse
	itemEnd
	itemIf
	itemNil
	itemRange
	itemTemplate
	itemWith
)

var keywords = map[string]itemType{
	".":        itemDot,
	"block":    itemBlock,
	"break":    itemBreak,
	"continue": itemContinue,
	"define":   itemDefine,
	"else":     itemElse,
	"end":      itemEnd,
	"if":       itemIf,
	"range":    itemRange,
	"nil":      itemNil,
	"template": itemTemplate,
	"with":     itemWith,
}

const eof = -1

const (
	defaultLeftDelim  = "{{"
	defaultRightDelim = "}}"
	leftComment       = "/*"
	rightComment      = "*/"
	spaceChars        = " \t\r\n"
	// A delimiter with a trim marker, "{{- " or " -}}", trims the spaces
	// of the text beside it; the marker is the '-' and one space.
	trimMarker    = '-'
	trimMarkerLen = Pos(2)
)

type stateFn func(*lexer) stateFn

// A lexer holds the scanner's state.
type lexer struct {
	name        string // the input's name, for errors
	input       string
	leftDelim   string
	rightDelim  string
	emitComment bool      // emit comments as items
	breakOK     bool      // break is the keyword (no function of that name)
	continueOK  bool      // and continue
	pos         Pos       // the current position
	start       Pos       // where the current item starts
	atEOF       bool      // next returned eof
	parenDepth  int       // ( ) nesting inside the action
	line        int       // 1 + the newlines before pos
	startLine   int       // the line at start
	state       stateFn   // the next state; nil at the end
	items       chan item // emitted, not yet taken
	closed      bool      // items is closed
}

func lex(name, input, left, right string, emitComment, breakOK, continueOK bool) *lexer {
	if left == "" {
		left = defaultLeftDelim
	}
	if right == "" {
		right = defaultRightDelim
	}
	return &lexer{name: name, input: input, leftDelim: left, rightDelim: right,
		emitComment: emitComment, breakOK: breakOK, continueOK: continueOK,
		line: 1, startLine: 1, state: lexText, items: make(chan item, 2)}
}

// nextItem returns the next item, running states until one is emitted.
// At the end the channel is closed, and the zero item returned.
func (l *lexer) nextItem() item {
	for {
		select {
		case it := <-l.items:
			return it
		default:
		}
		if l.state == nil {
			l.drain()
			return <-l.items
		}
		l.state = l.state(l)
	}
}

// drain stops the lexer: the input left is dropped, and so are the items
// not taken; the channel is closed.
func (l *lexer) drain() {
	l.state = nil
	for len(l.items) > 0 {
		<-l.items
	}
	if !l.closed {
		close(l.items)
		l.closed = true
	}
}

func (l *lexer) next() rune {
	if int(l.pos) >= len(l.input) {
		l.atEOF = true
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.pos += Pos(w)
	if r == '\n' {
		l.line++
	}
	return r
}

func (l *lexer) peek() rune {
	r := l.next()
	l.backup()
	return r
}

// backup steps back over the last rune next returned (once).
func (l *lexer) backup() {
	if !l.atEOF && l.pos > 0 {
		r, w := utf8.DecodeLastRuneInString(l.input[:l.pos])
		l.pos -= Pos(w)
		if r == '\n' {
			l.line--
		}
	}
}

func (l *lexer) emit(t itemType) {
	l.items <- item{t, l.start, l.input[l.start:l.pos], l.startLine}
	l.start = l.pos
	l.startLine = l.line
}

// ignore skips the input scanned since the last item.
func (l *lexer) ignore() {
	l.line += strings.Count(l.input[l.start:l.pos], "\n")
	l.start = l.pos
	l.startLine = l.line
}

func (l *lexer) accept(valid string) bool {
	if strings.ContainsRune(valid, l.next()) {
		return true
	}
	l.backup()
	return false
}

func (l *lexer) acceptRun(valid string) {
	for strings.ContainsRune(valid, l.next()) {
	}
	l.backup()
}

// errorf emits an error item and ends the scan.
func (l *lexer) errorf(format string, args ...any) stateFn {
	l.items <- item{itemError, l.start, fmt.Sprintf(format, args...), l.startLine}
	return nil
}

// lexText scans text up to the next left delimiter.
func lexText(l *lexer) stateFn {
	x := strings.Index(l.input[l.pos:], l.leftDelim)
	if x < 0 {
		l.pos = Pos(len(l.input))
		l.emitText()
		l.emit(itemEOF)
		return nil
	}
	delim := l.pos + Pos(x)
	l.pos = delim
	if hasLeftTrimMarker(l.input[delim+Pos(len(l.leftDelim)):]) {
		l.pos -= Pos(len(l.input[l.start:delim]) - len(strings.TrimRight(l.input[l.start:delim], spaceChars)))
	}
	l.emitText()
	l.pos = delim
	l.ignore()
	return lexLeftDelim
}

// emitText emits the text scanned, if any.
func (l *lexer) emitText() {
	if l.pos > l.start {
		l.line += strings.Count(l.input[l.start:l.pos], "\n")
		l.emit(itemText)
	}
}

// atRightDelim reports whether the input continues with the right
// delimiter, and whether a trim marker comes before it.
func (l *lexer) atRightDelim() (delim, trimSpaces bool) {
	rest := l.input[l.pos:]
	if hasRightTrimMarker(rest) && strings.HasPrefix(rest[trimMarkerLen:], l.rightDelim) {
		return true, true
	}
	return strings.HasPrefix(rest, l.rightDelim), false
}

func leftTrimLength(s string) Pos {
	return Pos(len(s) - len(strings.TrimLeft(s, spaceChars)))
}

// lexLeftDelim scans the left delimiter, known to be there, and what
// follows: a comment or an action.
func lexLeftDelim(l *lexer) stateFn {
	l.pos += Pos(len(l.leftDelim))
	afterMarker := Pos(0)
	if hasLeftTrimMarker(l.input[l.pos:]) {
		afterMarker = trimMarkerLen
	}
	if strings.HasPrefix(l.input[l.pos+afterMarker:], leftComment) {
		l.pos += afterMarker
		l.ignore()
		return lexComment
	}
	l.emit(itemLeftDelim)
	l.pos += afterMarker
	l.ignore()
	l.parenDepth = 0
	return lexInsideAction
}

// lexComment scans a comment, which must end the action.
func lexComment(l *lexer) stateFn {
	l.pos += Pos(len(leftComment))
	i := strings.Index(l.input[l.pos:], rightComment)
	if i < 0 {
		return l.errorf("unclosed comment")
	}
	l.pos += Pos(i + len(rightComment))
	delim, trimSpace := l.atRightDelim()
	if !delim {
		return l.errorf("comment ends before closing delimiter")
	}
	if l.emitComment {
		l.emit(itemComment)
	}
	if trimSpace {
		l.pos += trimMarkerLen
	}
	l.pos += Pos(len(l.rightDelim))
	if trimSpace {
		l.pos += leftTrimLength(l.input[l.pos:])
	}
	l.ignore()
	return lexText
}

// lexRightDelim scans the right delimiter, known to be there.
func lexRightDelim(l *lexer) stateFn {
	trimSpace := hasRightTrimMarker(l.input[l.pos:])
	if trimSpace {
		l.pos += trimMarkerLen
		l.ignore()
	}
	l.pos += Pos(len(l.rightDelim))
	l.emit(itemRightDelim)
	if trimSpace {
		l.pos += leftTrimLength(l.input[l.pos:])
		l.ignore()
	}
	return lexText
}

// lexInsideAction scans the elements inside an action.
func lexInsideAction(l *lexer) stateFn {
	if delim, _ := l.atRightDelim(); delim {
		if l.parenDepth == 0 {
			return lexRightDelim
		}
		return l.errorf("unclosed left paren")
	}
	switch r := l.next(); {
	case r == eof:
		return l.errorf("unclosed action")
	case isSpace(r):
		l.backup() // the space may start " -}}"
		return lexSpace
	case r == '=':
		l.emit(itemAssign)
	case r == ':':
		if l.next() != '=' {
			return l.errorf("expected :=")
		}
		l.emit(itemDeclare)
	case r == '|':
		l.emit(itemPipe)
	case r == '"':
		return lexQuote
	case r == '`':
		return lexRawQuote
	case r == '$':
		return lexVariable
	case r == '\'':
		return lexChar
	case r == '.' && int(l.pos) < len(l.input) && (l.input[l.pos] < '0' || l.input[l.pos] > '9'):
		return lexField
	case r == '.' || r == '+' || r == '-' || ('0' <= r && r <= '9'):
		l.backup()
		return lexNumber
	case isAlphaNumeric(r):
		l.backup()
		return lexIdentifier
	case r == '(':
		l.emit(itemLeftParen)
		l.parenDepth++
	case r == ')':
		l.emit(itemRightParen)
		l.parenDepth--
		if l.parenDepth < 0 {
			return l.errorf("unexpected right paren %#U", r)
		}
	case r <= unicode.MaxASCII && unicode.IsPrint(r):
		l.emit(itemChar)
	default:
		return l.errorf("unrecognized character in action: %#U", r)
	}
	return lexInsideAction
}

// lexSpace scans a run of spaces; a single space before "-}}" belongs to
// the trim marker.
func lexSpace(l *lexer) stateFn {
	n := 0
	for isSpace(l.peek()) {
		l.next()
		n++
	}
	if hasRightTrimMarker(l.input[l.pos-1:]) && strings.HasPrefix(l.input[l.pos-1+trimMarkerLen:], l.rightDelim) {
		l.backup() // before the marker's space
		if n == 1 {
			return lexRightDelim
		}
	}
	l.emit(itemSpace)
	return lexInsideAction
}

// lexIdentifier scans a name: a keyword, a boolean or an identifier.
func lexIdentifier(l *lexer) stateFn {
	r := l.next()
	for isAlphaNumeric(r) {
		r = l.next()
	}
	l.backup()
	if !l.atTerminator() {
		return l.errorf("bad character %#U", r)
	}
	word := l.input[l.start:l.pos]
	switch kw := keywords[word]; {
	case kw > itemKeyword && (kw == itemBreak && !l.breakOK || kw == itemContinue && !l.continueOK):
		l.emit(itemIdentifier) // a function of that name takes precedence
	case kw > itemKeyword:
		l.emit(kw)
	case word[0] == '.':
		l.emit(itemField)
	case word == "true", word == "false":
		l.emit(itemBool)
	default:
		l.emit(itemIdentifier)
	}
	return lexInsideAction
}

// lexField scans a field (".Name"); the '.' is scanned.
func lexField(l *lexer) stateFn {
	return lexFieldOrVariable(l, itemField)
}

// lexVariable scans a variable ("$x", or "$" alone); the '$' is scanned.
func lexVariable(l *lexer) stateFn {
	return lexFieldOrVariable(l, itemVariable)
}

func lexFieldOrVariable(l *lexer, typ itemType) stateFn {
	if l.atTerminator() { // "." or "$" alone
		if typ == itemField {
			typ = itemDot
		}
		l.emit(typ)
		return lexInsideAction
	}
	r := l.next()
	for isAlphaNumeric(r) {
		r = l.next()
	}
	l.backup()
	if !l.atTerminator() {
		return l.errorf("bad character %#U", r)
	}
	l.emit(typ)
	return lexInsideAction
}

// atTerminator reports whether the input continues with what may follow
// a word: a space, the end, punctuation, or the right delimiter.
func (l *lexer) atTerminator() bool {
	r := l.peek()
	if isSpace(r) {
		return true
	}
	switch r {
	case eof, '.', ',', '|', ':', ')', '(':
		return true
	}
	return strings.HasPrefix(l.input[l.pos:], l.rightDelim)
}

// lexQuoted scans a quoted string or character constant up to the closing
// quote; the opening one is scanned. A backslash escapes the next rune.
func lexQuoted(l *lexer, quote rune, typ itemType, unterminated string) stateFn {
	for {
		r := l.next()
		if r == '\\' {
			r = l.next()
			if r != eof && r != '\n' {
				continue
			}
		}
		switch r {
		case eof, '\n':
			return l.errorf("%s", unterminated)
		case quote:
			l.emit(typ)
			return lexInsideAction
		}
	}
}

func lexChar(l *lexer) stateFn {
	return lexQuoted(l, '\'', itemCharConstant, "unterminated character constant")
}

func lexQuote(l *lexer) stateFn {
	return lexQuoted(l, '"', itemString, "unterminated quoted string")
}

// lexRawQuote scans a raw string, which may hold newlines.
func lexRawQuote(l *lexer) stateFn {
	for {
		switch l.next() {
		case eof:
			return l.errorf("unterminated raw quoted string")
		case '`':
			l.emit(itemRawString)
			return lexInsideAction
		}
	}
}

// lexNumber scans a number, or a complex constant "1+2i"; what it means
// is the parser's business.
func lexNumber(l *lexer) stateFn {
	if !l.scanNumber() {
		return l.errorf("bad number syntax: %q", l.input[l.start:l.pos])
	}
	if sign := l.peek(); sign == '+' || sign == '-' {
		if !l.scanNumber() || l.input[l.pos-1] != 'i' {
			return l.errorf("bad number syntax: %q", l.input[l.start:l.pos])
		}
		l.emit(itemComplex)
		return lexInsideAction
	}
	l.emit(itemNumber)
	return lexInsideAction
}

// scanNumber scans Go's number syntax, loosely: a sign, a base prefix,
// digits with underscores, a fraction, an exponent, an 'i'.
func (l *lexer) scanNumber() bool {
	l.accept("+-")
	digits := "0123456789_"
	exponent := "eE"
	if l.accept("0") {
		switch {
		case l.accept("xX"):
			digits, exponent = "0123456789abcdefABCDEF_", "pP"
		case l.accept("oO"):
			digits, exponent = "01234567_", ""
		case l.accept("bB"):
			digits, exponent = "01_", ""
		}
	}
	l.acceptRun(digits)
	if l.accept(".") {
		l.acceptRun(digits)
	}
	if exponent != "" && l.accept(exponent) {
		l.accept("+-")
		l.acceptRun("0123456789_")
	}
	l.accept("i")
	if isAlphaNumeric(l.peek()) {
		l.next()
		return false
	}
	return true
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\n'
}

func isAlphaNumeric(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasLeftTrimMarker(s string) bool {
	return len(s) >= 2 && s[0] == trimMarker && isSpace(rune(s[1]))
}

func hasRightTrimMarker(s string) bool {
	return len(s) >= 2 && isSpace(rune(s[0])) && s[1] == trimMarker
}
