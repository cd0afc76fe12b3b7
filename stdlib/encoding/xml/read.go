// This file implements Unmarshal: reading an element into a Go value
// through reflection, the inverse of Marshal. A struct's fields take
// the attributes, child elements (by name or a>b>c path), character
// data, comments and raw inner XML their tags ask for; what no field
// takes is skipped. Unmarshaler, UnmarshalerAttr and
// encoding.TextUnmarshaler are called when a value, or its address,
// implements them.

package xml

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Unmarshal parses the XML-encoded data and stores the result in the
// value pointed to by v, which must be an arbitrary struct, slice, or
// string. Well-formed data that does not fit into v is discarded.
func Unmarshal(data []byte, v any) error {
	return NewDecoder(bytes.NewReader(data)).Decode(v)
}

// Decode works like Unmarshal, except it reads the decoder stream to
// find the start element.
func (d *Decoder) Decode(v any) error {
	return d.DecodeElement(v, nil)
}

// DecodeElement works like Unmarshal except that it takes a pointer to
// the start XML element to decode into v. It is useful when a client
// reads some raw XML tokens itself but also wants to defer to Unmarshal
// for some elements.
func (d *Decoder) DecodeElement(v any, start *StartElement) error {
	val := reflect.ValueOf(v)
	if val.Kind() != reflect.Pointer {
		return errors.New("non-pointer passed to Unmarshal")
	}
	if val.IsNil() {
		return errors.New("nil pointer passed to Unmarshal")
	}
	return d.unmarshal(val.Elem(), start, 0)
}

// An UnmarshalError represents an error in the unmarshaling process.
type UnmarshalError string

func (e UnmarshalError) Error() string { return string(e) }

// Unmarshaler is the interface implemented by objects that can
// unmarshal an XML element description of themselves: UnmarshalXML
// reads the element that start opens, through its end.
type Unmarshaler interface {
	UnmarshalXML(d *Decoder, start StartElement) error
}

// UnmarshalerAttr is the interface implemented by objects that can
// unmarshal an XML attribute description of themselves.
type UnmarshalerAttr interface {
	UnmarshalXMLAttr(attr Attr) error
}

