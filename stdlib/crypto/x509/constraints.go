package x509

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// This file checks the names of a leaf certificate against the name
// constraints of a CA above it (RFC 5280, section 4.2.1.10), and a host
// name against a certificate's SANs (RFC 6125).

// rfc2821Mailbox is an email address split at its "@".
type rfc2821Mailbox struct {
	local, domain string
}

// parseRFC2821Mailbox parses an email address in the "Mailbox" syntax of
// RFC 2821, section 4.1.2: a local part (a dot-string, or a quoted
// string whose escapes are removed) then "@" and a domain.
func parseRFC2821Mailbox(in string) (mailbox rfc2821Mailbox, ok bool) {
	if in == "" {
		return mailbox, false
	}
	var local []byte
	var rest string
	if in[0] == '"' {
		local, rest, ok = parseQuotedLocalPart(in[1:])
	} else {
		local, rest, ok = parseDotString(in)
	}
	if !ok || rest == "" || rest[0] != '@' {
		return mailbox, false
	}
	domain := rest[1:]
	if _, ok := domainToReverseLabels(domain); !ok {
		return mailbox, false
	}
	return rfc2821Mailbox{local: string(local), domain: domain}, true
}

// parseQuotedLocalPart reads a quoted string up to its closing quote
// (already past the opening one). Quoted pairs may escape any ASCII
// character but NUL, CR and LF; other characters must be printable or
// the control characters RFC 5321 allows.
func parseQuotedLocalPart(in string) (local []byte, rest string, ok bool) {
	for {
		if in == "" {
			return nil, "", false
		}
		c := in[0]
		in = in[1:]
		switch {
		case c == '"':
			return local, in, true
		case c == '\\':
			if in == "" || !isQuotedPairChar(in[0]) {
				return nil, "", false
			}
			local = append(local, in[0])
			in = in[1:]
		case isQtext(c):
			local = append(local, c)
		default:
			return nil, "", false
		}
	}
}

// isQuotedPairChar reports whether c may follow a backslash.
func isQuotedPairChar(c byte) bool {
	return c == 11 || c == 12 || 1 <= c && c <= 9 || 14 <= c && c <= 127
}

// isQtext reports whether c may appear unescaped in a quoted string:
// anything but NUL, CR, LF, '"' and '\'.
func isQtext(c byte) bool {
	return c == 11 || c == 12 || c == 32 || c == 33 || c == 127 ||
		1 <= c && c <= 8 || 14 <= c && c <= 31 || 35 <= c && c <= 91 || 93 <= c && c <= 126
}

// parseDotString reads an unquoted local part: atext characters and
// dots (a backslash escapes the next character), with no empty atom.
func parseDotString(in string) (local []byte, rest string, ok bool) {
	for in != "" {
		c := in[0]
		if c == '\\' {
			in = in[1:]
			if in == "" {
				return nil, "", false
			}
		} else if !isAtext(c) && c != '.' {
			break
		}
		local = append(local, in[0])
		in = in[1:]
	}
	if len(local) == 0 || local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(string(local), "..") {
		return nil, "", false
	}
	return local, in, true
}

// isAtext reports whether c is an "atext" character of RFC 5322.
func isAtext(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' ||
		strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

// domainToReverseLabels splits a domain into its labels, last first:
// "www.example.com" gives ["com", "example", "www"]. It fails on empty
// labels (so a trailing dot is refused) and on non-printable ASCII. A
// single leading dot is dropped silently, as Go does.
func domainToReverseLabels(domain string) (reverseLabels []string, ok bool) {
	for domain != "" {
		i := strings.LastIndexByte(domain, '.')
		reverseLabels = append(reverseLabels, domain[i+1:])
		if i < 0 {
			break
		}
		domain = domain[:i]
	}
	for _, label := range reverseLabels {
		if label == "" {
			return nil, false
		}
		for _, c := range label {
			if c < 33 || c > 126 {
				return nil, false
			}
		}
	}
	return reverseLabels, true
}

// matchEmailConstraint matches a mailbox against a whole-mailbox
// constraint (local part compared exactly, domain without case) or a
// domain constraint.
func matchEmailConstraint(mailbox rfc2821Mailbox, constraint string) (bool, error) {
	if strings.Contains(constraint, "@") {
		want, ok := parseRFC2821Mailbox(constraint)
		if !ok {
			return false, fmt.Errorf("x509: internal error: cannot parse constraint %q", constraint)
		}
		return mailbox.local == want.local && strings.EqualFold(mailbox.domain, want.domain), nil
	}
	// A constraint without "@" is a domain, matched with the same
	// rules as DNS names; RFC 5280 differs slightly, but subdomain
	// matching is what every implementation does.
	return matchDomainConstraint(mailbox.domain, constraint)
}

// matchURIConstraint matches the host of a URI against a domain
// constraint. URIs naming an IP address, or no host, cannot be checked
// and are errors.
func matchURIConstraint(uri *url.URL, constraint string) (bool, error) {
	host := uri.Host
	if host == "" {
		return false, fmt.Errorf("URI with empty host (%q) cannot be matched against constraints", uri.String())
	}
	if strings.Contains(host, ":") && !strings.HasSuffix(host, "]") {
		var err error
		if host, _, err = net.SplitHostPort(uri.Host); err != nil {
			return false, err
		}
	}
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") || net.ParseIP(host) != nil {
		return false, fmt.Errorf("URI with IP (%q) cannot be matched against constraints", uri.String())
	}
	return matchDomainConstraint(host, constraint)
}

