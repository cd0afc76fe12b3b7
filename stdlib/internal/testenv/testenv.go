// Package testenv provides information about what functionality is
// available in different testing environments, for the standard
// library's own tests. gominic's tests run on a developer's machine,
// never on a Go builder, and cannot run the go command.
package testenv

import (
	"os"
	"testing"
)

// Builder reports the name of the builder running this test (the
// GO_BUILDER_NAME environment variable), or "" on a developer's machine.
func Builder() string {
	return os.Getenv("GO_BUILDER_NAME")
}

// HasGoBuild reports whether the current system can build programs with
// "go build": the tests of gominic's standard library cannot.
func HasGoBuild() bool {
	return false
}

// MustHaveGoBuild skips the test: see HasGoBuild.
func MustHaveGoBuild(t testing.TB) {
	t.Skip("skipping test: 'go build' not available under gominic")
}

// HasExec reports whether the current system can start new processes.
func HasExec() bool {
	return false
}

// MustHaveExec skips the test: see HasExec.
func MustHaveExec(t testing.TB) {
	t.Skip("skipping test: cannot exec subprocess under gominic")
}

// OptimizationOff reports whether optimization is disabled.
func OptimizationOff() bool {
	return false
}

// SkipFlaky skips a test known to be flaky, naming its issue.
func SkipFlaky(t testing.TB, issue int) {
	t.Helper()
	t.Skipf("skipping known flaky test; see golang.org/issue/%d", issue)
}
