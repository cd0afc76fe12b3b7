// crypto/x509 and crypto/x509/pkix: parsing a fixed three-certificate
// chain (RSA root with a name constraint, Ed25519 intermediate, leaf with
// SANs, AIA and CRL distribution points) and printing its fields;
// verifying it at a fixed time, and Go's error texts for an expired
// chain, a wrong host name, a missing root, a wrong key usage and a name
// outside the constraint; parsing PKCS #1, SEC 1 and PKCS #8 keys and a
// PKIX public key, and marshalling them back; creating a certificate, a
// CSR and a CRL with Ed25519 (deterministic signatures) and reading them
// back; legacy PEM encryption; pkix.Name's RFC 2253 strings.
package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"strings"
	"time"
)

const chainPEM = `-----BEGIN CERTIFICATE-----
MIICUzCCAbygAwIBAgIBATANBgkqhkiG9w0BAQsFADA+MQswCQYDVQQGEwJOTDEW
MBQGA1UEChMNQ29tcGlsZXJzIDEwMTEXMBUGA1UEAxMOQ291cnNlIFJvb3QgQ0Ew
HhcNMjAwMTAxMDAwMDAwWhcNNDAwMTAxMDAwMDAwWjA+MQswCQYDVQQGEwJOTDEW
MBQGA1UEChMNQ29tcGlsZXJzIDEwMTEXMBUGA1UEAxMOQ291cnNlIFJvb3QgQ0Ew
gZ8wDQYJKoZIhvcNAQEBBQADgY0AMIGJAoGBANHmn2lsv+Q1jYhH33j/V+g/XHKM
yqye0zoxKgJCvYElNb5Ir/1xu7V3SkYJpRSOWfyjEBNz1J6VodoA1c43t9yMxoEU
ge1jX+TejF29eOuOryEPnS0oKYGCDapGm1lBNBZyjde2xPbGKZSPpCfnDUPeYMjB
2MRq4t1s1zYkS1qhAgMBAAGjYTBfMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8E
CDAGAQH/AgEBMB0GA1UdDgQWBBTVYKNllXmtA6a28hDeGxnjAAWwUTAaBgNVHR4E
EzARoA8wDYILZXhhbXBsZS5lZHUwDQYJKoZIhvcNAQELBQADgYEAmnT7YrtvEBuV
bbEFXTi1yHQ3oT1QR57ExCVT9X6wzyV21jnKDOCrqEi5gpCLwj9Mqgm//eVexsT4
5hvJ89uYrUejK67FZxEORN+bmtxJwChiMpZ1z85PPCA9fSmtOxjhN+76DBxpQquq
eJ2pqOwivKlQn4sc4yuhrHn+faZNE2E=
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIIB+DCCAWGgAwIBAgIBAjANBgkqhkiG9w0BAQsFADA+MQswCQYDVQQGEwJOTDEW
MBQGA1UEChMNQ29tcGlsZXJzIDEwMTEXMBUGA1UEAxMOQ291cnNlIFJvb3QgQ0Ew
HhcNMjAwMTAxMDAwMDAwWhcNMzAwMTAxMDAwMDAwWjA2MRYwFAYDVQQKEw1Db21w
aWxlcnMgMTAxMRwwGgYDVQQDExNDb3Vyc2UgSW50ZXJtZWRpYXRlMCowBQYDK2Vw
AyEAA6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbijgYMwgYAwDgYDVR0P
AQH/BAQDAgIEMB0GA1UdJQQWMBQGCCsGAQUFBwMBBggrBgEFBQcDAjAPBgNVHRMB
Af8EBTADAQH/MB0GA1UdDgQWBBT9gabbZNb69/cCwHlxqCwlwdw8kDAfBgNVHSME
GDAWgBTVYKNllXmtA6a28hDeGxnjAAWwUTANBgkqhkiG9w0BAQsFAAOBgQATVsPp
D2+bLIOt7R5305sa5e6lkNNlXBIIfP5GjB46X7J2jIw9WSddLoTGwOXeSuuFfPQO
8f8xjX4EyK0biyZu53sntQhQ5rigPU6DJKsqF5UBkVmczlzUkqs2g3uhXS19F1xX
on75CfCQtIsHJgzh3yZOGtpnSFxhE0pGe9BGRg==
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
MIICezCCAi2gAwIBAgIDEtaHMAUGAytlcDA2MRYwFAYDVQQKEw1Db21waWxlcnMg
MTAxMRwwGgYDVQQDExNDb3Vyc2UgSW50ZXJtZWRpYXRlMB4XDTIwMDEwMTAwMDAw
MFoXDTIyMDEwMTAwMDAwMFowKjEOMAwGA1UEBxMFRGVsZnQxGDAWBgNVBAMTD3d3
dy5leGFtcGxlLmVkdTCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEA0eafaWy/
5DWNiEffeP9X6D9ccozKrJ7TOjEqAkK9gSU1vkiv/XG7tXdKRgmlFI5Z/KMQE3PU
npWh2gDVzje33IzGgRSB7WNf5N6MXb14646vIQ+dLSgpgYINqkabWUE0FnKN17bE
9sYplI+kJ+cNQ95gyMHYxGri3WzXNiRLWqECAwEAAaOB8zCB8DAOBgNVHQ8BAf8E
BAMCB4AwEwYDVR0lBAwwCgYIKwYBBQUHAwEwHwYDVR0jBBgwFoAU/YGm22TW+vf3
AsB5cagsJcHcPJAwMwYIKwYBBQUHAQEEJzAlMCMGCCsGAQUFBzABhhdodHRwOi8v
b2NzcC5leGFtcGxlLmVkdTBDBgNVHREEPDA6gg93d3cuZXhhbXBsZS5lZHWCESou
bGFiLmV4YW1wbGUuZWR1gQ50YUBleGFtcGxlLmVkdYcEwAACBzAuBgNVHR8EJzAl
MCOgIaAfhh1odHRwOi8vY3JsLmV4YW1wbGUuZWR1L2NhLmNybDAFBgMrZXADQQAe
KZwCDpS0WJPFqV/1U1MS4o0/1lYv31lSMTYf+gvdXt4P95rt0S215yTYz+tiCE4d
AMe1Wm6hNp4iL47E42wI
-----END CERTIFICATE-----
`

