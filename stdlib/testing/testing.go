// Package testing provides support for automated testing of Go packages.
// It is intended to be used in concert with the "gominic test" command,
// which automates execution of any function of the form
//
//	func TestXxx(*testing.T)
//
// (and BenchmarkXxx, FuzzXxx and ExampleXxx functions alike).
//
// gominic's testing follows Go 1.19's, whose output "go test" users read
// and tools parse (test2json): the same "=== RUN", "--- FAIL: name (0.00s)"
// lines, the same indentation of subtests and log lines. The files:
//
//	testing.go    common: the state T and B share, logging, failing, skipping
//	run.go        T: tRunner, Run, Parallel, the tests' context
//	main.go       M, MainStart and the -test.* flags of the test binary
//	match.go      the -run/-bench name filter (its regular expressions are
//	              matched by the test main's testdeps, with package regexp)
//	tempdir.go    TempDir
//	benchmark.go  B, the b.N protocol, BenchmarkResult
//	example.go    examples and their checked output
//	fuzz.go       F: the seed corpus run as ordinary tests, corpus files
//	fuzzing.go    -test.fuzz: mutating, minimizing, writing failing inputs
//	allocs.go     AllocsPerRun
//	compat.go     Main, RunTests and the other remains of older go commands
//
// Where Go's runs goroutines on many threads, gominic's runtime runs them on
// one, so parallel tests interleave only where they block.
package testing

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

// TB is the interface common to T, B, and F.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	private()
}

var (
	_ TB = (*T)(nil)
	_ TB = (*B)(nil)
)

// writer is where a test's report goes: standard output for a top-level
// test, its parent's buffer, indented, for a subtest.
type writer interface {
	Write(p []byte) (int, error)
}

// common holds the elements common between T and B and captures common
// methods such as Errorf.
type common struct {
	mu          sync.Mutex
	output      []byte // the log output of the test, not yet reported
	w           writer // where the report goes (see flushToParent)
	ran         bool   // the test or one of its subtests was run
	failed      bool
	skipped     bool
	done        bool // the test function and its subtests have finished
	finished    bool // the test function returned (not by FailNow or a panic)
	hasSub      bool // Run was called
	isParallel  bool
	helpers     map[string]bool // functions marked as helpers, by name
	cleanups    []func()
	cleanupName string // the cleanup function running now, if any
	tempDirMu   sync.Mutex
	tempDir     string // the parent of the test's temporary directories
	tempDirErr  error
	tempDirSeq  int
	chatty      *chattyPrinter
	bench       bool
	runner      string // the function that runs the test: testing.tRunner
	parent      *common
	level       int // nesting depth: 0 for the main test, 1 for TestXxx
	name        string
	start       time.Time
	duration    time.Duration
	barrier     chan bool // closed when the parallel subtests may run
	signal      chan bool // the test has finished
	sub         []*T      // parallel subtests, released at the barrier
}

func (c *common) private() {}

// Name returns the name of the running test or benchmark.
func (c *common) Name() string {
	return c.name
}

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.ran = true
}

// Fail marks the function as having failed but continues execution.
func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

// Failed reports whether the function has failed.
func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// FailNow marks the function as having failed and stops its execution by
// calling runtime.Goexit (which then runs all deferred calls in the
// current goroutine). Execution will continue at the next test or
// benchmark. FailNow must be called from the goroutine running the test.
func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// log adds s to the test's output, decorated with the caller's position.
func (c *common) log(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		// The test has finished: the line goes to the first parent still
		// running, or it is an error of the program.
		for parent := c.parent; parent != nil; parent = parent.parent {
			if !parent.done {
				parent.output = append(parent.output, parent.decorate(s)...)
				return
			}
		}
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if c.chatty != nil {
		if c.bench {
			// Benchmarks print no "=== CONT": straight to standard output.
			fmt.Print(c.decorate(s))
		} else {
			c.chatty.Printf(c.name, "%s", c.decorate(s))
		}
		return
	}
	c.output = append(c.output, c.decorate(s)...)
}

// decorate prefixes s with the caller's "file.go:LINE: " and indents it:
// four spaces for the first line, eight for the following ones.
func (c *common) decorate(s string) string {
	file, line := c.callerPosition()
	if i := strings.LastIndex(file, "/"); i >= 0 {
		file = file[i+1:]
	}
	if file == "" {
		file = "???"
	}
	if line == 0 {
		line = 1
	}
	var b strings.Builder
	b.WriteString("    ")
	fmt.Fprintf(&b, "%s:%d: ", file, line)
	lines := strings.Split(s, "\n")
	if n := len(lines); n > 1 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(l)
	}
	b.WriteByte('\n')
	return b.String()
}

