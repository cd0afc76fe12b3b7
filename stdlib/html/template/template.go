package template

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"
	"text/template"
	"text/template/parse"
)

// A Template is a text/template Template whose output is safe HTML: before
// its first run, each action is given the escaping its place in the page
// needs (see the package doc).
type Template struct {
	// escapeErr is nil until the template is escaped, then escapeOK or
	// the error that escaping met.
	escapeErr error
	// text is the underlying text template; the escaper edits its tree.
	text *template.Template
	// Tree is the template's parse tree, exported for the same reason as
	// text/template's: it is nil until parsed, and after a failed escaping.
	Tree *parse.Tree
	// The templates associated with this one share a name space.
	*nameSpace
}

// escapeOK marks a template that escaped without error.
var escapeOK = fmt.Errorf("template escaped correctly")

// A nameSpace is what associated templates share: the templates by name,
// and the escaper, which remembers the end context of every template it
// has escaped. Once any of them has run, none may be parsed again.
type nameSpace struct {
	mu      sync.Mutex
	set     map[string]*Template
	escaped bool
	esc     escaper
}

// newNameSpace returns an empty name space.
func newNameSpace() *nameSpace {
	ns := &nameSpace{set: make(map[string]*Template)}
	ns.esc = makeEscaper(ns)
	return ns
}

// Templates returns t and every template associated with it.
func (t *Template) Templates() []*Template {
	ns := t.nameSpace
	ns.mu.Lock()
	defer ns.mu.Unlock()
	m := make([]*Template, 0, len(ns.set))
	for _, v := range ns.set {
		m = append(m, v)
	}
	return m
}

// Option sets options for the template, as text/template's Option does;
// the one option is "missingkey=default|invalid|zero|error".
func (t *Template) Option(opt ...string) *Template {
	t.text.Option(opt...)
	return t
}

// checkCanParse returns an error if t's name space has run already: the
// escaper has then edited its trees, which new definitions could
// invalidate.
func (t *Template) checkCanParse() error {
	if t == nil {
		return nil
	}
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	if t.nameSpace.escaped {
		return fmt.Errorf("html/template: cannot Parse after Execute")
	}
	return nil
}

// escape escapes t on its first run and returns the outcome, then and on
// every later run.
func (t *Template) escape() error {
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	t.nameSpace.escaped = true
	if t.escapeErr == nil {
		if t.Tree == nil {
			return fmt.Errorf("template: %q is an incomplete or empty template", t.Name())
		}
		return escapeTemplate(t, t.text.Root, t.Name())
	}
	if t.escapeErr != escapeOK {
		return t.escapeErr
	}
	return nil
}

// Execute runs the template on data and writes the result to wr. An
// error while running or writing stops it, possibly after part of the
// output is written. Several goroutines may run one template at once;
// if they share wr, their outputs may be mixed.
func (t *Template) Execute(wr io.Writer, data any) error {
	if err := t.escape(); err != nil {
		return err
	}
	return t.text.Execute(wr, data)
}

// ExecuteTemplate is Execute for the template called name among those
// associated with t.
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error {
	tmpl, err := t.lookupAndEscapeTemplate(name)
	if err != nil {
		return err
	}
	return tmpl.text.Execute(wr, data)
}

// lookupAndEscapeTemplate returns the template called name, escaped.
func (t *Template) lookupAndEscapeTemplate(name string) (*Template, error) {
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	t.nameSpace.escaped = true
	tmpl := t.set[name]
	if tmpl == nil {
		return nil, fmt.Errorf("html/template: %q is undefined", name)
	}
	if tmpl.escapeErr != nil && tmpl.escapeErr != escapeOK {
		return nil, tmpl.escapeErr
	}
	if tmpl.text.Tree == nil || tmpl.text.Root == nil {
		return nil, fmt.Errorf("html/template: %q is an incomplete template", name)
	}
	if t.text.Lookup(name) == nil {
		panic("html/template internal error: template escaping out of sync")
	}
	if tmpl.escapeErr == nil {
		return tmpl, escapeTemplate(tmpl, tmpl.text.Root, name)
	}
	return tmpl, nil
}

// DefinedTemplates lists the names of the templates of t's set, for
// error messages: "; defined templates are: " then the quoted names, or
// "" when the set has none.
func (t *Template) DefinedTemplates() string {
	return t.text.DefinedTemplates()
}

