package x509

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
	"internal/godebug"
	"strconv"
)

// SignatureAlgorithm names a signature scheme: a public key algorithm
// together with the hash it signs.
type SignatureAlgorithm int

// The signature algorithms. MD2WithRSA, DSAWithSHA1 and DSAWithSHA256
// cannot be verified; MD5WithRSA can only be used to sign; SHA1 schemes
// are only accepted for CRLs, CSRs and direct CheckSignature calls.
const (
	UnknownSignatureAlgorithm SignatureAlgorithm = iota

	MD2WithRSA
	MD5WithRSA
	SHA1WithRSA
	SHA256WithRSA
	SHA384WithRSA
	SHA512WithRSA
	DSAWithSHA1
	DSAWithSHA256
	ECDSAWithSHA1
	ECDSAWithSHA256
	ECDSAWithSHA384
	ECDSAWithSHA512
	SHA256WithRSAPSS
	SHA384WithRSAPSS
	SHA512WithRSAPSS
	PureEd25519
)

// isRSAPSS reports whether algo uses RSA with PSS padding.
func (algo SignatureAlgorithm) isRSAPSS() bool {
	return algo == SHA256WithRSAPSS || algo == SHA384WithRSAPSS || algo == SHA512WithRSAPSS
}

// String returns a name such as "SHA256-RSA", or the number for an
// unknown algorithm.
func (algo SignatureAlgorithm) String() string {
	if d := signatureDetails(algo); d != nil {
		return d.name
	}
	return strconv.Itoa(int(algo))
}

// PublicKeyAlgorithm names the kind of key in a certificate.
type PublicKeyAlgorithm int

// The public key algorithms. DSA keys can be parsed but not used.
const (
	UnknownPublicKeyAlgorithm PublicKeyAlgorithm = iota
	RSA
	DSA
	ECDSA
	Ed25519
)

var publicKeyAlgorithmNames = [...]string{
	RSA:     "RSA",
	DSA:     "DSA",
	ECDSA:   "ECDSA",
	Ed25519: "Ed25519",
}

// String returns the algorithm's name, or its number if unknown.
func (algo PublicKeyAlgorithm) String() string {
	if algo > 0 && int(algo) < len(publicKeyAlgorithmNames) {
		return publicKeyAlgorithmNames[algo]
	}
	return strconv.Itoa(int(algo))
}

// Object identifiers of signature schemes, from RFC 3279, RFC 4055,
// RFC 5758 and RFC 8410.
var (
	oidSignatureMD2WithRSA      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 2}
	oidSignatureMD5WithRSA      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 4}
	oidSignatureSHA1WithRSA     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 5}
	oidSignatureSHA256WithRSA   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 11}
	oidSignatureSHA384WithRSA   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 12}
	oidSignatureSHA512WithRSA   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 13}
	oidSignatureRSAPSS          = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}
	oidSignatureDSAWithSHA1     = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 3}
	oidSignatureDSAWithSHA256   = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 3, 2}
	oidSignatureECDSAWithSHA1   = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 1}
	oidSignatureECDSAWithSHA256 = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 2}
	oidSignatureECDSAWithSHA384 = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 3}
	oidSignatureECDSAWithSHA512 = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 4}
	oidSignatureEd25519         = asn1.ObjectIdentifier{1, 3, 101, 112}

	// an old OIW identifier for SHA1 with RSA, still met in the wild
	oidISOSignatureSHA1WithRSA = asn1.ObjectIdentifier{1, 3, 14, 3, 2, 29}

	oidSHA256 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 1}
	oidSHA384 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 2}
	oidSHA512 = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 2, 3}
	oidMGF1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 8}
)

// signatureDetail describes one signature algorithm. An algorithm may
// have several entries when it has several OIDs; the first one is used
// when writing.
type signatureDetail struct {
	algo       SignatureAlgorithm
	name       string
	oid        asn1.ObjectIdentifier
	pubKeyAlgo PublicKeyAlgorithm
	hash       crypto.Hash // 0 when the scheme does not pre-hash
}

