// Package tzdata provides an embedded copy of the timezone database.
// If this package is imported anywhere in the program, then if
// the time package cannot find tzdata files on the system,
// it will use this embedded information.
//
// Importing this package will increase the size of a program by about
// 530 KB.
//
// This package should normally be imported by a program's main package,
// not by a library. Libraries normally shouldn't decide whether to
// include the timezone database in a program.
//
// This package will be automatically imported if you build with
// -tags timetzdata.
//
// The database is the zip archive in zipdata.go, made by tools/tzdata.py
// from the system's IANA tzfiles. The zip reading below follows time's
// zoneinfo_zip.go, over a constant string: a zone's tzfile is a
// substring of it, never a copy.
package tzdata

import (
	"errors"
	"syscall"
	_ "unsafe" // for go:linkname
)

// registerLoadFromEmbeddedTZData is time's: it installs the loader that
// LoadLocation tries after the system's directories.
//
//go:linkname registerLoadFromEmbeddedTZData time.registerLoadFromEmbeddedTZData
func registerLoadFromEmbeddedTZData(func(string) (string, error))

func init() {
	registerLoadFromEmbeddedTZData(loadFromEmbeddedTZData)
}

// The zip records read here (PKWARE's APPNOTE.TXT).
const (
	centralSignature = 0x02014b50 // central directory entry
	localSignature   = 0x04034b50 // local file header
	endSize          = 22         // the end record, without a comment
	centralSize      = 46         // a central entry, before its name
	localSize        = 30         // a local header, before its name
)

var errCorrupt = errors.New("corrupt embedded tzdata")

// loadFromEmbeddedTZData returns the tzfile of the zone name: its entry
// in zipdata's central directory gives the offset of its local header,
// after which its stored bytes follow.
func loadFromEmbeddedTZData(name string) (string, error) {
	end := zipdata[len(zipdata)-endSize:]
	n := get2(end[10:])
	entry := get4(end[16:])
	for i := 0; i < n; i++ {
		e := zipdata[entry:]
		if get4(e) != centralSignature {
			return "", errCorrupt
		}
		namelen := get2(e[28:])
		entry += centralSize + namelen + get2(e[30:]) + get2(e[32:])
		if e[centralSize:centralSize+namelen] != name {
			continue
		}
		if get2(e[10:]) != 0 {
			return "", errors.New("unsupported compression for " + name + " in embedded tzdata")
		}
		return storedFile(get4(e[42:]), get4(e[24:]), name)
	}
	return "", syscall.ENOENT
}

// storedFile returns the size bytes of the file name whose local header
// is at offset local in zipdata.
func storedFile(local, size int, name string) (string, error) {
	h := zipdata[local:]
	namelen := get2(h[26:])
	if get4(h) != localSignature || h[localSize:localSize+namelen] != name {
		return "", errCorrupt
	}
	start := localSize + namelen + get2(h[28:])
	return h[start : start+size], nil
}

// get4 returns the little-endian 32-bit number at the start of s.
func get4(s string) int {
	return int(s[0]) | int(s[1])<<8 | int(s[2])<<16 | int(s[3])<<24
}

// get2 returns the little-endian 16-bit number at the start of s.
func get2(s string) int {
	return int(s[0]) | int(s[1])<<8
}
