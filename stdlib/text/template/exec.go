// This file implements the execution of a template: a walk over its parse
// tree with the data as dot, evaluating pipelines through reflection and
// printing their values. An error panics with an ExecError (or, for a
// failed write, the writer's error), which Execute recovers and returns.

package template

import (
	"errors"
	"fmt"
	"internal/fmtsort"
	"io"
	"reflect"
	"runtime"
	"strings"
	"text/template/parse"
)

// maxExecDepth bounds the nesting of {{template}} calls, so that a
// template calling itself forever ends with an error, not a stack
// overflow.
const maxExecDepth = 100000

// state is the state of an execution.
type state struct {
	tmpl  *Template
	wr    io.Writer
	node  parse.Node // the node being evaluated, for errors
	vars  []variable // the variables in scope, innermost last
	depth int        // the {{template}} calls under way
}

// variable holds a variable's dynamic value.
type variable struct {
	name  string
	value reflect.Value
}

func (s *state) push(name string, value reflect.Value) {
	s.vars = append(s.vars, variable{name, value})
}

// mark returns the length of the variable stack, to pop back to.
func (s *state) mark() int {
	return len(s.vars)
}

func (s *state) pop(mark int) {
	s.vars = s.vars[0:mark]
}

// setVar sets the innermost variable of that name.
func (s *state) setVar(name string, value reflect.Value) {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = value
			return
		}
	}
	s.errorf("undefined variable: %s", name)
}

// setTopVar sets the n'th variable from the top of the stack (1 is the
// last).
func (s *state) setTopVar(n int, value reflect.Value) {
	s.vars[len(s.vars)-n].value = value
}

func (s *state) varValue(name string) reflect.Value {
	for i := len(s.vars) - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value
		}
	}
	s.errorf("undefined variable: %s", name)
	return reflect.Value{}
}

// missingVal stands for "no final argument": the first command of a
// pipeline has none, each later one gets the value of the one before.
type missingValType struct{}

var missingVal = reflect.ValueOf(missingValType{})

// at marks the node being evaluated.
func (s *state) at(node parse.Node) {
	s.node = node
}

// ExecError is the error Execute returns when evaluating the template
// fails. (A failed write returns the writer's own error instead.)
type ExecError struct {
	Name string // the template executed
	Err  error  // the error, its message saying where
}

func (e ExecError) Error() string {
	return e.Err.Error()
}

func (e ExecError) Unwrap() error {
	return e.Err
}

// errorf stops the execution with an error that says where:
// "template: NAME:LINE:COL: executing "NAME" at <NODE>: message".
func (s *state) errorf(format string, args ...any) {
	name := strings.ReplaceAll(s.tmpl.Name(), "%", "%%")
	if s.node == nil {
		format = fmt.Sprintf("template: %s: %s", name, format)
	} else {
		location, context := s.tmpl.ErrorContext(s.node)
		format = fmt.Sprintf("template: %s: executing %q at <%s>: %s", location, name,
			strings.ReplaceAll(context, "%", "%%"), format)
	}
	panic(ExecError{Name: s.tmpl.Name(), Err: fmt.Errorf(format, args...)})
}

// writeError carries a failed write out of the walk.
type writeError struct {
	Err error
}

func (s *state) writeError(err error) {
	panic(writeError{Err: err})
}

// errRecover turns the walk's panics into the returned error.
func errRecover(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	switch err := e.(type) {
	case runtime.Error:
		panic(e)
	case writeError:
		*errp = err.Err
	case ExecError:
		*errp = err
	default:
		panic(e)
	}
}

// ExecuteTemplate executes the template of t's set with the given name, as
// Execute does.
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error {
	tmpl := t.Lookup(name)
	if tmpl == nil {
		return fmt.Errorf("template: no template %q associated with template %q", name, t.name)
	}
	return tmpl.Execute(wr, data)
}

