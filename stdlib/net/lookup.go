// This file implements name resolution as far as gominic goes: literal
// addresses, the names of /etc/hosts, numeric ports and the service
// names of /etc/services (with Go's built-in list for the common ones).
// gominic has no DNS client: a name /etc/hosts does not list fails with
// a *DNSError that says so.

package net

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
)

var (
	errNoSuitableAddress = errors.New("no suitable address found")
	errMissingAddress    = errors.New("missing address")
	errNoSuchHost        = errors.New("no such host")
)

// errNoDNS is the error of a host name /etc/hosts does not list.
const errNoDNS = "no such host (gominic has no DNS client: only /etc/hosts is read)"

// DNSError represents a DNS error.
type DNSError struct {
	Err         string // description of the error
	Name        string // name looked for
	Server      string // server used
	IsTimeout   bool   // if true, timed out; not all timeouts set this
	IsTemporary bool   // if true, error is temporary; not all errors set this
	IsNotFound  bool   // if true, host could not be found
}

// Error is "lookup name: err", with the server if known.
func (e *DNSError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "lookup " + e.Name
	if e.Server != "" {
		s += " on " + e.Server
	}
	return s + ": " + e.Err
}

// Timeout reports whether the DNS lookup is known to have timed out.
func (e *DNSError) Timeout() bool { return e.IsTimeout }

// Temporary reports whether the DNS error is known to be temporary.
func (e *DNSError) Temporary() bool { return e.IsTimeout || e.IsTemporary }

// IPAddr represents the address of an IP end point.
type IPAddr struct {
	IP   IP
	Zone string // IPv6 scoped addressing zone
}

// Network returns the address's network name, "ip".
func (a *IPAddr) Network() string { return "ip" }

func (a *IPAddr) String() string {
	if a == nil {
		return "<nil>"
	}
	ip := ipEmptyString(a.IP)
	if a.Zone != "" {
		return ip + "%" + a.Zone
	}
	return ip
}

// ipEmptyString is ip's text, empty for no address.
func ipEmptyString(ip IP) string {
	if len(ip) == 0 {
		return ""
	}
	return ip.String()
}

// lookupIPAddr resolves host: a literal address, else the addresses
// /etc/hosts gives it.
func lookupIPAddr(ctx context.Context, host string) ([]IPAddr, error) {
	if host == "" {
		return nil, &DNSError{Err: errNoSuchHost.Error(), Name: host, IsNotFound: true}
	}
	name, zone := splitHostZone(host)
	if ip := ParseIP(name); ip != nil {
		return []IPAddr{{IP: ip, Zone: zone}}, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, &DNSError{Err: mapErr(err).Error(), Name: host, IsTimeout: err == context.DeadlineExceeded}
	}
	var addrs []IPAddr
	for _, text := range lookupStaticHost(host) {
		name, zone := splitHostZone(text)
		if ip := ParseIP(name); ip != nil {
			addrs = append(addrs, IPAddr{IP: ip, Zone: zone})
		}
	}
	if len(addrs) == 0 {
		return nil, &DNSError{Err: errNoDNS, Name: host, IsNotFound: true}
	}
	return addrs, nil
}

var (
	hostsOnce   sync.Once
	hostsByName map[string][]string // lower-case name -> addresses, in file order
)

// lookupStaticHost returns the addresses /etc/hosts gives host.
func lookupStaticHost(host string) []string {
	hostsOnce.Do(readHosts)
	return hostsByName[strings.ToLower(strings.TrimSuffix(host, "."))]
}

// readHosts reads /etc/hosts: each line an address then its names,
// '#' starting a comment.
func readHosts() {
	hostsByName = map[string][]string{}
	data, _ := os.ReadFile("/etc/hosts")
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 2 || ParseIP(f[0]) == nil {
			continue
		}
		for _, name := range f[1:] {
			key := strings.ToLower(strings.TrimSuffix(name, "."))
			hostsByName[key] = append(hostsByName[key], f[0])
		}
	}
}

// A Resolver looks up names and numbers. gominic's reads /etc/hosts and
// /etc/services; its fields are accepted for Go's API.
type Resolver struct {
	// PreferGo asks for Go's own resolver; gominic has only its own.
	PreferGo bool

	// StrictErrors controls the behavior of temporary errors in
	// DNS lookups, which gominic does not make.
	StrictErrors bool

	// Dial would reach a DNS server; gominic has no DNS client.
	Dial func(ctx context.Context, network, address string) (Conn, error)
}

// DefaultResolver is the resolver used by the package-level Lookup
// functions and by Dialers without a specified Resolver.
var DefaultResolver = &Resolver{}

// LookupHost looks up the given host using the local resolver.
// It returns a slice of that host's addresses.
func LookupHost(host string) (addrs []string, err error) {
	return DefaultResolver.LookupHost(context.Background(), host)
}

// LookupHost looks up the given host: a literal address, or the
// addresses /etc/hosts gives the name.
func (r *Resolver) LookupHost(ctx context.Context, host string) (addrs []string, err error) {
	ips, err := lookupIPAddr(ctx, host)
	if err != nil {
		return nil, err
	}
	for _, ip := range ips {
		addrs = append(addrs, ip.String())
	}
	return addrs, nil
}

