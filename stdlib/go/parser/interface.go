package parser

// This file holds the package's entry points: the Mode flags and the
// Parse* functions, which read the source, run the parser and turn its
// bailout panics and collected errors into an error result.

import (
	"bytes"
	"errors"
	"go/ast"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A Mode is a set of flags, or 0, saying how much of the source to parse
// and which of the parser's optional features to use.
type Mode uint

const (
	PackageClauseOnly    Mode             = 1 << iota // parse the package clause only
	ImportsOnly                                       // parse up to the last import declaration
	ParseComments                                     // keep the comments in the tree
	Trace                                             // print the productions as they are parsed
	DeclarationErrors                                 // also report redeclarations and undefined labels
	SpuriousErrors                                    // the older name of AllErrors
	SkipObjectResolution                              // leave identifiers unresolved (see ParseFile)
	AllErrors            = SpuriousErrors             // report every error, not only the first per line up to 10
)

// readSource returns the source to parse: src when it is a string,
// []byte, *bytes.Buffer or io.Reader, the file filename when src is nil.
func readSource(filename string, src any) ([]byte, error) {
	if src == nil {
		return os.ReadFile(filename)
	}
	switch s := src.(type) {
	case string:
		return []byte(s), nil
	case []byte:
		return s, nil
	case *bytes.Buffer:
		// its bytes are at hand: no need to read it as an io.Reader
		if s != nil {
			return s.Bytes(), nil
		}
	case io.Reader:
		return io.ReadAll(s)
	}
	return nil, errors.New("invalid source")
}

// ParseFile parses one Go source file and returns its tree. The source is
// src when it is not nil (a string, a []byte or an io.Reader), filename
// then serving only in positions; when src is nil, ParseFile reads the
// file filename. Positions are recorded in fset, which must not be nil.
//
// mode selects how much to parse and the optional features. With
// SkipObjectResolution, File.Scope, File.Unresolved and every Ident.Obj
// are left nil.
//
// When the source cannot be read, the result is nil with the read error.
// When it has syntax errors, the result is the part of the tree that
// could be built, ast.Bad* nodes standing for the broken fragments, and
// the error is a scanner.ErrorList of all the errors found, sorted by
// position.
func ParseFile(fset *token.FileSet, filename string, src any, mode Mode) (f *ast.File, err error) {
	if fset == nil {
		panic("parser.ParseFile: no token.FileSet provided (fset == nil)")
	}
	text, err := readSource(filename, src)
	if err != nil {
		return nil, err
	}

	err = parse(fset, filename, text, mode, func(p *parser) { f = p.parseFile() })
	if f == nil {
		// not Go source: still return a File, empty but valid
		f = &ast.File{Name: new(ast.Ident), Scope: ast.NewScope(nil)}
	}
	return f, err
}

// parse runs production over text and returns the errors found, sorted
// by position. A bailout (too many errors, or nesting too deep) ends the
// parse early, the errors kept.
func parse(fset *token.FileSet, filename string, text []byte, mode Mode, production func(*parser)) (err error) {
	var p parser
	defer func() {
		p.recoverBailout(recover())
		p.errors.Sort()
		err = p.errors.Err()
	}()
	p.init(fset, filename, text, mode)
	production(&p)
	return
}

// recoverBailout ends a parse stopped by a bailout panic, recording the
// resolver's message if it has one; any other panic goes on.
func (p *parser) recoverBailout(e any) {
	if e == nil {
		return
	}
	bail, ok := e.(bailout)
	if !ok {
		panic(e)
	}
	if bail.msg != "" {
		p.errors.Add(p.file.Position(bail.pos), bail.msg)
	}
}

// ParseDir parses, with ParseFile and mode, every file of directory path
// whose name ends in ".go" and whose fs.FileInfo passes filter (when
// filter is not nil), and returns the packages found, by package name.
// Positions are recorded in fset, which must not be nil.
//
// When the directory cannot be read, the result is a nil map and the
// error. When a file has errors, the map lacks that file and the first
// such error is returned with it.
func ParseDir(fset *token.FileSet, path string, filter func(fs.FileInfo) bool, mode Mode) (pkgs map[string]*ast.Package, first error) {
	list, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	pkgs = make(map[string]*ast.Package)
	for _, d := range list {
		if d.IsDir() || !strings.HasSuffix(d.Name(), ".go") {
			continue
		}
		if filter != nil {
			info, err := d.Info()
			if err != nil {
				return nil, err
			}
			if !filter(info) {
				continue
			}
		}
		filename := filepath.Join(path, d.Name())
		src, err := ParseFile(fset, filename, nil, mode)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		name := src.Name.Name
		pkg, found := pkgs[name]
		if !found {
			pkg = &ast.Package{Name: name, Files: make(map[string]*ast.File)}
			pkgs[name] = pkg
		}
		pkg.Files[filename] = src
	}
	return pkgs, first
}

// ParseExprFrom parses a Go expression, a value or a type, taking fset,
// filename, src and mode as ParseFile does; fset must not be nil.
//
// When the source cannot be read, the result is nil with the read error.
// When it has syntax errors, the result is the part of the tree that
// could be built, ast.Bad* nodes standing for the broken fragments, and
// the error is a scanner.ErrorList sorted by position.
func ParseExprFrom(fset *token.FileSet, filename string, src any, mode Mode) (expr ast.Expr, err error) {
	if fset == nil {
		panic("parser.ParseExprFrom: no token.FileSet provided (fset == nil)")
	}
	text, err := readSource(filename, src)
	if err != nil {
		return nil, err
	}

	err = parse(fset, filename, text, mode, func(p *parser) {
		expr = p.parseRhsOrType()
		// the newline after the expression ends it; anything else is an error
		if p.tok == token.SEMICOLON && p.lit == "\n" {
			p.next()
		}
		p.expect(token.EOF)
	})
	return expr, err
}

// ParseExpr parses the expression x with ParseExprFrom, in a file set of
// its own (so its positions say little) and no file name. Its results
// are those of ParseExprFrom.
func ParseExpr(x string) (ast.Expr, error) {
	return ParseExprFrom(token.NewFileSet(), "", []byte(x), 0)
}
