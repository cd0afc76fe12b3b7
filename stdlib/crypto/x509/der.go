package x509

import (
	"encoding/asn1"
	"math/big"
	"time"
)

// der is a cursor over DER-encoded bytes: each read consumes one
// tag-length-value element from the front. It plays the part of a
// minimal ASN.1 reader; the values of primitive types are decoded by
// encoding/asn1, which is handed the whole element.
type der []byte

// DER tags used by certificates, with the constructed bit where it
// belongs. Context-specific tags are built with ctx and ctxCons.
const (
	tagBoolean         = 0x01
	tagInteger         = 0x02
	tagBitString       = 0x03
	tagOctetString     = 0x04
	tagOID             = 0x06
	tagUTF8String      = 0x0c
	tagNumericString   = 0x12
	tagPrintableString = 0x13
	tagT61String       = 0x14
	tagIA5String       = 0x16
	tagUTCTime         = 0x17
	tagGeneralizedTime = 0x18
	tagBMPString       = 0x1e
	tagSequence        = 0x30
	tagSet             = 0x31
)

// ctx returns the primitive context-specific tag [n].
func ctx(n int) byte { return 0x80 | byte(n) }

// ctxCons returns the constructed context-specific tag [n].
func ctxCons(n int) byte { return 0xa0 | byte(n) }

// peekTag returns the tag of the next element, or 0 at the end.
func (d der) peekTag() byte {
	if len(d) == 0 {
		return 0
	}
	return d[0]
}

// readAny splits off the next element, whatever its tag, returning the
// tag, its content and the whole encoding. Only single-byte tags and
// definite lengths in the shortest form are accepted, as DER requires.
func (d *der) readAny() (tag byte, content der, whole []byte, ok bool) {
	b := *d
	if len(b) < 2 || b[0]&0x1f == 0x1f {
		return 0, nil, nil, false
	}
	tag = b[0]
	n, hdr := int(b[1]), 2
	if n&0x80 != 0 {
		size := n & 0x7f
		if size == 0 || size > 4 || len(b) < 2+size {
			return 0, nil, nil, false
		}
		n = 0
		for _, c := range b[2 : 2+size] {
			n = n<<8 | int(c)
		}
		// The long form is only allowed for lengths that need it, with
		// no leading zero byte.
		if n < 0x80 || b[2] == 0 {
			return 0, nil, nil, false
		}
		hdr += size
	}
	if n < 0 || len(b)-hdr < n {
		return 0, nil, nil, false
	}
	*d = b[hdr+n:]
	return tag, b[hdr : hdr+n], b[:hdr+n], true
}

// read consumes an element with the given tag, returning its content.
func (d *der) read(tag byte) (der, bool) {
	content, _, ok := d.readWithHeader(tag)
	return content, ok
}

// readWithHeader is read that also returns the element's whole encoding.
func (d *der) readWithHeader(tag byte) (content der, whole []byte, ok bool) {
	save := *d
	t, c, w, ok := d.readAny()
	if !ok || t != tag {
		*d = save
		return nil, nil, false
	}
	return c, w, true
}

// readOptional consumes an element with the given tag if it comes next.
func (d *der) readOptional(tag byte) (content der, present, ok bool) {
	if d.peekTag() != tag {
		return nil, false, true
	}
	content, ok = d.read(tag)
	return content, true, ok
}

// decode consumes an element with the given tag and unmarshals it into
// v with encoding/asn1.
func (d *der) decode(tag byte, v any) bool {
	_, whole, ok := d.readWithHeader(tag)
	if !ok {
		return false
	}
	rest, err := asn1.Unmarshal(whole, v)
	return err == nil && len(rest) == 0
}

// readOID consumes an OBJECT IDENTIFIER.
func (d *der) readOID() (asn1.ObjectIdentifier, bool) {
	var oid asn1.ObjectIdentifier
	ok := d.decode(tagOID, &oid)
	return oid, ok
}

// readBigInt consumes an INTEGER of any size.
func (d *der) readBigInt() (*big.Int, bool) {
	var n *big.Int
	ok := d.decode(tagInteger, &n)
	return n, ok
}

// readInt consumes an INTEGER that fits in an int.
func (d *der) readInt() (int, bool) {
	var n int
	ok := d.decode(tagInteger, &n)
	return n, ok
}

// readBool consumes a BOOLEAN.
func (d *der) readBool() (bool, bool) {
	var b bool
	ok := d.decode(tagBoolean, &b)
	return b, ok
}

// readBitString consumes a BIT STRING.
func (d *der) readBitString() (asn1.BitString, bool) {
	var bs asn1.BitString
	ok := d.decode(tagBitString, &bs)
	return bs, ok
}

// readTime consumes a UTCTime or a GeneralizedTime.
func (d *der) readTime() (time.Time, bool) {
	var t time.Time
	tag := d.peekTag()
	if tag != tagUTCTime && tag != tagGeneralizedTime {
		return t, false
	}
	ok := d.decode(tag, &t)
	return t, ok
}

// derElement encodes one element with the given tag, its content being
// the concatenation of parts.
func derElement(tag byte, parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := []byte{tag}
	if n < 0x80 {
		out = append(out, byte(n))
	} else {
		var size []byte
		for v := n; v > 0; v >>= 8 {
			size = append([]byte{byte(v)}, size...)
		}
		out = append(out, 0x80|byte(len(size)))
		out = append(out, size...)
	}
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
