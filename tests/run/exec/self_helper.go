// Tests what a program run again as its own helper sees (as Go's tests of
// os do): a write to a broken standard output kills it by SIGPIPE unless
// it took SIGPIPE with os/signal, and a read of a standard input it put in
// non-blocking mode fails with EAGAIN instead of waiting.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	switch os.Getenv("HELPER") {
	case "":
		parent()
	case "write":
		if os.Getenv("NOTIFY") != "" {
			signal.Notify(make(chan os.Signal, 1), syscall.SIGPIPE)
		}
		_, err := os.Stdout.Write([]byte("x"))
		fmt.Fprintln(os.Stderr, "write:", err)
		os.Exit(7)
	case "read":
		syscall.SetNonblock(0, true)
		_, err := os.Stdin.Read(make([]byte, 1))
		fmt.Println("read:", err, errors.Is(err, syscall.EAGAIN))
	}
}

// parent runs the helper on a broken pipe and on a silent one.
func parent() {
	for _, notify := range []string{"", "1"} {
		r, w, _ := os.Pipe()
		r.Close()
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "HELPER=write", "NOTIFY="+notify)
		cmd.Stdout = w
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		w.Close()
		ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
		fmt.Printf("notify=%q: %q %v signaled=%v %v\n", notify, stderr.String(), err, ws.Signaled(), ws.Signal())
	}

	r, w, _ := os.Pipe()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "HELPER=read")
	cmd.Stdin = r
	out, err := cmd.Output()
	w.Close()
	r.Close()
	fmt.Printf("%s%v\n", out, err)
}
