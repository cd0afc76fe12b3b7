// Tests channels: unbuffered hand-off, buffered FIFO order with len/cap,
// a sender blocked on a full buffer keeping FIFO order, close with
// receivers and range, comma-ok on a closed channel, directional
// parameters, go statements evaluating arguments at the go, many
// goroutines reusing stacks, and a deep recursion on a goroutine stack.
package main

import "fmt"

type pair struct {
	a, b int
	s    string
}

func produce(out chan<- pair, n int) {
	for i := 0; i < n; i++ {
		out <- pair{i, i * i, fmt.Sprint("p", i)}
	}
	close(out)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

func main() {
	// Unbuffered: every send meets a receive.
	c := make(chan pair)
	go produce(c, 4)
	for p := range c {
		fmt.Println(p.a, p.b, p.s)
	}

	// Buffered: FIFO, len and cap; a full buffer blocks the sender until
	// a receive makes room, and its value goes to the back.
	b := make(chan int, 3)
	fmt.Println(len(b), cap(b))
	b <- 1
	b <- 2
	b <- 3
	fmt.Println(len(b), cap(b))
	done := make(chan bool)
	go func() {
		b <- 4
		b <- 5
		done <- true
	}()
	for i := 0; i < 5; i++ {
		fmt.Print(<-b, " ")
	}
	fmt.Println(<-done)

	// Receive from a closed channel: the rest of the buffer, then zero values.
	s := make(chan string, 2)
	s <- "last"
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)
	v, ok = <-s
	fmt.Printf("%q %v\n", v, ok)

	// Closing wakes every blocked receiver.
	start := make(chan struct{})
	res := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-start
			res <- i * 100
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-res
	}
	fmt.Println("sum", sum)

	// go evaluates the function value and arguments at the go statement.
	x := 1
	got := make(chan int)
	f := func(n int) { got <- n * 10 }
	go f(x)
	x = 2
	fmt.Println(<-got, x)

	// Many short goroutines: stacks are reused.
	total := 0
	acc := make(chan int)
	for round := 0; round < 20; round++ {
		for i := 0; i < 500; i++ {
			go func(i int) { acc <- i }(i)
		}
		for i := 0; i < 500; i++ {
			total += <-acc
		}
	}
	fmt.Println("total", total)

	// A deep recursion fits in a goroutine's stack.
	deep := make(chan int)
	go func() { deep <- depth(5000) }()
	fmt.Println("depth", <-deep)

	// Ping-pong between two goroutines.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	n := 0
	for i := 0; i < 1000; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	_, more := <-pong
	fmt.Println("pong", n, more)
}
