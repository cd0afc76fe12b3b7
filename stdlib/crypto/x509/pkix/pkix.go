// Package pkix holds the low-level ASN.1 structures that X.509
// certificates, CRLs and OCSP messages share.
//
// The types mirror the ASN.1 definitions of RFC 5280 closely enough that
// encoding/asn1 can marshal and unmarshal them directly; Name is the one
// convenience type, a flattened view of a distinguished name.
package pkix

import (
	"encoding/asn1"
	"encoding/hex"
	"fmt"
	"math/big"
	"time"
)

// AlgorithmIdentifier represents the ASN.1 structure of the same name
// (RFC 5280, section 4.1.1.2).
type AlgorithmIdentifier struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

// RDNSequence is a distinguished name as it appears on the wire: a sequence
// of relative distinguished names, most significant (e.g. country) first.
type RDNSequence []RelativeDistinguishedNameSET

// RelativeDistinguishedNameSET is one component of a distinguished name,
// usually holding a single attribute.
type RelativeDistinguishedNameSET []AttributeTypeAndValue

// AttributeTypeAndValue is one attribute of a name: its type's OID and
// its value (RFC 5280, section 4.1.2.4).
type AttributeTypeAndValue struct {
	Type  asn1.ObjectIdentifier
	Value any
}

// AttributeTypeAndValueSET is an attribute of a PKCS #10 request (RFC
// 2986): a type and a SET of sequences of attributes.
type AttributeTypeAndValueSET struct {
	Type  asn1.ObjectIdentifier
	Value [][]AttributeTypeAndValue `asn1:"set"`
}

// Extension represents the ASN.1 structure of the same name (RFC 5280,
// section 4.2).
type Extension struct {
	Id       asn1.ObjectIdentifier
	Critical bool `asn1:"optional"`
	Value    []byte
}

// shortNames are the RFC 2253 abbreviations String uses for the
// attribute types it knows; other types print as a dotted OID.
var shortNames = map[string]string{
	"2.5.4.3":  "CN",
	"2.5.4.5":  "SERIALNUMBER",
	"2.5.4.6":  "C",
	"2.5.4.7":  "L",
	"2.5.4.8":  "ST",
	"2.5.4.9":  "STREET",
	"2.5.4.10": "O",
	"2.5.4.11": "OU",
	"2.5.4.17": "POSTALCODE",
}

// String returns the sequence roughly in the RFC 2253 syntax: components
// in reverse order separated by ",", attributes of one component joined
// by "+", e.g. "CN=example.com,O=Example,C=US".
func (r RDNSequence) String() string {
	s := ""
	for i := len(r) - 1; i >= 0; i-- {
		if i < len(r)-1 {
			s += ","
		}
		for j, atv := range r[i] {
			if j > 0 {
				s += "+"
			}
			s += attributeString(atv)
		}
	}
	return s
}

// attributeString formats one "type=value" pair. An unknown type has its
// value printed as "#" and the hex of its DER encoding, as RFC 2253 asks,
// so nothing needs escaping.
func attributeString(atv AttributeTypeAndValue) string {
	oid := atv.Type.String()
	name, known := shortNames[oid]
	if !known {
		if der, err := asn1.Marshal(atv.Value); err == nil {
			return oid + "=#" + hex.EncodeToString(der)
		}
		name = oid
	}
	return name + "=" + escapeValue(fmt.Sprint(atv.Value))
}

// escapeValue puts a backslash before the characters RFC 2253 reserves:
// separators and quotes anywhere, a space at either end, a leading "#".
func escapeValue(v string) string {
	out := make([]rune, 0, len(v))
	for i, c := range v {
		special := false
		switch c {
		case ',', '+', '"', '\\', '<', '>', ';':
			special = true
		case ' ':
			special = i == 0 || i == len(v)-1
		case '#':
			special = i == 0
		}
		if special {
			out = append(out, '\\')
		}
		out = append(out, c)
	}
	return string(out)
}

// Name represents an X.509 distinguished name. It keeps only the common
// attributes in named fields, so it approximates the real structure; to
// see a name exactly, unmarshal the raw subject or issuer as an
// RDNSequence.
type Name struct {
	Country, Organization, OrganizationalUnit []string
	Locality, Province                        []string
	StreetAddress, PostalCode                 []string
	SerialNumber, CommonName                  string

	// Names holds every attribute found when parsing, including the
	// non-standard ones the fields above have no place for. It is not
	// used when marshaling (see ExtraNames).
	Names []AttributeTypeAndValue

	// ExtraNames are copied verbatim into marshaled names, each as its own
	// RDN, and replace the field of the same type. Parsing leaves it empty.
	ExtraNames []AttributeTypeAndValue
}

// attribute types of the named fields of Name, under id-at (2.5.4)
const (
	atCommonName         = 3
	atSerialNumber       = 5
	atCountry            = 6
	atLocality           = 7
	atProvince           = 8
	atStreetAddress      = 9
	atOrganization       = 10
	atOrganizationalUnit = 11
	atPostalCode         = 17
)

// standardAttribute returns the last arc of t if t is one of the id-at
// types that Name has a field for, and 0 otherwise.
func standardAttribute(t asn1.ObjectIdentifier) int {
	if len(t) != 4 || t[0] != 2 || t[1] != 5 || t[2] != 4 {
		return 0
	}
	switch t[3] {
	case atCommonName, atSerialNumber, atCountry, atLocality, atProvince,
		atStreetAddress, atOrganization, atOrganizationalUnit, atPostalCode:
		return t[3]
	}
	return 0
}

