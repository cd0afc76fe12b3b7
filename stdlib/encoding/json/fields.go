// This file implements the view of a struct type that Marshal and
// Unmarshal share: its JSON fields, found as Go's encoding/json finds
// them. Exported fields are included under their name, or the name in
// their `json` tag; a tag "-" excludes a field; an embedded struct's
// fields are promoted unless the embedded field is given a name. Among
// fields of the same JSON name the shallowest wins, a tagged one beating
// untagged ones at the same depth; any other tie hides the name.

package json

import (
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// A field is one JSON field of a struct type.
type field struct {
	name      string
	nameBytes []byte                      // the name, JSON-quoted, with the colon: "name":
	equalFold func(name, key []byte) bool // the name against a key, ignoring case (fold.go)
	tag       bool                        // the name came from a tag
	index     []int                       // the path to the field through embedded structs
	typ       reflect.Type
	omitEmpty bool
	quoted    bool // the ,string option on a scalar field
	methods   int  // methodsOf the field's type, found once for all values
}

// structFields are a struct type's fields in order, and an index by name.
type structFields struct {
	list      []field
	nameIndex map[string]int
}

// fieldCache maps a struct type to its *structFields.
var fieldCache sync.Map

// cachedTypeFields returns t's fields, computing them once.
func cachedTypeFields(t reflect.Type) *structFields {
	if f, ok := fieldCache.Load(t); ok {
		return f.(*structFields)
	}
	f, _ := fieldCache.LoadOrStore(t, typeFields(t))
	return f.(*structFields)
}

// tagOptions is the comma-separated options after a json tag's name.
type tagOptions string

// parseTag splits a struct field's json tag into its name and options.
func parseTag(tag string) (string, tagOptions) {
	name, opts, _ := strings.Cut(tag, ",")
	return name, tagOptions(opts)
}

// Contains reports whether the options contain name.
func (o tagOptions) Contains(name string) bool {
	s := string(o)
	for s != "" {
		var opt string
		opt, s, _ = strings.Cut(s, ",")
		if opt == name {
			return true
		}
	}
	return false
}

// isValidTag reports whether s may be used as a field's JSON name.
func isValidTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
			// Backslash and quote chars are reserved, but otherwise any
			// punctuation chars are allowed in a tag name.
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// typeFields walks t's fields breadth first, one embedding depth at a
// time, then keeps the dominant field of each name.
func typeFields(t reflect.Type) *structFields {
	type scan struct {
		typ   reflect.Type
		index []int
	}
	var fields []field
	next := []scan{{typ: t}}
	visited := map[reflect.Type]bool{}
	for len(next) > 0 {
		current := next
		next = nil
		count := map[reflect.Type]int{}
		for _, s := range current {
			count[s.typ]++
		}
		for _, s := range current {
			if visited[s.typ] {
				continue
			}
			visited[s.typ] = true
			for i := 0; i < s.typ.NumField(); i++ {
				sf := s.typ.Field(i)
				ft := sf.Type
				if ft.Name() == "" && ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if sf.Anonymous {
					if !sf.IsExported() && ft.Kind() != reflect.Struct {
						continue // unexported non-struct embedded fields are ignored
					}
				} else if !sf.IsExported() {
					continue
				}
				tag := sf.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, opts := parseTag(tag)
				if !isValidTag(name) {
					name = ""
				}
				index := append(append([]int(nil), s.index...), i)
				if name != "" || !sf.Anonymous || ft.Kind() != reflect.Struct {
					f := field{name: name, tag: name != "", index: index, typ: ft,
						omitEmpty: opts.Contains("omitempty"), methods: methodsOf(sf.Type)}
					if f.name == "" {
						f.name = sf.Name
					}
					if opts.Contains("string") {
						switch ft.Kind() {
						case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
							reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
							reflect.Float32, reflect.Float64, reflect.String:
							f.quoted = true
						}
					}
					f.nameBytes = append(appendString(nil, f.name, false), ':')
					f.equalFold = foldFunc([]byte(f.name))
					fields = append(fields, f)
					if count[s.typ] > 1 {
						// The struct holding f is embedded twice at this
						// depth: the copy makes the name a tie, hiding it.
						fields = append(fields, f)
					}
					continue
				}
				next = append(next, scan{ft, index})
			}
		}
	}
	sort.SliceStable(fields, func(i, j int) bool {
		a, b := &fields[i], &fields[j]
		if a.name != b.name {
			return a.name < b.name
		}
		if len(a.index) != len(b.index) {
			return len(a.index) < len(b.index)
		}
		if a.tag != b.tag {
			return a.tag
		}
		return lessIndex(a.index, b.index)
	})
	var out []field
	for i := 0; i < len(fields); {
		j := i + 1
		for j < len(fields) && fields[j].name == fields[i].name {
			j++
		}
		if f, ok := dominantField(fields[i:j]); ok {
			out = append(out, f)
		}
		i = j
	}
	sort.Slice(out, func(i, j int) bool { return lessIndex(out[i].index, out[j].index) })
	sf := &structFields{list: out, nameIndex: make(map[string]int, len(out))}
	for i, f := range out {
		sf.nameIndex[f.name] = i
	}
	return sf
}

func lessIndex(a, b []int) bool {
	for k, x := range a {
		if k >= len(b) {
			return false
		}
		if x != b[k] {
			return x < b[k]
		}
	}
	return len(a) < len(b)
}

// dominantField picks the field of a name among fields sorted by depth
// then tag: the shallowest, if it alone is at its depth or alone tagged.
func dominantField(fields []field) (field, bool) {
	if len(fields) > 1 && len(fields[0].index) == len(fields[1].index) && fields[0].tag == fields[1].tag {
		return field{}, false
	}
	return fields[0], true
}

// byName finds the field for an object key: exactly, else ignoring case.
func (sf *structFields) byName(key []byte) *field {
	if i, ok := sf.nameIndex[string(key)]; ok {
		return &sf.list[i]
	}
	for i := range sf.list {
		f := &sf.list[i]
		// The name between its quotes: a valid name needs no escape.
		if f.equalFold(f.nameBytes[1:len(f.nameBytes)-2], key) {
			return f
		}
	}
	return nil
}
