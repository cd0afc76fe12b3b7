package tar

import "strings"

// Format names a tar header format. Each format is one bit, so a value
// can also stand for a set of formats ("any of these").
//
// Unix V7 defined the first tar header. USTAR (POSIX.1-1988) added user
// and group names and a name prefix; PAX (POSIX.1-2001) puts key-value
// records in a pseudo-file before a USTAR header to lift its limits; GNU
// tar made its own incompatible extensions. What each can store (uN is
// an N-bit unsigned number, sN an N-bit signed one):
//
//	USTAR  Name up to 256 bytes, Linkname up to 100, Uname/Gname up to 32;
//	       Size and ModTime u33; Mode, Uid/Gid, Devmajor/Devminor u21;
//	       no AccessTime or ChangeTime; ASCII strings; whole seconds;
//	       no sparse files.
//	PAX    no limits, except Mode and Devmajor/Devminor, which stay u21;
//	       UTF-8 strings; sub-second times; sparse files.
//	GNU    Name and Linkname unlimited, Uname/Gname up to 32 bytes;
//	       Size u89; Mode, Uid/Gid, Devmajor/Devminor u57; ModTime,
//	       AccessTime and ChangeTime s89; strings are raw bytes; whole
//	       seconds; sparse files.
//
// Times are seconds since the Unix epoch. The Writer does not write
// sparse files.
type Format int

// The formats, one bit each.
const (
	// FormatUnknown means no format is known or chosen.
	FormatUnknown Format = 0

	// formatV7 is the original Unix V7 format: no magic, no user or
	// group names, ASCII octal numbers only.
	formatV7 Format = 1

	// FormatUSTAR is POSIX.1-1988's USTAR header. Almost every reader
	// knows it, but it cannot hold files of 8GiB or more, names longer
	// than 256 bytes, or names that are not ASCII.
	// Defined in http://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06
	FormatUSTAR Format = 2

	// FormatPAX is POSIX.1-2001's PAX format: a TypeXHeader pseudo-file
	// of key-value records comes before a USTAR header and replaces its
	// fields, with no size limits and with sub-second times. Other tools
	// add keys of their own, such as GNU's "GNU.sparse.map".
	// Defined in http://pubs.opengroup.org/onlinepubs/009695399/utilities/pax.html
	FormatPAX Format = 4

	// FormatGNU is GNU tar's own header, which predates USTAR and PAX and
	// does not agree with them. Big numbers are stored in binary and long
	// names in pseudo-files. Use PAX unless the reader only knows GNU.
	// Described in https://www.gnu.org/software/tar/manual/html_node/Standard.html
	FormatGNU Format = 8

	// formatSTAR is Schily's tar: USTAR with access and change times and
	// a "tar\x00" trailer. It is only read, never written.
	formatSTAR Format = 16

	// formatMax is one past the last format bit.
	formatMax Format = 32
)

// has reports whether f and f2 share a format.
func (f Format) has(f2 Format) bool { return f&f2 != 0 }

// mayBe adds the formats f2 to the set f.
func (f *Format) mayBe(f2 Format) { *f |= f2 }

// mayOnlyBe keeps in f only the formats that are also in f2.
func (f *Format) mayOnlyBe(f2 Format) { *f &= f2 }

// mustNotBe removes the formats f2 from f.
func (f *Format) mustNotBe(f2 Format) { *f &^= f2 }

var formatNames = map[Format]string{
	formatV7: "V7", FormatUSTAR: "USTAR", FormatPAX: "PAX", FormatGNU: "GNU", formatSTAR: "STAR",
}

// String names the formats in f: "USTAR" for one, "(USTAR | PAX)" for
// several and "<unknown>" for none.
func (f Format) String() string {
	var names []string
	for bit := Format(1); bit < formatMax; bit <<= 1 {
		if f.has(bit) {
			names = append(names, formatNames[bit])
		}
	}
	switch len(names) {
	case 0:
		return "<unknown>"
	case 1:
		return names[0]
	}
	return "(" + strings.Join(names, " | ") + ")"
}

