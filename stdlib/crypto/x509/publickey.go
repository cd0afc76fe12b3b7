package x509

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509/pkix"
	"encoding/asn1"
	"errors"
	"fmt"
)

// publicKeyInfo is SubjectPublicKeyInfo (RFC 5280, section 4.1).
type publicKeyInfo struct {
	Raw       asn1.RawContent
	Algorithm pkix.AlgorithmIdentifier
	PublicKey asn1.BitString
}

// pkixPublicKey is the same structure, for marshaling.
type pkixPublicKey struct {
	Algo      pkix.AlgorithmIdentifier
	BitString asn1.BitString
}

// ParsePKIXPublicKey parses a public key in PKIX, ASN.1 DER form
// ("PUBLIC KEY" in PEM). It returns a *rsa.PublicKey, *dsa.PublicKey,
// *ecdsa.PublicKey or ed25519.PublicKey (not a pointer).
func ParsePKIXPublicKey(derBytes []byte) (pub any, err error) {
	var pki publicKeyInfo
	rest, err := asn1.Unmarshal(derBytes, &pki)
	if err != nil {
		if _, e := asn1.Unmarshal(derBytes, &pkcs1PublicKey{}); e == nil {
			return nil, errors.New("x509: failed to parse public key (use ParsePKCS1PublicKey instead for this key format)")
		}
		return nil, err
	}
	if len(rest) != 0 {
		return nil, errors.New("x509: trailing data after ASN.1 of public-key")
	}
	algo := publicKeyAlgorithmFromOID(pki.Algorithm.Algorithm)
	if algo == UnknownPublicKeyAlgorithm {
		return nil, errors.New("x509: unknown public key algorithm")
	}
	return parsePublicKey(algo, pki.Algorithm.Parameters.FullBytes, pki.PublicKey.RightAlign())
}

// marshalPublicKey returns the subjectPublicKey bits and the algorithm
// identifier of a public key.
func marshalPublicKey(pub any) ([]byte, pkix.AlgorithmIdentifier, error) {
	switch pub := pub.(type) {
	case *rsa.PublicKey:
		bits, err := asn1.Marshal(pkcs1PublicKey{N: pub.N, E: pub.E})
		if err != nil {
			return nil, pkix.AlgorithmIdentifier{}, err
		}
		return bits, pkix.AlgorithmIdentifier{Algorithm: oidPublicKeyRSA, Parameters: asn1.NullRawValue}, nil
	case *ecdsa.PublicKey:
		oid, ok := oidFromNamedCurve(pub.Curve)
		if !ok {
			return nil, pkix.AlgorithmIdentifier{}, errors.New("x509: unsupported elliptic curve")
		}
		if !pub.Curve.IsOnCurve(pub.X, pub.Y) {
			return nil, pkix.AlgorithmIdentifier{}, errors.New("x509: invalid elliptic curve public key")
		}
		params, err := asn1.Marshal(oid)
		if err != nil {
			return nil, pkix.AlgorithmIdentifier{}, err
		}
		ai := pkix.AlgorithmIdentifier{Algorithm: oidPublicKeyECDSA, Parameters: asn1.RawValue{FullBytes: params}}
		return elliptic.Marshal(pub.Curve, pub.X, pub.Y), ai, nil
	case ed25519.PublicKey:
		return pub, pkix.AlgorithmIdentifier{Algorithm: oidPublicKeyEd25519}, nil
	}
	return nil, pkix.AlgorithmIdentifier{}, fmt.Errorf("x509: unsupported public key type: %T", pub)
}

// MarshalPKIXPublicKey converts a public key to PKIX, ASN.1 DER form
// ("PUBLIC KEY" in PEM). Supported key types are *rsa.PublicKey,
// *ecdsa.PublicKey and ed25519.PublicKey (not a pointer).
func MarshalPKIXPublicKey(pub any) ([]byte, error) {
	bits, ai, err := marshalPublicKey(pub)
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(pkixPublicKey{
		Algo:      ai,
		BitString: asn1.BitString{Bytes: bits, BitLength: 8 * len(bits)},
	})
}
