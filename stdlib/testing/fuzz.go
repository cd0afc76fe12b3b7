// This file implements fuzz tests as go test runs them without -fuzz:
// every seed input (f.Add, and the files of testdata/fuzz/FuzzXxx) is
// run as a subtest of the fuzz test, "FuzzXxx/seed#0", "FuzzXxx/<file>".
// gominic does not mutate inputs (-fuzz is not supported).
//
// Without reflect's Call, the fuzz function is called through a type
// switch on the signatures fuzz tests use most.

package testing

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// An InternalFuzzTarget is a fuzz test the generated test main hands to MainStart.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is a type passed to fuzz tests.
type F struct {
	common
	context  *testContext
	corpus   []corpusEntry
	fuzzDone bool
}

var _ TB = (*F)(nil)

// corpusEntry is one seed input: its name and its values.
type corpusEntry struct {
	name   string
	values []any
}

// Add will add the arguments to the seed corpus for the fuzz test.
func (f *F) Add(args ...any) {
	f.corpus = append(f.corpus, corpusEntry{name: fmt.Sprintf("seed#%d", len(f.corpus)), values: args})
}

// Fuzz runs the fuzz function, ff, with each seed input as a subtest.
func (f *F) Fuzz(ff any) {
	if f.fuzzDone {
		panic("testing: F.Fuzz called more than once")
	}
	f.fuzzDone = true
	f.Helper()
	entries := append(f.corpus, readCorpus(f, "testdata/fuzz/"+f.name)...)
	for _, e := range entries {
		e := e
		t := &T{
			common: common{
				barrier: make(chan bool),
				signal:  make(chan bool, 1),
				name:    f.name + "/" + e.name,
				parent:  &f.common,
				level:   f.level + 1,
				chatty:  f.chatty,
			},
			context: f.context,
		}
		t.w = indenter{&t.common}
		if t.chatty != nil {
			t.chatty.Updatef(t.name, "=== RUN   %s\n", t.name)
		}
		go tRunner(t, func(t *T) { callFuzzFunc(t, ff, e.values) })
		<-t.signal
		if t.Failed() {
			f.Fail()
		}
	}
}

// callFuzzFunc calls ff(t, values...).
func callFuzzFunc(t *T, ff any, v []any) {
	switch fn := ff.(type) {
	case func(*T, []byte):
		fn(t, v[0].([]byte))
	case func(*T, string):
		fn(t, v[0].(string))
	case func(*T, int):
		fn(t, v[0].(int))
	case func(*T, string, string):
		fn(t, v[0].(string), v[1].(string))
	case func(*T, []byte, []byte):
		fn(t, v[0].([]byte), v[1].([]byte))
	case func(*T, string, int):
		fn(t, v[0].(string), v[1].(int))
	case func(*T, int, int):
		fn(t, v[0].(int), v[1].(int))
	case func(*T, uint64):
		fn(t, v[0].(uint64))
	case func(*T, float64):
		fn(t, v[0].(float64))
	default:
		t.Fatalf("gominic: fuzz function of type %T is not supported yet", ff)
	}
}

// readCorpus reads the seed files of a fuzz test (testdata/fuzz/FuzzXxx/*),
// each in "go test fuzz v1" format: one Go literal a line, such as
// string("a") or int(3). A missing directory holds no seeds.
func readCorpus(f *F, dir string) []corpusEntry {
	files, err := os.ReadDir(dir)
	if err != nil && !os.IsNotExist(err) {
		f.Fatalf("reading seed corpus from testdata: %v", err)
	}
	var entries []corpusEntry
	for _, entry := range files {
		if entry.IsDir() {
			continue
		}
		file := dir + "/" + entry.Name()
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatalf("reading seed corpus from testdata: %v", err)
		}
		values, err := parseCorpusFile(string(data))
		if err != nil {
			f.Fatalf("failed to unmarshal %q: %v", file, err)
		}
		entries = append(entries, corpusEntry{name: entry.Name(), values: values})
	}
	return entries
}

