// Tests os/exec: Run, Output, CombinedOutput with exit statuses and
// *ExitError, Stdin from a reader, StdinPipe/StdoutPipe, Dir, Env, LookPath
// errors, Start/Wait misuse, CommandContext's kill, and os.StartProcess;
// output and input larger than a pipe's buffer.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)

	cmd := exec.Command("sh", "-c", "echo to-out; echo to-err >&2; exit 3")
	out, err = cmd.Output()
	var ee *exec.ExitError
	fmt.Printf("%q %v %v\n", out, err, errors.As(err, &ee))
	fmt.Printf("%d %q %v %v\n", ee.ExitCode(), ee.Stderr, ee.Exited(), ee.Success())
	fmt.Println(cmd.ProcessState.ExitCode(), cmd.ProcessState)

	out, err = exec.Command("sh", "-c", "echo a; echo b >&2; echo c").CombinedOutput()
	fmt.Printf("%q %v\n", out, err)

	cmd = exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("shout this\n")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.String())

	// More than a pipe holds, both ways at once.
	cmd = exec.Command("cat")
	cmd.Stdin = strings.NewReader(strings.Repeat("0123456789", 30000))
	out, err = cmd.Output()
	fmt.Println(len(out), err)
	out, err = exec.Command("head", "-c", "1000000", "/dev/zero").Output()
	fmt.Println(len(out), err)

	cmd = exec.Command("pwd")
	cmd.Dir = "/"
	out, _ = cmd.Output()
	fmt.Printf("%q\n", out)

	cmd = exec.Command("sh", "-c", "echo $GREETING $OTHER")
	cmd.Env = []string{"GREETING=hi", "OTHER=one", "OTHER=two"}
	out, _ = cmd.Output()
	fmt.Printf("%q %q\n", out, cmd.Environ())

	cmd = exec.Command("cat")
	in, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	fmt.Println(cmd.Start())
	io.WriteString(in, "through cat\n")
	in.Close()
	got, _ := io.ReadAll(stdout)
	fmt.Printf("%q %v\n", got, cmd.Wait())
	fmt.Println(cmd.Wait())

	err = exec.Command("no-such-command-here").Run()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))
	_, err = exec.LookPath("/nonexistent/prog")
	fmt.Println(err)
	_, err = exec.LookPath("/etc/passwd")
	fmt.Println(err)
	p, err := exec.LookPath("sh")
	fmt.Println(strings.HasSuffix(p, "/sh"), err)
	fmt.Println(exec.Command("no-such-command-here", "arg").String())
	err = exec.Command("/etc/passwd").Run()
	fmt.Println(err)
	err = exec.Command("/nonexistent/x").Run()
	fmt.Println(err)
	cmd = exec.Command("true")
	cmd.Dir = "/nonexistent-dir"
	fmt.Println(cmd.Run())
	fmt.Println(exec.Command("true").Wait())
	fmt.Println((&exec.Cmd{}).Run())

	cmd = exec.Command("sh", "-c", "kill -9 $$")
	err = cmd.Run()
	fmt.Println(err, cmd.ProcessState.ExitCode(), cmd.ProcessState.Exited())

	cmd = exec.Command("echo", "x")
	cmd.Stdout = &buf
	_, err = cmd.Output()
	fmt.Println(err)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = exec.CommandContext(ctx, "sleep", "5").Run()
	fmt.Println(err, time.Since(start) < 3*time.Second)

	proc, err := os.StartProcess("/bin/sh", []string{"sh", "-c", "exit 7"}, &os.ProcAttr{})
	fmt.Println(err)
	st, err := proc.Wait()
	fmt.Println(st, err, st.ExitCode(), st.Success(), st.Pid() == proc.Pid)
	fmt.Println(proc.Signal(os.Kill))
}
