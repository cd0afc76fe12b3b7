// Package x509 parses and generates X.509 certificates (RFC 5280),
// certificate signing requests (PKCS #10), revocation lists, and public
// and private keys in their standard encodings (PKIX, PKCS #1, PKCS #8,
// SEC 1), and verifies certificates by building chains up to trusted
// roots.
//
// Certificates are DER, read here with a small cursor over
// tag-length-value elements (der.go) and written with encoding/asn1.
// The files follow the life of a certificate: parser.go and
// extensions.go decode one, build_extensions.go and create.go make one,
// verify.go and constraints.go check a chain, cert_pool.go and root.go
// hold the trusted roots.
package x509

import (
	"bytes"
	"crypto/x509/pkix"
	"encoding/asn1"
	"math/big"
	"net"
	"net/url"
	"time"
)

// KeyUsage is a bit set of the actions a certificate's key may be used
// for (RFC 5280, section 4.2.1.3).
type KeyUsage int

// The key usage bits, in the order of the KeyUsage BIT STRING.
const (
	KeyUsageDigitalSignature KeyUsage = 1 << iota
	KeyUsageContentCommitment
	KeyUsageKeyEncipherment
	KeyUsageDataEncipherment
	KeyUsageKeyAgreement
	KeyUsageCertSign
	KeyUsageCRLSign
	KeyUsageEncipherOnly
	KeyUsageDecipherOnly
)

// ExtKeyUsage names a purpose from the extended key usage extension
// (RFC 5280, section 4.2.1.12).
type ExtKeyUsage int

// The extended key usages this package knows by name.
const (
	ExtKeyUsageAny ExtKeyUsage = iota
	ExtKeyUsageServerAuth
	ExtKeyUsageClientAuth
	ExtKeyUsageCodeSigning
	ExtKeyUsageEmailProtection
	ExtKeyUsageIPSECEndSystem
	ExtKeyUsageIPSECTunnel
	ExtKeyUsageIPSECUser
	ExtKeyUsageTimeStamping
	ExtKeyUsageOCSPSigning
	ExtKeyUsageMicrosoftServerGatedCrypto
	ExtKeyUsageNetscapeServerGatedCrypto
	ExtKeyUsageMicrosoftCommercialCodeSigning
	ExtKeyUsageMicrosoftKernelCodeSigning
)

// extKeyUsageOIDs maps each ExtKeyUsage to its OID; the index is the
// ExtKeyUsage value.
var extKeyUsageOIDs = []asn1.ObjectIdentifier{
	ExtKeyUsageAny:                            {2, 5, 29, 37, 0},
	ExtKeyUsageServerAuth:                     {1, 3, 6, 1, 5, 5, 7, 3, 1},
	ExtKeyUsageClientAuth:                     {1, 3, 6, 1, 5, 5, 7, 3, 2},
	ExtKeyUsageCodeSigning:                    {1, 3, 6, 1, 5, 5, 7, 3, 3},
	ExtKeyUsageEmailProtection:                {1, 3, 6, 1, 5, 5, 7, 3, 4},
	ExtKeyUsageIPSECEndSystem:                 {1, 3, 6, 1, 5, 5, 7, 3, 5},
	ExtKeyUsageIPSECTunnel:                    {1, 3, 6, 1, 5, 5, 7, 3, 6},
	ExtKeyUsageIPSECUser:                      {1, 3, 6, 1, 5, 5, 7, 3, 7},
	ExtKeyUsageTimeStamping:                   {1, 3, 6, 1, 5, 5, 7, 3, 8},
	ExtKeyUsageOCSPSigning:                    {1, 3, 6, 1, 5, 5, 7, 3, 9},
	ExtKeyUsageMicrosoftServerGatedCrypto:     {1, 3, 6, 1, 4, 1, 311, 10, 3, 3},
	ExtKeyUsageNetscapeServerGatedCrypto:      {2, 16, 840, 1, 113730, 4, 1},
	ExtKeyUsageMicrosoftCommercialCodeSigning: {1, 3, 6, 1, 4, 1, 311, 2, 1, 22},
	ExtKeyUsageMicrosoftKernelCodeSigning:     {1, 3, 6, 1, 4, 1, 311, 61, 1, 1},
}

