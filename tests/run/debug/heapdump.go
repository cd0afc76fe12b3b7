// Tests debug.WriteHeapDump's framing: a Go heap dump opens with its
// header line and ends with the end-of-file record (tag 0).
package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime/debug"
)

func main() {
	f, err := os.CreateTemp("", "heapdump")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	debug.WriteHeapDump(f.Fd())
	f.Close()
	data, _ := os.ReadFile(f.Name())
	fmt.Println(bytes.HasPrefix(data, []byte("go1.7 heap dump\n")), data[len(data)-1] == 0)
}
