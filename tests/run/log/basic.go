// Tests package log: Logger output format, prefixes (Lmsgprefix too),
// flag and prefix accessors, one Write per message, io.Discard, the
// standard logger's functions, Output, and Panic/Panicf/Panicln recovered.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
)

// countingWriter records each Write call separately.
type countingWriter struct {
	writes []string
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

func main() {
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	fmt.Println(log.Flags(), log.Prefix() == "", log.Writer() == io.Writer(os.Stderr))

	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("hello", 42, "x", 1, 2)
	l.Printf("%d-%s", 7, "seven")
	l.Println("line", 3, true)
	l.Print("already newline\n")
	l.Print()
	fmt.Print(buf.String())

	buf.Reset()
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[p] ")
	fmt.Println(l.Flags(), l.Prefix(), l.Writer() == io.Writer(&buf))
	l.Println("with msgprefix")
	fmt.Print(buf.String())

	w := &countingWriter{}
	l.SetOutput(w)
	l.SetFlags(0)
	l.SetPrefix("")
	l.Println("a", "b")
	l.Printf("multi\nline")
	l.Output(1, "via Output")
	fmt.Printf("%d writes: %q\n", len(w.writes), w.writes)

	d := log.New(io.Discard, "", 0)
	d.Println("dropped")
	fmt.Println(d.Writer() == io.Discard)

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Print("print")
	log.Printf("printf %v", []int{1, 2})
	log.Println("println", nil)
	log.Output(1, "output")
	fmt.Println(log.Default().Prefix())

	for i, f := range []func(){
		func() { l.Panic("p", 1) },
		func() { l.Panicf("pf %d", 2) },
		func() { l.Panicln("pln", 3) },
		func() { log.Panic("std panic") },
	} {
		func() {
			defer func() {
				fmt.Printf("%d recovered %q\n", i, recover())
			}()
			f()
		}()
	}
	fmt.Printf("%q\n", w.writes[len(w.writes)-3:])
}
