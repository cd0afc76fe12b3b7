// encoding/asn1 and crypto/dsa: a small certificate-like structure
// marshaled to DER (every struct tag: optional, explicit, tag:N,
// application, private, default:N, set, omitempty, the string and time
// kinds) and printed in hex, then unmarshaled back; integers, OIDs, bit
// strings, RawValue and RawContent; the errors of malformed or non-DER
// input; and a DSA signature made with a fixed key and checked.
package main

import (
	"crypto/dsa"
	"encoding/asn1"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"time"
)

type AlgorithmIdentifier struct {
	Algorithm  asn1.ObjectIdentifier
	Parameters asn1.RawValue `asn1:"optional"`
}

type Validity struct {
	NotBefore time.Time `asn1:"utc"`
	NotAfter  time.Time `asn1:"generalized"`
}

type Name struct {
	Country string `asn1:"printable"`
	Org     string `asn1:"utf8"`
	Email   string `asn1:"ia5,tag:1"`
	Serial  string `asn1:"numeric,optional"`
}

type TBS struct {
	Raw       asn1.RawContent
	Version   int `asn1:"optional,explicit,default:0,tag:0"`
	Serial    *big.Int
	Algorithm AlgorithmIdentifier
	Issuer    Name
	Validity  Validity
	Usage     asn1.BitString
	Critical  bool            `asn1:"optional"`
	Kind      asn1.Enumerated `asn1:"application,tag:3"`
	Secret    []byte          `asn1:"private,tag:4"`
	Ports     []int           `asn1:"set"`
	Extra     []string        `asn1:"optional,omitempty,tag:5"`
	Retries   int             `asn1:"optional,default:3"`
	Present   asn1.Flag       `asn1:"optional,explicit,tag:6"`
	Any       interface{}     `asn1:"optional"`
	Names     []string
}

func show(label string, b []byte, err error) {
	if err != nil {
		fmt.Printf("%-14s error: %v\n", label, err)
		return
	}
	fmt.Printf("%-14s %s\n", label, hex.EncodeToString(b))
}

func marshalSamples() {
	for _, v := range []interface{}{
		0, 127, 128, 256, -1, -128, -129, int64(1) << 40, true, false,
		"hello", "hello*", "héllo", []byte{1, 2, 3},
		asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 11},
		asn1.ObjectIdentifier{2, 999, 3},
		asn1.BitString{Bytes: []byte{0xb0}, BitLength: 4},
		asn1.Enumerated(7), big.NewInt(-256), new(big.Int).Lsh(big.NewInt(1), 70),
		time.Date(2049, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(2050, 1, 1, 0, 0, 0, 0, time.FixedZone("", 5*3600+30*60)),
		asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 40, IsCompound: true, Bytes: []byte{5, 0}},
		asn1.NullRawValue, []int{3, 1, 2},
	} {
		b, err := asn1.Marshal(v)
		show(fmt.Sprintf("%T", v), b, err)
	}
	b, err := asn1.MarshalWithParams(5, "tag:33,explicit")
	show("explicit 33", b, err)
	b, err = asn1.MarshalWithParams("ab&", "printable")
	show("printable &", b, err)
	b, err = asn1.MarshalWithParams(7, "utf8")
	show("utf8 on int", b, err)
	b, err = asn1.Marshal(asn1.ObjectIdentifier{3, 1})
	show("bad oid", b, err)
	b, err = asn1.Marshal(struct{ x int }{1})
	show("unexported", b, err)
	b, err = asn1.Marshal(3.5)
	show("float", b, err)
	b, err = asn1.Marshal(strings.Repeat("a", 300))
	show("long prefix", b[:6], err)
}