// Execute applies the template to data, writing the output to wr. On an
// error, evaluating or writing, it stops, and what was written stays
// written. Executions may run concurrently (their output interleaved if
// they share a writer). A reflect.Value as data stands for the value it
// holds.
func (t *Template) Execute(wr io.Writer, data any) (err error) {
	defer errRecover(&err)
	value, ok := data.(reflect.Value)
	if !ok {
		value = reflect.ValueOf(data)
	}
	s := &state{tmpl: t, wr: wr, vars: []variable{{"$", value}}}
	if t.Tree == nil || t.Root == nil {
		s.errorf("%q is an incomplete or empty template", t.Name())
	}
	s.walk(value, t.Root)
	return
}

// DefinedTemplates returns the names of the defined templates of t's set,
// quoted, after "; defined templates are: ", or "" if there are none: the
// tail of an error message.
func (t *Template) DefinedTemplates() string {
	if t.common == nil {
		return ""
	}
	var b strings.Builder
	t.muTmpl.RLock()
	defer t.muTmpl.RUnlock()
	for name, tmpl := range t.tmpl {
		if tmpl.Tree == nil || tmpl.Root == nil {
			continue
		}
		if b.Len() == 0 {
			b.WriteString("; defined templates are: ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", name)
	}
	return b.String()
}

// {{break}} and {{continue}} panic with these, which their range
// recovers.
var (
	walkBreak    = errors.New("break")
	walkContinue = errors.New("continue")
)

// walk executes a node with dot as its data.
func (s *state) walk(dot reflect.Value, node parse.Node) {
	s.at(node)
	switch node := node.(type) {
	case *parse.ActionNode:
		// Only a pipeline that declares nothing is printed: {{$x := 1}}
		// prints nothing.
		val := s.evalPipeline(dot, node.Pipe)
		if len(node.Pipe.Decl) == 0 {
			s.printValue(node, val)
		}
	case *parse.BreakNode:
		panic(walkBreak)
	case *parse.CommentNode:
	case *parse.ContinueNode:
		panic(walkContinue)
	case *parse.IfNode:
		s.walkIfOrWith(parse.NodeIf, dot, node.Pipe, node.List, node.ElseList)
	case *parse.ListNode:
		for _, node := range node.Nodes {
			s.walk(dot, node)
		}
	case *parse.RangeNode:
		s.walkRange(dot, node)
	case *parse.TemplateNode:
		s.walkTemplate(dot, node)
	case *parse.TextNode:
		if _, err := s.wr.Write(node.Text); err != nil {
			s.writeError(err)
		}
	case *parse.WithNode:
		s.walkIfOrWith(parse.NodeWith, dot, node.Pipe, node.List, node.ElseList)
	default:
		s.errorf("unknown node: %s", node)
	}
}

// walkIfOrWith walks an if or with: the list if the pipeline's value is
// true (with sets dot to it), else the else list.
func (s *state) walkIfOrWith(typ parse.NodeType, dot reflect.Value, pipe *parse.PipeNode, list, elseList *parse.ListNode) {
	defer s.pop(s.mark())
	val := s.evalPipeline(dot, pipe)
	truth, ok := isTrue(indirectInterface(val))
	if !ok {
		s.errorf("if/with can't use %v", val)
	}
	switch {
	case truth && typ == parse.NodeWith:
		s.walk(val, list)
	case truth:
		s.walk(dot, list)
	case elseList != nil:
		s.walk(dot, elseList)
	}
}

// IsTrue reports whether a value counts as true in an if: nil is false,
// and any other value is true unless it is the zero value of its type or
// empty (a struct always is true). ok is false for a kind that has no
// truth (an unsafe.Pointer).
func IsTrue(val any) (truth, ok bool) {
	return isTrue(reflect.ValueOf(val))
}

func isTrue(val reflect.Value) (truth, ok bool) {
	if !val.IsValid() {
		return false, true // nil and the like are false
	}
	switch val.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return val.Len() > 0, true
	case reflect.Bool:
		return val.Bool(), true
	case reflect.Complex64, reflect.Complex128:
		return val.Complex() != 0, true
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.Interface:
		return !val.IsNil(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return val.Int() != 0, true
	case reflect.Float32, reflect.Float64:
		return val.Float() != 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return val.Uint() != 0, true
	case reflect.Struct:
		return true, true
	}
	return false, false
}

// walkRange walks the list once per element of the pipeline's value (a
// map's in key order), its variables set to the element and index, or
// the else list if there are none.
func (s *state) walkRange(dot reflect.Value, r *parse.RangeNode) {
	s.at(r)
	defer func() {
		if e := recover(); e != nil && e != walkBreak {
			panic(e)
		}
	}()
	defer s.pop(s.mark())
	val, _ := indirect(s.evalPipeline(dot, r.Pipe))
	mark := s.mark()
	iteration := func(index, elem reflect.Value) {
		if len(r.Pipe.Decl) > 0 {
			s.setTopVar(1, elem)
		}
		if len(r.Pipe.Decl) > 1 {
			s.setTopVar(2, index)
		}
		defer s.pop(mark)
		defer func() {
			if e := recover(); e != nil && e != walkContinue {
				panic(e)
			}
		}()
		s.walk(elem, r.List)
	}
	n := 0 // the iterations run
	switch val.Kind() {
	case reflect.Array, reflect.Slice:
		for ; n < val.Len(); n++ {
			iteration(reflect.ValueOf(n), val.Index(n))
		}
	case reflect.Map:
		if val.Len() > 0 {
			sorted := fmtsort.Sort(val)
			for i, key := range sorted.Key {
				iteration(key, sorted.Value[i])
				n++
			}
		}
	case reflect.Chan:
		if val.IsNil() {
			break
		}
		if val.Type().ChanDir() == reflect.SendDir {
			s.errorf("range over send-only channel %v", val)
		}
		for {
			elem, ok := val.Recv()
			if !ok {
				break
			}
			iteration(reflect.ValueOf(n), elem)
			n++
		}
	case reflect.Invalid:
		// A missing value (a nil map's, say) ranges as an empty one.
	default:
		s.errorf("range can't iterate over %v", val)
	}
	if n == 0 && r.ElseList != nil {
		s.walk(dot, r.ElseList)
	}
}

// walkTemplate runs the named template with the pipeline's value as dot.
func (s *state) walkTemplate(dot reflect.Value, t *parse.TemplateNode) {
	s.at(t)
	tmpl := s.tmpl.Lookup(t.Name)
	if tmpl == nil {
		s.errorf("template %q not defined", t.Name)
	}
	if s.depth == maxExecDepth {
		s.errorf("exceeded maximum template depth (%v)", maxExecDepth)
	}
	dot = s.evalPipeline(dot, t.Pipe)
	inner := *s
	inner.depth++
	inner.tmpl = tmpl
	inner.vars = []variable{{"$", dot}}
	inner.walk(dot, tmpl.Root)
}

// evalPipeline returns the value of a pipeline: each command's value is
// the next one's final argument. Its variables are declared or assigned.
func (s *state) evalPipeline(dot reflect.Value, pipe *parse.PipeNode) (value reflect.Value) {
	if pipe == nil {
		return
	}
	s.at(pipe)
	value = missingVal
	for _, cmd := range pipe.Cmds {
		value = s.evalCommand(dot, cmd, value)
		// An interface{} result is unwrapped to what it holds.
		if value.Kind() == reflect.Interface && value.Type().NumMethod() == 0 {
			value = reflect.ValueOf(value.Interface())
		}
	}
	for _, variable := range pipe.Decl {
		if pipe.IsAssign {
			s.setVar(variable.Ident[0], value)
		} else {
			s.push(variable.Ident[0], value)
		}
	}
	return value
}

// notAFunction stops a command that gives arguments to a value.
func (s *state) notAFunction(args []parse.Node, final reflect.Value) {
	if len(args) > 1 || final != missingVal {
		s.errorf("can't give argument to non-function %s", args[0])
	}
}

// evalCommand returns the value of one command of a pipeline.
func (s *state) evalCommand(dot reflect.Value, cmd *parse.CommandNode, final reflect.Value) reflect.Value {
	first := cmd.Args[0]
	switch n := first.(type) {
	case *parse.FieldNode:
		return s.evalFieldNode(dot, n, cmd.Args, final)
	case *parse.ChainNode:
		return s.evalChainNode(dot, n, cmd.Args, final)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n, cmd, cmd.Args, final)
	case *parse.PipeNode:
		s.notAFunction(cmd.Args, final)
		return s.evalPipeline(dot, n)
	case *parse.VariableNode:
		return s.evalVariableNode(dot, n, cmd.Args, final)
	}
	s.at(first)
	s.notAFunction(cmd.Args, final)
	switch word := first.(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(word.True)
	case *parse.DotNode:
		return dot
	case *parse.NilNode:
		s.errorf("nil is not a command")
	case *parse.NumberNode:
		return s.idealConstant(word)
	case *parse.StringNode:
		return reflect.ValueOf(word.Text)
	}
	s.errorf("can't evaluate command %q", first)
	panic("not reached")
}

