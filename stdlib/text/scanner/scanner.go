// Package scanner provides a scanner and tokenizer for UTF-8-encoded text.
// It takes an io.Reader providing the source, which then can be tokenized
// through repeated calls to the Scan function. For compatibility with
// existing tools, the NUL character is not allowed. If the first character
// in the source is a UTF-8 encoded byte order mark (BOM), it is discarded.
//
// By default, a Scanner skips white space and Go comments and recognizes
// all literals as defined by the Go language specification. It may be
// customized to recognize only a subset of those literals and to recognize
// different identifier and white space characters.
//
// The scanner reads its source a buffer at a time and keeps one character
// of lookahead: the character after the token just scanned has already
// been read (Peek returns it). A token's text is gathered as its
// characters are read, which the lookahead then ends.
package scanner

import (
	"fmt"
	"io"
	"os"
	"unicode"
	"unicode/utf8"
)

// Position is a value that represents a source position.
// A position is valid if Line > 0.
type Position struct {
	Filename string // filename, if any
	Offset   int    // byte offset, starting at 0
	Line     int    // line number, starting at 1
	Column   int    // column number, starting at 1 (character count per line)
}

// IsValid reports whether the position is valid.
func (pos *Position) IsValid() bool { return pos.Line > 0 }

// String returns "file:line:column", "<input>" standing for no file name
// and the line and column left out when the position is not valid.
func (pos Position) String() string {
	s := pos.Filename
	if s == "" {
		s = "<input>"
	}
	if pos.IsValid() {
		s += fmt.Sprintf(":%d:%d", pos.Line, pos.Column)
	}
	return s
}

// Predefined mode bits to control recognition of tokens. For instance,
// to configure a Scanner such that it only recognizes (Go) identifiers,
// integers, and skips comments, set the Scanner's Mode field to:
//
//	ScanIdents | ScanInts | SkipComments
//
// With the exceptions of comments, which are skipped if SkipComments is
// set, unrecognized tokens are not ignored. Instead, the scanner simply
// returns the respective individual characters (or possibly sub-tokens).
// For instance, if the mode is ScanIdents (not ScanStrings), the string
// "foo" is scanned as the token sequence '"' Ident '"'.
//
// Use GoTokens to configure the Scanner such that it accepts all Go
// literal tokens including Go identifiers. Comments will be skipped.
const (
	ScanIdents     = 1 << -Ident
	ScanInts       = 1 << -Int
	ScanFloats     = 1 << -Float // includes Ints and hexadecimal floats
	ScanChars      = 1 << -Char
	ScanStrings    = 1 << -String
	ScanRawStrings = 1 << -RawString
	ScanComments   = 1 << -Comment
	SkipComments   = 1 << -skipComment // if set with ScanComments, comments become white space
	GoTokens       = ScanIdents | ScanFloats | ScanChars | ScanStrings | ScanRawStrings | ScanComments | SkipComments
)

// The result of Scan is one of these tokens or a Unicode character.
const (
	EOF = -(iota + 1)
	Ident
	Int
	Float
	Char
	String
	RawString
	Comment

	skipComment // a comment skipped as white space: a mode bit only
)

var tokenString = map[rune]string{
	EOF:       "EOF",
	Ident:     "Ident",
	Int:       "Int",
	Float:     "Float",
	Char:      "Char",
	String:    "String",
	RawString: "RawString",
	Comment:   "Comment",
}

// TokenString returns a printable string for a token or Unicode character.
func TokenString(tok rune) string {
	if s, found := tokenString[tok]; found {
		return s
	}
	return fmt.Sprintf("%q", string(tok))
}

// GoWhitespace is the default value for the Scanner's Whitespace field.
// Its value selects Go's white space characters.
const GoWhitespace = 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<' '

const bufLen = 1024 // bytes read from the source at a time

