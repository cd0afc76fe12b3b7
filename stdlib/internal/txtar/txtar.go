// Package txtar reads and writes txtar archives: several text files kept
// in one, as Go's tests keep their inputs and expected outputs side by
// side. An archive is a comment followed by files, each opened by a
// marker line of its own:
//
//	comment text
//	-- hello.go --
//	package main
//	-- hello.out --
//	hello
//
// A marker line is "-- ", the file's name, then " --". Every file's data
// (and the comment) is read as ending in a newline, and written so.
package txtar

import (
	"bytes"
	"os"
	"strings"
)

// An Archive is a comment and a list of files.
type Archive struct {
	Comment []byte
	Files   []File
}

// A File is one file of an archive: its name (a slash-separated path)
// and its text.
type File struct {
	Name string
	Data []byte
}

// Format returns the text of a: each file's data is written after its
// marker line, ending in a newline.
func Format(a *Archive) []byte {
	var buf bytes.Buffer
	buf.Write(endLine(a.Comment))
	for _, f := range a.Files {
		buf.WriteString("-- " + f.Name + " --\n")
		buf.Write(endLine(f.Data))
	}
	return buf.Bytes()
}

// ParseFile reads the named file and parses it as an archive.
func ParseFile(file string) (*Archive, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return Parse(data), nil
}

// Parse reads an archive from its text. Parsing cannot fail: text before
// the first marker line is the comment, and text after a marker line,
// up to the next, is that file's data.
func Parse(data []byte) *Archive {
	a := new(Archive)
	current := &a.Comment
	start := 0 // where the data of the current part begins
	for i := 0; i < len(data); {
		end := bytes.IndexByte(data[i:], '\n') + i + 1
		if end == i { // the last line has no newline
			end = len(data)
		}
		if name, ok := markerName(data[i:end]); ok {
			*current = endLine(data[start:i])
			a.Files = append(a.Files, File{Name: name})
			current = &a.Files[len(a.Files)-1].Data
			start = end
		}
		i = end
	}
	*current = endLine(data[start:])
	return a
}

// markerName reports whether line (with its newline, if any) is a marker
// line, and the file name it holds.
func markerName(line []byte) (string, bool) {
	s := strings.TrimSuffix(string(line), "\n")
	if len(s) < len("-- ")+len(" --") || !strings.HasPrefix(s, "-- ") || !strings.HasSuffix(s, " --") {
		return "", false
	}
	name := strings.TrimSpace(s[len("-- ") : len(s)-len(" --")])
	return name, name != ""
}

// endLine returns data ending in a newline: data itself if it is empty or
// already ends in one, else a copy with one added.
func endLine(data []byte) []byte {
	if len(data) == 0 || data[len(data)-1] == '\n' {
		return data
	}
	return append(data[:len(data):len(data)], '\n')
}