// callerPosition finds the source position a log line names: the first
// caller outside package testing that is not a helper. Reaching the
// function that runs the test means the test function itself is a
// helper: the position is then the last frame seen, as Go reports it.
func (c *common) callerPosition() (file string, line int) {
	lastFile, lastLine := "", 0
	for skip := 1; ; skip++ {
		pc, file, line, ok := runtime.Caller(skip)
		if !ok {
			return lastFile, lastLine
		}
		name := runtime.FuncForPC(pc).Name()
		if name == c.runner && c.runner != "" {
			return lastFile, lastLine
		}
		if strings.HasPrefix(name, "testing.") || name == "runtime.gopanic" {
			continue
		}
		if !c.isHelper(name) {
			return file, line
		}
		lastFile, lastLine = file, line
	}
}

// isHelper reports whether a function was marked by Helper in this test
// or one of its parents (a helper's subtests inherit it).
func (c *common) isHelper(name string) bool {
	for t := c; t != nil; t = t.parent {
		if t.helpers[name] {
			return true
		}
	}
	return false
}

// Log formats its arguments using default formatting, analogous to
// Println, and records the text in the error log. For tests, the text
// will be printed only if the test fails or the -test.v flag is set.
func (c *common) Log(args ...any) { c.log(fmt.Sprintln(args...)) }

// Logf formats its arguments according to the format, analogous to Printf,
// and records the text in the error log.
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error is equivalent to Log followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// SkipNow marks the test as having been skipped and stops its execution
// by calling runtime.Goexit.
func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// Skipped reports whether the test was skipped.
func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Helper marks the calling function as a test helper function. When
// printing file and line information, that function will be skipped.
func (c *common) Helper() {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.helpers == nil {
		c.helpers = make(map[string]bool)
	}
	c.helpers[runtime.FuncForPC(pc).Name()] = true
}

// Cleanup registers a function to be called when the test (or subtest)
// and all its subtests complete. Cleanup functions will be called in last
// added, first called order.
func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

// runCleanup runs the cleanup functions, last first. A panic in one still
// lets the others run; with recoverPanic, the panic is returned instead of
// going on.
func (c *common) runCleanup(recoverPanic bool) (panicVal any) {
	if recoverPanic {
		defer func() {
			panicVal = recover()
		}()
	}
	defer func() {
		c.mu.Lock()
		more := len(c.cleanups) > 0
		c.mu.Unlock()
		if more {
			c.runCleanup(false)
		}
	}()
	for {
		var cleanup func()
		c.mu.Lock()
		if n := len(c.cleanups); n > 0 {
			cleanup = c.cleanups[n-1]
			c.cleanups = c.cleanups[:n-1]
		}
		c.mu.Unlock()
		if cleanup == nil {
			return nil
		}
		cleanup()
	}
}

// Setenv calls os.Setenv(key, value) and uses Cleanup to restore the
// environment variable to its original value after the test.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// flushToParent writes the test's report line, then its buffered output,
// to its parent: to the terminal through the chatty printer, or into the
// parent's buffer.
func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	p.mu.Lock()
	defer p.mu.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	text := fmt.Sprintf(format, args...) + string(c.output)
	c.output = c.output[:0]
	if c.chatty != nil && p.w == c.chatty.w {
		c.chatty.Updatef(testName, "%s", text)
	} else {
		fmt.Fprint(p.w, text)
	}
}

// indenter writes into a test's output buffer, indenting each line by
// four spaces: a subtest's report aligns under its parent's.
type indenter struct {
	c *common
}

func (w indenter) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		end := strings.IndexByte(string(b), '\n')
		if end == -1 {
			end = len(b)
		} else {
			end++
		}
		w.c.output = append(w.c.output, "    "...)
		w.c.output = append(w.c.output, b[:end]...)
		b = b[end:]
	}
	return n, nil
}

// fmtDuration returns a string representing d in the form "87.00s".
func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// chattyPrinter prints the -test.v progress lines, and "=== CONT" before
// a line of a test other than the one that printed last.
type chattyPrinter struct {
	w        writer
	lastName string
}

func newChattyPrinter(w writer) *chattyPrinter {
	return &chattyPrinter{w: w}
}

// Updatef prints a message about the status of the named test.
func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastName = testName
	fmt.Fprintf(p.w, format, args...)
}

// Printf prints a message from the named test, saying which test it is
// first if another test printed last.
func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Fprintf(p.w, "=== CONT  %s\n", testName)
		p.lastName = testName
	}
	fmt.Fprintf(p.w, format, args...)
}
