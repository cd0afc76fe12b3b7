package ast

import (
	"fmt"
	"go/token"
	"sort"
	"strings"
)

// A CommentMap gives, for a node of a tree, the comment groups that
// belong to it; NewCommentMap says which those are. A program that moves
// or removes nodes uses it to move or remove their comments too.
type CommentMap map[Node][]*CommentGroup

// NewCommentMap builds the comment map of the tree at node, giving each
// group of comments to one node of it. A group g goes to the node n
//
//   - before it, if g begins on the line where n ends;
//   - before it, if g begins on the line after n ends and a blank line
//     separates g from the node after it;
//   - after it, otherwise.
//
// Of the nodes that end where g trails, g goes to the outermost: a
// comment at the end of "x = a + b" belongs to the whole assignment, not
// to b.
//
// The nodes are met in source order, and each comment group is taken
// when the walk reaches the first node after it. The "largest" node is
// found with a stack of the enclosing nodes that matter (a file, field,
// declaration, spec or statement): when a comment comes after the end
// of some of them, the outermost of those is the node group the comment
// may trail; a comment that trails neither it nor the node just before
// goes to the node after it.
func NewCommentMap(fset *token.FileSet, node Node, comments []*CommentGroup) CommentMap {
	if len(comments) == 0 {
		return nil
	}
	cmap := make(CommentMap)

	sorted := make([]*CommentGroup, len(comments))
	copy(sorted, comments) // the caller's list is left as it is
	sortComments(sorted)
	r := commentReader{fset: fset, list: sorted}
	r.next()

	var (
		prev      Node           // the node before the comment
		prevEnd   token.Position // where prev ends
		group     Node           // the node group before the comment
		groupEnd  token.Position // where group ends
		enclosing nodeStack      // the node groups not ended yet
	)
	// A nil node at the end stands for the end of the source: every
	// comment left is before it.
	for _, next := range append(sourceOrder(node), nil) {
		nextPos := token.Position{Offset: endOfSource, Line: endOfSource}
		if next != nil {
			nextPos = fset.Position(next.Pos())
		}
		for r.group != nil && r.end.Offset <= nextPos.Offset {
			if top := enclosing.pop(r.group.Pos()); top != nil {
				group, groupEnd = top, fset.Position(top.End())
			}
			var assoc Node
			switch {
			case group != nil && r.trails(groupEnd, nextPos):
				assoc = group
			case prev != nil && (r.trails(prevEnd, nextPos) || next == nil):
				assoc = prev
			case next != nil:
				assoc = next
			default:
				panic("ast.NewCommentMap: no node to associate comments with")
			}
			cmap[assoc] = append(cmap[assoc], r.group)
			r.next()
		}
		if r.group == nil {
			break
		}
		prev, prevEnd = next, fset.Position(next.End())
		switch next.(type) {
		case *File, *Field, Decl, Spec, Stmt:
			enclosing.push(next)
		}
	}
	return cmap
}

// endOfSource is a line and offset past any source file.
const endOfSource = 1 << 30

// sourceOrder returns the nodes of the tree at n, comments left out, in
// source order (the order Inspect meets them in).
func sourceOrder(n Node) []Node {
	var nodes []Node
	Inspect(n, func(n Node) bool {
		switch n.(type) {
		case nil, *CommentGroup, *Comment:
			return false
		}
		nodes = append(nodes, n)
		return true
	})
	return nodes
}

// sortComments puts comment groups in the order they appear in.
func sortComments(list []*CommentGroup) {
	sort.SliceStable(list, func(i, j int) bool { return list[i].Pos() < list[j].Pos() })
}

// A commentReader reads a sorted list of comment groups, one at a time.
type commentReader struct {
	fset     *token.FileSet
	list     []*CommentGroup
	group    *CommentGroup  // the group read, nil after the last one
	pos, end token.Position // where group begins and ends
}

// next reads the next comment group.
func (r *commentReader) next() {
	r.group = nil
	if len(r.list) > 0 {
		r.group, r.list = r.list[0], r.list[1:]
		r.pos = r.fset.Position(r.group.Pos())
		r.end = r.fset.Position(r.group.End())
	}
}

// trails reports whether the comment group read belongs with a node that
// ends at end, the next node beginning at next: the comment is on the
// node's last line, or on the line after it with a blank line before the
// next node.
func (r *commentReader) trails(end, next token.Position) bool {
	return end.Line == r.pos.Line || end.Line+1 == r.pos.Line && r.end.Line+1 < next.Line
}

// A nodeStack holds nested nodes, each node containing those above it.
type nodeStack []Node

// push pushes n, once the nodes that end before it are popped.
func (s *nodeStack) push(n Node) {
	s.pop(n.Pos())
	*s = append(*s, n)
}

// pop pops the nodes that end at or before pos and returns the last one
// popped (the outermost), or nil.
func (s *nodeStack) pop(pos token.Pos) (top Node) {
	for len(*s) > 0 && (*s)[len(*s)-1].End() <= pos {
		top = (*s)[len(*s)-1]
		*s = (*s)[:len(*s)-1]
	}
	return top
}

// Update moves the comments of old to new, for a program that replaces
// old by new in the tree, and returns new.
func (cmap CommentMap) Update(old, new Node) Node {
	if list := cmap[old]; len(list) > 0 {
		delete(cmap, old)
		cmap[new] = append(cmap[new], list...)
	}
	return new
}

// Filter returns a copy of cmap that keeps only the entries whose node is
// in the tree at node: the comments left after a part of the tree was
// dropped.
func (cmap CommentMap) Filter(node Node) CommentMap {
	kept := make(CommentMap)
	Inspect(node, func(n Node) bool {
		if list := cmap[n]; len(list) > 0 {
			kept[n] = list
		}
		return true
	})
	return kept
}

// Comments returns every comment group of the map, in source order.
func (cmap CommentMap) Comments() []*CommentGroup {
	list := make([]*CommentGroup, 0, len(cmap))
	for _, groups := range cmap {
		list = append(list, groups...)
	}
	sortComments(list)
	return list
}

// String lists the map's entries in source order (an enclosing node
// before the nodes inside it), one a line: the node's address, its name
// if it is an identifier or else its type, and the beginning of its
// comments.
func (cmap CommentMap) String() string {
	nodes := make([]Node, 0, len(cmap))
	for n := range cmap {
		nodes = append(nodes, n)
	}
	sort.Slice(nodes, func(i, j int) bool {
		pi, pj := nodes[i].Pos(), nodes[j].Pos()
		return pi < pj || pi == pj && nodes[i].End() > nodes[j].End()
	})

	var b strings.Builder
	b.WriteString("CommentMap {\n")
	for _, n := range nodes {
		name := fmt.Sprintf("%T", n)
		if id, ok := n.(*Ident); ok {
			name = id.Name
		}
		fmt.Fprintf(&b, "\t%p  %20s:  %s\n", n, name, summary(cmap[n]))
	}
	b.WriteString("}\n")
	return b.String()
}

// summary returns the beginning of the text of comment groups, markers
// included, on one line: at most 40 bytes, the last three "..." when it
// is cut, and tabs and newlines as spaces.
func summary(list []*CommentGroup) string {
	const maxLen = 40
	var text []byte
	for _, g := range list {
		for _, c := range g.List {
			if len(text) >= maxLen {
				break
			}
			text = append(text, c.Text...)
		}
	}
	if len(text) > maxLen {
		text = append(text[:maxLen-3], "..."...)
	}
	for i, b := range text {
		if b == '\t' || b == '\n' || b == '\r' {
			text[i] = ' '
		}
	}
	return string(text)
}