// The magic and version fields (offset 257) tell the formats apart. GNU
// tar wrote "ustar " before POSIX settled on "ustar\x00" with version "00",
// and STAR adds a trailer at the end of the block.
const (
	magicGNU, versionGNU     = "ustar ", " \x00"
	magicUSTAR, versionUSTAR = "ustar\x00", "00"
	trailerSTAR              = "tar\x00"
)

// Sizes that shape the archive.
const (
	blockSize  = 512 // every header and every file body is padded to blocks of this size
	nameSize   = 100 // the name field of every format
	prefixSize = 155 // USTAR's prefix field, prepended to the name with a '/'

	// maxSpecialFileSize bounds the PAX and GNU long-name pseudo-files the
	// reader keeps in memory, so that a hostile archive cannot exhaust it.
	maxSpecialFileSize = 1 << 20
)

// blockPadding returns how many bytes take offset up to the next multiple
// of blockSize: blockPadding(1) is 511, blockPadding(512) is 0. Called
// with -offset it gives how far offset is past the last block edge.
func blockPadding(offset int64) int64 {
	return -offset & (blockSize - 1)
}

// zeroBlock is all zeros; two of them end an archive.
var zeroBlock block

// block is one 512-byte unit of a tar stream. A header block is read
// through one of the views below, each naming the fields of one format.
type block [blockSize]byte

func (b *block) toV7() *headerV7       { return (*headerV7)(b) }
func (b *block) toGNU() *headerGNU     { return (*headerGNU)(b) }
func (b *block) toSTAR() *headerSTAR   { return (*headerSTAR)(b) }
func (b *block) toUSTAR() *headerUSTAR { return (*headerUSTAR)(b) }

// toSparse views the whole block as a GNU sparse extension block: 21
// sparse entries and the flag saying whether another block follows.
func (b *block) toSparse() sparseArray { return sparseArray(b[:]) }

// getFormat guesses the formats a header block may be in from its magic,
// or returns FormatUnknown if its checksum is wrong. A USTAR block may also
// be PAX: only the extended headers before it would tell.
func (b *block) getFormat() Format {
	var p parser
	sum := p.parseOctal(b.toV7().chksum())
	unsigned, signed := b.computeChecksum()
	if p.err != nil || (sum != unsigned && sum != signed) {
		return FormatUnknown
	}
	ustar := b.toUSTAR()
	magic, version := string(ustar.magic()), string(ustar.version())
	switch {
	case magic == magicUSTAR && string(b.toSTAR().trailer()) == trailerSTAR:
		return formatSTAR
	case magic == magicUSTAR:
		return FormatUSTAR | FormatPAX
	case magic == magicGNU && version == versionGNU:
		return FormatGNU
	}
	return formatV7
}

// setFormat writes the magic of format, one of the formats the Writer
// writes, into the block, then its checksum, which must come last since
// it sums every other byte.
func (b *block) setFormat(format Format) {
	switch {
	case format.has(FormatGNU):
		copy(b.toGNU().magic(), magicGNU)
		copy(b.toGNU().version(), versionGNU)
	case format.has(FormatUSTAR | FormatPAX):
		copy(b.toUSTAR().magic(), magicUSTAR)
		copy(b.toUSTAR().version(), versionUSTAR)
	default:
		panic("invalid format")
	}

	// The sum is at most 512*255 = 130560, so six octal digits always
	// fit; by tradition they are followed by a NUL and a space.
	var f formatter
	field := b.toV7().chksum()
	sum, _ := b.computeChecksum()
	f.formatOctal(field[:7], sum)
	field[7] = ' '
}

// computeChecksum sums the bytes of the block, counting the checksum field
// as eight spaces. Old tars summed signed chars, so readers accept either.
func (b *block) computeChecksum() (unsigned, signed int64) {
	for i, c := range b {
		if 148 <= i && i < 156 {
			c = ' '
		}
		unsigned += int64(c)
		signed += int64(int8(c))
	}
	return unsigned, signed
}

