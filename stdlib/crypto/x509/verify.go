package x509

import (
	"bytes"
	"crypto"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"
)

// This file builds and checks certificate chains. Verify starts from the
// leaf and searches upwards: each certificate's candidate parents are
// the pool certificates whose subject equals its issuer; a candidate is
// accepted if its signature checks and it is valid as a CA at that
// depth. Every path that reaches a root is returned, then filtered by
// the requested extended key usages.

// InvalidReason says why a CertificateInvalidError occurred.
type InvalidReason int

const (
	// NotAuthorizedToSign results when a certificate that is not a CA
	// signs another one.
	NotAuthorizedToSign InvalidReason = iota
	// Expired results when a certificate is used outside its validity
	// period, judging by VerifyOptions.CurrentTime.
	Expired
	// CANotAuthorizedForThisName results when a CA's name constraints
	// do not allow a name in the leaf.
	CANotAuthorizedForThisName
	// TooManyIntermediates is reported when a CA has more intermediates
	// below it than its path length allows.
	TooManyIntermediates
	// IncompatibleUsage results when a certificate's key usage does not
	// allow the requested use.
	IncompatibleUsage
	// NameMismatch results when an issuer's subject does not match the
	// issuer named by its child.
	NameMismatch
	// NameConstraintsWithoutSANs is a legacy error and is no longer
	// returned.
	NameConstraintsWithoutSANs
	// UnconstrainedName results when a CA with name constraints meets a
	// leaf name of a kind it cannot check.
	UnconstrainedName
	// TooManyConstraints results when checking the name constraints
	// would take more comparisons than VerifyOptions allows.
	TooManyConstraints
	// CANotAuthorizedForExtKeyUsage is reported when an intermediate or root
	// does not allow a requested extended key usage.
	CANotAuthorizedForExtKeyUsage
)

// CertificateInvalidError results when something odd happens during
// verification.
type CertificateInvalidError struct {
	Cert   *Certificate
	Reason InvalidReason
	Detail string
}

func (e CertificateInvalidError) Error() string {
	switch e.Reason {
	case NotAuthorizedToSign:
		return "x509: certificate is not authorized to sign other certificates"
	case Expired:
		return "x509: certificate has expired or is not yet valid: " + e.Detail
	case CANotAuthorizedForThisName:
		return "x509: a root or intermediate certificate is not authorized to sign for this name: " + e.Detail
	case CANotAuthorizedForExtKeyUsage:
		return "x509: a root or intermediate certificate is not authorized for an extended key usage: " + e.Detail
	case TooManyIntermediates:
		return "x509: too many intermediates for path length constraint"
	case IncompatibleUsage:
		return "x509: certificate specifies an incompatible key usage"
	case NameMismatch:
		return "x509: issuer name does not match subject from issuing certificate"
	case NameConstraintsWithoutSANs:
		return "x509: issuer has name constraints but leaf doesn't have a SAN extension"
	case UnconstrainedName:
		return "x509: issuer has name constraints but leaf contains unknown or unconstrained name: " + e.Detail
	}
	return "x509: unknown error"
}

// HostnameError results when the set of authorized names doesn't match
// the requested name.
type HostnameError struct {
	Certificate *Certificate
	Host        string
}

func (h HostnameError) Error() string {
	c := h.Certificate
	if !c.hasExtension(oidExtensionSubjectAltName) && matchHostnames(c.Subject.CommonName, h.Host) {
		return "x509: certificate relies on legacy Common Name field, use SANs instead"
	}
	var valid string
	if ip := net.ParseIP(h.Host); ip != nil {
		if len(c.IPAddresses) == 0 {
			return "x509: cannot validate certificate for " + h.Host + " because it doesn't contain any IP SANs"
		}
		names := make([]string, len(c.IPAddresses))
		for i, san := range c.IPAddresses {
			names[i] = san.String()
		}
		valid = strings.Join(names, ", ")
	} else {
		valid = strings.Join(c.DNSNames, ", ")
	}
	if valid == "" {
		return "x509: certificate is not valid for any names, but wanted to match " + h.Host
	}
	return "x509: certificate is valid for " + valid + ", not " + h.Host
}

