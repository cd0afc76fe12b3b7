// Allocation churn with a small live set: thousands of collections, and
// the heap stays bounded (memory comes back), while the live data stays
// intact.
package main

import (
	"fmt"
	"runtime"
)

type item struct {
	id   int
	data []byte
	next *item
}

func main() {
	live := make([]*item, 1000)
	var ms runtime.MemStats
	maxHeap := uint64(0)
	for i := 0; i < 300000; i++ {
		it := &item{id: i, data: make([]byte, 16+i%200)}
		it.data[0] = byte(i)
		live[i%len(live)] = it
		if i%10000 == 0 {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > maxHeap {
				maxHeap = ms.HeapAlloc
			}
		}
	}
	runtime.ReadMemStats(&ms)
	fmt.Println("collections:", ms.NumGC > 5)
	fmt.Println("heap bounded:", maxHeap < 16<<20)
	fmt.Println("frees:", ms.Frees > 250000, ms.Mallocs >= ms.Frees)
	for i, it := range live {
		if it.id%len(live) != i || it.data[0] != byte(it.id) {
			fmt.Println("corrupt", i)
		}
	}
	fmt.Println("done")
}
