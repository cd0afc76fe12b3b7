// Package scanner is the lexer of Go source: it takes a file's text as a
// []byte and returns its tokens, one per call of Scan.
//
// The scanner keeps one character of lookahead (ch, at offset; rdOffset is
// where the character after it begins) and works as the Go specification's
// "Lexical elements" section describes: a token is the longest sequence of
// characters that forms a valid token, and a semicolon is inserted after
// the last token of a line when that token may end a statement (an
// identifier, a literal, one of the keywords break, continue, fallthrough
// and return, one of the operators ++ -- ) ] }). The inserted semicolon
// is returned as token.SEMICOLON with the literal "\n".
//
// Errors do not stop the scanner: it reports each to the ErrorHandler and
// returns the best token it can, so that a parser may go on.
package scanner

import (
	"fmt"
	"go/token"
	"path/filepath"
	"unicode"
	"unicode/utf8"
)

// An ErrorHandler may be given to Scanner.Init. The scanner calls it for
// each syntax error with the error's position (the start of the offending
// token, or the offending character within it) and a message.
type ErrorHandler func(pos token.Position, msg string)

// A Scanner is the state of the scanning of one source text. Its zero
// value is not ready for use: Init prepares it (and may prepare it again
// for another text). It may be embedded in a larger structure.
type Scanner struct {
	// Set by Init.
	file *token.File  // the source's file, for positions and line starts
	dir  string       // the directory of file's name, for //line file names
	src  []byte       // the source
	err  ErrorHandler // or nil
	mode Mode

	// The lookahead.
	ch         rune // the current character; eof at the end of src
	offset     int  // the offset of ch
	rdOffset   int  // the offset of the character after ch
	lineOffset int  // the offset of the start of ch's line
	insertSemi bool // whether a newline (or EOF) here ends a statement

	// ErrorCount is the number of errors encountered; the client may
	// change it.
	ErrorCount int
}

const (
	bom = 0xFEFF // the byte order mark, which may only open a file
	eof = -1     // ch at the end of the source
)

// A Mode is a set of flags (or 0) controlling the scanner.
type Mode uint

const (
	ScanComments    Mode = 1 << iota // Scan returns comments (token.COMMENT) instead of skipping them
	dontInsertSemis                  // no automatic semicolons: for the tests of package scanner only
)

// Init prepares s to scan src from its beginning, taking positions from
// file (whose size must be len(src), or Init panics) and adding the line
// starts it finds to file. A file may be scanned again: the lines it
// already has are kept. Errors go to err, if not nil, and are counted in
// ErrorCount; the mode says what to do with comments.
//
// Init itself may call err, for an error in the first character.
func (s *Scanner) Init(file *token.File, src []byte, err ErrorHandler, mode Mode) {
	if file.Size() != len(src) {
		panic(fmt.Sprintf("file size (%d) does not match src len (%d)", file.Size(), len(src)))
	}
	// Every field is set: a Scanner may be used again.
	s.file = file
	s.dir, _ = filepath.Split(file.Name())
	s.src = src
	s.err = err
	s.mode = mode

	s.ch = ' ' // not a newline: the first next records no line start
	s.offset = 0
	s.rdOffset = 0
	s.lineOffset = 0
	s.insertSemi = false
	s.ErrorCount = 0

	s.next()
	if s.ch == bom {
		s.next() // a byte order mark may begin the file: skip it
	}
}

// next reads the next character into s.ch, eof at the end of the source.
// Passing a newline records the start of the line after it in the file.
func (s *Scanner) next() {
	if s.ch == '\n' {
		s.lineOffset = s.rdOffset
		s.file.AddLine(s.rdOffset)
	}
	s.offset = s.rdOffset
	if s.rdOffset >= len(s.src) {
		s.ch = eof
		return
	}
	ch, width := rune(s.src[s.rdOffset]), 1
	switch {
	case ch == 0:
		s.error(s.offset, "illegal character NUL")
	case ch >= utf8.RuneSelf:
		ch, width = utf8.DecodeRune(s.src[s.rdOffset:])
		if ch == utf8.RuneError && width == 1 {
			s.error(s.offset, "illegal UTF-8 encoding")
		} else if ch == bom && s.offset > 0 {
			s.error(s.offset, "illegal byte order mark")
		}
	}
	s.rdOffset += width
	s.ch = ch
}

// peek returns the byte after s.ch without reading it; 0 at the end of
// the source.
func (s *Scanner) peek() byte {
	if s.rdOffset < len(s.src) {
		return s.src[s.rdOffset]
	}
	return 0
}

