// Tests runtime.Stack, runtime/debug.Stack and log's Lshortfile and Llongfile: the callers' files and lines.
package main

import (
	"fmt"
	"log"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

// frames keeps a trace's function lines and the program's own positions.
func frames(trace string) string {
	var out []string
	for _, line := range strings.Split(trace, "\n") {
		if strings.HasPrefix(line, "main.") || strings.HasPrefix(line, "runtime/debug.Stack") {
			out = append(out, line[:strings.LastIndex(line, "(")])
		} else if strings.HasPrefix(line, "\t") && strings.Contains(line, "stack_log.go") {
			line = line[strings.LastIndex(line, "/")+1:]
			out = append(out, line[:strings.Index(line, " ")])
		}
	}
	return strings.Join(out, " ")
}

//go:noinline
func inner() string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	return string(buf[:n])
}

func main() {
	s := inner()
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\n"), frames(s))
	fmt.Println(frames(string(debug.Stack())))
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("short")
	l := log.New(os.Stdout, "pre: ", log.Lshortfile|log.Lmsgprefix)
	l.Printf("x=%d", 3)
	var long strings.Builder
	log.SetOutput(&long)
	log.SetFlags(log.Llongfile)
	log.Print("long")
	out := long.String()
	fmt.Print(strings.HasPrefix(out, "/"), " ", out[strings.LastIndex(out, "/")+1:])
}