// A Scanner implements reading of Unicode characters and tokens from an io.Reader.
type Scanner struct {
	src    io.Reader
	srcBuf [bufLen]byte
	srcPos int // the next byte to read in srcBuf
	srcEnd int // the end of what srcBuf holds
	offset int // the source offset of srcBuf[srcPos]

	line        int // the line of the next character (from 1)
	column      int // characters read on that line (0: the last was a newline)
	lastLineLen int // the characters of the line before, for a newline's column
	lastCharLen int // the bytes of the last character read (0 at EOF)

	// The current token's text: the bytes read since it began. Its end,
	// tokEnd, leaves out the lookahead character (or, when an error is
	// reported, the character that caused it).
	tok        []byte
	tokEnd     int
	collecting bool

	ch rune // the lookahead character; -2: none read yet

	// Error is called for each error encountered. If no Error
	// function is set, the error is reported to os.Stderr.
	Error func(s *Scanner, msg string)

	// ErrorCount is incremented by one for each error encountered.
	ErrorCount int

	// The Mode field controls which tokens are recognized. For instance,
	// to recognize Ints, set the ScanInts bit in Mode. The field may be
	// changed at any time.
	Mode uint

	// The Whitespace field controls which characters are recognized
	// as white space. To recognize a character ch <= ' ' as white space,
	// set the ch'th bit in Whitespace (the Scanner's behavior is undefined
	// for values ch > ' '). The field may be changed at any time.
	Whitespace uint64

	// IsIdentRune is a predicate controlling the characters accepted
	// as the ith rune in an identifier. The set of valid characters
	// must not intersect with the set of white space characters.
	// If no IsIdentRune function is set, regular Go identifiers are
	// accepted instead. The field may be changed at any time.
	IsIdentRune func(ch rune, i int) bool

	// Start position of most recently scanned token; set by Scan.
	// Calling Init or Next invalidates the position (Line == 0).
	// The Filename field is always left untouched by the Scanner.
	// If an error is reported (via Error) and Position is invalid,
	// the scanner is not inside a token. Call Pos to obtain an error
	// position in that case, or to obtain the position immediately
	// after the most recently scanned token.
	Position
}

// Init initializes a Scanner with a new source and returns s.
// Error is set to nil, ErrorCount is set to 0, Mode is set to GoTokens,
// and Whitespace is set to GoWhitespace.
func (s *Scanner) Init(src io.Reader) *Scanner {
	s.src = src
	s.srcPos, s.srcEnd, s.offset = 0, 0, 0
	s.line, s.column, s.lastLineLen, s.lastCharLen = 1, 0, 0, 0
	s.tok, s.tokEnd, s.collecting = s.tok[:0], 0, false
	s.ch = -2
	s.Error = nil
	s.ErrorCount = 0
	s.Mode = GoTokens
	s.Whitespace = GoWhitespace
	s.Line = 0 // no token scanned yet
	return s
}

// fill reads from the source until the buffer holds a whole character
// (or the source ends or fails), keeping the bytes not read yet and the
// last character read (a token's first character, when Scan begins one).
func (s *Scanner) fill() {
	for !utf8.FullRune(s.srcBuf[s.srcPos:s.srcEnd]) {
		keep := s.srcPos - s.lastCharLen
		n := copy(s.srcBuf[:], s.srcBuf[keep:s.srcEnd])
		s.srcPos -= keep
		s.srcEnd = n
		m, err := s.src.Read(s.srcBuf[n:])
		s.srcEnd += m
		if err != nil {
			if err != io.EOF {
				s.error(err.Error())
			}
			return
		}
	}
}

// next reads and returns the next Unicode character; EOF at the end.
func (s *Scanner) next() rune {
	if s.srcEnd-s.srcPos < utf8.UTFMax {
		s.fill()
	}
	if s.srcPos == s.srcEnd {
		if s.lastCharLen > 0 {
			s.column++ // EOF is one more character on the line
		}
		s.lastCharLen = 0
		return EOF
	}
	ch, width := rune(s.srcBuf[s.srcPos]), 1
	if ch >= utf8.RuneSelf {
		ch, width = utf8.DecodeRune(s.srcBuf[s.srcPos:s.srcEnd])
	}
	if s.collecting {
		s.tok = append(s.tok, s.srcBuf[s.srcPos:s.srcPos+width]...)
	}
	s.srcPos += width
	s.offset += width
	s.lastCharLen = width
	s.column++
	switch {
	case ch == utf8.RuneError && width == 1:
		s.error("invalid UTF-8 encoding")
	case ch == 0:
		s.error("invalid character NUL")
	case ch == '\n':
		s.line++
		s.lastLineLen = s.column
		s.column = 0
	}
	return ch
}

