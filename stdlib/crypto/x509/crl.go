package x509

import (
	"bytes"
	"crypto"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"
)

// This file handles certificate revocation lists (RFC 5280, section 5):
// the deprecated pkix.CertificateList form and RevocationList.

// RevocationList contains the fields used to create an X.509 v2
// Certificate Revocation List with CreateRevocationList, or parsed by
// ParseRevocationList.
type RevocationList struct {
	Raw                  []byte // the whole DER encoding
	RawTBSRevocationList []byte // the signed part of Raw
	RawIssuer            []byte // DER issuer name

	Issuer pkix.Name
	// AuthorityKeyId is the raw value of the authority key identifier
	// extension, when parsing.
	AuthorityKeyId []byte

	Signature []byte
	// SignatureAlgorithm is used to sign when creating; zero picks the
	// default for the key.
	SignatureAlgorithm SignatureAlgorithm

	// RevokedCertificates lists the revoked certificates; it may be
	// empty.
	RevokedCertificates []pkix.RevokedCertificate

	// Number is the CRL number extension, a sequence number for this
	// issuer; positive and at most 20 octets.
	Number *big.Int

	// ThisUpdate is the issue date of this CRL; NextUpdate the date by
	// which the next one will be issued, which must be later.
	ThisUpdate time.Time
	NextUpdate time.Time

	// Extensions holds the parsed extensions, including the authority
	// key id and CRL number; it is ignored when creating.
	Extensions []pkix.Extension

	// ExtraExtensions are added, raw, to a created CRL.
	ExtraExtensions []pkix.Extension
}

// x509v2Version is the version field of a v2 CRL.
const x509v2Version = 1

// pemCRLPrefix starts a PEM-encoded CRL, which ParseCRL accepts as well
// as DER.
var pemCRLPrefix = []byte("-----BEGIN X509 CRL")

// pemType is the PEM block type of a CRL.
var pemType = "X509 CRL"

// ParseCRL parses a CRL from the given bytes. It's often the case that
// PEM encoded CRLs will appear where they should be DER encoded, so
// this function will transparently handle PEM encoding as long as there
// isn't any leading garbage.
//
// Deprecated: ParseRevocationList replaces this function.
func ParseCRL(crlBytes []byte) (*pkix.CertificateList, error) {
	if bytes.HasPrefix(crlBytes, pemCRLPrefix) {
		block, _ := pem.Decode(crlBytes)
		if block != nil && block.Type == pemType {
			crlBytes = block.Bytes
		}
	}
	return ParseDERCRL(crlBytes)
}

// ParseDERCRL decodes a CRL in DER.
//
// Deprecated: ParseRevocationList replaces this function.
func ParseDERCRL(derBytes []byte) (*pkix.CertificateList, error) {
	list := new(pkix.CertificateList)
	rest, err := asn1.Unmarshal(derBytes, list)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, errors.New("x509: trailing data after CRL")
	}
	return list, nil
}

// utcRevocations returns a copy of revoked with its times in UTC, which
// DER times must be.
func utcRevocations(revoked []pkix.RevokedCertificate) []pkix.RevokedCertificate {
	out := make([]pkix.RevokedCertificate, len(revoked))
	for i, rc := range revoked {
		rc.RevocationTime = rc.RevocationTime.UTC()
		out[i] = rc
	}
	return out
}

// signCRL signs tbs and encodes the complete CertificateList.
func signCRL(rand io.Reader, key crypto.Signer, tbs pkix.TBSCertificateList, hash crypto.Hash, sigAI pkix.AlgorithmIdentifier, pss bool) ([]byte, error) {
	contents, err := asn1.Marshal(tbs)
	if err != nil {
		return nil, err
	}
	signature, err := sign(rand, key, contents, hash, pss)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(pkix.CertificateList{
		TBSCertList:        tbs,
		SignatureAlgorithm: sigAI,
		SignatureValue:     bitString(signature),
	})
}