func roundTrip() []byte {
	tbs := TBS{
		Version:   2,
		Serial:    big.NewInt(0x1234567890),
		Algorithm: AlgorithmIdentifier{Algorithm: asn1.ObjectIdentifier{1, 2, 840, 10040, 4, 3}, Parameters: asn1.NullRawValue},
		Issuer:    Name{Country: "FR", Org: "École", Email: "ca@example.org"},
		Validity: Validity{
			NotBefore: time.Date(2022, 8, 2, 10, 0, 0, 0, time.UTC),
			NotAfter:  time.Date(2032, 8, 2, 10, 0, 0, 0, time.UTC),
		},
		Usage:   asn1.BitString{Bytes: []byte{0x86}, BitLength: 7},
		Kind:    2,
		Secret:  []byte("key"),
		Ports:   []int{443, 80, 8080},
		Retries: 3,
		Present: true,
		Names:   []string{"a", "b"},
		Any:     int64(-5),
	}
	der, err := asn1.Marshal(tbs)
	show("TBS", der, err)

	var back TBS
	rest, err := asn1.Unmarshal(append(der, 0xde, 0xad), &back)
	if err != nil {
		fmt.Println("unmarshal:", err)
		return der
	}
	fmt.Printf("rest %x, raw is whole: %v\n", rest, string(back.Raw) == string(der))
	fmt.Println("version", back.Version, "serial", back.Serial, "alg", back.Algorithm.Algorithm,
		"params tag", back.Algorithm.Parameters.Tag)
	fmt.Printf("issuer %+v\n", back.Issuer)
	fmt.Println("validity", back.Validity.NotBefore, back.Validity.NotAfter)
	fmt.Println("usage bits", back.Usage.BitLength, back.Usage.At(0), back.Usage.At(5), back.Usage.At(6),
		hex.EncodeToString(back.Usage.RightAlign()))
	fmt.Println("critical", back.Critical, "kind", back.Kind, "secret", string(back.Secret),
		"ports", back.Ports, "extra", back.Extra == nil, "retries", back.Retries,
		"present", back.Present, "any", back.Any, "names", back.Names)
	fmt.Println("oid equal", back.Algorithm.Algorithm.Equal(tbs.Algorithm.Algorithm),
		back.Algorithm.Algorithm.Equal(asn1.ObjectIdentifier{1, 2}))
	return der
}

func unmarshalErrors() {
	cases := []struct {
		name, hex string
		into      interface{}
	}{
		{"int ok", "0203010001", new(int)},
		{"int empty", "0200", new(int)},
		{"int padded", "02020001", new(int)},
		{"int 00ff", "020200ff", new(int)},
		{"int32 big", "02050100000000", new(int32)},
		{"int64 big", "0209010000000000000000", new(int64)},
		{"bool 01", "010101", new(bool)},
		{"indefinite", "3080020100000000", new([]int)},
		{"long zero", "04810100", new([]byte)},
		{"non-minimal", "048105" + "0102030405", new([]byte)},
		{"truncated", "0405010203", new([]byte)},
		{"no length", "04", new([]byte)},
		{"big tag", "1f1e00", new(asn1.RawValue)},
		{"oid 0x80", "06028001", new(asn1.ObjectIdentifier)},
		{"oid empty", "0600", new(asn1.ObjectIdentifier)},
		{"bits pad", "03020701", new(asn1.BitString)},
		{"bits empty", "0300", new(asn1.BitString)},
		{"printable", "1301" + "40", new(string)},
		{"ia5 high", "1601c3", new(string)},
		{"utf8 bad", "0c01ff", new(string)},
		{"numeric", "12023141", new(string)},
		{"utc 31 nov", "170d3931313133313030303030305a", new(time.Time)},
		{"gen no Z", "180e3230323230383032313030303030", new(time.Time)},
		{"wrong tag", "0101ff", new(int)},
		{"seq trunc", "3003020101", new(struct{ A, B int })},
		{"set mismatch", "31030101ff", new([]int)},
		{"explicit", "3005a1030201ff", new(struct {
			A int `asn1:"explicit,tag:0"`
		})},
		{"flag empty", "3004a0000500", new(struct {
			A int `asn1:"explicit,tag:0"`
		})},
		{"unexported", "3003020101", new(struct{ a int })},
		{"bmp", "1e0400480069", new(string)},
		{"t61", "1403616263", new(string)},
		{"any int", "020102", new(interface{})},
		{"float", "020101", new(float64)},
	}
	for _, c := range cases {
		b, _ := hex.DecodeString(c.hex)
		_, err := asn1.Unmarshal(b, c.into)
		if err != nil {
			fmt.Printf("%-12s %T: %v\n", c.name, err, err)
			continue
		}
		fmt.Printf("%-12s ok %v\n", c.name, deref(c.into))
	}
	_, err := asn1.Unmarshal([]byte{2, 1, 1}, 5)
	fmt.Println("non-pointer:", err)
	var p *int
	_, err = asn1.Unmarshal([]byte{2, 1, 1}, p)
	fmt.Println("nil pointer:", err)
}

