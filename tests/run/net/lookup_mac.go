// What net gives without a network: numeric and /etc/hosts lookups
// filtered by network, MAC addresses parsed in their three forms and
// printed, and Buffers read and written slice by slice.
package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
)

func main() {
	r := net.DefaultResolver
	ctx := context.Background()
	fmt.Println(net.LookupIP("127.0.0.1"))
	fmt.Println(r.LookupIP(ctx, "ip6", "127.0.0.1"))
	fmt.Println(r.LookupIP(ctx, "ip6", "::1"))
	fmt.Println(r.LookupIP(ctx, "tcp", "::1"))
	fmt.Println(r.LookupPort(ctx, "tcp", "ssh"))
	fmt.Println(r.LookupHost(ctx, "10.0.0.1"))

	for _, s := range []string{"00:00:5e:00:53:01", "02-00-5E-10-00-00-00-01", "0000.5e00.5301",
		"0000.0000.fe80.0000.0000.0000.0200.5e10.0000.0001", "00:00:5e:00:53",
		"zz:00:5e:00:53:01", "00:00:5e:00:53:01:", "", "0000.5e00.530", "00:00-5e:00:53:01"} {
		hw, err := net.ParseMAC(s)
		fmt.Printf("%q %v %v\n", s, hw, err)
	}

	v := net.Buffers{[]byte("ab"), []byte(""), []byte("cde"), []byte("f")}
	var b bytes.Buffer
	n, err := v.WriteTo(&b)
	fmt.Println(n, err, b.String(), len(v))
	v = net.Buffers{[]byte("ab"), []byte("cde"), []byte("f")}
	p := make([]byte, 3)
	for {
		n, err := v.Read(p)
		fmt.Printf("%d %q %v %d\n", n, p[:n], err, len(v))
		if err == io.EOF {
			break
		}
	}
}
