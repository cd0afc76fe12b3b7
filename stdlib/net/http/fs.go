package http

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/textproto"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// This file implements static file serving: FileServer, ServeFile and
// ServeContent, over the FileSystem interface (os directories through
// Dir, io/fs file systems such as embed.FS through FS). Conditional GET
// is supported with If-Modified-Since, and byte ranges (RFC 7233) with
// Range and If-Range: one range is answered 206 Partial Content; several
// (a multipart/byteranges reply in Go) are answered with the whole
// content, as a server may.

// A Dir implements FileSystem using the native file system restricted
// to a specific directory tree.
//
// While the FileSystem.Open method takes '/'-separated paths, a Dir's
// string value is a filename on the native file system, not a URL.
// An empty Dir is treated as ".".
type Dir string

// Open implements FileSystem using os.Open, opening files for reading
// rooted and relative to the directory d.
func (d Dir) Open(name string) (File, error) {
	dir := string(d)
	if dir == "" {
		dir = "."
	}
	fullName := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+name)))
	f, err := os.Open(fullName)
	if err != nil {
		return nil, mapOpenError(err, fullName)
	}
	return f, nil
}

// mapOpenError maps the error of opening "dir/file/more" (a file used
// as a directory, ENOTDIR) to fs.ErrNotExist, so that it reads as a
// 404 rather than a 500.
func mapOpenError(originalErr error, name string) error {
	if errors.Is(originalErr, fs.ErrNotExist) || errors.Is(originalErr, fs.ErrPermission) {
		return originalErr
	}
	parts := strings.Split(name, string(filepath.Separator))
	for i := range parts {
		if parts[i] == "" {
			continue
		}
		fi, err := os.Stat(strings.Join(parts[:i+1], string(filepath.Separator)))
		if err != nil {
			return originalErr
		}
		if !fi.IsDir() {
			return fs.ErrNotExist
		}
	}
	return originalErr
}

// A FileSystem implements access to a collection of named files. The
// elements in a file path are separated by slash ('/', U+002F)
// characters, regardless of host operating system convention.
type FileSystem interface {
	Open(name string) (File, error)
}

// A File is returned by a FileSystem's Open method and can be served by
// the FileServer implementation.
//
// The methods should behave the same as those on an *os.File.
type File interface {
	io.Closer
	io.Reader
	io.Seeker
	Readdir(count int) ([]fs.FileInfo, error)
	Stat() (fs.FileInfo, error)
}

// FS converts fsys to a FileSystem implementation, for use with
// FileServer and NewFileTransport. The files provided by fsys must
// implement io.Seeker.
func FS(fsys fs.FS) FileSystem {
	return ioFS{fsys}
}

type ioFS struct {
	fsys fs.FS
}

func (f ioFS) Open(name string) (File, error) {
	if name == "/" {
		name = "."
	} else {
		name = strings.TrimPrefix(name, "/")
	}
	file, err := f.fsys.Open(name)
	if err != nil {
		return nil, mapOpenError(err, name)
	}
	return ioFile{file}, nil
}

// ioFile adapts an fs.File to File.
type ioFile struct {
	file fs.File
}

func (f ioFile) Close() error               { return f.file.Close() }
func (f ioFile) Read(b []byte) (int, error) { return f.file.Read(b) }
func (f ioFile) Stat() (fs.FileInfo, error) { return f.file.Stat() }

var errMissingSeek = errors.New("io.File missing Seek method")
var errMissingReadDir = errors.New("io.File directory missing ReadDir method")

func (f ioFile) Seek(offset int64, whence int) (int64, error) {
	s, ok := f.file.(io.Seeker)
	if !ok {
		return 0, errMissingSeek
	}
	return s.Seek(offset, whence)
}

func (f ioFile) Readdir(count int) ([]fs.FileInfo, error) {
	d, ok := f.file.(fs.ReadDirFile)
	if !ok {
		return nil, errMissingReadDir
	}
	entries, err := d.ReadDir(count)
	var list []fs.FileInfo
	for _, e := range entries {
		info, ierr := e.Info()
		if ierr != nil {
			continue // the entry went away
		}
		list = append(list, info)
	}
	return list, err
}

