// This file implements the nodes of a template's parse tree. Each prints
// itself back as template source (String), copies itself deeply (Copy),
// and knows its kind (Type), its byte offset in the input (Position) and
// the tree it belongs to.

package parse

import (
	"fmt"
	"strconv"
	"strings"
)

// A Node is an element of a parse tree.
type Node interface {
	Type() NodeType
	String() string // the node as template source
	Copy() Node     // a deep copy
	Position() Pos  // where the node starts in the text
	tree() *Tree    // the tree the node belongs to
	writeTo(*strings.Builder)
}

// A NodeType says which kind of node a Node is.
type NodeType int

// A Pos is a byte offset in the text a template was parsed from.
type Pos int

// Position returns p; embedded, it gives a node its Position method.
func (p Pos) Position() Pos {
	return p
}

// Type returns t; embedded, it gives a node its Type method.
func (t NodeType) Type() NodeType {
	return t
}

const (
	NodeText       NodeType = iota // text outside actions
	NodeAction                     // {{pipeline}}, printed
	NodeBool                       // true, false
	NodeChain                      // (term).A.B
	NodeCommand                    // one command of a pipeline
	NodeDot                        // .
	nodeElse                       // {{else}}, only while parsing
	nodeEnd                        // {{end}}, only while parsing
	NodeField                      // .A.B
	NodeIdentifier                 // a function's name
	NodeIf                         // {{if}}
	NodeList                       // a sequence of nodes
	NodeNil                        // nil
	NodeNumber                     // 1, 1.5, 'a', 1i
	NodePipe                       // a pipeline
	NodeRange                      // {{range}}
	NodeString                     // "s", `s`
	NodeTemplate                   // {{template}}
	NodeVariable                   // $x.A.B
	NodeWith                       // {{with}}
	NodeComment                    // {{/* comment */}}
	NodeBreak                      // {{break}}
	NodeContinue                   // {{continue}}
)

// stringOf prints a node through its writeTo.
func stringOf(n Node) string {
	var sb strings.Builder
	n.writeTo(&sb)
	return sb.String()
}

// A ListNode is a sequence of nodes: a template's body, a branch's list.
type ListNode struct {
	NodeType
	Pos
	tr    *Tree
	Nodes []Node // in the order of the text
}

func (t *Tree) newList(pos Pos) *ListNode {
	return &ListNode{tr: t, NodeType: NodeList, Pos: pos}
}

func (l *ListNode) append(n Node) {
	l.Nodes = append(l.Nodes, n)
}

func (l *ListNode) tree() *Tree    { return l.tr }
func (l *ListNode) String() string { return stringOf(l) }

func (l *ListNode) writeTo(sb *strings.Builder) {
	for _, n := range l.Nodes {
		n.writeTo(sb)
	}
}

func (l *ListNode) CopyList() *ListNode {
	if l == nil {
		return l
	}
	n := l.tr.newList(l.Pos)
	for _, elem := range l.Nodes {
		n.append(elem.Copy())
	}
	return n
}

func (l *ListNode) Copy() Node {
	return l.CopyList()
}

// A TextNode is text outside actions.
type TextNode struct {
	NodeType
	Pos
	tr   *Tree
	Text []byte
}

func (t *Tree) newText(pos Pos, text string) *TextNode {
	return &TextNode{tr: t, NodeType: NodeText, Pos: pos, Text: []byte(text)}
}

// textFormat is how a TextNode prints; Go's own tests of this package
// set it to "%q".
var textFormat = "%s"

func (t *TextNode) String() string              { return fmt.Sprintf(textFormat, t.Text) }
func (t *TextNode) writeTo(sb *strings.Builder) { sb.WriteString(t.String()) }
func (t *TextNode) tree() *Tree                 { return t.tr }

func (t *TextNode) Copy() Node {
	return &TextNode{tr: t.tr, NodeType: NodeText, Pos: t.Pos, Text: append([]byte{}, t.Text...)}
}

// A CommentNode is a comment, {{/* ... */}} (kept with ParseComments).
type CommentNode struct {
	NodeType
	Pos
	tr   *Tree
	Text string // "/* ... */"
}

func (t *Tree) newComment(pos Pos, text string) *CommentNode {
	return &CommentNode{tr: t, NodeType: NodeComment, Pos: pos, Text: text}
}

func (c *CommentNode) String() string { return stringOf(c) }
func (c *CommentNode) tree() *Tree    { return c.tr }

