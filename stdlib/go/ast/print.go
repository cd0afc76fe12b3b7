package ast

import (
	"bytes"
	"fmt"
	"go/token"
	"io"
	"os"
	"reflect"
	"strings"
)

// A FieldFilter tells Fprint which struct fields to print: those it
// returns true for, given the field's name and value.
type FieldFilter func(name string, value reflect.Value) bool

// NotNilFilter is a FieldFilter that keeps every field but a nil
// pointer, slice, map, channel, function or interface.
func NotNilFilter(_ string, v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
		return !v.IsNil()
	}
	return true
}

// Print writes x to the standard output, nil fields left out: it is
// Fprint(os.Stdout, fset, x, NotNilFilter).
func Print(fset *token.FileSet, x any) error {
	return Fprint(os.Stdout, fset, x, NotNilFilter)
}

// Fprint writes the tree at x (any value, usually a node) to w, for
// debugging. A position is printed as file:line:column when fset is
// given, and as its bare number otherwise. Only the struct fields that f
// keeps are printed, every field when f is nil; unexported fields never
// are.
//
// The output numbers its lines from 0 (the numbers right-aligned in six
// columns) and shows nesting with ".  ", one per level. A struct is
// printed as its type and its fields, one a line; a slice or map as its
// type, its length and its elements; a pointer as "*" and what it points
// to, the first time only: a pointer met again (a tree may share nodes or
// have cycles, through Ident.Obj for instance) is printed as the number
// of the line where it was printed, as in "*(obj @ 12)". For example,
// Print(nil, &Ident{NamePos: 7, Name: "x"}) prints:
//
//	0  *ast.Ident {
//	1  .  NamePos: 7
//	2  .  Name: "x"
//	3  }
func Fprint(w io.Writer, fset *token.FileSet, x any, f FieldFilter) (err error) {
	p := &printer{
		output:  w,
		fset:    fset,
		filter:  f,
		printed: make(map[any]int),
		last:    '\n', // the first line needs its number too
	}
	// A write error ends the printing at once, from however deep in the
	// value: printf panics with it, and here it is returned.
	defer func() {
		if e := recover(); e != nil {
			le, ok := e.(writeError)
			if !ok {
				panic(e)
			}
			err = le.err
		}
	}()
	if x == nil {
		p.printf("nil\n")
		return nil
	}
	p.print(reflect.ValueOf(x))
	p.printf("\n")
	return nil
}

// A printer prints a value as Fprint does. It is an io.Writer itself, so
// that the number and indentation of each line are written, as a line
// begins, whatever wrote the text.
type printer struct {
	output  io.Writer
	fset    *token.FileSet
	filter  FieldFilter
	printed map[any]int // the pointers printed so far, each with its line
	indent  int         // the nesting depth of the line being written
	last    byte        // the last byte written
	line    int         // the number of the line being written
}

// writeError carries a write error out of the printing, as a panic.
type writeError struct {
	err error
}

// Write writes data to the output, numbering and indenting each line that
// is not empty as its first byte comes.
func (p *printer) Write(data []byte) (n int, err error) {
	for n < len(data) {
		if p.last == '\n' && data[n] != '\n' {
			prefix := fmt.Sprintf("%6d  ", p.line) + strings.Repeat(".  ", p.indent)
			if _, err = io.WriteString(p.output, prefix); err != nil {
				return n, err
			}
		}
		end := len(data)
		if i := bytes.IndexByte(data[n:], '\n'); i >= 0 {
			end = n + i + 1
		}
		m, err := p.output.Write(data[n:end])
		n += m
		if err != nil {
			return n, err
		}
		p.last = data[end-1]
		if p.last == '\n' {
			p.line++
		}
	}
	return n, nil
}

func (p *printer) printf(format string, args ...any) {
	if _, err := fmt.Fprintf(p, format, args...); err != nil {
		panic(writeError{err})
	}
}

// print prints the value x, by its kind.
func (p *printer) print(x reflect.Value) {
	if !NotNilFilter("", x) {
		p.printf("nil")
		return
	}
	switch x.Kind() {
	case reflect.Interface:
		p.print(x.Elem())
	case reflect.Map:
		p.printMap(x)
	case reflect.Pointer:
		p.printPointer(x)
	case reflect.Array:
		p.printf("%s {", x.Type())
		p.printElements(x)
	case reflect.Slice:
		if b, ok := x.Interface().([]byte); ok {
			p.printf("%#q", b)
			return
		}
		p.printf("%s (len = %d) {", x.Type(), x.Len())
		p.printElements(x)
	case reflect.Struct:
		p.printStruct(x)
	default:
		p.printScalar(x.Interface())
	}
}

// printMap prints a map's entries, "key: value", one a line.
func (p *printer) printMap(x reflect.Value) {
	p.printf("%s (len = %d) {", x.Type(), x.Len())
	if x.Len() > 0 {
		p.indent++
		p.printf("\n")
		for _, key := range x.MapKeys() {
			p.print(key)
			p.printf(": ")
			p.print(x.MapIndex(key))
			p.printf("\n")
		}
		p.indent--
	}
	p.printf("}")
}

// printPointer prints what x points to, or, if that was printed already,
// the line where it was.
func (p *printer) printPointer(x reflect.Value) {
	p.printf("*")
	ptr := x.Interface()
	if line, ok := p.printed[ptr]; ok {
		p.printf("(obj @ %d)", line)
		return
	}
	p.printed[ptr] = p.line
	p.print(x.Elem())
}

// printElements prints the elements of an array or slice, "index:
// element", one a line, and the closing brace.
func (p *printer) printElements(x reflect.Value) {
	if x.Len() > 0 {
		p.indent++
		p.printf("\n")
		for i := 0; i < x.Len(); i++ {
			p.printf("%d: ", i)
			p.print(x.Index(i))
			p.printf("\n")
		}
		p.indent--
	}
	p.printf("}")
}

// printStruct prints a struct's exported fields that pass the filter,
// "name: value", one a line. Unexported fields are left out: reflection
// may not read them.
func (p *printer) printStruct(x reflect.Value) {
	t := x.Type()
	p.printf("%s {", t)
	p.indent++
	first := true
	for i := 0; i < t.NumField(); i++ {
		name := t.Field(i).Name
		value := x.Field(i)
		if !IsExported(name) || p.filter != nil && !p.filter(name, value) {
			continue
		}
		if first {
			p.printf("\n")
			first = false
		}
		p.printf("%s: ", name)
		p.print(value)
		p.printf("\n")
	}
	p.indent--
	p.printf("}")
}

// printScalar prints a value that has no parts: a string quoted, a
// position as file:line:column when there is a file set to find it in,
// anything else as %v prints it.
func (p *printer) printScalar(v any) {
	switch v := v.(type) {
	case string:
		p.printf("%q", v)
		return
	case token.Pos:
		if p.fset != nil {
			p.printf("%s", p.fset.Position(v))
			return
		}
	}
	p.printf("%v", v)
}
