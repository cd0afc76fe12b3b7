// Package tar reads and writes tar archives.
//
// A tape archive (tar) is a sequence of files, each a 512-byte header
// block followed by its contents padded to whole blocks, ended by two
// blocks of zeros; it can be read and written as a stream. This package
// handles the common variants of the format, including the archives GNU
// and BSD tar produce.
//
// The header formats are described in format.go, the encoding of their
// fields in strconv.go; reader.go and writer.go turn blocks into Headers
// and back, and allowed.go decides which formats can hold a Header.
package tar

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"
)

// BUG: Header.Uid and Header.Gid are ints, so on a 32-bit machine an id
// too big for 32 bits is silently cut short when an archive is read.

var (
	ErrHeader          = errors.New("archive/tar: invalid tar header")
	ErrWriteTooLong    = errors.New("archive/tar: write too long")
	ErrFieldTooLong    = errors.New("archive/tar: header field too long")
	ErrWriteAfterClose = errors.New("archive/tar: write after close")
	errMissData        = errors.New("archive/tar: sparse file references non-existent data")
	errUnrefData       = errors.New("archive/tar: sparse file contains unreferenced data")
	errWriteHole       = errors.New("archive/tar: write non-NUL byte in sparse hole")
)

// headerError explains why a Header cannot be written: each element is
// one reason, and empty elements are skipped.
type headerError []string

func (he headerError) Error() string {
	const prefix = "archive/tar: cannot encode header"
	var reasons []string
	for _, s := range he {
		if s != "" {
			reasons = append(reasons, s)
		}
	}
	if len(reasons) == 0 {
		return prefix
	}
	return fmt.Sprintf("%s: %v", prefix, strings.Join(reasons, "; and "))
}

// The values of Header.Typeflag, one per kind of entry.
const (
	// A regular file.
	TypeReg  = '0'
	TypeRegA = '\x00' // Deprecated: old spelling of a regular file; write TypeReg.

	// Types '1' to '6' have a header and no contents.
	TypeLink    = '1' // hard link
	TypeSymlink = '2' // symbolic link
	TypeChar    = '3' // character device
	TypeBlock   = '4' // block device
	TypeDir     = '5' // directory
	TypeFifo    = '6' // named pipe

	// Reserved (contiguous files, in some tars).
	TypeCont = '7'

	// Type 'x' is a PAX pseudo-file of key-value records for the next
	// file; Reader and Writer handle it themselves.
	TypeXHeader = 'x'

	// Type 'g' is a PAX pseudo-file of records for all the files after it.
	// Such headers are read and written, but their records are not carried
	// over to the following files.
	TypeXGlobalHeader = 'g'

	// A sparse file in GNU's format.
	TypeGNUSparse = 'S'

	// Types 'L' and 'K' are GNU pseudo-files holding the name or link name
	// of the next file; Reader and Writer handle them themselves.
	TypeGNULongName = 'L'
	TypeGNULongLink = 'K'
)

// Keys of PAX records.
const (
	paxNone     = "" // a field with no PAX record to carry it
	paxPath     = "path"
	paxLinkpath = "linkpath"
	paxSize     = "size"
	paxUid      = "uid"
	paxGid      = "gid"
	paxUname    = "uname"
	paxGname    = "gname"
	paxMtime    = "mtime"
	paxAtime    = "atime"
	paxCtime    = "ctime" // dropped by later versions of the standard, still read

	paxSchilyXattr = "SCHILY.xattr."

	// GNU's keys for sparse files stored in PAX archives.
	paxGNUSparse          = "GNU.sparse."
	paxGNUSparseNumBlocks = "GNU.sparse.numblocks"
	paxGNUSparseOffset    = "GNU.sparse.offset"
	paxGNUSparseNumBytes  = "GNU.sparse.numbytes"
	paxGNUSparseMap       = "GNU.sparse.map"
	paxGNUSparseName      = "GNU.sparse.name"
	paxGNUSparseMajor     = "GNU.sparse.major"
	paxGNUSparseMinor     = "GNU.sparse.minor"
	paxGNUSparseSize      = "GNU.sparse.size"
	paxGNUSparseRealSize  = "GNU.sparse.realsize"
)

// basicKeys are the PAX keys that Header fields stand for. A record with
// one of these keys in Header.PAXRecords is written only if it agrees
// with its field.
var basicKeys = map[string]bool{
	paxPath: true, paxLinkpath: true, paxSize: true, paxUid: true, paxGid: true,
	paxUname: true, paxGname: true, paxMtime: true, paxAtime: true, paxCtime: true,
}

