// ReadMemStats, debug.ReadGCStats, runtime.GC, debug.SetGCPercent and
// debug.FreeOSMemory report and control the collector. (fill is not
// inlined, so that no register of main's still holds sink's array: the
// stack and registers are scanned conservatively.)
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink [][]byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC +2:", after.NumGC-before.NumGC == 2, after.NumForcedGC >= 2)
	fmt.Println("pause recorded:", after.PauseTotalNs > 0, after.PauseNs[(after.NumGC+255)%256] > 0, after.LastGC > 0)

	fill()
	runtime.ReadMemStats(&after)
	fmt.Println("heap holds sink:", after.HeapAlloc >= 100<<20, after.HeapInuse >= after.HeapAlloc)
	fmt.Println("sys covers heap:", after.Sys >= after.HeapSys, after.HeapSys >= after.HeapInuse)
	fmt.Println("objects:", after.HeapObjects == after.Mallocs-after.Frees)

	sink = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&after)
	fmt.Println("freed:", after.HeapAlloc < 10<<20, after.HeapReleased >= 90<<20, after.HeapIdle >= after.HeapReleased)
	fmt.Println("next goal:", after.NextGC > 0 && after.NextGC >= after.HeapAlloc)

	old := debug.SetGCPercent(-1)
	n := after.NumGC
	fill()
	sink = nil
	runtime.ReadMemStats(&after)
	fmt.Println("GOGC off:", old > 0, after.NumGC == n)
	fmt.Println("back to", debug.SetGCPercent(old))

	var st debug.GCStats
	debug.ReadGCStats(&st)
	fmt.Println("gcstats:", st.NumGC >= int64(after.NumGC), len(st.Pause) > 0, st.PauseTotal > 0, !st.LastGC.IsZero())
}

//go:noinline
func fill() {
	for i := 0; i < 100; i++ {
		sink = append(sink, make([]byte, 1<<20))
	}
}