var signatureAlgorithms = []signatureDetail{
	{MD2WithRSA, "MD2-RSA", oidSignatureMD2WithRSA, RSA, 0},
	{MD5WithRSA, "MD5-RSA", oidSignatureMD5WithRSA, RSA, crypto.MD5},
	{SHA1WithRSA, "SHA1-RSA", oidSignatureSHA1WithRSA, RSA, crypto.SHA1},
	{SHA1WithRSA, "SHA1-RSA", oidISOSignatureSHA1WithRSA, RSA, crypto.SHA1},
	{SHA256WithRSA, "SHA256-RSA", oidSignatureSHA256WithRSA, RSA, crypto.SHA256},
	{SHA384WithRSA, "SHA384-RSA", oidSignatureSHA384WithRSA, RSA, crypto.SHA384},
	{SHA512WithRSA, "SHA512-RSA", oidSignatureSHA512WithRSA, RSA, crypto.SHA512},
	{SHA256WithRSAPSS, "SHA256-RSAPSS", oidSignatureRSAPSS, RSA, crypto.SHA256},
	{SHA384WithRSAPSS, "SHA384-RSAPSS", oidSignatureRSAPSS, RSA, crypto.SHA384},
	{SHA512WithRSAPSS, "SHA512-RSAPSS", oidSignatureRSAPSS, RSA, crypto.SHA512},
	{DSAWithSHA1, "DSA-SHA1", oidSignatureDSAWithSHA1, DSA, crypto.SHA1},
	{DSAWithSHA256, "DSA-SHA256", oidSignatureDSAWithSHA256, DSA, crypto.SHA256},
	{ECDSAWithSHA1, "ECDSA-SHA1", oidSignatureECDSAWithSHA1, ECDSA, crypto.SHA1},
	{ECDSAWithSHA256, "ECDSA-SHA256", oidSignatureECDSAWithSHA256, ECDSA, crypto.SHA256},
	{ECDSAWithSHA384, "ECDSA-SHA384", oidSignatureECDSAWithSHA384, ECDSA, crypto.SHA384},
	{ECDSAWithSHA512, "ECDSA-SHA512", oidSignatureECDSAWithSHA512, ECDSA, crypto.SHA512},
	{PureEd25519, "Ed25519", oidSignatureEd25519, Ed25519, 0},
}

// signatureDetails returns the first table entry for algo, or nil.
func signatureDetails(algo SignatureAlgorithm) *signatureDetail {
	for i := range signatureAlgorithms {
		if signatureAlgorithms[i].algo == algo {
			return &signatureAlgorithms[i]
		}
	}
	return nil
}

// pssParameters is RSASSA-PSS-params from RFC 4055, section 3.1.
type pssParameters struct {
	Hash         pkix.AlgorithmIdentifier `asn1:"explicit,tag:0"`
	MGF          pkix.AlgorithmIdentifier `asn1:"explicit,tag:1"`
	SaltLength   int                      `asn1:"explicit,tag:2"`
	TrailerField int                      `asn1:"optional,explicit,tag:3,default:1"`
}

// pssHashes are the hashes allowed with PSS; each is paired with a salt
// as long as its output, the only parameters accepted or written.
var pssHashes = []struct {
	algo SignatureAlgorithm
	oid  asn1.ObjectIdentifier
	hash crypto.Hash
}{
	{SHA256WithRSAPSS, oidSHA256, crypto.SHA256},
	{SHA384WithRSAPSS, oidSHA384, crypto.SHA384},
	{SHA512WithRSAPSS, oidSHA512, crypto.SHA512},
}

// hashToPSSParameters holds the encoded PSS parameters for each hash
// allowed with PSS, computed once.
var hashToPSSParameters = map[crypto.Hash]asn1.RawValue{
	crypto.SHA256: pssParametersFor(crypto.SHA256),
	crypto.SHA384: pssParametersFor(crypto.SHA384),
	crypto.SHA512: pssParametersFor(crypto.SHA512),
}

// pssParametersFor encodes the PSS parameters for a hash: that hash,
// MGF1 with the same hash, and a salt of the hash's length.
func pssParametersFor(h crypto.Hash) asn1.RawValue {
	var oid asn1.ObjectIdentifier
	for _, p := range pssHashes {
		if p.hash == h {
			oid = p.oid
		}
	}
	hashAI := pkix.AlgorithmIdentifier{Algorithm: oid, Parameters: asn1.NullRawValue}
	mgfParams, _ := asn1.Marshal(hashAI)
	params, _ := asn1.Marshal(pssParameters{
		Hash:         hashAI,
		MGF:          pkix.AlgorithmIdentifier{Algorithm: oidMGF1, Parameters: asn1.RawValue{FullBytes: mgfParams}},
		SaltLength:   h.Size(),
		TrailerField: 1,
	})
	return asn1.RawValue{FullBytes: params}
}

