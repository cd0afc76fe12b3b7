package multipart

import (
	"bytes"
	"errors"
	"internal/godebug"
	"io"
	"math"
	"net/textproto"
	"os"
	"strconv"
)

// ErrMessageTooLarge is returned by ReadForm if the message form
// data is too large to be processed.
var ErrMessageTooLarge = errors.New("multipart: message too large")

// The memory ReadForm counts for a form's map entry and for a
// FileHeader, beyond the bytes of their strings.
const (
	mapEntryOverhead = 200
	fileHeaderSize   = 100
)

// ReadForm parses an entire multipart message whose parts have
// a Content-Disposition of "form-data".
// It stores up to maxMemory bytes + 10MB (reserved for non-file parts)
// in memory. File parts which can't be stored in memory will be stored on
// disk in temporary files.
// It returns ErrMessageTooLarge if all non-file parts can't be stored in
// memory.
func (r *Reader) ReadForm(maxMemory int64) (*Form, error) {
	fr := &formReader{
		r:            r,
		form:         &Form{Value: make(map[string][]string), File: make(map[string][]*FileHeader)},
		fileMemory:   maxMemory,
		memory:       maxMemory + 10<<20,
		maxParts:     1000,
		maxHeaders:   maxMIMEHeaders(),
		combineFiles: godebug.Get("multipartfiles") != "distinct",
	}
	if v, err := strconv.Atoi(godebug.Get("multipartmaxparts")); err == nil && v >= 0 {
		fr.maxParts = v
	}
	if fr.memory <= 0 { // a negative maxMemory, or one that overflowed
		fr.memory = 0
		if maxMemory >= 0 {
			fr.memory = math.MaxInt64
		}
	}
	err := fr.readParts()
	tmpfile := ""
	if fr.file != nil {
		tmpfile = fr.file.Name() // perhaps in no FileHeader yet
	}
	if cerr := fr.closeFile(); err == nil {
		err = cerr
	}
	if err != nil {
		fr.form.RemoveAll()
		if tmpfile != "" {
			os.Remove(tmpfile)
		}
		return nil, err
	}
	return fr.form, nil
}

// A formReader is the state of one ReadForm. The form's files that do
// not fit in memory share one temporary file, one after the other
// (GODEBUG=multipartfiles=distinct gives each its own).
type formReader struct {
	r    *Reader
	form *Form

	fileMemory int64 // file content still allowed in memory
	memory     int64 // everything still allowed in memory, file content included
	maxParts   int   // parts still allowed
	maxHeaders int64 // header lines of files still allowed

	combineFiles bool
	file         *os.File // the temporary file being written, if any
	fileOff      int64    // where the next file part goes in it
	diskFiles    int      // file parts written to disk
	copyBuf      []byte
}

// readParts reads the parts up to the end into the form.
func (fr *formReader) readParts() error {
	for {
		p, err := fr.r.nextPart(false, fr.memory, fr.maxHeaders)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if fr.maxParts <= 0 {
			return ErrMessageTooLarge
		}
		fr.maxParts--
		if err := fr.readPart(p); err != nil {
			return err
		}
	}
}

// readPart adds a form-data part to the form: a value, or a file.
func (fr *formReader) readPart(p *Part) error {
	name := p.FormName()
	if name == "" {
		return nil
	}
	// A value of a key already there costs as a new one: simpler.
	fr.memory -= int64(len(name)) + mapEntryOverhead
	if fr.memory < 0 {
		return ErrMessageTooLarge
	}
	if p.FileName() == "" {
		return fr.readValue(name, p)
	}
	return fr.readFile(name, p)
}

// readValue adds a value, which must fit in memory.
func (fr *formReader) readValue(name string, p *Part) error {
	var b bytes.Buffer
	n, err := io.CopyN(&b, p, fr.memory+1)
	if err != nil && err != io.EOF {
		return err
	}
	fr.memory -= n
	if fr.memory < 0 {
		return ErrMessageTooLarge
	}
	fr.form.Value[name] = append(fr.form.Value[name], b.String())
	return nil
}

// readFile adds a file: in memory if it fits in what remains of
// maxMemory, else on disk.
func (fr *formReader) readFile(name string, p *Part) error {
	fr.memory -= mimeHeaderSize(p.Header) + mapEntryOverhead + fileHeaderSize
	if fr.memory < 0 {
		return ErrMessageTooLarge
	}
	for _, v := range p.Header {
		fr.maxHeaders -= int64(len(v))
	}
	fh := &FileHeader{Filename: p.FileName(), Header: p.Header}
	var b bytes.Buffer
	n, err := io.CopyN(&b, p, fr.fileMemory+1)
	if err != nil && err != io.EOF {
		return err
	}
	if n > fr.fileMemory {
		if err := fr.writeToDisk(fh, b.Bytes(), p); err != nil {
			return err
		}
	} else {
		fh.content = b.Bytes()
		fh.Size = int64(len(fh.content))
		fr.fileMemory -= n
		fr.memory -= n
	}
	fr.form.File[name] = append(fr.form.File[name], fh)
	return nil
}