func (c *CommentNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{" + c.Text + "}}")
}

func (c *CommentNode) Copy() Node {
	return &CommentNode{tr: c.tr, NodeType: NodeComment, Pos: c.Pos, Text: c.Text}
}

// A PipeNode is a pipeline, with the variables it declares or assigns.
type PipeNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int             // Deprecated: the line of the node; use Tree.ErrorContext.
	IsAssign bool            // = rather than :=
	Decl     []*VariableNode // the variables declared or assigned
	Cmds     []*CommandNode  // the commands, in order
}

func (t *Tree) newPipeline(pos Pos, line int, vars []*VariableNode) *PipeNode {
	return &PipeNode{tr: t, NodeType: NodePipe, Pos: pos, Line: line, Decl: vars}
}

func (p *PipeNode) append(command *CommandNode) {
	p.Cmds = append(p.Cmds, command)
}

func (p *PipeNode) String() string { return stringOf(p) }
func (p *PipeNode) tree() *Tree    { return p.tr }

func (p *PipeNode) writeTo(sb *strings.Builder) {
	for i, v := range p.Decl {
		if i > 0 {
			sb.WriteString(", ")
		}
		v.writeTo(sb)
	}
	if len(p.Decl) > 0 {
		sb.WriteString(" := ")
	}
	for i, c := range p.Cmds {
		if i > 0 {
			sb.WriteString(" | ")
		}
		c.writeTo(sb)
	}
}

func (p *PipeNode) CopyPipe() *PipeNode {
	if p == nil {
		return p
	}
	vars := make([]*VariableNode, len(p.Decl))
	for i, d := range p.Decl {
		vars[i] = d.Copy().(*VariableNode)
	}
	n := p.tr.newPipeline(p.Pos, p.Line, vars)
	n.IsAssign = p.IsAssign
	for _, c := range p.Cmds {
		n.append(c.Copy().(*CommandNode))
	}
	return n
}

func (p *PipeNode) Copy() Node {
	return p.CopyPipe()
}

// An ActionNode is an action that prints its pipeline's value, {{...}}:
// the control structures have nodes of their own.
type ActionNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int // Deprecated: the line of the node; use Tree.ErrorContext.
	Pipe *PipeNode
}

func (t *Tree) newAction(pos Pos, line int, pipe *PipeNode) *ActionNode {
	return &ActionNode{tr: t, NodeType: NodeAction, Pos: pos, Line: line, Pipe: pipe}
}

func (a *ActionNode) String() string { return stringOf(a) }
func (a *ActionNode) tree() *Tree    { return a.tr }

func (a *ActionNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{")
	a.Pipe.writeTo(sb)
	sb.WriteString("}}")
}

func (a *ActionNode) Copy() Node {
	return a.tr.newAction(a.Pos, a.Line, a.Pipe.CopyPipe())
}

// A CommandNode is one command of a pipeline: a function, field or value
// and its arguments.
type CommandNode struct {
	NodeType
	Pos
	tr   *Tree
	Args []Node // the function, field or value, then its arguments
}

func (t *Tree) newCommand(pos Pos) *CommandNode {
	return &CommandNode{tr: t, NodeType: NodeCommand, Pos: pos}
}

func (c *CommandNode) append(arg Node) {
	c.Args = append(c.Args, arg)
}

func (c *CommandNode) String() string { return stringOf(c) }
func (c *CommandNode) tree() *Tree    { return c.tr }

func (c *CommandNode) writeTo(sb *strings.Builder) {
	for i, arg := range c.Args {
		if i > 0 {
			sb.WriteByte(' ')
		}
		writeOperand(sb, arg)
	}
}

// writeOperand writes an argument, a pipeline in parentheses.
func writeOperand(sb *strings.Builder, arg Node) {
	if _, ok := arg.(*PipeNode); ok {
		sb.WriteByte('(')
		arg.writeTo(sb)
		sb.WriteByte(')')
		return
	}
	arg.writeTo(sb)
}

func (c *CommandNode) Copy() Node {
	if c == nil {
		return c
	}
	n := c.tr.newCommand(c.Pos)
	for _, c := range c.Args {
		n.append(c.Copy())
	}
	return n
}

// An IdentifierNode is a function's name.
type IdentifierNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident string
}

