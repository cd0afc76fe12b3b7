package zip

import (
	"errors"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
	"time"
)

// This file implements the io/fs view of a Reader (Reader.Open).
//
// Entry names are cleaned into fs.FS form ("a/b", no leading slash, no
// ".."), and every directory that is only implied by a path prefix gets
// an entry of its own. The entries are sorted by (parent directory,
// base name), so that one directory's children are adjacent: a binary
// search finds a name, and two find a directory's children.

// A fileListEntry is one name of the fs view: a File, or a directory
// with or without a File of its own.
type fileListEntry struct {
	name  string
	file  *File // nil for a directory only implied by paths
	isDir bool
	isDup bool // the name was used more than once; it cannot be opened
}

// fileInfoDirEntry is what the view reports for an entry.
type fileInfoDirEntry interface {
	fs.FileInfo
	fs.DirEntry
}

func (e *fileListEntry) stat() (fileInfoDirEntry, error) {
	if e.isDup {
		return nil, errors.New(e.name + ": duplicate entries in zip file")
	}
	if !e.isDir {
		return headerFileInfo{&e.file.FileHeader}, nil
	}
	return e, nil
}

// A directory entry is its own fs.FileInfo and fs.DirEntry; regular
// files use headerFileInfo instead.

func (e *fileListEntry) Name() string {
	_, elem, _ := split(e.name)
	return elem
}

func (e *fileListEntry) Size() int64                { return 0 }
func (e *fileListEntry) Mode() fs.FileMode          { return fs.ModeDir | 0555 }
func (e *fileListEntry) Type() fs.FileMode          { return fs.ModeDir }
func (e *fileListEntry) IsDir() bool                { return true }
func (e *fileListEntry) Sys() any                   { return nil }
func (e *fileListEntry) Info() (fs.FileInfo, error) { return e, nil }

func (e *fileListEntry) ModTime() time.Time {
	if e.file == nil {
		return time.Time{}
	}
	return e.file.FileHeader.Modified.UTC()
}

// toValidName turns an archive name into an fs.FS name: slashes only,
// cleaned, and with leading "/" and "../" removed, so that it cannot
// reach outside the archive's root.
func toValidName(name string) string {
	p := path.Clean(strings.ReplaceAll(name, `\`, `/`))
	p = strings.TrimPrefix(p, "/")
	for strings.HasPrefix(p, "../") {
		p = p[len("../"):]
	}
	return p
}

// initFileList builds r.fileList the first time the view is used.
func (r *Reader) initFileList() {
	r.fileListOnce.Do(func() {
		r.fileList = buildFileList(r.File)
		sort.Slice(r.fileList, func(i, j int) bool {
			return fileEntryLess(r.fileList[i].name, r.fileList[j].name)
		})
	})
}

// buildFileList makes one entry per valid name of files, plus one for
// each directory only implied by a path. A name given twice, or given
// to both a file and a directory, is marked as a duplicate.
func buildFileList(files []*File) []fileListEntry {
	var list []fileListEntry
	fileIndex := make(map[string]int) // name of a file -> its entry
	dirIndex := make(map[string]int)  // name of a directory entry -> its entry
	implied := make(map[string]bool)  // names that are a prefix of some path

	for _, file := range files {
		name := toValidName(file.Name)
		if name == "" {
			continue
		}
		if i, ok := fileIndex[name]; ok {
			list[i].isDup = true
			continue
		}
		if i, ok := dirIndex[name]; ok {
			list[i].isDup = true
			continue
		}
		for dir := path.Dir(name); dir != "."; dir = path.Dir(dir) {
			implied[dir] = true
		}
		isDir := isDirName(file.Name)
		if isDir {
			dirIndex[name] = len(list)
		} else {
			fileIndex[name] = len(list)
		}
		list = append(list, fileListEntry{name: name, file: file, isDir: isDir})
	}

	for dir := range implied {
		if _, ok := dirIndex[dir]; ok {
			continue
		}
		if i, ok := fileIndex[dir]; ok {
			list[i].isDup = true // a file that is also some path's directory
			continue
		}
		list = append(list, fileListEntry{name: dir, isDir: true})
	}
	return list
}

// fileEntryLess orders names by parent directory, then base name.
func fileEntryLess(x, y string) bool {
	xdir, xelem, _ := split(x)
	ydir, yelem, _ := split(y)
	return xdir < ydir || xdir == ydir && xelem < yelem
}

// Open implements fs.FS: name follows fs.ValidPath's rules (slashes
// only, no leading "/", no ".." elements), and directories the archive
// only implies by its file names can be opened too.
func (r *Reader) Open(name string) (fs.File, error) {
	r.initFileList()
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	e := r.openLookup(name)
	if e == nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	if e.isDir {
		return &openDir{e: e, files: r.openReadDir(name)}, nil
	}
	rc, err := e.file.Open()
	if err != nil {
		return nil, err
	}
	return rc.(fs.File), nil
}

// split splits a name into its parent directory ("." at the top), its
// base name, and whether it had a trailing slash: "a/b/" gives "a",
// "b", true.
func split(name string) (dir, elem string, isDir bool) {
	if isDirName(name) {
		isDir = true
		name = name[:len(name)-1]
	}
	i := strings.LastIndexByte(name, '/')
	if i < 0 {
		return ".", name, isDir
	}
	return name[:i], name[i+1:], isDir
}

// dotFile is the root directory, which has no entry of its own.
var dotFile = &fileListEntry{name: "./", isDir: true}

// openLookup returns the entry named name, or nil.
func (r *Reader) openLookup(name string) *fileListEntry {
	if name == "." {
		return dotFile
	}
	dir, elem, _ := split(name)
	files := r.fileList
	i := sort.Search(len(files), func(i int) bool {
		idir, ielem, _ := split(files[i].name)
		return idir > dir || idir == dir && ielem >= elem
	})
	if i < len(files) && strings.TrimSuffix(files[i].name, "/") == name {
		return &files[i]
	}
	return nil
}

// openReadDir returns the entries whose parent directory is dir: a run
// of adjacent entries, since the list is sorted by parent first.
func (r *Reader) openReadDir(dir string) []fileListEntry {
	files := r.fileList
	parent := func(i int) string {
		d, _, _ := split(files[i].name)
		return d
	}
	i := sort.Search(len(files), func(i int) bool { return parent(i) >= dir })
	n := sort.Search(len(files)-i, func(k int) bool { return parent(i+k) > dir })
	return files[i : i+n]
}

// openDir is an opened directory: an fs.ReadDirFile over its entries.
type openDir struct {
	e      *fileListEntry
	files  []fileListEntry
	offset int // entries already returned by ReadDir
}

func (d *openDir) Close() error               { return nil }
func (d *openDir) Stat() (fs.FileInfo, error) { return d.e.stat() }

func (d *openDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.e.name, Err: errors.New("is a directory")}
}

// ReadDir follows fs.ReadDirFile: count <= 0 returns all remaining
// entries and a nil error; count > 0 returns at most count entries,
// and io.EOF once there are none left.
func (d *openDir) ReadDir(count int) ([]fs.DirEntry, error) {
	rest := d.files[d.offset:]
	if count > 0 {
		if len(rest) == 0 {
			return nil, io.EOF
		}
		if len(rest) > count {
			rest = rest[:count]
		}
	}
	if len(rest) == 0 {
		return nil, nil
	}
	list := make([]fs.DirEntry, len(rest))
	for i := range rest {
		info, err := rest[i].stat()
		if err != nil {
			return nil, err
		}
		list[i] = info
	}
	d.offset += len(rest)
	return list, nil
}
