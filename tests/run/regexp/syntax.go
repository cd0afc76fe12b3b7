// Tests regexp/syntax: the parse tree printed by String, Simplify, the
// compiled program, and the exported helpers.
package main

import (
	"fmt"
	"regexp/syntax"
)

func main() {
	for _, s := range []string{
		`abc`, `a|b|c`, `abc|abd|aef|bcx|bcy`, `(?i)abc`, `[a-z]+?`, `a{2,5}`, `(a)(?P<n>b)`, `[^a]`, `.`,
		`(?s).`, `^$`, `(?m)^$`, `\A\z\b\B`, `x*y+z?`, `(?:ab)*`, `[[:digit:]\s]`, `\pN`, `(?i)[k]`,
		`a{0}`, `a{3,}`, `(?U)a*b+?`, `\x00\x{263a}`, `[\-\]]`, `()`, `(|a)`, `a||b`, `[ab]|c|[d-f]`,
		`\d\D\w\W\s\S`, `x(?:y|z)`, `(?i)\p{Lu}`, `[^\x00-\x{10FFFF}]`, `.|\n`,
	} {
		re, err := syntax.Parse(s, syntax.Perl)
		if err != nil {
			fmt.Println(s, err)
			continue
		}
		simple := re.Simplify()
		prog, _ := syntax.Compile(simple)
		prefix, complete := prog.Prefix()
		fmt.Printf("%-22s %-30s %-30s %v %q %q %v %v\n", s, re, simple, re.Op, re.CapNames(), prefix, complete, prog.StartCond())
		if len(prog.Inst) < 14 {
			fmt.Print(prog)
		}
	}
	posix, _ := syntax.Parse(`^a$|[^b]`, syntax.POSIX)
	fmt.Println(posix, posix.MaxCap())
	lit, _ := syntax.Parse(`a.b*`, syntax.Literal)
	fmt.Println(lit, lit.Op)
	a, _ := syntax.Parse(`a+b`, syntax.Perl)
	b, _ := syntax.Parse(`a+b`, syntax.Perl)
	c, _ := syntax.Parse(`a+?b`, syntax.Perl)
	fmt.Println(a.Equal(b), a.Equal(c))
	fmt.Println(syntax.EmptyOpContext(-1, 'a'), syntax.EmptyOpContext('a', ' '), syntax.EmptyOpContext('\n', -1))
	fmt.Println(syntax.IsWordChar('_'), syntax.IsWordChar('é'))
	fmt.Println(syntax.OpAlternate, syntax.Op(0), syntax.Op(99), syntax.InstRuneAnyNotNL, syntax.InstOp(42) == 42)
	fmt.Println(syntax.ErrMissingParen, syntax.Perl, syntax.MatchNL)
	i := syntax.Inst{Op: syntax.InstRune, Rune: []rune{'a', 'c', 'x', 'z'}}
	fmt.Println(i.MatchRune('b'), i.MatchRunePos('y'), i.MatchRunePos('d'), i.String())
	e := syntax.Inst{Op: syntax.InstEmptyWidth, Arg: uint32(syntax.EmptyWordBoundary)}
	fmt.Println(e.MatchEmptyWidth('a', ' '), e.MatchEmptyWidth('a', 'b'))
	_, err := syntax.Parse(`a**`, syntax.Perl)
	se := err.(*syntax.Error)
	fmt.Println(se.Code, se.Expr)
}