// NewIdentifier returns a node for the identifier.
func NewIdentifier(ident string) *IdentifierNode {
	return &IdentifierNode{NodeType: NodeIdentifier, Ident: ident}
}

// SetPos sets the node's position and returns the node, for chaining
// (NewIdentifier's signature has no room for it).
func (i *IdentifierNode) SetPos(pos Pos) *IdentifierNode {
	i.Pos = pos
	return i
}

// SetTree sets the tree the node belongs to and returns the node, for
// chaining.
func (i *IdentifierNode) SetTree(t *Tree) *IdentifierNode {
	i.tr = t
	return i
}

func (i *IdentifierNode) String() string              { return i.Ident }
func (i *IdentifierNode) writeTo(sb *strings.Builder) { sb.WriteString(i.Ident) }
func (i *IdentifierNode) tree() *Tree                 { return i.tr }

func (i *IdentifierNode) Copy() Node {
	return NewIdentifier(i.Ident).SetTree(i.tr).SetPos(i.Pos)
}

// A VariableNode is a variable and the fields chained to it: "$x.A.B" is
// Ident ["$x", "A", "B"].
type VariableNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string // the variable, then its fields
}

func (t *Tree) newVariable(pos Pos, ident string) *VariableNode {
	return &VariableNode{tr: t, NodeType: NodeVariable, Pos: pos, Ident: strings.Split(ident, ".")}
}

func (v *VariableNode) String() string              { return strings.Join(v.Ident, ".") }
func (v *VariableNode) writeTo(sb *strings.Builder) { sb.WriteString(v.String()) }
func (v *VariableNode) tree() *Tree                 { return v.tr }

func (v *VariableNode) Copy() Node {
	return &VariableNode{tr: v.tr, NodeType: NodeVariable, Pos: v.Pos, Ident: append([]string{}, v.Ident...)}
}

// A DotNode is dot, ".".
type DotNode struct {
	NodeType
	Pos
	tr *Tree
}

func (t *Tree) newDot(pos Pos) *DotNode {
	return &DotNode{tr: t, NodeType: NodeDot, Pos: pos}
}

// Type returns NodeDot (a DotNode made as a zero value has it too).
func (d *DotNode) Type() NodeType {
	return NodeDot
}

func (d *DotNode) String() string              { return "." }
func (d *DotNode) writeTo(sb *strings.Builder) { sb.WriteString(".") }
func (d *DotNode) tree() *Tree                 { return d.tr }
func (d *DotNode) Copy() Node                  { return d.tr.newDot(d.Pos) }

// A NilNode is the untyped constant nil.
type NilNode struct {
	NodeType
	Pos
	tr *Tree
}

func (t *Tree) newNil(pos Pos) *NilNode {
	return &NilNode{tr: t, NodeType: NodeNil, Pos: pos}
}

// Type returns NodeNil (a NilNode made as a zero value has it too).
func (n *NilNode) Type() NodeType {
	return NodeNil
}

func (n *NilNode) String() string              { return "nil" }
func (n *NilNode) writeTo(sb *strings.Builder) { sb.WriteString("nil") }
func (n *NilNode) tree() *Tree                 { return n.tr }
func (n *NilNode) Copy() Node                  { return n.tr.newNil(n.Pos) }

// A FieldNode is a field or method of dot, with the ones chained to it:
// ".A.B" is Ident ["A", "B"].
type FieldNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string // without their dots
}

func (t *Tree) newField(pos Pos, ident string) *FieldNode {
	return &FieldNode{tr: t, NodeType: NodeField, Pos: pos, Ident: strings.Split(ident[1:], ".")}
}

func (f *FieldNode) String() string { return stringOf(f) }
func (f *FieldNode) tree() *Tree    { return f.tr }

func (f *FieldNode) writeTo(sb *strings.Builder) {
	for _, id := range f.Ident {
		sb.WriteString("." + id)
	}
}

func (f *FieldNode) Copy() Node {
	return &FieldNode{tr: f.tr, NodeType: NodeField, Pos: f.Pos, Ident: append([]string{}, f.Ident...)}
}

// A ChainNode is a term and the fields chained to it: "(f).A.B" is Node
// (f) and Field ["A", "B"].
type ChainNode struct {
	NodeType
	Pos
	tr    *Tree
	Node  Node
	Field []string // without their dots
}

func (t *Tree) newChain(pos Pos, node Node) *ChainNode {
	return &ChainNode{tr: t, NodeType: NodeChain, Pos: pos, Node: node}
}

