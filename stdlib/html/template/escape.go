package template

import (
	"bytes"
	"fmt"
	"html"
	"text/template"
	"text/template/parse"
)

// This file is the escaper proper. Before a template first runs, the
// escaper walks its parse tree with a context (context.go), moving the
// context over the text nodes with the state machine (transition.go). At
// each action it decides which escaping functions the context needs and
// notes that they must be appended to the action's pipeline. At
// {{if}}, {{range}} and {{with}} it escapes each branch from the same
// context and requires that they end in the same one (join). At
// {{template}} it escapes the called template for the context of the call,
// making a renamed copy of it when that context is not plain text
// (context.mangle), and takes the callee's end context; a recursive
// template is solved by assuming it ends where it starts and checking.
//
// No tree is changed until a whole template has escaped without error:
// the edits are collected, then applied by commit.

// escapeTemplate escapes the template named name of tmpl's set, whose
// root is node, and marks the outcome on it so that escaping is done once.
func escapeTemplate(tmpl *Template, node parse.Node, name string) error {
	c, _ := tmpl.esc.escapeTree(context{}, node, name, 0)
	var err error
	if c.err != nil {
		err, c.err.Name = c.err, name
	} else if c.state != stateText {
		err = &Error{ErrEndContext, nil, name, 0, fmt.Sprintf("ends in a non-text context: %v", c)}
	}
	t := tmpl.set[name]
	if err != nil {
		// A template that failed to escape must never run unescaped.
		if t != nil {
			t.escapeErr = err
			t.text.Tree = nil
			t.Tree = nil
		}
		return err
	}
	tmpl.esc.commit()
	if t != nil {
		t.escapeErr = escapeOK
		t.Tree = t.text.Tree
	}
	return nil
}

// filterFailsafe replaces a value that a filter rejects. It is chosen to
// be harmless in every context and easy to search for when debugging.
const filterFailsafe = "ZgotmplZ"

// An escaper holds the state of escaping the templates of one name space.
type escaper struct {
	// ns is the name space whose templates are escaped.
	ns *nameSpace
	// output maps a (mangled) template name to its end context: a guess
	// while the template is being escaped, final afterwards.
	output map[string]context
	// derived holds the copies of templates made for a start context
	// other than plain text, by mangled name.
	derived map[string]*template.Template
	// called records the templates reached while escaping, to tell
	// whether a template's escaping depended on a guess about itself.
	called map[string]bool
	// The edits to make to the trees once escaping succeeds: escapers to
	// add to actions, callees to rename, new text for text nodes.
	actionNodeEdits   map[*parse.ActionNode][]string
	templateNodeEdits map[*parse.TemplateNode]string
	textNodeEdits     map[*parse.TextNode][]byte
	// rangeContext collects the contexts at the {{break}} and
	// {{continue}} of the innermost {{range}} being escaped.
	rangeContext *rangeContext
}

// A rangeContext is what one {{range}} body has met, as a stack with the
// enclosing range's below it.
type rangeContext struct {
	outer     *rangeContext
	breaks    []context
	continues []context
}

// makeEscaper returns an escaper for the templates of n.
func makeEscaper(n *nameSpace) escaper {
	return escaper{
		ns:                n,
		output:            map[string]context{},
		derived:           map[string]*template.Template{},
		called:            map[string]bool{},
		actionNodeEdits:   map[*parse.ActionNode][]string{},
		templateNodeEdits: map[*parse.TemplateNode]string{},
		textNodeEdits:     map[*parse.TextNode][]byte{},
	}
}

// escape escapes node n, reached in context c, and returns the context
// after it.
func (e *escaper) escape(c context, n parse.Node) context {
	switch n := n.(type) {
	case *parse.ActionNode:
		return e.escapeAction(c, n)
	case *parse.BreakNode:
		c.n = n
		e.rangeContext.breaks = append(e.rangeContext.breaks, c)
		return context{state: stateDead}
	case *parse.CommentNode:
		return c
	case *parse.ContinueNode:
		c.n = n
		e.rangeContext.continues = append(e.rangeContext.continues, c)
		return context{state: stateDead}
	case *parse.IfNode:
		return e.escapeBranch(c, &n.BranchNode, "if")
	case *parse.ListNode:
		return e.escapeList(c, n)
	case *parse.RangeNode:
		return e.escapeBranch(c, &n.BranchNode, "range")
	case *parse.TemplateNode:
		return e.escapeTemplate(c, n)
	case *parse.TextNode:
		return e.escapeText(c, n)
	case *parse.WithNode:
		return e.escapeBranch(c, &n.BranchNode, "with")
	}
	panic("escaping " + n.String() + " is unimplemented")
}

