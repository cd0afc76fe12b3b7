package zip

import (
	"encoding/binary"
	"errors"
	"io"
	"time"
)

// This file decodes the records a Reader reads: the end of central
// directory record (plain and zip64), the central directory headers
// with their extra fields, and data descriptors. All fields are little
// endian.

// readDirectoryHeader reads one central directory header into f.
// It returns io.ErrUnexpectedEOF if the header is cut short and
// ErrFormat if there is no header signature, which is how the end of
// the directory shows.
func readDirectoryHeader(f *File, r io.Reader) error {
	var buf [directoryHeaderLen]byte
	if _, err := io.ReadFull(r, buf[:]); err != nil {
		return err
	}
	b := readBuf(buf[:])
	if b.uint32() != directoryHeaderSignature {
		return ErrFormat
	}
	f.CreatorVersion = b.uint16()
	f.ReaderVersion = b.uint16()
	f.Flags = b.uint16()
	f.Method = b.uint16()
	f.ModifiedTime = b.uint16()
	f.ModifiedDate = b.uint16()
	f.CRC32 = b.uint32()
	f.CompressedSize = b.uint32()
	f.UncompressedSize = b.uint32()
	f.CompressedSize64 = uint64(f.CompressedSize)
	f.UncompressedSize64 = uint64(f.UncompressedSize)
	nameLen := int(b.uint16())
	extraLen := int(b.uint16())
	commentLen := int(b.uint16())
	b = b[4:] // skip two uint16s: first disk, internal attrs
	f.ExternalAttrs = b.uint32()
	f.headerOffset = int64(b.uint32())

	tail := make([]byte, nameLen+extraLen+commentLen)
	if _, err := io.ReadFull(r, tail); err != nil {
		return err
	}
	f.Name = string(tail[:nameLen])
	f.Extra = tail[nameLen : nameLen+extraLen]
	f.Comment = string(tail[nameLen+extraLen:])
	f.NonUTF8 = readNonUTF8(f)
	return readExtras(f)
}

// readNonUTF8 decides whether the name and comment are in some other
// encoding than UTF-8. Invalid UTF-8 settles it, and so does plain
// ASCII; text that is valid UTF-8 might still be another multi-byte
// encoding (GBK, Shift-JIS), so then the header's UTF-8 flag decides,
// since some writers use UTF-8 without setting it.
func readNonUTF8(f *File) bool {
	nameValid, nameRequire := detectUTF8(f.Name)
	commentValid, commentRequire := detectUTF8(f.Comment)
	switch {
	case !nameValid || !commentValid:
		return true
	case !nameRequire && !commentRequire:
		return false
	default:
		return f.Flags&flagUTF8 == 0
	}
}

// readExtras reads the extra fields that matter: zip64 sizes and
// offset, and modification times in any of four formats. Other tools
// do not always lay out extra fields properly, so a malformed field
// ends the parse (or is skipped) rather than failing the archive; only
// missing zip64 values are an error.
func readExtras(f *File) error {
	needUSize := f.UncompressedSize == uint32max
	needCSize := f.CompressedSize == uint32max
	needOffset := f.headerOffset == uint32max

	var modified time.Time
	for extra := readBuf(f.Extra); len(extra) >= 4; {
		tag := extra.uint16()
		size := int(extra.uint16())
		if len(extra) < size {
			break
		}
		field := extra.sub(size)
		switch tag {
		case zip64ExtraID:
			// The field holds only the values whose 32-bit fields are
			// at their maximum, in this order.
			f.zip64 = true
			if needUSize {
				needUSize = false
				if !field.has(8) {
					return ErrFormat
				}
				f.UncompressedSize64 = field.uint64()
			}
			if needCSize {
				needCSize = false
				if !field.has(8) {
					return ErrFormat
				}
				f.CompressedSize64 = field.uint64()
			}
			if needOffset {
				needOffset = false
				if !field.has(8) {
					return ErrFormat
				}
				f.headerOffset = int64(field.uint64())
			}
		case ntfsExtraID:
			if t, ok := ntfsModTime(field); ok {
				modified = t
			}
		case unixExtraID, infoZipUnixExtraID:
			// Access time, then modification time, in Unix seconds.
			if field.has(8) {
				field.uint32()
				modified = time.Unix(int64(field.uint32()), 0)
			}
		case extTimeExtraID:
			// Flags, then the times they announce; bit 0 is the
			// modification time, which comes first.
			if field.has(5) && field.uint8()&1 != 0 {
				modified = time.Unix(int64(field.uint32()), 0)
			}
		}
	}
	f.Modified = chooseModified(f, modified)

	// An uncompressed size of exactly 2³²-1 with no zip64 field is
	// accepted: an old archive may hold such a file (42.zip does). A
	// compressed size or offset that large is not plausible.
	if needCSize || needOffset {
		return ErrFormat
	}
	return nil
}