// isAbsentOrNull reports whether optional algorithm parameters are
// either missing or an ASN.1 NULL.
func isAbsentOrNull(params []byte) bool {
	return len(params) == 0 || bytes.Equal(params, asn1.NullBytes)
}

// signatureAlgorithmFromAI identifies the signature scheme of an
// AlgorithmIdentifier, checking that its parameters are the ones this
// package can handle.
func signatureAlgorithmFromAI(ai pkix.AlgorithmIdentifier) SignatureAlgorithm {
	if ai.Algorithm.Equal(oidSignatureEd25519) && len(ai.Parameters.FullBytes) != 0 {
		return UnknownSignatureAlgorithm
	}
	if ai.Algorithm.Equal(oidSignatureRSAPSS) {
		return pssAlgorithm(ai.Parameters.FullBytes)
	}
	for _, d := range signatureAlgorithms {
		if ai.Algorithm.Equal(d.oid) {
			return d.algo
		}
	}
	return UnknownSignatureAlgorithm
}

// pssAlgorithm decodes RSASSA-PSS parameters. Only the three
// combinations this package writes are recognised: the same hash for the
// message and MGF1, a salt as long as the hash, the default trailer.
func pssAlgorithm(params []byte) SignatureAlgorithm {
	var p pssParameters
	if _, err := asn1.Unmarshal(params, &p); err != nil {
		return UnknownSignatureAlgorithm
	}
	var mgfHash pkix.AlgorithmIdentifier
	if _, err := asn1.Unmarshal(p.MGF.Parameters.FullBytes, &mgfHash); err != nil {
		return UnknownSignatureAlgorithm
	}
	if !isAbsentOrNull(p.Hash.Parameters.FullBytes) || !p.MGF.Algorithm.Equal(oidMGF1) ||
		!mgfHash.Algorithm.Equal(p.Hash.Algorithm) || !isAbsentOrNull(mgfHash.Parameters.FullBytes) ||
		p.TrailerField != 1 {
		return UnknownSignatureAlgorithm
	}
	for _, h := range pssHashes {
		if p.Hash.Algorithm.Equal(h.oid) && p.SaltLength == h.hash.Size() {
			return h.algo
		}
	}
	return UnknownSignatureAlgorithm
}

// Object identifiers of public key types (RFC 3279, RFC 8410).
var (
	oidPublicKeyRSA     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 1}
	oidPublicKeyDSA     = asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 1}
	oidPublicKeyECDSA   = asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}
	oidPublicKeyEd25519 = oidSignatureEd25519
)

// publicKeyAlgorithmFromOID maps a SubjectPublicKeyInfo algorithm OID to
// its PublicKeyAlgorithm.
func publicKeyAlgorithmFromOID(oid asn1.ObjectIdentifier) PublicKeyAlgorithm {
	switch {
	case oid.Equal(oidPublicKeyRSA):
		return RSA
	case oid.Equal(oidPublicKeyDSA):
		return DSA
	case oid.Equal(oidPublicKeyECDSA):
		return ECDSA
	case oid.Equal(oidPublicKeyEd25519):
		return Ed25519
	}
	return UnknownPublicKeyAlgorithm
}

// Object identifiers of the named NIST curves (RFC 5480, section 2.1.1.1).
var (
	oidNamedCurveP224 = asn1.ObjectIdentifier{1, 3, 132, 0, 33}
	oidNamedCurveP256 = asn1.ObjectIdentifier{1, 2, 840, 10045, 3, 1, 7}
	oidNamedCurveP384 = asn1.ObjectIdentifier{1, 3, 132, 0, 34}
	oidNamedCurveP521 = asn1.ObjectIdentifier{1, 3, 132, 0, 35}
)

// namedCurveFromOID returns the curve with the given OID, or nil.
func namedCurveFromOID(oid asn1.ObjectIdentifier) elliptic.Curve {
	switch {
	case oid.Equal(oidNamedCurveP224):
		return elliptic.P224()
	case oid.Equal(oidNamedCurveP256):
		return elliptic.P256()
	case oid.Equal(oidNamedCurveP384):
		return elliptic.P384()
	case oid.Equal(oidNamedCurveP521):
		return elliptic.P521()
	}
	return nil
}

