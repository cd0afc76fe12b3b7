// Package race tells Go's own tests whether the program runs under the
// race detector (go test -race), where allocation counts and timings
// differ. gominic has no race detector, so it never does.
package race

// Enabled reports whether the race detector is on.
const Enabled = false
