// This file implements the helpers that read templates from files:
// ParseFiles, ParseGlob, ParseFS, and Must.

package template

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// Must returns t, or panics with err if it is not nil: for initializing
// variables, as in
//
//	var page = template.Must(template.New("page").Parse(text))
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// ParseFiles returns a new set holding the templates of the files named,
// each named after its file's base name; the result is the first file's.
// Of two files with the same base name, the later wins. At least one file
// must be named; on an error the result is nil.
func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, readFileOS, filenames...)
}

// ParseFiles parses the files named into t's set, each as the template
// named after its base name, and returns t (nil on an error).
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	t.init()
	return parseFiles(t, readFileOS, filenames...)
}

// parseFiles parses each file as the template named by its base name, in
// t's set (a new one named after the first file if t is nil).
func parseFiles(t *Template, readFile func(string) (string, []byte, error), filenames ...string) (*Template, error) {
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		name, b, err := readFile(filename)
		if err != nil {
			return nil, err
		}
		if t == nil {
			t = New(name)
		}
		tmpl := t
		if name != t.Name() {
			tmpl = t.New(name)
		}
		if _, err := tmpl.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// ParseGlob is ParseFiles for the files that match the pattern
// (filepath.Match's syntax), at least one.
func ParseGlob(pattern string) (*Template, error) {
	return parseGlob(nil, pattern)
}

// ParseGlob parses the files that match the pattern into t's set.
func (t *Template) ParseGlob(pattern string) (*Template, error) {
	t.init()
	return parseGlob(t, pattern)
}

func parseGlob(t *Template, pattern string) (*Template, error) {
	filenames, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("template: pattern matches no files: %#q", pattern)
	}
	return parseFiles(t, readFileOS, filenames...)
}

// ParseFS is ParseGlob on a file system: each pattern (fs.Glob's syntax)
// must match at least one file of fsys.
func ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	return parseFS(nil, fsys, patterns)
}

// ParseFS parses the files of fsys that match the patterns into t's set.
func (t *Template) ParseFS(fsys fs.FS, patterns ...string) (*Template, error) {
	t.init()
	return parseFS(t, fsys, patterns)
}

func parseFS(t *Template, fsys fs.FS, patterns []string) (*Template, error) {
	var filenames []string
	for _, pattern := range patterns {
		list, err := fs.Glob(fsys, pattern)
		if err != nil {
			return nil, err
		}
		if len(list) == 0 {
			return nil, fmt.Errorf("template: pattern matches no files: %#q", pattern)
		}
		filenames = append(filenames, list...)
	}
	return parseFiles(t, func(file string) (string, []byte, error) {
		b, err := fs.ReadFile(fsys, file)
		return path.Base(file), b, err
	}, filenames...)
}

func readFileOS(file string) (string, []byte, error) {
	b, err := os.ReadFile(file)
	return filepath.Base(file), b, err
}
