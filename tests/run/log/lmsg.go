// Tests log.Logger.Fatalln on a custom logger writing to stdout, and the
// date/time flags producing a header of the right shape (digits masked).
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func mask(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = 'N'
		}
	}
	return string(b)
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "P ", log.LstdFlags)
	l.Println("std")
	l.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	l.Println("micro")
	l.SetFlags(log.Ltime | log.Lmsgprefix)
	l.Println("time only")
	fmt.Print(mask(buf.String()))

	o := log.New(os.Stdout, "out: ", 0)
	o.Fatalln("fatal", "ln")
}
