// Package parse turns template text into parse trees, for text/template
// (and html/template), with the API of Go 1.19's text/template/parse.
// Programs use text/template; this package is the part it is built on.
//
// This file implements the parser: recursive descent over the lexer's
// items, with up to three items of lookahead. A syntax error panics with
// the error, which Parse recovers and returns.
package parse

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

// A Tree is one parsed template.
type Tree struct {
	Name      string    // the template's name
	ParseName string    // the top-level template's name, for errors
	Root      *ListNode // the body
	Mode      Mode
	text      string // the text parsed (the whole of it, for a {{define}})
	// Parsing only; cleared after parse.
	funcs      []map[string]any
	lex        *lexer
	token      [3]item // lookahead, token[peekCount-1] next
	peekCount  int
	vars       []string // the variables in scope
	treeSet    map[string]*Tree
	actionLine int // the line of the action being parsed, 0 outside one
	rangeDepth int // how many ranges enclose the action
}

// A Mode is a set of flags that change how Parse parses.
type Mode uint

const (
	ParseComments Mode = 1 << iota // keep comments, as CommentNodes
	SkipFuncCheck                  // accept calls of functions not in the maps
)

// Copy returns a deep copy of the tree, without the parser's state.
func (t *Tree) Copy() *Tree {
	if t == nil {
		return nil
	}
	return &Tree{Name: t.Name, ParseName: t.ParseName, Root: t.Root.CopyList(), text: t.text}
}

// Parse parses text into the templates it defines, by name: the top-level
// one named name, and one per {{define}} or {{block}}. On an error the map
// is empty.
func Parse(name, text, leftDelim, rightDelim string, funcs ...map[string]any) (map[string]*Tree, error) {
	treeSet := make(map[string]*Tree)
	t := New(name)
	t.text = text
	_, err := t.Parse(text, leftDelim, rightDelim, treeSet, funcs...)
	return treeSet, err
}

// New returns a new, unparsed tree with the given name.
func New(name string, funcs ...map[string]any) *Tree {
	return &Tree{Name: name, funcs: funcs}
}

// next returns the next item.
func (t *Tree) next() item {
	if t.peekCount > 0 {
		t.peekCount--
	} else {
		t.token[0] = t.lex.nextItem()
	}
	return t.token[t.peekCount]
}

// backup backs the input stream up one item.
func (t *Tree) backup() {
	t.peekCount++
}

// backup2 backs up two items; the first is already in token[0].
func (t *Tree) backup2(t1 item) {
	t.token[1] = t1
	t.peekCount = 2
}

// backup3 backs up three items; the first is already in token[0].
func (t *Tree) backup3(t2, t1 item) {
	t.token[1] = t1
	t.token[2] = t2
	t.peekCount = 3
}

func (t *Tree) peek() item {
	if t.peekCount > 0 {
		return t.token[t.peekCount-1]
	}
	t.peekCount = 1
	t.token[0] = t.lex.nextItem()
	return t.token[0]
}

func (t *Tree) nextNonSpace() item {
	for {
		if token := t.next(); token.typ != itemSpace {
			return token
		}
	}
}

func (t *Tree) peekNonSpace() item {
	token := t.nextNonSpace()
	t.backup()
	return token
}

// ErrorContext returns a textual representation of the location of the
// node in the input text ("name:line:column") and the node itself, for
// error messages.
func (t *Tree) ErrorContext(n Node) (location, context string) {
	pos := int(n.Position())
	tree := n.tree()
	if tree == nil {
		tree = t
	}
	text := tree.text[:pos]
	col := pos // on the first line
	if nl := strings.LastIndex(text, "\n"); nl >= 0 {
		col = pos - (nl + 1)
	}
	line := 1 + strings.Count(text, "\n")
	return fmt.Sprintf("%s:%d:%d", tree.ParseName, line, col), n.String()
}

// errorf ends the parse with an error at the current item's line.
func (t *Tree) errorf(format string, args ...any) {
	t.Root = nil
	format = fmt.Sprintf("template: %s:%d: %s", t.ParseName, t.token[0].line, format)
	panic(fmt.Errorf(format, args...))
}

