// This file implements M, the entry point the generated test main calls,
// and the test binary's -test.* flags. gominic has no flag package in the
// standard library the tests see, so the flags are read here from
// os.Args; as in Go, "-test.v", "--test.v=true" and "-test.run X" all work,
// and arguments that are not -test.* flags are left to the tests.

package testing

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"
)

// The test binary's flags, as go test passes them (-test.v, ...).
var (
	short        = new(bool)
	failFast     = new(bool)
	chatty       = new(bool)
	match        = new(string)
	matchBench   = new(string)
	matchList    = new(string)
	coverProfile = new(string)
	benchMemory  = new(bool)
	count        = new(int)
	cpuListStr   = new(string)
	parallel     = new(int)
	timeout      = new(time.Duration)
	benchTime    = durationOrCountFlag{d: time.Second}
	cpuList      []int
	flagsParsed  bool
	initRan      bool
)

// Init registers testing flags. It is called by the generated main before
// the tests run; calling it again has no effect.
func Init() {
	if initRan {
		return
	}
	initRan = true
	*count = 1
	*parallel = runtime.GOMAXPROCS(0)
}

// Short reports whether the -test.short flag is set.
func Short() bool {
	return *short
}

// Verbose reports whether the -test.v flag is set.
func Verbose() bool {
	return *chatty
}

// durationOrCountFlag is -test.benchtime, -test.fuzztime or
// -test.fuzzminimizetime: a duration ("1s") or a count of iterations
// ("100x"). Only the fuzzing flags allow zero ("0x": no minimizing).
type durationOrCountFlag struct {
	d         time.Duration
	n         int
	isCount   bool
	allowZero bool
}

func (f *durationOrCountFlag) set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n < 0 || n == 0 && !f.allowZero {
			return fmt.Errorf("invalid count")
		}
		*f = durationOrCountFlag{n: int(n), isCount: true, allowZero: f.allowZero}
		return nil
	}
	d, err := parseDuration(s)
	if err != nil || d < 0 || d == 0 && !f.allowZero {
		return fmt.Errorf("invalid duration")
	}
	*f = durationOrCountFlag{d: d, allowZero: f.allowZero}
	return nil
}

// parseFlags reads the -test.* flags from os.Args; a bad one ends the
// program as Go's flag package would, with status 2.
func parseFlags() {
	if flagsParsed {
		return
	}
	flagsParsed = true
	Init()
	args := os.Args[1:]
	for i := 0; i < len(args); i++ {
		arg := args[i]
		name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
		if name == arg || !strings.HasPrefix(name, "test.") {
			continue // the tests' own argument
		}
		name, value, hasValue := strings.Cut(name, "=")
		if !hasValue && !isBoolFlag(name) && i+1 < len(args) {
			i++
			value, hasValue = args[i], true
		}
		if err := setFlag(name, value, hasValue); err != nil {
			fmt.Fprintf(os.Stderr, "%v\n", err)
			os.Exit(2)
		}
	}
	parseCPUList()
}

func isBoolFlag(name string) bool {
	switch name {
	case "test.v", "test.short", "test.failfast", "test.benchmem", "test.paniconexit0":
		return true
	}
	return false
}

// setFlag sets one -test.* flag.
func setFlag(name, value string, hasValue bool) error {
	if isBoolFlag(name) {
		b := true
		if hasValue {
			v, err := strconv.ParseBool(value)
			if err != nil {
				return fmt.Errorf("invalid boolean value %q for -%s: parse error", value, name)
			}
			b = v
		}
		switch name {
		case "test.v":
			*chatty = b
		case "test.short":
			*short = b
		case "test.failfast":
			*failFast = b
		case "test.benchmem":
			*benchMemory = b
		}
		return nil
	}
	if !hasValue {
		return fmt.Errorf("flag needs an argument: -%s", name)
	}
	switch name {
	case "test.run":
		*match = value
	case "test.bench":
		*matchBench = value
	case "test.list":
		*matchList = value
	case "test.cpu":
		*cpuListStr = value
	case "test.count", "test.parallel":
		n, err := strconv.Atoi(value)
		if err != nil {
			return fmt.Errorf("invalid value %q for flag -%s: parse error", value, name)
		}
		if name == "test.count" {
			*count = n
		} else {
			*parallel = n
		}
	case "test.timeout":
		d, err := parseDuration(value)
		if err != nil {
			return fmt.Errorf("invalid value %q for flag -%s: parse error", value, name)
		}
		*timeout = d
	case "test.benchtime":
		if err := benchTime.set(value); err != nil {
			return fmt.Errorf("invalid value %q for flag -%s: %v", value, name, err)
		}
	case "test.fuzz":
		*matchFuzz = value
	case "test.fuzztime", "test.fuzzminimizetime":
		d := &fuzzDuration
		if name == "test.fuzzminimizetime" {
			d = &minimizeDuration
		}
		if err := d.set(value); err != nil {
			return fmt.Errorf("invalid value %q for flag -%s: %v", value, name, err)
		}
	case "test.coverprofile":
		*coverProfile = value
	case "test.testlogfile", "test.outputdir", "test.shuffle", "test.fuzzcachedir", "test.gocoverdir":
		// Accepted for go test's sake; gominic does nothing with them
		// (fuzzing keeps no cache: without coverage no input is "interesting").
	default:
		return fmt.Errorf("flag provided but not defined: -%s", name)
	}
	return nil
}

