// Methods of a nil *TCPListener and *UnixListener return syscall.EINVAL,
// as Go's do, rather than dereference nil.
package main

import (
	"errors"
	"fmt"
	"net"
	"syscall"
	"time"
)

func main() {
	var tl *net.TCPListener
	_, err := tl.Accept()
	fmt.Printf("%T %v %v\n", err, err, errors.Is(err, syscall.EINVAL))
	_, err = tl.AcceptTCP()
	fmt.Println(err)
	fmt.Println(tl.Close(), tl.SetDeadline(time.Now()))
	_, err = tl.File()
	fmt.Println(err)
	_, err = tl.SyscallConn()
	fmt.Println(err)
	var ul *net.UnixListener
	_, err = ul.Accept()
	fmt.Printf("%T %v\n", err, err)
	_, err = ul.AcceptUnix()
	fmt.Println(err, ul.Close(), ul.SetDeadline(time.Now()))
	_, err = ul.File()
	fmt.Println(err)
	_, err = ul.SyscallConn()
	fmt.Println(err)
	var l net.Listener = tl
	fmt.Println(l.Close())
}