// reset clears the block for reuse.
func (b *block) reset() {
	*b = block{}
}

// headerV7 is the layout every format starts with.
type headerV7 [blockSize]byte

func (h *headerV7) name() []byte     { return h[0:100] }
func (h *headerV7) mode() []byte     { return h[100:108] }
func (h *headerV7) uid() []byte      { return h[108:116] }
func (h *headerV7) gid() []byte      { return h[116:124] }
func (h *headerV7) size() []byte     { return h[124:136] }
func (h *headerV7) modTime() []byte  { return h[136:148] }
func (h *headerV7) chksum() []byte   { return h[148:156] }
func (h *headerV7) typeFlag() []byte { return h[156:157] }
func (h *headerV7) linkName() []byte { return h[157:257] }

// headerGNU is GNU tar's layout: after the user and device fields come
// access and change times and the first four entries of a sparse map.
type headerGNU [blockSize]byte

func (h *headerGNU) magic() []byte       { return h[257:263] }
func (h *headerGNU) version() []byte     { return h[263:265] }
func (h *headerGNU) userName() []byte    { return h[265:297] }
func (h *headerGNU) groupName() []byte   { return h[297:329] }
func (h *headerGNU) devMajor() []byte    { return h[329:337] }
func (h *headerGNU) devMinor() []byte    { return h[337:345] }
func (h *headerGNU) accessTime() []byte  { return h[345:357] }
func (h *headerGNU) changeTime() []byte  { return h[357:369] }
func (h *headerGNU) sparse() sparseArray { return sparseArray(h[386:483]) }
func (h *headerGNU) realSize() []byte    { return h[483:495] }

// headerSTAR is Schily's layout: a shorter prefix to make room for times.
type headerSTAR [blockSize]byte

func (h *headerSTAR) magic() []byte      { return h[257:263] }
func (h *headerSTAR) version() []byte    { return h[263:265] }
func (h *headerSTAR) userName() []byte   { return h[265:297] }
func (h *headerSTAR) groupName() []byte  { return h[297:329] }
func (h *headerSTAR) devMajor() []byte   { return h[329:337] }
func (h *headerSTAR) devMinor() []byte   { return h[337:345] }
func (h *headerSTAR) prefix() []byte     { return h[345:476] }
func (h *headerSTAR) accessTime() []byte { return h[476:488] }
func (h *headerSTAR) changeTime() []byte { return h[488:500] }
func (h *headerSTAR) trailer() []byte    { return h[508:512] }

// headerUSTAR is the POSIX layout, also used by PAX.
type headerUSTAR [blockSize]byte

func (h *headerUSTAR) magic() []byte     { return h[257:263] }
func (h *headerUSTAR) version() []byte   { return h[263:265] }
func (h *headerUSTAR) userName() []byte  { return h[265:297] }
func (h *headerUSTAR) groupName() []byte { return h[297:329] }
func (h *headerUSTAR) devMajor() []byte  { return h[329:337] }
func (h *headerUSTAR) devMinor() []byte  { return h[337:345] }
func (h *headerUSTAR) prefix() []byte    { return h[345:500] }

// sparseArray is a run of 24-byte GNU sparse entries followed by a
// one-byte flag that is non-zero when an extension block follows.
type sparseArray []byte

func (s sparseArray) entry(i int) sparseElem { return sparseElem(s[i*24:]) }
func (s sparseArray) isExtended() []byte     { return s[24*s.maxEntries():][:1] }
func (s sparseArray) maxEntries() int        { return len(s) / 24 }

// sparseElem is one GNU sparse entry: where a data fragment starts and how
// long it is, both numeric fields of 12 bytes.
type sparseElem []byte

func (s sparseElem) offset() []byte { return s[0:12] }
func (s sparseElem) length() []byte { return s[12:24] }
