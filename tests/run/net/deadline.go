// Deadlines on a TCP connection and listener: a read that waits past its
// deadline fails with a timeout that is os.ErrDeadlineExceeded; a
// deadline moved away lets the read go on; Close wakes a goroutine
// blocked in Read; a dial's timeout.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	c, _ := net.Dial("tcp", ln.Addr().String())
	s, _ := ln.Accept()

	c.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
	start := time.Now()
	_, err := c.Read(make([]byte, 10))
	waited := time.Since(start)
	fmt.Println(waited >= 30*time.Millisecond, waited < 5*time.Second)
	var ne net.Error
	fmt.Println(errors.As(err, &ne), ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
	fmt.Println(err.(*net.OpError).Op, err.(*net.OpError).Err)

	// A deadline in the past fails at once; none lets data through.
	c.SetReadDeadline(time.Now().Add(-time.Second))
	_, err = c.Read(make([]byte, 10))
	fmt.Println(errors.Is(err, os.ErrDeadlineExceeded))
	c.SetReadDeadline(time.Time{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		s.Write([]byte("late"))
	}()
	buf := make([]byte, 10)
	n, err := c.Read(buf)
	fmt.Println(string(buf[:n]), err)

	// Close wakes a goroutine blocked in Read.
	done := make(chan error)
	go func() {
		_, err := s.Read(make([]byte, 1))
		done <- err
	}()
	time.Sleep(20 * time.Millisecond)
	s.Close()
	err = <-done
	fmt.Println(errors.Is(err, net.ErrClosed), err.(*net.OpError).Err)

	// A listener's deadline.
	ln.(*net.TCPListener).SetDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = ln.Accept()
	fmt.Println(err.(*net.OpError).Op, err.(*net.OpError).Timeout())
	ln.Close()
	c.Close()

	// DialTimeout and a Dialer whose deadline has passed.
	d := net.Dialer{Deadline: time.Now().Add(-time.Second)}
	_, err = d.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
}
