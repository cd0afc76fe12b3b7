package tar

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// This file decides which formats can hold a Header. Each field is checked
// against the width of its slot in each format's block; a field that a
// format cannot hold rules that format out, or, for PAX, goes into a
// record. The Writer then uses the first format left of USTAR, PAX, GNU.

// formatCheck gathers what checking a Header's fields has found.
type formatCheck struct {
	h       *Header
	format  Format            // the formats still possible
	paxHdrs map[string]string // the PAX records the fields need

	// Why USTAR, PAX or GNU was ruled out, for the error.
	whyNoUSTAR, whyNoPAX, whyNoGNU string

	// preferPAX is set when USTAR would lose precision (of times), so
	// that asking for PAX does not fall back to USTAR.
	preferPAX bool
}

// allowedFormats returns the set of formats that can encode h, the PAX
// records PAX would need for it, and, when no format can, an error saying
// why. The value receiver keeps h from being changed.
func (h Header) allowedFormats() (format Format, paxHdrs map[string]string, err error) {
	c := &formatCheck{h: &h, format: FormatUSTAR | FormatPAX | FormatGNU, paxHdrs: make(map[string]string)}
	c.checkFields()

	whyOnlyPAX, err := c.checkType()
	if err != nil {
		return FormatUnknown, nil, err
	}
	if why := c.checkRecords(); why != "" {
		whyOnlyPAX = why
	}
	for k, v := range c.paxHdrs {
		if !validPAXRecord(k, v) {
			return FormatUnknown, nil, headerError{fmt.Sprintf("invalid PAX record: %q", k+" = "+v)}
		}
	}

	// Keep only the format asked for. Asking for PAX also allows USTAR,
	// which is PAX without records, unless USTAR would round a time.
	if want := h.Format; want != FormatUnknown {
		if want.has(FormatPAX) && !c.preferPAX {
			want.mayBe(FormatUSTAR)
		}
		c.format.mayOnlyBe(want)
	}
	if c.format == FormatUnknown {
		switch h.Format {
		case FormatUSTAR:
			err = headerError{"Format specifies USTAR", c.whyNoUSTAR, whyOnlyPAX}
		case FormatPAX:
			err = headerError{"Format specifies PAX", c.whyNoPAX}
		case FormatGNU:
			err = headerError{"Format specifies GNU", c.whyNoGNU, whyOnlyPAX}
		default:
			err = headerError{c.whyNoUSTAR, c.whyNoPAX, c.whyNoGNU, whyOnlyPAX}
		}
	}
	return c.format, c.paxHdrs, err
}

// checkFields checks every field against its slot; the widths are taken
// from the block layouts themselves.
func (c *formatCheck) checkFields() {
	var blk block
	v7, ustar, gnu := blk.toV7(), blk.toUSTAR(), blk.toGNU()
	h := c.h
	c.checkString(h.Name, len(v7.name()), "Name", paxPath)
	c.checkString(h.Linkname, len(v7.linkName()), "Linkname", paxLinkpath)
	c.checkString(h.Uname, len(ustar.userName()), "Uname", paxUname)
	c.checkString(h.Gname, len(ustar.groupName()), "Gname", paxGname)
	c.checkNumber(h.Mode, len(v7.mode()), "Mode", paxNone)
	c.checkNumber(int64(h.Uid), len(v7.uid()), "Uid", paxUid)
	c.checkNumber(int64(h.Gid), len(v7.gid()), "Gid", paxGid)
	c.checkNumber(h.Size, len(v7.size()), "Size", paxSize)
	c.checkNumber(h.Devmajor, len(ustar.devMajor()), "Devmajor", paxNone)
	c.checkNumber(h.Devminor, len(ustar.devMinor()), "Devminor", paxNone)
	c.checkTime(h.ModTime, len(v7.modTime()), "ModTime", paxMtime)
	c.checkTime(h.AccessTime, len(gnu.accessTime()), "AccessTime", paxAtime)
	c.checkTime(h.ChangeTime, len(gnu.changeTime()), "ChangeTime", paxCtime)
}

// needPAX records that the field name = value needs the PAX record
// paxKey, or rules PAX out if the field has no record.
func (c *formatCheck) needPAX(paxKey, name string, value any, record string) {
	if paxKey == paxNone {
		c.whyNoPAX = fmt.Sprintf("PAX cannot encode %s=%v", name, value)
		c.format.mustNotBe(FormatPAX)
		return
	}
	c.paxHdrs[paxKey] = record
}

// keepRecord keeps the caller's PAX record for paxKey when it says the
// same as the field, so that a record asked for is written even when the
// field alone would not need it.
func (c *formatCheck) keepRecord(paxKey, record string) {
	if v, ok := c.h.PAXRecords[paxKey]; ok && v == record {
		c.paxHdrs[paxKey] = v
	}
}