// Add appends a field, given with its dot (".A"), to the chain.
func (c *ChainNode) Add(field string) {
	if len(field) == 0 || field[0] != '.' {
		panic("no dot in field")
	}
	field = field[1:]
	if field == "" {
		panic("empty field")
	}
	c.Field = append(c.Field, field)
}

func (c *ChainNode) String() string { return stringOf(c) }
func (c *ChainNode) tree() *Tree    { return c.tr }

func (c *ChainNode) writeTo(sb *strings.Builder) {
	writeOperand(sb, c.Node)
	for _, field := range c.Field {
		sb.WriteString("." + field)
	}
}

func (c *ChainNode) Copy() Node {
	return &ChainNode{tr: c.tr, NodeType: NodeChain, Pos: c.Pos, Node: c.Node, Field: append([]string{}, c.Field...)}
}

// A BoolNode is the constant true or false.
type BoolNode struct {
	NodeType
	Pos
	tr   *Tree
	True bool
}

func (t *Tree) newBool(pos Pos, true bool) *BoolNode {
	return &BoolNode{tr: t, NodeType: NodeBool, Pos: pos, True: true}
}

func (b *BoolNode) String() string              { return strconv.FormatBool(b.True) }
func (b *BoolNode) writeTo(sb *strings.Builder) { sb.WriteString(b.String()) }
func (b *BoolNode) tree() *Tree                 { return b.tr }
func (b *BoolNode) Copy() Node                  { return b.tr.newBool(b.Pos, b.True) }

// A NumberNode is a numeric constant, with every representation that holds
// its value exactly (an int, a uint, a float, a complex), as an untyped Go
// constant can take each of those types.
type NumberNode struct {
	NodeType
	Pos
	tr         *Tree
	IsInt      bool // representable as an int64
	IsUint     bool // as a uint64
	IsFloat    bool // as a float64
	IsComplex  bool // as a complex128
	Int64      int64
	Uint64     uint64
	Float64    float64
	Complex128 complex128
	Text       string // as written
}

// newNumber reads a number as the constant it is, with every
// representation that holds it exactly: 'a' is an int, a uint and a
// float; 1e3 all three as well; -1 no uint; 1.5 a float only.
func (t *Tree) newNumber(pos Pos, text string, typ itemType) (*NumberNode, error) {
	n := &NumberNode{tr: t, NodeType: NodeNumber, Pos: pos, Text: text}
	switch typ {
	case itemCharConstant:
		r, _, tail, err := strconv.UnquoteChar(text[1:], text[0])
		if err != nil {
			return nil, err
		}
		if tail != "'" {
			return nil, fmt.Errorf("malformed character constant: %s", text)
		}
		n.IsInt, n.Int64 = true, int64(r)
		n.IsUint, n.Uint64 = true, uint64(r)
		n.IsFloat, n.Float64 = true, float64(r)
		return n, nil
	case itemComplex:
		if _, err := fmt.Sscan(text, &n.Complex128); err != nil {
			return nil, err
		}
		n.IsComplex = true
		n.simplifyComplex()
		return n, nil
	}
	if strings.HasSuffix(text, "i") {
		if f, err := strconv.ParseFloat(text[:len(text)-1], 64); err == nil {
			n.IsComplex = true
			n.Complex128 = complex(0, f)
			n.simplifyComplex()
			return n, nil
		}
	}
	u, err := strconv.ParseUint(text, 0, 64)
	if err == nil {
		n.IsUint, n.Uint64 = true, u
	}
	if i, err := strconv.ParseInt(text, 0, 64); err == nil {
		n.IsInt, n.Int64 = true, i
		if i == 0 { // -0 is a uint too
			n.IsUint, n.Uint64 = true, u
		}
	}
	switch {
	case n.IsInt:
		n.IsFloat, n.Float64 = true, float64(n.Int64)
	case n.IsUint:
		n.IsFloat, n.Float64 = true, float64(n.Uint64)
	default:
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			break
		}
		if !strings.ContainsAny(text, ".eEpP") { // an integer, too large
			return nil, fmt.Errorf("integer overflow: %q", text)
		}
		n.IsFloat, n.Float64 = true, f
		if float64(int64(f)) == f {
			n.IsInt, n.Int64 = true, int64(f)
		}
		if float64(uint64(f)) == f {
			n.IsUint, n.Uint64 = true, uint64(f)
		}
	}
	if !n.IsInt && !n.IsUint && !n.IsFloat {
		return nil, fmt.Errorf("illegal number syntax: %q", text)
	}
	return n, nil
}

