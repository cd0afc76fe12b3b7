// Tests a panic inside a goroutine: its frames, then "created by" and the go statement's line.
package main

import "time"

func work(n int) {
	if n > 2 {
		panic("boom")
	}
	work(n + 1)
}

func start() {
	go work(0)
}

func main() {
	start()
	time.Sleep(time.Second)
}
