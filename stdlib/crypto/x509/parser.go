package x509

import (
	"bytes"
	"crypto/dsa"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"math/big"
	"time"
)

// This file decodes certificates. The structure, from RFC 5280 section
// 4.1, is
//
//	Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signature BIT STRING }
//	TBSCertificate ::= SEQUENCE {
//		version [0] EXPLICIT INTEGER DEFAULT v1, serialNumber INTEGER,
//		signature AlgorithmIdentifier, issuer Name, validity Validity,
//		subject Name, subjectPublicKeyInfo,
//		issuerUniqueID [1] IMPLICIT OPTIONAL, subjectUniqueID [2] IMPLICIT OPTIONAL,
//		extensions [3] EXPLICIT Extensions OPTIONAL }
//
// and it is read front to back with the der cursor, each failure giving
// an error that names the field.

// ParseCertificate parses a single certificate from the given ASN.1 DER
// data.
func ParseCertificate(der []byte) (*Certificate, error) {
	cert, err := parseCertificate(der)
	if err != nil {
		return nil, err
	}
	if len(cert.Raw) != len(der) {
		return nil, errors.New("x509: trailing data")
	}
	return cert, nil
}

// ParseCertificates parses one or more certificates from the given ASN.1
// DER data, which must hold them back to back with nothing between.
func ParseCertificates(data []byte) ([]*Certificate, error) {
	var certs []*Certificate
	for len(data) > 0 {
		cert, err := parseCertificate(data)
		if err != nil {
			return nil, err
		}
		certs = append(certs, cert)
		data = data[len(cert.Raw):]
	}
	return certs, nil
}

// signed is the envelope of a signed object (a certificate, a revocation
// list): its to-be-signed part, then the rest (the signature algorithm and
// the signature), with the encodings of the whole and of the TBS part.
type signed struct {
	tbs, rest   der
	raw, rawTBS []byte
}

// readSigned reads the envelope of a signed what ("certificate", "crl")
// at the front of input.
func readSigned(input *der, what string) (signed, error) {
	outer, raw, ok := input.readWithHeader(tagSequence)
	if !ok {
		return signed{}, errors.New("x509: malformed " + what)
	}
	tbs, rawTBS, ok := outer.readWithHeader(tagSequence)
	if !ok {
		return signed{}, errors.New("x509: malformed tbs " + what)
	}
	return signed{tbs: tbs, rest: outer, raw: raw, rawTBS: rawTBS}, nil
}

// parseCertificate decodes the certificate at the front of input,
// leaving anything after it alone.
func parseCertificate(input der) (*Certificate, error) {
	cert := &Certificate{}
	s, err := readSigned(&input, "certificate")
	if err != nil {
		return nil, err
	}
	cert.Raw, cert.RawTBSCertificate = s.raw, s.rawTBS
	if err := parseTBSCertificate(cert, &s.tbs, &s.rest); err != nil {
		return nil, err
	}
	sig, ok := s.rest.readBitString()
	if !ok {
		return nil, errors.New("x509: malformed signature")
	}
	cert.Signature = sig.RightAlign()
	return cert, nil
}

// parseTBSCertificate fills cert from the TBSCertificate fields; outer
// is the rest of the Certificate, whose signature algorithm must repeat
// the one inside.
func parseTBSCertificate(cert *Certificate, tbs, outer *der) error {
	version, err := parseVersion(tbs)
	if err != nil {
		return err
	}
	cert.Version = version + 1
	if cert.Version > 3 {
		return errors.New("x509: invalid version")
	}
	var ok bool
	if cert.SerialNumber, ok = tbs.readBigInt(); !ok {
		return errors.New("x509: malformed serial number")
	}
	if cert.SignatureAlgorithm, err = parseSignatureAlgorithms(tbs, outer); err != nil {
		return err
	}
	if cert.RawIssuer, err = readName(tbs, &cert.Issuer); err != nil {
		return err
	}
	validity, ok := tbs.read(tagSequence)
	if !ok {
		return errors.New("x509: malformed validity")
	}
	if cert.NotBefore, cert.NotAfter, err = parseValidity(validity); err != nil {
		return err
	}
	if cert.RawSubject, err = readName(tbs, &cert.Subject); err != nil {
		return err
	}
	if err := parseSPKI(cert, tbs); err != nil {
		return err
	}
	if cert.Version == 1 {
		return nil
	}
	if _, _, ok := tbs.readOptional(ctx(1)); !ok {
		return errors.New("x509: malformed issuerUniqueID")
	}
	if _, _, ok := tbs.readOptional(ctx(2)); !ok {
		return errors.New("x509: malformed subjectUniqueID")
	}
	if cert.Version == 3 {
		return parseCertificateExtensions(cert, tbs)
	}
	return nil
}

// parseVersion reads the optional explicitly tagged version; its
// absence means 0 (v1).
func parseVersion(tbs *der) (int, error) {
	wrapped, present, ok := tbs.readOptional(ctxCons(0))
	if !ok {
		return 0, errors.New("x509: malformed version")
	}
	if !present {
		return 0, nil
	}
	v, ok := wrapped.readInt()
	if !ok || len(wrapped) != 0 || v < 0 {
		return 0, errors.New("x509: malformed version")
	}
	return v, nil
}

