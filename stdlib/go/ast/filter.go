package ast

import (
	"go/token"
	"sort"
)

// A Filter tells which names to keep: those it returns true for.
type Filter func(string) bool

// FileExports cuts the tree of src down, in place, to what the file
// exports: the imports go, and so does every top-level declaration of an
// unexported name, with its type, value or body, and every unexported
// field and method of the exported types. src.Comments stays as it was.
//
// It reports whether anything exported is left.
func FileExports(src *File) bool {
	return filterFile(src, IsExported, true)
}

// PackageExports does what FileExports does to every file of pkg. Files
// stay in pkg.Files even when nothing is left of them, so that their
// names and package comments are kept.
//
// It reports whether anything exported is left.
func PackageExports(pkg *Package) bool {
	return filterPackage(pkg, IsExported, true)
}

// FilterFile cuts the tree of src down, in place, to the names f keeps:
// a name f rejects is removed from the top-level declarations, and from
// the fields of struct types and methods of interfaces in them, but not
// from parameter lists. A declaration left with no name is removed, and
// so is every import declaration. src.Comments stays as it was.
//
// It reports whether any top-level declaration is left.
func FilterFile(src *File, f Filter) bool {
	return filterFile(src, f, false)
}

// FilterPackage does what FilterFile does to every file of pkg. Files
// stay in pkg.Files even when nothing is left of them, so that their
// names and package comments are kept.
//
// It reports whether any top-level declaration is left.
func FilterPackage(pkg *Package, f Filter) bool {
	return filterPackage(pkg, f, false)
}

// FilterDecl removes from decl, in place, the names f rejects, as
// FilterFile does for one declaration.
//
// It reports whether any declared name is left.
func FilterDecl(decl Decl, f Filter) bool {
	return filterDecl(decl, f, false)
}

// The filtering below serves both the general filters and the export
// filters (export true). The two differ in two ways. The export filters
// also trim the types of what they keep (an exported struct loses its
// unexported fields). The general filters keep a type whose name does
// not pass if its type keeps something that does (a struct with a field
// the filter wants).

func filterPackage(pkg *Package, f Filter, export bool) bool {
	kept := false
	for _, src := range pkg.Files {
		if filterFile(src, f, export) {
			kept = true
		}
	}
	return kept
}

func filterFile(src *File, f Filter, export bool) bool {
	src.Decls = keepDecls(src.Decls, func(d Decl) bool { return filterDecl(d, f, export) })
	return len(src.Decls) > 0
}

func filterDecl(decl Decl, f Filter, export bool) bool {
	switch d := decl.(type) {
	case *GenDecl:
		d.Specs = keepSpecs(d.Specs, func(s Spec) bool { return filterSpec(s, f, export) })
		return len(d.Specs) > 0
	case *FuncDecl:
		return f(d.Name.Name)
	}
	return false
}

// filterSpec filters the names of a const, var or type spec and reports
// whether the spec is kept. An import spec never is.
func filterSpec(spec Spec, f Filter, export bool) bool {
	switch s := spec.(type) {
	case *ValueSpec:
		s.Names = keepIdents(s.Names, func(id *Ident) bool { return f(id.Name) })
		s.Values = filterExprList(s.Values, f, export)
		if len(s.Names) == 0 {
			return false
		}
		if export {
			filterType(s.Type, f, export)
		}
		return true
	case *TypeSpec:
		if !f(s.Name.Name) {
			return !export && filterType(s.Type, f, export)
		}
		if export {
			filterType(s.Type, f, export)
		}
		return true
	}
	return false
}

// filterExprList drops from a list of values the keyed elements whose
// key is a name the filter rejects (a field in a struct literal), in the
// composite literals of the list too.
func filterExprList(list []Expr, f Filter, export bool) []Expr {
	return keepExprs(list, func(x Expr) bool {
		switch x := x.(type) {
		case *CompositeLit:
			filterCompositeLit(x, f, export)
		case *KeyValueExpr:
			if key, ok := x.Key.(*Ident); ok && !f(key.Name) {
				return false
			}
			if value, ok := x.Value.(*CompositeLit); ok {
				filterCompositeLit(value, f, export)
			}
		}
		return true
	})
}

// filterCompositeLit filters a literal's elements, and marks it
// Incomplete if some were dropped.
func filterCompositeLit(lit *CompositeLit, f Filter, export bool) {
	n := len(lit.Elts)
	lit.Elts = filterExprList(lit.Elts, f, export)
	if len(lit.Elts) < n {
		lit.Incomplete = true
	}
}