// LookupIPAddr looks up host: a slice of its IPv4 and IPv6 addresses.
func (r *Resolver) LookupIPAddr(ctx context.Context, host string) ([]IPAddr, error) {
	return lookupIPAddr(ctx, host)
}

// LookupIP looks up host using the local resolver.
// It returns a slice of that host's IPv4 and IPv6 addresses.
func LookupIP(host string) ([]IP, error) {
	return DefaultResolver.LookupIP(context.Background(), "ip", host)
}

// LookupIP looks up host for the given network: "ip" for all its
// addresses, "ip4" for its IPv4 ones, "ip6" for its IPv6 ones.
func (r *Resolver) LookupIP(ctx context.Context, network, host string) ([]IP, error) {
	switch network {
	case "ip", "ip4", "ip6":
	default:
		return nil, UnknownNetworkError(network)
	}
	addrs, err := lookupIPAddr(ctx, host)
	if err != nil {
		return nil, err
	}
	var ips []IP
	for _, a := range addrs {
		if suitsNetwork(network, a.IP) {
			ips = append(ips, a.IP)
		}
	}
	if len(ips) == 0 {
		return nil, &AddrError{Err: errNoSuitableAddress.Error(), Addr: host}
	}
	return ips, nil
}

// LookupPort looks up the port for the given network and service.
func LookupPort(network, service string) (port int, err error) {
	return DefaultResolver.LookupPort(context.Background(), network, service)
}

// LookupPort looks up the port for the given network and service: a
// number, or a name /etc/services (or Go's built-in list) gives.
func (r *Resolver) LookupPort(ctx context.Context, network, service string) (port int, err error) {
	port, needsLookup := parsePort(service)
	if needsLookup {
		switch network {
		case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6":
		case "":
			network = "ip"
		default:
			return 0, &AddrError{Err: "unknown network", Addr: network}
		}
		if port, err = lookupPortMap(network, service); err != nil {
			return 0, err
		}
	}
	if port < 0 || port > 65535 {
		return 0, &AddrError{Err: "invalid port", Addr: service}
	}
	return port, nil
}

// parsePort parses service as a decimal port; needsLookup says it is a
// name instead. An empty service is port 0.
func parsePort(service string) (port int, needsLookup bool) {
	s := service
	if s == "" {
		return 0, false
	}
	neg := s[0] == '-'
	if s[0] == '+' || s[0] == '-' {
		s = s[1:]
	}
	const cutoff = 1 << 30 // beyond any port: the value only needs to be invalid
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, true
		}
		if port < cutoff {
			port = port*10 + int(s[i]-'0')
		}
	}
	if neg {
		port = -port
	}
	return port, false
}

// services maps a network and a service name to its port: Go's built-in
// list, then what /etc/services adds.
var services = map[string]map[string]int{
	"udp": {"domain": 53},
	"tcp": {
		"ftp": 21, "ftps": 990, "gopher": 70, "http": 80, "https": 443,
		"imap2": 143, "imap3": 220, "imaps": 993, "pop3": 110, "pop3s": 995,
		"smtp": 25, "ssh": 22, "telnet": 23,
	},
}

var servicesOnce sync.Once

// lookupPortMap finds service's port on network.
func lookupPortMap(network, service string) (int, error) {
	servicesOnce.Do(readServices)
	network = strings.TrimRight(network, "46")
	if port, ok := services[network][strings.ToLower(service)]; ok {
		return port, nil
	}
	return 0, &AddrError{Err: "unknown port", Addr: network + "/" + service}
}

// readServices adds /etc/services' lines, "name port/network aliases...",
// to services.
func readServices() {
	data, _ := os.ReadFile("/etc/services")
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		portnet := strings.SplitN(f[1], "/", 2)
		port, needsLookup := parsePort(portnet[0])
		if len(portnet) != 2 || needsLookup || port <= 0 {
			continue
		}
		m := services[portnet[1]]
		if m == nil {
			m = map[string]int{}
			services[portnet[1]] = m
		}
		for i, name := range f {
			if i == 1 {
				continue // the port
			}
			if _, ok := m[name]; !ok {
				m[name] = port
			}
		}
	}
}

// errCanceled is the error of an operation whose context was canceled.
type canceledError struct{}

func (canceledError) Error() string { return "operation was canceled" }

// Is lets errors.Is see context.Canceled.
func (canceledError) Is(err error) bool { return err == context.Canceled }

var errCanceled error = canceledError{}

// timeoutError is the "i/o timeout" of a dial whose deadline passed.
type timeoutError struct{}

func (e *timeoutError) Error() string   { return "i/o timeout" }
func (e *timeoutError) Timeout() bool   { return true }
func (e *timeoutError) Temporary() bool { return true }

// Is lets errors.Is see context.DeadlineExceeded.
func (e *timeoutError) Is(err error) bool { return err == context.DeadlineExceeded }

var errTimeout error = &timeoutError{}

// mapErr turns a context's error into net's.
func mapErr(err error) error {
	switch err {
	case context.Canceled:
		return errCanceled
	case context.DeadlineExceeded:
		return errTimeout
	}
	return err
}