// parseSignatureAlgorithms reads the inner signature algorithm from tbs
// and the outer one from outer, which must be identical.
func parseSignatureAlgorithms(tbs, outer *der) (SignatureAlgorithm, error) {
	inner, ok := tbs.read(tagSequence)
	if !ok {
		return 0, errors.New("x509: malformed signature algorithm identifier")
	}
	outerAI, ok := outer.read(tagSequence)
	if !ok {
		return 0, errors.New("x509: malformed algorithm identifier")
	}
	if !bytes.Equal(inner, outerAI) {
		return 0, errors.New("x509: inner and outer signature algorithm identifiers don't match")
	}
	ai, err := parseAI(inner)
	if err != nil {
		return 0, err
	}
	return signatureAlgorithmFromAI(ai), nil
}

// readName reads a Name element into name, returning its encoding.
func readName(d *der, name *pkix.Name) ([]byte, error) {
	_, raw, ok := d.readWithHeader(tagSequence)
	if !ok {
		return nil, errors.New("x509: malformed issuer")
	}
	rdns, err := parseName(raw)
	if err != nil {
		return nil, err
	}
	name.FillFromRDNSequence(rdns)
	return raw, nil
}

// parseAI decodes the content of an AlgorithmIdentifier: an OID and
// optional parameters of any type.
func parseAI(d der) (pkix.AlgorithmIdentifier, error) {
	var ai pkix.AlgorithmIdentifier
	var ok bool
	if ai.Algorithm, ok = d.readOID(); !ok {
		return ai, errors.New("x509: malformed OID")
	}
	if len(d) == 0 {
		return ai, nil
	}
	tag, _, whole, ok := d.readAny()
	if !ok {
		return ai, errors.New("x509: malformed parameters")
	}
	ai.Parameters.Tag = int(tag)
	ai.Parameters.FullBytes = whole
	return ai, nil
}

// parseValidity decodes the content of Validity: two times.
func parseValidity(d der) (notBefore, notAfter time.Time, err error) {
	if notBefore, err = parseTime(&d); err != nil {
		return
	}
	notAfter, err = parseTime(&d)
	return
}

// parseTime reads a UTCTime or GeneralizedTime.
func parseTime(d *der) (time.Time, error) {
	switch d.peekTag() {
	case tagUTCTime:
		t, ok := d.readTime()
		if !ok {
			return t, errors.New("x509: malformed UTCTime")
		}
		return t, nil
	case tagGeneralizedTime:
		t, ok := d.readTime()
		if !ok {
			return t, errors.New("x509: malformed GeneralizedTime")
		}
		return t, nil
	}
	return time.Time{}, errors.New("x509: unsupported time format")
}

// parseSPKI reads a SubjectPublicKeyInfo into cert's key fields.
func parseSPKI(cert *Certificate, tbs *der) error {
	spki, raw, ok := tbs.readWithHeader(tagSequence)
	if !ok {
		return errors.New("x509: malformed spki")
	}
	cert.RawSubjectPublicKeyInfo = raw
	algo, key, err := parseSPKIContent(spki)
	if err != nil {
		return err
	}
	cert.PublicKeyAlgorithm, cert.PublicKey = algo, key
	return nil
}

// parseSPKIContent decodes the content of a SubjectPublicKeyInfo. A key
// of an unknown algorithm is not an error: it comes back as nil.
func parseSPKIContent(spki der) (PublicKeyAlgorithm, any, error) {
	aiDER, ok := spki.read(tagSequence)
	if !ok {
		return 0, nil, errors.New("x509: malformed public key algorithm identifier")
	}
	ai, err := parseAI(aiDER)
	if err != nil {
		return 0, nil, err
	}
	bits, ok := spki.readBitString()
	if !ok {
		return 0, nil, errors.New("x509: malformed subjectPublicKey")
	}
	algo := publicKeyAlgorithmFromOID(ai.Algorithm)
	key, err := parsePublicKey(algo, ai.Parameters.FullBytes, bits.RightAlign())
	return algo, key, err
}

// parsePublicKey decodes the key bits of an SPKI given its algorithm and
// parameters.
func parsePublicKey(algo PublicKeyAlgorithm, params []byte, keyBits der) (any, error) {
	switch algo {
	case RSA:
		return parseRSAPublicKey(params, keyBits)
	case ECDSA:
		return parseECDSAPublicKey(params, keyBits)
	case Ed25519:
		if len(params) != 0 {
			return nil, errors.New("x509: Ed25519 key encoded with illegal parameters")
		}
		if len(keyBits) != ed25519.PublicKeySize {
			return nil, errors.New("x509: wrong Ed25519 public key size")
		}
		return ed25519.PublicKey(keyBits), nil
	case DSA:
		return parseDSAPublicKey(params, keyBits)
	}
	return nil, nil
}

