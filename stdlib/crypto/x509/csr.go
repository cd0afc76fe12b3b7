package x509

import (
	"crypto"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"io"
	"net"
	"net/url"
)

// This file handles certificate signing requests (PKCS #10, RFC 2986).
// Requested extensions travel in an attribute of type extensionRequest
// (RFC 2985, section 5.4.2).

// CertificateRequest represents a PKCS #10, certificate signature
// request.
type CertificateRequest struct {
	Raw                      []byte // the whole DER encoding
	RawTBSCertificateRequest []byte // the signed CertificationRequestInfo
	RawSubjectPublicKeyInfo  []byte // DER SubjectPublicKeyInfo
	RawSubject               []byte // DER subject name

	Version            int
	Signature          []byte
	SignatureAlgorithm SignatureAlgorithm

	PublicKeyAlgorithm PublicKeyAlgorithm
	PublicKey          any

	Subject pkix.Name

	// Attributes holds the request attributes that parse as
	// AttributeTypeAndValueSET.
	//
	// Deprecated: Use Extensions and ExtraExtensions instead for parsing
	// and generating the requestedExtensions attribute.
	Attributes []pkix.AttributeTypeAndValueSET

	// Extensions holds the requested extensions, as parsed.
	Extensions []pkix.Extension

	// ExtraExtensions are added, raw, to a created request, replacing
	// any extension built from the other fields with the same id.
	ExtraExtensions []pkix.Extension

	// Subject alternative names.
	DNSNames       []string
	EmailAddresses []string
	IPAddresses    []net.IP
	URIs           []*url.URL
}

// tbsCertificateRequest is CertificationRequestInfo. Attributes stay
// raw because their values may be of any type.
type tbsCertificateRequest struct {
	Raw           asn1.RawContent
	Version       int
	Subject       asn1.RawValue
	PublicKey     publicKeyInfo
	RawAttributes []asn1.RawValue `asn1:"tag:0"`
}

type certificateRequest struct {
	Raw                asn1.RawContent
	TBSCSR             tbsCertificateRequest
	SignatureAlgorithm pkix.AlgorithmIdentifier
	SignatureValue     asn1.BitString
}

// oidExtensionRequest is the PKCS #9 extensionRequest attribute type.
var oidExtensionRequest = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 14}

// newRawAttributes encodes attributes and splits the result back into
// one raw value per attribute.
func newRawAttributes(attributes []pkix.AttributeTypeAndValueSET) ([]asn1.RawValue, error) {
	b, err := asn1.Marshal(attributes)
	if err != nil {
		return nil, err
	}
	var raw []asn1.RawValue
	rest, err := asn1.Unmarshal(b, &raw)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, errors.New("x509: failed to unmarshal raw CSR Attributes")
	}
	return raw, nil
}

// parseRawAttributes keeps the attributes that decode as
// AttributeTypeAndValueSET, silently skipping the rest.
func parseRawAttributes(raw []asn1.RawValue) []pkix.AttributeTypeAndValueSET {
	var attributes []pkix.AttributeTypeAndValueSET
	for _, r := range raw {
		var attr pkix.AttributeTypeAndValueSET
		if rest, err := asn1.Unmarshal(r.FullBytes, &attr); err == nil && len(rest) == 0 {
			attributes = append(attributes, attr)
		}
	}
	return attributes
}