// A Header describes one entry of a tar archive. Not every field is
// filled in: which ones are depends on the entry's type and format.
//
// To pass a Header from Reader.Next to Writer.WriteHeader, copy the fields
// you want into a new Header rather than changing the one read, so that
// fields added in later versions are not carried over unawares.
type Header struct {
	// Typeflag is the type of header entry. Zero is turned into TypeReg,
	// or TypeDir if Name ends in a slash.
	Typeflag byte

	Name     string // path of the file in the archive
	Linkname string // what a TypeLink or TypeSymlink points to

	Size  int64  // length of the contents (a sparse file's holes included)
	Mode  int64  // permission bits, and Unix file type bits if any
	Uid   int    // owner's user id
	Gid   int    // owner's group id
	Uname string // owner's user name
	Gname string // owner's group name

	// When Format is FormatUnknown, Writer.WriteHeader rounds ModTime to
	// the second and leaves out AccessTime and ChangeTime. Those need
	// Format PAX or GNU, and sub-second times need PAX.
	ModTime    time.Time // last change of the contents
	AccessTime time.Time // last access (PAX or GNU only)
	ChangeTime time.Time // last change of the file's metadata (PAX or GNU only)

	Devmajor int64 // device's major number (TypeChar, TypeBlock only)
	Devminor int64 // device's minor number (TypeChar, TypeBlock only)

	// Xattrs holds the file's extended attributes, which the archive
	// keeps as PAX records named "SCHILY.xattr." plus the attribute
	// name: h.Xattrs[key] is h.PAXRecords["SCHILY.xattr."+key]. When
	// writing, an entry of Xattrs wins over the same PAX record.
	//
	// Deprecated: read and write the same records in PAXRecords.
	Xattrs map[string]string

	// PAXRecords holds the key-value records of the entry's PAX header.
	//
	// Keys of your own should look like VENDOR.keyword, VENDOR in upper
	// case and keyword without '=' (e.g., "GOLANG.pkg.version"); keys and
	// values should be non-empty UTF-8. When writing, the records derived
	// from the other fields of Header win over these.
	PAXRecords map[string]string

	// Format is the header format this entry was read in or should be
	// written in.
	//
	// Reader.Next sets it to its best guess, which may be FormatUnknown
	// since the Reader accepts archives that follow no format exactly.
	// When it is FormatUnknown, Writer.WriteHeader uses the first of
	// USTAR, PAX and GNU that can encode the Header (see Format).
	Format Format
}

// FileInfo describes the Header as an fs.FileInfo.
func (h *Header) FileInfo() fs.FileInfo {
	return headerFileInfo{h}
}

// headerFileInfo is the fs.FileInfo view of a Header.
type headerFileInfo struct {
	h *Header
}

func (fi headerFileInfo) Size() int64        { return fi.h.Size }
func (fi headerFileInfo) IsDir() bool        { return fi.Mode().IsDir() }
func (fi headerFileInfo) ModTime() time.Time { return fi.h.ModTime }
func (fi headerFileInfo) Sys() any           { return fi.h }

// Name returns the base name of the file, a directory's trailing slash
// removed.
func (fi headerFileInfo) Name() string {
	if fi.IsDir() {
		return path.Base(path.Clean(fi.h.Name))
	}
	return path.Base(fi.h.Name)
}

// Mode combines the permission bits and Unix file type bits of
// Header.Mode with the entry's Typeflag into an fs.FileMode.
func (fi headerFileInfo) Mode() fs.FileMode {
	mode := fs.FileMode(fi.h.Mode).Perm()
	if fi.h.Mode&c_ISUID != 0 {
		mode |= fs.ModeSetuid
	}
	if fi.h.Mode&c_ISGID != 0 {
		mode |= fs.ModeSetgid
	}
	if fi.h.Mode&c_ISVTX != 0 {
		mode |= fs.ModeSticky
	}
	switch fs.FileMode(fi.h.Mode) &^ 07777 {
	case c_ISDIR:
		mode |= fs.ModeDir
	case c_ISFIFO:
		mode |= fs.ModeNamedPipe
	case c_ISLNK:
		mode |= fs.ModeSymlink
	case c_ISBLK:
		mode |= fs.ModeDevice
	case c_ISCHR:
		mode |= fs.ModeDevice | fs.ModeCharDevice
	case c_ISSOCK:
		mode |= fs.ModeSocket
	}
	switch fi.h.Typeflag {
	case TypeSymlink:
		mode |= fs.ModeSymlink
	case TypeChar:
		mode |= fs.ModeDevice | fs.ModeCharDevice
	case TypeBlock:
		mode |= fs.ModeDevice
	case TypeDir:
		mode |= fs.ModeDir
	case TypeFifo:
		mode |= fs.ModeNamedPipe
	}
	return mode
}