// UnknownAuthorityError results when the certificate issuer is unknown.
type UnknownAuthorityError struct {
	Cert *Certificate
	// hintErr and hintCert record the first candidate parent that was
	// rejected, and why, to make the message more useful.
	hintErr  error
	hintCert *Certificate
}

func (e UnknownAuthorityError) Error() string {
	s := "x509: certificate signed by unknown authority"
	if e.hintErr != nil {
		name := e.hintCert.Subject.CommonName
		if name == "" {
			if len(e.hintCert.Subject.Organization) > 0 {
				name = e.hintCert.Subject.Organization[0]
			} else {
				name = "serial:" + e.hintCert.SerialNumber.String()
			}
		}
		s += fmt.Sprintf(" (possibly because of %q while trying to verify candidate authority certificate %q)", e.hintErr, name)
	}
	return s
}

// SystemRootsError results when we fail to load the system root
// certificates.
type SystemRootsError struct {
	Err error
}

func (se SystemRootsError) Error() string {
	msg := "x509: failed to load system roots and no roots provided"
	if se.Err != nil {
		return msg + "; " + se.Err.Error()
	}
	return msg
}

func (se SystemRootsError) Unwrap() error { return se.Err }

// errNotParsed is returned for a certificate built by hand rather than
// parsed: there are no raw bytes to check signatures over.
var errNotParsed = errors.New("x509: missing ASN.1 contents; use ParseCertificate")

// VerifyOptions holds what Certificate.Verify checks against.
type VerifyOptions struct {
	// DNSName, if set, is checked against the leaf with VerifyHostname
	// (or Platform APIs).
	DNSName string

	// Intermediates are certificates that may be used to build a chain
	// but are not trust anchors.
	Intermediates *CertPool
	// Roots are the trust anchors; nil means the system roots.
	Roots *CertPool

	// CurrentTime is the time at which validity is checked; zero means
	// now.
	CurrentTime time.Time

	// KeyUsages lists the acceptable extended key usages; a chain is
	// kept if it allows any of them. Empty means ExtKeyUsageServerAuth;
	// ExtKeyUsageAny accepts every chain.
	KeyUsages []ExtKeyUsage

	// MaxConstraintComparisions bounds the work spent checking name
	// constraints; zero means a sensible default.
	MaxConstraintComparisions int
}

// The position of a certificate in a chain, which decides the checks
// it must pass.
const (
	leafCertificate = iota
	intermediateCertificate
	rootCertificate
)

// defaultMaxConstraintComparisons bounds name constraint checking when
// VerifyOptions does not.
const defaultMaxConstraintComparisons = 250000

// maxChainSignatureChecks bounds the signatures checked while searching
// for chains, against pools crafted to make the search explode.
const maxChainSignatureChecks = 100

// isValid checks c for use at position certType above the certificates
// of currentChain (leaf first).
func (c *Certificate) isValid(certType int, currentChain []*Certificate, opts *VerifyOptions) error {
	if len(c.UnhandledCriticalExtensions) > 0 {
		return UnhandledCriticalExtension{}
	}
	if len(currentChain) > 0 {
		child := currentChain[len(currentChain)-1]
		if !bytes.Equal(child.RawIssuer, c.RawSubject) {
			return CertificateInvalidError{c, NameMismatch, ""}
		}
	}
	if err := c.checkValidity(opts.CurrentTime); err != nil {
		return err
	}
	if certType == leafCertificate {
		return c.checkPathLen(currentChain)
	}
	if len(currentChain) == 0 {
		return errors.New("x509: internal error: empty chain when appending CA cert")
	}
	if c.hasExtension(oidExtensionNameConstraints) {
		if err := c.checkChainNames(currentChain[0], opts); err != nil {
			return err
		}
	}
	// Version 1 roots have no basic constraints and are trusted as CAs;
	// intermediates must say so.
	if certType == intermediateCertificate && (!c.BasicConstraintsValid || !c.IsCA) {
		return CertificateInvalidError{c, NotAuthorizedToSign, ""}
	}
	return c.checkPathLen(currentChain)
}