// extKeyUsageFromOID returns the ExtKeyUsage with the given OID.
func extKeyUsageFromOID(oid asn1.ObjectIdentifier) (ExtKeyUsage, bool) {
	for usage, o := range extKeyUsageOIDs {
		if oid.Equal(o) {
			return ExtKeyUsage(usage), true
		}
	}
	return 0, false
}

// oidFromExtKeyUsage returns the OID of a known ExtKeyUsage.
func oidFromExtKeyUsage(usage ExtKeyUsage) (asn1.ObjectIdentifier, bool) {
	if usage < 0 || int(usage) >= len(extKeyUsageOIDs) {
		return nil, false
	}
	return extKeyUsageOIDs[usage], true
}

// Object identifiers of the certificate extensions this package reads
// and writes (RFC 5280, section 4.2).
var (
	oidExtensionSubjectKeyId          = asn1.ObjectIdentifier{2, 5, 29, 14}
	oidExtensionKeyUsage              = asn1.ObjectIdentifier{2, 5, 29, 15}
	oidExtensionSubjectAltName        = asn1.ObjectIdentifier{2, 5, 29, 17}
	oidExtensionBasicConstraints      = asn1.ObjectIdentifier{2, 5, 29, 19}
	oidExtensionCRLNumber             = asn1.ObjectIdentifier{2, 5, 29, 20}
	oidExtensionNameConstraints       = asn1.ObjectIdentifier{2, 5, 29, 30}
	oidExtensionCRLDistributionPoints = asn1.ObjectIdentifier{2, 5, 29, 31}
	oidExtensionCertificatePolicies   = asn1.ObjectIdentifier{2, 5, 29, 32}
	oidExtensionAuthorityKeyId        = asn1.ObjectIdentifier{2, 5, 29, 35}
	oidExtensionExtendedKeyUsage      = asn1.ObjectIdentifier{2, 5, 29, 37}
	oidExtensionAuthorityInfoAccess   = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 1, 1}

	oidAuthorityInfoAccessOcsp    = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 1}
	oidAuthorityInfoAccessIssuers = asn1.ObjectIdentifier{1, 3, 6, 1, 5, 5, 7, 48, 2}
)

// GeneralName choices (RFC 5280, section 4.2.1.6) that this package
// understands; they appear as context-specific tags.
const (
	nameTypeEmail = 1
	nameTypeDNS   = 2
	nameTypeURI   = 6
	nameTypeIP    = 7
)

// Certificate is a parsed X.509 certificate, or a template for making one.
type Certificate struct {
	Raw                     []byte // the whole DER encoding: TBS part, algorithm and signature
	RawTBSCertificate       []byte // the signed part of Raw
	RawSubjectPublicKeyInfo []byte // DER SubjectPublicKeyInfo
	RawSubject              []byte // DER subject name
	RawIssuer               []byte // DER issuer name

	Signature          []byte
	SignatureAlgorithm SignatureAlgorithm

	PublicKeyAlgorithm PublicKeyAlgorithm
	PublicKey          any

	Version             int
	SerialNumber        *big.Int
	Issuer              pkix.Name
	Subject             pkix.Name
	NotBefore, NotAfter time.Time // validity period, both ends included
	KeyUsage            KeyUsage

	// Extensions holds every extension as parsed, known or not.
	// It is ignored when marshaling; see ExtraExtensions.
	Extensions []pkix.Extension

	// ExtraExtensions are written as they are into a new certificate,
	// replacing any extension this package would build with the same OID.
	// Parsing leaves it empty.
	ExtraExtensions []pkix.Extension

	// UnhandledCriticalExtensions lists critical extensions that parsing
	// did not understand. Verify fails on a certificate with any left;
	// callers that handle some of them can remove them first.
	UnhandledCriticalExtensions []asn1.ObjectIdentifier

	ExtKeyUsage        []ExtKeyUsage           // the extended key usages known to this package
	UnknownExtKeyUsage []asn1.ObjectIdentifier // the other extended key usages

	// BasicConstraintsValid says whether IsCA, MaxPathLen and
	// MaxPathLenZero are meaningful.
	BasicConstraintsValid bool
	IsCA                  bool

	// MaxPathLen is the most intermediate CAs allowed below this one;
	// -1 (or 0 with MaxPathLenZero false) means no limit when creating,
	// and parsing gives -1 for an absent limit.
	MaxPathLen int
	// MaxPathLenZero says that a MaxPathLen of zero is a real limit of
	// zero rather than "unset".
	MaxPathLenZero bool

	SubjectKeyId   []byte
	AuthorityKeyId []byte

	// RFC 5280, section 4.2.2.1: authority information access
	OCSPServer            []string
	IssuingCertificateURL []string

	// Subject alternative names. Unknown kinds of name are not kept
	// here, but stay in Extensions.
	DNSNames       []string
	EmailAddresses []string
	IPAddresses    []net.IP
	URIs           []*url.URL

	// Name constraints (RFC 5280, section 4.2.1.10).
	PermittedDNSDomainsCritical bool // whether the extension is critical
	PermittedDNSDomains         []string
	ExcludedDNSDomains          []string
	PermittedIPRanges           []*net.IPNet
	ExcludedIPRanges            []*net.IPNet
	PermittedEmailAddresses     []string
	ExcludedEmailAddresses      []string
	PermittedURIDomains         []string
	ExcludedURIDomains          []string

	// CRL distribution points (RFC 5280, section 4.2.1.13)
	CRLDistributionPoints []string

	PolicyIdentifiers []asn1.ObjectIdentifier
}