// escapeAction chooses the escapers for an action in context c.
func (e *escaper) escapeAction(c context, n *parse.ActionNode) context {
	if len(n.Pipe.Decl) != 0 {
		// {{$x := ...}} prints nothing.
		return c
	}
	c = nudge(c)
	if err := checkPredefinedEscapers(c, n); err != nil {
		return context{state: stateError, err: err}
	}
	escapers, c := contextEscapers(c, n)
	if c.state == stateError {
		return c
	}
	e.editActionNode(n, escapers)
	return c
}

// nudge moves a context that is between the parts of a tag to where an
// action found there would put it: in a tag or after a name, an action
// writes an attribute name; after '=', it starts an unquoted value.
func nudge(c context) context {
	switch c.state {
	case stateTag:
		c.state = stateAttrName
	case stateBeforeValue:
		c.state, c.delim, c.attr = attrValueState[c.attr], delimSpaceOrTagEnd, attrNone
	case stateAfterName:
		c.state, c.attr = stateAttrName, attrNone
	}
	return c
}

// join returns the context after a construct whose paths end in contexts
// a and b (node, named nodeName, is the construct, for errors). Contexts
// that differ only in the URL part or the JavaScript '/' meaning join to
// the "unknown" value, which is an error only if an action then needs it.
func join(a, b context, node parse.Node, nodeName string) context {
	switch {
	case a.state == stateError:
		return a
	case b.state == stateError:
		return b
	case a.state == stateDead:
		return b
	case b.state == stateDead:
		return a
	case a.eq(b):
		return a
	}
	c := a
	c.urlPart = b.urlPart
	if c.eq(b) {
		c.urlPart = urlPartUnknown
		return c
	}
	c = a
	c.jsCtx = b.jsCtx
	if c.eq(b) {
		c.jsCtx = jsCtxUnknown
		return c
	}
	// "<a {{if}}b{{end}}" ends in a tag on one path and after a name on the
	// other; nudged, both are where the next attribute name goes.
	if na, nb := nudge(a), nudge(b); !(na.eq(a) && nb.eq(b)) {
		if j := join(na, nb, node, nodeName); j.state != stateError {
			return j
		}
	}
	return context{
		state: stateError,
		err:   errorf(ErrBranchEnd, node, 0, "{{%s}} branches end in different contexts: %v, %v", nodeName, a, b),
	}
}

// escapeBranch escapes an {{if}}, {{range}} or {{with}} reached in
// context c. A range body must also work from the context it ends in,
// since it may run again, so it is escaped a second time from there.
func (e *escaper) escapeBranch(c context, n *parse.BranchNode, nodeName string) context {
	var c0 context
	if nodeName == "range" {
		c0 = e.escapeRangeBody(c, n)
		if c0.state == stateError {
			return c0
		}
	} else {
		c0 = e.escapeList(c, n.List)
	}
	c1 := e.escapeList(c, n.ElseList)
	return join(c0, c1, n, nodeName)
}

// escapeRangeBody escapes the body of range n from context c and returns
// the context at the end of the loop.
func (e *escaper) escapeRangeBody(c context, n *parse.BranchNode) context {
	e.rangeContext = &rangeContext{outer: e.rangeContext}
	c0 := e.escapeList(c, n.List)
	if c0.state != stateError {
		c0 = joinRange(c0, e.rangeContext)
	}
	e.rangeContext = e.rangeContext.outer
	if c0.state == stateError {
		return c0
	}

	// Escape the body again as a second iteration would see it, without
	// keeping the edits, and check that it ends in the same context.
	e.rangeContext = &rangeContext{outer: e.rangeContext}
	defer func() { e.rangeContext = e.rangeContext.outer }()
	c1, _ := e.escapeListConditionally(c0, n.List, nil)
	c0 = join(c0, c1, n, "range")
	if c0.state == stateError {
		c0.err.Line = n.Line
		c0.err.Description = "on range loop re-entry: " + c0.err.Description
		return c0
	}
	return joinRange(c0, e.rangeContext)
}