// parseCPUList reads -test.cpu ("1,2,4"); by default the tests run once,
// with GOMAXPROCS as it is.
func parseCPUList() {
	cpuList = nil
	for _, val := range strings.Split(*cpuListStr, ",") {
		val = strings.TrimSpace(val)
		if val == "" {
			continue
		}
		cpu, err := strconv.Atoi(val)
		if err != nil || cpu <= 0 {
			fmt.Fprintf(os.Stderr, "testing: invalid value %q for -test.cpu\n", val)
			os.Exit(1)
		}
		cpuList = append(cpuList, cpu)
	}
	if cpuList == nil {
		cpuList = append(cpuList, runtime.GOMAXPROCS(-1))
	}
}

// testDeps is what the generated test main provides (see package
// testing/internal/testdeps).
type testDeps interface {
	ImportPath() string
	MatchString(pat, str string) (bool, error)
	SetExitCode(code int)
	CorpusEntryName(data []byte) string
}

// M is a type passed to a TestMain function to run the actual tests.
type M struct {
	deps        testDeps
	tests       []InternalTest
	benchmarks  []InternalBenchmark
	fuzzTargets []InternalFuzzTarget
	examples    []InternalExample
	timer       *time.Timer
	numRun      int
	exitCode    int
}

// MainStart is meant for use by tests generated by 'gominic test'. It is
// not meant to be called directly and is not subject to the Go 1
// compatibility document. It may change signature from release to release.
func MainStart(deps testDeps, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	Init()
	return &M{
		deps:        deps,
		tests:       tests,
		benchmarks:  benchmarks,
		fuzzTargets: fuzzTargets,
		examples:    examples,
	}
}

// Run runs the tests. It returns an exit code to pass to os.Exit.
func (m *M) Run() (code int) {
	defer func() {
		code = m.exitCode
		m.deps.SetExitCode(code)
	}()
	m.numRun++
	parseFlags()
	if *parallel < 1 {
		fmt.Fprintln(os.Stderr, "testing: -parallel can only be given a positive integer")
		m.exitCode = 2
		return
	}
	if *matchList != "" {
		listTests(m.deps.MatchString, m.tests, m.benchmarks, m.fuzzTargets, m.examples)
		m.exitCode = 0
		return
	}
	if cover.Mode != "" {
		defer coverReport() // after PASS or FAIL, as Go's M.after
	}
	deadline := m.startAlarm()
	testRan, testOk := runTests(m.deps.MatchString, m.tests, deadline)
	fuzzRan, fuzzOk := runFuzzTests(m.deps.MatchString, m.fuzzTargets, deadline)
	exampleRan, exampleOk := runExamples(m.deps.MatchString, m.examples)
	m.stopAlarm()
	if !testRan && !exampleRan && !fuzzRan && *matchBench == "" && *matchFuzz == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !testOk || !exampleOk || !fuzzOk || !runBenchmarks(m.deps.ImportPath(), m.deps.MatchString, m.benchmarks) ||
		!runFuzzing(m.deps, m.fuzzTargets) {
		fmt.Println("FAIL")
		m.exitCode = 1
		return
	}
	fmt.Println("PASS")
	m.exitCode = 0
	return
}

// listTests prints the names -test.list matches, one a line.
func listTests(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) {
	if _, err := matchString(*matchList, "non-empty"); err != nil {
		fmt.Fprintf(os.Stderr, "testing: invalid regexp in -test.list (%q): %s\n", *matchList, err)
		os.Exit(1)
	}
	var names []string
	for _, t := range tests {
		names = append(names, t.Name)
	}
	for _, b := range benchmarks {
		names = append(names, b.Name)
	}
	for _, f := range fuzzTargets {
		names = append(names, f.Name)
	}
	for _, e := range examples {
		names = append(names, e.Name)
	}
	for _, name := range names {
		if ok, _ := matchString(*matchList, name); ok {
			fmt.Println(name)
		}
	}
}

// startAlarm starts the -test.timeout alarm: a panic that ends the
// program. It returns the deadline (zero without a timeout).
func (m *M) startAlarm() time.Time {
	if *timeout <= 0 {
		return time.Time{}
	}
	limit := *timeout
	m.timer = time.AfterFunc(limit, func() {
		// Every goroutine's stack, as go test shows them: where the
		// tests are stuck is what the reader wants.
		debug.SetTraceback("all")
		panic(fmt.Sprintf("test timed out after %v", limit))
	})
	return time.Now().Add(limit)
}

func (m *M) stopAlarm() {
	if m.timer != nil {
		m.timer.Stop()
	}
}

// parseDuration parses a duration string such as "10m0s", "1.5h" or
// "300ms", as time.ParseDuration does.
func parseDuration(s string) (time.Duration, error) {
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, fmt.Errorf("time: invalid duration %q", orig)
	}
	var total float64
	for s != "" {
		i := 0
		for i < len(s) && (s[i] == '.' || '0' <= s[i] && s[i] <= '9') {
			i++
		}
		v, err := strconv.ParseFloat(s[:i], 64)
		if i == 0 || err != nil {
			return 0, fmt.Errorf("time: invalid duration %q", orig)
		}
		s = s[i:]
		j := 0
		for j < len(s) && s[j] != '.' && (s[j] < '0' || s[j] > '9') {
			j++
		}
		unit, ok := durationUnits[s[:j]]
		if !ok {
			return 0, fmt.Errorf("time: unknown unit %q in duration %q", s[:j], orig)
		}
		total += v * float64(unit)
		s = s[j:]
	}
	if neg {
		total = -total
	}
	return time.Duration(total), nil
}

var durationUnits = map[string]time.Duration{
	"ns": time.Nanosecond,
	"us": time.Microsecond,
	"µs": time.Microsecond,
	"μs": time.Microsecond,
	"ms": time.Millisecond,
	"s":  time.Second,
	"m":  time.Minute,
	"h":  time.Hour,
}
