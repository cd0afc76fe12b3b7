// Tests package context: Background/TODO, WithCancel (and cancelation of
// children), WithTimeout and WithDeadline with Done in a select, WithValue
// lookups, the errors and the String forms.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil, bg.Value("x"))
	_, ok := bg.Deadline()
	fmt.Println(ok)

	ctx, cancel := context.WithCancel(bg)
	child, childCancel := context.WithCancel(ctx)
	defer childCancel()
	vctx := context.WithValue(child, key("user"), "gopher")
	fmt.Println(ctx, child)
	fmt.Println(vctx)
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("none")), vctx.Value("user"))
	select {
	case <-child.Done():
		fmt.Println("done too early")
	default:
		fmt.Println("not done")
	}
	cancel()
	<-child.Done()
	fmt.Println(ctx.Err(), child.Err(), vctx.Err(), errors.Is(child.Err(), context.Canceled))
	cancel()

	tctx, tcancel := context.WithTimeout(bg, 20*time.Millisecond)
	defer tcancel()
	d, ok := tctx.Deadline()
	fmt.Println(ok, d.After(time.Now()))
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), tctx.Err() == context.DeadlineExceeded)
	case <-time.After(2 * time.Second):
		fmt.Println("timer did not fire")
	}
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(tctx.Err(), &te) && te.Timeout())

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	pcancel()

	// A later deadline under an earlier one keeps the earlier one.
	outer, ocancel := context.WithTimeout(bg, time.Hour)
	inner, icancel := context.WithTimeout(outer, 2*time.Hour)
	od, _ := outer.Deadline()
	id, _ := inner.Deadline()
	fmt.Println(od.Equal(id))
	ocancel()
	<-inner.Done()
	fmt.Println(inner.Err())
	icancel()

	early, ecancel := context.WithTimeout(bg, time.Hour)
	ecancel()
	fmt.Println(early.Err())

	results := make(chan string)
	wctx, wcancel := context.WithCancel(bg)
	for i := 0; i < 3; i++ {
		go func(n int) {
			<-wctx.Done()
			results <- fmt.Sprint("worker stopped: ", wctx.Err())
		}(i)
	}
	wcancel()
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}

	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		context.WithValue(bg, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		context.WithValue(bg, []int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		context.WithCancel(nil)
	}()
}