// filterType filters the fields and methods of the struct and interface
// types in typ and reports whether typ still has a name the filter wants:
// a type name, field or method.
func filterType(typ Expr, f Filter, export bool) bool {
	switch t := typ.(type) {
	case *Ident:
		return f(t.Name)
	case *ParenExpr:
		return filterType(t.X, f, export)
	case *ArrayType:
		return filterType(t.Elt, f, export)
	case *StructType:
		if filterFieldList(t.Fields, f, export) {
			t.Incomplete = true
		}
		return len(t.Fields.List) > 0
	case *FuncType:
		inParams := filterParamList(t.Params, f, export)
		inResults := filterParamList(t.Results, f, export)
		return inParams || inResults
	case *InterfaceType:
		if filterFieldList(t.Methods, f, export) {
			t.Incomplete = true
		}
		return len(t.Methods.List) > 0
	case *MapType:
		inKey := filterType(t.Key, f, export)
		inValue := filterType(t.Value, f, export)
		return inKey || inValue
	case *ChanType:
		return filterType(t.Value, f, export)
	}
	return false
}

// filterParamList filters the types of parameters (never their names)
// and reports whether one of them still has a name the filter wants.
func filterParamList(fields *FieldList, f Filter, export bool) bool {
	if fields == nil {
		return false
	}
	kept := false
	for _, field := range fields.List {
		if filterType(field.Type, f, export) {
			kept = true
		}
	}
	return kept
}

// filterFieldList drops the struct fields or interface methods the
// filter rejects and reports whether it dropped any. An embedded field
// is named by its type's name.
func filterFieldList(fields *FieldList, f Filter, export bool) (removed bool) {
	if fields == nil {
		return false
	}
	fields.List = keepFields(fields.List, func(field *Field) bool {
		if len(field.Names) == 0 {
			name := embeddedName(field.Type)
			if name == nil || !f(name.Name) {
				removed = true
				return false
			}
		} else {
			n := len(field.Names)
			field.Names = keepIdents(field.Names, func(id *Ident) bool { return f(id.Name) })
			if len(field.Names) < n {
				removed = true
			}
			if len(field.Names) == 0 {
				return false
			}
		}
		if export {
			filterType(field.Type, f, export)
		}
		return true
	})
	return removed
}

// embeddedName returns the name an embedded field's type gives it: T for
// T, *T, p.T and *p.T; nil for a type that cannot be embedded.
func embeddedName(typ Expr) *Ident {
	switch t := typ.(type) {
	case *Ident:
		return t
	case *SelectorExpr:
		if _, ok := t.X.(*Ident); ok {
			return t.Sel
		}
	case *StarExpr:
		return embeddedName(t.X)
	}
	return nil
}

// The keepXs functions keep, in place and in order, the elements of a
// list that keep returns true for, and return the shortened list: one
// per kind of list the filters shorten (without type parameters, so that
// a package importing go/ast need not check its source again: see
// tests/types/test_generic_sources.py).

func keepDecls(list []Decl, keep func(Decl) bool) []Decl {
	n := 0
	for _, x := range list {
		if keep(x) {
			list[n] = x
			n++
		}
	}
	return list[:n]
}

func keepSpecs(list []Spec, keep func(Spec) bool) []Spec {
	n := 0
	for _, x := range list {
		if keep(x) {
			list[n] = x
			n++
		}
	}
	return list[:n]
}

func keepIdents(list []*Ident, keep func(*Ident) bool) []*Ident {
	n := 0
	for _, x := range list {
		if keep(x) {
			list[n] = x
			n++
		}
	}
	return list[:n]
}

func keepExprs(list []Expr, keep func(Expr) bool) []Expr {
	n := 0
	for _, x := range list {
		if keep(x) {
			list[n] = x
			n++
		}
	}
	return list[:n]
}

func keepFields(list []*Field, keep func(*Field) bool) []*Field {
	n := 0
	for _, x := range list {
		if keep(x) {
			list[n] = x
			n++
		}
	}
	return list[:n]
}

// A MergeMode is a set of flags for MergePackageFiles.
type MergeMode uint