// simplifyComplex gives a complex number with no imaginary part its real
// representations.
func (n *NumberNode) simplifyComplex() {
	n.IsFloat = imag(n.Complex128) == 0
	if n.IsFloat {
		n.Float64 = real(n.Complex128)
		n.IsInt = float64(int64(n.Float64)) == n.Float64
		if n.IsInt {
			n.Int64 = int64(n.Float64)
		}
		n.IsUint = float64(uint64(n.Float64)) == n.Float64
		if n.IsUint {
			n.Uint64 = uint64(n.Float64)
		}
	}
}

func (n *NumberNode) String() string              { return n.Text }
func (n *NumberNode) writeTo(sb *strings.Builder) { sb.WriteString(n.Text) }
func (n *NumberNode) tree() *Tree                 { return n.tr }

func (n *NumberNode) Copy() Node {
	nn := new(NumberNode)
	*nn = *n // no field refers to other nodes
	return nn
}

// A StringNode is a string constant: as written and as unquoted.
type StringNode struct {
	NodeType
	Pos
	tr     *Tree
	Quoted string // as written, quotes included
	Text   string // its value
}

func (t *Tree) newString(pos Pos, orig, text string) *StringNode {
	return &StringNode{tr: t, NodeType: NodeString, Pos: pos, Quoted: orig, Text: text}
}

func (s *StringNode) String() string              { return s.Quoted }
func (s *StringNode) writeTo(sb *strings.Builder) { sb.WriteString(s.Quoted) }
func (s *StringNode) tree() *Tree                 { return s.tr }
func (s *StringNode) Copy() Node                  { return s.tr.newString(s.Pos, s.Quoted, s.Text) }

// endNode is an {{end}}, which ends a list and stays out of the tree.
type endNode struct {
	NodeType
	Pos
	tr *Tree
}

func (t *Tree) newEnd(pos Pos) *endNode {
	return &endNode{tr: t, NodeType: nodeEnd, Pos: pos}
}

func (e *endNode) String() string              { return "{{end}}" }
func (e *endNode) writeTo(sb *strings.Builder) { sb.WriteString("{{end}}") }
func (e *endNode) tree() *Tree                 { return e.tr }
func (e *endNode) Copy() Node                  { return e.tr.newEnd(e.Pos) }

// elseNode is an {{else}}, which ends a list and stays out of the tree.
type elseNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int // Deprecated: the line of the node; use Tree.ErrorContext.
}

func (t *Tree) newElse(pos Pos, line int) *elseNode {
	return &elseNode{tr: t, NodeType: nodeElse, Pos: pos, Line: line}
}

func (e *elseNode) String() string              { return "{{else}}" }
func (e *elseNode) writeTo(sb *strings.Builder) { sb.WriteString("{{else}}") }
func (e *elseNode) tree() *Tree                 { return e.tr }
func (e *elseNode) Copy() Node                  { return e.tr.newElse(e.Pos, e.Line) }

// A BranchNode is what if, range and with have in common.
type BranchNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int       // Deprecated: the line of the node; use Tree.ErrorContext.
	Pipe     *PipeNode // the condition, or what to range over or use as dot
	List     *ListNode // run when it is true (non-empty)
	ElseList *ListNode // run otherwise (nil: no else)
}

// branchKeywords names the actions a BranchNode stands for.
var branchKeywords = map[NodeType]string{NodeIf: "if", NodeRange: "range", NodeWith: "with"}

func (b *BranchNode) String() string { return stringOf(b) }
func (b *BranchNode) tree() *Tree    { return b.tr }

func (b *BranchNode) writeTo(sb *strings.Builder) {
	name, ok := branchKeywords[b.NodeType]
	if !ok {
		panic("unknown branch type")
	}
	sb.WriteString("{{" + name + " ")
	b.Pipe.writeTo(sb)
	sb.WriteString("}}")
	b.List.writeTo(sb)
	if b.ElseList != nil {
		sb.WriteString("{{else}}")
		b.ElseList.writeTo(sb)
	}
	sb.WriteString("{{end}}")
}