// sysStat copies into h what fi.Sys() knows on this system (ids, user
// and group names, device numbers); it is nil where there is nothing.
var sysStat func(fi fs.FileInfo, h *Header) error

// Mode bits. The first three are USTAR's; the file types below them are
// Unix's, understood by Header.FileInfo but never set by FileInfoHeader
// (a regular file's type bits are left out, as they change nothing).
// (POSIX defines them in the pax utility's ustar section:
// http://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06)
const (
	c_ISUID = 04000 // Set uid
	c_ISGID = 02000 // Set gid
	c_ISVTX = 01000 // sticky bit ("save text" once)

	c_ISDIR  = 040000  // directory
	c_ISFIFO = 010000  // FIFO
	c_ISLNK  = 0120000 // symlink
	c_ISBLK  = 060000  // block device
	c_ISCHR  = 020000  // character device
	c_ISSOCK = 0140000 // Socket
)

// FileInfoHeader fills in a Header from what fi tells: name, size, mode,
// type and times. A symlink gets link as its target; a directory gets a
// slash after its name.
//
// fi.Name gives only the base name of the file, so the caller may need to
// set Header.Name to the full path.
func FileInfoHeader(fi fs.FileInfo, link string) (*Header, error) {
	if fi == nil {
		return nil, errors.New("archive/tar: FileInfo is nil")
	}
	fm := fi.Mode()
	h := &Header{
		Name:    fi.Name(),
		ModTime: fi.ModTime(),
		Mode:    int64(fm.Perm()),
	}
	switch {
	case fm.IsRegular():
		h.Typeflag = TypeReg
		h.Size = fi.Size()
	case fi.IsDir():
		h.Typeflag = TypeDir
		h.Name += "/"
	case fm&fs.ModeSymlink != 0:
		h.Typeflag = TypeSymlink
		h.Linkname = link
	case fm&fs.ModeDevice != 0 && fm&fs.ModeCharDevice != 0:
		h.Typeflag = TypeChar
	case fm&fs.ModeDevice != 0:
		h.Typeflag = TypeBlock
	case fm&fs.ModeNamedPipe != 0:
		h.Typeflag = TypeFifo
	case fm&fs.ModeSocket != 0:
		return nil, fmt.Errorf("archive/tar: sockets not supported")
	default:
		return nil, fmt.Errorf("archive/tar: unknown file mode %v", fm)
	}
	if fm&fs.ModeSetuid != 0 {
		h.Mode |= c_ISUID
	}
	if fm&fs.ModeSetgid != 0 {
		h.Mode |= c_ISGID
	}
	if fm&fs.ModeSticky != 0 {
		h.Mode |= c_ISVTX
	}
	if orig, ok := fi.Sys().(*Header); ok {
		copyHeaderExtras(h, orig)
	}
	if sysStat != nil {
		return h, sysStat(fi, h)
	}
	return h, nil
}

// copyHeaderExtras fills h with what a FileInfo cannot carry, from the
// Header orig it was made from, so that a Header survives a round trip
// through FileInfo.
func copyHeaderExtras(h, orig *Header) {
	h.Uid, h.Gid = orig.Uid, orig.Gid
	h.Uname, h.Gname = orig.Uname, orig.Gname
	h.AccessTime, h.ChangeTime = orig.AccessTime, orig.ChangeTime
	h.Xattrs = copyRecords(orig.Xattrs)
	h.PAXRecords = copyRecords(orig.PAXRecords)
	if orig.Typeflag == TypeLink {
		// A hard link has no mode bits saying so.
		h.Typeflag = TypeLink
		h.Size = 0
		h.Linkname = orig.Linkname
	}
}

// copyRecords returns a copy of m, nil if m is nil.
func copyRecords(m map[string]string) map[string]string {
	if m == nil {
		return nil
	}
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// isHeaderOnlyType reports whether files of type flag have no contents in
// the archive, whatever size their header gives.
func isHeaderOnlyType(flag byte) bool {
	switch flag {
	case TypeLink, TypeSymlink, TypeChar, TypeBlock, TypeDir, TypeFifo:
		return true
	}
	return false
}

// fileState tells how many bytes of the current file remain: logically,
// counting a sparse file's holes, and physically, in the archive.
// The logical count is always at least the physical one.
type fileState interface {
	logicalRemaining() int64
	physicalRemaining() int64
}

func min(a, b int64) int64 {
	if a < b {
		return a
	}
	return b
}
