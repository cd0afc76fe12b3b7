// This file implements the parts of package runtime's API that programs
// call directly, besides the scheduler's (sched.go) and the collector's
// (mgc.go, mfinal.go): the platform and memory statistics.

package runtime

import "unsafe"

// GOOS and GOARCH name the platform gominic builds for.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Compiler is the name of the toolchain that built the program.
const Compiler = "gominic"

// modinfo is the program's build information, which the build sets with
// the linker's -X (gominic/work/buildinfo.py says what it holds).
var modinfo string

// readModinfo gives runtime/debug.ReadBuildInfo the build information.
func readModinfo() string {
	return modinfo
}

// Version returns the Go version gominic follows.
func Version() string {
	return "go1.19"
}

// defaultGOROOT is the toolchain's root (GOMINICROOT), which the linker
// sets as Go's sets its own GOROOT (cmd/link: addstrdata1).
var defaultGOROOT string

// GOROOT returns the root of the toolchain's tree: $GOROOT if the
// environment sets it, else the root the program was linked with.
func GOROOT() string {
	if s := gogetenv("GOROOT"); s != "" {
		return s
	}
	return defaultGOROOT
}

// Breakpoint executes a breakpoint trap: the program stops with SIGTRAP
// (a debugger takes over there).
func Breakpoint()

// mutexProfileRate is the rate SetMutexProfileFraction was last given.
var mutexProfileRate int

// SetMutexProfileFraction controls the fraction of mutex contention events
// reported in the mutex profile and returns the previous rate; a negative
// rate only reads it. gominic keeps no mutex profile, so the rate is only
// remembered, for programs (and Go's tests) that set and restore it.
func SetMutexProfileFraction(rate int) int {
	old := mutexProfileRate
	if rate >= 0 {
		mutexProfileRate = rate
	}
	return old
}

// A MemStats records statistics about the memory allocator and the
// garbage collector, with Go's fields (those gominic does not track stay
// zero).
type MemStats struct {
	Alloc         uint64 // bytes of allocated heap objects
	TotalAlloc    uint64 // bytes allocated ever
	Sys           uint64 // bytes obtained from the kernel
	Lookups       uint64
	Mallocs       uint64 // objects allocated ever
	Frees         uint64 // objects freed ever
	HeapAlloc     uint64 // = Alloc
	HeapSys       uint64 // bytes of heap mapped
	HeapIdle      uint64 // bytes in free spans
	HeapInuse     uint64 // bytes in in-use spans
	HeapReleased  uint64 // bytes of free spans given back to the kernel
	HeapObjects   uint64 // objects allocated now
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64 // the heap size at which the next cycle starts
	LastGC        uint64 // when the last cycle ended, ns since 1970
	PauseTotalNs  uint64
	PauseNs       [256]uint64 // recent pauses, the latest at [(NumGC+255)%256]
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's and collector's statistics.
// It allocates nothing (a program may count Mallocs around a call), so m
// is cleared in place and filled field by field.
func ReadMemStats(m *MemStats) {
	memclr(unsafe.Pointer(m), 0, unsafe.Sizeof(*m))
	live := uint64(gcController.heapLive)
	m.Alloc = live
	m.TotalAlloc = memstats.totalAlloc
	m.Sys = memstats.sys
	// A tiny object is counted as freed at once: only its block's life
	// is tracked.
	m.Mallocs = memstats.nmalloc + memstats.tinyAllocs
	m.Frees = mheap_.nfree + memstats.tinyAllocs
	m.HeapAlloc = live
	m.HeapSys = uint64(mheap_.sys)
	m.HeapIdle = uint64(mheap_.sys - mheap_.inuse)
	m.HeapInuse = uint64(mheap_.inuse)
	m.HeapReleased = uint64(mheap_.released)
	m.HeapObjects = memstats.nmalloc - mheap_.nfree
	m.NextGC = uint64(gcController.heapGoal)
	if gcController.gcPercent < 0 {
		m.NextGC = uint64(heapMinimum)
	}
	m.LastGC = memstats.lastGC
	m.PauseTotalNs = memstats.pauseTotalNs
	m.PauseNs = memstats.pauseNs
	m.PauseEnd = memstats.pauseEnd
	m.NumGC = memstats.numgc
	m.NumForcedGC = memstats.numforcedgc
	m.EnableGC = true
	if elapsed := nanotime() - memstats.startTime; elapsed > 0 {
		m.GCCPUFraction = float64(memstats.gcTimeNs) / float64(elapsed)
	}
}