var (
	attrType            = reflect.TypeOf(Attr{})
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	unmarshalerAttrType = reflect.TypeOf((*UnmarshalerAttr)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// receiverType names the type of a method's receiver as an error
// message shows it: T, or (*T).
func receiverType(val any) string {
	t := reflect.TypeOf(val)
	if t.Name() != "" {
		return t.String()
	}
	return "(" + t.String() + ")"
}

// unmarshalInterface calls an UnmarshalXML method, which sees the end
// of its element as the end of the input and must read it all.
func (d *Decoder) unmarshalInterface(val Unmarshaler, start *StartElement) error {
	d.pushEOF()
	d.unmarshalDepth++
	err := val.UnmarshalXML(d, *start)
	d.unmarshalDepth--
	if err != nil {
		d.popEOF()
		return err
	}
	if !d.popEOF() {
		return fmt.Errorf("xml: %s.UnmarshalXML did not consume entire <%s> element",
			receiverType(val), start.Name.Local)
	}
	return nil
}

// unmarshalTextInterface reads the element's own character data (not
// its children's) and hands it to UnmarshalText.
func (d *Decoder) unmarshalTextInterface(val encoding.TextUnmarshaler) error {
	var buf []byte
	for depth := 1; depth > 0; {
		t, err := d.Token()
		if err != nil {
			return err
		}
		switch t := t.(type) {
		case CharData:
			if depth == 1 {
				buf = append(buf, t...)
			}
		case StartElement:
			depth++
		case EndElement:
			depth--
		}
	}
	return val.UnmarshalText(buf)
}

// unmarshalAttr stores an attribute in val; a slice gets it appended.
func (d *Decoder) unmarshalAttr(val reflect.Value, attr Attr) error {
	if val.Kind() == reflect.Pointer {
		if val.IsNil() {
			val.Set(reflect.New(val.Type().Elem()))
		}
		val = val.Elem()
	}
	if u, _, ok := implementor(val, unmarshalerAttrType); ok {
		return u.(UnmarshalerAttr).UnmarshalXMLAttr(attr)
	}
	if u, _, ok := implementor(val, textUnmarshalerType); ok {
		return u.(encoding.TextUnmarshaler).UnmarshalText([]byte(attr.Value))
	}
	if val.Kind() == reflect.Slice && val.Type().Elem().Kind() != reflect.Uint8 {
		n := val.Len()
		val.Set(reflect.Append(val, reflect.Zero(val.Type().Elem())))
		if err := d.unmarshalAttr(val.Index(n), attr); err != nil {
			val.SetLen(n)
			return err
		}
		return nil
	}
	if val.Type() == attrType {
		val.Set(reflect.ValueOf(attr))
		return nil
	}
	return copyValue(val, []byte(attr.Value))
}

// maxUnmarshalDepth bounds the nesting Unmarshal follows, so that
// hostile input cannot exhaust the stack.
const maxUnmarshalDepth = 10000

var errExeceededMaxUnmarshalDepth = errors.New("exceeded max depth")

// unmarshal reads the element start opens (the next one in the input
// if start is nil) into val.
func (d *Decoder) unmarshal(val reflect.Value, start *StartElement, depth int) error {
	if depth >= maxUnmarshalDepth {
		return errExeceededMaxUnmarshalDepth
	}
	if start == nil {
		t, err := d.nextStart()
		if err != nil {
			return err
		}
		start = &t
	}
	// A non-nil pointer held by an interface is filled in, not replaced.
	if val.Kind() == reflect.Interface && !val.IsNil() {
		if e := val.Elem(); e.Kind() == reflect.Pointer && !e.IsNil() {
			val = e
		}
	}
	if val.Kind() == reflect.Pointer {
		if val.IsNil() {
			val.Set(reflect.New(val.Type().Elem()))
		}
		val = val.Elem()
	}
	if u, _, ok := implementor(val, unmarshalerType); ok {
		return d.unmarshalInterface(u.(Unmarshaler), start)
	}
	if u, _, ok := implementor(val, textUnmarshalerType); ok {
		return d.unmarshalTextInterface(u.(encoding.TextUnmarshaler))
	}
	switch val.Kind() {
	case reflect.Interface:
		return d.Skip() // an empty interface has nothing to hold the element
	case reflect.Slice:
		if val.Type().Elem().Kind() == reflect.Uint8 {
			return d.unmarshalContent(val, start, depth, nil)
		}
		return d.unmarshalSliceElem(val, start, depth)
	case reflect.Bool, reflect.Float32, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16,
		reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32,
		reflect.Uint64, reflect.Uintptr, reflect.String:
		return d.unmarshalContent(val, start, depth, nil)
	case reflect.Struct:
		return d.unmarshalStruct(val, start, depth)
	}
	return errors.New("unknown type " + val.Type().String())
}

// nextStart skips tokens up to the next start element.
func (d *Decoder) nextStart() (StartElement, error) {
	for {
		tok, err := d.Token()
		if err != nil {
			return StartElement{}, err
		}
		if t, ok := tok.(StartElement); ok {
			return t, nil
		}
	}
}

// unmarshalSliceElem appends a new element to the slice val and reads
// the element into it.
func (d *Decoder) unmarshalSliceElem(val reflect.Value, start *StartElement, depth int) error {
	n := val.Len()
	val.Set(reflect.Append(val, reflect.Zero(val.Type().Elem())))
	if err := d.unmarshal(val.Index(n), start, depth+1); err != nil {
		val.SetLen(n)
		return err
	}
	return nil
}

// unmarshalStruct checks the element's name against the XMLName field,
// stores its attributes, then reads its content into the fields.
func (d *Decoder) unmarshalStruct(sv reflect.Value, start *StartElement, depth int) error {
	if sv.Type() == nameType {
		sv.Set(reflect.ValueOf(start.Name))
		return d.unmarshalContent(reflect.Value{}, start, depth, nil)
	}
	tinfo, err := getTypeInfo(sv.Type())
	if err != nil {
		return err
	}
	if err := checkXMLName(tinfo, sv, start); err != nil {
		return err
	}
	for _, a := range start.Attr {
		if err := d.unmarshalStructAttr(tinfo, sv, a); err != nil {
			return err
		}
	}
	return d.unmarshalContent(reflect.Value{}, start, depth, &structTarget{tinfo: tinfo, sv: sv})
}

// checkXMLName checks the element's name and name space against those
// the XMLName field's tag asks for, and stores the name in the field.
func checkXMLName(tinfo *typeInfo, sv reflect.Value, start *StartElement) error {
	finfo := tinfo.xmlname
	if finfo == nil {
		return nil
	}
	if finfo.name != "" && finfo.name != start.Name.Local {
		return UnmarshalError("expected element type <" + finfo.name + "> but have <" + start.Name.Local + ">")
	}
	if finfo.xmlns != "" && finfo.xmlns != start.Name.Space {
		e := "expected element <" + finfo.name + "> in name space " + finfo.xmlns + " but have "
		if start.Name.Space == "" {
			e += "no name space"
		} else {
			e += start.Name.Space
		}
		return UnmarshalError(e)
	}
	fv := finfo.value(sv, true)
	if _, ok := fv.Interface().(Name); ok {
		fv.Set(reflect.ValueOf(start.Name))
	}
	return nil
}

// unmarshalStructAttr stores an attribute in every ,attr field of its
// name, or else in the first ,any,attr field.
func (d *Decoder) unmarshalStructAttr(tinfo *typeInfo, sv reflect.Value, a Attr) error {
	handled := false
	anyField := -1
	for i := range tinfo.fields {
		finfo := &tinfo.fields[i]
		switch finfo.flags & fMode {
		case fAttr:
			strv := finfo.value(sv, true)
			if a.Name.Local == finfo.name && (finfo.xmlns == "" || finfo.xmlns == a.Name.Space) {
				if err := d.unmarshalAttr(strv, a); err != nil {
					return err
				}
				handled = true
			}
		case fAny | fAttr:
			if anyField == -1 {
				anyField = i
			}
		}
	}
	if handled || anyField < 0 {
		return nil
	}
	return d.unmarshalAttr(tinfo.fields[anyField].value(sv, true), a)
}

// A structTarget is the struct whose fields an element's content fills,
// with the fields that take its character data, comments, unclaimed
// child elements and raw inner XML (each invalid if there is none).
type structTarget struct {
	tinfo       *typeInfo
	sv          reflect.Value
	comment     reflect.Value
	anyElem     reflect.Value
	innerXML    reflect.Value
	innerXMLPos int // where the inner XML starts in d.saved
}

// findTargets sets the struct's first field of each special kind; the
// first ,chardata or ,cdata field is returned.
func (d *Decoder) findTargets(st *structTarget) (charData reflect.Value) {
	for i := range st.tinfo.fields {
		finfo := &st.tinfo.fields[i]
		switch finfo.flags & fMode {
		case fCDATA, fCharData:
			if !charData.IsValid() {
				charData = finfo.value(st.sv, true)
			}
		case fComment:
			if !st.comment.IsValid() {
				st.comment = finfo.value(st.sv, true)
			}
		case fAny, fAny | fElement:
			if !st.anyElem.IsValid() {
				st.anyElem = finfo.value(st.sv, true)
			}
		case fInnerXML:
			if !st.innerXML.IsValid() {
				st.innerXML = finfo.value(st.sv, true)
				d.startSaving(st)
			}
		}
	}
	return charData
}

// startSaving starts keeping the raw input for an ,innerxml field (or
// notes where it starts, when an outer field already keeps it).
func (d *Decoder) startSaving(st *structTarget) {
	if d.saved == nil {
		st.innerXMLPos = 0
		d.saved = new(bytes.Buffer)
	} else {
		st.innerXMLPos = d.savedOffset()
	}
}

// unmarshalContent reads an element's content up to its end: its
// character data goes to textField (a struct's chardata field when st
// is set), its child elements to st's fields or are skipped.
func (d *Decoder) unmarshalContent(textField reflect.Value, start *StartElement, depth int, st *structTarget) error {
	if st != nil {
		textField = d.findTargets(st)
	}
	var data, comment, innerXML []byte
	for {
		var savedOffset int
		if st != nil && st.innerXML.IsValid() {
			savedOffset = d.savedOffset()
		}
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case StartElement:
			if err := d.unmarshalChild(st, &t, depth); err != nil {
				return err
			}
		case CharData:
			if textField.IsValid() {
				data = append(data, t...)
			}
		case Comment:
			if st != nil && st.comment.IsValid() {
				comment = append(comment, t...)
			}
		case EndElement:
			if st != nil && st.innerXML.IsValid() {
				innerXML = d.saved.Bytes()[st.innerXMLPos:savedOffset]
				if st.innerXMLPos == 0 {
					d.saved = nil
				}
			}
			if err := setText(textField, data); err != nil {
				return err
			}
			if st != nil {
				setBytesOrString(st.comment, comment, true)
				setBytesOrString(st.innerXML, innerXML, false)
			}
			return nil
		}
	}
}

// unmarshalChild reads a child element into the struct field it
// belongs to, or the ,any field, or skips it.
func (d *Decoder) unmarshalChild(st *structTarget, t *StartElement, depth int) error {
	if st != nil {
		consumed, err := d.unmarshalPath(st.tinfo, st.sv, nil, t, depth)
		if err != nil || consumed {
			return err
		}
		if st.anyElem.IsValid() {
			return d.unmarshal(st.anyElem, t, depth+1)
		}
	}
	return d.Skip()
}

// setText stores an element's character data in field: through
// UnmarshalText if it has one, else converted to the field's kind.
func setText(field reflect.Value, data []byte) error {
	if !field.IsValid() {
		return nil
	}
	if u, _, ok := implementor(field, textUnmarshalerType); ok {
		return u.(encoding.TextUnmarshaler).UnmarshalText(data)
	}
	return copyValue(field, data)
}

// setBytesOrString stores text in a string or []byte field (any other
// []T is left alone unless anySlice).
func setBytesOrString(field reflect.Value, text []byte, anySlice bool) {
	switch field.Kind() {
	case reflect.String:
		field.SetString(string(text))
	case reflect.Slice:
		if anySlice || field.Type().Elem().Kind() == reflect.Uint8 {
			field.Set(reflect.ValueOf(text))
		}
	}
}

// copyValue converts text to the kind of dst and stores it there; empty
// text stores a number's or a bool's zero value.
func copyValue(dst reflect.Value, src []byte) error {
	dst0 := dst
	if dst.Kind() == reflect.Pointer {
		if dst.IsNil() {
			dst.Set(reflect.New(dst.Type().Elem()))
		}
		dst = dst.Elem()
	}
	switch dst.Kind() {
	case reflect.Invalid:
		return nil
	case reflect.String:
		dst.SetString(string(src))
		return nil
	case reflect.Slice:
		if len(src) == 0 {
			src = []byte{}
		}
		dst.SetBytes(src)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Bool:
		if len(src) == 0 {
			dst.Set(reflect.Zero(dst.Type()))
			return nil
		}
		return parseScalar(dst, strings.TrimSpace(string(src)))
	}
	return errors.New("cannot unmarshal into " + dst0.Type().String())
}

// parseScalar parses text as a number or bool of dst's kind and size,
// storing it in dst only if it parses.
func parseScalar(dst reflect.Value, text string) error {
	switch dst.Kind() {
	case reflect.Bool:
		b, err := strconv.ParseBool(text)
		if err == nil {
			dst.SetBool(b)
		}
		return err
	case reflect.Float32, reflect.Float64:
		f, err := strconv.ParseFloat(text, dst.Type().Bits())
		if err == nil {
			dst.SetFloat(f)
		}
		return err
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(text, 10, dst.Type().Bits())
		if err == nil {
			dst.SetInt(n)
		}
		return err
	}
	n, err := strconv.ParseUint(text, 10, dst.Type().Bits())
	if err == nil {
		dst.SetUint(n)
	}
	return err
}

// unmarshalPath reads the element start into the field whose path,
// below parents, it matches. When start is only a parent on some
// field's path, its children are matched in turn, one level deeper.
// consumed says whether start was read.
func (d *Decoder) unmarshalPath(tinfo *typeInfo, sv reflect.Value, parents []string, start *StartElement, depth int) (consumed bool, err error) {
	recurse := false
	for i := range tinfo.fields {
		finfo := &tinfo.fields[i]
		if finfo.flags&fElement == 0 || len(finfo.parents) < len(parents) ||
			finfo.xmlns != "" && finfo.xmlns != start.Name.Space || !hasPrefix(finfo.parents, parents) {
			continue
		}
		if len(finfo.parents) == len(parents) && finfo.name == start.Name.Local {
			return true, d.unmarshal(finfo.value(sv, true), start, depth+1)
		}
		if len(finfo.parents) > len(parents) && finfo.parents[len(parents)] == start.Name.Local {
			// start is a parent element on finfo's path; fields further
			// down the list may not be matched with different parents.
			recurse = true
			parents = finfo.parents[:len(parents)+1]
			break
		}
	}
	if !recurse {
		return false, nil
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return true, err
		}
		switch t := tok.(type) {
		case StartElement:
			consumed, err := d.unmarshalPath(tinfo, sv, parents, &t, depth)
			if err != nil {
				return true, err
			}
			if !consumed {
				if err := d.Skip(); err != nil {
					return true, err
				}
			}
		case EndElement:
			return true, nil
		}
	}
}

// hasPrefix reports whether path begins with prefix.
func hasPrefix(path, prefix []string) bool {
	for i := range prefix {
		if path[i] != prefix[i] {
			return false
		}
	}
	return true
}

// Skip reads tokens until it has consumed the end element matching the
// most recent start element already consumed, skipping nested
// structures. It returns nil if it finds an end element matching the
// start element; otherwise it returns an error describing the problem.
func (d *Decoder) Skip() error {
	var depth int64
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case StartElement:
			depth++
		case EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}
