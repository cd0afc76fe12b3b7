// This file implements reading directories: getdents64 fills a buffer with
// linux_dirent64 records (inode, offset, record length, type, NUL-terminated
// name), which ReadDir, Readdir and Readdirnames decode a batch at a time.

package os

import (
	"io"
	"io/fs"
	"sort"
	"syscall"
	"unsafe"
)

// A DirEntry is an entry read from a directory
// (using the ReadDir function or a File.ReadDir method).
type DirEntry = fs.DirEntry

// dirInfo is the reading state of an open directory.
type dirInfo struct {
	buf  []byte // buffer for directory I/O
	nbuf int    // length of buf; return value from Getdents
	bufp int    // location of next record in buf
}

const direntBufSize = 8192

// dirEntry is the DirEntry of package os: the name and type the directory
// gives, and a FileInfo read by Lstat when asked for.
type dirEntry struct {
	parent string
	name   string
	typ    FileMode
}

func (d *dirEntry) Name() string   { return d.name }
func (d *dirEntry) IsDir() bool    { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode { return d.typ }

func (d *dirEntry) Info() (FileInfo, error) {
	return lstat(d.parent + "/" + d.name)
}

// lstat is Lstat, a variable so that Go's tests can make it fail.
var lstat = Lstat

// testingForceReadDirLstat makes ReadDir ask lstat for every type, as it
// must when the file system does not tell (for Go's tests of that path).
var testingForceReadDirLstat bool

// direntType maps a linux_dirent64 d_type to the type bits of a FileMode;
// ok is false when the file system did not say (DT_UNKNOWN).
func direntType(t byte) (mode FileMode, ok bool) {
	switch t {
	case syscall.DT_BLK:
		return ModeDevice, true
	case syscall.DT_CHR:
		return ModeDevice | ModeCharDevice, true
	case syscall.DT_DIR:
		return ModeDir, true
	case syscall.DT_FIFO:
		return ModeNamedPipe, true
	case syscall.DT_LNK:
		return ModeSymlink, true
	case syscall.DT_REG:
		return 0, true
	case syscall.DT_SOCK:
		return ModeSocket, true
	}
	return 0, false
}

// nextEntry returns the next directory entry (not "." or ".."), reading
// more of the directory when the buffer is used up; ok is false at the end.
func (f *File) nextEntry() (name string, typ byte, ok bool, err error) {
	if f.dirinfo == nil {
		f.dirinfo = &dirInfo{buf: make([]byte, direntBufSize)}
	}
	d := f.dirinfo
	for {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var e error
			for {
				d.nbuf, e = syscall.Getdents(f.pfd.Sysfd, d.buf)
				if e != syscall.EINTR {
					break
				}
			}
			if e != nil {
				d.nbuf = 0
				return "", 0, false, &PathError{Op: "readdirent", Path: f.name, Err: e}
			}
			if d.nbuf <= 0 {
				return "", 0, false, nil
			}
		}
		rec := d.buf[d.bufp:d.nbuf]
		reclen := int(*(*uint16)(unsafe.Pointer(&rec[16])))
		d.bufp += reclen
		name := rec[19:reclen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if s := string(name); s != "." && s != ".." {
			return s, rec[18], true, nil
		}
	}
}

// readdir reads up to n entries (all for n <= 0) and hands each to add.
// As Go does, n > 0 at the end of the directory gives io.EOF.
func (f *File) readdir(n int, add func(name string, typ byte) error) (count int, err error) {
	if err := f.checkValid("readdir"); err != nil {
		return 0, err
	}
	for n <= 0 || count < n {
		name, typ, ok, err := f.nextEntry()
		if err != nil {
			return count, err
		}
		if !ok {
			break
		}
		if err := add(name, typ); err != nil {
			if IsNotExist(err) {
				// The file went away between reading the name and Lstat.
				continue
			}
			return count, err
		}
		count++
	}
	if n > 0 && count == 0 {
		return 0, io.EOF
	}
	return count, nil
}

// ReadDir reads the contents of the directory associated with the file f
// and returns a slice of DirEntry values in directory order. Subsequent
// calls on the same file will yield later DirEntry records in the
// directory. With n > 0, it returns at most n entries and io.EOF at the
// end; with n <= 0, all the remaining entries and a nil error.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	var list []DirEntry
	_, err := f.readdir(n, func(name string, t byte) error {
		typ, ok := direntType(t)
		if !ok || testingForceReadDirLstat {
			info, err := lstat(f.name + "/" + name)
			if err != nil {
				return err
			}
			typ = info.Mode().Type()
		}
		list = append(list, &dirEntry{f.name, name, typ})
		return nil
	})
	if list == nil && n <= 0 {
		list = []DirEntry{}
	}
	return list, err
}

// Readdir reads the contents of the directory associated with file and
// returns a slice of up to n FileInfo values, as would be returned by
// Lstat, in directory order (see ReadDir for n and the errors).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	var list []FileInfo
	_, err := f.readdir(n, func(name string, t byte) error {
		info, err := lstat(f.name + "/" + name)
		if err != nil {
			return err
		}
		list = append(list, info)
		return nil
	})
	if list == nil && n <= 0 {
		list = []FileInfo{}
	}
	return list, err
}

// Readdirnames reads the contents of the directory associated with file
// and returns a slice of up to n names of files in the directory, in
// directory order (see ReadDir for n and the errors).
func (f *File) Readdirnames(n int) (names []string, err error) {
	_, err = f.readdir(n, func(name string, t byte) error {
		names = append(names, name)
		return nil
	})
	if names == nil && n <= 0 {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the named directory,
// returning all its directory entries sorted by filename.
// If an error occurs reading the directory,
// ReadDir returns the entries it was able to read before the error,
// along with the error.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}