// FileServer returns a handler that serves HTTP requests with the
// contents of the file system rooted at root.
//
// As a special case, the returned file server redirects any request
// ending in "/index.html" to the same path, without the final
// "index.html".
//
// To use the operating system's file system implementation, use
// http.Dir:
//
//	http.Handle("/", http.FileServer(http.Dir("/tmp")))
//
// To use an fs.FS implementation, use http.FS to convert it:
//
//	http.Handle("/", http.FileServer(http.FS(fsys)))
func FileServer(root FileSystem) Handler {
	return &fileHandler{root}
}

type fileHandler struct {
	root FileSystem
}

func (f *fileHandler) ServeHTTP(w ResponseWriter, r *Request) {
	upath := r.URL.Path
	if !strings.HasPrefix(upath, "/") {
		upath = "/" + upath
		r.URL.Path = upath
	}
	serveFile(w, r, f.root, path.Clean(upath), true)
}

// ServeFile replies to the request with the contents of the named file
// or directory. Requests whose URL path holds a ".." element are
// rejected, as are, by redirection, those ending in "/index.html".
func ServeFile(w ResponseWriter, r *Request, name string) {
	if containsDotDot(r.URL.Path) {
		Error(w, "invalid URL path", StatusBadRequest)
		return
	}
	dir, file := filepath.Split(name)
	serveFile(w, r, Dir(dir), file, false)
}

func containsDotDot(v string) bool {
	if !strings.Contains(v, "..") {
		return false
	}
	for _, ent := range strings.FieldsFunc(v, isSlashRune) {
		if ent == ".." {
			return true
		}
	}
	return false
}

func isSlashRune(r rune) bool { return r == '/' || r == '\\' }

const indexPage = "/index.html"

// serveFile serves the file or directory name of fsys. redirect says
// whether a URL must end in '/' for a directory and not for a file.
func serveFile(w ResponseWriter, r *Request, fsys FileSystem, name string, redirect bool) {
	if strings.HasSuffix(r.URL.Path, indexPage) {
		localRedirect(w, r, "./")
		return
	}
	f, err := fsys.Open(name)
	if err != nil {
		msg, code := toHTTPError(err)
		Error(w, msg, code)
		return
	}
	defer f.Close()
	d, err := f.Stat()
	if err != nil {
		msg, code := toHTTPError(err)
		Error(w, msg, code)
		return
	}
	url := r.URL.Path
	if redirect {
		if d.IsDir() && !strings.HasSuffix(url, "/") {
			localRedirect(w, r, path.Base(url)+"/")
			return
		}
		if !d.IsDir() && strings.HasSuffix(url, "/") {
			localRedirect(w, r, "../"+path.Base(url))
			return
		}
	}
	if d.IsDir() {
		if !strings.HasSuffix(url, "/") {
			localRedirect(w, r, path.Base(url)+"/")
			return
		}
		if ff, fd, ok := openIndex(fsys, name); ok {
			defer ff.Close()
			f, d = ff, fd
		}
	}
	if d.IsDir() {
		if notModified(r, d.ModTime()) {
			writeNotModified(w)
			return
		}
		setLastModified(w, d.ModTime())
		dirList(w, r, f)
		return
	}
	serveContent(w, r, d.Name(), d.ModTime(), d.Size(), f)
}

// openIndex opens the index.html of directory name, if it has one.
func openIndex(fsys FileSystem, name string) (File, fs.FileInfo, bool) {
	ff, err := fsys.Open(strings.TrimSuffix(name, "/") + indexPage)
	if err != nil {
		return nil, nil, false
	}
	fd, err := ff.Stat()
	if err != nil {
		ff.Close()
		return nil, nil, false
	}
	return ff, fd, true
}

// toHTTPError returns a non-specific HTTP error message and status code
// for a given non-nil error value: the error's own text might reveal
// the server's file system.
func toHTTPError(err error) (msg string, httpStatus int) {
	if errors.Is(err, fs.ErrNotExist) {
		return "404 page not found", StatusNotFound
	}
	if errors.Is(err, fs.ErrPermission) {
		return "403 Forbidden", StatusForbidden
	}
	return "500 Internal Server Error", StatusInternalServerError
}

// localRedirect gives a Moved Permanently response. It does not convert
// relative paths to absolute paths like Redirect does.
func localRedirect(w ResponseWriter, r *Request, newPath string) {
	if q := r.URL.RawQuery; q != "" {
		newPath += "?" + q
	}
	w.Header().Set("Location", newPath)
	w.WriteHeader(StatusMovedPermanently)
}

