// This file implements the parts of testing's API that the go command no
// longer uses but programs may still call: Main and the RunXxx functions,
// which take a bare matching function.

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