// Next reads and returns the next Unicode character.
// It returns EOF at the end of the source. It reports
// a read error by calling s.Error, if not nil; otherwise
// it prints an error message to os.Stderr. Next does not
// update the Scanner's Position field; use Pos() to
// get the current position.
func (s *Scanner) Next() rune {
	s.collecting = false
	s.Line = 0 // no token
	ch := s.Peek()
	if ch != EOF {
		s.ch = s.next()
	}
	return ch
}

// Peek returns the next Unicode character in the source without advancing
// the scanner. It returns EOF if the scanner's position is at the last
// character of the source.
func (s *Scanner) Peek() rune {
	if s.ch == -2 {
		s.ch = s.next()
		if s.ch == '\uFEFF' {
			s.ch = s.next() // a byte order mark begins no text
		}
	}
	return s.ch
}

// error reports msg at the current token's start (or, outside a token,
// at the current position).
func (s *Scanner) error(msg string) {
	s.endToken()
	s.ErrorCount++
	if s.Error != nil {
		s.Error(s, msg)
		return
	}
	pos := s.Position
	if !pos.IsValid() {
		pos = s.Pos()
	}
	fmt.Fprintf(os.Stderr, "%s: %s\n", pos, msg)
}

func (s *Scanner) errorf(format string, args ...any) {
	s.error(fmt.Sprintf(format, args...))
}

func (s *Scanner) isIdentRune(ch rune, i int) bool {
	if s.IsIdentRune != nil {
		return ch != EOF && s.IsIdentRune(ch, i)
	}
	return ch == '_' || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
}

func (s *Scanner) scanIdentifier() rune {
	ch := s.next()
	for i := 1; s.isIdentRune(ch, i); i++ {
		ch = s.next()
	}
	return ch
}

func lower(ch rune) rune     { return ('a' - 'A') | ch } // ch in lower case, if an ASCII letter
func isDecimal(ch rune) bool { return '0' <= ch && ch <= '9' }
func isHex(ch rune) bool     { return '0' <= ch && ch <= '9' || 'a' <= lower(ch) && lower(ch) <= 'f' }

// digits reads the digits and '_' separators of a number in base,
// from ch0 on; the first digit too big for a base up to 10 goes to
// *invalid. digsep tells what was seen: bit 0 a digit, bit 1 a '_'.
func (s *Scanner) digits(ch0 rune, base int, invalid *rune) (ch rune, digsep int) {
	ch = ch0
	for isHex(ch) && (base > 10 || isDecimal(ch)) || ch == '_' {
		if ch == '_' {
			digsep |= 2
		} else {
			digsep |= 1
			if base <= 10 && ch >= rune('0'+base) && *invalid == 0 {
				*invalid = ch
			}
		}
		ch = s.next()
	}
	return ch, digsep
}

// scanNumber reads a number literal as Go's spec has them (prefixes 0x,
// 0o, 0b and a leading 0 for octal, '_' between digits, hexadecimal
// floats with a 'p' exponent), from ch, its first digit, or the digit
// after its point when seenDot. It returns Int or Float and the
// character after the literal.
func (s *Scanner) scanNumber(ch rune, seenDot bool) (rune, rune) {
	base, prefix := 10, rune(0) // prefix: 0 (decimal), '0' (octal), 'x', 'o' or 'b'
	digsep, invalid := 0, rune(0)
	tok := rune(Int)
	var ds int
	if !seenDot {
		if ch == '0' {
			ch = s.next()
			switch lower(ch) {
			case 'x':
				ch = s.next()
				base, prefix = 16, 'x'
			case 'o':
				ch = s.next()
				base, prefix = 8, 'o'
			case 'b':
				ch = s.next()
				base, prefix = 2, 'b'
			default:
				base, prefix = 8, '0'
				digsep = 1 // the leading 0 is a digit
			}
		}
		ch, ds = s.digits(ch, base, &invalid)
		digsep |= ds
		if ch == '.' && s.Mode&ScanFloats != 0 {
			ch = s.next()
			seenDot = true
		}
	}
	if seenDot {
		tok = Float
		if prefix == 'o' || prefix == 'b' {
			s.error("invalid radix point in " + litname(prefix))
		}
		ch, ds = s.digits(ch, base, &invalid)
		digsep |= ds
	}
	if digsep&1 == 0 {
		s.error(litname(prefix) + " has no digits")
	}

	if e := lower(ch); (e == 'e' || e == 'p') && s.Mode&ScanFloats != 0 {
		switch {
		case e == 'e' && prefix != 0 && prefix != '0':
			s.errorf("%q exponent requires decimal mantissa", ch)
		case e == 'p' && prefix != 'x':
			s.errorf("%q exponent requires hexadecimal mantissa", ch)
		}
		ch = s.next()
		tok = Float
		if ch == '+' || ch == '-' {
			ch = s.next()
		}
		ch, ds = s.digits(ch, 10, nil)
		digsep |= ds
		if ds&1 == 0 {
			s.error("exponent has no digits")
		}
	} else if prefix == 'x' && tok == Float {
		s.error("hexadecimal mantissa requires a 'p' exponent")
	}

	if tok == Int && invalid != 0 {
		s.errorf("invalid digit %q in %s", invalid, litname(prefix))
	}
	if digsep&2 != 0 {
		s.endToken()
		if misplacedSeparator(s.TokenText()) {
			s.error("'_' must separate successive digits")
		}
	}
	return tok, ch
}