// parseCSRExtensions collects the extensions of every extensionRequest
// attribute, refusing duplicates.
func parseCSRExtensions(raw []asn1.RawValue) ([]pkix.Extension, error) {
	type pkcs10Attribute struct {
		Id     asn1.ObjectIdentifier
		Values []asn1.RawValue `asn1:"set"`
	}
	var exts []pkix.Extension
	seen := make(map[string]bool)
	for _, r := range raw {
		var attr pkcs10Attribute
		if rest, err := asn1.Unmarshal(r.FullBytes, &attr); err != nil || len(rest) != 0 || len(attr.Values) == 0 {
			continue
		}
		if !attr.Id.Equal(oidExtensionRequest) {
			continue
		}
		var list []pkix.Extension
		if _, err := asn1.Unmarshal(attr.Values[0].FullBytes, &list); err != nil {
			return nil, err
		}
		for _, ext := range list {
			if seen[ext.Id.String()] {
				return nil, errors.New("x509: certificate request contains duplicate requested extensions")
			}
			seen[ext.Id.String()] = true
		}
		exts = append(exts, list...)
	}
	return exts, nil
}

// buildCSRExtensions returns the SAN extension, if any names are given
// and ExtraExtensions does not replace it, then ExtraExtensions.
func buildCSRExtensions(template *CertificateRequest) ([]pkix.Extension, error) {
	var exts []pkix.Extension
	t := template
	if hasSANs(t.DNSNames, t.EmailAddresses, t.IPAddresses, t.URIs) &&
		!oidInExtensions(oidExtensionSubjectAltName, t.ExtraExtensions) {
		value, err := marshalSANs(t.DNSNames, t.EmailAddresses, t.IPAddresses, t.URIs)
		if err != nil {
			return nil, err
		}
		exts = append(exts, pkix.Extension{Id: oidExtensionSubjectAltName, Value: value})
	}
	return append(exts, t.ExtraExtensions...), nil
}

// CreateCertificateRequest makes a PKCS #10 request from a template, signed with priv (a crypto.Signer). From the template it
// uses SignatureAlgorithm, Subject, DNSNames, EmailAddresses,
// IPAddresses, URIs, ExtraExtensions and Attributes (deprecated).
// It returns the DER.
func CreateCertificateRequest(rand io.Reader, template *CertificateRequest, priv any) (csr []byte, err error) {
	key, ok := priv.(crypto.Signer)
	if !ok {
		return nil, errors.New("x509: certificate private key does not implement crypto.Signer")
	}
	hash, sigAI, err := signingParamsForPublicKey(key.Public(), template.SignatureAlgorithm)
	if err != nil {
		return nil, err
	}
	keyBits, keyAI, err := marshalPublicKey(key.Public())
	if err != nil {
		return nil, err
	}
	exts, err := buildCSRExtensions(template)
	if err != nil {
		return nil, err
	}
	rawAttributes, err := csrAttributes(template.Attributes, exts)
	if err != nil {
		return nil, err
	}
	subject := template.RawSubject
	if len(subject) == 0 {
		if subject, err = asn1.Marshal(template.Subject.ToRDNSequence()); err != nil {
			return nil, err
		}
	}
	tbs := tbsCertificateRequest{
		Subject:       asn1.RawValue{FullBytes: subject},
		PublicKey:     publicKeyInfo{Algorithm: keyAI, PublicKey: bitString(keyBits)},
		RawAttributes: rawAttributes,
	}
	if tbs.Raw, err = asn1.Marshal(tbs); err != nil {
		return nil, err
	}
	signature, err := sign(rand, key, tbs.Raw, hash, false)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(certificateRequest{
		TBSCSR:             tbs,
		SignatureAlgorithm: sigAI,
		SignatureValue:     bitString(signature),
	})
}

// csrAttributes encodes the template's attributes with the extensions
// added: into the first value of an existing extensionRequest attribute
// (keeping the ones it already lists), or else as a new attribute.
func csrAttributes(template []pkix.AttributeTypeAndValueSET, exts []pkix.Extension) ([]asn1.RawValue, error) {
	attributes := make([]pkix.AttributeTypeAndValueSET, len(template))
	for i, attr := range template {
		attributes[i] = pkix.AttributeTypeAndValueSET{Type: attr.Type, Value: append([][]pkix.AttributeTypeAndValue(nil), attr.Value...)}
	}
	merged := len(exts) > 0 && mergeExtensionRequest(attributes, exts)
	raw, err := newRawAttributes(attributes)
	if err != nil || len(exts) == 0 || merged {
		return raw, err
	}
	attr := struct {
		Type  asn1.ObjectIdentifier
		Value [][]pkix.Extension `asn1:"set"`
	}{oidExtensionRequest, [][]pkix.Extension{exts}}
	b, err := asn1.Marshal(attr)
	if err != nil {
		return nil, errors.New("x509: failed to serialise extensions attribute: " + err.Error())
	}
	var value asn1.RawValue
	if _, err := asn1.Unmarshal(b, &value); err != nil {
		return nil, err
	}
	return append(raw, value), nil
}