// ConstraintViolationError results when a requested usage is not
// permitted by a certificate, such as a non-CA signing a certificate.
type ConstraintViolationError struct{}

func (ConstraintViolationError) Error() string {
	return "x509: invalid signature: parent certificate cannot sign this kind of certificate"
}

// UnhandledCriticalExtension results when a certificate carries a
// critical extension this package does not understand.
type UnhandledCriticalExtension struct{}

func (h UnhandledCriticalExtension) Error() string {
	return "x509: unhandled critical extension"
}

// Equal reports whether c and other are the same certificate, byte for
// byte.
func (c *Certificate) Equal(other *Certificate) bool {
	if c == nil || other == nil {
		return c == other
	}
	return bytes.Equal(c.Raw, other.Raw)
}

// hasExtension reports whether c carries an extension with the given id.
func (c *Certificate) hasExtension(oid asn1.ObjectIdentifier) bool {
	return oidInExtensions(oid, c.Extensions)
}

// oidInExtensions reports whether some extension in exts has id oid.
func oidInExtensions(oid asn1.ObjectIdentifier, exts []pkix.Extension) bool {
	for _, e := range exts {
		if e.Id.Equal(oid) {
			return true
		}
	}
	return false
}

// CheckSignatureFrom checks that parent may issue certificates and that
// its key signed c. SHA1 signatures are refused, as in Verify.
func (c *Certificate) CheckSignatureFrom(parent *Certificate) error {
	// A version 3 parent must say it is a CA; earlier versions cannot
	// say anything, and are trusted as issuers.
	if parent.Version == 3 && !parent.BasicConstraintsValid ||
		parent.BasicConstraintsValid && !parent.IsCA {
		return ConstraintViolationError{}
	}
	if parent.KeyUsage != 0 && parent.KeyUsage&KeyUsageCertSign == 0 {
		return ConstraintViolationError{}
	}
	if parent.PublicKeyAlgorithm == UnknownPublicKeyAlgorithm {
		return ErrUnsupportedAlgorithm
	}
	return checkSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature, parent.PublicKey, false)
}

// CheckSignature checks that signature is a valid signature over signed
// from c's public key.
func (c *Certificate) CheckSignature(algo SignatureAlgorithm, signed, signature []byte) error {
	return checkSignature(algo, signed, signature, c.PublicKey, true)
}

// CheckCRLSignature verifies that c signed crl.
//
// Deprecated: RevocationList.CheckSignatureFrom replaces this method.
func (c *Certificate) CheckCRLSignature(crl *pkix.CertificateList) error {
	algo := signatureAlgorithmFromAI(crl.SignatureAlgorithm)
	return c.CheckSignature(algo, crl.TBSCertList.Raw, crl.SignatureValue.RightAlign())
}
