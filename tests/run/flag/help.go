// Tests -help on an ExitOnError flag set: the usage goes to the output and
// the program exits with status 0.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ExitOnError)
	fs.SetOutput(os.Stdout)
	fs.String("o", "a.out", "output `file`")
	fs.Bool("x", true, "print commands")
	fs.Parse([]string{"-help"})
	fmt.Println("not reached")
}
