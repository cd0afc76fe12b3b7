// text/scanner: a calculator's lexer (tokens, texts and positions over
// lines, a BOM, Go's literals of every kind), the modes (idents only,
// comments as tokens, custom white space and identifier runes), Next and
// Peek, and the errors Go's scanner reports, with their positions, through
// Error and on stderr.
package main

import (
	"fmt"
	"strings"
	"text/scanner"
	"unicode"
)

func dump(s *scanner.Scanner) {
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("  %s %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	fmt.Printf("  end at %s, %d errors\n", s.Pos(), s.ErrorCount)
}

func scan(name, src string, setup func(*scanner.Scanner)) {
	fmt.Println(name + ":")
	var s scanner.Scanner
	s.Init(strings.NewReader(src))
	s.Filename = name
	s.Error = func(s *scanner.Scanner, msg string) {
		fmt.Printf("  error at %s (pos %s, text %q): %s\n", s.Position, s.Pos(), s.TokenText(), msg)
	}
	if setup != nil {
		setup(&s)
	}
	dump(&s)
}

func main() {
	scan("calc", "\uFEFFlet x = 3.5e2 * (y_1 - 0x1F) // note\n\tprint x / .5\n", nil)
	scan("literals", "0b1010 0o17 017 1_000 0x1p-2 'a' '\\n' \"s\\t\\u00e9\" `raw\nline` é漢字 ½", nil)
	scan("comments", "a /* block\n comment */ b // line\nc", func(s *scanner.Scanner) {
		s.Mode ^= scanner.SkipComments
	})
	scan("identsonly", "foo 12 \"str\" bar", func(s *scanner.Scanner) { s.Mode = scanner.ScanIdents })
	scan("custom", "$var-name@x  a.b", func(s *scanner.Scanner) {
		s.Whitespace = 1<<' ' | 1<<'\t'
		s.IsIdentRune = func(ch rune, i int) bool {
			return ch == '$' && i == 0 || unicode.IsLetter(ch) || ch == '-' && i > 0
		}
	})
	scan("errors", "0x 08 1__2 0b102 0x1.5 1e+ 'ab' '\\q' \"open\n/* never closed", nil)

	fmt.Println("next and peek:")
	var s scanner.Scanner
	s.Init(strings.NewReader("ab\ncd"))
	for ch := s.Peek(); ch != scanner.EOF; ch = s.Peek() {
		fmt.Printf("  %q at %s\n", s.Next(), s.Pos())
	}
	fmt.Println(" ", scanner.TokenString(s.Next()), s.Pos())

	fmt.Println("to stderr:")
	s.Init(strings.NewReader("x := \"unterminated"))
	for s.Scan() != scanner.EOF {
	}
	fmt.Println(" ", s.ErrorCount, "error")
}
