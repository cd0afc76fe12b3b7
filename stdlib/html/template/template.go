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

// Template is a specialized text/template Template that produces a safe
// HTML document fragment.
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

// Templates returns a slice of the templates associated with t, including
// t itself.
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

// Execute applies a parsed template to the specified data object, writing
// the output to wr. If an error occurs executing the template or writing
// its output, execution stops, but partial results may already have been
// written to the output writer. A template may be executed safely in
// parallel, although if parallel executions share a Writer the output may
// be interleaved.
func (t *Template) Execute(wr io.Writer, data any) error {
	if err := t.escape(); err != nil {
		return err
	}
	return t.text.Execute(wr, data)
}

// ExecuteTemplate applies the template associated with t that has the
// given name to the specified data object and writes the output to wr.
// The same caveats as for Execute apply.
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

// DefinedTemplates returns a string listing the defined templates,
// prefixed by the string "; defined templates are: ". If there are none,
// it returns the empty string.
func (t *Template) DefinedTemplates() string {
	return t.text.DefinedTemplates()
}

// Parse parses text as a template body for t. Named template definitions
// ({{define ...}} or {{block ...}} statements) in text define additional
// templates associated with t and are removed from the definition of t
// itself.
//
// Templates can be redefined in successive calls to Parse, before the
// first use of Execute. A template definition with a body containing only
// white space and comments is considered empty and will not replace an
// existing template's body.
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

// AddParseTree creates a new template with the name and parse tree and
// associates it with t.
//
// It returns an error if t or any associated template has already been
// executed.
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

// Clone returns a duplicate of the template, including all associated
// templates. The actual representation is not copied, but the name space
// of associated templates is, so further calls to Parse in the copy will
// add templates to the copy but not to the original. Clone can be used to
// prepare common templates and use them with variant definitions for
// other templates by adding the variants after the clone is made.
//
// It returns an error if t has already been executed.
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

// New allocates a new HTML template with the given name.
func New(name string) *Template {
	ns := newNameSpace()
	tmpl := &Template{text: template.New(name), nameSpace: ns}
	ns.set[name] = tmpl
	return tmpl
}

// New allocates a new HTML template associated with the given one and
// with the same delimiters. The association, which is transitive, allows
// one template to invoke another with a {{template}} action.
//
// If a template with the given name already exists, the new HTML
// template will replace it. The existing template will be reset and
// disassociated with t.
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

// Name returns the name of the template.
func (t *Template) Name() string {
	return t.text.Name()
}

// FuncMap is the type of the map defining the mapping from names to
// functions, the same as text/template's FuncMap.
type FuncMap = template.FuncMap

// Funcs adds the elements of the argument map to the template's function
// map. It must be called before the template is parsed. It panics if a
// value in the map is not a function with appropriate return type.
// However, it is legal to overwrite elements of the map. The return value
// is the template, so calls can be chained.
func (t *Template) Funcs(funcMap FuncMap) *Template {
	t.text.Funcs(template.FuncMap(funcMap))
	return t
}

// Delims sets the action delimiters to the specified strings, to be used
// in subsequent calls to Parse, ParseFiles, or ParseGlob. Nested template
// definitions will inherit the settings. An empty delimiter stands for
// the corresponding default: {{ or }}. The return value is the template,
// so calls can be chained.
func (t *Template) Delims(left, right string) *Template {
	t.text.Delims(left, right)
	return t
}

// Lookup returns the template with the given name that is associated
// with t, or nil if there is no such template.
func (t *Template) Lookup(name string) *Template {
	t.nameSpace.mu.Lock()
	defer t.nameSpace.mu.Unlock()
	return t.set[name]
}

// Must is a helper that wraps a call to a function returning (*Template,
// error) and panics if the error is non-nil. It is intended for use in
// variable initializations such as
//
//	var t = template.Must(template.New("name").Parse("html"))
func Must(t *Template, err error) *Template {
	if err != nil {
		panic(err)
	}
	return t
}

// ParseFiles creates a new Template and parses the template definitions
// from the named files. The returned template's name will have the
// (base) name and (parsed) contents of the first file. There must be at
// least one file. If an error occurs, parsing stops and the returned
// *Template is nil.
//
// When parsing multiple files with the same name in different
// directories, the last one mentioned will be the one that results.
func ParseFiles(filenames ...string) (*Template, error) {
	return parseFiles(nil, readFileOS, filenames...)
}

// ParseFiles parses the named files and associates the resulting
// templates with t. If an error occurs, parsing stops and the returned
// template is nil; otherwise it is t. There must be at least one file.
//
// When parsing multiple files with the same name in different
// directories, the last one mentioned will be the one that results.
//
// ParseFiles returns an error if t or any associated template has already
// been executed.
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

// ParseGlob creates a new Template and parses the template definitions
// from the files identified by the pattern. The files are matched
// according to the semantics of filepath.Match, and the pattern must
// match at least one file. The returned template will have the (base)
// name and (parsed) contents of the first file matched by the pattern.
// ParseGlob is equivalent to calling ParseFiles with the list of files
// matched by the pattern.
func ParseGlob(pattern string) (*Template, error) {
	return parseGlob(nil, pattern)
}

// ParseGlob parses the template definitions in the files identified by
// the pattern and associates the resulting templates with t. It is
// equivalent to calling t.ParseFiles with the list of files matched by
// the pattern.
//
// ParseGlob returns an error if t or any associated template has already
// been executed.
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

// IsTrue reports whether the value is 'true', in the sense of not the
// zero of its type, and whether the value has a meaningful truth value.
// This is the definition of truth used by if and other such actions.
func IsTrue(val any) (truth, ok bool) {
	return template.IsTrue(val)
}

// ParseFS is like ParseFiles or ParseGlob but reads from the file system
// fs instead of the host operating system's file system. It accepts a
// list of glob patterns. (Note that most file names serve as glob
// patterns matching only themselves.)
func ParseFS(fs fs.FS, patterns ...string) (*Template, error) {
	return parseFS(nil, fs, patterns)
}

// ParseFS is like ParseFiles or ParseGlob but reads from the file system
// fs instead of the host operating system's file system. It accepts a
// list of glob patterns. (Note that most file names serve as glob
// patterns matching only themselves.)
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

// HTMLEscape writes to w the escaped HTML equivalent of the plain text
// data b.
func HTMLEscape(w io.Writer, b []byte) {
	template.HTMLEscape(w, b)
}

// HTMLEscapeString returns the escaped HTML equivalent of the plain text
// data s.
func HTMLEscapeString(s string) string {
	return template.HTMLEscapeString(s)
}

// HTMLEscaper returns the escaped HTML equivalent of the textual
// representation of its arguments.
func HTMLEscaper(args ...any) string {
	return template.HTMLEscaper(args...)
}

// JSEscape writes to w the escaped JavaScript equivalent of the plain
// text data b.
func JSEscape(w io.Writer, b []byte) {
	template.JSEscape(w, b)
}

// JSEscapeString returns the escaped JavaScript equivalent of the plain
// text data s.
func JSEscapeString(s string) string {
	return template.JSEscapeString(s)
}

// JSEscaper returns the escaped JavaScript equivalent of the textual
// representation of its arguments.
func JSEscaper(args ...any) string {
	return template.JSEscaper(args...)
}

// URLQueryEscaper returns the escaped value of the textual representation
// of its arguments in a form suitable for embedding in a URL query.
func URLQueryEscaper(args ...any) string {
	return template.URLQueryEscaper(args...)
}