// idealConstant returns a number's value where nothing says its type:
// what its spelling says, as for an untyped Go constant (int, float64,
// complex128; never a uint).
func (s *state) idealConstant(constant *parse.NumberNode) reflect.Value {
	s.at(constant)
	text := constant.Text
	isRune := strings.HasPrefix(text, "'")
	isHexInt := len(text) > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') && !strings.ContainsAny(text, "pP")
	switch {
	case constant.IsComplex:
		return reflect.ValueOf(constant.Complex128)
	case constant.IsFloat && !isHexInt && !isRune && strings.ContainsAny(text, ".eEpP"):
		return reflect.ValueOf(constant.Float64)
	case constant.IsInt:
		n := int(constant.Int64)
		if int64(n) != constant.Int64 {
			s.errorf("%s overflows int", text)
		}
		return reflect.ValueOf(n)
	case constant.IsUint:
		s.errorf("%s overflows int", text)
	}
	return reflect.Value{}
}

func (s *state) evalFieldNode(dot reflect.Value, field *parse.FieldNode, args []parse.Node, final reflect.Value) reflect.Value {
	s.at(field)
	return s.evalFieldChain(dot, dot, field, field.Ident, args, final)
}

func (s *state) evalChainNode(dot reflect.Value, chain *parse.ChainNode, args []parse.Node, final reflect.Value) reflect.Value {
	s.at(chain)
	if len(chain.Field) == 0 {
		s.errorf("internal error: no fields in evalChainNode")
	}
	if chain.Node.Type() == parse.NodeNil {
		s.errorf("indirection through explicit nil in %s", chain)
	}
	// (pipe).Field1.Field2 has pipe as its receiver.
	pipe := s.evalArg(dot, nil, chain.Node)
	return s.evalFieldChain(dot, pipe, chain, chain.Field, args, final)
}

