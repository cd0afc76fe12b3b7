package x509

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	// hashes that signatures may need, registered with crypto.Hash
	_ "crypto/sha256"
	_ "crypto/sha512"
)

// certificate and tbsCertificate are the certificate structures of RFC
// 5280, section 4.1, laid out for encoding/asn1 to marshal.
type certificate struct {
	Raw                asn1.RawContent
	TBSCertificate     tbsCertificate
	SignatureAlgorithm pkix.AlgorithmIdentifier
	SignatureValue     asn1.BitString
}

type tbsCertificate struct {
	Raw                asn1.RawContent
	Version            int `asn1:"optional,explicit,default:0,tag:0"`
	SerialNumber       *big.Int
	SignatureAlgorithm pkix.AlgorithmIdentifier
	Issuer             asn1.RawValue
	Validity           validity
	Subject            asn1.RawValue
	PublicKey          publicKeyInfo
	UniqueId           asn1.BitString   `asn1:"optional,tag:1"`
	SubjectUniqueId    asn1.BitString   `asn1:"optional,tag:2"`
	Extensions         []pkix.Extension `asn1:"omitempty,optional,explicit,tag:3"`
}

type validity struct {
	NotBefore, NotAfter time.Time
}

// emptyASN1Subject is the encoding of a Name with no RDNs.
var emptyASN1Subject = []byte{0x30, 0}

// subjectBytes returns cert's subject in DER, using RawSubject if set.
func subjectBytes(cert *Certificate) ([]byte, error) {
	if len(cert.RawSubject) > 0 {
		return cert.RawSubject, nil
	}
	return asn1.Marshal(cert.Subject.ToRDNSequence())
}

// signingParamsForPublicKey chooses the hash and signature algorithm for
// a signing key: requested if not zero (it must suit the key), otherwise
// a default for the key type.
func signingParamsForPublicKey(pub any, requested SignatureAlgorithm) (crypto.Hash, pkix.AlgorithmIdentifier, error) {
	var keyAlgo PublicKeyAlgorithm
	var hash crypto.Hash
	var ai pkix.AlgorithmIdentifier
	switch pub := pub.(type) {
	case *rsa.PublicKey:
		keyAlgo, hash = RSA, crypto.SHA256
		ai = pkix.AlgorithmIdentifier{Algorithm: oidSignatureSHA256WithRSA, Parameters: asn1.NullRawValue}
	case *ecdsa.PublicKey:
		keyAlgo = ECDSA
		switch pub.Curve {
		case elliptic.P224(), elliptic.P256():
			hash, ai.Algorithm = crypto.SHA256, oidSignatureECDSAWithSHA256
		case elliptic.P384():
			hash, ai.Algorithm = crypto.SHA384, oidSignatureECDSAWithSHA384
		case elliptic.P521():
			hash, ai.Algorithm = crypto.SHA512, oidSignatureECDSAWithSHA512
		default:
			return 0, ai, errors.New("x509: unknown elliptic curve")
		}
	case ed25519.PublicKey:
		keyAlgo, ai.Algorithm = Ed25519, oidSignatureEd25519
	default:
		return 0, ai, errors.New("x509: only RSA, ECDSA and Ed25519 keys supported")
	}
	if requested == 0 {
		return hash, ai, nil
	}
	d := signatureDetails(requested)
	if d == nil {
		return 0, ai, errors.New("x509: unknown SignatureAlgorithm")
	}
	if d.pubKeyAlgo != keyAlgo {
		return 0, ai, errors.New("x509: requested SignatureAlgorithm does not match private key type")
	}
	ai.Algorithm, hash = d.oid, d.hash
	if hash == 0 && keyAlgo != Ed25519 {
		return 0, ai, errors.New("x509: cannot sign with hash function requested")
	}
	if hash == crypto.MD5 {
		return 0, ai, errors.New("x509: signing with MD5 is not supported")
	}
	if requested.isRSAPSS() {
		ai.Parameters = hashToPSSParameters[hash]
	}
	return hash, ai, nil
}

// sign hashes tbs (unless the scheme signs messages whole, as Ed25519
// does) and signs it with key, using PSS padding if pss is set.
func sign(rand io.Reader, key crypto.Signer, tbs []byte, hash crypto.Hash, pss bool) ([]byte, error) {
	digest := tbs
	if hash != 0 {
		h := hash.New()
		h.Write(tbs)
		digest = h.Sum(nil)
	}
	var opts crypto.SignerOpts = hash
	if pss {
		opts = &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash, Hash: hash}
	}
	return key.Sign(rand, digest, opts)
}

// bitString wraps whole bytes as a BIT STRING.
func bitString(b []byte) asn1.BitString {
	return asn1.BitString{Bytes: b, BitLength: 8 * len(b)}
}

