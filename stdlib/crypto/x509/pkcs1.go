package x509

import (
	"crypto/rsa"
	"encoding/asn1"
	"errors"
	"math/big"
)

// pkcs1PrivateKey is RSAPrivateKey from RFC 8017, appendix A.1.2.
// Version 1 adds primes beyond the first two.
type pkcs1PrivateKey struct {
	Version int
	N       *big.Int
	E       int
	D       *big.Int
	P       *big.Int
	Q       *big.Int
	// The CRT values are recomputed on parsing, so they may be absent.
	Dp   *big.Int `asn1:"optional"`
	Dq   *big.Int `asn1:"optional"`
	Qinv *big.Int `asn1:"optional"`

	AdditionalPrimes []pkcs1AdditionalRSAPrime `asn1:"optional,omitempty"`
}

// pkcs1AdditionalRSAPrime is OtherPrimeInfo from RFC 8017.
type pkcs1AdditionalRSAPrime struct {
	Prime *big.Int
	Exp   *big.Int // d mod (prime-1)
	Coeff *big.Int // CRT coefficient
}

// pkcs1PublicKey is RSAPublicKey from RFC 8017, appendix A.1.1.
type pkcs1PublicKey struct {
	N *big.Int
	E int
}

// ParsePKCS1PrivateKey parses an RSA private key in PKCS #1, ASN.1 DER
// form ("RSA PRIVATE KEY" in PEM).
func ParsePKCS1PrivateKey(der []byte) (*rsa.PrivateKey, error) {
	var priv pkcs1PrivateKey
	rest, err := asn1.Unmarshal(der, &priv)
	if len(rest) > 0 {
		return nil, asn1.SyntaxError{Msg: "trailing data"}
	}
	if err != nil {
		return nil, suggestKeyParser(der, err)
	}
	if priv.Version > 1 {
		return nil, errors.New("x509: unsupported private key version")
	}
	if priv.N.Sign() <= 0 || priv.D.Sign() <= 0 || priv.P.Sign() <= 0 || priv.Q.Sign() <= 0 {
		return nil, errors.New("x509: private key contains zero or negative value")
	}
	key := &rsa.PrivateKey{
		PublicKey: rsa.PublicKey{N: priv.N, E: priv.E},
		D:         priv.D,
		Primes:    []*big.Int{priv.P, priv.Q},
	}
	for _, a := range priv.AdditionalPrimes {
		if a.Prime.Sign() <= 0 {
			return nil, errors.New("x509: private key contains zero or negative prime")
		}
		key.Primes = append(key.Primes, a.Prime)
	}
	if err := key.Validate(); err != nil {
		return nil, err
	}
	key.Precompute()
	return key, nil
}

// suggestKeyParser turns a PKCS #1 parse error into a hint when der is
// a private key in one of the other formats.
func suggestKeyParser(der []byte, err error) error {
	if _, e := asn1.Unmarshal(der, &ecPrivateKey{}); e == nil {
		return errors.New("x509: failed to parse private key (use ParseECPrivateKey instead for this key format)")
	}
	if _, e := asn1.Unmarshal(der, &pkcs8{}); e == nil {
		return errors.New("x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)")
	}
	return err
}

// MarshalPKCS1PrivateKey converts an RSA private key to PKCS #1, ASN.1
// DER form ("RSA PRIVATE KEY" in PEM).
func MarshalPKCS1PrivateKey(key *rsa.PrivateKey) []byte {
	key.Precompute()
	version := 0
	if len(key.Primes) > 2 {
		version = 1
	}
	priv := pkcs1PrivateKey{
		Version: version,
		N:       key.N,
		E:       key.PublicKey.E,
		D:       key.D,
		P:       key.Primes[0],
		Q:       key.Primes[1],
		Dp:      key.Precomputed.Dp,
		Dq:      key.Precomputed.Dq,
		Qinv:    key.Precomputed.Qinv,
	}
	for i, crt := range key.Precomputed.CRTValues {
		priv.AdditionalPrimes = append(priv.AdditionalPrimes, pkcs1AdditionalRSAPrime{
			Prime: key.Primes[2+i],
			Exp:   crt.Exp,
			Coeff: crt.Coeff,
		})
	}
	b, _ := asn1.Marshal(priv)
	return b
}

// ParsePKCS1PublicKey parses an RSA public key in PKCS #1, ASN.1 DER
// form ("RSA PUBLIC KEY" in PEM).
func ParsePKCS1PublicKey(der []byte) (*rsa.PublicKey, error) {
	var pub pkcs1PublicKey
	rest, err := asn1.Unmarshal(der, &pub)
	if err != nil {
		if _, e := asn1.Unmarshal(der, &publicKeyInfo{}); e == nil {
			return nil, errors.New("x509: failed to parse public key (use ParsePKIXPublicKey instead for this key format)")
		}
		return nil, err
	}
	if len(rest) > 0 {
		return nil, asn1.SyntaxError{Msg: "trailing data"}
	}
	if pub.N.Sign() <= 0 || pub.E <= 0 {
		return nil, errors.New("x509: public key contains zero or negative value")
	}
	if pub.E > 1<<31-1 {
		return nil, errors.New("x509: public key contains large public exponent")
	}
	return &rsa.PublicKey{N: pub.N, E: pub.E}, nil
}

// MarshalPKCS1PublicKey converts an RSA public key to PKCS #1, ASN.1 DER
// form ("RSA PUBLIC KEY" in PEM).
func MarshalPKCS1PublicKey(key *rsa.PublicKey) []byte {
	b, _ := asn1.Marshal(pkcs1PublicKey{N: key.N, E: key.E})
	return b
}