// ntfsModTime reads the modification time from an NTFS extra field:
// four reserved bytes, then attributes as tag, size, value. Attribute
// 1 holds three 64-bit times (modified, accessed, created) in 100ns
// ticks since 1601.
func ntfsModTime(field readBuf) (t time.Time, ok bool) {
	if !field.has(4) {
		return t, false
	}
	field.uint32()
	for field.has(4) {
		tag := field.uint16()
		size := int(field.uint16())
		if !field.has(size) {
			break
		}
		attr := field.sub(size)
		if tag != 1 || size != 24 {
			continue
		}
		const ticksPerSecond = 1e7
		ticks := int64(attr.uint64())
		epoch := time.Date(1601, time.January, 1, 0, 0, 0, 0, time.UTC)
		t = time.Unix(epoch.Unix()+ticks/ticksPerSecond, ticks%ticksPerSecond*(1e9/ticksPerSecond))
		ok = true
	}
	return t, ok
}

// chooseModified picks the file's modification time. A precise time
// from an extra field wins over the MS-DOS one; the MS-DOS time is
// local time with no zone, so the difference between the two gives
// the writer's zone. That zone is never time.UTC itself, even at
// offset zero, so a Location of UTC tells that there was no extra time.
func chooseModified(f *File, extra time.Time) time.Time {
	dos := msDosTimeToTime(f.ModifiedDate, f.ModifiedTime)
	if extra.IsZero() {
		return dos
	}
	if f.ModifiedTime == 0 && f.ModifiedDate == 0 {
		return extra.UTC()
	}
	return extra.In(timeZone(dos.Sub(extra)))
}

// readDataDescriptor reads the data descriptor after a file's data and
// checks its CRC-32 against the directory's. The signature is optional
// (the original format had none), and the sizes are ignored: writers
// disagree on whether they are 32 or 64 bits wide, and the directory
// has them anyway.
func readDataDescriptor(r io.Reader, f *File) error {
	var first [4]byte
	if _, err := io.ReadFull(r, first[:]); err != nil {
		return err
	}
	crc := binary.LittleEndian.Uint32(first[:])
	var rest [12]byte
	if crc == dataDescriptorSignature {
		// The CRC-32 and the two 32-bit sizes follow the signature.
		if _, err := io.ReadFull(r, rest[:12]); err != nil {
			return err
		}
		crc = binary.LittleEndian.Uint32(rest[:4])
	} else if _, err := io.ReadFull(r, rest[:8]); err != nil {
		// Without a signature, only the two sizes follow the CRC-32.
		return err
	}
	if crc != f.CRC32 {
		return ErrChecksum
	}
	return nil
}

// readDirectoryEnd finds and reads the end of central directory record
// (and the zip64 one, if the archive needs it). It returns the record
// and baseOffset, where the archive proper starts in r.
func readDirectoryEnd(r io.ReaderAt, size int64) (dir *directoryEnd, baseOffset int64, err error) {
	buf, endOffset, err := findDirectoryEnd(r, size)
	if err != nil {
		return nil, 0, err
	}
	b := readBuf(buf[4:])
	d := &directoryEnd{
		diskNbr:            uint32(b.uint16()),
		dirDiskNbr:         uint32(b.uint16()),
		dirRecordsThisDisk: uint64(b.uint16()),
		directoryRecords:   uint64(b.uint16()),
		directorySize:      uint64(b.uint32()),
		directoryOffset:    uint64(b.uint32()),
		commentLen:         b.uint16(),
	}
	if int(d.commentLen) > len(b) {
		return nil, 0, errors.New("zip: invalid comment length")
	}
	d.comment = string(b[:d.commentLen])

	// A field at its maximum means the real value is in the zip64 record.
	if d.directoryRecords == 0xffff || d.directorySize == 0xffff || d.directoryOffset == 0xffffffff {
		p, err := findDirectory64End(r, endOffset)
		if err == nil && p >= 0 {
			endOffset = p
			err = readDirectory64End(r, p, d)
		}
		if err != nil {
			return nil, 0, err
		}
	}

	// The directory ends where the end record starts, so any bytes
	// unaccounted for before the directory are a prefix.
	baseOffset = endOffset - int64(d.directorySize) - int64(d.directoryOffset)
	if o := baseOffset + int64(d.directoryOffset); o < 0 || o >= size {
		return nil, 0, ErrFormat
	}
	return d, baseOffset, nil
}