// CreateCRL builds a DER CRL listing revokedCerts, issued by c and signed
// with priv.
//
// Deprecated: this method does not generate an RFC 5280 conformant
// X.509 v2 CRL. To generate a standards compliant CRL, use
// CreateRevocationList instead.
func (c *Certificate) CreateCRL(rand io.Reader, priv any, revokedCerts []pkix.RevokedCertificate, now, expiry time.Time) (crlBytes []byte, err error) {
	key, ok := priv.(crypto.Signer)
	if !ok {
		return nil, errors.New("x509: certificate private key does not implement crypto.Signer")
	}
	hash, sigAI, err := signingParamsForPublicKey(key.Public(), 0)
	if err != nil {
		return nil, err
	}
	tbs := pkix.TBSCertificateList{
		Version:             1,
		Signature:           sigAI,
		Issuer:              c.Subject.ToRDNSequence(),
		ThisUpdate:          now.UTC(),
		NextUpdate:          expiry.UTC(),
		RevokedCertificates: utcRevocations(revokedCerts),
	}
	if len(c.SubjectKeyId) > 0 {
		aki, err := marshalExtension(oidExtensionAuthorityKeyId, false, authKeyId{Id: c.SubjectKeyId})
		if err != nil {
			return nil, err
		}
		tbs.Extensions = append(tbs.Extensions, aki)
	}
	return signCRL(rand, key, tbs, hash, sigAI, false)
}

// CreateRevocationList creates a new X.509 v2 Certificate Revocation
// List, according to RFC 5280, based on template, issued by issuer and
// signed with priv, the private key of issuer's public key.
//
// The issuer must have the crlSign key usage and a subject key
// identifier. From the template, RevokedCertificates, Number,
// ThisUpdate, NextUpdate, SignatureAlgorithm and ExtraExtensions are
// used; the issuer name comes from the issuer certificate.
func CreateRevocationList(rand io.Reader, template *RevocationList, issuer *Certificate, priv crypto.Signer) ([]byte, error) {
	if err := checkRevocationTemplate(template, issuer); err != nil {
		return nil, err
	}
	hash, sigAI, err := signingParamsForPublicKey(priv.Public(), template.SignatureAlgorithm)
	if err != nil {
		return nil, err
	}
	aki, err := marshalExtension(oidExtensionAuthorityKeyId, false, authKeyId{Id: issuer.SubjectKeyId})
	if err != nil {
		return nil, err
	}
	number, err := marshalExtension(oidExtensionCRLNumber, false, template.Number)
	if err != nil {
		return nil, err
	}
	tbs := pkix.TBSCertificateList{
		Version:    x509v2Version,
		Signature:  sigAI,
		Issuer:     issuer.Subject.ToRDNSequence(),
		ThisUpdate: template.ThisUpdate.UTC(),
		NextUpdate: template.NextUpdate.UTC(),
		Extensions: append([]pkix.Extension{aki, number}, template.ExtraExtensions...),
	}
	if len(template.RevokedCertificates) > 0 {
		tbs.RevokedCertificates = utcRevocations(template.RevokedCertificates)
	}
	return signCRL(rand, priv, tbs, hash, sigAI, template.SignatureAlgorithm.isRSAPSS())
}

// checkRevocationTemplate checks the arguments of CreateRevocationList.
func checkRevocationTemplate(template *RevocationList, issuer *Certificate) error {
	switch {
	case template == nil:
		return errors.New("x509: template can not be nil")
	case issuer == nil:
		return errors.New("x509: issuer can not be nil")
	case issuer.KeyUsage&KeyUsageCRLSign == 0:
		return errors.New("x509: issuer must have the crlSign key usage bit set")
	case len(issuer.SubjectKeyId) == 0:
		return errors.New("x509: issuer certificate doesn't contain a subject key identifier")
	case template.NextUpdate.Before(template.ThisUpdate):
		return errors.New("x509: template.ThisUpdate is after template.NextUpdate")
	case template.Number == nil:
		return errors.New("x509: template contains nil Number field")
	}
	// RFC 5280, section 5.2.3: at most 20 octets, as a positive INTEGER.
	if b := template.Number.Bytes(); len(b) > 20 || len(b) == 20 && b[0]&0x80 != 0 {
		return errors.New("x509: CRL number exceeds 20 octets")
	}
	return nil
}

