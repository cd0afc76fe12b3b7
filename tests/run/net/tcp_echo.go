// An echo server and its client over a loopback TCP connection, each in
// its own goroutine: Listen on port 0, Accept, Dial, line by line reads
// and writes through bufio, CloseWrite's end of file, and the addresses
// both ends see.
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
)

func serve(ln net.Listener, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 2; i++ {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		wg.Add(1)
		go func(c net.Conn) {
			defer wg.Done()
			defer c.Close()
			r := bufio.NewReader(c)
			for {
				line, err := r.ReadString('\n')
				if err == io.EOF {
					return
				}
				fmt.Fprint(c, strings.ToUpper(line))
			}
		}(c)
	}
}

func client(addr string, words []string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	defer c.Close()
	fmt.Println("remote is the listener:", c.RemoteAddr().String() == addr)
	r := bufio.NewReader(c)
	for _, w := range words {
		fmt.Fprintln(c, w)
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
	}
	c.(*net.TCPConn).CloseWrite()
	rest, err := io.ReadAll(r)
	fmt.Printf("after CloseWrite: %q %v\n", rest, err)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println(addr.Network(), addr.IP, addr.Port > 0)

	var wg sync.WaitGroup
	wg.Add(1)
	go serve(ln, &wg)
	client(ln.Addr().String(), []string{"hello", "gopher"})
	client(ln.Addr().String(), []string{"a longer line " + strings.Repeat("x", 20), "bye"})
	wg.Wait()
	fmt.Println(ln.Close())
	_, err = ln.Accept()
	fmt.Println(err.(*net.OpError).Op, err.(*net.OpError).Err)

	// Many bytes in both directions: writes that must wait for the reader.
	ln, _ = net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		io.Copy(c, c)
		c.Close()
	}()
	c, _ := net.Dial("tcp", ln.Addr().String())
	big := strings.Repeat("0123456789", 200000)
	go func() {
		io.WriteString(c, big)
		c.(*net.TCPConn).CloseWrite()
	}()
	back, err := io.ReadAll(c)
	fmt.Println(len(back), string(back) == big, err)
	c.Close()
	ln.Close()
}
