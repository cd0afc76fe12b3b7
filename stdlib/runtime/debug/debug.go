// Package debug contains facilities for programs to debug themselves
// while they are running, with the API of Go 1.19's runtime/debug.
//
// gominic's runtime has no garbage collector yet: memory is allocated and
// never reclaimed. So the collector's knobs (SetGCPercent, SetMemoryLimit,
// FreeOSMemory) only remember and report their settings, ReadGCStats
// always reports that no collection has happened.
package debug

import (
	"os"
	"runtime"
	"time"
)

// The settings the knobs below report; Go's defaults.
var (
	gcPercent   = 100              // GOGC
	memoryLimit = int64(1<<63 - 1) // GOMEMLIMIT: no limit
	maxStack    = 1000000000       // 1 GB, Go's limit on 64-bit systems
	maxThreads  = 10000
	panicFault  = false
)

// SetGCPercent sets the garbage collection target percentage and returns
// the previous setting (initially 100). A negative percentage disables
// garbage collection. gominic has no collector yet, so the setting has
// no effect.
func SetGCPercent(percent int) int {
	old := gcPercent
	if percent < 0 {
		percent = -1
	}
	gcPercent = percent
	return old
}

// SetMemoryLimit sets a soft memory limit for the runtime and returns the
// previous limit; a negative input only reports the current limit. It
// has no effect in gominic, which has no collector to honour it.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// FreeOSMemory forces a garbage collection and returns as much memory to
// the operating system as possible. In gominic, which has no collector
// yet, it does nothing.
func FreeOSMemory() {}

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting. gominic
// records the setting but does not enforce it.
func SetMaxStack(bytes int) int {
	old := maxStack
	maxStack = bytes
	return old
}

// SetMaxThreads sets the maximum number of operating system threads the
// program can use and returns the previous setting (recorded only).
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault controls the runtime's behavior when a program faults
// at an unexpected address and returns the previous setting (recorded
// only).
func SetPanicOnFault(enabled bool) bool {
	old := panicFault
	panicFault = enabled
	return old
}

// SetTraceback sets the amount of detail printed by the runtime when a
// program crashes. gominic ignores it.
func SetTraceback(level string) {}

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats. With
// no collector, there have been none: every count is zero and every
// history empty (the slices keep their storage, truncated to length 0).
// If stats.PauseQuantiles is non-empty, it is filled with zero durations.
func ReadGCStats(stats *GCStats) {
	stats.LastGC = time.Time{}
	stats.NumGC = 0
	stats.PauseTotal = 0
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := range stats.PauseQuantiles {
		stats.PauseQuantiles[i] = 0
	}
}

// PrintStack prints to standard error the stack trace returned by Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns a formatted stack trace of the goroutine that calls it,
// as runtime.Stack formats it, in a buffer grown until the trace fits.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}
