// Package template implements data-driven templates for generating
// textual output, with the API of Go 1.19's text/template.
//
// A template is text with actions in "{{" and "}}": pipelines whose
// values are printed, if/range/with controls, variables, functions, and
// other templates invoked by name. Parsing is text/template/parse's work;
// this package keeps the set of templates that know each other, their
// functions and options, and executes a tree against data through
// reflection (exec.go).
//
// This file implements the Template and its set.
package template

import (
	"reflect"
	"strings"
	"sync"
	"text/template/parse"
)

// common holds what the templates of one set share: the templates by
// name, the functions, and the options.
type common struct {
	tmpl   map[string]*Template
	muTmpl sync.RWMutex // guards tmpl
	option option
	// The functions: as Parse checks them (parseFuncs) and as calls
	// take them (execFuncs).
	muFuncs    sync.RWMutex // guards parseFuncs and execFuncs
	parseFuncs FuncMap
	execFuncs  map[string]reflect.Value
}

// A Template is a parsed template and its place in a set of templates that
// can call each other. Its *parse.Tree is exported for html/template's
// sake; other clients should leave it alone.
type Template struct {
	name string
	*parse.Tree
	*common
	leftDelim  string
	rightDelim string
}

// New returns a new template of the given name, not yet parsed, in a set of
// its own.
func New(name string) *Template {
	t := &Template{name: name}
	t.init()
	return t
}

// Name returns the name of the template.
func (t *Template) Name() string {
	return t.name
}

// New returns a new template of the given name, not yet parsed, in t's set
// (so that each can invoke the other with {{template}}) and with t's
// delimiters. Building a set is not safe for concurrent use; executing
// it is.
func (t *Template) New(name string) *Template {
	t.init()
	return &Template{name: name, common: t.common, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
}

// init gives a template made as a zero value its set.
func (t *Template) init() {
	if t.common == nil {
		t.common = &common{
			tmpl:       make(map[string]*Template),
			parseFuncs: make(FuncMap),
			execFuncs:  make(map[string]reflect.Value),
		}
	}
}

// Clone returns a copy of t and of its set: the parse trees are shared, the
// name space is not, so that templates parsed into the copy (variants of
// some definitions, say) leave the original as it was.
func (t *Template) Clone() (*Template, error) {
	nt := t.copy(nil)
	nt.init()
	if t.common == nil {
		return nt, nil
	}
	t.muTmpl.RLock()
	defer t.muTmpl.RUnlock()
	for name, tmpl := range t.tmpl {
		if name == t.name {
			nt.tmpl[name] = nt
		} else {
			nt.tmpl[name] = tmpl.copy(nt.common)
		}
	}
	t.muFuncs.RLock()
	defer t.muFuncs.RUnlock()
	for name, f := range t.parseFuncs {
		nt.parseFuncs[name] = f
	}
	for name, f := range t.execFuncs {
		nt.execFuncs[name] = f
	}
	return nt, nil
}

// copy returns a shallow copy of t, in the set c.
func (t *Template) copy(c *common) *Template {
	return &Template{name: t.name, Tree: t.Tree, common: c, leftDelim: t.leftDelim, rightDelim: t.rightDelim}
}

// AddParseTree adds a parsed tree to t's set under the given name: as t's
// own definition if the name is t's, else as a new template's, which it
// returns. A tree that is empty does not replace a definition.
func (t *Template) AddParseTree(name string, tree *parse.Tree) (*Template, error) {
	t.init()
	t.muTmpl.Lock()
	defer t.muTmpl.Unlock()
	nt := t
	if name != t.name {
		nt = t.New(name)
	}
	if t.associate(nt, tree) || nt.Tree == nil {
		nt.Tree = tree
	}
	return nt, nil
}

// Templates returns the templates of t's set, t included if it is
// defined, in no particular order.
func (t *Template) Templates() []*Template {
	if t.common == nil {
		return nil
	}
	t.muTmpl.RLock()
	defer t.muTmpl.RUnlock()
	m := make([]*Template, 0, len(t.tmpl))
	for _, v := range t.tmpl {
		m = append(m, v)
	}
	return m
}

// Delims sets the action delimiters that later Parse, ParseFiles and
// ParseGlob calls use (templates they define inherit them); "" stands for
// the default, "{{" or "}}". It returns t, for chaining.
func (t *Template) Delims(left, right string) *Template {
	t.init()
	t.leftDelim = left
	t.rightDelim = right
	return t
}

// Funcs adds the map's functions to t's set, for templates parsed after it.
// A name that is not an identifier, or a value that is not a function
// returning one value or a value and an error, panics. It returns t, for
// chaining.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.init()
	t.muFuncs.Lock()
	defer t.muFuncs.Unlock()
	addValueFuncs(t.execFuncs, funcMap)
	for name, fn := range funcMap {
		t.parseFuncs[name] = fn
	}
	return t
}

// Lookup returns the template of t's set with the given name, or nil.
func (t *Template) Lookup(name string) *Template {
	if t.common == nil {
		return nil
	}
	t.muTmpl.RLock()
	defer t.muTmpl.RUnlock()
	return t.tmpl[name]
}

// Parse parses text as t's body. The {{define}} and {{block}} definitions it
// holds become templates of t's set, not part of t's body. A later Parse
// may redefine a template; a definition with nothing but spaces and
// comments does not replace one that has a body.
func (t *Template) Parse(text string) (*Template, error) {
	t.init()
	t.muFuncs.RLock()
	trees, err := parse.Parse(t.name, text, t.leftDelim, t.rightDelim, t.parseFuncs, builtins())
	t.muFuncs.RUnlock()
	if err != nil {
		return nil, err
	}
	for name, tree := range trees {
		if _, err := t.AddParseTree(name, tree); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// associate installs the new template into the set, unless it would
// replace a defined template with an empty one; it reports whether it did.
func (t *Template) associate(new *Template, tree *parse.Tree) bool {
	if new.common != t.common {
		panic("internal error: associate not common")
	}
	if old := t.tmpl[new.name]; old != nil && parse.IsEmptyTree(tree.Root) && old.Tree != nil {
		return false
	}
	t.tmpl[new.name] = new
	return true
}

// The actions for a map key that is missing: Option("missingkey=...").
type missingKeyAction int

const (
	mapInvalid   missingKeyAction = iota // "invalid", "default": an invalid value, printed "<no value>"
	mapZeroValue                         // "zero": the element type's zero value
	mapError                             // "error": stop with an error
)

type option struct {
	missingKey missingKeyAction
}

// Option sets options of t, each "key=value"; an unknown or malformed
// option panics. The one option is missingkey, what indexing a map with a
// key it lacks gives:
//
//	missingkey=default or missingkey=invalid: no value ("<no value>" in print)
//	missingkey=zero: the zero value of the element type
//	missingkey=error: execution stops with an error
func (t *Template) Option(opt ...string) *Template {
	t.init()
	for _, s := range opt {
		t.setOption(s)
	}
	return t
}

func (t *Template) setOption(opt string) {
	if opt == "" {
		panic("empty option string")
	}
	key, value, _ := strings.Cut(opt, "=")
	if key == "missingkey" {
		switch value {
		case "invalid", "default":
			t.option.missingKey = mapInvalid
			return
		case "zero":
			t.option.missingKey = mapZeroValue
			return
		case "error":
			t.option.missingKey = mapError
			return
		}
	}
	panic("unrecognized option: " + opt)
}
