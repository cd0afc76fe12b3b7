// This file implements the parts of package runtime's API that programs
// call directly, besides the scheduler's (sched.go): the platform, memory
// statistics, and the garbage collector's entry points — which do nothing
// yet, as there is no collector: memory is never freed.

package runtime

// GOOS and GOARCH name the platform gominic builds for.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the toolchain that built the program.
const Compiler = "gominic"

// Version returns the Go version gominic follows.
func Version() string {
	return "go1.19"
}

// GC would run a garbage collection; there is no collector yet. As Go's
// GC blocks its caller while the collection runs, other goroutines run
// meanwhile: a goroutine calling GC in a loop does not hold the processor.
func GC() {
	Gosched()
}

// KeepAlive marks x as in use until this point (a no-op without a collector).
func KeepAlive(x any) {}

// SetFinalizer would attach a finalizer to obj; without a collector objects
// are never freed, so finalizers never run.
func SetFinalizer(obj any, finalizer any) {}

// A MemStats records statistics about the memory allocator (the fields
// gominic can fill; the rest stay zero).
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapObjects  uint64
	NumGC        uint32
	PauseTotalNs uint64
}

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats) {
	*m = MemStats{
		Alloc:       memstats.totalAlloc,
		TotalAlloc:  memstats.totalAlloc,
		Sys:         memstats.sys,
		Mallocs:     memstats.mallocs,
		HeapAlloc:   memstats.totalAlloc,
		HeapSys:     memstats.sys,
		HeapObjects: memstats.mallocs,
	}
}
