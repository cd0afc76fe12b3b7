package x509

import (
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"net"
	"net/url"
)

// This file encodes a template's fields as certificate extensions, the
// reverse of extensions.go.

// basicConstraints is BasicConstraints (RFC 5280, section 4.2.1.9).
type basicConstraints struct {
	IsCA       bool `asn1:"optional"`
	MaxPathLen int  `asn1:"optional,default:-1"`
}

// policyInformation is PolicyInformation without qualifiers.
type policyInformation struct {
	Policy asn1.ObjectIdentifier
}

// authKeyId is AuthorityKeyIdentifier with only the key identifier.
type authKeyId struct {
	Id []byte `asn1:"optional,tag:0"`
}

// authorityInfoAccess is AccessDescription (RFC 5280, section 4.2.2.1).
type authorityInfoAccess struct {
	Method   asn1.ObjectIdentifier
	Location asn1.RawValue
}

// distributionPoint is DistributionPoint (RFC 5280, section 4.2.1.13).
type distributionPoint struct {
	DistributionPoint distributionPointName `asn1:"optional,tag:0"`
	Reason            asn1.BitString        `asn1:"optional,tag:1"`
	CRLIssuer         asn1.RawValue         `asn1:"optional,tag:2"`
}

type distributionPointName struct {
	FullName     []asn1.RawValue  `asn1:"optional,tag:0"`
	RelativeName pkix.RDNSequence `asn1:"optional,tag:1"`
}

// uriName is a GeneralName of the URI kind.
func uriName(s string) asn1.RawValue {
	return asn1.RawValue{Tag: nameTypeURI, Class: asn1.ClassContextSpecific, Bytes: []byte(s)}
}

// buildCertExtensions returns the extensions for a new certificate, in a
// fixed order, followed by the template's ExtraExtensions; an extension
// is not built when ExtraExtensions supplies one with its id.
func buildCertExtensions(template *Certificate, subjectIsEmpty bool, authorityKeyId, subjectKeyId []byte) ([]pkix.Extension, error) {
	var exts []pkix.Extension
	add := func(needed bool, oid asn1.ObjectIdentifier, build func() (pkix.Extension, error)) error {
		if !needed || oidInExtensions(oid, template.ExtraExtensions) {
			return nil
		}
		ext, err := build()
		if err == nil {
			exts = append(exts, ext)
		}
		return err
	}
	t := template
	steps := []struct {
		needed bool
		oid    asn1.ObjectIdentifier
		build  func() (pkix.Extension, error)
	}{
		{t.KeyUsage != 0, oidExtensionKeyUsage, func() (pkix.Extension, error) {
			return marshalKeyUsage(t.KeyUsage)
		}},
		{len(t.ExtKeyUsage) > 0 || len(t.UnknownExtKeyUsage) > 0, oidExtensionExtendedKeyUsage, func() (pkix.Extension, error) {
			return marshalExtKeyUsage(t.ExtKeyUsage, t.UnknownExtKeyUsage)
		}},
		{t.BasicConstraintsValid, oidExtensionBasicConstraints, func() (pkix.Extension, error) {
			return marshalBasicConstraints(t.IsCA, t.MaxPathLen, t.MaxPathLenZero)
		}},
		{len(subjectKeyId) > 0, oidExtensionSubjectKeyId, func() (pkix.Extension, error) {
			return marshalExtension(oidExtensionSubjectKeyId, false, subjectKeyId)
		}},
		{len(authorityKeyId) > 0, oidExtensionAuthorityKeyId, func() (pkix.Extension, error) {
			return marshalExtension(oidExtensionAuthorityKeyId, false, authKeyId{authorityKeyId})
		}},
		{len(t.OCSPServer) > 0 || len(t.IssuingCertificateURL) > 0, oidExtensionAuthorityInfoAccess, func() (pkix.Extension, error) {
			return marshalAuthorityInfoAccess(t.OCSPServer, t.IssuingCertificateURL)
		}},
		{hasSANs(t.DNSNames, t.EmailAddresses, t.IPAddresses, t.URIs), oidExtensionSubjectAltName, func() (pkix.Extension, error) {
			// RFC 5280 asks for a critical SAN when the subject is empty.
			value, err := marshalSANs(t.DNSNames, t.EmailAddresses, t.IPAddresses, t.URIs)
			return pkix.Extension{Id: oidExtensionSubjectAltName, Critical: subjectIsEmpty, Value: value}, err
		}},
		{len(t.PolicyIdentifiers) > 0, oidExtensionCertificatePolicies, func() (pkix.Extension, error) {
			return marshalCertificatePolicies(t.PolicyIdentifiers)
		}},
		{hasNameConstraints(t), oidExtensionNameConstraints, func() (pkix.Extension, error) {
			return marshalNameConstraints(t)
		}},
		{len(t.CRLDistributionPoints) > 0, oidExtensionCRLDistributionPoints, func() (pkix.Extension, error) {
			return marshalCRLDistributionPoints(t.CRLDistributionPoints)
		}},
	}
	for _, s := range steps {
		if err := add(s.needed, s.oid, s.build); err != nil {
			return nil, err
		}
	}
	return append(exts, template.ExtraExtensions...), nil
}