// Parse reads text as t's body. Each {{define}} or {{block}} in text
// becomes a separate template of t's set instead of part of t.
//
// Parse may be called again to redefine templates, until the set is
// first executed. A definition whose body is only spaces and comments
// counts as empty and leaves an existing body alone.
func (t *Template) Parse(text string) (*Template, error) {
	if err := t.checkCanParse(); err != nil {
		return nil, err
	}
	ret, err := t.text.Parse(text)
	if err != nil {
		return nil, err
	}
	// Mirror every text template of the set, new or redefined, here.
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	for _, v := range ret.Templates() {
		name := v.Name()
		tmpl := t.set[name]
		if tmpl == nil {
			tmpl = t.new(name)
		}
		tmpl.text = v
		tmpl.Tree = v.Tree
	}
	return t, nil
}

// AddParseTree adds to t's set a template called name whose parse tree
// is tree. It fails once any template of the set has been executed.
func (t *Template) AddParseTree(name string, tree *parse.Tree) (*Template, error) {
	if err := t.checkCanParse(); err != nil {
		return nil, err
	}
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	text, err := t.text.AddParseTree(name, tree)
	if err != nil {
		return nil, err
	}
	ret := &Template{text: text, Tree: text.Tree, nameSpace: t.nameSpace}
	t.set[name] = ret
	return ret, nil
}

// Clone copies t and every template of its set into a new set, so that
// templates parsed into the clone do not appear in t. A common base can
// thus be cloned once per page and each clone given its own
// definitions.
//
// It fails once t has been executed.
func (t *Template) Clone() (*Template, error) {
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	if t.escapeErr != nil {
		return nil, fmt.Errorf("html/template: cannot Clone %q after it has executed", t.Name())
	}
	textClone, err := t.text.Clone()
	if err != nil {
		return nil, err
	}
	ns := newNameSpace()
	ret := &Template{text: textClone, Tree: textClone.Tree, nameSpace: ns}
	ns.set[ret.Name()] = ret
	for _, x := range textClone.Templates() {
		name := x.Name()
		src := t.set[name]
		if src == nil || src.escapeErr != nil {
			return nil, fmt.Errorf("html/template: cannot Clone %q after it has executed", t.Name())
		}
		// The clone's trees must be its own: escaping edits them.
		x.Tree = x.Tree.Copy()
		ns.set[name] = &Template{text: x, Tree: x.Tree, nameSpace: ns}
	}
	return ns.set[ret.Name()], nil
}

// New returns an empty HTML template called name, in a set of its own.
func New(name string) *Template {
	ns := newNameSpace()
	tmpl := &Template{text: template.New(name), nameSpace: ns}
	ns.set[name] = tmpl
	return tmpl
}

// New returns an empty HTML template called name in t's set, with t's
// delimiters. Templates of one set can call each other with
// {{template}}.
//
// A template of the set that already had that name is replaced: it is
// emptied and leaves the set.
func (t *Template) New(name string) *Template {
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	return t.new(name)
}

// new is New for a caller holding the name space's lock.
func (t *Template) new(name string) *Template {
	tmpl := &Template{text: t.text.New(name), nameSpace: t.nameSpace}
	if existing, ok := tmpl.set[name]; ok {
		// Whoever still holds the old template gets an empty one of its
		// own.
		*existing = *New(existing.Name())
	}
	tmpl.set[name] = tmpl
	return tmpl
}

// Name returns t's name.
func (t *Template) Name() string {
	return t.text.Name()
}

// FuncMap maps names to the functions templates may call; it is
// text/template's FuncMap.
type FuncMap = template.FuncMap

// Funcs adds funcMap's functions to t's, replacing any of the same name;
// call it before parsing, since the parser checks that names exist. It
// panics if a value is not a function with a result usable in a
// template. It returns t, for chaining.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.text.Funcs(template.FuncMap(funcMap))
	return t
}

// Delims changes the action delimiters for later Parse, ParseFiles and
// ParseGlob calls, templates defined inside included; "" means the
// default, {{ or }}. It returns t, for chaining.
func (t *Template) Delims(left, right string) *Template {
	t.text.Delims(left, right)
	return t
}

// Lookup returns the template called name in t's set, or nil.
func (t *Template) Lookup(name string) *Template {
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	return t.set[name]
}

// Must returns t, or panics if err is not nil. It lets a package
// variable hold a template parsed at start-up:
//
//	var page = template.Must(template.New("page").Parse(pageHTML))
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// ParseFiles parses the named files into a new set of templates, each
// template named after its file's base name, and returns the first
// file's template. At least one file is needed; on error it returns nil.
//
// Of several files with one base name in different directories, the
// last in the list wins.
func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, readFileOS, filenames...)
}

// ParseFiles parses the named files into t's set, each template named
// after its file's base name, and returns t, or nil on error. At least
// one file is needed; of several files with one base name, the last in
// the list wins.
//
// It fails once any template of the set has been executed.
func (t *Template) ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(t, readFileOS, filenames...)
}

