package token

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// A Position is a place in a source file, spelled out: file, byte offset,
// line and column. Only a Position with a line (Line > 0) is valid.
type Position struct {
	Filename string // the file's name, or ""
	Offset   int    // bytes from the start of the file, from 0
	Line     int    // the line, from 1
	Column   int    // the byte in the line, from 1
}

// IsValid reports whether pos has a line number.
func (pos *Position) IsValid() bool { return pos.Line > 0 }

// String returns the position as "file:line:column". A column of 0 (not
// known) is left out, as is an empty file name; an invalid position is its
// file name alone, or "-" when that is empty too.
func (pos Position) String() string {
	s := pos.Filename
	if pos.IsValid() {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprint(pos.Line)
		if pos.Column != 0 {
			s += fmt.Sprintf(":%d", pos.Column)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}

// Pos is a source position packed into one integer, meaningful within a
// FileSet: each file of the set owns the interval [base, base+size], and
// the Pos of the byte at offset offs of that file is base+offs (the extra
// value base+size is the end of the file). FileSet.Position turns it back
// into a Position.
//
// Pos values compare like their offsets within one file; across files,
// the file added to the set first has the smaller ones.
type Pos int

// NoPos, the zero Pos, stands for no position at all: it is in no file,
// is not valid, is smaller than any other Pos, and its Position is the
// zero Position.
const NoPos Pos = 0

// IsValid reports whether p is a position at all, not NoPos.
func (p Pos) IsValid() bool {
	return p != NoPos
}

// A File is one source file of a FileSet, known by its name, the
// interval of Pos values it owns and the offsets where its lines start.
type File struct {
	name string // as given to AddFile
	base int    // the Pos of offset 0
	size int    // as given to AddFile

	// The tables, which grow as a scanner reads the file, are guarded by
	// mutex: a parser may be adding lines while another goroutine asks
	// for positions.
	mutex sync.Mutex
	lines []int      // the offset of the first byte of each line; lines[0] is 0
	infos []lineInfo // //line directives, by increasing offset
}

// A lineInfo is an alternative position given to the source from Offset
// on, as a //line directive gives one. Its fields are exported for
// encoding/gob, which FileSet.Write is often given.
type lineInfo struct {
	Offset       int
	Filename     string
	Line, Column int
}

// Name returns the name f was added to its file set with.
func (f *File) Name() string {
	return f.name
}

// Base returns the Pos of the first byte of f, as given to AddFile.
func (f *File) Base() int {
	return f.base
}

// Size returns f's length in bytes, as given to AddFile.
func (f *File) Size() int {
	return f.size
}

// LineCount returns how many line starts f's line table holds.
func (f *File) LineCount() int {
	f.mutex.Lock()
	defer f.mutex.Unlock()
	return len(f.lines)
}

// AddLine records that a line starts at offset. The offset must be past
// the start of the line before and within the file; any other offset is
// ignored.
func (f *File) AddLine(offset int) {
	f.mutex.Lock()
	defer f.mutex.Unlock()
	if n := len(f.lines); (n == 0 || f.lines[n-1] < offset) && offset < f.size {
		f.lines = append(f.lines, offset)
	}
}

// MergeLine joins line number line with the line after it, as if the
// newline between them were a space (every offset stays where it is).
// It panics if there is no line after it.
func (f *File) MergeLine(line int) {
	if line < 1 {
		panic(fmt.Sprintf("invalid line number %d (should be >= 1)", line))
	}
	f.mutex.Lock()
	defer f.mutex.Unlock()
	if line >= len(f.lines) {
		panic(fmt.Sprintf("invalid line number %d (should be < %d)", line, len(f.lines)))
	}
	// Line number line+1 starts at lines[line]: drop that start.
	f.lines = append(f.lines[:line], f.lines[line+1:]...)
}

// SetLines replaces the table of line starts, the offset of the first
// character of each line ("ab\nc\n" has {0, 3}; an empty file has none),
// and reports whether it did: the offsets must increase and lie within
// the file. The file keeps the slice, which the caller must not change.
func (f *File) SetLines(lines []int) bool {
	for i, offset := range lines {
		if i > 0 && offset <= lines[i-1] || offset >= f.size {
			return false
		}
	}
	f.mutex.Lock()
	defer f.mutex.Unlock()
	f.lines = lines
	return true
}

// SetLinesForContent sets the table of line starts from the file's
// content, ignoring //line comments.
func (f *File) SetLinesForContent(content []byte) {
	var lines []int
	if len(content) > 0 {
		lines = append(lines, 0)
	}
	for offset, b := range content {
		// A final newline starts no line: there is nothing after it.
		if b == '\n' && offset+1 < len(content) {
			lines = append(lines, offset+1)
		}
	}
	f.mutex.Lock()
	defer f.mutex.Unlock()
	f.lines = lines
}

// LineStart returns the Pos of the first byte of line number line,
// ignoring //line directives. It panics if there is no such line.
func (f *File) LineStart(line int) Pos {
	if line < 1 {
		panic(fmt.Sprintf("invalid line number %d (should be >= 1)", line))
	}
	f.mutex.Lock()
	defer f.mutex.Unlock()
	if line > len(f.lines) {
		panic(fmt.Sprintf("invalid line number %d (should be < %d)", line, len(f.lines)))
	}
	return Pos(f.base + f.lines[line-1])
}

// AddLineInfo is AddLineColumnInfo with column 1, as it was before Go 1.11
// knew columns.
func (f *File) AddLineInfo(offset int, filename string, line int) {
	f.AddLineColumnInfo(offset, filename, line, 1)
}

// AddLineColumnInfo gives the source from offset on another file name,
// line and column, as a //line filename:line:column directive does. The
// offset must be past that of the alternative position added before and
// within the file; otherwise the call is ignored.
func (f *File) AddLineColumnInfo(offset int, filename string, line, column int) {
	f.mutex.Lock()
	defer f.mutex.Unlock()
	if n := len(f.infos); n == 0 || f.infos[n-1].Offset < offset && offset < f.size {
		f.infos = append(f.infos, lineInfo{offset, filename, line, column})
	}
}

// Pos returns the Pos of the given offset, which must be <= f.Size():
// f.Pos(f.Offset(p)) == p.
func (f *File) Pos(offset int) Pos {
	if offset > f.size {
		panic(fmt.Sprintf("invalid file offset %d (should be <= %d)", offset, f.size))
	}
	return Pos(f.base + offset)
}

// Offset returns the byte offset of p in f, whose Pos it must be; it
// undoes Pos: f.Offset(f.Pos(o)) == o.
func (f *File) Offset(p Pos) int {
	f.checkPos(p)
	return int(p) - f.base
}

// checkPos panics if p is not a Pos of f.
func (f *File) checkPos(p Pos) {
	if int(p) < f.base || int(p) > f.base+f.size {
		panic(fmt.Sprintf("invalid Pos value %d (should be in [%d, %d])", p, f.base, f.base+f.size))
	}
}

// Line returns the line number of p, which must be a Pos of f or NoPos.
func (f *File) Line(p Pos) int {
	return f.Position(p).Line
}

// PositionFor returns the Position of p, which must be a Pos of f or
// NoPos. If adjusted is set, //line directives apply; otherwise they are
// ignored.
func (f *File) PositionFor(p Pos, adjusted bool) (pos Position) {
	if p != NoPos {
		f.checkPos(p)
		pos = f.position(p, adjusted)
	}
	return
}

// Position returns the Position of p, //line directives applied:
// f.PositionFor(p, true).
func (f *File) Position(p Pos) (pos Position) {
	return f.PositionFor(p, true)
}

// position turns p, a Pos of f, into a Position.
func (f *File) position(p Pos, adjusted bool) Position {
	offset := int(p) - f.base
	f.mutex.Lock()
	defer f.mutex.Unlock()
	pos := Position{Filename: f.name, Offset: offset}
	if i := searchInts(f.lines, offset); i >= 0 {
		pos.Line, pos.Column = i+1, offset-f.lines[i]+1
	}
	if adjusted {
		f.applyLineInfo(&pos)
	}
	return pos
}

// applyLineInfo rewrites pos by the last //line directive before it, if
// any. The directive names the position of the start of the line after
// it, so a line d lines further down is that line plus d. Its column
// counts from the directive's only on the directive's own line (a
// directive within a line, /*line f:l:c*/, names the position of the
// character after it); an unknown column (0) stays unknown until the next
// directive. f.mutex is held.
func (f *File) applyLineInfo(pos *Position) {
	i := sort.Search(len(f.infos), func(i int) bool { return f.infos[i].Offset > pos.Offset }) - 1
	if i < 0 {
		return
	}
	alt := f.infos[i]
	pos.Filename = alt.Filename
	altLine := searchInts(f.lines, alt.Offset) + 1
	if altLine < 1 {
		return
	}
	d := pos.Line - altLine
	pos.Line = alt.Line + d
	switch {
	case alt.Column == 0:
		pos.Column = 0
	case d == 0:
		pos.Column = alt.Column + pos.Offset - alt.Offset
	}
}

// A FileSet is a set of source files, each owning an interval of Pos
// values, [base, base+size], the intervals in the order the files were
// added. Its methods may be called from several goroutines at once.
//
// A file is added with a base past the intervals of the files already in
// the set; FileSet.Base gives the first such base, which is what AddFile
// should be given unless the last interval may have to grow later.
type FileSet struct {
	mutex sync.RWMutex         // guards base and files
	base  int                  // the least base the next file may have
	files []*File              // in the order added (of increasing base)
	last  atomic.Pointer[File] // the file found last: most lookups find it again
}

// NewFileSet returns a FileSet with no file in it.
func NewFileSet() *FileSet {
	// The first base is 1: Pos 0 is NoPos.
	return &FileSet{base: 1}
}

// Base returns the least base the next file added to s may have: one
// past the last Pos of the file added last.
func (s *FileSet) Base() int {
	s.mutex.RLock()
	defer s.mutex.RUnlock()
	return s.base
}

// AddFile adds a file of the given name and size to the set, giving it the
// Pos values [base, base+size], and returns it. Several files may have the
// same name. The base must be at least s.Base() (a negative base stands
// for s.Base()) and the size must not be negative. The next file's base
// must then be past base+size: the end of the file has a Pos too.
func (s *FileSet) AddFile(filename string, base, size int) *File {
	f := &File{name: filename, size: size, lines: []int{0}}
	s.mutex.Lock()
	defer s.mutex.Unlock()
	if base < 0 {
		base = s.base
	}
	if base < s.base {
		panic(fmt.Sprintf("invalid base %d (should be >= %d)", base, s.base))
	}
	if size < 0 {
		panic(fmt.Sprintf("invalid size %d (should be >= 0)", size))
	}
	f.base = base
	next := base + size + 1
	if next < 0 {
		panic("token.Pos offset overflow (> 2G of source code in file set)")
	}
	s.base = next
	s.files = append(s.files, f)
	s.last.Store(f)
	return f
}

// Iterate calls f on each file of s, oldest first, and stops early when
// f returns false. f may add files to s; they are visited too.
func (s *FileSet) Iterate(f func(*File) bool) {
	for i := 0; ; i++ {
		file := s.fileAt(i)
		if file == nil || !f(file) {
			return
		}
	}
}

// fileAt returns the i'th file added, nil if there are not that many.
func (s *FileSet) fileAt(i int) *File {
	s.mutex.RLock()
	defer s.mutex.RUnlock()
	if i < len(s.files) {
		return s.files[i]
	}
	return nil
}

// File returns the file of s that p is a position in, or nil (for NoPos
// among others).
func (s *FileSet) File(p Pos) *File {
	if p == NoPos {
		return nil
	}
	return s.file(p)
}

// file returns the file whose interval holds p, nil if there is none.
func (s *FileSet) file(p Pos) *File {
	if f := s.last.Load(); f != nil && f.base <= int(p) && int(p) <= f.base+f.size {
		return f
	}
	s.mutex.RLock()
	defer s.mutex.RUnlock()
	// The last file whose interval starts at or before p is the only one
	// that can hold it.
	i := sort.Search(len(s.files), func(i int) bool { return s.files[i].base > int(p) }) - 1
	if i >= 0 && int(p) <= s.files[i].base+s.files[i].size {
		s.last.Store(s.files[i])
		return s.files[i]
	}
	return nil
}

// PositionFor returns the Position of p, which must be a Pos of s or
// NoPos. If adjusted is set, //line directives apply; otherwise they are
// ignored.
func (s *FileSet) PositionFor(p Pos, adjusted bool) (pos Position) {
	if p != NoPos {
		if f := s.file(p); f != nil {
			pos = f.position(p, adjusted)
		}
	}
	return
}

// Position returns the Position of p, //line directives applied:
// s.PositionFor(p, true).
func (s *FileSet) Position(p Pos) (pos Position) {
	return s.PositionFor(p, true)
}

// searchInts returns the index of the last element of a, an increasing
// table, that is <= x; -1 if there is none. Looking up a line start is
// the hot path of every Position: the binary search is written out, not
// left to sort.Search's closure.
func searchInts(a []int, x int) int {
	lo, hi := 0, len(a) // a[:lo] <= x < a[hi:]
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] <= x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}