// joinRange joins c0, the context at the end of a range body, with the
// contexts at its breaks and continues, which also leave the body.
func joinRange(c0 context, rc *rangeContext) context {
	for _, c := range rc.breaks {
		c0 = join(c0, c, c.n, "range")
		if c0.state == stateError {
			c0.err.Line = c.n.(*parse.BreakNode).Line
			c0.err.Description = "at range loop break: " + c0.err.Description
			return c0
		}
	}
	for _, c := range rc.continues {
		c0 = join(c0, c, c.n, "range")
		if c0.state == stateError {
			c0.err.Line = c.n.(*parse.ContinueNode).Line
			c0.err.Description = "at range loop continue: " + c0.err.Description
			return c0
		}
	}
	return c0
}

// escapeList escapes the nodes of list n in order; nothing after a
// {{break}} or {{continue}} is reached.
func (e *escaper) escapeList(c context, n *parse.ListNode) context {
	if n == nil {
		return c
	}
	for _, m := range n.Nodes {
		c = e.escape(c, m)
		if c.state == stateDead {
			break
		}
	}
	return c
}

// escapeListConditionally escapes list n with a scratch escaper that
// starts from e's known end contexts, and keeps its results (end
// contexts, copies and edits) only if filter approves of the context it
// ends in. A nil filter keeps nothing: the caller only wants the context.
func (e *escaper) escapeListConditionally(c context, n *parse.ListNode, filter func(*escaper, context) bool) (context, bool) {
	e1 := makeEscaper(e.ns)
	e1.rangeContext = e.rangeContext
	for k, v := range e.output {
		e1.output[k] = v
	}
	c = e1.escapeList(c, n)
	ok := filter != nil && filter(&e1, c)
	if ok {
		e.absorb(&e1)
	}
	return c, ok
}

// absorb takes over the results of the scratch escaper e1.
func (e *escaper) absorb(e1 *escaper) {
	for k, v := range e1.output {
		e.output[k] = v
	}
	for k, v := range e1.derived {
		e.derived[k] = v
	}
	for k, v := range e1.called {
		e.called[k] = v
	}
	for k, v := range e1.actionNodeEdits {
		e.editActionNode(k, v)
	}
	for k, v := range e1.templateNodeEdits {
		e.editTemplateNode(k, v)
	}
	for k, v := range e1.textNodeEdits {
		e.editTextNode(k, v)
	}
}

// escapeTemplate escapes a {{template}} call made in context c, pointing
// it at the copy of the callee made for c.
func (e *escaper) escapeTemplate(c context, n *parse.TemplateNode) context {
	c, name := e.escapeTree(c, n, n.Name, n.Line)
	if name != n.Name {
		e.editTemplateNode(n, name)
	}
	return c
}

// escapeTree escapes the template called name for start context c and
// returns its end context and the name of the version escaped for c. node
// and line place errors.
func (e *escaper) escapeTree(c context, node parse.Node, name string, line int) (context, string) {
	dname := c.mangle(name)
	e.called[dname] = true
	if out, ok := e.output[dname]; ok {
		// Escaped already, or being escaped: a recursive call.
		return out, dname
	}
	t := e.template(name)
	if t == nil {
		if e.ns.set[name] != nil {
			// Defined only by {{block}} or New without a body.
			return context{
				state: stateError,
				err:   errorf(ErrNoSuchTemplate, node, line, "%q is an incomplete or empty template", name),
			}, dname
		}
		return context{
			state: stateError,
			err:   errorf(ErrNoSuchTemplate, node, line, "no such template %q", name),
		}, dname
	}
	if dname != name {
		// Escape a copy, made on first need, leaving the original for
		// calls from other contexts.
		dt := e.template(dname)
		if dt == nil {
			dt = template.New(dname)
			dt.Tree = &parse.Tree{Name: dname, Root: t.Root.CopyList()}
			e.derived[dname] = dt
		}
		t = dt
	}
	return e.computeOutCtx(c, t), dname
}

