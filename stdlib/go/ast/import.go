package ast

import (
	"go/token"
	"sort"
	"strconv"
)

// SortImports sorts the imports in the parenthesized import declarations
// of f, as gofmt does, and removes an import that repeats another when
// nothing is lost by it.
//
// A run is a group of imports on successive lines: a blank line ends it,
// and the imports of a run are sorted among themselves only, by path,
// then name, then comment. The sorted imports take the positions of the
// ones they replace, in order, and their comments move with them, so the
// file prints in the new order. A duplicate (same path and name, no
// comment) is removed, and its line merged into the next in the file's
// line table, so no blank line is left in its place.
func SortImports(fset *token.FileSet, f *File) {
	for _, decl := range f.Decls {
		d, ok := decl.(*GenDecl)
		if !ok || d.Tok != token.IMPORT {
			break // the imports come first, so there are no more
		}
		if !d.Lparen.IsValid() || len(d.Specs) == 0 {
			continue // a single import is sorted already
		}
		var sorted []Spec
		start := 0
		for j := 1; j <= len(d.Specs); j++ {
			if j == len(d.Specs) || lineAt(fset, d.Specs[j].Pos()) > lineAt(fset, d.Specs[j-1].End())+1 {
				sorted = append(sorted, sortSpecs(fset, f, d.Specs[start:j])...)
				start = j
			}
		}
		d.Specs = sorted
		removeBlankLinesBefore(fset, d.Rparen, d.Specs[len(d.Specs)-1])
	}
}

// removeBlankLinesBefore merges into one the lines between the last
// import and the ")" ending the block, which removing duplicates may
// have left blank.
func removeBlankLinesBefore(fset *token.FileSet, rparen token.Pos, last Spec) {
	lastLine := lineAt(fset, last.Pos())
	for line := lineAt(fset, rparen); line > lastLine+1; line-- {
		fset.File(rparen).MergeLine(line - 1)
	}
}

// lineAt returns the line of pos in the file, line directives ignored.
func lineAt(fset *token.FileSet, pos token.Pos) int {
	return fset.PositionFor(pos, false).Line
}

func importPath(s Spec) string {
	path, err := strconv.Unquote(s.(*ImportSpec).Path.Value)
	if err != nil {
		return ""
	}
	return path
}

func importName(s Spec) string {
	if name := s.(*ImportSpec).Name; name != nil {
		return name.Name
	}
	return ""
}

func importComment(s Spec) string {
	return s.(*ImportSpec).Comment.Text() // "" for no comment
}

// collapse reports whether prev, an import the same as next, may be
// removed: it has no comment to lose.
func collapse(prev, next Spec) bool {
	return importPath(next) == importPath(prev) && importName(next) == importName(prev) &&
		prev.(*ImportSpec).Comment == nil
}

// A span is where a spec begins and ends.
type span struct {
	start, end token.Pos
}

// A specComment is a comment group that goes with an import spec: on its
// left (before it) or on its right.
type specComment struct {
	left  bool
	group *CommentGroup
}

// sortSpecs sorts a run of import specs (removing duplicates), gives them
// the spans of the specs they replace, in order, and moves their
// comments with them.
func sortSpecs(fset *token.FileSet, f *File, specs []Spec) []Spec {
	// Even a sorted run may have duplicates to remove; a single spec has
	// neither.
	if len(specs) <= 1 {
		return specs
	}
	spans := make([]span, len(specs))
	for i, s := range specs {
		spans[i] = span{s.Pos(), s.End()}
	}
	comments := commentsOnLines(fset, f, spans[0].start, spans[len(spans)-1].end)
	specComments := assignComments(fset, specs, spans, comments)

	sort.Slice(specs, func(i, j int) bool {
		if pi, pj := importPath(specs[i]), importPath(specs[j]); pi != pj {
			return pi < pj
		}
		if ni, nj := importName(specs[i]), importName(specs[j]); ni != nj {
			return ni < nj
		}
		return importComment(specs[i]) < importComment(specs[j])
	})

	// Duplicates are next to each other now.
	kept := specs[:0]
	for i, s := range specs {
		if i+1 < len(specs) && collapse(s, specs[i+1]) {
			fset.File(s.Pos()).MergeLine(lineAt(fset, s.Pos()))
			continue
		}
		kept = append(kept, s)
	}
	specs = kept

	for i, s := range specs {
		moveSpec(s.(*ImportSpec), spans[i], specComments[s.(*ImportSpec)])
	}
	sort.Slice(comments, func(i, j int) bool { return comments[i].Pos() < comments[j].Pos() })
	return specs
}

// commentsOnLines returns the part of f.Comments on the lines from the
// one of start to the one of end (the slice shares f.Comments, so
// sorting it sorts the file's list).
func commentsOnLines(fset *token.FileSet, f *File, start, end token.Pos) []*CommentGroup {
	begin := fset.File(start).LineStart(lineAt(fset, start))
	endFile := fset.File(end)
	if line := lineAt(fset, end); line < endFile.LineCount() {
		end = endFile.LineStart(line + 1)
	}
	first, last := -1, -1
	for i, g := range f.Comments {
		if g.End() >= end {
			break
		}
		if begin <= g.Pos() {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	return f.Comments[first : last+1]
}

// assignComments gives each comment group to an import spec: the one
// on its line, to its right, or the one it is to the left of (a comment
// before the first spec, or on the line after a spec begins but before
// the next spec).
func assignComments(fset *token.FileSet, specs []Spec, spans []span, comments []*CommentGroup) map[*ImportSpec][]specComment {
	assigned := make(map[*ImportSpec][]specComment)
	i := 0
	for _, g := range comments {
		for i+1 < len(specs) && spans[i+1].start <= g.Pos() {
			i++
		}
		left := false
		if i == 0 && g.Pos() < spans[0].start {
			left = true
		} else if i+1 < len(specs) && lineAt(fset, g.Pos()) == lineAt(fset, spans[i].start)+1 {
			i++
			left = true
		}
		s := specs[i].(*ImportSpec)
		assigned[s] = append(assigned[s], specComment{left, g})
	}
	return assigned
}

// moveSpec puts an import spec at sp, and its comments next to it: a
// left one just before it, a right one just after it (a line comment
// after a block comment on the right gets the same position, and a
// printer puts it after).
func moveSpec(s *ImportSpec, sp span, comments []specComment) {
	if s.Name != nil {
		s.Name.NamePos = sp.start
	}
	s.Path.ValuePos = sp.start
	s.EndPos = sp.end
	for _, c := range comments {
		slash := sp.end
		if c.left {
			slash = sp.start - 1
		}
		for _, comment := range c.group.List {
			comment.Slash = slash
		}
	}
}