// matchIPConstraint reports whether ip lies in the constraint's range;
// addresses of the other family never match.
func matchIPConstraint(ip net.IP, constraint *net.IPNet) (bool, error) {
	if len(ip) != len(constraint.IP) {
		return false, nil
	}
	for i := range ip {
		if mask := constraint.Mask[i]; ip[i]&mask != constraint.IP[i]&mask {
			return false, nil
		}
	}
	return true, nil
}

// matchDomainConstraint reports whether domain is the constraint or a
// subdomain of it; a constraint with a leading "." matches subdomains
// only, and an empty constraint matches everything.
func matchDomainConstraint(domain, constraint string) (bool, error) {
	if constraint == "" {
		return true, nil
	}
	domainLabels, ok := domainToReverseLabels(domain)
	if !ok {
		return false, fmt.Errorf("x509: internal error: cannot parse domain %q", domain)
	}
	subdomainsOnly := constraint[0] == '.'
	constraint = strings.TrimPrefix(constraint, ".")
	constraintLabels, ok := domainToReverseLabels(constraint)
	if !ok {
		return false, fmt.Errorf("x509: internal error: cannot parse domain %q", constraint)
	}
	if len(domainLabels) < len(constraintLabels) ||
		subdomainsOnly && len(domainLabels) == len(constraintLabels) {
		return false, nil
	}
	for i, label := range constraintLabels {
		if !strings.EqualFold(label, domainLabels[i]) {
			return false, nil
		}
	}
	return true, nil
}

// nameChecker counts the comparisons spent on the constraints of one
// CA, to fail rather than spend quadratic time on hostile certificates.
type nameChecker struct {
	ca    *Certificate
	count int
	max   int
}

// check tests one name against c's excluded then permitted constraints,
// each a list whose elements match reports on. nameType and name are
// for messages; constraints print with %q.
func (nc *nameChecker) check(nameType, name string, match func(constraint any) (bool, error), permitted, excluded []any) error {
	if nc.count += len(excluded); nc.count > nc.max {
		return CertificateInvalidError{nc.ca, TooManyConstraints, ""}
	}
	for _, constraint := range excluded {
		matched, err := match(constraint)
		if err != nil {
			return CertificateInvalidError{nc.ca, CANotAuthorizedForThisName, err.Error()}
		}
		if matched {
			return CertificateInvalidError{nc.ca, CANotAuthorizedForThisName, fmt.Sprintf("%s %q is excluded by constraint %q", nameType, name, constraint)}
		}
	}
	if nc.count += len(permitted); nc.count > nc.max {
		return CertificateInvalidError{nc.ca, TooManyConstraints, ""}
	}
	if len(permitted) == 0 {
		return nil
	}
	for _, constraint := range permitted {
		matched, err := match(constraint)
		if err != nil {
			return CertificateInvalidError{nc.ca, CANotAuthorizedForThisName, err.Error()}
		}
		if matched {
			return nil
		}
	}
	return CertificateInvalidError{nc.ca, CANotAuthorizedForThisName, fmt.Sprintf("%s %q is not permitted by any constraint", nameType, name)}
}

// stringsAsAny and ipNetsAsAny let check treat every kind of constraint
// list alike.
func stringsAsAny(list []string) []any {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out
}

func ipNetsAsAny(list []*net.IPNet) []any {
	out := make([]any, len(list))
	for i, n := range list {
		out[i] = n
	}
	return out
}

