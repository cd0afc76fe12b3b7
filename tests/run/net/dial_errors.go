// The errors of net's dials and listens, in Go's words: a refused
// connection, a missing port, an unknown network, a bad port, an address
// in use, a closed connection, and what errors.Is and net.Error see.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	fmt.Println(err)
	fmt.Println(errors.Is(err, syscall.ECONNREFUSED))
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op, op.Net, op.Addr, op.Source == nil, op.Timeout())

	_, err = net.Dial("tcp", "127.0.0.1")
	fmt.Println(err)
	_, err = net.Dial("udp", "")
	fmt.Println(err)
	_, err = net.Dial("ipx", "127.0.0.1:1")
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1:99999")
	fmt.Println(err)
	_, err = net.Dial("tcp", "127.0.0.1:nosuchservice")
	fmt.Println(err)
	_, err = net.Dial("tcp4", "[::1]:80")
	fmt.Println(err)
	_, err = net.Listen("tcp", "[::1:80")
	fmt.Println(err)

	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	_, err = net.Listen("tcp", ln.Addr().String())
	fmt.Println(err != nil, errors.Is(err, syscall.EADDRINUSE))
	fmt.Println(err.(*net.OpError).Op, err.(*net.OpError).Err.(*os.SyscallError).Syscall)

	c, _ := net.Dial("tcp", ln.Addr().String())
	s, _ := ln.Accept()
	s.Close()
	_, err = s.Write([]byte("x"))
	fmt.Println(errors.Is(err, net.ErrClosed), err.(*net.OpError).Op, err.(*net.OpError).Err)
	err = s.Close()
	fmt.Println(errors.Is(err, net.ErrClosed), err.(*net.OpError).Op)
	c.Close()
	ln.Close()
	err = ln.Close()
	fmt.Println(err.(*net.OpError).Op, err.(*net.OpError).Err)

	for _, hp := range []string{"127.0.0.1:80", "[::1]:443", "host:http", "::1", "[::1]", "a:b:c", "[a]b:c", ":0"} {
		host, port, err := net.SplitHostPort(hp)
		fmt.Printf("%q %q %v\n", host, port, err)
	}
	fmt.Println(net.JoinHostPort("::1", "80"), net.JoinHostPort("localhost", "8080"))
	fmt.Println(net.LookupPort("tcp", "http"))
	fmt.Println(net.LookupPort("udp", "domain"))
	fmt.Println(net.LookupPort("tcp", "65536"))
	a, err := net.ResolveTCPAddr("tcp", "127.0.0.1:8080")
	fmt.Println(a, err)
	u, err := net.ResolveUDPAddr("udp6", "[::1]:53")
	fmt.Println(u, err)
	_, err = net.ResolveTCPAddr("udp", "127.0.0.1:1")
	fmt.Println(err)
	fmt.Println(net.LookupHost("192.0.2.1"))
}
