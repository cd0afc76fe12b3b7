// Tests the command-line flag set: package-level definitions, Parse of
// os.Args (none given), and a bad flag through ExitOnError: usage on stderr
// and exit status 2.
package main

import (
	"flag"
	"fmt"
	"os"
)

var (
	count = flag.Int("count", 1, "how many")
	quiet = flag.Bool("q", false, "quiet")
)

func main() {
	var name string
	flag.StringVar(&name, "name", "x", "the name")
	flag.Parse()
	fmt.Println(*count, *quiet, name, flag.NArg(), flag.Args(), flag.Parsed(), flag.NFlag())
	flag.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })
	fmt.Println(flag.Lookup("q").Usage)
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	flag.Usage = func() { fmt.Println("custom usage") }
	fs := flag.NewFlagSet("sub", flag.ExitOnError)
	fs.SetOutput(os.Stdout)
	fs.Int("k", 0, "k")
	fs.Parse([]string{"-k", "1", "-zz"})
	fmt.Println("not reached")
}