// dirList writes a directory's entries as an HTML list of links.
func dirList(w ResponseWriter, r *Request, f File) {
	dirs, err := f.Readdir(-1)
	if err != nil {
		Error(w, "Error reading directory", StatusInternalServerError)
		return
	}
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<pre>\n")
	for _, d := range dirs {
		name := d.Name()
		if d.IsDir() {
			name += "/"
		}
		// The name may hold '?' or '#', which a URL path escapes.
		u := url.URL{Path: name}
		fmt.Fprintf(w, "<a href=\"%s\">%s</a>\n", u.String(), htmlEscape(name))
	}
	fmt.Fprintf(w, "</pre>\n")
}

// ServeContent replies to the request using the content in the
// provided ReadSeeker. The main benefit of ServeContent over io.Copy is
// that it sets the MIME type and handles If-Modified-Since requests.
//
// If the response's Content-Type header is not set, ServeContent first
// tries to deduce the type from name's file extension and, if that
// fails, falls back to reading the first block of the content and
// passing it to DetectContentType.
//
// If modtime is not the zero time or Unix epoch, ServeContent includes
// it in a Last-Modified header in the response. If the request includes
// an If-Modified-Since header, ServeContent uses modtime to decide
// whether the content needs to be sent at all.
//
// The content's Seek method must work: ServeContent uses a seek to the
// end of the content to determine its size.
func ServeContent(w ResponseWriter, req *Request, name string, modtime time.Time, content io.ReadSeeker) {
	size, err := content.Seek(0, io.SeekEnd)
	if err == nil {
		_, err = content.Seek(0, io.SeekStart)
	}
	if err != nil {
		Error(w, "seeker can't seek", StatusInternalServerError)
		return
	}
	serveContent(w, req, name, modtime, size, content)
}

