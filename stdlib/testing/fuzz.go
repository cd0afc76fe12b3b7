// This file implements fuzz tests as go test runs them without -fuzz:
// every seed input (f.Add, and the files of testdata/fuzz/FuzzXxx) is
// run as a subtest of the fuzz test, "FuzzXxx/seed#0", "FuzzXxx/<file>".
// With -test.fuzz, the one fuzz test it matches is then fuzzed (fuzzing.go).
// Corpus files are in Go's "go test fuzz v1" format, read and written
// here: one Go literal a line, such as string("a") or int(3).

package testing

import (
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
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
	fuzzing  bool // -test.fuzz selected this fuzz test: Fuzz fuzzes
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

// Fuzz runs the fuzz function, ff, for fuzz testing: ff must be a
// function of a *T and then one or more arguments of the types fuzzing
// supports ([]byte, string, bool, the integer and float types). It runs
// ff with each seed input as a subtest; when -test.fuzz selects this fuzz
// test, it then fuzzes ff (see fuzzing.go).
func (f *F) Fuzz(ff any) {
	if f.fuzzDone {
		panic("testing: F.Fuzz called more than once")
	}
	f.fuzzDone = true
	f.Helper()
	fn := reflect.ValueOf(ff)
	types, err := fuzzArgTypes(fn)
	if err != nil {
		panic("testing: " + err.Error())
	}
	entries := append(f.corpus, readCorpus(f, "testdata/fuzz/"+f.name)...)
	for _, e := range entries {
		if err := checkCorpusTypes(e.values, types); err != nil {
			f.Fatalf("%v", err)
		}
	}
	if f.fuzzing {
		f.fuzz(fn, types, entries)
		return
	}
	for _, e := range entries {
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
		values := e.values
		go tRunner(t, func(t *T) { callFuzzFunc(t, fn, values) })
		<-t.signal
		if t.Failed() {
			f.Fail()
		}
	}
}

// fuzzArgTypes checks the signature of a fuzz function and returns the
// types of its fuzzed arguments (those after the *T).
func fuzzArgTypes(fn reflect.Value) ([]reflect.Type, error) {
	if fn.Kind() != reflect.Func {
		return nil, fmt.Errorf("F.Fuzz function must be a function, not %v", fn.Type())
	}
	ft := fn.Type()
	if ft.NumIn() < 2 || ft.In(0) != reflect.TypeOf((*T)(nil)) {
		return nil, fmt.Errorf("fuzz target must receive at least two arguments, where the first argument is a *T")
	}
	if ft.NumOut() != 0 {
		return nil, fmt.Errorf("fuzz target must not return a value")
	}
	var types []reflect.Type
	for i := 1; i < ft.NumIn(); i++ {
		t := ft.In(i)
		if !supportedFuzzType(t) {
			return nil, fmt.Errorf("fuzzing arguments can only have the following types:\n" +
				"\tstring, bool, float32, float64,\n" +
				"\tint, int8, int16, int32, int64,\n" +
				"\tuint, uint8, uint16, uint32, uint64,\n" +
				"\t[]byte")
		}
		types = append(types, t)
	}
	return types, nil
}

// supportedFuzzType reports whether values of t can be fuzzed: the
// predeclared types below, not types defined from them.
func supportedFuzzType(t reflect.Type) bool {
	if t == reflect.TypeOf([]byte(nil)) {
		return true
	}
	if t.PkgPath() != "" || t.Name() == "" {
		return false
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Float32, reflect.Float64,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	}
	return false
}

// checkCorpusTypes checks that a corpus entry's values fit the fuzz function.
func checkCorpusTypes(values []any, types []reflect.Type) error {
	ok := len(values) == len(types)
	for i := 0; ok && i < len(values); i++ {
		ok = reflect.TypeOf(values[i]) == types[i]
	}
	if ok {
		return nil
	}
	got := make([]reflect.Type, len(values))
	for i, v := range values {
		got[i] = reflect.TypeOf(v)
	}
	return fmt.Errorf("mismatched types in corpus entry: %v, want %v", got, types)
}

// callFuzzFunc calls fn(t, values...).
func callFuzzFunc(t *T, fn reflect.Value, values []any) {
	args := make([]reflect.Value, len(values)+1)
	args[0] = reflect.ValueOf(t)
	for i, v := range values {
		args[i+1] = reflect.ValueOf(v)
	}
	fn.Call(args)
}

// readCorpus reads the seed files of a fuzz test (testdata/fuzz/FuzzXxx/*).
// A missing directory holds no seeds.
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
		values, err := unmarshalCorpusFile(string(data))
		if err != nil {
			f.Fatalf("failed to unmarshal %q: %v", file, err)
		}
		entries = append(entries, corpusEntry{name: entry.Name(), values: values})
	}
	return entries
}

// corpusVersion is the first line of every corpus file.
const corpusVersion = "go test fuzz v1"