// rewind moves the lookahead back to offset, which must be the offset of
// an ASCII character other than a newline.
func (s *Scanner) rewind(offset int) {
	s.ch = ' ' // not a newline: next records no line start
	s.rdOffset = offset
	s.next()
}

// accept reads s.ch if it is ch, and reports whether it was.
func (s *Scanner) accept(ch rune) bool {
	if s.ch == ch {
		s.next()
		return true
	}
	return false
}

// error reports msg at offset offs of the source.
func (s *Scanner) error(offs int, msg string) {
	if s.err != nil {
		s.err(s.file.Position(s.file.Pos(offs)), msg)
	}
	s.ErrorCount++
}

func (s *Scanner) errorf(offs int, format string, args ...any) {
	s.error(offs, fmt.Sprintf(format, args...))
}

// Scan reads one token and returns where it is, what it is and its
// literal string, if any; at the end of the source it returns token.EOF.
//
// The literal string is the token's text for a literal (token.IDENT,
// token.INT, token.FLOAT, token.IMAG, token.CHAR, token.STRING), a comment
// (token.COMMENT) and a keyword; ";" for a semicolon in the source and
// "\n" for one inserted at a newline or at the end of the source; the
// offending character for token.ILLEGAL; and "" for any other token.
//
// Scan goes on past errors, returning a valid token where it can: a
// token sequence without token.ILLEGAL may still have had errors, which
// ErrorCount (or the calls of the error handler) tells.
//
// Scan adds the line starts it passes to the file given to Init, and the
// positions it returns are of that file, thus of its file set.
func (s *Scanner) Scan() (pos token.Pos, tok token.Token, lit string) {
	for {
		s.skipWhitespace()
		pos = s.file.Pos(s.offset)
		if s.ch == '/' && (s.peek() == '/' || s.peek() == '*') {
			if s.insertSemi && s.commentEndsLine() {
				s.insertSemi = false
				return pos, token.SEMICOLON, "\n"
			}
			s.next()
			comment := s.scanComment()
			if s.mode&ScanComments != 0 {
				// No semicolon is due after a comment: one due at a
				// newline in it or after it came before it.
				s.setInsertSemi(false)
				return pos, token.COMMENT, comment
			}
			s.insertSemi = false
			continue
		}
		tok, lit = s.scanToken()
		return pos, tok, lit
	}
}

// scanToken scans the token at s.ch, which is not white space nor a
// comment.
func (s *Scanner) scanToken() (token.Token, string) {
	offs, ch := s.offset, s.ch
	switch {
	case isLetter(ch):
		lit := s.scanIdentifier()
		tok := token.IDENT
		if len(lit) > 1 { // every keyword has two letters or more
			tok = token.Lookup(lit)
		}
		switch tok {
		case token.IDENT, token.BREAK, token.CONTINUE, token.FALLTHROUGH, token.RETURN:
			s.setInsertSemi(true)
		default:
			s.setInsertSemi(false)
		}
		return tok, lit
	case isDecimal(ch) || ch == '.' && isDecimal(rune(s.peek())):
		s.setInsertSemi(true)
		return s.scanNumber()
	}

	s.next()
	switch ch {
	case eof:
		if s.insertSemi {
			s.insertSemi = false // the end of the source ends the statement
			return token.SEMICOLON, "\n"
		}
		return token.EOF, ""
	case '\n':
		// skipWhitespace stops at a newline only to insert a semicolon.
		s.insertSemi = false
		return token.SEMICOLON, "\n"
	case '"':
		s.setInsertSemi(true)
		return token.STRING, s.scanString()
	case '\'':
		s.setInsertSemi(true)
		return token.CHAR, s.scanRune()
	case '`':
		s.setInsertSemi(true)
		return token.STRING, s.scanRawString()
	case ';':
		s.setInsertSemi(false)
		return token.SEMICOLON, ";"
	}
	if tok := s.scanOperator(ch); tok != token.ILLEGAL {
		switch tok {
		case token.RPAREN, token.RBRACK, token.RBRACE, token.INC, token.DEC:
			s.setInsertSemi(true)
		default:
			s.setInsertSemi(false)
		}
		return tok, ""
	}
	// An illegal character leaves the semicolon insertion as it was. An
	// unexpected byte order mark has been reported by next already.
	if ch != bom {
		s.errorf(offs, "illegal character %#U", ch)
	}
	return token.ILLEGAL, string(ch)
}