func (t *Tree) error(err error) {
	t.errorf("%s", err)
}

// expect takes the next item, which must be of the type expected.
func (t *Tree) expect(expected itemType, context string) item {
	token := t.nextNonSpace()
	if token.typ != expected {
		t.unexpected(token, context)
	}
	return token
}

func (t *Tree) expectOneOf(expected1, expected2 itemType, context string) item {
	token := t.nextNonSpace()
	if token.typ != expected1 && token.typ != expected2 {
		t.unexpected(token, context)
	}
	return token
}

// unexpected reports an item that does not belong here; a lexer error is
// reported as itself, with where its action started when that is another
// line.
func (t *Tree) unexpected(token item, context string) {
	if token.typ == itemError {
		extra := ""
		if t.actionLine != 0 && t.actionLine != token.line {
			extra = fmt.Sprintf(" in action started at %s:%d", t.ParseName, t.actionLine)
			if strings.HasSuffix(token.val, " action") {
				extra = extra[len(" in action"):] // not "action in action"
			}
		}
		t.errorf("%s%s", token, extra)
	}
	t.errorf("unexpected %s in %s", token, context)
}

// recover turns a parse error's panic into the error; other panics go on.
func (t *Tree) recover(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	if _, ok := e.(runtime.Error); ok {
		panic(e)
	}
	if t != nil {
		t.lex.drain()
		t.stopParse()
	}
	*errp = e.(error)
}

func (t *Tree) startParse(funcs []map[string]any, lex *lexer, treeSet map[string]*Tree) {
	t.Root = nil
	t.lex = lex
	t.vars = []string{"$"}
	t.funcs = funcs
	t.treeSet = treeSet
}

func (t *Tree) stopParse() {
	t.lex = nil
	t.vars = nil
	t.funcs = nil
	t.treeSet = nil
}

// Parse parses text into t, adding the templates it defines to treeSet.
// An empty delimiter stands for the default, "{{" or "}}".
func (t *Tree) Parse(text, leftDelim, rightDelim string, treeSet map[string]*Tree, funcs ...map[string]any) (tree *Tree, err error) {
	defer t.recover(&err)
	t.ParseName = t.Name
	lexer := lex(t.Name, text, leftDelim, rightDelim, t.Mode&ParseComments != 0,
		!t.hasFunction("break"), !t.hasFunction("continue"))
	t.startParse(funcs, lexer, treeSet)
	t.text = text
	t.parse()
	t.add()
	t.stopParse()
	return t, nil
}

// add adds the tree to the set: a template may be defined once with a
// body (and any number of times empty).
func (t *Tree) add() {
	tree := t.treeSet[t.Name]
	if tree == nil || IsEmptyTree(tree.Root) {
		t.treeSet[t.Name] = t
		return
	}
	if !IsEmptyTree(t.Root) {
		t.errorf("template: multiple definition of template %q", t.Name)
	}
}

// IsEmptyTree reports whether a tree holds nothing but spaces and
// comments.
func IsEmptyTree(n Node) bool {
	switch n := n.(type) {
	case nil, *CommentNode:
		return true
	case *ListNode:
		for _, node := range n.Nodes {
			if !IsEmptyTree(node) {
				return false
			}
		}
		return true
	case *TextNode:
		return len(bytes.TrimSpace(n.Text)) == 0
	case *ActionNode, *IfNode, *RangeNode, *TemplateNode, *WithNode:
		return false
	}
	panic("unknown node: " + n.String())
}

// parse is the top level:
//
//	(text | action | define)* EOF
func (t *Tree) parse() {
	t.Root = t.newList(t.peek().pos)
	for t.peek().typ != itemEOF {
		if t.peek().typ == itemLeftDelim {
			delim := t.next()
			if t.nextNonSpace().typ == itemDefine {
				def := New("definition") // named once its name is read
				def.text = t.text
				def.Mode = t.Mode
				def.ParseName = t.ParseName
				def.startParse(t.funcs, t.lex, t.treeSet)
				def.parseDefinition()
				continue
			}
			t.backup2(delim)
		}
		switch n := t.textOrAction(); n.Type() {
		case nodeEnd, nodeElse:
			t.errorf("unexpected %s", n)
		default:
			t.Root.append(n)
		}
	}
}