// computeOutCtx escapes template t from context c and returns its end
// context. A template that calls itself needs a guess at its own end
// context: first that it ends where it starts, then, if not, that it ends
// where that first attempt ended.
func (e *escaper) computeOutCtx(c context, t *template.Template) context {
	c1, ok := e.escapeTemplateBody(c, t)
	if !ok {
		if c2, ok2 := e.escapeTemplateBody(c1, t); ok2 {
			c1, ok = c2, true
		}
	}
	if !ok && c1.state != stateError {
		return context{
			state: stateError,
			err:   errorf(ErrOutputContext, t.Tree.Root, 0, "cannot compute output context for template %s", t.Name()),
		}
	}
	return c1
}

// escapeTemplateBody escapes t from context c, guessing that recursive
// calls of t end in c, and reports whether the guess held (or was not
// needed).
func (e *escaper) escapeTemplateBody(c context, t *template.Template) (context, bool) {
	guessHeld := func(e1 *escaper, c1 context) bool {
		if c1.state == stateError {
			return false
		}
		if !e1.called[t.Name()] {
			return true
		}
		return c.eq(c1)
	}
	e.output[t.Name()] = c
	return e.escapeListConditionally(c, t.Tree.Root, guessHeld)
}

// delimEnds are the characters that end each kind of attribute value.
var delimEnds = [...]string{
	delimDoubleQuote:   `"`,
	delimSingleQuote:   "'",
	delimSpaceOrTagEnd: " \t\n\f\r>",
}

// escapeText moves context c over the text of node n. Along the way it
// notes the text's new form, if any: a '<' that does not start a tag
// becomes "&lt;" (except in "<!DOCTYPE"), and comments are removed, since
// the template author's comments are not meant for the reader of the page.
func (e *escaper) escapeText(c context, n *parse.TextNode) context {
	s, written, i, b := n.Text, 0, 0, new(bytes.Buffer)
	for i != len(s) {
		c1, nread := contextAfterText(c, s[i:])
		i1 := i + nread
		if c.state == stateText || c.state == stateRCDATA {
			end := i1
			if c1.state != c.state {
				// The text ends at the '<' of the tag it moved into.
				end = textEnd(s, i, i1, true)
			}
			for j := i; j < end; j++ {
				if s[j] == '<' && !bytes.HasPrefix(bytes.ToUpper(s[j:]), []byte("<!DOCTYPE")) {
					b.Write(s[written:j])
					b.WriteString("&lt;")
					written = j + 1
				}
			}
		} else if isComment(c.state) && c.delim == delimNone {
			// Drop the comment's text. A JavaScript or CSS block comment
			// still separates tokens, and one spanning lines may end a
			// statement, so it leaves a space or a newline.
			switch c.state {
			case stateJSBlockCmt:
				if bytes.ContainsAny(s[written:i1], "\n\r\u2028\u2029") {
					b.WriteByte('\n')
				} else {
					b.WriteByte(' ')
				}
			case stateCSSBlockCmt:
				b.WriteByte(' ')
			}
			written = i1
		}
		if c.state != c1.state && isComment(c1.state) && c1.delim == delimNone {
			// Keep the text up to the comment's opening "<!--", "/*"
			// or "//".
			start := i1 - 2
			if c1.state == stateHTMLCmt {
				start -= 2
			}
			b.Write(s[written:start])
			written = i1
		}
		if i == i1 && c.state == c1.state {
			panic(fmt.Sprintf("infinite loop from %v to %v on %q..%q", c, c1, s[:i], s[i:]))
		}
		c, i = c1, i1
	}
	if written != 0 && c.state != stateError {
		if !isComment(c.state) || c.delim != delimNone {
			b.Write(n.Text[written:])
		}
		e.editTextNode(n, b.Bytes())
	}
	return c
}

