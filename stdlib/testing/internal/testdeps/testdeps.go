// Package testdeps provides what the test main that "gominic test"
// generates hands to package testing: the package's import path, the
// matching of test names (package regexp), the exit code, which the
// test main passes to os.Exit when a TestMain function returns without
// exiting itself, and the names of fuzz corpus files (crypto/sha256).
package testdeps

import (
	"crypto/sha256"
	"fmt"
	"regexp"
)

// ImportPath is the import path of the package under test; the
// generated test main sets it.
var ImportPath string

// ExitCode is the exit code of the last M.Run.
var ExitCode int

// TestDeps is the implementation of testing's testDeps interface.
type TestDeps struct{}

// ImportPath returns the import path of the package under test.
func (TestDeps) ImportPath() string {
	return ImportPath
}

var (
	matchPat string
	matchRe  *regexp.Regexp
)

// MatchString reports whether str matches the regular expression pat
// (compiled once for the many names it is matched against).
func (TestDeps) MatchString(pat, str string) (bool, error) {
	if matchRe == nil || matchPat != pat {
		re, err := regexp.Compile(pat)
		if err != nil {
			return false, err
		}
		matchPat, matchRe = pat, re
	}
	return matchRe.MatchString(str), nil
}

// SetExitCode records the exit code of M.Run.
func (TestDeps) SetExitCode(code int) {
	ExitCode = code
}

// CorpusEntryName is the file name of a fuzz input in the seed corpus:
// the SHA-256 of the file's bytes in hex, as Go's fuzzer names it.
func (TestDeps) CorpusEntryName(data []byte) string {
	return fmt.Sprintf("%x", sha256.Sum256(data))
}
