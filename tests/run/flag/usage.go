// Tests the command line as a user meets it: the program runs itself
// (os/exec) with good and bad arguments, and prints what flag.Parse did:
// the default usage naming os.Args[0] on stderr, exit status 2 for a bad
// flag, 0 for -h and -help.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

func child() {
	n := flag.Int("n", 1, "number of `times`")
	v := flag.Bool("v", false, "verbose")
	d := flag.Duration("d", time.Second, "delay")
	name := flag.String("name", "", "who to greet")
	flag.Parse()
	fmt.Println(*n, *v, *d, *name, flag.Args(), flag.NFlag())
}

func main() {
	if os.Getenv("FLAG_TEST_CHILD") != "" {
		child()
		return
	}
	exe, _ := os.Executable()
	for _, args := range [][]string{
		{"-n", "3", "-v", "-d=1m30s", "-name", "gopher", "a", "b"},
		{"--n=4", "--", "-v"},
		{"-bad"},
		{"-n=x"},
		{"-d", "soon"},
		{"-h"},
		{"-help"},
		{"-name"},
	} {
		cmd := exec.Command(exe, args...)
		cmd.Env = append(os.Environ(), "FLAG_TEST_CHILD=1")
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		}
		fmt.Printf("%q exit %d\n%s", args, code, stdout.String())
		fmt.Print(strings.ReplaceAll(stderr.String(), exe, "PROG"))
	}
}