const (
	// FilterFuncDuplicates keeps only the first of several functions
	// (or methods) of the same name.
	FilterFuncDuplicates MergeMode = 1 << iota
	// FilterUnassociatedComments leaves out the comments that are no
	// node's Doc or Comment.
	FilterUnassociatedComments
	// FilterImportDuplicates keeps only the first import of each path.
	FilterImportDuplicates
)

// MergePackageFiles joins the files of pkg into one File, the flags of
// mode saying what duplicates and comments to leave out.
//
// The files are taken in the order of their names. The merged file's
// documentation is the package comments of all the files, separated by
// an empty // comment; its package clause is the last of theirs; its
// declarations, imports and comments are all of theirs, in order.
func MergePackageFiles(pkg *Package, mode MergeMode) *File {
	files := sortedFiles(pkg)
	merged := &File{Name: NewIdent(pkg.Name), Scope: pkg.Scope}
	merged.Doc, merged.Package = mergeDocs(files)
	merged.Decls = mergeDecls(files, mode&FilterFuncDuplicates != 0)
	merged.Imports = mergeImports(files, mode&FilterImportDuplicates != 0)
	if mode&FilterUnassociatedComments == 0 {
		merged.Comments = []*CommentGroup{}
		for _, f := range files {
			merged.Comments = append(merged.Comments, f.Comments...)
		}
	}
	return merged
}

// sortedFiles returns a package's files in the order of their names, so
// that merging gives the same file every time.
func sortedFiles(pkg *Package) []*File {
	names := make([]string, 0, len(pkg.Files))
	for name := range pkg.Files {
		names = append(names, name)
	}
	sort.Strings(names)
	files := make([]*File, len(names))
	for i, name := range names {
		files[i] = pkg.Files[name]
	}
	return files
}

// separator is the empty // comment put between the package comments of
// two files.
var separator = &Comment{token.NoPos, "//"}

// mergeDocs returns the package comments of the files as one group, and
// the position of the last package clause with such a comment. There
// should be one package comment only, but those of other files are
// better kept than lost.
func mergeDocs(files []*File) (*CommentGroup, token.Pos) {
	var list []*Comment
	var pos token.Pos
	for _, f := range files {
		if f.Doc == nil {
			continue
		}
		if list != nil {
			list = append(list, separator)
		}
		list = append(list, f.Doc.List...)
		if f.Package > pos {
			pos = f.Package
		}
	}
	if list == nil {
		return nil, token.NoPos
	}
	return &CommentGroup{list}, pos
}

// mergeDecls returns the declarations of the files, in order. With
// noDups, a function (or method) declared again is declared once: the
// new declaration replaces the first one if that has no documentation
// (and was not replaced already), and is dropped otherwise.
func mergeDecls(files []*File, noDups bool) []Decl {
	var decls []Decl
	seen := make(map[string]int) // function name -> index in decls
	dropped := false
	for _, f := range files {
		for _, d := range f.Decls {
			if fn, ok := d.(*FuncDecl); ok && noDups {
				name := funcName(fn)
				if i, ok := seen[name]; ok {
					dropped = true
					if decls[i] != nil && decls[i].(*FuncDecl).Doc == nil {
						decls[i] = nil // the one seen has no documentation
					} else {
						d = nil
					}
				} else {
					seen[name] = len(decls)
				}
			}
			decls = append(decls, d)
		}
	}
	// The nils are left out at the end only, so that the indexes in seen
	// stay right while merging.
	if dropped {
		decls = keepDecls(decls, func(d Decl) bool { return d != nil })
	}
	return decls
}

// funcName returns a function's name, f, or a method's, T.f (for a
// receiver T or *T). A receiver that is not so is taken for none.
func funcName(f *FuncDecl) string {
	if f.Recv != nil && len(f.Recv.List) == 1 {
		typ := f.Recv.List[0].Type
		if star, ok := typ.(*StarExpr); ok {
			typ = star.X
		}
		if id, ok := typ.(*Ident); ok {
			return id.Name + "." + f.Name.Name
		}
	}
	return f.Name.Name
}

// mergeImports returns the imports of the files, in order, with noDups
// only the first import of each path.
func mergeImports(files []*File, noDups bool) []*ImportSpec {
	var imports []*ImportSpec
	seen := make(map[string]bool)
	for _, f := range files {
		for _, imp := range f.Imports {
			if noDups && seen[imp.Path.Value] {
				continue
			}
			seen[imp.Path.Value] = true
			imports = append(imports, imp)
		}
	}
	return imports
}
