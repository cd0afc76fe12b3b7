// This file implements reading one tzfile from a zip archive such as Go's
// $GOROOT/lib/time/zoneinfo.zip (PKWARE's APPNOTE.TXT, "ZIP File Format
// Specification"). The archive ends with an end-of-central-directory
// record giving the count and place of the central directory; each of its
// entries names a file and the offset of the file's local header, after
// which the bytes follow. Only stored (uncompressed) files are read: the
// database zips are made so, for a reader this small.

package time

import (
	"errors"
	"syscall"
)

const (
	zipEndSignature     = 0x06054b50 // end of central directory
	zipCentralSignature = 0x02014b50 // central directory entry
	zipLocalSignature   = 0x04034b50 // local file header
	zipEndSize          = 22         // the end record, without a comment
	zipCentralSize      = 46         // a central entry, before its name
	zipLocalSize        = 30         // a local header, before its name
)

// loadTzinfoFromZip returns the contents of the file name in zip archive zipfile.
func loadTzinfoFromZip(zipfile, name string) ([]byte, error) {
	zip, err := readFile(zipfile)
	if err != nil {
		return nil, err
	}
	if len(zip) < zipEndSize {
		return nil, errors.New("corrupt zip file " + zipfile)
	}
	end := zip[len(zip)-zipEndSize:]
	if get4(end) != zipEndSignature {
		return nil, errors.New("corrupt zip file " + zipfile)
	}
	n := get2(end[10:])
	dir := get4(end[16:])
	if dir > len(zip) {
		return nil, errors.New("corrupt zip file " + zipfile)
	}
	entries := zip[dir:]
	for i := 0; i < n; i++ {
		if len(entries) < zipCentralSize || get4(entries) != zipCentralSignature {
			break
		}
		method := get2(entries[10:])
		size := get4(entries[24:])
		namelen := get2(entries[28:])
		skip := namelen + get2(entries[30:]) + get2(entries[32:])
		local := get4(entries[42:])
		if len(entries) < zipCentralSize+skip {
			break
		}
		entryName := string(entries[zipCentralSize : zipCentralSize+namelen])
		entries = entries[zipCentralSize+skip:]
		if entryName != name {
			continue
		}
		if method != 0 {
			return nil, errors.New("unsupported compression for " + name + " in " + zipfile)
		}
		return storedFile(zip, local, size, name, zipfile)
	}
	return nil, syscall.ENOENT
}

// storedFile returns the size bytes of the stored file whose local
// header is at offset local in zip.
func storedFile(zip []byte, local, size int, name, zipfile string) ([]byte, error) {
	if local+zipLocalSize > len(zip) || get4(zip[local:]) != zipLocalSignature {
		return nil, errors.New("corrupt zip file " + zipfile)
	}
	hdr := zip[local:]
	start := local + zipLocalSize + get2(hdr[26:]) + get2(hdr[28:])
	if get2(hdr[26:]) != len(name) || start+size > len(zip) {
		return nil, errors.New("corrupt zip file " + zipfile)
	}
	return zip[start : start+size], nil
}

// get4 returns the little-endian 32-bit number at the start of b.
func get4(b []byte) int {
	if len(b) < 4 {
		return 0
	}
	return int(b[0]) | int(b[1])<<8 | int(b[2])<<16 | int(b[3])<<24
}

// get2 returns the little-endian 16-bit number at the start of b.
func get2(b []byte) int {
	if len(b) < 2 {
		return 0
	}
	return int(b[0]) | int(b[1])<<8
}
