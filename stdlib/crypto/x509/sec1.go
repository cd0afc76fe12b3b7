package x509

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/asn1"
	"errors"
	"fmt"
	"math/big"
)

// ecPrivKeyVersion is the only version of ECPrivateKey (RFC 5915).
const ecPrivKeyVersion = 1

// ecPrivateKey is ECPrivateKey from SEC 1 / RFC 5915, section 3.
type ecPrivateKey struct {
	Version       int
	PrivateKey    []byte
	NamedCurveOID asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
	PublicKey     asn1.BitString        `asn1:"optional,explicit,tag:1"`
}

// ParseECPrivateKey parses an EC private key in SEC 1, ASN.1 DER form
// ("EC PRIVATE KEY" in PEM).
func ParseECPrivateKey(der []byte) (*ecdsa.PrivateKey, error) {
	return parseECPrivateKey(nil, der)
}

// MarshalECPrivateKey converts an EC private key to SEC 1, ASN.1 DER
// form ("EC PRIVATE KEY" in PEM).
func MarshalECPrivateKey(key *ecdsa.PrivateKey) ([]byte, error) {
	oid, ok := oidFromNamedCurve(key.Curve)
	if !ok {
		return nil, errors.New("x509: unknown elliptic curve")
	}
	return marshalECPrivateKeyWithOID(key, oid)
}

// marshalECPrivateKeyWithOID encodes key, naming the curve only if oid
// is not nil. The scalar is padded to the length of the curve order.
func marshalECPrivateKeyWithOID(key *ecdsa.PrivateKey, oid asn1.ObjectIdentifier) ([]byte, error) {
	if !key.Curve.IsOnCurve(key.X, key.Y) {
		return nil, errors.New("invalid elliptic key public key")
	}
	scalar := make([]byte, (key.Curve.Params().N.BitLen()+7)/8)
	return asn1.Marshal(ecPrivateKey{
		Version:       ecPrivKeyVersion,
		PrivateKey:    key.D.FillBytes(scalar),
		NamedCurveOID: oid,
		PublicKey:     asn1.BitString{Bytes: elliptic.Marshal(key.Curve, key.X, key.Y)},
	})
}

// parseECPrivateKey decodes an ECPrivateKey. The curve is curveOID if
// given (from a PKCS #8 wrapper), else the one named inside. The public
// point is recomputed from the scalar rather than trusted.
func parseECPrivateKey(curveOID *asn1.ObjectIdentifier, der []byte) (*ecdsa.PrivateKey, error) {
	var k ecPrivateKey
	if _, err := asn1.Unmarshal(der, &k); err != nil {
		if _, e := asn1.Unmarshal(der, &pkcs8{}); e == nil {
			return nil, errors.New("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)")
		}
		if _, e := asn1.Unmarshal(der, &pkcs1PrivateKey{}); e == nil {
			return nil, errors.New("x509: failed to parse private key (use ParsePKCS1PrivateKey instead for this key format)")
		}
		return nil, errors.New("x509: failed to parse EC private key: " + err.Error())
	}
	if k.Version != ecPrivKeyVersion {
		return nil, fmt.Errorf("x509: unknown EC private key version %d", k.Version)
	}
	oid := k.NamedCurveOID
	if curveOID != nil {
		oid = *curveOID
	}
	curve := namedCurveFromOID(oid)
	if curve == nil {
		return nil, errors.New("x509: unknown elliptic curve")
	}
	d := new(big.Int).SetBytes(k.PrivateKey)
	order := curve.Params().N
	if d.Cmp(order) >= 0 {
		return nil, errors.New("x509: invalid elliptic curve private key value")
	}
	// Some encoders pad the scalar with leading zeros, others strip
	// them; normalise to the length of the order.
	scalar := make([]byte, (order.BitLen()+7)/8)
	raw := k.PrivateKey
	for len(raw) > len(scalar) {
		if raw[0] != 0 {
			return nil, errors.New("x509: invalid private key length")
		}
		raw = raw[1:]
	}
	copy(scalar[len(scalar)-len(raw):], raw)
	priv := &ecdsa.PrivateKey{D: d}
	priv.Curve = curve
	priv.X, priv.Y = curve.ScalarBaseMult(scalar)
	return priv, nil
}