// serveContent sends size bytes of content, with its type and
// modification time, unless the client's copy is current.
func serveContent(w ResponseWriter, r *Request, name string, modtime time.Time, size int64, content io.ReadSeeker) {
	setLastModified(w, modtime)
	if notModified(r, modtime) {
		writeNotModified(w)
		return
	}
	if _, haveType := w.Header()["Content-Type"]; !haveType {
		ctype, err := contentType(name, content)
		if err != nil {
			Error(w, "seeker can't seek", StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", ctype)
	}
	code, sendSize := StatusOK, size
	ranges, err := parseRange(rangeRequested(w, r, modtime), size)
	if err != nil {
		if err == errNoOverlap {
			w.Header().Set("Content-Range", fmt.Sprintf("bytes */%d", size))
		}
		Error(w, err.Error(), StatusRequestedRangeNotSatisfiable)
		return
	}
	if len(ranges) == 1 {
		ra := ranges[0]
		if _, err := content.Seek(ra.start, io.SeekStart); err != nil {
			Error(w, err.Error(), StatusRequestedRangeNotSatisfiable)
			return
		}
		code, sendSize = StatusPartialContent, ra.length
		w.Header().Set("Content-Range", ra.contentRange(size))
	}
	w.Header().Set("Accept-Ranges", "bytes")
	if w.Header().Get("Content-Encoding") == "" {
		w.Header().Set("Content-Length", strconv.FormatInt(sendSize, 10))
	}
	w.WriteHeader(code)
	if r.Method != "HEAD" {
		io.CopyN(w, content, sendSize)
	}
}

// rangeRequested is the request's Range, or "" when its If-Range names
// another version of the content than the one served (RFC 7233 section
// 3.2): an entity tag other than the response's strong ETag, or a date
// other than modtime.
func rangeRequested(w ResponseWriter, r *Request, modtime time.Time) string {
	rangeReq := r.Header.Get("Range")
	ifRange := textproto.TrimString(r.Header.Get("If-Range"))
	if rangeReq == "" || ifRange == "" || r.Method != "GET" && r.Method != "HEAD" {
		return rangeReq
	}
	if strings.HasPrefix(ifRange, `"`) || strings.HasPrefix(ifRange, "W/") {
		if etag := textproto.TrimString(w.Header().Get("Etag")); ifRange == etag && strings.HasPrefix(etag, `"`) {
			return rangeReq
		}
		return ""
	}
	if t, err := ParseTime(ifRange); err == nil && !modtime.IsZero() && t.Unix() == modtime.Unix() {
		return rangeReq
	}
	return ""
}

// errNoOverlap is returned by parseRange when no range starts within
// the content.
var errNoOverlap = errors.New("invalid range: failed to overlap")

// httpRange is a byte range of content: start and length.
type httpRange struct {
	start, length int64
}

// contentRange is the Content-Range of r in content of size bytes:
// "bytes 0-99/1000".
func (r httpRange) contentRange(size int64) string {
	return fmt.Sprintf("bytes %d-%d/%d", r.start, r.start+r.length-1, size)
}

// parseRange parses a Range header, "bytes=0-99,200-,-50", against
// content of size bytes: ranges past the end are cut to it, those
// starting past it are dropped (errNoOverlap when none is left), a
// suffix "-n" is the last n bytes.
func parseRange(s string, size int64) ([]httpRange, error) {
	if s == "" {
		return nil, nil
	}
	const unit = "bytes="
	if !strings.HasPrefix(s, unit) {
		return nil, errors.New("invalid range")
	}
	var ranges []httpRange
	noOverlap := false
	for _, ra := range strings.Split(s[len(unit):], ",") {
		ra = textproto.TrimString(ra)
		if ra == "" {
			continue
		}
		r, err := parseOneRange(ra, size)
		if err == errNoOverlap {
			noOverlap = true
			continue
		}
		if err != nil {
			return nil, err
		}
		ranges = append(ranges, r)
	}
	if noOverlap && len(ranges) == 0 {
		return nil, errNoOverlap
	}
	return ranges, nil
}

// parseOneRange parses "first-last", "first-" or "-suffix".
func parseOneRange(ra string, size int64) (httpRange, error) {
	invalid := errors.New("invalid range")
	first, last, ok := strings.Cut(ra, "-")
	if !ok {
		return httpRange{}, invalid
	}
	first, last = textproto.TrimString(first), textproto.TrimString(last)
	if first == "" {
		// The last n bytes (RFC 7233 section 2.1), n not negative.
		if last == "" || last[0] == '-' {
			return httpRange{}, invalid
		}
		n, err := strconv.ParseInt(last, 10, 64)
		if err != nil || n < 0 {
			return httpRange{}, invalid
		}
		if n > size {
			n = size
		}
		return httpRange{size - n, n}, nil
	}
	start, err := strconv.ParseInt(first, 10, 64)
	if err != nil || start < 0 {
		return httpRange{}, invalid
	}
	if start >= size {
		return httpRange{}, errNoOverlap
	}
	if last == "" {
		return httpRange{start, size - start}, nil
	}
	end, err := strconv.ParseInt(last, 10, 64)
	if err != nil || start > end {
		return httpRange{}, invalid
	}
	if end >= size {
		end = size - 1
	}
	return httpRange{start, end - start + 1}, nil
}

// contentType is the type of name's extension or else of the first
// sniffLen bytes of content.
func contentType(name string, content io.ReadSeeker) (string, error) {
	if ctype := mime.TypeByExtension(filepath.Ext(name)); ctype != "" {
		return ctype, nil
	}
	var buf [sniffLen]byte
	n, _ := io.ReadFull(content, buf[:])
	_, err := content.Seek(0, io.SeekStart)
	return DetectContentType(buf[:n]), err
}

// notModified reports whether a GET or HEAD request's If-Modified-Since
// is not before modtime (HTTP dates have whole seconds).
func notModified(r *Request, modtime time.Time) bool {
	if r.Method != "GET" && r.Method != "HEAD" {
		return false
	}
	ims := r.Header.Get("If-Modified-Since")
	if ims == "" || isZeroTime(modtime) {
		return false
	}
	t, err := ParseTime(ims)
	if err != nil {
		return false
	}
	modtime = modtime.Truncate(time.Second)
	return !modtime.After(t)
}

// isZeroTime reports whether t is obviously unspecified (either zero or
// Unix()=0).
func isZeroTime(t time.Time) bool {
	return t.IsZero() || t.Equal(time.Unix(0, 0))
}

func setLastModified(w ResponseWriter, modtime time.Time) {
	if !isZeroTime(modtime) {
		w.Header().Set("Last-Modified", modtime.UTC().Format(TimeFormat))
	}
}

// writeNotModified answers 304, without the headers that describe a
// body (RFC 7232 section 4.1).
func writeNotModified(w ResponseWriter) {
	h := w.Header()
	delete(h, "Content-Type")
	delete(h, "Content-Length")
	delete(h, "Content-Encoding")
	if h.Get("Etag") != "" {
		delete(h, "Last-Modified")
	}
	w.WriteHeader(StatusNotModified)
}
