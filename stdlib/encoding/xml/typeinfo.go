// This file implements the view of a struct type that Marshal and
// Unmarshal share: its XML fields, read from the `xml` struct tags.
// A tag is "[namespace ]name[,flag...]"; the name may be a path a>b>c
// of nested elements; the flags say where the field goes (attr,
// chardata, cdata, innerxml, comment, any) and omitempty. An embedded
// struct's fields are promoted, the shallower of two conflicting
// fields winning and two at the same depth being a TagPathError.

package xml

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// typeInfo holds the XML fields of a struct type.
type typeInfo struct {
	xmlname *fieldInfo // the XMLName field, if any
	fields  []fieldInfo
}

// fieldInfo holds one field's XML mapping.
type fieldInfo struct {
	idx     []int // the path to the field through embedded structs
	name    string
	xmlns   string
	flags   fieldFlags
	parents []string // the elements a>b of a path a>b>name
}

type fieldFlags int

const (
	fElement fieldFlags = 1 << iota
	fAttr
	fCDATA
	fCharData
	fInnerXML
	fComment
	fAny

	fOmitEmpty

	// fMode is the flags saying where a field goes.
	fMode = fElement | fAttr | fCDATA | fCharData | fInnerXML | fComment | fAny

	xmlName = "XMLName"
)

// tagFlags names the flags a tag may carry.
var tagFlags = map[string]fieldFlags{
	"attr":      fAttr,
	"cdata":     fCDATA,
	"chardata":  fCharData,
	"innerxml":  fInnerXML,
	"comment":   fComment,
	"any":       fAny,
	"omitempty": fOmitEmpty,
}

var tinfoMap sync.Map // map[reflect.Type]*typeInfo

var nameType = reflect.TypeOf(Name{})

// getTypeInfo returns the typeInfo of typ, computing it once.
func getTypeInfo(typ reflect.Type) (*typeInfo, error) {
	if ti, ok := tinfoMap.Load(typ); ok {
		return ti.(*typeInfo), nil
	}
	tinfo := &typeInfo{}
	if typ.Kind() == reflect.Struct && typ != nameType {
		for i := 0; i < typ.NumField(); i++ {
			if err := tinfo.addField(typ, i); err != nil {
				return nil, err
			}
		}
	}
	ti, _ := tinfoMap.LoadOrStore(typ, tinfo)
	return ti.(*typeInfo), nil
}

// addField adds the i'th field of typ, or the fields it promotes.
func (tinfo *typeInfo) addField(typ reflect.Type, i int) error {
	f := typ.Field(i)
	if !f.IsExported() && !f.Anonymous || f.Tag.Get("xml") == "-" {
		return nil
	}
	if embedded := embeddedStruct(f); embedded != nil {
		inner, err := getTypeInfo(embedded)
		if err != nil {
			return err
		}
		if tinfo.xmlname == nil {
			tinfo.xmlname = inner.xmlname
		}
		for _, finfo := range inner.fields {
			finfo.idx = append([]int{i}, finfo.idx...)
			if err := tinfo.addFieldInfo(typ, &finfo); err != nil {
				return err
			}
		}
		return nil
	}
	finfo, err := structFieldInfo(typ, &f)
	if err != nil {
		return err
	}
	if f.Name == xmlName {
		tinfo.xmlname = finfo
		return nil
	}
	return tinfo.addFieldInfo(typ, finfo)
}

// embeddedStruct returns the struct type an embedded field promotes the
// fields of (the field's type, or what it points to), or nil.
func embeddedStruct(f reflect.StructField) reflect.Type {
	if !f.Anonymous {
		return nil
	}
	t := f.Type
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	return t
}

// structFieldInfo reads a field's tag.
func structFieldInfo(typ reflect.Type, f *reflect.StructField) (*fieldInfo, error) {
	finfo := &fieldInfo{idx: f.Index}
	tag := f.Tag.Get("xml")
	if ns, t, ok := strings.Cut(tag, " "); ok {
		finfo.xmlns, tag = ns, t
	}
	tokens := strings.Split(tag, ",")
	tag = tokens[0]
	if len(tokens) == 1 {
		finfo.flags = fElement
	} else if err := finfo.setFlags(typ, f, tag, tokens[1:]); err != nil {
		return nil, err
	}
	if finfo.xmlns != "" && tag == "" {
		return nil, fmt.Errorf("xml: namespace without name in field %s of type %s: %q",
			f.Name, typ, f.Tag.Get("xml"))
	}
	if f.Name == xmlName {
		finfo.name = tag
		return finfo, nil
	}
	if tag == "" {
		// The element is named by the field type's XMLName, else the field.
		if xmlname := lookupXMLName(f.Type); xmlname != nil {
			finfo.xmlns, finfo.name = xmlname.xmlns, xmlname.name
		} else {
			finfo.name = f.Name
		}
		return finfo, nil
	}
	if err := finfo.setPath(typ, f, tag, tokens[1:]); err != nil {
		return nil, err
	}
	if finfo.flags&fElement != 0 {
		if xmlname := lookupXMLName(f.Type); xmlname != nil && xmlname.name != finfo.name {
			return nil, fmt.Errorf("xml: name %q in tag of %s.%s conflicts with name %q in %s.XMLName",
				finfo.name, typ, f.Name, xmlname.name, f.Type)
		}
	}
	return finfo, nil
}