// writeToDisk writes a file's first bytes, head, and the rest of its part
// to the temporary file.
func (fr *formReader) writeToDisk(fh *FileHeader, head []byte, p *Part) error {
	if fr.file == nil {
		f, err := os.CreateTemp(fr.r.tempDir, "multipart-")
		if err != nil {
			return err
		}
		fr.file = f
	}
	fr.diskFiles++
	if _, err := fr.file.Write(head); err != nil {
		return err
	}
	if fr.copyBuf == nil {
		fr.copyBuf = make([]byte, 32*1024)
	}
	// Hide the file's ReadFrom, which would allocate a buffer per file.
	type writerOnly struct{ io.Writer }
	rest, err := io.CopyBuffer(writerOnly{fr.file}, p, fr.copyBuf)
	if err != nil {
		return err
	}
	fh.tmpfile = fr.file.Name()
	fh.Size = int64(len(head)) + rest
	fh.tmpoff = fr.fileOff
	fr.fileOff += fh.Size
	if !fr.combineFiles {
		return fr.closeFile()
	}
	return nil
}

// closeFile closes the temporary file being written, if any. When files
// share it, their FileHeaders are marked so: each opens its own section.
func (fr *formReader) closeFile() error {
	if fr.combineFiles && fr.diskFiles > 1 {
		for _, fhs := range fr.form.File {
			for _, fh := range fhs {
				fh.tmpshared = true
			}
		}
	}
	if fr.file == nil {
		return nil
	}
	err := fr.file.Close()
	fr.file = nil
	return err
}

// mimeHeaderSize is the memory ReadForm counts for a header.
func mimeHeaderSize(h textproto.MIMEHeader) (size int64) {
	size = 400
	for k, vs := range h {
		size += int64(len(k)) + mapEntryOverhead
		for _, v := range vs {
			size += int64(len(v))
		}
	}
	return size
}

// Form is a parsed multipart form.
// Its File parts are stored either in memory or on disk,
// and are accessible via the *FileHeader's Open method.
// Its Value parts are stored as strings.
// Both are keyed by field name.
type Form struct {
	Value map[string][]string
	File  map[string][]*FileHeader
}

// RemoveAll removes any temporary files associated with a Form.
func (f *Form) RemoveAll() error {
	var err error
	for _, fhs := range f.File {
		for _, fh := range fhs {
			if fh.tmpfile == "" {
				continue
			}
			if e := os.Remove(fh.tmpfile); e != nil && !errors.Is(e, os.ErrNotExist) && err == nil {
				err = e
			}
		}
	}
	return err
}

// A FileHeader describes a file part of a multipart request.
type FileHeader struct {
	Filename string
	Header   textproto.MIMEHeader
	Size     int64

	content   []byte // the file, when in memory
	tmpfile   string // else the temporary file holding it,
	tmpoff    int64  // from this offset
	tmpshared bool   // which other files share
}

// Open opens and returns the FileHeader's associated File.
func (fh *FileHeader) Open() (File, error) {
	if b := fh.content; b != nil {
		r := io.NewSectionReader(bytes.NewReader(b), 0, int64(len(b)))
		return sectionReadCloser{r, nil}, nil
	}
	if fh.tmpshared {
		f, err := os.Open(fh.tmpfile)
		if err != nil {
			return nil, err
		}
		return sectionReadCloser{io.NewSectionReader(f, fh.tmpoff, fh.Size), f}, nil
	}
	return os.Open(fh.tmpfile)
}

// File is an interface to access the file part of a multipart message.
// Its contents may be either stored in memory or on disk.
// If stored on disk, the File's underlying concrete type will be an *os.File.
type File interface {
	io.Reader
	io.ReaderAt
	io.Seeker
	io.Closer
}

// sectionReadCloser is a File over a section of bytes in memory (no
// Closer) or of a temporary file shared by several files.
type sectionReadCloser struct {
	*io.SectionReader
	io.Closer
}

func (rc sectionReadCloser) Close() error {
	if rc.Closer != nil {
		return rc.Closer.Close()
	}
	return nil
}
