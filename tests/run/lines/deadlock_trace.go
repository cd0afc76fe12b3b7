// Tests the deadlock report: every blocked goroutine with its frames and the go statement that created it.
package main

func worker(c chan int) {
	c <- 1
}

func main() {
	c := make(chan int)
	go worker(c)
	select {}
}