// parseFiles parses each file, read by readFile, into a template named
// after it, in t's set; with t nil, the first file's template starts a
// new set.
func parseFiles(t *Template, readFile func(string) (string, []byte, error), filenames ...string) (*Template, error) {
	if err := t.checkCanParse(); err != nil {
		return nil, err
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("html/template: no files named in call to ParseFiles")
	}
	for _, filename := range filenames {
		name, b, err := readFile(filename)
		if err != nil {
			return nil, err
		}
		if t == nil {
			t = New(name)
		}
		tmpl := t
		if name != t.Name() {
			tmpl = t.New(name)
		}
		if _, err := tmpl.Parse(string(b)); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// ParseGlob is ParseFiles on the files whose names match pattern, in
// filepath.Match syntax; at least one must match. The result is the
// template of the first match.
func ParseGlob(pattern string) (*Template, error) {
	return parseGlob(nil, pattern)
}

// ParseGlob is t.ParseFiles on the files whose names match pattern, in
// filepath.Match syntax.
//
// It fails once any template of the set has been executed.
func (t *Template) ParseGlob(pattern string) (*Template, error) {
	return parseGlob(t, pattern)
}

// parseGlob is ParseFiles over the files matching pattern.
func parseGlob(t *Template, pattern string) (*Template, error) {
	if err := t.checkCanParse(); err != nil {
		return nil, err
	}
	filenames, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	if len(filenames) == 0 {
		return nil, fmt.Errorf("html/template: pattern matches no files: %#q", pattern)
	}
	return parseFiles(t, readFileOS, filenames...)
}

// IsTrue tells how {{if}} and the other conditional actions judge val:
// truth is false for the zero value of val's type and true otherwise,
// and ok is false when val has no notion of truth at all.
func IsTrue(val any) (truth, ok bool) {
	return template.IsTrue(val)
}

// ParseFS is ParseGlob for the file system fsys instead of the host's,
// taking several patterns (a plain file name is a pattern that matches
// only itself).
func ParseFS(fs fs.FS, patterns ...string) (*Template, error) {
	return parseFS(nil, fs, patterns)
}

// ParseFS is t.ParseGlob for the file system fsys instead of the
// host's, taking several patterns (a plain file name is a pattern that
// matches only itself).
func (t *Template) ParseFS(fs fs.FS, patterns ...string) (*Template, error) {
	return parseFS(t, fs, patterns)
}

// parseFS is ParseFiles over the files of fsys matching the patterns.
func parseFS(t *Template, fsys fs.FS, patterns []string) (*Template, error) {
	var filenames []string
	for _, pattern := range patterns {
		list, err := fs.Glob(fsys, pattern)
		if err != nil {
			return nil, err
		}
		if len(list) == 0 {
			return nil, fmt.Errorf("template: pattern matches no files: %#q", pattern)
		}
		filenames = append(filenames, list...)
	}
	return parseFiles(t, readFileFS(fsys), filenames...)
}

// readFileOS reads a file of the host's file system, naming its template
// after the file's base name.
func readFileOS(file string) (name string, b []byte, err error) {
	b, err = os.ReadFile(file)
	return filepath.Base(file), b, err
}

// readFileFS returns a reader of the files of fsys, naming each template
// after the file's base name.
func readFileFS(fsys fs.FS) func(string) (string, []byte, error) {
	return func(file string) (string, []byte, error) {
		b, err := fs.ReadFile(fsys, file)
		return path.Base(file), b, err
	}
}

// The escaping functions of text/template, for use outside templates.

// HTMLEscape writes b to w with HTML's special characters escaped.
func HTMLEscape(w io.Writer, b []byte) {
	template.HTMLEscape(w, b)
}

// HTMLEscapeString returns s with HTML's special characters escaped.
func HTMLEscapeString(s string) string {
	return template.HTMLEscapeString(s)
}

// HTMLEscaper formats its arguments as fmt.Sprint would, then escapes
// the result for HTML.
func HTMLEscaper(args ...any) string {
	return template.HTMLEscaper(args...)
}

// JSEscape writes b to w escaped so that it can sit inside a
// JavaScript string.
func JSEscape(w io.Writer, b []byte) {
	template.JSEscape(w, b)
}

// JSEscapeString returns s escaped so that it can sit inside a
// JavaScript string.
func JSEscapeString(s string) string {
	return template.JSEscapeString(s)
}

// JSEscaper formats its arguments as fmt.Sprint would, then escapes
// the result for a JavaScript string.
func JSEscaper(args ...any) string {
	return template.JSEscaper(args...)
}

// URLQueryEscaper formats its arguments as fmt.Sprint would, then
// escapes the result to be a value in a URL query.
func URLQueryEscaper(args ...any) string {
	return template.URLQueryEscaper(args...)
}
