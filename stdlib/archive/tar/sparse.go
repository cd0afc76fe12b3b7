package tar

import "math"

// A sparse file is stored without its holes: the archive holds only the
// data fragments, and a sparse map says where each goes. Maps come in two
// equivalent forms once the file's size is known. The formats list data
// fragments (sparseDatas), which is what the reader and writer handle;
// the inverse lists holes (sparseHoles), which is what a caller would
// want, as no holes means an ordinary file.
//
// For example, a 25-byte file whose data is "abcde" at 2 and "fgh" at 18:
//
//	sparseDatas{{Offset: 2, Length: 5}, {Offset: 18, Length: 3}}
//	sparseHoles{{Offset: 0, Length: 2}, {Offset: 7, Length: 11}, {Offset: 21, Length: 4}}
//
// is stored as "abcdefgh" and read back as
// "\x00\x00abcde" + 11 NULs + "fgh" + 4 NULs.

// sparseEntry is a fragment of Length bytes starting at Offset.
type sparseEntry struct{ Offset, Length int64 }

// endOffset is the offset just after the fragment.
func (s sparseEntry) endOffset() int64 { return s.Offset + s.Length }

type (
	sparseDatas []sparseEntry
	sparseHoles []sparseEntry
)

// validateSparseEntries reports whether sp is a well-formed map of a file
// of size bytes: fragments non-negative, in order, not overlapping, and
// inside the file. (BSD tar checks the same.) Either form of map will do.
func validateSparseEntries(sp []sparseEntry, size int64) bool {
	if size < 0 {
		return false
	}
	var prev sparseEntry
	for _, cur := range sp {
		switch {
		case cur.Offset < 0 || cur.Length < 0:
			return false
		case cur.Offset > math.MaxInt64-cur.Length:
			return false // endOffset would overflow
		case cur.endOffset() > size:
			return false
		case prev.endOffset() > cur.Offset:
			return false
		}
		prev = cur
	}
	return true
}

// alignSparseEntries shrinks each fragment of src to whole blocks, its
// start rounded up and its end rounded down (but for an end at size),
// dropping fragments left empty, because GNU tar reads no other maps. It
// reuses the memory of src.
func alignSparseEntries(src []sparseEntry, size int64) []sparseEntry {
	dst := src[:0]
	for _, s := range src {
		start, end := s.Offset, s.endOffset()
		start += blockPadding(start)
		if end != size {
			end -= blockPadding(-end)
		}
		if start < end {
			dst = append(dst, sparseEntry{Offset: start, Length: end - start})
		}
	}
	return dst
}

// invertSparseEntries turns a validated map of one form into the other,
// reusing the memory of src. The result is normalized: adjacent fragments
// are merged, no fragment is empty but perhaps the last, and the last
// ends at size, so that readers and writers always have a fragment that
// holds the end of the file.
func invertSparseEntries(src []sparseEntry, size int64) []sparseEntry {
	dst := src[:0]
	var gap sparseEntry // the fragment between the previous one and cur
	for _, cur := range src {
		if cur.Length == 0 {
			continue
		}
		gap.Length = cur.Offset - gap.Offset
		if gap.Length > 0 {
			dst = append(dst, gap)
		}
		gap.Offset = cur.endOffset()
	}
	gap.Length = size - gap.Offset
	return append(dst, gap)
}