// findDirectoryEnd returns the bytes from the end record's signature to
// the end of r, and the record's offset. The record is the last thing
// in the archive but for its comment of at most 64 KiB, so it searches
// the last kilobyte (the usual case) and then the last 65 KiB.
func findDirectoryEnd(r io.ReaderAt, size int64) ([]byte, int64, error) {
	for _, n := range []int64{1024, 65 * 1024} {
		if n > size {
			n = size
		}
		buf := make([]byte, n)
		if _, err := r.ReadAt(buf, size-n); err != nil && err != io.EOF {
			return nil, 0, err
		}
		if p := findSignatureInBlock(buf); p >= 0 {
			return buf[p:], size - n + int64(p), nil
		}
		if n == size {
			break
		}
	}
	return nil, 0, ErrFormat
}

// findSignatureInBlock returns the offset of the last end record
// signature in b whose record and comment fit in b, or -1.
func findSignatureInBlock(b []byte) int {
	for i := len(b) - directoryEndLen; i >= 0; i-- {
		if b[i] == 'P' && b[i+1] == 'K' && b[i+2] == 0x05 && b[i+3] == 0x06 {
			commentLen := int(binary.LittleEndian.Uint16(b[i+directoryEndLen-2:]))
			if i+directoryEndLen+commentLen <= len(b) {
				return i
			}
		}
	}
	return -1
}

// findDirectory64End looks for a zip64 locator in the bytes right
// before directoryEndOffset. If one is there, it returns the offset it
// gives for the zip64 end record; otherwise -1.
func findDirectory64End(r io.ReaderAt, directoryEndOffset int64) (int64, error) {
	locOffset := directoryEndOffset - directory64LocLen
	if locOffset < 0 {
		return -1, nil
	}
	buf := make([]byte, directory64LocLen)
	if _, err := r.ReadAt(buf, locOffset); err != nil {
		return -1, err
	}
	b := readBuf(buf)
	if b.uint32() != directory64LocSignature {
		return -1, nil
	}
	diskOfEnd := b.uint32()
	offset := b.uint64()
	disks := b.uint32()
	if diskOfEnd != 0 || disks != 1 { // a spanned archive
		return -1, nil
	}
	return int64(offset), nil
}

// readDirectory64End reads the zip64 end record at offset into d.
func readDirectory64End(r io.ReaderAt, offset int64, d *directoryEnd) error {
	buf := make([]byte, directory64EndLen)
	if _, err := r.ReadAt(buf, offset); err != nil {
		return err
	}
	b := readBuf(buf)
	if b.uint32() != directory64EndSignature {
		return ErrFormat
	}
	b = b[12:] // record size, version made by, version needed
	d.diskNbr = b.uint32()
	d.dirDiskNbr = b.uint32()
	d.dirRecordsThisDisk = b.uint64()
	d.directoryRecords = b.uint64()
	d.directorySize = b.uint64()
	d.directoryOffset = b.uint64()
	return nil
}

// readBuf decodes little-endian fields from the front of a byte slice,
// consuming them as it goes.
type readBuf []byte

// has reports whether n more bytes remain.
func (b *readBuf) has(n int) bool { return len(*b) >= n }

func (b *readBuf) uint8() uint8 {
	v := (*b)[0]
	*b = (*b)[1:]
	return v
}

func (b *readBuf) uint16() uint16 {
	v := binary.LittleEndian.Uint16(*b)
	*b = (*b)[2:]
	return v
}

func (b *readBuf) uint32() uint32 {
	v := binary.LittleEndian.Uint32(*b)
	*b = (*b)[4:]
	return v
}

func (b *readBuf) uint64() uint64 {
	v := binary.LittleEndian.Uint64(*b)
	*b = (*b)[8:]
	return v
}

// sub consumes and returns the next n bytes.
func (b *readBuf) sub(n int) readBuf {
	v := (*b)[:n]
	*b = (*b)[n:]
	return v
}
