// Tests package flag's FlagSet: every flag type, Var/Func/TextVar, parsing
// forms, Args/NArg/NFlag, Visit/VisitAll, PrintDefaults' exact text, and the
// errors of ContinueOnError with their usage output.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type level int

func (l level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l *level) UnmarshalText(b []byte) error {
	if len(b) < 2 || b[0] != 'L' {
		return errors.New("bad level")
	}
	*l = level(b[1] - '0')
	return nil
}

func newSet() (*flag.FlagSet, *strings.Builder) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	return fs, &out
}

func main() {
	fs, out := newSet()
	b := fs.Bool("v", false, "verbose output")
	i := fs.Int("n", 3, "number of `items` to take")
	i64 := fs.Int64("big", 0, "a big number")
	u := fs.Uint("u", 7, "unsigned")
	u64 := fs.Uint64("u64", 0, "unsigned 64")
	s := fs.String("name", "gopher", "your name")
	e := fs.String("empty", "", "empty default")
	f := fs.Float64("ratio", 1.5, "a ratio\nover two lines")
	d := fs.Duration("wait", 2*time.Second, "how long")
	var list listValue
	fs.Var(&list, "add", "add an item (repeatable)")
	var lv level
	fs.TextVar(&lv, "level", level(2), "log level")
	var seen []string
	fs.Func("f", "call a func", func(v string) error {
		if v == "bad" {
			return errors.New("func said no")
		}
		seen = append(seen, v)
		return nil
	})
	fs.PrintDefaults()
	fmt.Print(out.String())
	out.Reset()

	err := fs.Parse([]string{"-v", "-n=10", "--big", "-12", "-u", "0x10", "-u64=077",
		"-name", "ann", "-ratio=2.25", "-wait", "1m30s", "-add", "a", "-add=b",
		"-level", "L5", "-f", "x", "-f=y", "rest", "-notaflag"})
	fmt.Println("err:", err)
	fmt.Println(*b, *i, *i64, *u, *u64, *s, *e, *f, *d, list, int(lv), seen)
	fmt.Println("args:", fs.Args(), fs.NArg(), fs.Arg(0), fs.Arg(1), fs.Arg(5) == "")
	fmt.Println("nflag:", fs.NFlag(), "parsed:", fs.Parsed(), "name:", fs.Name())
	fs.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value, " ") })
	fmt.Println()
	fs.VisitAll(func(fl *flag.Flag) { fmt.Print(fl.Name, ":", fl.DefValue, " ") })
	fmt.Println()
	fmt.Println(fs.Lookup("n").Usage, fs.Lookup("nope") == nil)
	name, usage := flag.UnquoteUsage(fs.Lookup("n"))
	fmt.Printf("%q %q\n", name, usage)
	err = fs.Set("n", "42")
	fmt.Println(err, *i)
	fmt.Println(fs.Set("zz", "1"), fs.Set("n", "x"))
	if g, ok := fs.Lookup("ratio").Value.(flag.Getter); ok {
		fmt.Println("get:", g.Get())
	}

	for _, args := range [][]string{
		{"-x"}, {"-n"}, {"-n", "abc"}, {"-n", "99999999999999999999"}, {"-v=maybe"},
		{"---v"}, {"-=x"}, {"-f", "bad"}, {"-h"}, {"-help"}, {"--", "-v"}, {"-", "x"},
		{"-wait", "3"},
	} {
		fs, out := newSet()
		fs.Bool("v", false, "verbose")
		fs.Int("n", 0, "count")
		fs.Duration("wait", 0, "")
		fs.Func("f", "func", func(v string) error { return errors.New("func said no") })
		err := fs.Parse(args)
		fmt.Printf("%q -> %v (help: %v) args=%q\n", args, err, err == flag.ErrHelp, fs.Args())
		fmt.Print(out.String())
	}

	var noname flag.FlagSet
	var o strings.Builder
	noname.SetOutput(&o)
	noname.Int("k", 0, "")
	fmt.Println(noname.Parse([]string{"-q"}), noname.ErrorHandling() == flag.ContinueOnError)
	fmt.Print(o.String())
	noname.Init("again", flag.PanicOnError)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		noname.Parse([]string{"-q"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		noname.Int("k", 1, "")
	}()
	fmt.Print(o.String())
	fs2 := flag.NewFlagSet("", flag.ContinueOnError)
	fmt.Println(fs2.Output() == os.Stderr)
}