const rsaPEM = `-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQDR5p9pbL/kNY2IR994/1foP1xyjMqsntM6MSoCQr2BJTW+SK/9
cbu1d0pGCaUUjln8oxATc9SelaHaANXON7fcjMaBFIHtY1/k3oxdvXjrjq8hD50t
KCmBgg2qRptZQTQWco3XtsT2ximUj6Qn5w1D3mDIwdjEauLdbNc2JEtaoQIDAQAB
AoGAAUf3ER2ozivFgV9u7b4hOzmnxss1MXiGsYQ7TWg6397qRQ8Mg+99xc3ElkjY
yRdVVUVpg7ThR1aCdmIq6+dLJ/qfINy5fhNdMpzkZsLL4En25n4UkjVqkt+9K1n8
K0Q0yYILEJRZmTFtxIxjaqKx6JNwaCZmZwWTIbqkZBingwECQQDwLvGcvIVXaj6D
idCZzSQLmdqZA4hniLd/jYtwitmoLDJ5uy2w9qsoJTuvUzK+Hlz+FZuHCEPvbjfC
GeYBD46FAkEA37kruNL5ayUGTEfksVfifnth/uEjewHiITFXsogEekbLHts5wdob
mY/hvH+pkYuHSy9Hl+ahxuCc2gXM6Jq8bQJAVwDqTNiNhMjbtFJr2grRj9I/uUXq
V3bS4cWoSTBDAARilG4VcxEnlvdF05DTxMLC9Ndm61c3JLhMQmeXRbMY8QJAcaby
9CCRPoH/kg7PudvontJ1NPMQgDOzuaMEZxi8FZYTJ+i8jaMMdFVomsbL0LluEJ7D
IwKx2oNOi194+g1pfQJBANaAsr4p73XDp8+M2iA2iJ+xR8NI5LIq0ZBEzozUyhCm
dvP5+3D6PG/Ua0ihHKc0M+Qo/+0rmFoWlG6N0HIkcAQ=
-----END RSA PRIVATE KEY-----
`

