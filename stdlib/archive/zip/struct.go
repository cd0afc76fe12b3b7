// Package zip provides support for reading and writing ZIP archives.
//
// See: https://www.pkware.com/appnote
//
// This package does not support disk spanning.
//
// A note about ZIP64:
//
// To be backwards compatible the FileHeader has both 32 and 64 bit Size
// fields. The 64 bit fields always hold the true value; for ordinary
// archives both agree. For files that need the ZIP64 format the 32 bit
// fields are 0xffffffff and only the 64 bit fields are meaningful.
//
// An archive is laid out as the PKWARE application note (APPNOTE.TXT)
// describes:
//
//	local file header 1, file data 1, [data descriptor 1]
//	...
//	local file header n, file data n, [data descriptor n]
//	central directory: one directory header per file
//	[zip64 end record, then a locator pointing at it]
//	end of central directory record (with the archive comment)
//
// A reader starts at the end: it finds the end record, which says where
// the central directory is, and the directory says where each file is.
// A writer streams each file and, once the sizes and checksums are known,
// writes them in a data descriptor after the data, and repeats them in
// the directory it writes last.
package zip

import (
	"io/fs"
	"path"
	"time"
)

// Compression methods.
const (
	Store   uint16 = 0 // stored as is
	Deflate uint16 = 8 // compressed with DEFLATE (RFC 1951)
)

// Record signatures ("PK" followed by two record-kind bytes) and the
// fixed sizes of the records, not counting their variable-length tails.
const (
	fileHeaderSignature      = 0x04034b50
	directoryHeaderSignature = 0x02014b50
	directoryEndSignature    = 0x06054b50
	directory64LocSignature  = 0x07064b50
	directory64EndSignature  = 0x06064b50
	dataDescriptorSignature  = 0x08074b50 // not in the original format, but macOS Finder requires it

	fileHeaderLen       = 30 // then name and extra
	directoryHeaderLen  = 46 // then name, extra and comment
	directoryEndLen     = 22 // then comment
	dataDescriptorLen   = 16 // signature, crc32, two 32-bit sizes
	dataDescriptor64Len = 24 // signature, crc32, two 64-bit sizes
	directory64LocLen   = 20
	directory64EndLen   = 56 // then extensible data, which we never write
)

// The high byte of CreatorVersion names the file system whose
// attributes ExternalAttrs holds.
const (
	creatorFAT    = 0
	creatorUnix   = 3
	creatorNTFS   = 11
	creatorVFAT   = 14
	creatorMacOSX = 19
)

// Versions of the format, as major*10 + minor.
const (
	zipVersion20 = 20 // deflate, directories
	zipVersion45 = 45 // zip64
)

// The largest values the 16 and 32 bit fields hold; a 32 bit field at
// its maximum means "see the zip64 extra field".
const (
	uint16max = (1 << 16) - 1
	uint32max = (1 << 32) - 1
)

// Identifiers of the extra fields this package reads. IDs below 32 are
// PKWARE's; the rest were invented by other tools, mostly to carry
// precise modification times, and are common enough to be standard.
// Many more IDs are listed at
// http://mdfs.net/Docs/Comp/Archiving/Zip/ExtraField
const (
	zip64ExtraID       = 0x0001 // 64-bit sizes and offset
	ntfsExtraID        = 0x000a // NTFS times in 100ns ticks since 1601
	unixExtraID        = 0x000d // PKWARE Unix times
	extTimeExtraID     = 0x5455 // "UT": Info-ZIP extended timestamp
	infoZipUnixExtraID = 0x5855 // "UX": old Info-ZIP Unix times
)

// General purpose flag bits.
const (
	flagDataDescriptor = 0x8   // sizes and CRC-32 follow the data
	flagUTF8           = 0x800 // name and comment are UTF-8
)

// FileHeader is the metadata of one file of an archive, as the central
// directory records it (APPNOTE.TXT, PKWARE's zip specification, defines
// each field).
type FileHeader struct {
	// Name is the file's path in the archive: relative, separated by
	// forward slashes, with no drive letter like "C:". A name ending in
	// "/" is a directory, which holds no data.
	//
	// A Reader copies Name from the archive as is, without checking it.
	// Programs that extract files must clean it themselves: turn
	// backslashes into slashes, refuse absolute paths, and refuse names
	// like "../../x" that would climb out of the target directory.
	Name string

	// Comment is free text of the user's, under 64KiB.
	Comment string

	// NonUTF8 says that Name and Comment are in some encoding other than
	// UTF-8.
	//
	// The format only allows CP-437 otherwise, but many readers decode
	// such names in the local system's encoding. Set it only to write an
	// archive for one locale; otherwise the Writer sets the format's
	// UTF-8 flag by itself for valid UTF-8 strings.
	NonUTF8 bool

	CreatorVersion uint16
	ReaderVersion  uint16
	Flags          uint16

	// Method is how the data is compressed; zero means Store (none).
	Method uint16

	// Modified is when the file was last changed.
	//
	// A Reader takes it from an extended timestamp extra field when there
	// is one, and uses the difference from the MS-DOS fields as the time
	// zone; with only the MS-DOS fields, it reads them as UTC.
	//
	// A Writer always writes an extended timestamp, which is absolute,
	// and fills the MS-DOS fields from Modified in Modified's own zone.
	Modified     time.Time
	ModifiedTime uint16 // Deprecated: the old MS-DOS time field; read Modified.
	ModifiedDate uint16 // Deprecated: the old MS-DOS date field; read Modified.

	CRC32              uint32
	CompressedSize     uint32 // Deprecated: 32 bits is too small; see CompressedSize64.
	UncompressedSize   uint32 // Deprecated: 32 bits is too small; see UncompressedSize64.
	CompressedSize64   uint64
	UncompressedSize64 uint64
	Extra              []byte
	ExternalAttrs      uint32 // host-specific: read per CreatorVersion
}

