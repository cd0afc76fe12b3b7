// Benchmark: sieve of Eratosthenes up to 10^7 — slice indexing and bounds checks.
package main

func main() {
	const n = 10000000
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	println(count)
}