// mergeExtensionRequest adds exts to the first extensionRequest
// attribute, reporting whether there was one.
func mergeExtensionRequest(attributes []pkix.AttributeTypeAndValueSET, exts []pkix.Extension) bool {
	for _, attr := range attributes {
		if !attr.Type.Equal(oidExtensionRequest) || len(attr.Value) == 0 {
			continue
		}
		present := make(map[string]bool)
		for _, atvs := range attr.Value {
			for _, atv := range atvs {
				present[atv.Type.String()] = true
			}
		}
		value := append([]pkix.AttributeTypeAndValue(nil), attr.Value[0]...)
		for _, e := range exts {
			if !present[e.Id.String()] {
				value = append(value, pkix.AttributeTypeAndValue{Type: e.Id, Value: e.Value})
			}
		}
		attr.Value[0] = value
		return true
	}
	return false
}

// ParseCertificateRequest decodes one DER certificate request.
func ParseCertificateRequest(asn1Data []byte) (*CertificateRequest, error) {
	var csr certificateRequest
	rest, err := asn1.Unmarshal(asn1Data, &csr)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, asn1.SyntaxError{Msg: "trailing data"}
	}
	return parseCertificateRequest(&csr)
}

// parseCertificateRequest fills a CertificateRequest from its decoded
// structure.
func parseCertificateRequest(in *certificateRequest) (*CertificateRequest, error) {
	tbs := &in.TBSCSR
	out := &CertificateRequest{
		Raw:                      in.Raw,
		RawTBSCertificateRequest: tbs.Raw,
		RawSubjectPublicKeyInfo:  tbs.PublicKey.Raw,
		RawSubject:               tbs.Subject.FullBytes,
		Signature:                in.SignatureValue.RightAlign(),
		SignatureAlgorithm:       signatureAlgorithmFromAI(in.SignatureAlgorithm),
		PublicKeyAlgorithm:       publicKeyAlgorithmFromOID(tbs.PublicKey.Algorithm.Algorithm),
		Version:                  tbs.Version,
		Attributes:               parseRawAttributes(tbs.RawAttributes),
	}
	var err error
	out.PublicKey, err = parsePublicKey(out.PublicKeyAlgorithm, tbs.PublicKey.Algorithm.Parameters.FullBytes, tbs.PublicKey.PublicKey.RightAlign())
	if err != nil {
		return nil, err
	}
	var subject pkix.RDNSequence
	rest, err := asn1.Unmarshal(tbs.Subject.FullBytes, &subject)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, errors.New("x509: trailing data after X.509 Subject")
	}
	out.Subject.FillFromRDNSequence(&subject)
	if out.Extensions, err = parseCSRExtensions(tbs.RawAttributes); err != nil {
		return nil, err
	}
	for _, ext := range out.Extensions {
		if ext.Id.Equal(oidExtensionSubjectAltName) {
			out.DNSNames, out.EmailAddresses, out.IPAddresses, out.URIs, err = parseSANs(ext.Value)
			if err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// CheckSignature verifies the request's signature with its own public key.
func (c *CertificateRequest) CheckSignature() error {
	return checkSignature(c.SignatureAlgorithm, c.RawTBSCertificateRequest, c.Signature, c.PublicKey, true)
}