// FileInfo describes the header as an fs.FileInfo.
func (h *FileHeader) FileInfo() fs.FileInfo {
	return headerFileInfo{h}
}

// headerFileInfo is the fs.FileInfo (and fs.DirEntry) view of a header.
type headerFileInfo struct {
	fh *FileHeader
}

func (fi headerFileInfo) Name() string      { return path.Base(fi.fh.Name) }
func (fi headerFileInfo) IsDir() bool       { return fi.Mode().IsDir() }
func (fi headerFileInfo) Mode() fs.FileMode { return fi.fh.Mode() }
func (fi headerFileInfo) Type() fs.FileMode { return fi.fh.Mode().Type() }
func (fi headerFileInfo) Sys() any          { return fi.fh }

func (fi headerFileInfo) Info() (fs.FileInfo, error) { return fi, nil }

// Size prefers the 64-bit size, falling back to the 32-bit one for
// headers filled in by hand.
func (fi headerFileInfo) Size() int64 {
	if fi.fh.UncompressedSize64 > 0 {
		return int64(fi.fh.UncompressedSize64)
	}
	return int64(fi.fh.UncompressedSize)
}

// ModTime prefers Modified, falling back to the MS-DOS fields for
// headers filled in by hand.
func (fi headerFileInfo) ModTime() time.Time {
	if fi.fh.Modified.IsZero() {
		return fi.fh.ModTime()
	}
	return fi.fh.Modified.UTC()
}

// FileInfoHeader fills a FileHeader with the name, size, time and mode
// of fi. The name is only fi.Name(), a base name, so callers usually set
// Name to the path the file should have in the archive. Method is left
// zero (Store); set it to Deflate to compress.
func FileInfoHeader(fi fs.FileInfo) (*FileHeader, error) {
	size := uint64(fi.Size())
	fh := &FileHeader{
		Name:               fi.Name(),
		UncompressedSize64: size,
		UncompressedSize:   uint32(min64(size, uint32max)),
	}
	fh.SetModTime(fi.ModTime())
	fh.SetMode(fi.Mode())
	return fh, nil
}

// directoryEnd holds the end of central directory record, with the
// zip64 record's wider values in place of the 16 and 32 bit ones when
// the archive has one.
type directoryEnd struct {
	diskNbr            uint32 // unused: spanning is not supported
	dirDiskNbr         uint32 // not used
	dirRecordsThisDisk uint64 // not used
	directoryRecords   uint64
	directorySize      uint64
	directoryOffset    uint64 // from the start of the archive proper
	commentLen         uint16
	comment            string
}

// timeZone returns a nameless fixed zone for offset, rounded to the
// nearest quarter hour (Nepal is +5:45); offsets no zone on Earth has
// (outside -12h..+14h) become zero.
func timeZone(offset time.Duration) *time.Location {
	offset = offset.Round(15 * time.Minute)
	if offset < -12*time.Hour || offset > 14*time.Hour {
		offset = 0
	}
	return time.FixedZone("", int(offset/time.Second))
}

// msDosTimeToTime reads an MS-DOS date and time as a UTC time.Time. The date packs day (bits 0-4), month (5-8) and years since 1980
// (9-15); the time packs seconds/2 (0-4), minutes (5-10) and hours
// (11-15), so the resolution is two seconds.
func msDosTimeToTime(dosDate, dosTime uint16) time.Time {
	year := int(dosDate>>9) + 1980
	month := time.Month(dosDate >> 5 & 0xf)
	day := int(dosDate & 0x1f)
	hour := int(dosTime >> 11)
	minute := int(dosTime >> 5 & 0x3f)
	second := int(dosTime&0x1f) * 2
	return time.Date(year, month, day, hour, minute, second, 0, time.UTC)
}

// timeToMsDosTime is the inverse of msDosTimeToTime, reading t's fields
// in t's own location.
func timeToMsDosTime(t time.Time) (fDate uint16, fTime uint16) {
	fDate = uint16(t.Day() + int(t.Month())<<5 + (t.Year()-1980)<<9)
	fTime = uint16(t.Second()/2 + t.Minute()<<5 + t.Hour()<<11)
	return fDate, fTime
}

