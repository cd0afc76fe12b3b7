// go/scanner: a small Go program tokenized, each token with its position
// and literal (the semicolons inserted at newlines and at the end of the
// file, keywords, operators, every literal kind), the same with comments
// returned as tokens, //line and /*line*/ directives moving positions, a
// raw string's carriage returns dropped, and malformed input: each
// error's position and message (numbers in Go 1.13 syntax, escapes,
// unterminated literals and comments, illegal characters) through an
// ErrorHandler, then an ErrorList sorted, with RemoveMultiples, printed by
// PrintError.
package main

import (
	"fmt"
	"go/scanner"
	"go/token"
	"os"
)

const program = `package main

import "fmt"

// Sum adds up its arguments.
func Sum(xs ...float64) (total float64) {
	for _, x := range xs { total += x }
	return
}

func main() {
	ch := make(chan int, 1)
	ch <- 0x_FF &^ 0b1010 << 2
	v := <-ch
	if v >= 0o17 && v != 1_000 || !true {
		v--
	}
	fmt.Println(Sum(1.5, .25e1, 0x1p-2), 3i, 'x', '\n', "a\tb", ` + "`raw`" + `, v) /* done */
}`

// tokenize prints every token of src, scanned in the given mode.
func tokenize(name, src string, mode scanner.Mode) {
	fmt.Printf("%s:\n", name)
	fset := token.NewFileSet()
	file := fset.AddFile(name, fset.Base(), len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), func(pos token.Position, msg string) {
		fmt.Printf("  error %s: %s\n", pos, msg)
	}, mode)
	for {
		pos, tok, lit := s.Scan()
		fmt.Printf("  %-12s %-8s %q\n", fset.Position(pos), tok, lit)
		if tok == token.EOF {
			break
		}
	}
	fmt.Printf("  %d errors, %d lines\n", s.ErrorCount, file.LineCount())
}

// collect scans src and returns its errors as an ErrorList, in the order
// they were found.
func collect(name, src string) scanner.ErrorList {
	var errs scanner.ErrorList
	fset := token.NewFileSet()
	var s scanner.Scanner
	s.Init(fset.AddFile(name, -1, len(src)), []byte(src), errs.Add, 0)
	for _, tok, _ := s.Scan(); tok != token.EOF; _, tok, _ = s.Scan() {
	}
	return errs
}

func main() {
	tokenize("prog.go", program, 0)
	tokenize("comments.go", "x := 1 // one\ny /* two\nlines */ z /* same line */\n/* alone */ return", scanner.ScanComments)
	tokenize("directives.go", "a\n//line gen.y:10\nb c\n//line :20:5\nd /*line other.y:7:3*/e\n//line dir/f.y:3\nf", 0)

	bad := "0x 0b102 0o8 1__2 0x1.8 0b1.0 08 09.5 1e+ 0x_ 0xp1 1p3\n" +
		"'ab' '' '\\q' '\\400' \"\\uD800\" \"open\n" +
		"@ # x\x00y \xff /* never closed"
	tokenize("bad.go", bad, 0)

	tokenize("raw.go", "`a\r\nb` + `never closed\r\n", 0)

	errs := collect("bad.go", bad)
	fmt.Println("errors found:", errs.Len())
	errs.Sort()
	fmt.Println("first after sorting:", errs[0])
	fmt.Println("as an error:", errs.Err())
	errs.RemoveMultiples()
	fmt.Println("one per line:")
	scanner.PrintError(os.Stdout, errs)
	errs.Reset()
	fmt.Println("after Reset:", errs.Err() == nil, errs.Error())

	e := scanner.Error{Msg: "no position"}
	fmt.Println(e.Error())
	scanner.PrintError(os.Stdout, fmt.Errorf("not a list"))
}