// checkValidity checks that now (or the present time, if now is zero)
// is within c's validity period.
func (c *Certificate) checkValidity(now time.Time) error {
	if now.IsZero() {
		now = time.Now()
	}
	var detail string
	switch {
	case now.Before(c.NotBefore):
		detail = fmt.Sprintf("current time %s is before %s", now.Format(time.RFC3339), c.NotBefore.Format(time.RFC3339))
	case now.After(c.NotAfter):
		detail = fmt.Sprintf("current time %s is after %s", now.Format(time.RFC3339), c.NotAfter.Format(time.RFC3339))
	default:
		return nil
	}
	return CertificateInvalidError{Cert: c, Reason: Expired, Detail: detail}
}

// checkPathLen checks c's limit on the intermediates below it; the
// chain so far holds the leaf and those intermediates.
func (c *Certificate) checkPathLen(currentChain []*Certificate) error {
	if c.BasicConstraintsValid && c.MaxPathLen >= 0 && len(currentChain)-1 > c.MaxPathLen {
		return CertificateInvalidError{c, TooManyIntermediates, ""}
	}
	return nil
}

// Verify searches for chains of trust from c up to a certificate of
// opts.Roots (the system roots when nil; SystemRootsError if they cannot
// be loaded), through opts.Intermediates, and returns every chain found,
// c first and the root last.
//
// Each CA's name constraints are checked against all the SANs of c, not
// only opts.DNSName. Extended key usages must be allowed by every
// certificate of a chain that lists some. A certificate with a critical
// extension this package does not understand fails. Revocation (CRLs,
// OCSP) is not checked at all.
func (c *Certificate) Verify(opts VerifyOptions) (chains [][]*Certificate, err error) {
	if len(c.Raw) == 0 {
		return nil, errNotParsed
	}
	for i := 0; i < opts.Intermediates.len(); i++ {
		inter, err := opts.Intermediates.cert(i)
		if err != nil {
			return nil, fmt.Errorf("crypto/x509: error fetching intermediate: %w", err)
		}
		if len(inter.Raw) == 0 {
			return nil, errNotParsed
		}
	}
	if opts.Roots == nil {
		if opts.Roots = systemRootsPool(); opts.Roots == nil {
			return nil, SystemRootsError{systemRootsErr}
		}
	}
	if err := c.isValid(leafCertificate, nil, &opts); err != nil {
		return nil, err
	}
	if opts.DNSName != "" {
		if err := c.VerifyHostname(opts.DNSName); err != nil {
			return nil, err
		}
	}

	var candidates [][]*Certificate
	if opts.Roots.contains(c) {
		candidates = [][]*Certificate{{c}}
	} else if candidates, err = c.buildChains([]*Certificate{c}, nil, &opts); err != nil {
		return nil, err
	}

	usages := opts.KeyUsages
	if len(usages) == 0 {
		usages = []ExtKeyUsage{ExtKeyUsageServerAuth}
	}
	for _, u := range usages {
		if u == ExtKeyUsageAny {
			return candidates, nil
		}
	}
	for _, chain := range candidates {
		if checkChainForKeyUsage(chain, usages) {
			chains = append(chains, chain)
		}
	}
	if len(chains) == 0 {
		return nil, CertificateInvalidError{c, IncompatibleUsage, ""}
	}
	return chains, nil
}

// extendChain returns a new chain of chain followed by cert, never
// sharing chain's backing array, since sibling searches extend the same
// prefix.
func extendChain(chain []*Certificate, cert *Certificate) []*Certificate {
	n := make([]*Certificate, len(chain)+1)
	copy(n, chain)
	n[len(chain)] = cert
	return n
}

