// UDP over loopback: ListenUDP on port 0, a connected DialUDP client,
// ReadFromUDP/WriteToUDP replies, ListenPacket's PacketConn, and the
// errors of writing to a connected socket.
package main

import (
	"fmt"
	"net"
)

func main() {
	srv, err := net.ListenUDP("udp", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		fmt.Println(err)
		return
	}
	raddr := srv.LocalAddr().(*net.UDPAddr)
	fmt.Println(raddr.Network(), raddr.IP, raddr.Port > 0)

	cl, err := net.DialUDP("udp", nil, raddr)
	fmt.Println(err)
	buf := make([]byte, 64)
	for _, msg := range []string{"one", "two"} {
		cl.Write([]byte(msg))
		n, from, err := srv.ReadFromUDP(buf)
		fmt.Println(string(buf[:n]), from.String() == cl.LocalAddr().String(), err)
		srv.WriteToUDP([]byte("ack "+msg), from)
		n, err = cl.Read(buf)
		fmt.Println(string(buf[:n]), err)
	}
	_, err = cl.WriteToUDP([]byte("x"), raddr)
	fmt.Println(err.(*net.OpError).Op, err.(*net.OpError).Err)

	pc, err := net.ListenPacket("udp4", "127.0.0.1:0")
	fmt.Println(err)
	pc.WriteTo([]byte("packet"), srv.LocalAddr())
	n, from, err := srv.ReadFrom(buf)
	fmt.Println(string(buf[:n]), from.String() == pc.LocalAddr().String(), err)
	pc.Close()
	cl.Close()
	srv.Close()
}
