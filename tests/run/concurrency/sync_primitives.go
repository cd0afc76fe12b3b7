// Tests package sync and sync/atomic: Mutex held across a blocking sleep,
// waiters served in order, TryLock, RWMutex readers sharing and a writer
// excluding them, WaitGroup with nested Add and repeated Wait, Once even
// when f panics, Cond signal and broadcast, Pool, Map, and the atomic
// functions and types.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type account struct {
	sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.Lock()
	defer a.Unlock()
	b := a.balance
	time.Sleep(time.Microsecond) // yield while holding the lock
	a.balance = b + n
}

func main() {
	// Mutex: the lock survives goroutine switches inside the critical section.
	var acct account
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acct.deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance", acct.balance)

	var mu sync.Mutex
	fmt.Println("trylock", mu.TryLock(), mu.TryLock())
	mu.Unlock()

	// Waiters get the mutex first come, first served.
	var order []int
	mu.Lock()
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
		time.Sleep(time.Millisecond)
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("order", order)

	// RWMutex: readers share; a writer waits for them and excludes them.
	var rw sync.RWMutex
	var log []string
	var logMu sync.Mutex
	note := func(s string) {
		logMu.Lock()
		log = append(log, s)
		logMu.Unlock()
	}
	rw.RLock()
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.RLock()
		note("second reader in")
		rw.RUnlock()
	}()
	time.Sleep(2 * time.Millisecond)
	go func() {
		defer wg.Done()
		rw.Lock()
		note("writer in")
		rw.Unlock()
	}()
	time.Sleep(2 * time.Millisecond)
	note("first reader out")
	rw.RUnlock()
	wg.Wait()
	fmt.Println(log)
	fmt.Println("trylock:", rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	fmt.Println("tryrlock:", rw.TryRLock(), rw.TryLock())
	rw.RUnlock()

	// WaitGroup: Add inside goroutines, Wait twice, Wait on zero.
	var inner sync.WaitGroup
	var count int32
	inner.Add(1)
	go func() {
		defer inner.Done()
		for i := 0; i < 5; i++ {
			inner.Add(1)
			go func() {
				defer inner.Done()
				atomic.AddInt32(&count, 1)
			}()
		}
	}()
	inner.Wait()
	inner.Wait()
	fmt.Println("count", atomic.LoadInt32(&count))

	// Once: f runs once, even if it panics.
	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered", r)
				}
			}()
			once.Do(func() {
				calls++
				panic("in once")
			})
		}()
	}
	fmt.Println("once calls", calls)

	// Cond: Signal wakes one waiter, Broadcast the rest.
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	ready := 0
	woken := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			cmu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready--
			cmu.Unlock()
			woken <- i
		}(i)
	}
	time.Sleep(time.Millisecond)
	cmu.Lock()
	ready = 1
	cond.Signal()
	cmu.Unlock()
	first := <-woken
	cmu.Lock()
	ready = 2
	cond.Broadcast()
	cmu.Unlock()
	rest := []int{<-woken, <-woken}
	all := append([]int{first}, rest...)
	sort.Ints(all)
	fmt.Println("cond woke", all)

	// Pool and Map.
	pool := sync.Pool{New: func() any { return "new" }}
	fmt.Println(pool.Get())
	pool.Put("reused")
	fmt.Println(pool.Get(), pool.Get())
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	m.Delete("a")
	_, ok = m.Load("a")
	fmt.Println(ok)
	n := 0
	m.Range(func(k, v any) bool { n++; return true })
	fmt.Println("map entries", n)

	// Atomics.
	var i64 int64
	var u32 uint32
	fmt.Println(atomic.AddInt64(&i64, 5), atomic.AddInt64(&i64, -2), atomic.LoadInt64(&i64))
	atomic.StoreUint32(&u32, 7)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 7, 8), atomic.CompareAndSwapUint32(&u32, 7, 9), u32)
	fmt.Println(atomic.SwapInt64(&i64, 100), i64)
	var ai atomic.Int64
	ai.Store(40)
	ai.Add(2)
	fmt.Println(ai.Load(), ai.Swap(1), ai.CompareAndSwap(1, 2), ai.Load())
	var ab atomic.Bool
	fmt.Println(ab.Load(), ab.CompareAndSwap(false, true), ab.Load())
	var av atomic.Value
	fmt.Println(av.Load())
	av.Store("first")
	av.Store("second")
	fmt.Println(av.Load())
}