// parseRSAPublicKey decodes an RSAPublicKey (RFC 8017, appendix A.1.1).
// Its algorithm parameters must be NULL.
func parseRSAPublicKey(params []byte, d der) (*rsa.PublicKey, error) {
	if !bytes.Equal(params, asn1.NullBytes) {
		return nil, errors.New("x509: RSA key missing NULL parameters")
	}
	seq, ok := d.read(tagSequence)
	if !ok {
		return nil, errors.New("x509: invalid RSA public key")
	}
	n, ok := seq.readBigInt()
	if !ok {
		return nil, errors.New("x509: invalid RSA modulus")
	}
	e, ok := seq.readInt()
	if !ok {
		return nil, errors.New("x509: invalid RSA public exponent")
	}
	if n.Sign() <= 0 {
		return nil, errors.New("x509: RSA modulus is not a positive number")
	}
	if e <= 0 {
		return nil, errors.New("x509: RSA public exponent is not a positive number")
	}
	return &rsa.PublicKey{N: n, E: e}, nil
}

// parseECDSAPublicKey decodes an uncompressed curve point; the
// parameters name the curve.
func parseECDSAPublicKey(params der, point []byte) (*ecdsa.PublicKey, error) {
	oid, ok := params.readOID()
	if !ok {
		return nil, errors.New("x509: invalid ECDSA parameters")
	}
	curve := namedCurveFromOID(oid)
	if curve == nil {
		return nil, errors.New("x509: unsupported elliptic curve")
	}
	x, y := elliptic.Unmarshal(curve, point)
	if x == nil {
		return nil, errors.New("x509: failed to unmarshal elliptic curve point")
	}
	return &ecdsa.PublicKey{Curve: curve, X: x, Y: y}, nil
}

// parseDSAPublicKey decodes the INTEGER y, with P, Q and G taken from
// the parameters (RFC 3279, section 2.3.2).
func parseDSAPublicKey(params der, d der) (*dsa.PublicKey, error) {
	y, ok := d.readBigInt()
	if !ok {
		return nil, errors.New("x509: invalid DSA public key")
	}
	p, q, g, ok := parseDSAParameters(params)
	if !ok {
		return nil, errors.New("x509: invalid DSA parameters")
	}
	if y.Sign() <= 0 || p.Sign() <= 0 || q.Sign() <= 0 || g.Sign() <= 0 {
		return nil, errors.New("x509: zero or negative DSA parameter")
	}
	return &dsa.PublicKey{Parameters: dsa.Parameters{P: p, Q: q, G: g}, Y: y}, nil
}

// parseDSAParameters decodes Dss-Parms: SEQUENCE { p, q, g INTEGER }.
func parseDSAParameters(params der) (p, q, g *big.Int, ok bool) {
	seq, ok := params.read(tagSequence)
	if ok {
		p, ok = seq.readBigInt()
	}
	if ok {
		q, ok = seq.readBigInt()
	}
	if ok {
		g, ok = seq.readBigInt()
	}
	return p, q, g, ok
}

// parseCertificateExtensions reads the optional [3] extensions and
// interprets those this package knows.
func parseCertificateExtensions(cert *Certificate, tbs *der) error {
	exts, err := readExtensions(tbs, ctxCons(3))
	if err != nil {
		return err
	}
	seen := make(map[string]bool)
	for _, e := range exts {
		id := e.Id.String()
		if seen[id] {
			return errors.New("x509: certificate contains duplicate extensions")
		}
		seen[id] = true
	}
	cert.Extensions = exts
	return processExtensions(cert)
}

// readExtensions reads the optional extensions, a SEQUENCE OF Extension
// explicitly tagged tag (a certificate's [3], a CRL's [0]): none if absent.
func readExtensions(tbs *der, tag byte) ([]pkix.Extension, error) {
	wrapped, present, ok := tbs.readOptional(tag)
	if !ok {
		return nil, errors.New("x509: malformed extensions")
	}
	if !present {
		return nil, nil
	}
	seq, ok := wrapped.read(tagSequence)
	if !ok {
		return nil, errors.New("x509: malformed extensions")
	}
	return parseExtensionList(seq)
}

// parseExtensionList decodes the content of a SEQUENCE OF Extension.
func parseExtensionList(seq der) ([]pkix.Extension, error) {
	var exts []pkix.Extension
	for len(seq) > 0 {
		extDER, ok := seq.read(tagSequence)
		if !ok {
			return nil, errors.New("x509: malformed extension")
		}
		ext, err := parseExtension(extDER)
		if err != nil {
			return nil, err
		}
		exts = append(exts, ext)
	}
	return exts, nil
}

// parseExtension decodes the content of one Extension: an OID, an
// optional critical flag and an OCTET STRING value.
func parseExtension(d der) (pkix.Extension, error) {
	var ext pkix.Extension
	var ok bool
	if ext.Id, ok = d.readOID(); !ok {
		return ext, errors.New("x509: malformed extension OID field")
	}
	if d.peekTag() == tagBoolean {
		if ext.Critical, ok = d.readBool(); !ok {
			return ext, errors.New("x509: malformed extension critical field")
		}
	}
	value, ok := d.read(tagOctetString)
	if !ok {
		return ext, errors.New("x509: malformed extension value field")
	}
	ext.Value = value
	return ext, nil
}