// alreadyInChain reports whether chain holds a certificate equivalent to
// candidate: same subject, same key and same SANs. Cross-signed
// certificates can otherwise make the search loop forever.
func alreadyInChain(candidate *Certificate, chain []*Certificate) bool {
	type keyWithEqual interface {
		Equal(crypto.PublicKey) bool
	}
	candidateSAN := sanExtension(candidate)
	for _, cert := range chain {
		if !bytes.Equal(candidate.RawSubject, cert.RawSubject) {
			continue
		}
		if !candidate.PublicKey.(keyWithEqual).Equal(cert.PublicKey) {
			continue
		}
		certSAN := sanExtension(cert)
		if candidateSAN == nil || certSAN == nil {
			return candidateSAN == nil && certSAN == nil
		}
		if bytes.Equal(candidateSAN.Value, certSAN.Value) {
			return true
		}
	}
	return false
}

// sanExtension returns c's subject alternative name extension, or nil.
func sanExtension(c *Certificate) *pkix.Extension {
	for i := range c.Extensions {
		if c.Extensions[i].Id.Equal(oidExtensionSubjectAltName) {
			return &c.Extensions[i]
		}
	}
	return nil
}

// buildChains returns every chain from currentChain (whose last element
// is c) up to a root. sigChecks counts signature checks across the
// whole search.
func (c *Certificate) buildChains(currentChain []*Certificate, sigChecks *int, opts *VerifyOptions) (chains [][]*Certificate, err error) {
	var hintErr error
	var hintCert *Certificate
	if sigChecks == nil {
		sigChecks = new(int)
	}

	consider := func(certType int, candidate *Certificate) {
		if alreadyInChain(candidate, currentChain) {
			return
		}
		*sigChecks++
		if *sigChecks > maxChainSignatureChecks {
			err = errors.New("x509: signature check attempts limit reached while verifying certificate chain")
			return
		}
		if sigErr := c.CheckSignatureFrom(candidate); sigErr != nil {
			if hintErr == nil {
				hintErr, hintCert = sigErr, candidate
			}
			return
		}
		if err = candidate.isValid(certType, currentChain, opts); err != nil {
			return
		}
		chain := extendChain(currentChain, candidate)
		if certType == rootCertificate {
			chains = append(chains, chain)
			return
		}
		var above [][]*Certificate
		above, err = candidate.buildChains(chain, sigChecks, opts)
		chains = append(chains, above...)
	}

	for _, root := range opts.Roots.findPotentialParents(c) {
		consider(rootCertificate, root)
	}
	for _, inter := range opts.Intermediates.findPotentialParents(c) {
		consider(intermediateCertificate, inter)
	}

	// An error on one path does not matter if another path succeeded.
	if len(chains) > 0 {
		return chains, nil
	}
	if err == nil {
		err = UnknownAuthorityError{c, hintErr, hintCert}
	}
	return nil, err
}

// checkChainForKeyUsage reports whether every certificate of chain that
// lists extended key usages allows at least one of the requested ones,
// the same one all along the chain. A certificate listing
// ExtKeyUsageAny, or listing nothing, allows everything.
func checkChainForKeyUsage(chain []*Certificate, keyUsages []ExtKeyUsage) bool {
	if len(chain) == 0 {
		return false
	}
	remaining := append([]ExtKeyUsage(nil), keyUsages...)
	for i := len(chain) - 1; i >= 0; i-- {
		cert := chain[i]
		if len(cert.ExtKeyUsage) == 0 && len(cert.UnknownExtKeyUsage) == 0 || allowsAnyUsage(cert) {
			continue
		}
		kept := remaining[:0]
		for _, want := range remaining {
			if hasExtKeyUsage(cert, want) {
				kept = append(kept, want)
			}
		}
		if remaining = kept; len(remaining) == 0 {
			return false
		}
	}
	return true
}

// allowsAnyUsage reports whether cert lists ExtKeyUsageAny.
func allowsAnyUsage(cert *Certificate) bool {
	return hasExtKeyUsage(cert, ExtKeyUsageAny)
}

// hasExtKeyUsage reports whether cert lists usage.
func hasExtKeyUsage(cert *Certificate, usage ExtKeyUsage) bool {
	for _, u := range cert.ExtKeyUsage {
		if u == usage {
			return true
		}
	}
	return false
}