func (s *state) evalVariableNode(dot reflect.Value, variable *parse.VariableNode, args []parse.Node, final reflect.Value) reflect.Value {
	// $x.Field has $x as its receiver.
	s.at(variable)
	value := s.varValue(variable.Ident[0])
	if len(variable.Ident) == 1 {
		s.notAFunction(args, final)
		return value
	}
	return s.evalFieldChain(dot, value, variable, variable.Ident[1:], args, final)
}

// evalFieldChain evaluates .X.Y.Z from receiver; the arguments go to the
// last field only.
func (s *state) evalFieldChain(dot, receiver reflect.Value, node parse.Node, ident []string, args []parse.Node, final reflect.Value) reflect.Value {
	n := len(ident)
	for i := 0; i < n-1; i++ {
		receiver = s.evalField(dot, ident[i], node, nil, missingVal, receiver)
	}
	return s.evalField(dot, ident[n-1], node, args, final, receiver)
}

func (s *state) evalFunction(dot reflect.Value, node *parse.IdentifierNode, cmd parse.Node, args []parse.Node, final reflect.Value) reflect.Value {
	s.at(node)
	name := node.Ident
	function, isBuiltin, ok := findFunction(name, s.tmpl)
	if !ok {
		s.errorf("%q is not a defined function", name)
	}
	return s.evalCall(dot, function, isBuiltin, cmd, name, args, final)
}