func litname(prefix rune) string {
	switch prefix {
	case 'x':
		return "hexadecimal literal"
	case 'o', '0':
		return "octal literal"
	case 'b':
		return "binary literal"
	}
	return "decimal literal"
}

// misplacedSeparator reports whether a '_' in number literal x does not
// stand between two digits (or between a 0x, 0o or 0b prefix and a digit).
func misplacedSeparator(x string) bool {
	hex := false
	prev := '.' // the kind of the character before: '0' a digit, '_', or '.' anything else
	i := 0
	if len(x) >= 2 && x[0] == '0' {
		if p := lower(rune(x[1])); p == 'x' || p == 'o' || p == 'b' {
			hex = p == 'x'
			prev, i = '0', 2
		}
	}
	for ; i < len(x); i++ {
		c := rune(x[i])
		kind := '.'
		switch {
		case c == '_':
			if prev != '0' {
				return true
			}
			kind = '_'
		case isDecimal(c) || hex && isHex(c):
			kind = '0'
		case prev == '_':
			return true
		}
		prev = kind
	}
	return prev == '_'
}

func digitVal(ch rune) int {
	switch {
	case '0' <= ch && ch <= '9':
		return int(ch - '0')
	case 'a' <= lower(ch) && lower(ch) <= 'f':
		return int(lower(ch) - 'a' + 10)
	}
	return 16 // larger than any digit
}

// scanDigits reads n digits of base, from ch.
func (s *Scanner) scanDigits(ch rune, base, n int) rune {
	for n > 0 && digitVal(ch) < base {
		ch = s.next()
		n--
	}
	if n > 0 {
		s.error("invalid char escape")
	}
	return ch
}

// scanEscape reads an escape in a literal quoted with quote, after its '\\'.
func (s *Scanner) scanEscape(quote rune) rune {
	ch := s.next()
	switch ch {
	case 'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', quote:
		ch = s.next()
	case '0', '1', '2', '3', '4', '5', '6', '7':
		ch = s.scanDigits(ch, 8, 3)
	case 'x':
		ch = s.scanDigits(s.next(), 16, 2)
	case 'u':
		ch = s.scanDigits(s.next(), 16, 4)
	case 'U':
		ch = s.scanDigits(s.next(), 16, 8)
	default:
		s.error("invalid char escape")
	}
	return ch
}

// scanString reads a literal quoted with quote, after its opening quote,
// up to its closing one, and returns how many characters it holds.
func (s *Scanner) scanString(quote rune) (n int) {
	ch := s.next()
	for ch != quote {
		if ch == '\n' || ch < 0 {
			s.error("literal not terminated")
			return n
		}
		if ch == '\\' {
			ch = s.scanEscape(quote)
		} else {
			ch = s.next()
		}
		n++
	}
	return n
}

func (s *Scanner) scanRawString() {
	for ch := s.next(); ch != '`'; ch = s.next() {
		if ch < 0 {
			s.error("literal not terminated")
			return
		}
	}
}

func (s *Scanner) scanChar() {
	if s.scanString('\'') != 1 {
		s.error("invalid char literal")
	}
}

