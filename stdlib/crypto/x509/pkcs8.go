package x509

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
)

// pkcs8 is PrivateKeyInfo from RFC 5208: an algorithm identifier and the
// algorithm's own encoding of the key. Attributes are not supported.
type pkcs8 struct {
	Version    int
	Algo       pkix.AlgorithmIdentifier
	PrivateKey []byte
}

// ParsePKCS8PrivateKey parses an unencrypted private key in PKCS #8,
// ASN.1 DER form ("PRIVATE KEY" in PEM). It returns a *rsa.PrivateKey,
// a *ecdsa.PrivateKey or an ed25519.PrivateKey (not a pointer).
func ParsePKCS8PrivateKey(der []byte) (key any, err error) {
	var info pkcs8
	if _, err := asn1.Unmarshal(der, &info); err != nil {
		if _, e := asn1.Unmarshal(der, &ecPrivateKey{}); e == nil {
			return nil, errors.New("x509: failed to parse private key (use ParseECPrivateKey instead for this key format)")
		}
		if _, e := asn1.Unmarshal(der, &pkcs1PrivateKey{}); e == nil {
			return nil, errors.New("x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)")
		}
		return nil, err
	}
	algo := info.Algo.Algorithm
	switch {
	case algo.Equal(oidPublicKeyRSA):
		key, err := ParsePKCS1PrivateKey(info.PrivateKey)
		if err != nil {
			return nil, errors.New("x509: failed to parse RSA private key embedded in PKCS#8: " + err.Error())
		}
		return key, nil
	case algo.Equal(oidPublicKeyECDSA):
		// The curve is named by the algorithm parameters here, which
		// take precedence over any inside the SEC 1 structure.
		curveOID := new(asn1.ObjectIdentifier)
		if _, err := asn1.Unmarshal(info.Algo.Parameters.FullBytes, curveOID); err != nil {
			curveOID = nil
		}
		key, err := parseECPrivateKey(curveOID, info.PrivateKey)
		if err != nil {
			return nil, errors.New("x509: failed to parse EC private key embedded in PKCS#8: " + err.Error())
		}
		return key, nil
	case algo.Equal(oidPublicKeyEd25519):
		return parseEd25519PrivateKey(info)
	}
	return nil, fmt.Errorf("x509: PKCS#8 wrapping contained private key with unknown algorithm: %v", algo)
}

// parseEd25519PrivateKey decodes the seed, an OCTET STRING inside the
// PrivateKey OCTET STRING (RFC 8410, section 7).
func parseEd25519PrivateKey(info pkcs8) (ed25519.PrivateKey, error) {
	if len(info.Algo.Parameters.FullBytes) != 0 {
		return nil, errors.New("x509: invalid Ed25519 private key parameters")
	}
	var seed []byte
	if _, err := asn1.Unmarshal(info.PrivateKey, &seed); err != nil {
		return nil, fmt.Errorf("x509: invalid Ed25519 private key: %v", err)
	}
	if len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("x509: invalid Ed25519 private key length: %d", len(seed))
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// MarshalPKCS8PrivateKey converts a private key to PKCS #8, ASN.1 DER
// form ("PRIVATE KEY" in PEM). The key may be a *rsa.PrivateKey, a
// *ecdsa.PrivateKey or an ed25519.PrivateKey (not a pointer).
func MarshalPKCS8PrivateKey(key any) ([]byte, error) {
	var info pkcs8
	switch k := key.(type) {
	case *rsa.PrivateKey:
		info.Algo = pkix.AlgorithmIdentifier{Algorithm: oidPublicKeyRSA, Parameters: asn1.NullRawValue}
		info.PrivateKey = MarshalPKCS1PrivateKey(k)
	case *ecdsa.PrivateKey:
		oid, ok := oidFromNamedCurve(k.Curve)
		if !ok {
			return nil, errors.New("x509: unknown curve while marshaling to PKCS#8")
		}
		oidBytes, err := asn1.Marshal(oid)
		if err != nil {
			return nil, errors.New("x509: failed to marshal curve OID: " + err.Error())
		}
		info.Algo = pkix.AlgorithmIdentifier{Algorithm: oidPublicKeyECDSA, Parameters: asn1.RawValue{FullBytes: oidBytes}}
		// The curve is already in the algorithm, so not repeated inside.
		if info.PrivateKey, err = marshalECPrivateKeyWithOID(k, nil); err != nil {
			return nil, errors.New("x509: failed to marshal EC private key while building PKCS#8: " + err.Error())
		}
	case ed25519.PrivateKey:
		info.Algo = pkix.AlgorithmIdentifier{Algorithm: oidPublicKeyEd25519}
		seed, err := asn1.Marshal(k.Seed())
		if err != nil {
			return nil, fmt.Errorf("x509: failed to marshal private key: %v", err)
		}
		info.PrivateKey = seed
	default:
		return nil, fmt.Errorf("x509: unknown key type while marshaling PKCS#8: %T", key)
	}
	return asn1.Marshal(info)
}