// setFlags sets the flags a tag lists after its name, checking that
// they make sense together.
func (finfo *fieldInfo) setFlags(typ reflect.Type, f *reflect.StructField, name string, flags []string) error {
	for _, flag := range flags {
		finfo.flags |= tagFlags[flag]
	}
	valid := true
	switch mode := finfo.flags & fMode; mode {
	case 0:
		finfo.flags |= fElement
	case fAttr, fCDATA, fCharData, fInnerXML, fComment, fAny, fAny | fAttr:
		// Only an attribute may be named; XMLName takes no flag.
		if f.Name == xmlName || name != "" && mode != fAttr {
			valid = false
		}
	default:
		valid = false // two modes
	}
	if finfo.flags&fMode == fAny {
		finfo.flags |= fElement
	}
	if finfo.flags&fOmitEmpty != 0 && finfo.flags&(fElement|fAttr) == 0 {
		valid = false
	}
	if !valid {
		return fmt.Errorf("xml: invalid tag in field %s of type %s: %q", f.Name, typ, f.Tag.Get("xml"))
	}
	return nil
}

// setPath sets the name and parents of a tag a>b>name.
func (finfo *fieldInfo) setPath(typ reflect.Type, f *reflect.StructField, tag string, flags []string) error {
	parents := strings.Split(tag, ">")
	if parents[0] == "" {
		parents[0] = f.Name
	}
	if parents[len(parents)-1] == "" {
		return fmt.Errorf("xml: trailing '>' in field %s of type %s", f.Name, typ)
	}
	finfo.name = parents[len(parents)-1]
	if len(parents) > 1 {
		if finfo.flags&fElement == 0 {
			return fmt.Errorf("xml: %s chain not valid with %s flag", tag, strings.Join(flags, ","))
		}
		finfo.parents = parents[:len(parents)-1]
	}
	return nil
}

// lookupXMLName returns the fieldInfo of typ's XMLName field if it
// names the element, or nil.
func lookupXMLName(typ reflect.Type) *fieldInfo {
	for typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	if typ.Kind() != reflect.Struct {
		return nil
	}
	f, ok := typ.FieldByName(xmlName)
	if !ok || len(f.Index) != 1 {
		return nil
	}
	finfo, err := structFieldInfo(typ, &f)
	if err == nil && finfo.name != "" {
		return finfo
	}
	return nil
}

// addFieldInfo adds newf unless it conflicts with fields already there:
// two fields conflict when one's path is a prefix of the other's (same
// mode, compatible name spaces). A shallower field wins; at the same
// depth the conflict is an error.
func (tinfo *typeInfo) addFieldInfo(typ reflect.Type, newf *fieldInfo) error {
	var conflicts []int
	for i := range tinfo.fields {
		if tinfo.fields[i].conflictsWith(newf) {
			conflicts = append(conflicts, i)
		}
	}
	for _, i := range conflicts {
		if len(tinfo.fields[i].idx) < len(newf.idx) {
			return nil // an older, shallower field hides newf
		}
	}
	for _, i := range conflicts {
		oldf := &tinfo.fields[i]
		if len(oldf.idx) == len(newf.idx) {
			f1 := typ.FieldByIndex(oldf.idx)
			f2 := typ.FieldByIndex(newf.idx)
			return &TagPathError{typ, f1.Name, f1.Tag.Get("xml"), f2.Name, f2.Tag.Get("xml")}
		}
	}
	// newf is shallower than every field it conflicts with: it replaces them.
	for c := len(conflicts) - 1; c >= 0; c-- {
		i := conflicts[c]
		tinfo.fields = append(tinfo.fields[:i], tinfo.fields[i+1:]...)
	}
	tinfo.fields = append(tinfo.fields, *newf)
	return nil
}

// conflictsWith reports whether two fields would claim the same element.
func (oldf *fieldInfo) conflictsWith(newf *fieldInfo) bool {
	if oldf.flags&fMode != newf.flags&fMode {
		return false
	}
	if oldf.xmlns != "" && newf.xmlns != "" && oldf.xmlns != newf.xmlns {
		return false
	}
	oldPath := append(append([]string(nil), oldf.parents...), oldf.name)
	newPath := append(append([]string(nil), newf.parents...), newf.name)
	for i := 0; i < len(oldPath) && i < len(newPath); i++ {
		if oldPath[i] != newPath[i] {
			return false
		}
	}
	return true
}

// A TagPathError represents an error in the unmarshaling process caused
// by the use of field tags with conflicting paths.
type TagPathError struct {
	Struct       reflect.Type
	Field1, Tag1 string
	Field2, Tag2 string
}

func (e *TagPathError) Error() string {
	return fmt.Sprintf("%s field %q with tag %q conflicts with field %q with tag %q",
		e.Struct, e.Field1, e.Tag1, e.Field2, e.Tag2)
}

// value returns the field in the struct v, following embedded pointers;
// a nil one is allocated if initNil, else the result is the zero Value.
func (finfo *fieldInfo) value(v reflect.Value, initNil bool) reflect.Value {
	for i, x := range finfo.idx {
		if i > 0 && v.Kind() == reflect.Pointer && v.Type().Elem().Kind() == reflect.Struct {
			if v.IsNil() {
				if !initNil {
					return reflect.Value{}
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}