// parseDefinition parses a {{define}} ... {{end}} template definition;
// "{{define" is read.
//
//	"name" }} itemList end
func (t *Tree) parseDefinition() {
	const context = "define clause"
	name := t.expectOneOf(itemString, itemRawString, context)
	var err error
	if t.Name, err = strconv.Unquote(name.val); err != nil {
		t.error(err)
	}
	t.expect(itemRightDelim, context)
	var end Node
	t.Root, end = t.itemList()
	if end.Type() != nodeEnd {
		t.errorf("unexpected %s in %s", end, context)
	}
	t.add()
	t.stopParse()
}

// itemList parses up to an {{end}} or {{else}}, which it returns too.
//
//	textOrAction* (end | else)
func (t *Tree) itemList() (list *ListNode, next Node) {
	list = t.newList(t.peekNonSpace().pos)
	for t.peekNonSpace().typ != itemEOF {
		n := t.textOrAction()
		switch n.Type() {
		case nodeEnd, nodeElse:
			return list, n
		}
		list.append(n)
	}
	t.errorf("unexpected EOF")
	return
}

// textOrAction:
//
//	text | comment | action
func (t *Tree) textOrAction() Node {
	switch token := t.nextNonSpace(); token.typ {
	case itemText:
		return t.newText(token.pos, token.val)
	case itemLeftDelim:
		t.actionLine = token.line
		defer t.clearActionLine()
		return t.action()
	case itemComment:
		return t.newComment(token.pos, token.val)
	default:
		t.unexpected(token, "input")
	}
	return nil
}

func (t *Tree) clearActionLine() {
	t.actionLine = 0
}

// action parses what follows a left delimiter: a control structure, or
// a pipeline to print.
//
//	control | pipeline }}
func (t *Tree) action() Node {
	switch token := t.nextNonSpace(); token.typ {
	case itemBlock:
		return t.blockControl()
	case itemBreak:
		t.loopControl("{{break}}")
		return t.newBreak(token.pos, token.line)
	case itemContinue:
		t.loopControl("{{continue}}")
		return t.newContinue(token.pos, token.line)
	case itemElse:
		return t.elseControl()
	case itemEnd:
		return t.endControl()
	case itemIf:
		return t.newIf(t.parseControl(true, "if"))
	case itemRange:
		return t.newRange(t.parseControl(false, "range"))
	case itemTemplate:
		return t.templateControl()
	case itemWith:
		return t.newWith(t.parseControl(false, "with"))
	}
	t.backup()
	token := t.peek()
	return t.newAction(token.pos, token.line, t.pipeline("command", itemRightDelim))
}

// loopControl checks the rest of {{break}} or {{continue}}, which only a
// range may hold.
func (t *Tree) loopControl(name string) {
	if token := t.nextNonSpace(); token.typ != itemRightDelim {
		t.unexpected(token, name)
	}
	if t.rangeDepth == 0 {
		t.errorf("%s outside {{range}}", name)
	}
}

// pipeline parses a pipeline up to the end item (a right delimiter or
// parenthesis), with its declarations:
//
//	declarations? command ('|' command)*
//	declarations: $x := | $x = | $x, $y := (range only)
func (t *Tree) pipeline(context string, end itemType) (pipe *PipeNode) {
	token := t.peekNonSpace()
	pipe = t.newPipeline(token.pos, token.line, nil)
	t.declarations(pipe, context)
	for {
		switch token := t.nextNonSpace(); token.typ {
		case end:
			t.checkPipeline(pipe, context)
			return pipe
		case itemBool, itemCharConstant, itemComplex, itemDot, itemField, itemIdentifier,
			itemNumber, itemNil, itemRawString, itemString, itemVariable, itemLeftParen:
			t.backup()
			pipe.append(t.command())
		default:
			t.unexpected(token, context)
		}
	}
}