// CheckSignatureFrom verifies that the signature on rl is a valid
// signature from issuer.
func (rl *RevocationList) CheckSignatureFrom(parent *Certificate) error {
	if parent.Version == 3 && !parent.BasicConstraintsValid ||
		parent.BasicConstraintsValid && !parent.IsCA {
		return ConstraintViolationError{}
	}
	if parent.KeyUsage != 0 && parent.KeyUsage&KeyUsageCRLSign == 0 {
		return ConstraintViolationError{}
	}
	if parent.PublicKeyAlgorithm == UnknownPublicKeyAlgorithm {
		return ErrUnsupportedAlgorithm
	}
	return parent.CheckSignature(rl.SignatureAlgorithm, rl.RawTBSRevocationList, rl.Signature)
}

// ParseRevocationList parses a X509 v2 Certificate Revocation List from
// the given ASN.1 DER data.
func ParseRevocationList(data []byte) (*RevocationList, error) {
	rl := &RevocationList{}
	input := der(data)
	env, err := readSigned(&input, "crl")
	if err != nil {
		return nil, err
	}
	tbs, outer := env.tbs, env.rest
	rl.Raw, rl.RawTBSRevocationList = env.raw, env.rawTBS
	if tbs.peekTag() != tagInteger {
		return nil, errors.New("x509: unsupported crl version")
	}
	version, ok := tbs.readInt()
	if !ok {
		return nil, errors.New("x509: malformed crl")
	}
	if version != x509v2Version {
		return nil, fmt.Errorf("x509: unsupported crl version: %d", version)
	}
	if rl.SignatureAlgorithm, err = parseSignatureAlgorithms(&tbs, &outer); err != nil {
		return nil, err
	}
	sig, ok := outer.readBitString()
	if !ok {
		return nil, errors.New("x509: malformed signature")
	}
	rl.Signature = sig.RightAlign()
	if rl.RawIssuer, err = readName(&tbs, &rl.Issuer); err != nil {
		return nil, err
	}
	if err := parseCRLBody(rl, &tbs); err != nil {
		return nil, err
	}
	return rl, nil
}

// parseCRLBody reads the fields after the issuer: the update times, the
// revoked certificates and the extensions.
func parseCRLBody(rl *RevocationList, tbs *der) error {
	var err error
	if rl.ThisUpdate, err = parseTime(tbs); err != nil {
		return err
	}
	if t := tbs.peekTag(); t == tagUTCTime || t == tagGeneralizedTime {
		if rl.NextUpdate, err = parseTime(tbs); err != nil {
			return err
		}
	}
	if tbs.peekTag() == tagSequence {
		list, ok := tbs.read(tagSequence)
		if !ok {
			return errors.New("x509: malformed crl")
		}
		for len(list) > 0 {
			rc, err := parseRevokedCertificate(&list)
			if err != nil {
				return err
			}
			rl.RevokedCertificates = append(rl.RevokedCertificates, rc)
		}
	}
	exts, err := readExtensions(tbs, ctxCons(0))
	if err != nil {
		return err
	}
	for _, ext := range exts {
		switch {
		case ext.Id.Equal(oidExtensionAuthorityKeyId):
			rl.AuthorityKeyId = ext.Value
		case ext.Id.Equal(oidExtensionCRLNumber):
			value := der(ext.Value)
			var ok bool
			if rl.Number, ok = value.readBigInt(); !ok {
				return errors.New("x509: malformed crl number")
			}
		}
	}
	rl.Extensions = exts
	return nil
}

// parseRevokedCertificate reads one entry: serial number, revocation
// date and optional entry extensions.
func parseRevokedCertificate(list *der) (pkix.RevokedCertificate, error) {
	var rc pkix.RevokedCertificate
	entry, ok := list.read(tagSequence)
	if !ok {
		return rc, errors.New("x509: malformed crl")
	}
	if rc.SerialNumber, ok = entry.readBigInt(); !ok {
		return rc, errors.New("x509: malformed serial number")
	}
	var err error
	if rc.RevocationTime, err = parseTime(&entry); err != nil {
		return rc, err
	}
	exts, present, ok := entry.readOptional(tagSequence)
	if !ok {
		return rc, errors.New("x509: malformed extensions")
	}
	if present {
		if rc.Extensions, err = parseExtensionList(exts); err != nil {
			return rc, err
		}
	}
	return rc, nil
}