func deref(v interface{}) interface{} {
	switch p := v.(type) {
	case *int:
		return *p
	case *int32:
		return *p
	case *bool:
		return *p
	case *string:
		return *p
	case *interface{}:
		return *p
	case *asn1.RawValue:
		return *p
	}
	return v
}

func dsaSignature(msg []byte) {
	hexInt := func(s string) *big.Int {
		n, _ := new(big.Int).SetString(s, 16)
		return n
	}
	// A fixed 1024/160 key, so that the output does not depend on
	// generating parameters.
	priv := &dsa.PrivateKey{
		PublicKey: dsa.PublicKey{
			Parameters: dsa.Parameters{
				P: hexInt("A9B5B793FB4785793D246BAE77E8FF63CA52F442DA763C440259919FE1BC1D6065A9350637A04F75A2F039401D49F08E066C4D275A5A65DA5684BC563C14289D7AB8A67163BFBF79D85972619AD2CFF55AB0EE77A9002B0EF96293BDD0F42685EBB2C66C327079F6C98000FBCB79AACDE1BC6F9D5C7B1A97E3D9D54ED7951FEF"),
				Q: hexInt("E1D3391245933D68A0714ED34BBCB7A1F422B9C1"),
				G: hexInt("634364FC25248933D01D1993ECABD0657CC0CB2CEED7ED2E3E8AECDFCDC4A25C3B15E9E3B163ACA2984B5539181F3EFF1A5E8903D71D5B95DA4F27202B77D2C44B430BB53741A8D59A8F86887525C9F2A6A5980A195EAA7F2FF910064301DEF89D3AA213E1FAC7768D89365318E370AF54A112EFBA9246D9158386BA1B4EEFDA"),
			},
			Y: hexInt("32969E5780CFE1C849A1C276D7AEB4F38A23B591739AA2FE197349AEEBD31366AEE5EB7E6C6DDB7C57D02432B30DB5AA66D9884299FAA72568944E4EEDC92EA3FBC6F39F53412FBCC563208F7C15B737AC8910DBC2D9C9B8C001E72FDC40EB694AB1F06A5A2DBD18D9E36C66F31F566742F11EC0A52E9F7B89355C02FB5D32D2"),
		},
		X: hexInt("5078D4D29795CBE76D3AACFE48C9AF0BCDBEE91A"),
	}
	r, s, err := dsa.Sign(strings.NewReader(strings.Repeat("\x42", 200)), priv, msg)
	if err != nil {
		fmt.Println("sign:", err)
		return
	}
	// The signature's usual wire form is a DER SEQUENCE of two INTEGERs.
	sig, _ := asn1.Marshal(struct{ R, S *big.Int }{r, s})
	var parsed struct{ R, S *big.Int }
	_, err = asn1.Unmarshal(sig, &parsed)
	fmt.Println("dsa signature der length", len(sig), err)
	fmt.Println("verify", dsa.Verify(&priv.PublicKey, msg, parsed.R, parsed.S))
	fmt.Println("verify other", dsa.Verify(&priv.PublicKey, []byte("other"), parsed.R, parsed.S))
	fmt.Println("verify bad r", dsa.Verify(&priv.PublicKey, msg, big.NewInt(0), parsed.S))

	bad := *priv
	bad.Q = big.NewInt(0x7fff)
	_, _, err = dsa.Sign(strings.NewReader(strings.Repeat("\x42", 200)), &bad, msg)
	fmt.Println("odd-sized q:", err, err == dsa.ErrInvalidPublicKey)
	var params dsa.Parameters
	fmt.Println("bad sizes:", dsa.GenerateParameters(&params, strings.NewReader(""), dsa.ParameterSizes(9)))
	fmt.Println("no params:", dsa.GenerateKey(&dsa.PrivateKey{}, strings.NewReader("")))
}

func main() {
	marshalSamples()
	der := roundTrip()
	unmarshalErrors()
	dsaSignature(der[:20])
}
