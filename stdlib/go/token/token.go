// Package token names the tokens of Go, the words a scanner cuts source
// text into, and gives their spelling, their precedence as binary
// operators and the classes they fall into. It also defines source
// positions: Pos, a compact position within a FileSet, and Position,
// its file:line:column form.
//
// The tokens are numbered in groups (literals, operators, keywords), each
// group bracketed by two unexported markers, so that asking which group a
// token belongs to is a comparison of two numbers.
package token

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// A Token is one kind of lexical token of Go: a literal class, an
// operator or delimiter, or a keyword.
type Token int

// The tokens, by group.
const (
	// Special tokens
	ILLEGAL Token = iota
	EOF
	COMMENT

	literalBegin
	// Identifiers and basic type literals: each stands for a class of
	// literals, the literal itself being the text the scanner returns.
	IDENT  // main
	INT    // 12345
	FLOAT  // 123.45
	IMAG   // 123.45i
	CHAR   // 'a'
	STRING // "abc"
	literalEnd

	operatorBegin
	// Operators and delimiters
	ADD // +
	SUB // -
	MUL // *
	QUO // /
	REM // %

	AND     // &
	OR      // |
	XOR     // ^
	SHL     // <<
	SHR     // >>
	AND_NOT // &^

	ADD_ASSIGN // +=
	SUB_ASSIGN // -=
	MUL_ASSIGN // *=
	QUO_ASSIGN // /=
	REM_ASSIGN // %=

	AND_ASSIGN     // &=
	OR_ASSIGN      // |=
	XOR_ASSIGN     // ^=
	SHL_ASSIGN     // <<=
	SHR_ASSIGN     // >>=
	AND_NOT_ASSIGN // &^=

	LAND  // &&
	LOR   // ||
	ARROW // <-
	INC   // ++
	DEC   // --

	EQL    // ==
	LSS    // <
	GTR    // >
	ASSIGN // =
	NOT    // !

	NEQ      // !=
	LEQ      // <=
	GEQ      // >=
	DEFINE   // :=
	ELLIPSIS // ...

	LPAREN // (
	LBRACK // [
	LBRACE // {
	COMMA  // ,
	PERIOD // .

	RPAREN    // )
	RBRACK    // ]
	RBRACE    // }
	SEMICOLON // ;
	COLON     // :
	operatorEnd

	keywordBegin
	// Keywords
	BREAK
	CASE
	CHAN
	CONST
	CONTINUE

	DEFAULT
	DEFER
	ELSE
	FALLTHROUGH
	FOR

	FUNC
	GO
	GOTO
	IF
	IMPORT

	INTERFACE
	MAP
	PACKAGE
	RANGE
	RETURN

	SELECT
	STRUCT
	SWITCH
	TYPE
	VAR
	keywordEnd

	// Tokens added after Go 1 come last, so that the numbers of the
	// others stay what they were.
	additionalBegin
	TILDE // ~ (Go 1.18, for type constraints)
)

// spelling holds each token's String: the name of a special token or a
// literal class, the characters of an operator or a keyword.
var spelling = [...]string{
	ILLEGAL: "ILLEGAL",
	EOF:     "EOF",
	COMMENT: "COMMENT",

	IDENT:  "IDENT",
	INT:    "INT",
	FLOAT:  "FLOAT",
	IMAG:   "IMAG",
	CHAR:   "CHAR",
	STRING: "STRING",

	ADD: "+",
	SUB: "-",
	MUL: "*",
	QUO: "/",
	REM: "%",

	AND:     "&",
	OR:      "|",
	XOR:     "^",
	SHL:     "<<",
	SHR:     ">>",
	AND_NOT: "&^",

	ADD_ASSIGN: "+=",
	SUB_ASSIGN: "-=",
	MUL_ASSIGN: "*=",
	QUO_ASSIGN: "/=",
	REM_ASSIGN: "%=",

	AND_ASSIGN:     "&=",
	OR_ASSIGN:      "|=",
	XOR_ASSIGN:     "^=",
	SHL_ASSIGN:     "<<=",
	SHR_ASSIGN:     ">>=",
	AND_NOT_ASSIGN: "&^=",

	LAND:  "&&",
	LOR:   "||",
	ARROW: "<-",
	INC:   "++",
	DEC:   "--",

	EQL:    "==",
	LSS:    "<",
	GTR:    ">",
	ASSIGN: "=",
	NOT:    "!",

	NEQ:      "!=",
	LEQ:      "<=",
	GEQ:      ">=",
	DEFINE:   ":=",
	ELLIPSIS: "...",

	LPAREN: "(",
	LBRACK: "[",
	LBRACE: "{",
	COMMA:  ",",
	PERIOD: ".",

	RPAREN:    ")",
	RBRACK:    "]",
	RBRACE:    "}",
	SEMICOLON: ";",
	COLON:     ":",

	BREAK:    "break",
	CASE:     "case",
	CHAN:     "chan",
	CONST:    "const",
	CONTINUE: "continue",

	DEFAULT:     "default",
	DEFER:       "defer",
	ELSE:        "else",
	FALLTHROUGH: "fallthrough",
	FOR:         "for",

	FUNC:   "func",
	GO:     "go",
	GOTO:   "goto",
	IF:     "if",
	IMPORT: "import",

	INTERFACE: "interface",
	MAP:       "map",
	PACKAGE:   "package",
	RANGE:     "range",
	RETURN:    "return",

	SELECT: "select",
	STRUCT: "struct",
	SWITCH: "switch",
	TYPE:   "type",
	VAR:    "var",

	TILDE: "~",
}

