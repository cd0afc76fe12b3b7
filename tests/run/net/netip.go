// net/netip: parsing and printing addresses (IPv4, IPv6 with "::" and
// zones, IPv4-mapped IPv6), ports and prefixes, good and bad with Go's
// exact error messages; the Is* predicates; Next/Prev at the edges;
// Compare and sorting; prefix arithmetic (Masked, Contains, Overlaps,
// Addr.Prefix); the text, binary and JSON encodings; Addr as a map key.
package main

import (
	"encoding/json"
	"fmt"
	"net/netip"
	"sort"
)

func parseAddrs() {
	fmt.Println("== ParseAddr")
	for _, s := range []string{
		"192.0.2.1", "0.0.0.0", "255.255.255.255",
		"::", "::1", "2001:db8::68", "2001:DB8:0:0:1:0:0:1", "1:0:0:2:0:0:0:3",
		"fe80::1cc0:3e8c:119f:c2e1%ens18", "::ffff:192.0.2.1", "::ffff:c000:201%eth0",
		"64:ff9b::1.2.3.4", "0001:0002::0003",
		"", "localhost", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.256", "1..2.3", "1.2.3.4%eth0",
		"%eth0", "fe80::1%", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::",
		"1:2:3:4:5:6:7:8::", ":1", "1:", "1:2:3:4:5:6:7:1.2.3.4", "1:2:3:1.2.3.4",
		"::ffff:1.2.3.04", "fe80:x::1",
	} {
		ip, err := netip.ParseAddr(s)
		if err != nil {
			fmt.Printf("%-34q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-34q %v | %s | bits=%d zone=%q 4=%t 6=%t 4in6=%t unmap=%v\n",
			s, ip, ip.StringExpanded(), ip.BitLen(), ip.Zone(), ip.Is4(), ip.Is6(), ip.Is4In6(), ip.Unmap())
	}
	fmt.Println(netip.Addr{}, netip.Addr{}.IsValid(), netip.IPv4Unspecified(), netip.IPv6Unspecified(), netip.IPv6LinkLocalAllNodes())
}

func predicates() {
	fmt.Println("== predicates (global loopback private unspecified multicast ll-uni ll-multi if-multi)")
	for _, s := range []string{
		"8.8.8.8", "127.0.0.1", "10.1.2.3", "172.16.0.1", "172.32.0.1", "192.168.1.1", "169.254.1.1",
		"224.0.0.1", "239.1.1.1", "255.255.255.255", "0.0.0.0",
		"2001:db8::1", "::1", "::", "fc00::1", "fe80::1", "ff02::1", "ff01::1", "ff05::2", "::ffff:10.0.0.1",
	} {
		ip := netip.MustParseAddr(s)
		fmt.Printf("%-16s %t %t %t %t %t %t %t %t\n", s, ip.IsGlobalUnicast(), ip.IsLoopback(),
			ip.IsPrivate(), ip.IsUnspecified(), ip.IsMulticast(), ip.IsLinkLocalUnicast(),
			ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast())
	}
}

func nextPrev() {
	fmt.Println("== Next/Prev")
	for _, s := range []string{"1.2.3.255", "255.255.255.255", "0.0.0.0", "::", "::ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fe80::1%eth0"} {
		ip := netip.MustParseAddr(s)
		fmt.Println(s, "next", ip.Next(), "prev", ip.Prev())
	}
}

func sorting() {
	fmt.Println("== Compare and sort")
	var ips []netip.Addr
	for _, s := range []string{"::1", "10.0.0.2", "fe80::1%b", "10.0.0.10", "::ffff:10.0.0.1", "fe80::1", "fe80::1%a", "1.2.3.4", "::"} {
		ips = append(ips, netip.MustParseAddr(s))
	}
	ips = append(ips, netip.Addr{})
	sort.Slice(ips, func(i, j int) bool { return ips[i].Less(ips[j]) })
	fmt.Println(ips)
	a, b := netip.MustParseAddr("10.0.0.1"), netip.MustParseAddr("::ffff:10.0.0.1")
	fmt.Println(a.Compare(b), b.Compare(a), a.Compare(b.Unmap()), a == b.Unmap())

	// Addr is comparable, so it can key a map: zones included.
	seen := map[netip.Addr]int{}
	for _, s := range []string{"fe80::1%eth0", "fe80::1", "fe80::1%eth0", "FE80::1%eth0", "fe80::1%eth1"} {
		seen[netip.MustParseAddr(s)]++
	}
	fmt.Println(len(seen), seen[netip.MustParseAddr("fe80::1%eth0")])
}

func conversions() {
	fmt.Println("== conversions")
	ip := netip.MustParseAddr("192.0.2.1")
	fmt.Println(ip.As4(), ip.As16(), ip.AsSlice())
	six := netip.AddrFrom16(ip.As16())
	fmt.Println(six, six.Unmap() == ip, netip.AddrFrom4([4]byte{10, 0, 0, 1}))
	for _, b := range [][]byte{{1, 2, 3, 4}, make([]byte, 16), {1, 2, 3}} {
		a, ok := netip.AddrFromSlice(b)
		fmt.Println(a, ok)
	}
	fmt.Println(netip.MustParseAddr("fe80::1").WithZone("lo"), ip.WithZone("lo"), netip.MustParseAddr("fe80::1%lo").WithZone(""))
	defer func() { fmt.Println("recovered:", recover()) }()
	netip.MustParseAddr("::1").As4()
}

func addrPorts() {
	fmt.Println("== AddrPort")
	for _, s := range []string{
		"1.2.3.4:80", "[::1]:8080", "[fe80::1%eth0]:0", "[::ffff:1.2.3.4]:65535",
		"1.2.3.4", "1.2.3.4:", ":80", "[::1]", "[::1:80", "1.2.3.4:65536", "1.2.3.4:http",
		"[1.2.3.4]:80", "::1:80", "1.2.3:80",
	} {
		ap, err := netip.ParseAddrPort(s)
		if err != nil {
			fmt.Printf("%-24q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-24q %v addr=%v port=%d\n", s, ap, ap.Addr(), ap.Port())
	}
	fmt.Println(netip.AddrPortFrom(netip.IPv6Unspecified(), 53), netip.AddrPort{}, netip.AddrPort{}.IsValid())
}

func prefixes() {
	fmt.Println("== Prefix")
	for _, s := range []string{
		"10.1.2.3/8", "192.168.0.0/16", "0.0.0.0/0", "1.2.3.4/32", "2001:db8::1/32", "::/0", "::ffff:10.0.0.0/104",
		"1.2.3.4", "1.2.3.4/33", "1.2.3.4/-1", "1.2.3.4/x", "::1/129", "fe80::1%eth0/64", "1.2.3/24", "1.2.3.4/+8",
	} {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-22q %v masked=%v addr=%v bits=%d single=%t\n", s, p, p.Masked(), p.Addr(), p.Bits(), p.IsSingleIP())
	}
	fmt.Println(netip.PrefixFrom(netip.MustParseAddr("1.2.3.4"), 40), netip.PrefixFrom(netip.MustParseAddr("1.2.3.4"), 40).Bits(), netip.Prefix{})

	ip := netip.MustParseAddr("2001:db8:1234:5678::1")
	for _, bits := range []int{0, 16, 48, 64, 127, 129, -1} {
		p, err := ip.Prefix(bits)
		fmt.Println("Prefix", bits, p, err)
	}
	_, err := netip.MustParseAddr("1.2.3.4").Prefix(33)
	fmt.Println(err)

	fmt.Println("-- Contains")
	net := netip.MustParsePrefix("10.0.0.0/8")
	for _, s := range []string{"10.0.0.1", "10.255.255.255", "11.0.0.0", "::ffff:10.0.0.1"} {
		fmt.Println(net, s, net.Contains(netip.MustParseAddr(s)))
	}
	fmt.Println(netip.MustParsePrefix("fe80::/10").Contains(netip.MustParseAddr("fe80::1%eth0")))

	fmt.Println("-- Overlaps")
	pairs := [][2]string{
		{"10.0.0.0/8", "10.1.0.0/16"}, {"10.0.0.0/16", "10.1.0.0/16"}, {"0.0.0.0/0", "1.2.3.4/32"},
		{"1.2.3.0/24", "::/0"}, {"2001:db8::/32", "2001:db8:ffff::/48"}, {"2001:db8::/32", "2001:db9::/32"},
	}
	for _, pr := range pairs {
		a, b := netip.MustParsePrefix(pr[0]), netip.MustParsePrefix(pr[1])
		fmt.Println(a, b, a.Overlaps(b), b.Overlaps(a))
	}
}

func encodings() {
	fmt.Println("== encodings")
	for _, ip := range []netip.Addr{{}, netip.MustParseAddr("1.2.3.4"), netip.MustParseAddr("fe80::1%eth0")} {
		text, _ := ip.MarshalText()
		bin, _ := ip.MarshalBinary()
		var back netip.Addr
		err := back.UnmarshalBinary(bin)
		fmt.Printf("%q %x %v %v %q\n", text, bin, back == ip, err, ip.AppendTo([]byte("ip=")))
	}
	ap := netip.MustParseAddrPort("[::1]:443")
	bin, _ := ap.MarshalBinary()
	fmt.Printf("%x\n", bin)
	p := netip.MustParsePrefix("10.0.0.0/8")
	bin, _ = p.MarshalBinary()
	fmt.Printf("%x\n", bin)
	var bad netip.Addr
	fmt.Println(bad.UnmarshalBinary([]byte{1, 2, 3}), bad.UnmarshalText([]byte("1.2.3")))

	type host struct {
		Addr   netip.Addr
		Listen netip.AddrPort
		Net    netip.Prefix
	}
	out, err := json.Marshal(host{netip.MustParseAddr("::ffff:1.2.3.4"), netip.MustParseAddrPort("0.0.0.0:22"), p})
	fmt.Println(string(out), err)
	var h host
	err = json.Unmarshal([]byte(`{"Addr":"fe80::1%lo","Listen":"[::]:80","Net":"2001:db8::/32"}`), &h)
	fmt.Println(h.Addr, h.Listen, h.Net, err)
	err = json.Unmarshal([]byte(`{"Net":"2001:db8::/200"}`), &h)
	fmt.Println(err)
}

func main() {
	parseAddrs()
	predicates()
	nextPrev()
	sorting()
	conversions()
	addrPorts()
	prefixes()
	encodings()
}
