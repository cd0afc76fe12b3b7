// A million goroutines created and finished one after another: item 9
// measures the rate.
package main

import "fmt"

func main() {
	const n = 1000000
	done := make(chan int)
	sum := 0
	for i := 0; i < n; i++ {
		go func(i int) { done <- i & 7 }(i)
		sum += <-done
	}
	fmt.Println(sum)
}