func (b *BranchNode) Copy() Node {
	switch b.NodeType {
	case NodeIf:
		return b.tr.newIf(b.Pos, b.Line, b.Pipe, b.List, b.ElseList)
	case NodeRange:
		return b.tr.newRange(b.Pos, b.Line, b.Pipe, b.List, b.ElseList)
	case NodeWith:
		return b.tr.newWith(b.Pos, b.Line, b.Pipe, b.List, b.ElseList)
	}
	panic("unknown branch type")
}

// newBranch makes the branch of a kind, its parts as given.
func (t *Tree) newBranch(typ NodeType, pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) BranchNode {
	return BranchNode{tr: t, NodeType: typ, Pos: pos, Line: line, Pipe: pipe, List: list, ElseList: elseList}
}

// An IfNode is an {{if}} and its lists.
type IfNode struct {
	BranchNode
}

func (t *Tree) newIf(pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) *IfNode {
	return &IfNode{t.newBranch(NodeIf, pos, line, pipe, list, elseList)}
}

func (i *IfNode) Copy() Node {
	return i.tr.newIf(i.Pos, i.Line, i.Pipe.CopyPipe(), i.List.CopyList(), i.ElseList.CopyList())
}

// A BreakNode is a {{break}}.
type BreakNode struct {
	tr *Tree
	NodeType
	Pos
	Line int
}

func (t *Tree) newBreak(pos Pos, line int) *BreakNode {
	return &BreakNode{tr: t, NodeType: NodeBreak, Pos: pos, Line: line}
}

func (b *BreakNode) Copy() Node                  { return b.tr.newBreak(b.Pos, b.Line) }
func (b *BreakNode) String() string              { return "{{break}}" }
func (b *BreakNode) tree() *Tree                 { return b.tr }
func (b *BreakNode) writeTo(sb *strings.Builder) { sb.WriteString("{{break}}") }

// A ContinueNode is a {{continue}}.
type ContinueNode struct {
	tr *Tree
	NodeType
	Pos
	Line int
}

func (t *Tree) newContinue(pos Pos, line int) *ContinueNode {
	return &ContinueNode{tr: t, NodeType: NodeContinue, Pos: pos, Line: line}
}

func (c *ContinueNode) Copy() Node                  { return c.tr.newContinue(c.Pos, c.Line) }
func (c *ContinueNode) String() string              { return "{{continue}}" }
func (c *ContinueNode) tree() *Tree                 { return c.tr }
func (c *ContinueNode) writeTo(sb *strings.Builder) { sb.WriteString("{{continue}}") }

// A RangeNode is a {{range}} and its lists.
type RangeNode struct {
	BranchNode
}

func (t *Tree) newRange(pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) *RangeNode {
	return &RangeNode{t.newBranch(NodeRange, pos, line, pipe, list, elseList)}
}

func (r *RangeNode) Copy() Node {
	return r.tr.newRange(r.Pos, r.Line, r.Pipe.CopyPipe(), r.List.CopyList(), r.ElseList.CopyList())
}

// A WithNode is a {{with}} and its lists.
type WithNode struct {
	BranchNode
}

func (t *Tree) newWith(pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) *WithNode {
	return &WithNode{t.newBranch(NodeWith, pos, line, pipe, list, elseList)}
}

func (w *WithNode) Copy() Node {
	return w.tr.newWith(w.Pos, w.Line, w.Pipe.CopyPipe(), w.List.CopyList(), w.ElseList.CopyList())
}

// A TemplateNode is a {{template}}: the template's name, and the pipeline
// whose value is its dot.
type TemplateNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int // Deprecated: the line of the node; use Tree.ErrorContext.
	Name string
	Pipe *PipeNode // its value is the template's dot (nil: none)
}

func (t *Tree) newTemplate(pos Pos, line int, name string, pipe *PipeNode) *TemplateNode {
	return &TemplateNode{tr: t, NodeType: NodeTemplate, Pos: pos, Line: line, Name: name, Pipe: pipe}
}

func (t *TemplateNode) String() string { return stringOf(t) }
func (t *TemplateNode) tree() *Tree    { return t.tr }

func (t *TemplateNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{template " + strconv.Quote(t.Name))
	if t.Pipe != nil {
		sb.WriteByte(' ')
		t.Pipe.writeTo(sb)
	}
	sb.WriteString("}}")
}

func (t *TemplateNode) Copy() Node {
	return t.tr.newTemplate(t.Pos, t.Line, t.Name, t.Pipe.CopyPipe())
}
