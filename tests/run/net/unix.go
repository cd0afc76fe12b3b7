// Unix domain sockets: a stream listener on a path in a temporary
// directory, a client that dials it, the addresses each end sees, the
// socket file removed by Close, and datagrams between two unixgram
// sockets.
package main

import (
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
)

func main() {
	dir, err := os.MkdirTemp("", "unixsock")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "echo.sock")

	ln, err := net.Listen("unix", path)
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	fmt.Println(ln.Addr().Network(), ln.Addr().String() == path)
	fi, err := os.Stat(path)
	fmt.Println(err, fi.Mode()&os.ModeSocket != 0)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		fmt.Println("server sees client:", c.RemoteAddr())
		io.Copy(c, c)
		c.Close()
	}()
	c, err := net.Dial("unix", path)
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	fmt.Println(c.RemoteAddr().String() == path, c.LocalAddr())
	fmt.Fprint(c, "over a unix socket")
	c.(*net.UnixConn).CloseWrite()
	back, err := io.ReadAll(c)
	fmt.Printf("%q %v\n", back, err)
	c.Close()
	ln.Close()
	_, err = os.Stat(path)
	fmt.Println("removed:", os.IsNotExist(err))
	_, err = net.Dial("unix", path)
	fmt.Println(err != nil, err.(*net.OpError).Op)

	a, _ := net.ResolveUnixAddr("unixgram", filepath.Join(dir, "a"))
	b, _ := net.ResolveUnixAddr("unixgram", filepath.Join(dir, "b"))
	ca, err := net.ListenUnixgram("unixgram", a)
	fmt.Println(err)
	cb, err := net.ListenUnixgram("unixgram", b)
	fmt.Println(err)
	ca.WriteToUnix([]byte("datagram"), b)
	buf := make([]byte, 64)
	n, from, err := cb.ReadFromUnix(buf)
	fmt.Println(string(buf[:n]), from.String() == a.String(), from.Network(), err)
	ca.Close()
	cb.Close()
}
