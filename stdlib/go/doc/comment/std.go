package comment

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// stdPkgs lists, sorted, the standard packages whose import path is a
// single element (the output of "go list std" without the paths that
// hold a slash). A doc link may name them alone, as in [math].
var stdPkgs = []string{
	"bufio",
	"bytes",
	"context",
	"crypto",
	"embed",
	"encoding",
	"errors",
	"expvar",
	"flag",
	"fmt",
	"hash",
	"html",
	"image",
	"io",
	"log",
	"math",
	"mime",
	"net",
	"os",
	"path",
	"plugin",
	"reflect",
	"regexp",
	"runtime",
	"sort",
	"strconv",
	"strings",
	"sync",
	"syscall",
	"testing",
	"time",
	"unicode",
	"unsafe",
}

// isStdPkg reports whether path is in stdPkgs.
func isStdPkg(path string) bool {
	i := sort.SearchStrings(stdPkgs, path)
	return i < len(stdPkgs) && stdPkgs[i] == path
}

// DefaultLookupPackage is what the parser calls when
// [Parser].LookupPackage is nil. It knows the standard packages whose
// import path is a single element, such as math, which could not be
// named otherwise. (Package go/doc does better, from the imports of the
// package being documented.)
func DefaultLookupPackage(name string) (importPath string, ok bool) {
	if isStdPkg(name) {
		return name, true
	}
	return "", false
}

// lookupPkg resolves the pkg of a doc link ([pkg], [pkg.Name] or
// [pkg.Recv.Name]) to an import path.
//
// A pkg with a slash is taken to be a whole import path. Any other is
// most likely a package name, such as "rand", which only
// d.LookupPackage can resolve, from the imports of the documented
// package. But a name is also the import path of a single-element
// standard package, such as "math": it is DefaultLookupPackage's, once
// d.LookupPackage has had its chance to find another package imported
// under that name.
func (d *parseDoc) lookupPkg(pkg string) (importPath string, ok bool) {
	if strings.Contains(pkg, "/") {
		return pkg, validImportPath(pkg)
	}
	if d.LookupPackage != nil {
		if path, ok := d.LookupPackage(pkg); ok {
			return path, true
		}
	}
	return DefaultLookupPackage(pkg)
}

// validImportPath says whether path may be an import path: non-empty
// elements separated by single slashes, not starting with '-', each made
// of letters, digits and "-._~+" and neither starting nor ending with a dot.
// (These are the rules of golang.org/x/mod/module.CheckImportPath.)
func validImportPath(path string) bool {
	if path == "" || !utf8.ValidString(path) || path[0] == '-' {
		return false
	}
	for _, elem := range strings.Split(path, "/") {
		if !validImportPathElem(elem) {
			return false
		}
	}
	return true
}

// validImportPathElem checks one slash-separated element of an import
// path; see validImportPath.
func validImportPathElem(elem string) bool {
	if elem == "" || elem[0] == '.' || elem[len(elem)-1] == '.' {
		return false
	}
	for i := 0; i < len(elem); i++ {
		if !isAlnum(elem[i]) && strings.IndexByte("-._~+", elem[i]) < 0 {
			return false
		}
	}
	return true
}