// marshalExtension builds an extension whose value is v in DER.
func marshalExtension(oid asn1.ObjectIdentifier, critical bool, v any) (pkix.Extension, error) {
	value, err := asn1.Marshal(v)
	return pkix.Extension{Id: oid, Critical: critical, Value: value}, err
}

// marshalKeyUsage encodes the usage bits as a BIT STRING whose first bit
// is KeyUsageDigitalSignature, without trailing zero bits.
func marshalKeyUsage(ku KeyUsage) (pkix.Extension, error) {
	bits := []byte{reverseBits(byte(ku)), reverseBits(byte(ku >> 8))}
	if bits[1] == 0 {
		bits = bits[:1]
	}
	return marshalExtension(oidExtensionKeyUsage, true, asn1.BitString{Bytes: bits, BitLength: asn1BitLength(bits)})
}

// reverseBits mirrors a byte: KeyUsage numbers bits from the least
// significant, a BIT STRING from the most significant.
func reverseBits(b byte) byte {
	var r byte
	for i := 0; i < 8; i++ {
		r = r<<1 | b&1
		b >>= 1
	}
	return r
}

// asn1BitLength returns the length of a bit string up to and including
// its last one bit; DER omits trailing zero bits of named bit lists.
func asn1BitLength(bitString []byte) int {
	for i := len(bitString) - 1; i >= 0; i-- {
		if b := bitString[i]; b != 0 {
			n := 8 * (i + 1)
			for b&1 == 0 {
				b >>= 1
				n--
			}
			return n
		}
	}
	return 0
}

// marshalExtKeyUsage lists the known usages then the unknown ones.
func marshalExtKeyUsage(usages []ExtKeyUsage, unknown []asn1.ObjectIdentifier) (pkix.Extension, error) {
	var oids []asn1.ObjectIdentifier
	for _, u := range usages {
		oid, ok := oidFromExtKeyUsage(u)
		if !ok {
			return pkix.Extension{Id: oidExtensionExtendedKeyUsage}, errors.New("x509: unknown extended key usage")
		}
		oids = append(oids, oid)
	}
	return marshalExtension(oidExtensionExtendedKeyUsage, false, append(oids, unknown...))
}

// marshalBasicConstraints writes the path length only when it is a real
// limit: a MaxPathLen of 0 without MaxPathLenZero means "unset".
func marshalBasicConstraints(isCA bool, maxPathLen int, maxPathLenZero bool) (pkix.Extension, error) {
	if maxPathLen == 0 && !maxPathLenZero {
		maxPathLen = -1
	}
	return marshalExtension(oidExtensionBasicConstraints, true, basicConstraints{isCA, maxPathLen})
}

// marshalCertificatePolicies lists the policies without qualifiers.
func marshalCertificatePolicies(ids []asn1.ObjectIdentifier) (pkix.Extension, error) {
	policies := make([]policyInformation, len(ids))
	for i, id := range ids {
		policies[i].Policy = id
	}
	return marshalExtension(oidExtensionCertificatePolicies, false, policies)
}

// marshalAuthorityInfoAccess lists the OCSP servers then the issuer URLs.
func marshalAuthorityInfoAccess(ocsp, issuers []string) (pkix.Extension, error) {
	var descs []authorityInfoAccess
	for _, name := range ocsp {
		descs = append(descs, authorityInfoAccess{oidAuthorityInfoAccessOcsp, uriName(name)})
	}
	for _, name := range issuers {
		descs = append(descs, authorityInfoAccess{oidAuthorityInfoAccessIssuers, uriName(name)})
	}
	return marshalExtension(oidExtensionAuthorityInfoAccess, false, descs)
}

