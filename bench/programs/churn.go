// Benchmark: allocation churn — 4 GiB allocated in 1 KiB blocks while a
// 10 MiB set stays alive: memory must be reused (peak RSS <= 64 MiB;
// bench notes each program's peak memory and collection cost).
package main

type block struct {
	id   int
	next *block
	data [1000]byte
}

func main() {
	const live = 10 << 10 // blocks alive at once: 10 MiB
	const total = 4 << 20 // blocks allocated: 4 GiB
	ring := make([]*block, live)
	sum := 0
	for i := 0; i < total; i++ {
		b := &block{id: i}
		b.data[i%1000] = byte(i)
		j := (i * 7919) % live
		if old := ring[j]; old != nil {
			sum += int(old.data[old.id%1000])
		}
		ring[j] = b
	}
	println(sum)
}
