// This file implements struct tags and the lookup of struct fields by
// name and index, through embedded structs, with Go's rules: a shallower
// field hides deeper ones, and two fields of the same name at the same
// depth hide each other.

package reflect

// A StructTag is the tag string in a struct field.
//
// By convention, tag strings are a concatenation of optionally
// space-separated key:"value" pairs. Each key is a non-empty string of
// non-control characters other than space, quote and colon.
type StructTag string

// Get returns the value associated with key in the tag string, or "".
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and
// whether the key was present (with a possibly empty value).
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		// Skip the spaces before a key.
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		// The key runs up to the colon; control characters, spaces and
		// quotes end a malformed tag.
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		// The value is a Go string literal: find its closing quote.
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		quoted := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			v, ok := unquote(quoted)
			if !ok {
				break
			}
			return v, true
		}
	}
	return "", false
}

// unquote interprets a double-quoted Go string literal (reflect does not
// import strconv).
func unquote(s string) (string, bool) {
	s = s[1 : len(s)-1]
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			buf = append(buf, c)
			continue
		}
		i++
		if i >= len(s) {
			return "", false
		}
		switch s[i] {
		case 'n':
			buf = append(buf, '\n')
		case 't':
			buf = append(buf, '\t')
		case 'r':
			buf = append(buf, '\r')
		case '\\', '"', '\'':
			buf = append(buf, s[i])
		default:
			return "", false
		}
	}
	return string(buf), true
}

// FieldByIndex returns the nested field reached by following index
// through embedded structs (and pointers to them).
func (t *rtype) FieldByIndex(index []int) StructField {
	t.mustBe(Struct, "FieldByIndex")
	var f StructField
	cur := t
	for i, x := range index {
		if i > 0 {
			if cur.Kind() == Pointer && cur.elem().Kind() == Struct {
				cur = cur.elem()
			}
		}
		f = cur.Field(x)
		cur = f.Type.common()
	}
	return f
}

// FieldByName returns the struct field with the given name.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	t.mustBe(Struct, "FieldByName")
	embeds := false
	for i := range t.fields() {
		if t.fields()[i].name.string() == name {
			return t.Field(i), true
		}
		embeds = embeds || t.fields()[i].embedded()
	}
	if !embeds {
		return StructField{}, false
	}
	return t.FieldByNameFunc(func(s string) bool { return s == name })
}

// A fieldScan is a struct type to look at and the index path leading to it.
type fieldScan struct {
	typ   *rtype
	index []int
}

// FieldByNameFunc searches the fields breadth first, one embedding depth
// at a time; a match that is not alone at its depth counts as no match.
func (t *rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	t.mustBe(Struct, "FieldByNameFunc")
	var result StructField
	found := false
	// count[T] is how many times struct type T is embedded at the
	// current depth: a field inside a type embedded twice is ambiguous.
	var current []fieldScan
	next := []fieldScan{{typ: t}}
	var count, nextCount map[*rtype]int
	visited := map[*rtype]bool{}
	for len(next) > 0 {
		current, next = next, nil
		count, nextCount = nextCount, nil
		for _, scan := range current {
			st := scan.typ
			if visited[st] {
				// Seen at a shallower depth (or earlier at this one,
				// already counted): its fields are hidden or counted.
				continue
			}
			visited[st] = true
			for i := range st.fields() {
				f := &st.fields()[i]
				if match(f.name.string()) {
					if count[st] > 1 || found {
						return StructField{}, false
					}
					result = st.Field(i)
					result.Index = append(append([]int(nil), scan.index...), i)
					found = true
					continue
				}
				if found || !f.embedded() {
					continue
				}
				ft := f.typ
				if ft.Kind() == Pointer {
					ft = ft.elem()
				}
				if ft.Kind() != Struct {
					continue
				}
				if nextCount[ft] > 0 {
					nextCount[ft] = 2
					continue
				}
				if nextCount == nil {
					nextCount = map[*rtype]int{}
				}
				nextCount[ft] = 1
				if count[st] > 1 {
					nextCount[ft] = 2
				}
				index := append(append([]int(nil), scan.index...), i)
				next = append(next, fieldScan{ft, index})
			}
		}
		if found {
			break
		}
	}
	return result, found
}

// VisibleFields returns all the visible fields in t, which must be a
// struct type: the fields of embedded structs that are not hidden, in
// the order they appear, each after the field embedding it.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	var all []StructField
	collectFields(t.common(), nil, map[*rtype]bool{}, &all)
	var out []StructField
	for _, f := range all {
		if !hidden(all, f) {
			out = append(out, f)
		}
	}
	return out
}

// hidden reports whether another field of f's name is as shallow as f or
// shallower: a shallower one hides f, one at the same depth makes both
// ambiguous.
func hidden(all []StructField, f StructField) bool {
	for _, g := range all {
		if g.Name == f.Name && len(g.Index) <= len(f.Index) && !sameIndex(g.Index, f.Index) {
			return true
		}
	}
	return false
}

func sameIndex(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}

// collectFields lists the fields of t and, after each embedded struct
// field, the fields it promotes.
func collectFields(t *rtype, index []int, seen map[*rtype]bool, out *[]StructField) {
	if seen[t] {
		return
	}
	seen[t] = true
	for i := range t.fields() {
		f := t.Field(i)
		f.Index = append(append([]int(nil), index...), i)
		*out = append(*out, f)
		if !f.Anonymous {
			continue
		}
		ft := f.Type.common()
		if ft.Kind() == Pointer {
			ft = ft.elem()
		}
		if ft.Kind() == Struct {
			collectFields(ft, f.Index, seen, out)
		}
	}
	delete(seen, t)
}
