package constraint

import (
	"unicode"
	"unicode/utf8"
)

// This file parses the expression of a //go:build line, by recursive
// descent over this grammar, where && binds more tightly than ||:
//
//	or   = and { "||" and }
//	and  = not { "&&" not }
//	not  = [ "!" ] atom        (one "!" at most: "!!x" is an error)
//	atom = tag | "(" or ")"
//	tag  = { letter | digit | "_" | "." }   (at least one)
//
// The binary operators group to the left: "a || b || c" is (a || b) || c.
// A syntax error is raised as a panic of *SyntaxError, which parseExpr
// turns back into an error, so that the grammar functions need not check
// for errors after every call.

// An exprParser holds the state of a parse: the input and the token just
// read, which lex replaces by the next one.
type exprParser struct {
	s     string // input string
	i     int    // offset in s of the next byte to read
	tok   string // token just read: a tag, "&&", "||", "!", "(", ")", or "" at the end
	isTag bool   // whether tok is a tag
	pos   int    // offset of tok in s
	depth int    // how many parentheses are open
}

// parseExpr parses the text after "//go:build".
func parseExpr(text string) (x Expr, err error) {
	defer func() {
		if e := recover(); e != nil {
			syntax, ok := e.(*SyntaxError)
			if !ok {
				panic(e) // not ours: a bug, which must not pass as a syntax error
			}
			err = syntax
		}
	}()
	p := &exprParser{s: text}
	x = p.or()
	if p.tok != "" {
		panic(syntaxError(p.pos, "unexpected token "+p.tok))
	}
	return x, nil
}

// syntaxError returns the error msg at offset, for the parser to panic with.
func syntaxError(offset int, msg string) *SyntaxError {
	return &SyntaxError{Offset: offset, Err: msg}
}

// or parses: or = and { "||" and }.
// Each grammar function reads its first token itself and returns with
// the token after the text it parsed in p.tok.
func (p *exprParser) or() Expr {
	x := p.and()
	for p.tok == "||" {
		x = or(x, p.and())
	}
	return x
}

// and parses: and = not { "&&" not }.
func (p *exprParser) and() Expr {
	x := p.not()
	for p.tok == "&&" {
		x = and(x, p.not())
	}
	return x
}

// not parses: not = [ "!" ] atom.
func (p *exprParser) not() Expr {
	p.lex()
	if p.tok != "!" {
		return p.atom()
	}
	p.lex()
	if p.tok == "!" {
		panic(syntaxError(p.pos, "double negation not allowed"))
	}
	return not(p.atom())
}

// atom parses: atom = tag | "(" or ")", its first token already in p.tok.
func (p *exprParser) atom() Expr {
	switch {
	case p.tok == "(":
		open := p.pos
		p.depth++
		x := p.or()
		if p.tok != ")" {
			panic(syntaxError(open, "missing close paren"))
		}
		p.depth--
		p.lex()
		return x
	case p.isTag:
		x := tag(p.tok)
		p.lex()
		return x
	case p.tok != "":
		panic(syntaxError(p.pos, "unexpected token "+p.tok))
	case p.depth > 0:
		// The input ended inside parentheses: say what is missing.
		panic(syntaxError(p.pos, "missing close paren"))
	}
	panic(syntaxError(p.pos, "unexpected end of expression"))
}

// lex reads the next token into p.tok, p.isTag and p.pos, skipping spaces
// and tabs; at the end of the input p.tok is "". A byte that starts no
// token, or a lone & or |, is a syntax error.
func (p *exprParser) lex() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
	p.pos, p.isTag = p.i, false
	n := 0 // length of the token
	switch {
	case p.i == len(p.s):
	case p.s[p.i] == '(' || p.s[p.i] == ')' || p.s[p.i] == '!':
		n = 1
	case p.s[p.i] == '&' || p.s[p.i] == '|':
		if p.i+1 == len(p.s) || p.s[p.i+1] != p.s[p.i] {
			panic(syntaxError(p.i, "invalid syntax at "+p.s[p.i:p.i+1]))
		}
		n = 2
	default:
		n = tagLength(p.s[p.i:])
		if n == 0 {
			c, _ := utf8.DecodeRuneInString(p.s[p.i:])
			panic(syntaxError(p.i, "invalid syntax at "+string(c)))
		}
		p.isTag = true
	}
	p.i += n
	p.tok = p.s[p.pos:p.i]
}

// tagLength returns the length of the tag at the start of s, 0 if none.
func tagLength(s string) int {
	for i, c := range s {
		if !isTagRune(c) {
			return i
		}
	}
	return len(s)
}

// isTagRune reports whether c may appear in a build tag: letters, digits
// (all of them: "386" is a tag), underscores and dots ("go1.18").
func isTagRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '_' || c == '.'
}
