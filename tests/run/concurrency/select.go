// Tests select: default for non-blocking operations, choosing among ready
// cases at random (each case must win sometimes), nil channels never
// ready, a blocked select woken by a sender, a send case, a receive from
// a closed channel reporting ok=false, a quit channel, and a timeout with
// time.After.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}
	c <- 1
	select {
	case c <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}

	// Two always-ready cases: both must be chosen now and then.
	a, b := make(chan int, 1), make(chan int, 1)
	wins := [2]int{}
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			wins[0]++
			<-b
		case <-b:
			wins[1]++
			<-a
		}
	}
	fmt.Println("both chosen:", wins[0] > 100 && wins[1] > 100, wins[0]+wins[1])

	// A nil channel's case is never ready.
	var nilc chan int
	select {
	case <-nilc:
		fmt.Println("nil ready?")
	case nilc <- 1:
		fmt.Println("nil send ready?")
	default:
		fmt.Println("nil never ready")
	}

	// Blocked select, woken by a receive case and by a send case.
	in, out := make(chan string), make(chan string)
	go func() {
		in <- "hello"
		fmt.Println("worker got", <-out)
		close(in)
	}()
	for i := 0; i < 2; i++ {
		select {
		case s := <-in:
			fmt.Println("select received", s)
		case out <- "world":
			fmt.Println("select sent")
		}
	}
	v, ok := <-in
	fmt.Printf("%q %v\n", v, ok)

	// A closed channel is always ready, with ok=false.
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed:", v, ok)
	}

	// Merge two producers until both are closed, nil-ing each when done.
	evens, odds := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 10; i += 2 {
			evens <- i
		}
		close(evens)
	}()
	go func() {
		for i := 1; i < 10; i += 2 {
			odds <- i
		}
		close(odds)
	}()
	sum, count := 0, 0
	for evens != nil || odds != nil {
		select {
		case v, ok := <-evens:
			if !ok {
				evens = nil
				continue
			}
			sum += v
			count++
		case v, ok := <-odds:
			if !ok {
				odds = nil
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println("merged", sum, count)

	// Quit channel.
	data, quit, result := make(chan int), make(chan bool), make(chan int)
	go func() {
		total := 0
		for {
			select {
			case v := <-data:
				total += v
			case <-quit:
				result <- total
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	quit <- true
	fmt.Println("total", <-result)

	// Timeout.
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timed out")
	}

	// Cases on channels picked from a slice.
	chans := make([]chan int, 100)
	for i := range chans {
		chans[i] = make(chan int, 1)
	}
	chans[77] <- 77
	select {
	case v := <-chans[0]:
		fmt.Println(v)
	case v := <-chans[77]:
		fmt.Println("case 77:", v)
	}
}
