// Package testdeps provides what the test main that "gominic test"
// generates hands to package testing: the package's import path, the
// matching of test names, and the exit code, which the test main passes
// to os.Exit when a TestMain function returns without exiting itself.
package testdeps

// ImportPath is the import path of the package under test; the
// generated test main sets it.
var ImportPath string

// Corpus lists the seed corpus files of each fuzz test
// (testdata/fuzz/FuzzXxx/*); the generated test main sets it.
var Corpus map[string][]string

// ExitCode is the exit code of the last M.Run.
var ExitCode int

// TestDeps is the implementation of testing's testDeps interface.
type TestDeps struct{}

// ImportPath returns the import path of the package under test.
func (TestDeps) ImportPath() string {
	return ImportPath
}

// MatchString reports whether str matches the regular expression pat.
func (TestDeps) MatchString(pat, str string) (bool, error) {
	return matchRegexp(pat, str)
}

// SetExitCode records the exit code of M.Run.
func (TestDeps) SetExitCode(code int) {
	ExitCode = code
}

// SeedCorpus returns the files of a fuzz test's seed corpus.
func (TestDeps) SeedCorpus(fuzzTest string) []string {
	return Corpus[fuzzTest]
}
