// Tests os/signal: Notify delivers SIGINT, SIGTERM and SIGHUP sent to the
// process itself to channels (only the ones asked for), Stop and Reset
// end the delivery, Ignore and Ignored, and NotifyContext.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGINT, syscall.SIGTERM)
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)

	self, _ := os.FindProcess(os.Getpid())
	for _, s := range []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP} {
		self.Signal(s)
		select {
		case got := <-c:
			fmt.Println("c got", got)
		case got := <-hup:
			fmt.Println("hup got", got)
		case <-time.After(2 * time.Second):
			fmt.Println("nothing")
		}
	}

	signal.Stop(hup)
	signal.Ignore(syscall.SIGHUP)
	fmt.Println(signal.Ignored(syscall.SIGHUP), signal.Ignored(syscall.SIGINT))
	syscall.Kill(os.Getpid(), syscall.SIGHUP)
	time.Sleep(30 * time.Millisecond)
	select {
	case got := <-hup:
		fmt.Println("unexpected", got)
	default:
		fmt.Println("SIGHUP ignored")
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGUSR1)
	fmt.Println(ctx)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	select {
	case <-ctx.Done():
		fmt.Println("context:", ctx.Err())
	case <-time.After(2 * time.Second):
		fmt.Println("context not done")
	}
	stop()

	signal.Reset(syscall.SIGTERM)
	fmt.Println("terminating by SIGTERM")
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