// scanComment reads a comment after its "//" or "/*" (ch is the second
// character) and returns the character after it: a line comment ends
// before its newline.
func (s *Scanner) scanComment(ch rune) rune {
	if ch == '/' {
		for ch = s.next(); ch != '\n' && ch >= 0; ch = s.next() {
		}
		return ch
	}
	ch = s.next()
	for {
		if ch < 0 {
			s.error("comment not terminated")
			return ch
		}
		prev := ch
		ch = s.next()
		if prev == '*' && ch == '/' {
			return s.next()
		}
	}
}

// Scan reads the next token or Unicode character from source and returns
// it. It only recognizes tokens t for which the respective Mode bit (1<<-t)
// is set. It returns EOF at the end of the source. It reports scanner
// errors (read and token errors) by calling s.Error, if not nil; otherwise
// it prints an error message to os.Stderr.
func (s *Scanner) Scan() rune {
	ch := s.Peek()
	s.collecting = false
	s.Line = 0
redo:
	for s.Whitespace&(1<<uint(ch)) != 0 {
		ch = s.next()
	}
	s.beginToken()

	tok := ch
	switch {
	case s.isIdentRune(ch, 0):
		if s.Mode&ScanIdents != 0 {
			tok = Ident
			ch = s.scanIdentifier()
		} else {
			ch = s.next()
		}
	case isDecimal(ch):
		if s.Mode&(ScanInts|ScanFloats) != 0 {
			tok, ch = s.scanNumber(ch, false)
		} else {
			ch = s.next()
		}
	case ch == EOF:
	case ch == '"':
		if s.Mode&ScanStrings != 0 {
			s.scanString('"')
			tok = String
		}
		ch = s.next()
	case ch == '\'':
		if s.Mode&ScanChars != 0 {
			s.scanChar()
			tok = Char
		}
		ch = s.next()
	case ch == '.':
		ch = s.next()
		if isDecimal(ch) && s.Mode&ScanFloats != 0 {
			tok, ch = s.scanNumber(ch, true)
		}
	case ch == '/':
		ch = s.next()
		if (ch == '/' || ch == '*') && s.Mode&ScanComments != 0 {
			if s.Mode&SkipComments != 0 {
				s.collecting = false
				ch = s.scanComment(ch)
				goto redo
			}
			ch = s.scanComment(ch)
			tok = Comment
		}
	case ch == '`':
		if s.Mode&ScanRawStrings != 0 {
			s.scanRawString()
			tok = RawString
		}
		ch = s.next()
	default:
		ch = s.next()
	}
	s.endToken()
	s.ch = ch
	return tok
}

// beginToken starts a token at the lookahead character: its position and
// its text, which begins with that character, already read.
func (s *Scanner) beginToken() {
	s.tok = append(s.tok[:0], s.srcBuf[s.srcPos-s.lastCharLen:s.srcPos]...)
	s.tokEnd = 0
	s.collecting = true
	s.Offset = s.offset - s.lastCharLen
	if s.column > 0 {
		s.Line, s.Column = s.line, s.column
	} else { // the character is a newline: it ends the line before
		s.Line, s.Column = s.line-1, s.lastLineLen
	}
}

// endToken ends the token's text before the character read last (the
// lookahead, or the one an error is about).
func (s *Scanner) endToken() {
	s.tokEnd = len(s.tok) - s.lastCharLen
}

// Pos returns the position of the character immediately after
// the character or token returned by the last call to Next or Scan.
// Use the Scanner's Position field for the start position of the most
// recently scanned token.
func (s *Scanner) Pos() (pos Position) {
	pos.Filename = s.Filename
	pos.Offset = s.offset - s.lastCharLen
	switch {
	case s.column > 0:
		pos.Line, pos.Column = s.line, s.column
	case s.lastLineLen > 0:
		pos.Line, pos.Column = s.line-1, s.lastLineLen
	default:
		pos.Line, pos.Column = 1, 1
	}
	return pos
}

// TokenText returns the string corresponding to the most recently scanned token.
// Valid after calling Scan and in calls of Scanner.Error.
func (s *Scanner) TokenText() string {
	if !s.collecting {
		return ""
	}
	return string(s.tok[:s.tokEnd])
}
