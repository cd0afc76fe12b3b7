// Package net without sockets: IP addresses parsed and printed in Go's
// forms, CIDR networks and masks, the text encoding, and a Pipe read in
// pieces until EOF, then a read deadline and a closed end.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"time"
)

func main() {
	for _, s := range []string{"192.0.2.1", "::1", "2001:db8::68", "::ffff:192.0.2.1", "fe80::1:0:0:1",
		"1:0:0:2:0:0:0:3", "0:0:0:0:0:0:0:0", "1::", "::1:2:3:4:5:6:7", "256.1.1.1", "01.2.3.4", "1:::2", "x", "1:2:3:4:5:6:1.2.3.4", "::1.2.3.4"} {
		ip := net.ParseIP(s)
		fmt.Printf("%q -> %v len=%d v4=%v loop=%v priv=%v mc=%v glob=%v\n", s, ip, len(ip), ip.To4() != nil,
			ip.IsLoopback(), ip.IsPrivate(), ip.IsMulticast(), ip.IsGlobalUnicast())
	}
	for _, s := range []string{"192.0.2.0/24", "10.1.2.3/8", "2001:db8::/32", "1.2.3.4/33", "1.2.3.4", "::1/128"} {
		ip, n, err := net.ParseCIDR(s)
		fmt.Println(s, ip, n, err)
		if n != nil {
			fmt.Println("  contains 192.0.2.77:", n.Contains(net.ParseIP("192.0.2.77")), n.Mask.String())
		}
	}
	fmt.Println(net.IPv4(10, 0, 0, 1).DefaultMask(), net.IP{1, 2, 3}, net.IP(nil), net.CIDRMask(20, 32))
	fmt.Println(net.IPv4(192, 168, 1, 9).Mask(net.CIDRMask(16, 32)), net.IPv4(1, 2, 3, 4).Equal(net.IP{1, 2, 3, 4}))
	ones, bits := net.IPMask{255, 255, 0xf0, 0}.Size()
	fmt.Println(ones, bits, (&net.IPNet{IP: net.IP{1, 2, 3, 0}, Mask: net.IPMask{255, 0, 255, 0}}).String())
	b, err := net.IP{1, 2, 3, 4}.MarshalText()
	fmt.Println(string(b), err)
	_, err = net.IP{1, 2}.MarshalText()
	fmt.Println(err)
	var ip net.IP
	fmt.Println(ip.UnmarshalText([]byte("1.2.3.x")), ip.UnmarshalText([]byte("fe80::2")), ip)

	r, w := net.Pipe()
	go func() {
		w.Write([]byte("hello, pipe"))
		w.Close()
	}()
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%q %v\n", buf[:n], err)
		if err != nil {
			break
		}
	}
	fmt.Println(r.LocalAddr().Network(), r.RemoteAddr())
	r, w = net.Pipe()
	r.SetReadDeadline(time.Now().Add(10 * time.Millisecond))
	_, err = r.Read(buf)
	var ne net.Error
	fmt.Println(err, errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout())
	r.Close()
	_, err = r.Read(buf)
	fmt.Println(err == io.ErrClosedPipe)
	_, err = w.Write(buf)
	fmt.Println(err)

}
