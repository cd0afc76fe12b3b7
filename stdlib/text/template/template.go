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

// Template is the representation of a parsed template. The *parse.Tree
// field is exported only for use by html/template and should be treated
// as unexported by all other clients.
type Template struct {
	name string
	*parse.Tree
	*common
	leftDelim  string
	rightDelim string
}

// New allocates a new, undefined template with the given name.
func New(name string) *Template {
	t := &Template{name: name}
	t.init()
	return t
}

// Name returns the name of the template.
func (t *Template) Name() string {
	return t.name
}

// New allocates a new, undefined template associated with the given one
// and with the same delimiters. The association, which is transitive,
// allows one template to invoke another with a {{template}} action.
//
// Because associated templates share underlying data, template
// construction cannot be done safely in parallel. Once the templates are
// constructed, they can be executed in parallel.
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

// Clone returns a duplicate of the template, including all associated
// templates. The actual representation is not copied, but the name space
// of associated templates is, so further calls to Parse in the copy will
// add templates to the copy but not to the original. Clone can be used to
// prepare common templates and use them with variant definitions for
// other templates by adding the variants after the clone is made.
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

// AddParseTree associates the argument parse tree with the template t,
// giving it the specified name. If the template has not been defined,
// this tree becomes its definition. If it has been defined and already
// has that name, the existing definition is replaced; otherwise a new
// template is created, defined, and returned.
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

// Templates returns a slice of defined templates associated with t.
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

// Delims sets the action delimiters to the specified strings, to be used
// in subsequent calls to Parse, ParseFiles, or ParseGlob. Nested template
// definitions will inherit the settings. An empty delimiter stands for
// the corresponding default: {{ or }}. The return value is the template,
// so calls can be chained.
func (t *Template) Delims(left, right string) *Template {
	t.init()
	t.leftDelim = left
	t.rightDelim = right
	return t
}

// Funcs adds the elements of the argument map to the template's function
// map. It must be called before the template is parsed. It panics if a
// value in the map is not a function with appropriate return type or if
// the name cannot be used syntactically as a function in a template. It
// is legal to overwrite elements of the map. The return value is the
// template, so calls can be chained.
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

// Lookup returns the template with the given name that is associated
// with t. It returns nil if there is no such template or the template has
// no definition.
func (t *Template) Lookup(name string) *Template {
	if t.common == nil {
		return nil
	}
	t.muTmpl.RLock()
	defer t.muTmpl.RUnlock()
	return t.tmpl[name]
}

// Parse parses text as a template body for t. Named template definitions
// ({{define ...}} or {{block ...}} statements) in text define additional
// templates associated with t and are removed from the definition of t
// itself.
//
// Templates can be redefined in successive calls to Parse. A template
// definition with a body containing only white space and comments is
// considered empty and will not replace an existing template's body.
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

// Option sets options for the template. Options are described by
// strings, either a simple string or "key=value". There can be at most
// one equals sign in an option string. If the option string is
// unrecognized or otherwise invalid, Option panics.
//
// Known options:
//
//	missingkey: what to do when a map is indexed with a key that is not
//	present: "default" or "invalid" (print "<no value>"), "zero" (the
//	element's zero value), "error" (stop execution with an error).
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