// declarations parses the variables a pipeline declares or assigns, if
// it starts so; else it leaves the input as it was.
func (t *Tree) declarations(pipe *PipeNode, context string) {
	for {
		v := t.peekNonSpace()
		if v.typ != itemVariable {
			return
		}
		t.next()
		afterVariable := t.peek()
		next := t.peekNonSpace()
		switch {
		case next.typ == itemAssign, next.typ == itemDeclare:
			pipe.IsAssign = next.typ == itemAssign
			t.nextNonSpace()
			pipe.Decl = append(pipe.Decl, t.newVariable(v.pos, v.val))
			t.vars = append(t.vars, v.val)
			return
		case next.typ == itemChar && next.val == ",":
			t.nextNonSpace()
			pipe.Decl = append(pipe.Decl, t.newVariable(v.pos, v.val))
			t.vars = append(t.vars, v.val)
			if context == "range" && len(pipe.Decl) < 2 {
				switch t.peekNonSpace().typ {
				case itemVariable, itemRightDelim, itemRightParen:
					continue // the second variable
				default:
					t.errorf("range can only initialize variables")
				}
			}
			t.errorf("too many declarations in %s", context)
		case afterVariable.typ == itemSpace:
			t.backup3(v, afterVariable)
			return
		default:
			t.backup2(v)
			return
		}
	}
}

// checkPipeline checks that a pipeline has a command, and that every
// command after the first can take the value piped in.
func (t *Tree) checkPipeline(pipe *PipeNode, context string) {
	if len(pipe.Cmds) == 0 {
		t.errorf("missing value for %s", context)
	}
	for i, c := range pipe.Cmds[1:] {
		switch c.Args[0].Type() {
		case NodeBool, NodeDot, NodeNil, NodeNumber, NodeString:
			t.errorf("non executable command in pipeline stage %d", i+2)
		}
	}
}

// parseControl parses the rest of an if, range or with; "{{if" is read.
//
//	pipeline }} itemList ({{else}} itemList | {{else if ...)? {{end}}
func (t *Tree) parseControl(allowElseIf bool, context string) (pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) {
	defer t.popVars(len(t.vars))
	pipe = t.pipeline(context, itemRightDelim)
	if context == "range" {
		t.rangeDepth++
	}
	var next Node
	list, next = t.itemList()
	if context == "range" {
		t.rangeDepth--
	}
	if next.Type() == nodeElse {
		if allowElseIf && t.peek().typ == itemIf {
			// {{else if ...}} is an if in the else list, which ends with
			// the one {{end}} of the whole chain.
			t.next()
			elseList = t.newList(next.Position())
			elseList.append(t.newIf(t.parseControl(true, "if")))
		} else if elseList, next = t.itemList(); next.Type() != nodeEnd {
			t.errorf("expected end; found %s", next)
		}
	}
	return pipe.Position(), pipe.Line, pipe, list, elseList
}

// endControl parses {{end}}; "{{end" is read.
func (t *Tree) endControl() Node {
	return t.newEnd(t.expect(itemRightDelim, "end").pos)
}

// elseControl parses {{else}} or the start of {{else if; "{{else" is read.
func (t *Tree) elseControl() Node {
	if peek := t.peekNonSpace(); peek.typ == itemIf {
		return t.newElse(peek.pos, peek.line) // the if is parseControl's
	}
	token := t.expect(itemRightDelim, "else")
	return t.newElse(token.pos, token.line)
}

// blockControl parses {{block "name" pipeline}} ... {{end}}, a template
// definition and its invocation; "{{block" is read.
func (t *Tree) blockControl() Node {
	const context = "block clause"
	token := t.nextNonSpace()
	name := t.parseTemplateName(token, context)
	pipe := t.pipeline(context, itemRightDelim)
	block := New(name)
	block.text = t.text
	block.Mode = t.Mode
	block.ParseName = t.ParseName
	block.startParse(t.funcs, t.lex, t.treeSet)
	var end Node
	block.Root, end = block.itemList()
	if end.Type() != nodeEnd {
		t.errorf("unexpected %s in %s", end, context)
	}
	block.add()
	block.stopParse()
	return t.newTemplate(token.pos, token.line, name, pipe)
}

