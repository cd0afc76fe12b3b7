// This file implements examples: functions whose standard output is
// compared with their "// Output:" comment (or, for "// Unordered
// output:", compared as a set of lines). Standard output goes to a
// temporary file while the example runs.

package testing

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

// An InternalExample is an example the generated test main hands to MainStart.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

// runExamples runs the examples -test.run selects.
func runExamples(matchString func(pat, str string) (bool, error), examples []InternalExample) (ran, ok bool) {
	ok = true
	for _, eg := range examples {
		matched, err := matchString(*match, eg.Name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for -test.run: %s\n", err)
			os.Exit(1)
		}
		if !matched {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

// captureFile makes the temporary file an example's output goes to.
func captureFile() *os.File {
	dir := os.Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	name := fmt.Sprintf("%s/gominic-example-%d", dir, time.Now().UnixNano())
	f, err := os.Create(name)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return f
}

// runExample runs one example and checks its output.
func runExample(eg InternalExample) (ok bool) {
	if *chatty {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	stdout := os.Stdout
	capture := captureFile()
	os.Stdout = capture
	finished := false
	start := time.Now()
	defer func() {
		timeSpent := time.Since(start)
		os.Stdout = stdout
		capture.Close()
		out, _ := os.ReadFile(capture.Name())
		os.Remove(capture.Name())
		err := recover()
		ok = eg.processRunResult(string(out), timeSpent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

// processRunResult reports the outcome of an example, and panics again
// if it panicked.
func (eg *InternalExample) processRunResult(stdout string, timeSpent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if *chatty {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	}
	if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