// setInsertSemi records whether a newline after the token just scanned
// ends a statement.
func (s *Scanner) setInsertSemi(insert bool) {
	if s.mode&dontInsertSemis == 0 {
		s.insertSemi = insert
	}
}

// scanOperator scans the rest of the operator or delimiter that begins
// with ch, already read, taking the longest one the source holds ("<<="
// rather than "<<" then "="). It returns token.ILLEGAL if no operator
// begins with ch.
func (s *Scanner) scanOperator(ch rune) token.Token {
	switch ch {
	case '(':
		return token.LPAREN
	case ')':
		return token.RPAREN
	case '[':
		return token.LBRACK
	case ']':
		return token.RBRACK
	case '{':
		return token.LBRACE
	case '}':
		return token.RBRACE
	case ',':
		return token.COMMA
	case '~':
		return token.TILDE
	case '.':
		// A '.' followed by a digit began a number.
		if s.ch == '.' && s.peek() == '.' {
			s.next()
			s.next()
			return token.ELLIPSIS
		}
		return token.PERIOD
	case ':':
		return s.withAssign(token.COLON, token.DEFINE)
	case '*':
		return s.withAssign(token.MUL, token.MUL_ASSIGN)
	case '/':
		return s.withAssign(token.QUO, token.QUO_ASSIGN)
	case '%':
		return s.withAssign(token.REM, token.REM_ASSIGN)
	case '^':
		return s.withAssign(token.XOR, token.XOR_ASSIGN)
	case '=':
		return s.withAssign(token.ASSIGN, token.EQL)
	case '!':
		return s.withAssign(token.NOT, token.NEQ)
	case '+':
		return s.doubledOrAssign(ch, token.ADD, token.ADD_ASSIGN, token.INC)
	case '-':
		return s.doubledOrAssign(ch, token.SUB, token.SUB_ASSIGN, token.DEC)
	case '|':
		return s.doubledOrAssign(ch, token.OR, token.OR_ASSIGN, token.LOR)
	case '&':
		if s.accept('^') {
			return s.withAssign(token.AND_NOT, token.AND_NOT_ASSIGN)
		}
		return s.doubledOrAssign(ch, token.AND, token.AND_ASSIGN, token.LAND)
	case '<':
		if s.accept('-') {
			return token.ARROW
		}
		return s.shiftOrCompare(ch, token.LSS, token.LEQ, token.SHL, token.SHL_ASSIGN)
	case '>':
		return s.shiftOrCompare(ch, token.GTR, token.GEQ, token.SHR, token.SHR_ASSIGN)
	}
	return token.ILLEGAL
}

// withAssign scans the operator tok, or tokEq if an '=' follows it
// (* or *=).
func (s *Scanner) withAssign(tok, tokEq token.Token) token.Token {
	if s.accept('=') {
		return tokEq
	}
	return tok
}

// doubledOrAssign scans the operator tok, which is ch, or tokEq if an '='
// follows it, or tokDouble if ch follows it (+ or += or ++).
func (s *Scanner) doubledOrAssign(ch rune, tok, tokEq, tokDouble token.Token) token.Token {
	if s.accept(ch) {
		return tokDouble
	}
	return s.withAssign(tok, tokEq)
}

// shiftOrCompare scans the operator tok, which is ch, or tokEq if an '='
// follows it, or the shift tokShift if ch follows it, or tokShiftEq if
// ch and '=' do (< <= << <<=).
func (s *Scanner) shiftOrCompare(ch rune, tok, tokEq, tokShift, tokShiftEq token.Token) token.Token {
	if s.accept(ch) {
		return s.withAssign(tokShift, tokShiftEq)
	}
	return s.withAssign(tok, tokEq)
}

// skipWhitespace skips spaces, tabs, carriage returns and the newlines
// that end no statement.
func (s *Scanner) skipWhitespace() {
	for s.ch == ' ' || s.ch == '\t' || s.ch == '\n' && !s.insertSemi || s.ch == '\r' {
		s.next()
	}
}

func isLetter(ch rune) bool {
	return 'a' <= lower(ch) && lower(ch) <= 'z' || ch == '_' || ch >= utf8.RuneSelf && unicode.IsLetter(ch)
}

func isDigit(ch rune) bool {
	return isDecimal(ch) || ch >= utf8.RuneSelf && unicode.IsDigit(ch)
}

// scanIdentifier scans the identifier at s.ch, a letter.
func (s *Scanner) scanIdentifier() string {
	offs := s.offset
	for isLetter(s.ch) || isDigit(s.ch) {
		s.next()
	}
	return string(s.src[offs:s.offset])
}