// templateControl parses {{template "name" pipeline?}}; "{{template" is
// read.
func (t *Tree) templateControl() Node {
	const context = "template clause"
	token := t.nextNonSpace()
	name := t.parseTemplateName(token, context)
	var pipe *PipeNode
	if t.nextNonSpace().typ != itemRightDelim {
		t.backup()
		pipe = t.pipeline(context, itemRightDelim)
	}
	return t.newTemplate(token.pos, token.line, name, pipe)
}

func (t *Tree) parseTemplateName(token item, context string) string {
	if token.typ != itemString && token.typ != itemRawString {
		t.unexpected(token, context)
	}
	name, err := strconv.Unquote(token.val)
	if err != nil {
		t.error(err)
	}
	return name
}

// command parses the operands of one command, up to a pipe or the
// pipeline's end.
//
//	operand (space operand)*
func (t *Tree) command() *CommandNode {
	cmd := t.newCommand(t.peekNonSpace().pos)
	for {
		t.peekNonSpace() // skip leading spaces
		if operand := t.operand(); operand != nil {
			cmd.append(operand)
		}
		token := t.next()
		if token.typ == itemSpace {
			continue
		}
		switch token.typ {
		case itemRightDelim, itemRightParen:
			t.backup()
		case itemPipe:
		default:
			t.unexpected(token, "operand")
		}
		break
	}
	if len(cmd.Args) == 0 {
		t.errorf("empty command")
	}
	return cmd
}

// operand parses a term and the fields chained to it, if any.
//
//	term .Field*
func (t *Tree) operand() Node {
	node := t.term()
	if node == nil || t.peek().typ != itemField {
		return node
	}
	chain := t.newChain(t.peek().pos, node)
	for t.peek().typ == itemField {
		chain.Add(t.next().val)
	}
	// A field or variable with fields is one longer field or variable
	// (".X.Y", "$x.Y"); constants have no fields.
	switch node.Type() {
	case NodeField:
		return t.newField(chain.Position(), chain.String())
	case NodeVariable:
		return t.newVariable(chain.Position(), chain.String())
	case NodeBool, NodeString, NodeNumber, NodeNil, NodeDot:
		t.errorf("unexpected . after term %q", node.String())
	}
	return chain
}

// term parses one operand, nil if the next item is none.
//
//	literal (number, string, nil, boolean) | function | . | .Field |
//	$x | '(' pipeline ')'
func (t *Tree) term() Node {
	switch token := t.nextNonSpace(); token.typ {
	case itemIdentifier:
		if t.Mode&SkipFuncCheck == 0 && !t.hasFunction(token.val) {
			t.errorf("function %q not defined", token.val)
		}
		return NewIdentifier(token.val).SetTree(t).SetPos(token.pos)
	case itemDot:
		return t.newDot(token.pos)
	case itemNil:
		return t.newNil(token.pos)
	case itemVariable:
		return t.useVar(token.pos, token.val)
	case itemField:
		return t.newField(token.pos, token.val)
	case itemBool:
		return t.newBool(token.pos, token.val == "true")
	case itemCharConstant, itemComplex, itemNumber:
		number, err := t.newNumber(token.pos, token.val, token.typ)
		if err != nil {
			t.error(err)
		}
		return number
	case itemLeftParen:
		return t.pipeline("parenthesized pipeline", itemRightParen)
	case itemString, itemRawString:
		s, err := strconv.Unquote(token.val)
		if err != nil {
			t.error(err)
		}
		return t.newString(token.pos, token.val, s)
	}
	t.backup()
	return nil
}

// hasFunction reports whether one of the tree's function maps has name.
func (t *Tree) hasFunction(name string) bool {
	for _, funcMap := range t.funcs {
		if funcMap != nil && funcMap[name] != nil {
			return true
		}
	}
	return false
}

// popVars forgets the variables declared after the first n.
func (t *Tree) popVars(n int) {
	t.vars = t.vars[:n]
}

// useVar returns the node of a variable in scope; any other is an error.
func (t *Tree) useVar(pos Pos, name string) Node {
	v := t.newVariable(pos, name)
	for _, varName := range t.vars {
		if varName == v.Ident[0] {
			return v
		}
	}
	t.errorf("undefined variable %q", v.Ident[0])
	return nil
}
