// Tests bufio.Scanner over os.Stdin (line by line, counting words per line)
// and writing the report through a bufio.Writer on os.Stdout that is
// flushed at the end.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	lines, words := 0, 0
	for in.Scan() {
		lines++
		f := strings.Fields(in.Text())
		words += len(f)
		fmt.Fprintf(out, "%3d %2d %s\n", lines, len(f), strings.ToUpper(in.Text()))
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(out, "error:", err)
	}
	fmt.Fprintf(out, "lines=%d words=%d\n", lines, words)
}
