package ast

import (
	"fmt"
	"go/scanner"
	"go/token"
	"strconv"
)

// An Importer finds the package an import path names, for NewPackage.
// imports holds the packages found so far, keyed by package id (the
// path made canonical). An Importer computes the id for path and returns
// the package already in imports if there is one; otherwise it loads the
// package into a new Object of kind Pkg, adds it to imports and returns
// it.
type Importer func(imports map[string]*Object, path string) (pkg *Object, err error)

// NewPackage makes a Package of files, resolving the names each file
// left unresolved against the declarations of the other files, and
// shortening each file's Unresolved list to match. When importer and
// universe are not nil, the names still unresolved are looked up in the
// imported packages and in universe too; those left after that are
// errors ("undeclared name"). Files of another package than the one
// chosen are reported and left out. Any errors come back as a
// scanner.ErrorList, beside the package.
//
// The parser has resolved what each file declares; what it could not
// resolve is in the file's Unresolved list. NewPackage gathers the
// files' top-level objects into one package scope, builds each file's
// scope of imports inside it, and looks up each unresolved name there,
// then in the package scope, then in the universe.
func NewPackage(fset *token.FileSet, files map[string]*File, importer Importer, universe *Scope) (*Package, error) {
	r := resolver{fset: fset}
	pkg := &Package{Scope: NewScope(universe), Imports: make(map[string]*Object), Files: files}
	for _, file := range files {
		switch {
		case pkg.Name == "":
			pkg.Name = file.Name.Name
		case file.Name.Name != pkg.Name:
			r.errorf(file.Package, "package %s; expected %s", file.Name.Name, pkg.Name)
			continue
		}
		for _, obj := range file.Scope.Objects {
			r.declare(pkg.Scope, nil, obj)
		}
	}
	for _, file := range files {
		if file.Name.Name == pkg.Name {
			r.resolveFile(pkg, file, importer, universe)
		}
	}
	r.errors.Sort()
	return pkg, r.errors.Err()
}

// A resolver gathers the errors NewPackage finds.
type resolver struct {
	fset   *token.FileSet
	errors scanner.ErrorList
}

func (r *resolver) errorf(pos token.Pos, format string, args ...any) {
	r.errors.Add(r.fset.Position(pos), fmt.Sprintf(format, args...))
}

// declare inserts obj in scope, and reports it redeclared if scope, or
// outer (when not nil), has an object of that name already.
func (r *resolver) declare(scope, outer *Scope, obj *Object) {
	alt := scope.Insert(obj)
	if alt == nil && outer != nil {
		alt = outer.Lookup(obj.Name)
	}
	if alt == nil {
		return
	}
	previous := ""
	if pos := alt.Pos(); pos.IsValid() {
		previous = fmt.Sprintf("\n\tprevious declaration at %s", r.fset.Position(pos))
	}
	r.errorf(obj.Pos(), "%s redeclared in this block%s", obj.Name, previous)
}

// resolveFile builds the scope of a file's imports and resolves the
// file's unresolved names in it; the names left are reported undeclared
// and stay in file.Unresolved.
func (r *resolver) resolveFile(pkg *Package, file *File, importer Importer, universe *Scope) {
	fileScope := NewScope(pkg.Scope)
	if !r.importAll(pkg, file, fileScope, importer) {
		// With an import missing, a name it declares would be taken for
		// the universe's of that name: leave the universe out.
		pkg.Scope.Outer = nil
		defer func() { pkg.Scope.Outer = universe }()
	}
	file.Unresolved = keepIdents(file.Unresolved, func(id *Ident) bool {
		if resolve(fileScope, id) {
			return false
		}
		r.errorf(id.Pos(), "undeclared name: %s", id.Name)
		return true
	})
}

// importAll declares a file's imports in its scope and reports whether
// they all were imported. With no importer, none is.
func (r *resolver) importAll(pkg *Package, file *File, fileScope *Scope, importer Importer) bool {
	ok := true
	for _, spec := range file.Imports {
		if importer == nil {
			ok = false
			continue
		}
		path, _ := strconv.Unquote(spec.Path.Value)
		imported, err := importer(pkg.Imports, path)
		if err != nil {
			r.errorf(spec.Path.Pos(), "could not import %s (%s)", path, err)
			ok = false
			continue
		}
		name := imported.Name
		if spec.Name != nil {
			name = spec.Name.Name
		}
		switch name {
		case ".":
			// A dot import declares the package's names in the file.
			for _, obj := range imported.Data.(*Scope).Objects {
				r.declare(fileScope, pkg.Scope, obj)
			}
		case "_":
		default:
			// Each file has an object of its own for the package, as
			// its Decl is the file's import spec.
			obj := NewObj(Pkg, name)
			obj.Decl = spec
			obj.Data = imported.Data
			r.declare(fileScope, pkg.Scope, obj)
		}
	}
	return ok
}

// resolve finds the object a name denotes, in scope or the scopes around
// it, and sets ident.Obj to it; it reports whether there was one.
func resolve(scope *Scope, ident *Ident) bool {
	for ; scope != nil; scope = scope.Outer {
		if obj := scope.Lookup(ident.Name); obj != nil {
			ident.Obj = obj
			return true
		}
	}
	return false
}