// marshalCRLDistributionPoints writes one point per URI.
func marshalCRLDistributionPoints(uris []string) (pkix.Extension, error) {
	var points []distributionPoint
	for _, uri := range uris {
		points = append(points, distributionPoint{
			DistributionPoint: distributionPointName{FullName: []asn1.RawValue{uriName(uri)}},
		})
	}
	return marshalExtension(oidExtensionCRLDistributionPoints, false, points)
}

// hasSANs reports whether there is any subject alternative name.
func hasSANs(dnsNames, emails []string, ips []net.IP, uris []*url.URL) bool {
	return len(dnsNames) > 0 || len(emails) > 0 || len(ips) > 0 || len(uris) > 0
}

// marshalSANs encodes a GeneralNames sequence: DNS names, emails, IP
// addresses (IPv4 in 4 bytes) then URIs.
func marshalSANs(dnsNames, emails []string, ips []net.IP, uris []*url.URL) ([]byte, error) {
	var names []asn1.RawValue
	addString := func(tag int, s string) error {
		if err := isIA5String(s); err != nil {
			return err
		}
		names = append(names, asn1.RawValue{Tag: tag, Class: asn1.ClassContextSpecific, Bytes: []byte(s)})
		return nil
	}
	for _, name := range dnsNames {
		if err := addString(nameTypeDNS, name); err != nil {
			return nil, err
		}
	}
	for _, email := range emails {
		if err := addString(nameTypeEmail, email); err != nil {
			return nil, err
		}
	}
	for _, ip := range ips {
		if ip4 := ip.To4(); ip4 != nil {
			ip = ip4
		}
		names = append(names, asn1.RawValue{Tag: nameTypeIP, Class: asn1.ClassContextSpecific, Bytes: ip})
	}
	for _, uri := range uris {
		if err := addString(nameTypeURI, uri.String()); err != nil {
			return nil, err
		}
	}
	return asn1.Marshal(names)
}

// hasNameConstraints reports whether the template constrains any name.
func hasNameConstraints(t *Certificate) bool {
	return len(t.PermittedDNSDomains) > 0 || len(t.ExcludedDNSDomains) > 0 ||
		len(t.PermittedIPRanges) > 0 || len(t.ExcludedIPRanges) > 0 ||
		len(t.PermittedEmailAddresses) > 0 || len(t.ExcludedEmailAddresses) > 0 ||
		len(t.PermittedURIDomains) > 0 || len(t.ExcludedURIDomains) > 0
}

// marshalNameConstraints encodes the permitted and excluded subtrees;
// an empty list is left out.
func marshalNameConstraints(t *Certificate) (pkix.Extension, error) {
	ext := pkix.Extension{Id: oidExtensionNameConstraints, Critical: t.PermittedDNSDomainsCritical}
	permitted, err := marshalSubtrees(t.PermittedDNSDomains, t.PermittedIPRanges, t.PermittedEmailAddresses, t.PermittedURIDomains)
	if err != nil {
		return ext, err
	}
	excluded, err := marshalSubtrees(t.ExcludedDNSDomains, t.ExcludedIPRanges, t.ExcludedEmailAddresses, t.ExcludedURIDomains)
	if err != nil {
		return ext, err
	}
	var parts [][]byte
	if len(permitted) > 0 {
		parts = append(parts, derElement(ctxCons(0), permitted))
	}
	if len(excluded) > 0 {
		parts = append(parts, derElement(ctxCons(1), excluded))
	}
	ext.Value = derElement(tagSequence, parts...)
	return ext, nil
}

// marshalSubtrees encodes the content of a GeneralSubtrees list, each
// subtree holding only its base name.
func marshalSubtrees(dns []string, ips []*net.IPNet, emails, uriDomains []string) ([]byte, error) {
	var out []byte
	addStrings := func(tag int, list []string) error {
		for _, s := range list {
			if err := isIA5String(s); err != nil {
				return err
			}
			out = append(out, derElement(tagSequence, derElement(ctx(tag), []byte(s)))...)
		}
		return nil
	}
	if err := addStrings(nameTypeDNS, dns); err != nil {
		return nil, err
	}
	for _, ipNet := range ips {
		// the address, masked, followed by the mask
		value := append(ipNet.IP.Mask(ipNet.Mask), ipNet.Mask...)
		out = append(out, derElement(tagSequence, derElement(ctx(nameTypeIP), value))...)
	}
	if err := addStrings(nameTypeEmail, emails); err != nil {
		return nil, err
	}
	if err := addStrings(nameTypeURI, uriDomains); err != nil {
		return nil, err
	}
	return out, nil
}
