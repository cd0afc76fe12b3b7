// Which goroutine runs first, as Go 1.19 decides: the one a go statement
// made or a channel operation readied last runs next (runnext), so of two
// players started ping then pong, pong hits the ball first.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type Ball struct{ hits int }

func player(name string, table chan *Ball, done chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case ball := <-table:
			ball.hits++
			fmt.Println(name, ball.hits)
			if ball.hits >= 10 {
				close(done)
				return
			}
			table <- ball
		case <-done:
			return
		}
	}
}

func producer(id int, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	table := make(chan *Ball)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go player("ping", table, done, &wg)
	go player("pong", table, done, &wg)
	table <- new(Ball)
	wg.Wait()

	out := make(chan string)
	var pw sync.WaitGroup
	for i := 0; i < 3; i++ {
		pw.Add(1)
		go producer(i, 4, out, &pw)
	}
	go func() { pw.Wait(); close(out) }()
	c := Counter{m: map[string]int{}}
	total := 0
	for s := range out {
		c.Inc(strings.Split(s, "-")[0])
		total++
	}
	fmt.Println(total, c.m)

	results := make([]int, 10)
	var rw sync.WaitGroup
	for i := range results {
		rw.Add(1)
		go func(i int) {
			defer rw.Done()
			time.Sleep(time.Duration(10-i) * time.Millisecond)
			results[i] = i * i
		}(i)
	}
	rw.Wait()
	fmt.Println(results)

	timeout := time.After(50 * time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks >= 3:", n >= 3)
	cond := sync.NewCond(&sync.Mutex{})
	ready := 0
	for i := 0; i < 4; i++ {
		go func() {
			cond.L.Lock()
			ready++
			cond.L.Unlock()
			cond.Broadcast()
		}()
	}
	cond.L.Lock()
	for ready < 4 {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("ready", ready)
	var once sync.Once
	vals := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) { once.Do(func() { fmt.Println("init once") }); vals <- i }(i)
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-vals
	}
	fmt.Println(sum)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 200*time.Millisecond)
	var mu sync.Mutex
	mu.Lock()
	go func() { time.Sleep(5 * time.Millisecond); mu.Unlock() }()
	mu.Lock()
	fmt.Println("unlocked by another goroutine")
	ch := make(chan int)
	go func() {
		defer fmt.Println("goroutine deferred")
		ch <- 1
		select {}
	}()
	<-ch
}
