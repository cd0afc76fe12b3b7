// Benchmark: naive recursive Fibonacci, fib(35) — calls and integer adds.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println(fib(35))
}