// marshalCorpusFile encodes values as a corpus file, as Go writes them.
func marshalCorpusFile(values []any) []byte {
	b := []byte(corpusVersion + "\n")
	for _, v := range values {
		var line string
		switch v := v.(type) {
		case string:
			line = fmt.Sprintf("string(%q)", v)
		case []byte:
			line = fmt.Sprintf("[]byte(%q)", v)
		case byte:
			line = fmt.Sprintf("byte(%q)", v)
		case rune:
			// Only valid runes have a quoted form.
			if utf8.ValidRune(v) {
				line = fmt.Sprintf("rune(%q)", v)
			} else {
				line = fmt.Sprintf("int32(%v)", v)
			}
		case float32:
			// A NaN other than math.NaN()'s keeps its bits.
			if v != v && math.Float32bits(v) != math.Float32bits(float32(math.NaN())) {
				line = fmt.Sprintf("math.Float32frombits(0x%x)", math.Float32bits(v))
			} else {
				line = fmt.Sprintf("%T(%v)", v, v)
			}
		case float64:
			if v != v && math.Float64bits(v) != math.Float64bits(math.NaN()) {
				line = fmt.Sprintf("math.Float64frombits(0x%x)", math.Float64bits(v))
			} else {
				line = fmt.Sprintf("%T(%v)", v, v)
			}
		default: // the other integer types, bool
			line = fmt.Sprintf("%T(%v)", v, v)
		}
		b = append(b, line+"\n"...)
	}
	return b
}

// unmarshalCorpusFile decodes the values of a corpus file.
func unmarshalCorpusFile(data string) ([]any, error) {
	lines := strings.Split(strings.TrimSpace(data), "\n")
	if len(lines) < 2 || strings.TrimSpace(lines[0]) != corpusVersion {
		return nil, fmt.Errorf("must include version and at least one value")
	}
	var values []any
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		open := strings.IndexByte(line, '(')
		if open < 0 || !strings.HasSuffix(line, ")") {
			return nil, fmt.Errorf("malformed line %q: expected call", line)
		}
		v, err := parseCorpusValue(line[:open], strings.TrimSpace(line[open+1:len(line)-1]))
		if err != nil {
			return nil, fmt.Errorf("malformed line %q: %v", line, err)
		}
		values = append(values, v)
	}
	return values, nil
}

// parseCorpusValue decodes one value: typ is the conversion's type (or
// math.FloatNNfrombits), arg its literal.
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
	case "bool":
		return strconv.ParseBool(arg)
	case "float32":
		f, err := strconv.ParseFloat(arg, 32)
		return float32(f), err
	case "float64":
		return strconv.ParseFloat(arg, 64)
	case "math.Float32frombits":
		n, err := strconv.ParseUint(arg, 0, 32)
		return math.Float32frombits(uint32(n)), err
	case "math.Float64frombits":
		n, err := strconv.ParseUint(arg, 0, 64)
		return math.Float64frombits(n), err
	case "byte", "rune":
		if strings.HasPrefix(arg, "'") {
			s, err := strconv.Unquote(arg)
			if err != nil {
				return nil, err
			}
			r, size := utf8.DecodeRuneInString(s)
			if size != len(s) || (typ == "byte" && r > 0xff) {
				return nil, fmt.Errorf("invalid %s literal %s", typ, arg)
			}
			if typ == "byte" {
				return byte(r), nil
			}
			return r, nil
		}
		if typ == "byte" {
			typ = "uint8"
		} else {
			typ = "int32"
		}
	}
	return parseCorpusInt(typ, arg)
}

// parseCorpusInt decodes a value of an integer type.
func parseCorpusInt(typ, arg string) (any, error) {
	var sizes = map[string]int{"int": 0, "int8": 8, "int16": 16, "int32": 32, "int64": 64,
		"uint": 0, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64}
	bits, ok := sizes[typ]
	if !ok {
		return nil, fmt.Errorf("unsupported type %s", typ)
	}
	if strings.HasPrefix(typ, "u") {
		n, err := strconv.ParseUint(arg, 0, bits)
		if err != nil {
			return nil, err
		}
		switch typ {
		case "uint":
			return uint(n), nil
		case "uint8":
			return uint8(n), nil
		case "uint16":
			return uint16(n), nil
		case "uint32":
			return uint32(n), nil
		}
		return n, nil
	}
	n, err := strconv.ParseInt(arg, 0, bits)
	if err != nil {
		return nil, err
	}
	switch typ {
	case "int":
		return int(n), nil
	case "int8":
		return int8(n), nil
	case "int16":
		return int16(n), nil
	case "int32":
		return int32(n), nil
	}
	return n, nil
}

// runFuzzTests runs each fuzz test -test.run selects on its seed corpus.
func runFuzzTests(matchString func(pat, str string) (bool, error), fuzzTests []InternalFuzzTarget, deadline time.Time) (ran, ok bool) {
	ok = true
	if len(fuzzTests) == 0 {
		return false, true
	}
	var fuzzMatch *matcher
	if *matchFuzz != "" {
		fuzzMatch = newMatcher(matchString, *matchFuzz, "-test.fuzz")
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
				if fuzzMatch != nil {
					if _, fuzzed, _ := fuzzMatch.fullName(nil, ft.Name); fuzzed {
						continue // its seeds run when fuzzing starts
					}
				}
				f := newF(testName, &root, ctx)
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

// newF makes the F of a fuzz test named name, a child of root.
func newF(name string, root *common, ctx *testContext) *F {
	f := &F{
		common: common{
			signal:  make(chan bool, 1),
			barrier: make(chan bool),
			name:    name,
			parent:  root,
			level:   root.level + 1,
			chatty:  root.chatty,
		},
		context: ctx,
	}
	f.w = indenter{&f.common}
	return f
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