// ModTime decodes the old MS-DOS date and time fields as a UTC time,
// which has two-second resolution.
//
// Deprecated: use the Modified field.
func (h *FileHeader) ModTime() time.Time {
	return msDosTimeToTime(h.ModifiedDate, h.ModifiedTime)
}

// SetModTime converts t to UTC and stores it both in Modified and, in
// MS-DOS form, in ModifiedDate and ModifiedTime.
//
// Deprecated: use the Modified field.
func (h *FileHeader) SetModTime(t time.Time) {
	t = t.UTC()
	h.Modified = t
	h.ModifiedDate, h.ModifiedTime = timeToMsDosTime(t)
}

// Unix st_mode bits, as zip tools store them in the high 16 bits of
// ExternalAttrs, and the MS-DOS attribute bits of the low byte.
const (
	s_IFMT   = 0xf000
	s_IFSOCK = 0xc000
	s_IFLNK  = 0xa000
	s_IFREG  = 0x8000
	s_IFBLK  = 0x6000
	s_IFDIR  = 0x4000
	s_IFCHR  = 0x2000
	s_IFIFO  = 0x1000
	s_ISUID  = 0x800
	s_ISGID  = 0x400
	s_ISVTX  = 0x200

	msdosDir      = 0x10
	msdosReadOnly = 0x01
)

// Mode decodes the file's type and permission bits from ExternalAttrs,
// which Unix and MS-DOS tools fill differently.
func (h *FileHeader) Mode() (mode fs.FileMode) {
	switch h.CreatorVersion >> 8 {
	case creatorUnix, creatorMacOSX:
		mode = unixModeToFileMode(h.ExternalAttrs >> 16)
	case creatorNTFS, creatorVFAT, creatorFAT:
		mode = msdosModeToFileMode(h.ExternalAttrs)
	}
	if isDirName(h.Name) {
		mode |= fs.ModeDir
	}
	return mode
}

// SetMode stores mode's type and permission bits in ExternalAttrs.
// Like Info-ZIP it records both the Unix mode and the MS-DOS
// directory and read-only attributes.
func (h *FileHeader) SetMode(mode fs.FileMode) {
	h.CreatorVersion = h.CreatorVersion&0xff | creatorUnix<<8
	h.ExternalAttrs = fileModeToUnixMode(mode) << 16
	if mode&fs.ModeDir != 0 {
		h.ExternalAttrs |= msdosDir
	}
	if mode&0200 == 0 {
		h.ExternalAttrs |= msdosReadOnly
	}
}

// isZip64 reports whether a size is too large for the 32-bit fields.
func (h *FileHeader) isZip64() bool {
	return h.CompressedSize64 >= uint32max || h.UncompressedSize64 >= uint32max
}

func (h *FileHeader) hasDataDescriptor() bool {
	return h.Flags&flagDataDescriptor != 0
}

// isDirName reports whether an entry name denotes a directory.
func isDirName(name string) bool {
	return len(name) > 0 && name[len(name)-1] == '/'
}

func msdosModeToFileMode(m uint32) fs.FileMode {
	mode := fs.FileMode(0666)
	if m&msdosDir != 0 {
		mode = fs.ModeDir | 0777
	}
	if m&msdosReadOnly != 0 {
		mode &^= 0222
	}
	return mode
}

// unixFileTypes pairs each Unix file type with its fs.FileMode type bits.
var unixFileTypes = []struct {
	unix uint32
	mode fs.FileMode
}{
	{s_IFDIR, fs.ModeDir},
	{s_IFLNK, fs.ModeSymlink},
	{s_IFIFO, fs.ModeNamedPipe},
	{s_IFSOCK, fs.ModeSocket},
	{s_IFBLK, fs.ModeDevice},
	{s_IFCHR, fs.ModeDevice | fs.ModeCharDevice},
}

// unixSpecialBits pairs the setuid, setgid and sticky bits.
var unixSpecialBits = []struct {
	unix uint32
	mode fs.FileMode
}{
	{s_ISUID, fs.ModeSetuid},
	{s_ISGID, fs.ModeSetgid},
	{s_ISVTX, fs.ModeSticky},
}

func fileModeToUnixMode(mode fs.FileMode) uint32 {
	m := uint32(s_IFREG) // any type Unix lacks is stored as a regular file
	for _, t := range unixFileTypes {
		if mode&fs.ModeType == t.mode {
			m = t.unix
		}
	}
	for _, b := range unixSpecialBits {
		if mode&b.mode != 0 {
			m |= b.unix
		}
	}
	return m | uint32(mode&0777)
}

func unixModeToFileMode(m uint32) fs.FileMode {
	mode := fs.FileMode(m & 0777)
	for _, t := range unixFileTypes {
		if m&s_IFMT == t.unix {
			mode |= t.mode
		}
	}
	for _, b := range unixSpecialBits {
		if m&b.unix != 0 {
			mode |= b.mode
		}
	}
	return mode
}

func min64(x, y uint64) uint64 {
	if x < y {
		return x
	}
	return y
}
