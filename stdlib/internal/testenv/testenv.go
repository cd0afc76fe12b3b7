// Package testenv provides information about what functionality is
// available in different testing environments, for the standard
// library's own tests. gominic's tests run on a developer's machine,
// never on a Go builder, and cannot run the go command.
package testenv

import (
	"errors"
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

// MustHaveGoRun skips the test: "go run" is not available either.
func MustHaveGoRun(t testing.TB) {
	t.Skip("skipping test: 'go run' not available under gominic")
}

// MustHaveExternalNetwork skips the test in -short mode, as Go's does:
// a short run stays on this machine.
func MustHaveExternalNetwork(t testing.TB) {
	if testing.Short() {
		t.Skipf("skipping test: no external network in -short mode")
	}
}

// HasExec reports whether the current system can start new processes:
// a gominic program can (os.StartProcess, os/exec), the test binary
// itself included, which Go's tests run again as a helper.
func HasExec() bool {
	return true
}

// MustHaveExec checks that the current system can start new processes;
// if not, it skips the test: see HasExec.
func MustHaveExec(t testing.TB) {
	if !HasExec() {
		t.Skip("skipping test: cannot exec subprocess under gominic")
	}
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

var errNoGoTool = errors.New("gominic: the go tool is not available to tests")

// GoTool reports the path to the go tool: there is none under gominic.
func GoTool() (string, error) {
	return "", errNoGoTool
}

// GoToolPath skips the test: see GoTool.
func GoToolPath(t testing.TB) string {
	t.Skip("skipping test: go tool not available under gominic")
	return ""
}

// HasSrc reports whether the entire source tree is available under
// GOROOT: gominic's tests do not run inside a Go tree.
func HasSrc() bool {
	return false
}

// GOROOT skips the test: gominic's tests do not run inside a Go tree.
func GOROOT(t testing.TB) string {
	t.Skip("skipping test: GOROOT not available under gominic")
	return ""
}

// MustHaveExecPath skips the test: gominic's testenv does not look
// programs up (only Go's Windows tests call it).
func MustHaveExecPath(t testing.TB, path string) {
	t.Skipf("skipping test: cannot exec %s under gominic", path)
}

// MustHaveCGO skips the test: gominic has no cgo.
func MustHaveCGO(t testing.TB) {
	t.Skip("skipping test: no cgo under gominic")
}

// HasSymlink reports whether the current system can use os.Symlink:
// Linux can.
func HasSymlink() bool {
	return true
}

// MustHaveSymlink reports whether the current system can use os.Symlink;
// on Linux it always can, so it never skips.
func MustHaveSymlink(t testing.TB) {}

// HasLink reports whether the current system can use os.Link: Linux can.
func HasLink() bool {
	return true
}

// MustHaveLink never skips on Linux: see HasLink.
func MustHaveLink(t testing.TB) {}