// evalField evaluates .fieldName of receiver: a method (called with the
// arguments), a struct field, or a map element.
func (s *state) evalField(dot reflect.Value, fieldName string, node parse.Node, args []parse.Node, final, receiver reflect.Value) reflect.Value {
	if !receiver.IsValid() {
		if s.tmpl.option.missingKey == mapError { // as a missing map key
			s.errorf("nil data; no entry for key %q", fieldName)
		}
		return reflect.Value{}
	}
	typ := receiver.Type()
	receiver, isNil := indirect(receiver)
	if receiver.Kind() == reflect.Interface && isNil {
		// A nil interface has no methods; its fields are nobody's.
		s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
		return reflect.Value{}
	}
	// Methods of the pointer too, when the value is addressable.
	ptr := receiver
	if ptr.Kind() != reflect.Interface && ptr.Kind() != reflect.Pointer && ptr.CanAddr() {
		ptr = ptr.Addr()
	}
	if method := ptr.MethodByName(fieldName); method.IsValid() {
		return s.evalCall(dot, method, false, node, fieldName, args, final)
	}
	hasArgs := len(args) > 1 || final != missingVal
	switch receiver.Kind() {
	case reflect.Struct:
		tField, ok := receiver.Type().FieldByName(fieldName)
		if !ok {
			break
		}
		field, err := receiver.FieldByIndexErr(tField.Index)
		if !tField.IsExported() {
			s.errorf("%s is an unexported field of struct type %s", fieldName, typ)
		}
		if err != nil {
			s.errorf("%v", err)
		}
		if hasArgs {
			s.errorf("%s has arguments but cannot be invoked as function", fieldName)
		}
		return field
	case reflect.Map:
		nameVal := reflect.ValueOf(fieldName)
		if !nameVal.Type().AssignableTo(receiver.Type().Key()) {
			break
		}
		if hasArgs {
			s.errorf("%s is not a method but has arguments", fieldName)
		}
		result := receiver.MapIndex(nameVal)
		if !result.IsValid() {
			switch s.tmpl.option.missingKey {
			case mapZeroValue:
				result = reflect.Zero(receiver.Type().Elem())
			case mapError:
				s.errorf("map has no entry for key %q", fieldName)
			}
		}
		return result
	case reflect.Pointer:
		etyp := receiver.Type().Elem()
		if etyp.Kind() == reflect.Struct {
			if _, ok := etyp.FieldByName(fieldName); !ok {
				break // no such field: say so, not that the pointer is nil
			}
		}
		if isNil {
			s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
		}
	}
	s.errorf("can't evaluate field %s in type %s", fieldName, typ)
	panic("not reached")
}

var (
	errorType        = reflect.TypeOf((*error)(nil)).Elem()
	fmtStringerType  = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	reflectValueType = reflect.TypeOf((*reflect.Value)(nil)).Elem()
)

// evalCall calls a function or method with the command's arguments
// (args[0] is its name) and the final value, if any, as the last one.
func (s *state) evalCall(dot, fun reflect.Value, isBuiltin bool, node parse.Node, name string, args []parse.Node, final reflect.Value) reflect.Value {
	if args != nil {
		args = args[1:]
	}
	typ := fun.Type()
	numIn := len(args)
	if final != missingVal {
		numIn++
	}
	numFixed := len(args)
	if typ.IsVariadic() {
		numFixed = typ.NumIn() - 1
		if numIn < numFixed {
			s.errorf("wrong number of args for %s: want at least %d got %d", name, typ.NumIn()-1, len(args))
		}
	} else if numIn != typ.NumIn() {
		s.errorf("wrong number of args for %s: want %d got %d", name, typ.NumIn(), numIn)
	}
	if !goodFunc(typ) {
		s.errorf("can't call method/function %q with %d results", name, typ.NumOut())
	}

	unwrap := func(v reflect.Value) reflect.Value {
		if v.Type() == reflectValueType {
			v = v.Interface().(reflect.Value)
		}
		return v
	}

	// and and or stop at the first argument that decides.
	if isBuiltin && (name == "and" || name == "or") {
		argType := typ.In(0)
		var v reflect.Value
		for _, arg := range args {
			v = s.evalArg(dot, argType, arg).Interface().(reflect.Value)
			if truth(v) == (name == "or") {
				return v
			}
		}
		if final != missingVal {
			v = unwrap(s.validateType(final, argType))
		}
		return v
	}

	argv := make([]reflect.Value, numIn)
	i := 0
	for ; i < numFixed && i < len(args); i++ {
		argv[i] = s.evalArg(dot, typ.In(i), args[i])
	}
	if typ.IsVariadic() {
		argType := typ.In(typ.NumIn() - 1).Elem()
		for ; i < len(args); i++ {
			argv[i] = s.evalArg(dot, argType, args[i])
		}
	}
	if final != missingVal {
		t := typ.In(typ.NumIn() - 1)
		if typ.IsVariadic() {
			if numIn-1 < numFixed {
				// The final value fills a fixed parameter.
				t = typ.In(numIn - 1)
			} else {
				t = t.Elem()
			}
		}
		argv[i] = s.validateType(final, t)
	}
	v, err := safeCall(fun, argv)
	if err != nil {
		s.at(node)
		s.errorf("error calling %s: %w", name, err)
	}
	return unwrap(v)
}

