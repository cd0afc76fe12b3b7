// Tests reading standard input with (*os.File).Read in small chunks until
// io.EOF, and io.ReadAll on what remains.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 7)
	n, err := os.Stdin.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("%d %v\n", len(rest), err)
	fmt.Print(string(rest))
	n, err = os.Stdin.Read(buf)
	fmt.Println(n, err)
}
