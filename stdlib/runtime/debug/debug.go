// Package debug contains facilities for programs to debug themselves
// while they are running, with the API of Go 1.19's runtime/debug.
//
// The collector's knobs (SetGCPercent, FreeOSMemory) and its statistics
// (ReadGCStats) reach into the runtime (runtime/mgc.go); SetMemoryLimit
// only remembers its setting.
package debug

import (
	"syscall"
	"time"
)

// The settings the knobs below report; Go's defaults.
var (
	memoryLimit = int64(1<<63 - 1) // GOMEMLIMIT: no limit
	maxThreads  = 10000
)

// SetGCPercent sets the garbage collection target percentage and returns
// the previous setting (initially GOGC's, 100 by default). A negative
// percentage disables garbage collection.
//
//go:linkname SetGCPercent runtime.setGCPercent
func SetGCPercent(percent int) int

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
// the operating system as possible.
//
//go:linkname FreeOSMemory runtime.freeOSMemory
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting (initially
// 1 GB). A goroutine whose stack would grow past it ends the program with
// "fatal error: stack overflow".
func SetMaxStack(bytes int) int {
	return setMaxStack(bytes)
}

//go:linkname setMaxStack runtime.setMaxStack
func setMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads the
// program can use and returns the previous setting (recorded only).
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

// SetPanicOnFault controls the runtime's behavior when the running
// goroutine faults at an unexpected address: with enabled true, it panics
// (with a runtime.Error whose Addr method tells the address) instead of
// crashing. It returns the previous setting.
//
//go:linkname SetPanicOnFault runtime.setPanicOnFault
func SetPanicOnFault(enabled bool) bool

// SetTraceback sets the amount of detail printed by the runtime before it
// exits on an unrecovered panic or a fatal error: "none", "single" (the
// default: the failing goroutine), or "all" ("system", "crash") for every
// goroutine, as GOTRACEBACK spells them. It cannot ask for less detail
// than the GOTRACEBACK environment variable.
//
//go:linkname SetTraceback runtime.setTraceback
func SetTraceback(level string)

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

//go:linkname readGCStats runtime.readGCStats
func readGCStats(pauses *[]uint64) (numgc int64, pauseTotal int64, lastGC int64)

// ReadGCStats reads statistics about garbage collection into stats: the
// number of cycles, their total pause, and the recent pauses (up to 256),
// most recent first. If stats.PauseQuantiles is non-empty, it is filled
// with the minimum, quantiles and maximum of the recent pauses.
func ReadGCStats(stats *GCStats) {
	var raw []uint64
	numgc, total, last := readGCStats(&raw)
	stats.NumGC = numgc
	stats.PauseTotal = time.Duration(total)
	stats.LastGC = time.Time{}
	if last != 0 {
		stats.LastGC = time.Unix(0, last)
	}
	n := len(raw) / 2
	stats.Pause = stats.Pause[:0]
	stats.PauseEnd = stats.PauseEnd[:0]
	for i := 0; i < n; i++ {
		stats.Pause = append(stats.Pause, time.Duration(raw[i]))
		stats.PauseEnd = append(stats.PauseEnd, time.Unix(0, int64(raw[n+i])))
	}
	if nq := len(stats.PauseQuantiles); nq > 0 {
		sorted := append([]time.Duration(nil), stats.Pause...)
		sortDurations(sorted)
		for i := range stats.PauseQuantiles {
			stats.PauseQuantiles[i] = 0
		}
		if len(sorted) > 0 {
			for i := 0; i < nq-1; i++ {
				stats.PauseQuantiles[i] = sorted[len(sorted)*i/(nq-1)]
			}
			stats.PauseQuantiles[nq-1] = sorted[len(sorted)-1]
		}
	}
}

// sortDurations sorts d in increasing order (insertion sort: at most 256).
func sortDurations(d []time.Duration) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j] < d[j-1]; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

// WriteHeapDump writes a description of the heap to the file descriptor
// fd, in the format of Go's heap dumps (https://go.dev/s/go15heapdump): the
// header "go1.7 heap dump\n", then records, then the end record. gominic
// writes no object, root or goroutine records: its dump is the header and
// the end record, a well-formed dump of nothing.
func WriteHeapDump(fd uintptr) {
	const tagEOF = 0
	syscall.Write(int(fd), []byte("go1.7 heap dump\n"))
	syscall.Write(int(fd), []byte{tagEOF})
}