// canBeNil reports whether an untyped nil can be assigned to the type.
func canBeNil(typ reflect.Type) bool {
	switch typ.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return true
	case reflect.Struct:
		return typ == reflectValueType
	}
	return false
}

// validateType guarantees that the value is valid and assignable to the
// type, dereferencing or taking the address when that makes it so.
func (s *state) validateType(value reflect.Value, typ reflect.Type) reflect.Value {
	if !value.IsValid() {
		if typ == nil {
			// nil for a parameter of any type: an invalid Value again
			return reflect.ValueOf(nil)
		}
		if canBeNil(typ) {
			return reflect.Zero(typ)
		}
		s.errorf("invalid value; expected %s", typ)
	}
	if typ == reflectValueType && value.Type() != typ {
		return reflect.ValueOf(value)
	}
	if typ == nil || value.Type().AssignableTo(typ) {
		return value
	}
	if value.Kind() == reflect.Interface && !value.IsNil() {
		value = value.Elem()
		if value.Type().AssignableTo(typ) {
			return value
		}
	}
	switch {
	case value.Kind() == reflect.Pointer && value.Type().Elem().AssignableTo(typ):
		value = value.Elem()
		if !value.IsValid() {
			s.errorf("dereference of nil pointer of type %s", typ)
		}
	case reflect.PointerTo(value.Type()).AssignableTo(typ) && value.CanAddr():
		value = value.Addr()
	default:
		s.errorf("wrong type for value; expected %s; got %s", typ, value.Type())
	}
	return value
}