// CreateCertificate creates a new X.509 v3 certificate based on a
// template, issued by parent (template itself for a self-signed
// certificate), for the public key pub, signed with priv, which must
// be a crypto.Signer matching parent's key. It returns the DER.
//
// From the template it uses: AuthorityKeyId, BasicConstraintsValid,
// CRLDistributionPoints, DNSNames, EmailAddresses, ExcludedDNSDomains,
// ExcludedEmailAddresses, ExcludedIPRanges, ExcludedURIDomains,
// ExtKeyUsage, ExtraExtensions, IPAddresses, IsCA,
// IssuingCertificateURL, KeyUsage, MaxPathLen, MaxPathLenZero,
// NotAfter, NotBefore, OCSPServer, PermittedDNSDomains,
// PermittedDNSDomainsCritical, PermittedEmailAddresses,
// PermittedIPRanges, PermittedURIDomains, PolicyIdentifiers,
// SerialNumber, SignatureAlgorithm, Subject, SubjectKeyId, URIs and
// UnknownExtKeyUsage. The issuer name is parent's subject. A CA with no
// SubjectKeyId gets one derived from its key; the authority key id is
// parent's subject key id unless the certificate is self-signed.
func CreateCertificate(rand io.Reader, template, parent *Certificate, pub, priv any) ([]byte, error) {
	key, ok := priv.(crypto.Signer)
	if !ok {
		return nil, errors.New("x509: certificate private key does not implement crypto.Signer")
	}
	if err := checkTemplate(template); err != nil {
		return nil, err
	}
	hash, sigAI, err := signingParamsForPublicKey(key.Public(), template.SignatureAlgorithm)
	if err != nil {
		return nil, err
	}
	keyBits, keyAI, err := marshalPublicKey(pub)
	if err != nil {
		return nil, err
	}
	issuer, err := subjectBytes(parent)
	if err != nil {
		return nil, err
	}
	subject, err := subjectBytes(template)
	if err != nil {
		return nil, err
	}
	authorityKeyId := template.AuthorityKeyId
	if !bytes.Equal(issuer, subject) && len(parent.SubjectKeyId) > 0 {
		authorityKeyId = parent.SubjectKeyId
	}
	subjectKeyId := template.SubjectKeyId
	if len(subjectKeyId) == 0 && template.IsCA {
		// RFC 5280, section 4.2.1.2, method 1 (hashing the whole key
		// bits rather than only the key)
		sum := sha1.Sum(keyBits)
		subjectKeyId = sum[:]
	}
	if err := checkSignerMatches(key, parent); err != nil {
		return nil, err
	}
	exts, err := buildCertExtensions(template, bytes.Equal(subject, emptyASN1Subject), authorityKeyId, subjectKeyId)
	if err != nil {
		return nil, err
	}

	tbs := tbsCertificate{
		Version:            2,
		SerialNumber:       template.SerialNumber,
		SignatureAlgorithm: sigAI,
		Issuer:             asn1.RawValue{FullBytes: issuer},
		Validity:           validity{template.NotBefore.UTC(), template.NotAfter.UTC()},
		Subject:            asn1.RawValue{FullBytes: subject},
		PublicKey:          publicKeyInfo{nil, keyAI, bitString(keyBits)},
		Extensions:         exts,
	}
	if tbs.Raw, err = asn1.Marshal(tbs); err != nil {
		return nil, err
	}
	signature, err := sign(rand, key, tbs.Raw, hash, template.SignatureAlgorithm.isRSAPSS())
	if err != nil {
		return nil, err
	}
	signed, err := asn1.Marshal(certificate{nil, tbs, sigAI, bitString(signature)})
	if err != nil {
		return nil, err
	}
	// A faulty signer (a broken hardware module, say) should not produce
	// a certificate that nobody can verify.
	if err := checkSignature(signatureAlgorithmFromAI(sigAI), tbs.Raw, signature, key.Public(), true); err != nil {
		return nil, fmt.Errorf("x509: signature over certificate returned by signer is invalid: %w", err)
	}
	return signed, nil
}

// checkTemplate rejects templates that cannot make a valid certificate.
func checkTemplate(t *Certificate) error {
	if t.SerialNumber == nil {
		return errors.New("x509: no SerialNumber given")
	}
	if t.SerialNumber.Sign() == -1 {
		return errors.New("x509: serial number must be positive")
	}
	if t.BasicConstraintsValid && !t.IsCA && t.MaxPathLen != -1 && (t.MaxPathLen != 0 || t.MaxPathLenZero) {
		return errors.New("x509: only CAs are allowed to specify MaxPathLen")
	}
	return nil
}

// checkSignerMatches checks that key is the private half of parent's
// public key, when parent has one.
func checkSignerMatches(key crypto.Signer, parent *Certificate) error {
	type keyWithEqual interface {
		Equal(crypto.PublicKey) bool
	}
	pub, ok := key.Public().(keyWithEqual)
	if !ok {
		return errors.New("x509: internal error: supported public key does not implement Equal")
	}
	if parent.PublicKey != nil && !pub.Equal(parent.PublicKey) {
		return errors.New("x509: provided PrivateKey doesn't match parent's PublicKey")
	}
	return nil
}