// String returns the token's spelling: the characters of an operator,
// delimiter or keyword ("+" for ADD, "func" for FUNC), the constant's name
// for the other tokens ("IDENT"), and "token(N)" for a number that is no
// token.
func (tok Token) String() string {
	if 0 <= tok && int(tok) < len(spelling) && spelling[tok] != "" {
		return spelling[tok]
	}
	return "token(" + strconv.Itoa(int(tok)) + ")"
}

// Precedences for parsing expressions by precedence climbing: a token that
// is no binary operator has the lowest, the binary operators have 1 to 5,
// the unary ones bind tighter, and HighestPrec is above everything (for
// selectors, index expressions and the like).
const (
	LowestPrec  = 0 // any token that is no binary operator
	UnaryPrec   = 6
	HighestPrec = 7
)

// Precedence returns the precedence of op as a binary operator
// (from 1 for || to 5 for the multiplicative operators), and LowestPrec
// when op is no binary operator.
func (op Token) Precedence() int {
	switch op {
	case LOR:
		return 1
	case LAND:
		return 2
	case EQL, NEQ, LSS, LEQ, GTR, GEQ:
		return 3
	case ADD, SUB, OR, XOR:
		return 4
	case MUL, QUO, REM, SHL, SHR, AND, AND_NOT:
		return 5
	}
	return LowestPrec
}

// keywords maps each keyword's spelling to its token.
var keywords = keywordTable()

func keywordTable() map[string]Token {
	table := make(map[string]Token, keywordEnd-keywordBegin-1)
	for tok := keywordBegin + 1; tok < keywordEnd; tok++ {
		table[spelling[tok]] = tok
	}
	return table
}

// Lookup returns the keyword token spelled ident ("func" gives FUNC), or
// IDENT for any other identifier.
func Lookup(ident string) Token {
	if tok, isKeyword := keywords[ident]; isKeyword {
		return tok
	}
	return IDENT
}

// IsLiteral reports whether tok is an identifier or a basic literal.
func (tok Token) IsLiteral() bool { return literalBegin < tok && tok < literalEnd }

// IsOperator reports whether tok is an operator or a delimiter.
func (tok Token) IsOperator() bool {
	return operatorBegin < tok && tok < operatorEnd || tok == TILDE
}

// IsKeyword reports whether tok is a keyword.
func (tok Token) IsKeyword() bool { return keywordBegin < tok && tok < keywordEnd }

// IsExported reports whether name is exported: whether its first letter
// is upper case.
func IsExported(name string) bool {
	ch, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(ch)
}

// IsKeyword reports whether name is one of Go's 25 keywords ("func",
// "return"...).
func IsKeyword(name string) bool {
	_, ok := keywords[name]
	return ok
}

// IsIdentifier reports whether name is a valid Go name: a letter or
// underscore, then letters, digits and underscores, and no keyword.
func IsIdentifier(name string) bool {
	if name == "" || IsKeyword(name) {
		return false
	}
	for i, ch := range name {
		if !unicode.IsLetter(ch) && ch != '_' && (i == 0 || !unicode.IsDigit(ch)) {
			return false
		}
	}
	return true
}