// FillFromRDNSequence adds the attributes of rdns to n. Attributes that
// share one RDN are added one by one, losing their grouping.
func (n *Name) FillFromRDNSequence(rdns *RDNSequence) {
	for _, rdn := range *rdns {
		for _, atv := range rdn {
			n.Names = append(n.Names, atv)
			if value, ok := atv.Value.(string); ok {
				n.setField(standardAttribute(atv.Type), value)
			}
		}
	}
}

// setField stores value in the field for attribute type at.
func (n *Name) setField(at int, value string) {
	switch at {
	case atCommonName:
		n.CommonName = value
	case atSerialNumber:
		n.SerialNumber = value
	case atCountry:
		n.Country = append(n.Country, value)
	case atLocality:
		n.Locality = append(n.Locality, value)
	case atProvince:
		n.Province = append(n.Province, value)
	case atStreetAddress:
		n.StreetAddress = append(n.StreetAddress, value)
	case atOrganization:
		n.Organization = append(n.Organization, value)
	case atOrganizationalUnit:
		n.OrganizationalUnit = append(n.OrganizationalUnit, value)
	case atPostalCode:
		n.PostalCode = append(n.PostalCode, value)
	}
}

// idAt returns the OID 2.5.4.at.
func idAt(at int) asn1.ObjectIdentifier {
	return asn1.ObjectIdentifier{2, 5, 4, at}
}

// appendRDN appends one RDN holding every value with type at, unless
// there are none or ExtraNames overrides that type.
func (n Name) appendRDN(seq RDNSequence, values []string, at int) RDNSequence {
	oid := idAt(at)
	if len(values) == 0 || hasType(n.ExtraNames, oid) {
		return seq
	}
	rdn := make(RelativeDistinguishedNameSET, len(values))
	for i, v := range values {
		rdn[i] = AttributeTypeAndValue{Type: oid, Value: v}
	}
	return append(seq, rdn)
}

// ToRDNSequence converts n into a single RDNSequence. Each of Country,
// Province, Locality, StreetAddress, PostalCode, Organization and
// OrganizationalUnit becomes one (possibly multi-valued) RDN, followed by
// CommonName, SerialNumber and then each ExtraNames entry as its own RDN.
func (n Name) ToRDNSequence() (ret RDNSequence) {
	ret = n.appendRDN(ret, n.Country, atCountry)
	ret = n.appendRDN(ret, n.Province, atProvince)
	ret = n.appendRDN(ret, n.Locality, atLocality)
	ret = n.appendRDN(ret, n.StreetAddress, atStreetAddress)
	ret = n.appendRDN(ret, n.PostalCode, atPostalCode)
	ret = n.appendRDN(ret, n.Organization, atOrganization)
	ret = n.appendRDN(ret, n.OrganizationalUnit, atOrganizationalUnit)
	if n.CommonName != "" {
		ret = n.appendRDN(ret, []string{n.CommonName}, atCommonName)
	}
	if n.SerialNumber != "" {
		ret = n.appendRDN(ret, []string{n.SerialNumber}, atSerialNumber)
	}
	for _, atv := range n.ExtraNames {
		ret = append(ret, RelativeDistinguishedNameSET{atv})
	}
	return ret
}

// String returns n roughly in the RFC 2253 syntax. A parsed name (one
// without ExtraNames) also shows its non-standard attributes; they go
// first in the sequence so that they print last.
func (n Name) String() string {
	var rdns RDNSequence
	if n.ExtraNames == nil {
		for _, atv := range n.Names {
			if standardAttribute(atv.Type) == 0 {
				rdns = append(rdns, RelativeDistinguishedNameSET{atv})
			}
		}
	}
	return append(rdns, n.ToRDNSequence()...).String()
}

// hasType reports whether some attribute in atvs has type oid.
func hasType(atvs []AttributeTypeAndValue, oid asn1.ObjectIdentifier) bool {
	for _, a := range atvs {
		if a.Type.Equal(oid) {
			return true
		}
	}
	return false
}

// CertificateList represents the ASN.1 structure of the same name (RFC
// 5280, section 5.1). Certificate.CheckCRLSignature checks its signature.
//
// Deprecated: x509.RevocationList replaces this type.
type CertificateList struct {
	TBSCertList        TBSCertificateList
	SignatureAlgorithm AlgorithmIdentifier
	SignatureValue     asn1.BitString
}

// HasExpired reports whether the list's next update is due at now.
func (certList *CertificateList) HasExpired(now time.Time) bool {
	return !now.Before(certList.TBSCertList.NextUpdate)
}

// TBSCertificateList represents the ASN.1 structure of the same name (RFC
// 5280, section 5.1).
//
// Deprecated: x509.RevocationList replaces this type.
type TBSCertificateList struct {
	Raw                 asn1.RawContent
	Version             int `asn1:"optional,default:0"`
	Signature           AlgorithmIdentifier
	Issuer              RDNSequence
	ThisUpdate          time.Time
	NextUpdate          time.Time            `asn1:"optional"`
	RevokedCertificates []RevokedCertificate `asn1:"optional"`
	Extensions          []Extension          `asn1:"tag:0,optional,explicit"`
}

// RevokedCertificate represents the ASN.1 structure of the same name (RFC
// 5280, section 5.1).
type RevokedCertificate struct {
	SerialNumber   *big.Int
	RevocationTime time.Time
	Extensions     []Extension `asn1:"optional"`
}