// checkChainNames checks the SANs of the leaf, and of c itself, against
// c's name constraints.
func (c *Certificate) checkChainNames(leaf *Certificate, opts *VerifyOptions) error {
	nc := &nameChecker{ca: c, max: opts.MaxConstraintComparisions}
	if nc.max == 0 {
		nc.max = defaultMaxConstraintComparisons
	}
	for _, cert := range []*Certificate{leaf, c} {
		san := sanExtension(cert)
		if san == nil {
			continue
		}
		err := forEachGeneralName(san.Value, func(tag int, data []byte) error {
			return nc.checkName(tag, data)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// checkName checks one GeneralName; kinds other than email, DNS, URI and
// IP are not constrained.
func (nc *nameChecker) checkName(tag int, data []byte) error {
	c := nc.ca
	name := string(data)
	switch tag {
	case nameTypeEmail:
		mailbox, ok := parseRFC2821Mailbox(name)
		if !ok {
			return fmt.Errorf("x509: cannot parse rfc822Name %q", mailbox)
		}
		return nc.check("email address", name, func(constraint any) (bool, error) {
			return matchEmailConstraint(mailbox, constraint.(string))
		}, stringsAsAny(c.PermittedEmailAddresses), stringsAsAny(c.ExcludedEmailAddresses))
	case nameTypeDNS:
		if _, ok := domainToReverseLabels(name); !ok {
			return fmt.Errorf("x509: cannot parse dnsName %q", name)
		}
		return nc.check("DNS name", name, func(constraint any) (bool, error) {
			return matchDomainConstraint(name, constraint.(string))
		}, stringsAsAny(c.PermittedDNSDomains), stringsAsAny(c.ExcludedDNSDomains))
	case nameTypeURI:
		uri, err := url.Parse(name)
		if err != nil {
			return fmt.Errorf("x509: internal error: URI SAN %q failed to parse", name)
		}
		return nc.check("URI", name, func(constraint any) (bool, error) {
			return matchURIConstraint(uri, constraint.(string))
		}, stringsAsAny(c.PermittedURIDomains), stringsAsAny(c.ExcludedURIDomains))
	case nameTypeIP:
		ip := net.IP(data)
		if len(ip) != net.IPv4len && len(ip) != net.IPv6len {
			return fmt.Errorf("x509: internal error: IP SAN %x failed to parse", data)
		}
		return nc.check("IP address", ip.String(), func(constraint any) (bool, error) {
			return matchIPConstraint(ip, constraint.(*net.IPNet))
		}, ipNetsAsAny(c.PermittedIPRanges), ipNetsAsAny(c.ExcludedIPRanges))
	}
	return nil
}

// validHostname reports whether host is a syntactically valid host name
// (letters, digits, '-' not leading a label, '_'), or with isPattern a
// valid pattern, which may start with a "*" label. Input host names may
// end with a dot.
func validHostname(host string, isPattern bool) bool {
	if !isPattern {
		host = strings.TrimSuffix(host, ".")
	}
	if host == "" {
		return false
	}
	for i, label := range strings.Split(host, ".") {
		if label == "" {
			return false
		}
		if isPattern && i == 0 && label == "*" {
			continue
		}
		for j, c := range label {
			ok := 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z' ||
				c == '-' && j != 0 || c == '_'
			if !ok {
				return false
			}
		}
	}
	return true
}

// validHostnamePattern reports whether a certificate name is a valid
// host name or wildcard pattern.
func validHostnamePattern(host string) bool { return validHostname(host, true) }

// validHostnameInput reports whether a name being looked up is a valid
// host name.
func validHostnameInput(host string) bool { return validHostname(host, false) }

// matchExactly compares two names without case, for names that are not
// valid host names and so get no wildcard treatment.
func matchExactly(a, b string) bool {
	if a == "" || a == "." || b == "" || b == "." {
		return false
	}
	return toLowerCaseASCII(a) == toLowerCaseASCII(b)
}

// matchHostnames matches host against pattern label by label, a "*"
// first label of the pattern matching any one label.
func matchHostnames(pattern, host string) bool {
	pattern = toLowerCaseASCII(pattern)
	host = toLowerCaseASCII(strings.TrimSuffix(host, "."))
	if pattern == "" || host == "" {
		return false
	}
	patternLabels := strings.Split(pattern, ".")
	hostLabels := strings.Split(host, ".")
	if len(patternLabels) != len(hostLabels) {
		return false
	}
	for i, p := range patternLabels {
		if !(i == 0 && p == "*") && p != hostLabels[i] {
			return false
		}
	}
	return true
}

// toLowerCaseASCII lowers only ASCII letters: host names compare without
// case, but Unicode case folding would let different names collide.
func toLowerCaseASCII(in string) string {
	out := []byte(in)
	for i, c := range out {
		if 'A' <= c && c <= 'Z' {
			out[i] += 'a' - 'A'
		}
	}
	return string(out)
}

// VerifyHostname checks that c is valid for host h: an IP address
// (optionally in brackets) must be one of c.IPAddresses; a name must
// equal one of c.DNSNames without regard to case, where a valid host
// name may also match a pattern whose first label is "*". The subject's
// Common Name plays no part.
func (c *Certificate) VerifyHostname(h string) error {
	candidateIP := h
	if len(h) >= 3 && h[0] == '[' && h[len(h)-1] == ']' {
		candidateIP = h[1 : len(h)-1]
	}
	if ip := net.ParseIP(candidateIP); ip != nil {
		for _, candidate := range c.IPAddresses {
			if ip.Equal(candidate) {
				return nil
			}
		}
		return HostnameError{c, candidateIP}
	}
	name := toLowerCaseASCII(h)
	validName := validHostnameInput(name)
	for _, pattern := range c.DNSNames {
		if validName && validHostnamePattern(pattern) {
			if matchHostnames(pattern, name) {
				return nil
			}
		} else if matchExactly(pattern, name) {
			return nil
		}
	}
	return HostnameError{c, h}
}
