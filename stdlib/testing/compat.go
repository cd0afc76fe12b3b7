// This file implements the parts of testing's API that the go command no
// longer uses but programs may still call: Main and the RunXxx functions,
// which take a bare matching function, and the coverage hooks (gominic
// has no coverage: the mode is "" and the coverage 0).

package testing

import (
	"os"
	"time"
)

// matchStringOnly is a testDeps made of a matching function alone.
type matchStringOnly func(pat, str string) (bool, error)

func (f matchStringOnly) ImportPath() string                        { return "" }
func (f matchStringOnly) MatchString(pat, str string) (bool, error) { return f(pat, str) }
func (f matchStringOnly) SetExitCode(code int)                      {}

// CorpusEntryName is never asked: Main takes no fuzz tests.
func (f matchStringOnly) CorpusEntryName(data []byte) string { return "" }

// Main is an internal function, part of the implementation of the "go
// test" command. It was exported because it is cross-package and predates
// "internal" packages.
func Main(matchString func(pat, str string) (bool, error), tests []InternalTest, benchmarks []InternalBenchmark, examples []InternalExample) {
	os.Exit(MainStart(matchStringOnly(matchString), tests, benchmarks, nil, examples).Run())
}

// RunTests is an internal function but exported because it is
// cross-package; it is part of the implementation of the "go test" command.
func RunTests(matchString func(pat, str string) (bool, error), tests []InternalTest) (ok bool) {
	parseFlags()
	var deadline time.Time
	if *timeout > 0 {
		deadline = time.Now().Add(*timeout)
	}
	_, ok = runTests(matchString, tests, deadline)
	return ok
}

// RunBenchmarks is an internal function but exported because it is
// cross-package; it is part of the implementation of the "go test" command.
func RunBenchmarks(matchString func(pat, str string) (bool, error), benchmarks []InternalBenchmark) {
	parseFlags()
	runBenchmarks("", matchString, benchmarks)
}

// RunExamples is an internal function but exported because it is
// cross-package; it is part of the implementation of the "go test" command.
func RunExamples(matchString func(pat, str string) (bool, error), examples []InternalExample) (ok bool) {
	parseFlags()
	_, ok = runExamples(matchString, examples)
	return ok
}

// CoverBlock records the coverage data for a single basic block.
type CoverBlock struct {
	Line0 uint32 // Line number for block start.
	Col0  uint16 // Column number for block start.
	Line1 uint32 // Line number for block end.
	Col1  uint16 // Column number for block end.
	Stmts uint16 // Number of statements included in this block.
}

// Cover records information about test coverage checking.
type Cover struct {
	Mode            string
	Counters        map[string][]uint32
	Blocks          map[string][]CoverBlock
	CoveredPackages string
}

var cover Cover

// RegisterCover records the coverage data accumulators for the tests.
func RegisterCover(c Cover) {
	cover = c
}

// CoverMode reports what the test coverage mode is set to: gominic has no
// coverage, so it is "" unless a Cover was registered.
func CoverMode() string {
	return cover.Mode
}

// Coverage reports the current code coverage as a fraction in the range
// [0, 1]: without coverage counters, 0.
func Coverage() float64 {
	return 0
}
