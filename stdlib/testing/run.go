// This file implements T and the running of tests: each test runs in a
// goroutine of its own (tRunner), so that FailNow can end it with
// runtime.Goexit and a panic can be reported under its name. A subtest
// (Run) runs while its parent waits; a parallel one (Parallel) pauses
// until its parent's function has returned, then runs beside its parallel
// siblings, at most -test.parallel at once.

package testing

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"
)

// T is a type passed to Test functions to manage test state and support
// formatted test logs.
type T struct {
	common
	context *testContext
}

// An InternalTest is a test the generated test main hands to MainStart.
type InternalTest struct {
	Name string
	F    func(*T)
}

var errNilPanicOrGoexit = errors.New("test executed panic(nil) or runtime.Goexit")

// testContext holds what all the tests of one run share: the name filter,
// the deadline, and the count of tests running in parallel.
type testContext struct {
	match     *matcher
	deadline  time.Time
	isFuzzing bool // a panic fails the test instead of ending the program
	// The file name of a failing input in the seed corpus (fuzzing only).
	corpusEntryName func(data []byte) string

	running       int       // tests running now
	numWaiting    int       // parallel tests waiting for a slot
	maxParallel   int       // -test.parallel
	startParallel chan bool // hands a free slot to a waiting test
}

func newTestContext(maxParallel int, m *matcher) *testContext {
	return &testContext{
		match:         m,
		startParallel: make(chan bool),
		maxParallel:   maxParallel,
		running:       1, // the main test
	}
}

// waitParallel takes a slot to run in, waiting for one if all are taken.
func (c *testContext) waitParallel() {
	if c.running < c.maxParallel {
		c.running++
		return
	}
	c.numWaiting++
	<-c.startParallel
}

// release gives up a slot, to a waiting test if there is one.
func (c *testContext) release() {
	if c.numWaiting == 0 {
		c.running--
		return
	}
	c.numWaiting--
	c.startParallel <- true
}

// Deadline reports the time at which the test binary will have exceeded
// the timeout specified by the -timeout flag. The ok result is false if
// the -timeout flag indicates "no timeout" (0).
func (t *T) Deadline() (deadline time.Time, ok bool) {
	deadline = t.context.deadline
	return deadline, !deadline.IsZero()
}

// Parallel signals that this test is to be run in parallel with (and only
// with) other parallel tests.
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	t.isParallel = true
	if t.parent.barrier == nil {
		return // fuzzing: Parallel has no effect
	}
	// The time spent waiting for the sequential tests is not the test's.
	t.duration += time.Since(t.start)
	t.parent.sub = append(t.parent.sub, t)
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	t.signal <- true   // let the parent go on
	<-t.parent.barrier // wait for the parent's function to return
	t.context.waitParallel()
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	t.start = time.Now()
}

// tRunner runs one test function and reports its outcome: its parallel
// subtests first, then its own "--- PASS/FAIL" line; a panic is reported
// as the test's failure and then goes on, ending the program.
func tRunner(t *T, fn func(t *T)) {
	t.runner = "testing.tRunner"
	defer func() {
		if t.Failed() {
			numFailed++
		}
		err := recover()
		signal := true
		if !t.finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				if p.finished {
					t.Errorf("%v: subtest may have called FailNow on a parent test", err)
					err = nil
					signal = false
					break
				}
			}
		}
		if err != nil && t.context.isFuzzing {
			// The failing input is to be reported, then fuzzing stops.
			prefix := "panic: "
			if err == errNilPanicOrGoexit {
				prefix = ""
			}
			t.Errorf("%s%s\n%s\n", prefix, err, debug.Stack())
			t.finished = true
			err = nil
		}
		if err != nil {
			t.reportPanic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			t.runParallelSubtests()
		} else if t.isParallel {
			t.context.release()
		}
		t.report()
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
		t.signal <- signal
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup(false)
		}
	}()
	t.start = time.Now()
	fn(t)
	t.finished = true
}

// runParallelSubtests releases the paused parallel subtests, waits for
// them, then runs the test's cleanups.
func (t *T) runParallelSubtests() {
	t.context.release()
	close(t.barrier)
	for _, sub := range t.sub {
		<-sub.signal
	}
	cleanupStart := time.Now()
	err := t.runCleanup(true)
	t.duration += time.Since(cleanupStart)
	if err != nil {
		t.reportPanic(err)
	}
	if !t.isParallel {
		t.context.waitParallel()
	}
}

// reportPanic fails the test and every test above it, prints their
// "--- FAIL" lines with what they logged, and panics again with err: the
// program ends with Go's "panic: ... [recovered]" report.
func (t *T) reportPanic(err any) {
	t.Fail()
	if r := t.runCleanup(true); r != nil {
		t.Logf("cleanup panicked with %v", r)
	}
	for root := &t.common; root.parent != nil; root = root.parent {
		root.duration += time.Since(root.start)
		root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration))
		if r := root.parent.runCleanup(true); r != nil {
			fmt.Fprintf(root.parent.w, "cleanup panicked with %v", r)
		}
	}
	panic(err)
}

// report prints the test's "--- FAIL" line, or with -test.v its "--- PASS"
// or "--- SKIP" line, followed by its log.
func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

// Run runs f as a subtest of t called name. It runs f in a separate
// goroutine and blocks until f returns or calls t.Parallel to become a
// parallel test. Run reports whether f succeeded (or at least did not
// fail before calling t.Parallel).
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	testName, ok, _ := t.context.match.fullName(&t.common, name)
	if !ok || shouldFailFast() {
		return true
	}
	t = &T{
		common: common{
			barrier: make(chan bool),
			signal:  make(chan bool, 1),
			name:    testName,
			parent:  &t.common,
			level:   t.level + 1,
			chatty:  t.chatty,
		},
		context: t.context,
	}
	t.w = indenter{&t.common}
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== RUN   %s\n", t.name)
	}
	go tRunner(t, f)
	if !<-t.signal {
		// A subtest called FailNow on a parent: go on ending the chain.
		runtime.Goexit()
	}
	return !t.failed
}

// numFailed counts the failed tests, for -test.failfast.
var numFailed int

func shouldFailFast() bool {
	return *failFast && numFailed > 0
}

// runTests runs the tests matching -test.run, -test.count times for each
// -test.cpu setting. It reports whether any test ran and whether all
// passed.
func runTests(matchString func(pat, str string) (bool, error), tests []InternalTest, deadline time.Time) (ran, ok bool) {
	ok = true
	for _, procs := range cpuList {
		runtime.GOMAXPROCS(procs)
		for i := 0; i < *count; i++ {
			if shouldFailFast() {
				break
			}
			if i > 0 && !ran {
				break // nothing matched: it would not on the next round either
			}
			ctx := newTestContext(*parallel, newMatcher(matchString, *match, "-test.run"))
			ctx.deadline = deadline
			t := &T{
				common: common{
					signal:  make(chan bool, 1),
					barrier: make(chan bool),
					w:       os.Stdout,
				},
				context: ctx,
			}
			if *chatty {
				t.chatty = newChattyPrinter(t.w)
			}
			tRunner(t, func(t *T) {
				for _, test := range tests {
					t.Run(test.Name, test.F)
				}
			})
			<-t.signal
			ok = ok && !t.Failed()
			ran = ran || t.ran
		}
	}
	return ran, ok
}