// contextAfterText advances context c over a prefix of template text s.
// Inside an attribute value it first finds the value's end: the value is
// HTML-unescaped and read whole by the state machine, and then the tag
// resumes.
func contextAfterText(c context, s []byte) (context, int) {
	if c.delim == delimNone {
		c1, i := tSpecialTagEnd(c, s)
		if i == 0 {
			// An end tag such as </script> comes first.
			return c1, 0
		}
		// Only the content up to the end tag belongs to c's language.
		return transition(c, s[:i])
	}

	i := bytes.IndexAny(s, delimEnds[c.delim])
	if i < 0 {
		i = len(s)
	}
	if c.delim == delimSpaceOrTagEnd {
		// Browsers read these characters in unquoted values differently;
		// refuse them rather than guess.
		if j := bytes.IndexAny(s[:i], "\"'<=`"); j >= 0 {
			return context{
				state: stateError,
				err:   errorf(ErrBadHTML, nil, 0, "%q in unquoted attr: %q", s[j:j+1], s[:i]),
			}, len(s)
		}
	}
	if i == len(s) {
		// The value goes on past this text: read it as the browser will,
		// with character references decoded.
		for u := []byte(html.UnescapeString(string(s))); len(u) != 0; {
			c1, i1 := transition(c, u)
			c, u = c1, u[i1:]
		}
		return c, len(s)
	}

	// The value ends here. A <script type> that is not JavaScript makes
	// the element's content plain text.
	element := c.element
	if c.state == stateAttr && c.element == elementScript && c.attr == attrScriptType && !isJSType(string(s[:i])) {
		element = elementNone
	}
	if c.delim != delimSpaceOrTagEnd {
		// Consume the closing quote.
		i++
	}
	return context{state: stateTag, element: element}, i
}

// editActionNode records that action n must get the escapers cmds.
func (e *escaper) editActionNode(n *parse.ActionNode, cmds []string) {
	if _, ok := e.actionNodeEdits[n]; ok {
		panic(fmt.Sprintf("node %s shared between templates", n))
	}
	e.actionNodeEdits[n] = cmds
}

// editTemplateNode records that call n must call callee.
func (e *escaper) editTemplateNode(n *parse.TemplateNode, callee string) {
	if _, ok := e.templateNodeEdits[n]; ok {
		panic(fmt.Sprintf("node %s shared between templates", n))
	}
	e.templateNodeEdits[n] = callee
}

// editTextNode records that text node n must hold text.
func (e *escaper) editTextNode(n *parse.TextNode, text []byte) {
	if _, ok := e.textNodeEdits[n]; ok {
		panic(fmt.Sprintf("node %s shared between templates", n))
	}
	e.textNodeEdits[n] = text
}

// commit applies the recorded edits to the trees, adds the escaping
// functions to every template reached and the copies made for other
// contexts to the set, and forgets the edits. The end contexts stay known
// for later escapings in the same name space.
func (e *escaper) commit() {
	for name := range e.output {
		e.template(name).Funcs(funcMap)
	}
	tmpl := e.arbitraryTemplate()
	for _, t := range e.derived {
		if _, err := tmpl.text.AddParseTree(t.Name(), t.Tree); err != nil {
			panic("error adding derived template")
		}
	}
	for n, s := range e.actionNodeEdits {
		ensurePipelineContains(n.Pipe, s)
	}
	for n, name := range e.templateNodeEdits {
		n.Name = name
	}
	for n, s := range e.textNodeEdits {
		n.Text = s
	}
	e.called = make(map[string]bool)
	e.actionNodeEdits = make(map[*parse.ActionNode][]string)
	e.templateNodeEdits = make(map[*parse.TemplateNode]string)
	e.textNodeEdits = make(map[*parse.TextNode][]byte)
}

// template returns the text template named name: one of the set, or a
// copy made for another context.
func (e *escaper) template(name string) *template.Template {
	// Any template of the set can look up all of them.
	t := e.arbitraryTemplate().text.Lookup(name)
	if t == nil {
		t = e.derived[name]
	}
	return t
}

// arbitraryTemplate picks any one template of the name space.
func (e *escaper) arbitraryTemplate() *Template {
	for _, t := range e.ns.set {
		return t
	}
	panic("no templates in name space")
}
