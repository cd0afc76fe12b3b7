// This file implements the stack traces a program prints of itself, in
// Go's file split (a trace names this file, as Go's names its stack.go).

package debug

import (
	"os"
	"runtime"
)

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns a formatted stack trace of the goroutine that calls it,
// as runtime.Stack formats it, in a buffer grown until the trace fits.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}
