package x509

import (
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

// This file interprets the standard certificate extensions of RFC 5280,
// section 4.2, filling the matching Certificate fields.

// processExtensions decodes each extension of cert that this package
// knows. A critical extension that it does not know, or knows only in
// part, is recorded in UnhandledCriticalExtensions.
func processExtensions(cert *Certificate) error {
	for _, e := range cert.Extensions {
		handled, err := processExtension(cert, e)
		if err != nil {
			return err
		}
		if e.Critical && !handled {
			cert.UnhandledCriticalExtensions = append(cert.UnhandledCriticalExtensions, e.Id)
		}
	}
	return nil
}

// processExtension decodes one extension, reporting whether it was
// understood completely.
func processExtension(cert *Certificate, e pkix.Extension) (handled bool, err error) {
	switch {
	case e.Id.Equal(oidExtensionKeyUsage):
		cert.KeyUsage, err = parseKeyUsage(e.Value)
	case e.Id.Equal(oidExtensionBasicConstraints):
		cert.IsCA, cert.MaxPathLen, err = parseBasicConstraints(e.Value)
		cert.BasicConstraintsValid = true
		cert.MaxPathLenZero = cert.MaxPathLen == 0
	case e.Id.Equal(oidExtensionSubjectAltName):
		cert.DNSNames, cert.EmailAddresses, cert.IPAddresses, cert.URIs, err = parseSANs(e.Value)
		// An extension with only names of other kinds tells us nothing.
		return len(cert.DNSNames)+len(cert.EmailAddresses)+len(cert.IPAddresses)+len(cert.URIs) > 0, err
	case e.Id.Equal(oidExtensionNameConstraints):
		return parseNameConstraints(cert, e)
	case e.Id.Equal(oidExtensionCRLDistributionPoints):
		cert.CRLDistributionPoints, err = parseCRLDistributionPoints(e.Value)
	case e.Id.Equal(oidExtensionAuthorityKeyId):
		cert.AuthorityKeyId, err = parseAuthorityKeyId(e.Value)
	case e.Id.Equal(oidExtensionExtendedKeyUsage):
		cert.ExtKeyUsage, cert.UnknownExtKeyUsage, err = parseExtKeyUsage(e.Value)
	case e.Id.Equal(oidExtensionSubjectKeyId):
		d := der(e.Value)
		var ok bool
		if cert.SubjectKeyId, ok = d.read(tagOctetString); !ok {
			err = errors.New("x509: invalid subject key identifier")
		}
	case e.Id.Equal(oidExtensionCertificatePolicies):
		cert.PolicyIdentifiers, err = parseCertificatePolicies(e.Value)
	case e.Id.Equal(oidExtensionAuthorityInfoAccess):
		err = parseAuthorityInfoAccess(cert, e.Value)
	default:
		return false, nil
	}
	return true, err
}

// parseKeyUsage decodes the KeyUsage BIT STRING; bit 0 is the first
// (most significant) bit and becomes the lowest KeyUsage bit.
func parseKeyUsage(value der) (KeyUsage, error) {
	bits, ok := value.readBitString()
	if !ok {
		return 0, errors.New("x509: invalid key usage")
	}
	var usage KeyUsage
	for i := 0; i < 9; i++ {
		if bits.At(i) != 0 {
			usage |= 1 << i
		}
	}
	return usage, nil
}

// parseBasicConstraints decodes SEQUENCE { cA BOOLEAN DEFAULT FALSE,
// pathLenConstraint INTEGER OPTIONAL }; an absent limit is -1.
func parseBasicConstraints(value der) (isCA bool, maxPathLen int, err error) {
	seq, ok := value.read(tagSequence)
	if !ok {
		return false, 0, errors.New("x509: invalid basic constraints a")
	}
	if seq.peekTag() == tagBoolean {
		if isCA, ok = seq.readBool(); !ok {
			return false, 0, errors.New("x509: invalid basic constraints b")
		}
	}
	maxPathLen = -1
	if seq.peekTag() == tagInteger {
		if maxPathLen, ok = seq.readInt(); !ok {
			return false, 0, errors.New("x509: invalid basic constraints c")
		}
	}
	return isCA, maxPathLen, nil
}

// forEachGeneralName calls f with the tag number and content of each
// GeneralName in a SEQUENCE OF GeneralName.
func forEachGeneralName(value der, f func(tag int, data []byte) error) error {
	seq, ok := value.read(tagSequence)
	if !ok {
		return errors.New("x509: invalid subject alternative names")
	}
	for len(seq) > 0 {
		tag, data, _, ok := seq.readAny()
		if !ok {
			return errors.New("x509: invalid subject alternative name")
		}
		if err := f(int(tag^0x80), data); err != nil {
			return err
		}
	}
	return nil
}

// parseSANs decodes the subject alternative names this package models.
func parseSANs(value der) (dnsNames, emails []string, ips []net.IP, uris []*url.URL, err error) {
	err = forEachGeneralName(value, func(tag int, data []byte) error {
		switch tag {
		case nameTypeEmail:
			if isIA5String(string(data)) != nil {
				return errors.New("x509: SAN rfc822Name is malformed")
			}
			emails = append(emails, string(data))
		case nameTypeDNS:
			if isIA5String(string(data)) != nil {
				return errors.New("x509: SAN dNSName is malformed")
			}
			dnsNames = append(dnsNames, string(data))
		case nameTypeURI:
			uri, err := parseSANURI(string(data))
			if err != nil {
				return err
			}
			uris = append(uris, uri)
		case nameTypeIP:
			if len(data) != net.IPv4len && len(data) != net.IPv6len {
				return errors.New("x509: cannot parse IP address of length " + strconv.Itoa(len(data)))
			}
			ips = append(ips, data)
		}
		return nil
	})
	return
}

// parseSANURI parses a URI name, whose host, if any, must be a valid
// domain.
func parseSANURI(s string) (*url.URL, error) {
	if isIA5String(s) != nil {
		return nil, errors.New("x509: SAN uniformResourceIdentifier is malformed")
	}
	uri, err := url.Parse(s)
	if err != nil {
		return nil, fmt.Errorf("x509: cannot parse URI %q: %s", s, err)
	}
	if uri.Host != "" {
		if _, ok := domainToReverseLabels(uri.Host); !ok {
			return nil, fmt.Errorf("x509: cannot parse URI %q: invalid domain", s)
		}
	}
	return uri, nil
}

// parseExtKeyUsage splits the purposes into known and unknown ones.
func parseExtKeyUsage(value der) ([]ExtKeyUsage, []asn1.ObjectIdentifier, error) {
	seq, ok := value.read(tagSequence)
	if !ok {
		return nil, nil, errors.New("x509: invalid extended key usages")
	}
	var known []ExtKeyUsage
	var unknown []asn1.ObjectIdentifier
	for len(seq) > 0 {
		oid, ok := seq.readOID()
		if !ok {
			return nil, nil, errors.New("x509: invalid extended key usages")
		}
		if usage, ok := extKeyUsageFromOID(oid); ok {
			known = append(known, usage)
		} else {
			unknown = append(unknown, oid)
		}
	}
	return known, unknown, nil
}

// parseCertificatePolicies returns the policy OIDs, ignoring qualifiers.
func parseCertificatePolicies(value der) ([]asn1.ObjectIdentifier, error) {
	seq, ok := value.read(tagSequence)
	if !ok {
		return nil, errors.New("x509: invalid certificate policies")
	}
	var oids []asn1.ObjectIdentifier
	for len(seq) > 0 {
		info, ok := seq.read(tagSequence)
		if !ok {
			return nil, errors.New("x509: invalid certificate policies")
		}
		oid, ok := info.readOID()
		if !ok {
			return nil, errors.New("x509: invalid certificate policies")
		}
		oids = append(oids, oid)
	}
	return oids, nil
}

// parseCRLDistributionPoints collects the URIs at the front of each
// point's full name; other forms of distribution point are skipped.
func parseCRLDistributionPoints(value der) ([]string, error) {
	seq, ok := value.read(tagSequence)
	if !ok {
		return nil, errors.New("x509: invalid CRL distribution points")
	}
	var uris []string
	for len(seq) > 0 {
		point, ok := seq.read(tagSequence)
		if !ok {
			return nil, errors.New("x509: invalid CRL distribution point")
		}
		name, present, ok := point.readOptional(ctxCons(0))
		if !ok {
			return nil, errors.New("x509: invalid CRL distribution point")
		}
		if !present {
			continue
		}
		fullName, ok := name.read(ctxCons(0))
		if !ok {
			return nil, errors.New("x509: invalid CRL distribution point")
		}
		for fullName.peekTag() == ctx(nameTypeURI) {
			uri, ok := fullName.read(ctx(nameTypeURI))
			if !ok {
				return nil, errors.New("x509: invalid CRL distribution point")
			}
			uris = append(uris, string(uri))
		}
	}
	return uris, nil
}

// parseAuthorityKeyId returns the keyIdentifier [0] field, if present.
func parseAuthorityKeyId(value der) ([]byte, error) {
	seq, ok := value.read(tagSequence)
	if !ok {
		return nil, errors.New("x509: invalid authority key identifier")
	}
	id, present, ok := seq.readOptional(ctx(0))
	if !ok {
		return nil, errors.New("x509: invalid authority key identifier")
	}
	if !present {
		return nil, nil
	}
	return id, nil
}

// parseAuthorityInfoAccess collects the OCSP and CA issuer URIs.
func parseAuthorityInfoAccess(cert *Certificate, value der) error {
	seq, ok := value.read(tagSequence)
	if !ok {
		return errors.New("x509: invalid authority info access")
	}
	for len(seq) > 0 {
		desc, ok := seq.read(tagSequence)
		if !ok {
			return errors.New("x509: invalid authority info access")
		}
		method, ok := desc.readOID()
		if !ok {
			return errors.New("x509: invalid authority info access")
		}
		if desc.peekTag() != ctx(nameTypeURI) {
			continue
		}
		uri, ok := desc.read(ctx(nameTypeURI))
		if !ok {
			return errors.New("x509: invalid authority info access")
		}
		switch {
		case method.Equal(oidAuthorityInfoAccessOcsp):
			cert.OCSPServer = append(cert.OCSPServer, string(uri))
		case method.Equal(oidAuthorityInfoAccessIssuers):
			cert.IssuingCertificateURL = append(cert.IssuingCertificateURL, string(uri))
		}
	}
	return nil
}

// parseNameConstraints decodes
//
//	NameConstraints ::= SEQUENCE {
//		permittedSubtrees [0] GeneralSubtrees OPTIONAL,
//		excludedSubtrees  [1] GeneralSubtrees OPTIONAL }
//
// It reports the extension as not fully handled if a subtree uses a
// kind of name this package cannot check.
func parseNameConstraints(cert *Certificate, e pkix.Extension) (handled bool, err error) {
	outer := der(e.Value)
	top, ok := outer.read(tagSequence)
	var permitted, excluded der
	var havePermitted, haveExcluded bool
	if ok {
		permitted, havePermitted, ok = top.readOptional(ctxCons(0))
	}
	if ok {
		excluded, haveExcluded, ok = top.readOptional(ctxCons(1))
	}
	if !ok || len(outer) != 0 || len(top) != 0 {
		return false, errors.New("x509: invalid NameConstraints extension")
	}
	// RFC 5280 requires at least one of the two lists.
	if !havePermitted && !haveExcluded || len(permitted) == 0 && len(excluded) == 0 {
		return false, errors.New("x509: empty name constraints extension")
	}
	var p, x subtrees
	if err := p.parse(permitted); err != nil {
		return false, err
	}
	if err := x.parse(excluded); err != nil {
		return false, err
	}
	cert.PermittedDNSDomains, cert.PermittedIPRanges = p.dns, p.ips
	cert.PermittedEmailAddresses, cert.PermittedURIDomains = p.emails, p.uris
	cert.ExcludedDNSDomains, cert.ExcludedIPRanges = x.dns, x.ips
	cert.ExcludedEmailAddresses, cert.ExcludedURIDomains = x.emails, x.uris
	cert.PermittedDNSDomainsCritical = e.Critical
	return !p.unhandled && !x.unhandled, nil
}

// subtrees gathers the bases of a GeneralSubtrees list by kind of name.
type subtrees struct {
	dns, emails, uris []string
	ips               []*net.IPNet
	unhandled         bool // a base of another kind was seen
}

// parse reads each GeneralSubtree, keeping only its base name; the
// minimum and maximum fields are not used by RFC 5280 profiles.
func (s *subtrees) parse(list der) error {
	for len(list) > 0 {
		subtree, ok := list.read(tagSequence)
		var tag byte
		var value der
		if ok {
			tag, value, _, ok = subtree.readAny()
		}
		if !ok {
			return fmt.Errorf("x509: invalid NameConstraints extension")
		}
		if err := s.add(tag, value); err != nil {
			return err
		}
	}
	return nil
}

// add records one constraint after checking it is well formed.
func (s *subtrees) add(tag byte, value []byte) error {
	str := string(value)
	switch tag {
	case ctx(nameTypeDNS):
		if err := isIA5String(str); err != nil {
			return errors.New("x509: invalid constraint value: " + err.Error())
		}
		// A leading period means "subdomains only", which is not part of
		// the domain syntax itself.
		if _, ok := domainToReverseLabels(strings.TrimPrefix(str, ".")); !ok {
			return fmt.Errorf("x509: failed to parse dnsName constraint %q", str)
		}
		s.dns = append(s.dns, str)
	case ctx(nameTypeIP):
		ipNet, err := parseIPConstraint(value)
		if err != nil {
			return err
		}
		s.ips = append(s.ips, ipNet)
	case ctx(nameTypeEmail):
		if err := checkEmailConstraint(str); err != nil {
			return err
		}
		s.emails = append(s.emails, str)
	case ctx(nameTypeURI):
		if err := isIA5String(str); err != nil {
			return errors.New("x509: invalid constraint value: " + err.Error())
		}
		if net.ParseIP(str) != nil {
			return fmt.Errorf("x509: failed to parse URI constraint %q: cannot be IP address", str)
		}
		if _, ok := domainToReverseLabels(strings.TrimPrefix(str, ".")); !ok {
			return fmt.Errorf("x509: failed to parse URI constraint %q", str)
		}
		s.uris = append(s.uris, str)
	default:
		s.unhandled = true
	}
	return nil
}

// checkEmailConstraint accepts either a whole mailbox or a domain
// (with an optional leading period).
func checkEmailConstraint(c string) error {
	if err := isIA5String(c); err != nil {
		return errors.New("x509: invalid constraint value: " + err.Error())
	}
	ok := false
	if strings.Contains(c, "@") {
		_, ok = parseRFC2821Mailbox(c)
	} else {
		_, ok = domainToReverseLabels(strings.TrimPrefix(c, "."))
	}
	if !ok {
		return fmt.Errorf("x509: failed to parse rfc822Name constraint %q", c)
	}
	return nil
}

// parseIPConstraint decodes an address followed by a mask of the same
// length, the mask being contiguous ones then zeros.
func parseIPConstraint(value []byte) (*net.IPNet, error) {
	n := len(value)
	if n != 2*net.IPv4len && n != 2*net.IPv6len {
		return nil, fmt.Errorf("x509: IP constraint contained value of length %d", n)
	}
	ip, mask := value[:n/2], value[n/2:]
	if !isValidIPMask(mask) {
		return nil, fmt.Errorf("x509: IP constraint contained invalid mask %x", mask)
	}
	return &net.IPNet{IP: net.IP(ip), Mask: net.IPMask(mask)}, nil
}

// isValidIPMask reports whether mask is some one bits then only zeros.
func isValidIPMask(mask []byte) bool {
	seenZero := false
	for _, b := range mask {
		switch {
		case seenZero:
			if b != 0 {
				return false
			}
		case b == 0xff:
		case b == 0 || b == 0x80 || b == 0xc0 || b == 0xe0 || b == 0xf0 || b == 0xf8 || b == 0xfc || b == 0xfe:
			seenZero = true
		default:
			return false
		}
	}
	return true
}