// parseCorpusFile parses the values of one corpus file.
func parseCorpusFile(data string) ([]any, error) {
	lines := strings.Split(strings.TrimSpace(data), "\n")
	if len(lines) == 0 || lines[0] != "go test fuzz v1" {
		return nil, fmt.Errorf("must include version and at least one value")
	}
	var values []any
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		open := strings.IndexByte(line, '(')
		if open < 0 || !strings.HasSuffix(line, ")") {
			return nil, fmt.Errorf("malformed line %q", line)
		}
		typ, arg := line[:open], line[open+1:len(line)-1]
		v, err := parseCorpusValue(typ, arg)
		if err != nil {
			return nil, err
		}
		values = append(values, v)
	}
	return values, nil
}

func parseCorpusValue(typ, arg string) (any, error) {
	switch typ {
	case "string", "[]byte":
		s, err := strconv.Unquote(arg)
		if err != nil {
			return nil, err
		}
		if typ == "string" {
			return s, nil
		}
		return []byte(s), nil
	case "int":
		n, err := strconv.Atoi(arg)
		return n, err
	case "uint64":
		return strconv.ParseUint(arg, 0, 64)
	case "float64":
		return strconv.ParseFloat(arg, 64)
	case "bool":
		return strconv.ParseBool(arg)
	}
	return nil, fmt.Errorf("unsupported type %s", typ)
}

// runFuzzTests runs each fuzz test -test.run selects on its seed corpus.
func runFuzzTests(matchString func(pat, str string) (bool, error), fuzzTests []InternalFuzzTarget, deadline time.Time) (ran, ok bool) {
	ok = true
	if len(fuzzTests) == 0 {
		return false, true
	}
	for range cpuList {
		for i := 0; i < *count; i++ {
			ctx := newTestContext(*parallel, newMatcher(matchString, *match, "-test.run"))
			ctx.deadline = deadline
			root := common{w: os.Stdout}
			if *chatty {
				root.chatty = newChattyPrinter(root.w)
			}
			for _, ft := range fuzzTests {
				if shouldFailFast() {
					break
				}
				testName, matched, _ := ctx.match.fullName(nil, ft.Name)
				if !matched {
					continue
				}
				f := &F{
					common: common{
						signal:  make(chan bool, 1),
						barrier: make(chan bool),
						name:    testName,
						parent:  &root,
						level:   root.level + 1,
						chatty:  root.chatty,
					},
					context: ctx,
				}
				f.w = indenter{&f.common}
				if f.chatty != nil {
					f.chatty.Updatef(f.name, "=== RUN   %s\n", f.name)
				}
				go fRunner(f, ft.Fn)
				<-f.signal
				ran = true
				ok = ok && !f.Failed()
			}
		}
	}
	return ran, ok
}

// fRunner runs a fuzz test function and reports its outcome.
func fRunner(f *F, fn func(*F)) {
	defer func() {
		if f.Failed() {
			numFailed++
		}
		err := recover()
		if !f.finished && err == nil && !f.skipped && !f.failed {
			err = errNilPanicOrGoexit
		}
		if err != nil {
			f.Fail()
			f.flushToParent(f.name, "--- FAIL: %s (%s)\n", f.name, fmtDuration(time.Since(f.start)))
			panic(err)
		}
		f.duration += time.Since(f.start)
		f.runCleanup(false)
		f.report()
		f.done = true
		f.signal <- true
	}()
	f.start = time.Now()
	fn(f)
	f.finished = true
}

// report prints the fuzz test's result line, as T's report does.
func (f *F) report() {
	dstr := fmtDuration(f.duration)
	format := "--- %s: %s (%s)\n"
	if f.Failed() {
		f.flushToParent(f.name, format, "FAIL", f.name, dstr)
	} else if f.chatty != nil {
		if f.Skipped() {
			f.flushToParent(f.name, format, "SKIP", f.name, dstr)
		} else {
			f.flushToParent(f.name, format, "PASS", f.name, dstr)
		}
	}
}