const ecPEM = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIPyiKgN/4RS5E15NITfzjnMJbsnm/5FnBD6UgT7zwgp6oAoGCCqGSM49
AwEHoUQDQgAE44iwSieSIdOIfF1O+PlqUp1jqXAOd5tDa0tc/9MnRPz/xP77mpL2
Rd9B6wH+BJtr48SbBcOOHZeEq5UHbJb7Vw==
-----END EC PRIVATE KEY-----
`

const ed25519PEM = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIATBLeiGX/rz+zQlNlpsNIcervOG5BKl3RedqPnfG9bK
-----END PRIVATE KEY-----
`

const ecPublicPEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE44iwSieSIdOIfF1O+PlqUp1jqXAO
d5tDa0tc/9MnRPz/xP77mpL2Rd9B6wH+BJtr48SbBcOOHZeEq5UHbJb7Vw==
-----END PUBLIC KEY-----
`

// decode returns the DER of the only PEM block in s.
func decode(s string) []byte {
	block, _ := pem.Decode([]byte(s))
	return block.Bytes
}

func printCert(c *x509.Certificate) {
	fmt.Printf("subject %q issuer %q\n", c.Subject, c.Issuer)
	fmt.Printf("  v%d serial %s %s key %s (%T)\n", c.Version, c.SerialNumber, c.SignatureAlgorithm, c.PublicKeyAlgorithm, c.PublicKey)
	fmt.Printf("  valid %s .. %s\n", c.NotBefore.Format(time.RFC3339), c.NotAfter.Format(time.RFC3339))
	fmt.Printf("  CA %v (valid %v, maxpath %d zero %v) usage %b ext %v unknown %v\n",
		c.IsCA, c.BasicConstraintsValid, c.MaxPathLen, c.MaxPathLenZero, c.KeyUsage, c.ExtKeyUsage, c.UnknownExtKeyUsage)
	fmt.Printf("  dns %q email %q ip %v\n", c.DNSNames, c.EmailAddresses, c.IPAddresses)
	fmt.Printf("  ocsp %q issuers %q crl %q\n", c.OCSPServer, c.IssuingCertificateURL, c.CRLDistributionPoints)
	fmt.Printf("  permitted %q excluded %q critical %v\n", c.PermittedDNSDomains, c.ExcludedDNSDomains, c.PermittedDNSDomainsCritical)
	fmt.Printf("  skid %x akid %x\n", c.SubjectKeyId, c.AuthorityKeyId)
	for _, e := range c.Extensions {
		fmt.Printf("  extension %v critical %v, %d bytes\n", e.Id, e.Critical, len(e.Value))
	}
}

func parseChain() []*x509.Certificate {
	var certs []*x509.Certificate
	rest := []byte(chainPEM)
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			return certs
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			panic(err)
		}
		certs = append(certs, c)
	}
}

func verify(name string, leaf *x509.Certificate, opts x509.VerifyOptions) {
	chains, err := leaf.Verify(opts)
	fmt.Printf("verify %s: ", name)
	if err != nil {
		fmt.Printf("%T: %v\n", err, err)
		return
	}
	for _, chain := range chains {
		var names []string
		for _, c := range chain {
			names = append(names, c.Subject.CommonName)
		}
		fmt.Printf("[%s] ", strings.Join(names, " <- "))
	}
	fmt.Println()
}

func verifications(root, inter, leaf *x509.Certificate) {
	roots := x509.NewCertPool()
	roots.AddCert(root)
	inters := x509.NewCertPool()
	inters.AddCert(inter)
	at := time.Date(2021, 6, 1, 12, 0, 0, 0, time.UTC)
	verify("ok", leaf, x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: at, DNSName: "www.example.edu"})
	verify("wildcard", leaf, x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: at, DNSName: "pc3.lab.example.edu"})
	verify("expired", leaf, x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: at.AddDate(5, 0, 0)})
	verify("host", leaf, x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: at, DNSName: "example.org"})
	verify("ip", leaf, x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: at, DNSName: "10.0.0.1"})
	verify("no intermediate", leaf, x509.VerifyOptions{Roots: roots, CurrentTime: at})
	verify("usage", leaf, x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageCodeSigning}})
	verify("any usage", leaf, x509.VerifyOptions{Roots: roots, Intermediates: inters, CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}})
	verify("root itself", root, x509.VerifyOptions{Roots: roots, CurrentTime: at})
	fmt.Println("leaf from inter:", leaf.CheckSignatureFrom(inter))
	fmt.Println("leaf from root:", leaf.CheckSignatureFrom(root))
	fmt.Println("inter from leaf:", inter.CheckSignatureFrom(leaf))
	fmt.Println("subjects:", len(roots.Subjects()), "equal:", roots.Equal(roots.Clone()), roots.Equal(inters))
}

func keys() (*rsa.PrivateKey, ed25519.PrivateKey) {
	rsaKey, err := x509.ParsePKCS1PrivateKey(decode(rsaPEM))
	fmt.Println("PKCS #1:", rsaKey.N.BitLen(), rsaKey.E, err, rsaKey.Validate())
	fmt.Println("  round trip:", bytes.Equal(x509.MarshalPKCS1PrivateKey(rsaKey), decode(rsaPEM)))
	pub, err := x509.ParsePKCS1PublicKey(x509.MarshalPKCS1PublicKey(&rsaKey.PublicKey))
	fmt.Println("  public:", pub.Equal(&rsaKey.PublicKey), err)

	ecKey, err := x509.ParseECPrivateKey(decode(ecPEM))
	fmt.Println("SEC 1:", ecKey.Curve.Params().Name, err)
	der, err := x509.MarshalECPrivateKey(ecKey)
	fmt.Println("  round trip:", bytes.Equal(der, decode(ecPEM)), err)
	ecPub, err := x509.ParsePKIXPublicKey(decode(ecPublicPEM))
	fmt.Println("  PKIX public matches:", ecPub.(*ecdsa.PublicKey).Equal(&ecKey.PublicKey), err)

	key, err := x509.ParsePKCS8PrivateKey(decode(ed25519PEM))
	edKey := key.(ed25519.PrivateKey)
	fmt.Printf("PKCS #8: %T %x %v\n", key, edKey.Public(), err)
	der, err = x509.MarshalPKCS8PrivateKey(edKey)
	fmt.Println("  round trip:", bytes.Equal(der, decode(ed25519PEM)), err)
	for _, k := range []any{rsaKey, ecKey} {
		der, _ := x509.MarshalPKCS8PrivateKey(k)
		back, err := x509.ParsePKCS8PrivateKey(der)
		fmt.Printf("  %T through PKCS #8: %v\n", back, err)
	}
	der, _ = x509.MarshalPKIXPublicKey(edKey.Public())
	back, err := x509.ParsePKIXPublicKey(der)
	fmt.Printf("  PKIX %x %v\n", back, err)

	_, err = x509.ParsePKCS1PrivateKey(decode(ecPEM))
	fmt.Println("wrong parser:", err)
	_, err = x509.ParsePKCS8PrivateKey(decode(rsaPEM))
	fmt.Println("wrong parser:", err)
	_, err = x509.ParseECPrivateKey(decode(ed25519PEM))
	fmt.Println("wrong parser:", err)
	return rsaKey, edKey
}

func create(other *x509.Certificate, rsaKey *rsa.PrivateKey, edKey ed25519.PrivateKey) {
	t0 := time.Date(2022, 3, 4, 5, 6, 7, 0, time.UTC)
	caTemplate := &x509.Certificate{
		SerialNumber: big.NewInt(3), Subject: pkix.Name{CommonName: "Grading CA"},
		NotBefore: t0, NotAfter: t0.AddDate(1, 0, 0), IsCA: true, BasicConstraintsValid: true,
		KeyUsage:            x509.KeyUsageCRLSign | x509.KeyUsageCertSign,
		PermittedDNSDomains: []string{"example.edu"},
		ExcludedDNSDomains:  []string{"secret.example.edu"},
	}
	der, err := x509.CreateCertificate(nil, caTemplate, caTemplate, edKey.Public(), edKey)
	ca, err2 := x509.ParseCertificate(der)
	fmt.Println("CA:", err, err2)
	printCert(ca)
	template := &x509.Certificate{
		SerialNumber:          big.NewInt(42),
		Subject:               pkix.Name{CommonName: "grader", Organization: []string{"Compilers 101"}, ExtraNames: []pkix.AttributeTypeAndValue{{Type: asn1.ObjectIdentifier{2, 5, 4, 42}, Value: "Ada"}}},
		NotBefore:             t0,
		NotAfter:              t0.Add(90 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
		BasicConstraintsValid: true,
		DNSNames:              []string{"grader.example.edu"},
		IPAddresses:           []net.IP{net.ParseIP("2001:db8::1")},
		PolicyIdentifiers:     []asn1.ObjectIdentifier{{1, 2, 3, 4}},
	}
	der, err = x509.CreateCertificate(nil, template, ca, &rsaKey.PublicKey, edKey)
	c, err2 := x509.ParseCertificate(der)
	fmt.Println("created:", err, err2)
	printCert(c)
	fmt.Println("  policies", c.PolicyIdentifiers, "signed by CA:", c.CheckSignatureFrom(ca))
	roots := x509.NewCertPool()
	roots.AddCert(ca)
	at := t0.Add(time.Hour)
	verify("constrained", c, x509.VerifyOptions{Roots: roots, CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}})
	for _, name := range []string{"grader.other.org", "x.secret.example.edu"} {
		template.DNSNames = []string{name}
		der, _ = x509.CreateCertificate(nil, template, ca, &rsaKey.PublicKey, edKey)
		c, _ = x509.ParseCertificate(der)
		verify(name, c, x509.VerifyOptions{Roots: roots, CurrentTime: at, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth}})
	}

	_, err = x509.CreateCertificate(nil, &x509.Certificate{}, ca, edKey.Public(), edKey)
	fmt.Println("no serial:", err)
	_, err = x509.CreateCertificate(nil, template, ca, edKey.Public(), rsaKey)
	fmt.Println("wrong key:", err)

	csrTemplate := &x509.CertificateRequest{
		Subject:        pkix.Name{CommonName: "student", Country: []string{"NL"}},
		DNSNames:       []string{"student.example.edu"},
		EmailAddresses: []string{"student@example.edu"},
	}
	der, err = x509.CreateCertificateRequest(nil, csrTemplate, edKey)
	csr, err2 := x509.ParseCertificateRequest(der)
	fmt.Println("CSR:", err, err2, csr.Subject, csr.SignatureAlgorithm, csr.DNSNames, csr.EmailAddresses, csr.CheckSignature())

	crlTemplate := &x509.RevocationList{
		Number:     big.NewInt(7),
		ThisUpdate: t0,
		NextUpdate: t0.AddDate(0, 1, 0),
		RevokedCertificates: []pkix.RevokedCertificate{
			{SerialNumber: big.NewInt(1234567), RevocationTime: t0.Add(-time.Hour)},
		},
	}
	der, err = x509.CreateRevocationList(nil, crlTemplate, ca, edKey)
	rl, err2 := x509.ParseRevocationList(der)
	fmt.Println("CRL:", err, err2, rl.Issuer, rl.Number, rl.ThisUpdate, rl.NextUpdate, rl.SignatureAlgorithm, rl.CheckSignatureFrom(ca))
	for _, rc := range rl.RevokedCertificates {
		fmt.Println("  revoked", rc.SerialNumber, rc.RevocationTime)
	}
	old, err := x509.ParseDERCRL(der)
	fmt.Println("  old API:", err, old.TBSCertList.Issuer, old.HasExpired(t0), old.HasExpired(t0.AddDate(1, 0, 0)), ca.CheckCRLSignature(old))
	_, err = x509.CreateRevocationList(nil, crlTemplate, other, edKey)
	fmt.Println("  bad issuer:", err)
}

// counter is a deterministic "random" source for the IV.
type counter byte

func (c *counter) Read(p []byte) (int, error) {
	for i := range p {
		*c++
		p[i] = byte(*c)
	}
	return len(p), nil
}

func pemEncryption() {
	var r counter
	for _, alg := range []x509.PEMCipher{x509.PEMCipherDES, x509.PEMCipher3DES, x509.PEMCipherAES128, x509.PEMCipherAES256} {
		block, err := x509.EncryptPEMBlock(&r, "SECRET", []byte("the answer is 42"), []byte("pw"), alg)
		if err != nil {
			fmt.Println(err)
			continue
		}
		plain, err := x509.DecryptPEMBlock(block, []byte("pw"))
		fmt.Printf("%s %x %v %q %v\n", block.Headers["DEK-Info"], block.Bytes, x509.IsEncryptedPEMBlock(block), plain, err)
		_, err = x509.DecryptPEMBlock(block, []byte("wrong"))
		fmt.Println("  wrong password:", err)
	}
}

func names() {
	n := pkix.Name{
		CommonName:   " leading space, and comma",
		Organization: []string{"A+B", "#hash"},
		Country:      []string{"NL"},
		ExtraNames:   []pkix.AttributeTypeAndValue{{Type: asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}, Value: "x@example.edu"}},
	}
	fmt.Println(n.String())
	der, _ := asn1.Marshal(n.ToRDNSequence())
	var seq pkix.RDNSequence
	asn1.Unmarshal(der, &seq)
	var back pkix.Name
	back.FillFromRDNSequence(&seq)
	fmt.Println(back.String(), len(back.Names))
	for _, a := range []x509.SignatureAlgorithm{x509.MD5WithRSA, x509.SHA384WithRSAPSS, x509.ECDSAWithSHA1, x509.PureEd25519, 99} {
		fmt.Print(a, " ")
	}
	for _, a := range []x509.PublicKeyAlgorithm{x509.RSA, x509.DSA, x509.Ed25519, 0} {
		fmt.Print(a, " ")
	}
	fmt.Println()
	fmt.Println(x509.InsecureAlgorithmError(x509.SHA1WithRSA), "|", x509.InsecureAlgorithmError(x509.MD5WithRSA))
	fmt.Println(x509.ConstraintViolationError{}, "|", x509.UnhandledCriticalExtension{}, "|", x509.SystemRootsError{})
}

func main() {
	certs := parseChain()
	for _, c := range certs {
		printCert(c)
	}
	root, inter, leaf := certs[0], certs[1], certs[2]
	verifications(root, inter, leaf)
	rsaKey, edKey := keys()
	create(inter, rsaKey, edKey)
	pemEncryption()
	names()
	_, err := x509.ParseCertificate(append(append([]byte{}, leaf.Raw...), 0))
	fmt.Println("trailing:", err)
	_, err = x509.ParseCertificate(leaf.Raw[:100])
	fmt.Println("truncated:", err)
	several, err := x509.ParseCertificates(append(append([]byte{}, root.Raw...), inter.Raw...))
	fmt.Println("several:", len(several), err)
}
