// Package filepath implements utility routines for manipulating filename
// paths in a way compatible with the target operating system-defined file
// paths.
//
// gominic targets Linux only, where file paths are slash-separated: the
// lexical functions are package path's, and this package adds what needs
// the file system (Abs, EvalSymlinks, Glob, Walk, WalkDir) or names the
// system's conventions (Separator, SplitList, VolumeName).
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strings"
	"syscall"
)

const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir is used as a return value from WalkFuncs to indicate that
// the directory named in the call is to be skipped. It is not returned
// as an error by any function.
var SkipDir error = fs.SkipDir

// Clean returns the shortest path name equivalent to path by purely
// lexical processing (see path.Clean).
func Clean(p string) string { return path.Clean(p) }

// ToSlash returns the result of replacing each separator character
// in path with a slash ('/') character: on Linux, path itself.
func ToSlash(path string) string { return path }

// FromSlash returns the result of replacing each slash ('/') character
// in path with a separator character: on Linux, path itself.
func FromSlash(path string) string { return path }

// SplitList splits a list of paths joined by the OS-specific ListSeparator,
// usually found in PATH or GOPATH environment variables.
// Unlike strings.Split, SplitList returns an empty slice when passed an empty
// string.
func SplitList(path string) []string {
	if path == "" {
		return []string{}
	}
	return strings.Split(path, string(ListSeparator))
}

// Split splits path immediately following the final Separator,
// separating it into a directory and file name component.
func Split(p string) (dir, file string) { return path.Split(p) }

// Join joins any number of path elements into a single path,
// separating them with an OS specific Separator. Empty elements
// are ignored. The result is Cleaned.
func Join(elem ...string) string { return path.Join(elem...) }

// Ext returns the file name extension used by path.
func Ext(p string) string { return path.Ext(p) }

// Base returns the last element of path.
func Base(p string) string { return path.Base(p) }

// Dir returns all but the last element of path, typically the path's directory.
func Dir(p string) string { return path.Dir(p) }

// IsAbs reports whether the path is absolute.
func IsAbs(p string) bool { return path.IsAbs(p) }

// VolumeName returns leading volume name: on Linux, "".
func VolumeName(path string) string { return "" }

// HasPrefix exists for historical compatibility and should not be used.
//
// Deprecated: HasPrefix does not respect path boundaries and
// does not ignore case when required.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute representation of path.
// If the path is not absolute it will be joined with the current
// working directory to turn it into an absolute path.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath when
// joined to basepath with an intervening separator. On success, the returned
// path will always be relative to basepath, even if basepath and targpath
// share no elements. An error is returned if targpath can't be made relative
// to basepath or if knowing the current working directory would be necessary
// to compute it.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	be, te := elements(base), elements(targ)
	common := 0
	for common < len(be) && common < len(te) && be[common] == te[common] {
		common++
	}
	if common < len(be) && be[common] == ".." {
		// Going up from base would need to know the names above it.
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	var rel []string
	for range be[common:] {
		rel = append(rel, "..")
	}
	return strings.Join(append(rel, te[common:]...), string(Separator)), nil
}

// elements splits a cleaned path into its names, the root left out.
func elements(p string) []string {
	p = strings.TrimPrefix(p, string(Separator))
	if p == "" {
		return nil
	}
	return strings.Split(p, string(Separator))
}

// EvalSymlinks returns the path name after the evaluation of any symbolic
// links. If path is relative the result will be relative to the current
// directory, unless one of the components is an absolute symbolic link.
// EvalSymlinks calls Clean on the result.
//
// The path is resolved one name at a time: each name joins the resolved
// part, and a symbolic link is replaced by its target, which goes in front
// of what remains to resolve.
func EvalSymlinks(p string) (string, error) {
	rooted := IsAbs(p)
	var done []string // resolved names
	rest := p
	links := 0
	for rest != "" {
		var name string
		name, rest = firstElement(rest)
		switch name {
		case "", ".":
			continue
		case "..":
			if len(done) > 0 && done[len(done)-1] != ".." {
				done = done[:len(done)-1]
			} else if !rooted {
				done = append(done, "..")
			}
			continue
		}
		done = append(done, name)
		dest := joinResolved(rooted, done)
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.IsDir() && rest != "" {
				return "", syscall.ENOTDIR
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		done = done[:len(done)-1]
		if IsAbs(link) {
			rooted, done = true, nil
		}
		rest = link + rest
	}
	return Clean(joinResolved(rooted, done)), nil
}

// firstElement splits p into its first name and the rest after it, the
// separator included: "file/" leaves "/", which a file cannot have after
// it (ENOTDIR), as a directory can.
func firstElement(p string) (name, rest string) {
	p = strings.TrimLeft(p, string(Separator))
	if i := strings.IndexByte(p, Separator); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

// joinResolved spells the names resolved so far as a path.
func joinResolved(rooted bool, names []string) string {
	p := strings.Join(names, string(Separator))
	if rooted {
		return string(Separator) + p
	}
	if p == "" {
		return "."
	}
	return p
}