// oidFromNamedCurve returns the OID of one of the four named curves.
func oidFromNamedCurve(curve elliptic.Curve) (asn1.ObjectIdentifier, bool) {
	switch curve {
	case elliptic.P224():
		return oidNamedCurveP224, true
	case elliptic.P256():
		return oidNamedCurveP256, true
	case elliptic.P384():
		return oidNamedCurveP384, true
	case elliptic.P521():
		return oidNamedCurveP521, true
	}
	return nil, false
}

// ErrUnsupportedAlgorithm results from attempting to perform an operation
// that involves algorithms this package does not implement.
var ErrUnsupportedAlgorithm = errors.New("x509: cannot verify signature: algorithm unimplemented")

// An InsecureAlgorithmError is returned for a signature whose algorithm
// is considered too weak to be trusted (MD5, and SHA1 in certificates).
type InsecureAlgorithmError SignatureAlgorithm

func (e InsecureAlgorithmError) Error() string {
	msg := fmt.Sprintf("x509: cannot verify signature: insecure algorithm %v", SignatureAlgorithm(e))
	if SignatureAlgorithm(e) == SHA1WithRSA || SignatureAlgorithm(e) == ECDSAWithSHA1 {
		msg += " (temporarily override with GODEBUG=x509sha1=1)"
	}
	return msg
}

// keyMismatchError reports a key whose type does not fit the algorithm.
func keyMismatchError(want PublicKeyAlgorithm, pub any) error {
	return fmt.Errorf("x509: signature algorithm specifies an %s public key, but have public key of type %T", want.String(), pub)
}

// checkSignature verifies that signature is a valid signature of signed
// by publicKey under algo. SHA1 is only accepted when allowSHA1 is set
// or GODEBUG has x509sha1=1.
func checkSignature(algo SignatureAlgorithm, signed, signature []byte, publicKey crypto.PublicKey, allowSHA1 bool) error {
	var hash crypto.Hash
	var keyAlgo PublicKeyAlgorithm
	if d := signatureDetails(algo); d != nil {
		hash, keyAlgo = d.hash, d.pubKeyAlgo
	}
	switch hash {
	case 0:
		if keyAlgo != Ed25519 {
			return ErrUnsupportedAlgorithm
		}
	case crypto.MD5:
		return InsecureAlgorithmError(algo)
	case crypto.SHA1:
		if !allowSHA1 && godebug.Get("x509sha1") != "1" {
			return InsecureAlgorithmError(algo)
		}
	}
	digest := signed
	if hash != 0 {
		if !hash.Available() {
			return ErrUnsupportedAlgorithm
		}
		h := hash.New()
		h.Write(signed)
		digest = h.Sum(nil)
	}
	return verifyWithKey(algo, keyAlgo, hash, digest, signature, publicKey)
}

// verifyWithKey checks a signature over digest (the message itself for
// Ed25519) with a key of the type keyAlgo names.
func verifyWithKey(algo SignatureAlgorithm, keyAlgo PublicKeyAlgorithm, hash crypto.Hash, digest, signature []byte, publicKey crypto.PublicKey) error {
	switch pub := publicKey.(type) {
	case *rsa.PublicKey:
		if keyAlgo != RSA {
			return keyMismatchError(keyAlgo, pub)
		}
		if algo.isRSAPSS() {
			return rsa.VerifyPSS(pub, hash, digest, signature, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthEqualsHash})
		}
		return rsa.VerifyPKCS1v15(pub, hash, digest, signature)
	case *ecdsa.PublicKey:
		if keyAlgo != ECDSA {
			return keyMismatchError(keyAlgo, pub)
		}
		if !ecdsa.VerifyASN1(pub, digest, signature) {
			return errors.New("x509: ECDSA verification failure")
		}
		return nil
	case ed25519.PublicKey:
		if keyAlgo != Ed25519 {
			return keyMismatchError(keyAlgo, pub)
		}
		if !ed25519.Verify(pub, digest, signature) {
			return errors.New("x509: Ed25519 verification failure")
		}
		return nil
	}
	return ErrUnsupportedAlgorithm
}