// evalArg evaluates an argument for a parameter of type typ (nil: any).
func (s *state) evalArg(dot reflect.Value, typ reflect.Type, n parse.Node) reflect.Value {
	s.at(n)
	switch arg := n.(type) {
	case *parse.DotNode:
		return s.validateType(dot, typ)
	case *parse.NilNode:
		if canBeNil(typ) {
			return reflect.Zero(typ)
		}
		s.errorf("cannot assign nil to %s", typ)
	case *parse.FieldNode:
		return s.validateType(s.evalFieldNode(dot, arg, []parse.Node{n}, missingVal), typ)
	case *parse.VariableNode:
		return s.validateType(s.evalVariableNode(dot, arg, nil, missingVal), typ)
	case *parse.PipeNode:
		return s.validateType(s.evalPipeline(dot, arg), typ)
	case *parse.IdentifierNode:
		return s.validateType(s.evalFunction(dot, arg, arg, nil, missingVal), typ)
	case *parse.ChainNode:
		return s.validateType(s.evalChainNode(dot, arg, nil, missingVal), typ)
	}
	// A constant: it takes the parameter's type.
	switch typ.Kind() {
	case reflect.Bool:
		if b, ok := n.(*parse.BoolNode); ok {
			return s.newValue(typ, func(v reflect.Value) { v.SetBool(b.True) })
		}
		s.errorf("expected bool; found %s", n)
	case reflect.Complex64, reflect.Complex128:
		if c, ok := n.(*parse.NumberNode); ok && c.IsComplex {
			return s.newValue(typ, func(v reflect.Value) { v.SetComplex(c.Complex128) })
		}
		s.errorf("expected complex; found %s", n)
	case reflect.Float32, reflect.Float64:
		if f, ok := n.(*parse.NumberNode); ok && f.IsFloat {
			return s.newValue(typ, func(v reflect.Value) { v.SetFloat(f.Float64) })
		}
		s.errorf("expected float; found %s", n)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if i, ok := n.(*parse.NumberNode); ok && i.IsInt {
			return s.newValue(typ, func(v reflect.Value) { v.SetInt(i.Int64) })
		}
		s.errorf("expected integer; found %s", n)
	case reflect.Interface:
		if typ.NumMethod() == 0 {
			return s.evalEmptyInterface(dot, n)
		}
	case reflect.Struct:
		if typ == reflectValueType {
			return reflect.ValueOf(s.evalEmptyInterface(dot, n))
		}
	case reflect.String:
		if str, ok := n.(*parse.StringNode); ok {
			return s.newValue(typ, func(v reflect.Value) { v.SetString(str.Text) })
		}
		s.errorf("expected string; found %s", n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if u, ok := n.(*parse.NumberNode); ok && u.IsUint {
			return s.newValue(typ, func(v reflect.Value) { v.SetUint(u.Uint64) })
		}
		s.errorf("expected unsigned integer; found %s", n)
	}
	s.errorf("can't handle %s for arg of type %s", n, typ)
	panic("not reached")
}

// newValue returns a new settable value of the type, set by set.
func (s *state) newValue(typ reflect.Type, set func(reflect.Value)) reflect.Value {
	v := reflect.New(typ).Elem()
	set(v)
	return v
}

// evalEmptyInterface evaluates a constant or other operand for an
// interface{} parameter: a number takes its ideal type.
func (s *state) evalEmptyInterface(dot reflect.Value, n parse.Node) reflect.Value {
	s.at(n)
	switch n := n.(type) {
	case *parse.BoolNode:
		return reflect.ValueOf(n.True)
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return s.evalFieldNode(dot, n, nil, missingVal)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n, n, nil, missingVal)
	case *parse.NilNode:
		// evalArg, the only caller, takes nil itself
		s.errorf("evalEmptyInterface: nil (can't happen)")
	case *parse.NumberNode:
		return s.idealConstant(n)
	case *parse.StringNode:
		return reflect.ValueOf(n.Text)
	case *parse.VariableNode:
		return s.evalVariableNode(dot, n, nil, missingVal)
	case *parse.PipeNode:
		return s.evalPipeline(dot, n)
	}
	s.errorf("can't handle assignment of %s to empty interface argument", n)
	panic("not reached")
}

// indirect follows pointers and interfaces to the value at the end; isNil
// reports a nil on the way (then v is that pointer or interface).
func indirect(v reflect.Value) (rv reflect.Value, isNil bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

// indirectInterface returns what an interface value holds (the zero Value
// for a nil one), and any other value as it is.
func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// printValue writes the textual representation of the value to the
// output of the template.
func (s *state) printValue(n parse.Node, v reflect.Value) {
	s.at(n)
	iface, ok := printableValue(v)
	if !ok {
		s.errorf("can't print %s of type %s", n, v.Type())
	}
	if _, err := fmt.Fprint(s.wr, iface); err != nil {
		s.writeError(err)
	}
}

// printableValue returns what printing v should print: a pointer's
// target, or the address of a value whose pointer is an error or
// Stringer. Channels and functions cannot be printed.
func printableValue(v reflect.Value) (any, bool) {
	if v.Kind() == reflect.Pointer {
		v, _ = indirect(v) // fmt.Fprint handles nil.
	}
	if !v.IsValid() {
		return "<no value>", true
	}
	if !v.Type().Implements(errorType) && !v.Type().Implements(fmtStringerType) {
		if v.CanAddr() && (reflect.PointerTo(v.Type()).Implements(errorType) || reflect.PointerTo(v.Type()).Implements(fmtStringerType)) {
			v = v.Addr()
		} else {
			switch v.Kind() {
			case reflect.Chan, reflect.Func:
				return nil, false
			}
		}
	}
	return v.Interface(), true
}