// checkString checks a string field of size bytes. GNU writes long names
// and link names in pseudo-files, and NULs in no field; USTAR takes only
// ASCII, and may split a long name into prefix and name.
func (c *formatCheck) checkString(s string, size int, name, paxKey string) {
	tooLong := len(s) > size
	gnuLong := paxKey == paxPath || paxKey == paxLinkpath
	if hasNUL(s) || (tooLong && !gnuLong) {
		c.whyNoGNU = fmt.Sprintf("GNU cannot encode %s=%q", name, s)
		c.format.mustNotBe(FormatGNU)
	}
	if !isASCII(s) || tooLong {
		if _, _, ok := splitUSTARPath(s); paxKey != paxPath || !ok {
			c.whyNoUSTAR = fmt.Sprintf("USTAR cannot encode %s=%q", name, s)
			c.format.mustNotBe(FormatUSTAR)
		}
		c.needPAX(paxKey, name, strconv.Quote(s), s)
	}
	c.keepRecord(paxKey, s)
}

// checkNumber checks a numeric field of size bytes: octal for USTAR and
// PAX, base-256 for GNU.
func (c *formatCheck) checkNumber(n int64, size int, name, paxKey string) {
	if !fitsInBase256(size, n) {
		c.whyNoGNU = fmt.Sprintf("GNU cannot encode %s=%d", name, n)
		c.format.mustNotBe(FormatGNU)
	}
	if !fitsInOctal(size, n) {
		c.whyNoUSTAR = fmt.Sprintf("USTAR cannot encode %s=%d", name, n)
		c.format.mustNotBe(FormatUSTAR)
		c.needPAX(paxKey, name, n, strconv.FormatInt(n, 10))
	}
	c.keepRecord(paxKey, strconv.FormatInt(n, 10))
}

// checkTime checks a time field of size bytes. A zero time is not
// written at all. USTAR has only ModTime, in whole seconds.
func (c *formatCheck) checkTime(ts time.Time, size int, name, paxKey string) {
	if ts.IsZero() {
		return
	}
	if !fitsInBase256(size, ts.Unix()) {
		c.whyNoGNU = fmt.Sprintf("GNU cannot encode %s=%v", name, ts)
		c.format.mustNotBe(FormatGNU)
	}
	isMtime := paxKey == paxMtime
	fitsOctal := fitsInOctal(size, ts.Unix())
	if !isMtime || !fitsOctal {
		c.whyNoUSTAR = fmt.Sprintf("USTAR cannot encode %s=%v", name, ts)
		c.format.mustNotBe(FormatUSTAR)
	}
	if !isMtime || !fitsOctal || ts.Nanosecond() != 0 {
		c.preferPAX = true
		c.needPAX(paxKey, name, ts, formatPAXTime(ts))
	}
	c.keepRecord(paxKey, formatPAXTime(ts))
}

// checkType checks the type flag. It returns why only PAX can hold this
// type, or an error for a header no format can hold.
func (c *formatCheck) checkType() (whyOnlyPAX string, err error) {
	h := c.h
	switch h.Typeflag {
	case TypeReg, TypeChar, TypeBlock, TypeFifo, TypeGNUSparse:
		// Links are not here: they may point at directories.
		if strings.HasSuffix(h.Name, "/") {
			return "", headerError{"filename may not have trailing slash"}
		}
	case TypeXHeader, TypeGNULongName, TypeGNULongLink:
		return "", headerError{"cannot manually encode TypeXHeader, TypeGNULongName, or TypeGNULongLink headers"}
	case TypeXGlobalHeader:
		only := Header{Name: h.Name, Typeflag: h.Typeflag, Xattrs: h.Xattrs, PAXRecords: h.PAXRecords, Format: h.Format}
		if !reflect.DeepEqual(*h, only) {
			return "", headerError{"only PAXRecords should be set for TypeXGlobalHeader"}
		}
		whyOnlyPAX = "only PAX supports TypeXGlobalHeader"
		c.format.mayOnlyBe(FormatPAX)
	}
	if !isHeaderOnlyType(h.Typeflag) && h.Size < 0 {
		return "", headerError{"negative size on header-only type"}
	}
	return whyOnlyPAX, nil
}

// checkRecords adds Xattrs and the caller's PAX records to paxHdrs; either
// makes the header PAX only, and it returns why. Records computed from
// fields win, and a local record with a key Header stands for is dropped,
// as it may disagree with its field.
func (c *formatCheck) checkRecords() (whyOnlyPAX string) {
	h := c.h
	if len(h.Xattrs) > 0 {
		for k, v := range h.Xattrs {
			c.paxHdrs[paxSchilyXattr+k] = v
		}
		whyOnlyPAX = "only PAX supports Xattrs"
		c.format.mayOnlyBe(FormatPAX)
	}
	if len(h.PAXRecords) > 0 {
		for k, v := range h.PAXRecords {
			if _, exists := c.paxHdrs[k]; exists {
				continue
			}
			if h.Typeflag == TypeXGlobalHeader || (!basicKeys[k] && !strings.HasPrefix(k, paxGNUSparse)) {
				c.paxHdrs[k] = v
			}
		}
		whyOnlyPAX = "only PAX supports PAXRecords"
		c.format.mayOnlyBe(FormatPAX)
	}
	return whyOnlyPAX
}
