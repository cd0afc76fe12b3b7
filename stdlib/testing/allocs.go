// This file implements AllocsPerRun.

package testing

import "runtime"

// AllocsPerRun returns the average number of allocations during calls to
// f, over runs calls after one warm-up call. The return value is a
// float64, but it will always be an integral value.
func AllocsPerRun(runs int, f func()) (avg float64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f() // warm up
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mallocs := 0 - m.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&m)
	mallocs += m.Mallocs
	return float64(mallocs / uint64(runs))
}
