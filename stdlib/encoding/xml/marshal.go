// This file implements Marshal: the XML encoding of Go values, walked
// through reflection. A value becomes an element named, in this order,
// by the start element given to EncodeElement, its XMLName field, the
// tag of the field holding it, or its type; struct fields become
// attributes, character data, comments, raw XML or child elements as
// their tags say (typeinfo.go). Marshaler, MarshalerAttr and
// encoding.TextMarshaler are called when a value, or its address,
// implements them.

package xml

import (
	"bytes"
	"encoding"
	"fmt"
	"internal/omitempty"
	"reflect"
	"strconv"
	"strings"
)

// Header is a generic XML header suitable for use with the output of
// Marshal. It is not automatically added to any output of this package.
const (
	Header = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"
)

// Marshaler is the interface implemented by objects that can marshal
// themselves into valid XML elements: MarshalXML encodes the receiver
// as zero or more XML elements, start being the element Marshal would
// have written.
type Marshaler interface {
	MarshalXML(e *Encoder, start StartElement) error
}

// MarshalerAttr is the interface implemented by objects that can
// marshal themselves into valid XML attributes; an Attr with an empty
// name is left out.
type MarshalerAttr interface {
	MarshalXMLAttr(name Name) (Attr, error)
}

// An UnsupportedTypeError is returned when Marshal encounters a type
// that cannot be converted into XML.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return "xml: unsupported type: " + e.Type.String()
}

var (
	marshalerType     = reflect.TypeOf((*Marshaler)(nil)).Elem()
	marshalerAttrType = reflect.TypeOf((*MarshalerAttr)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
)

// Marshal returns the XML encoding of v.
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := NewEncoder(&b).Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MarshalIndent works like Marshal, but each XML element begins on a
// new indented line that starts with prefix and is followed by one or
// more copies of indent according to the nesting depth.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := NewEncoder(&b)
	enc.Indent(prefix, indent)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Encode writes the XML encoding of v to the stream, then calls Flush.
func (enc *Encoder) Encode(v any) error {
	if err := enc.p.marshalValue(reflect.ValueOf(v), nil, nil); err != nil {
		return err
	}
	return enc.p.Flush()
}

// EncodeElement writes the XML encoding of v to the stream, using start
// as the outermost tag in the encoding, then calls Flush.
func (enc *Encoder) EncodeElement(v any, start StartElement) error {
	if err := enc.p.marshalValue(reflect.ValueOf(v), nil, &start); err != nil {
		return err
	}
	return enc.p.Flush()
}

// implementor returns val, or its address if val is addressable, as a
// value of the interface type iface, with its type; ok is false when
// neither implements iface.
func implementor(val reflect.Value, iface reflect.Type) (v any, typ reflect.Type, ok bool) {
	if val.CanInterface() && val.Type().Implements(iface) {
		return val.Interface(), val.Type(), true
	}
	if val.CanAddr() {
		if pv := val.Addr(); pv.CanInterface() && pv.Type().Implements(iface) {
			return pv.Interface(), pv.Type(), true
		}
	}
	return nil, nil, false
}

// marshalValue writes val as an element (or, for a slice, elements);
// finfo is the field holding it, startTemplate the element asked for.
func (p *printer) marshalValue(val reflect.Value, finfo *fieldInfo, startTemplate *StartElement) error {
	if startTemplate != nil && startTemplate.Name.Local == "" {
		return fmt.Errorf("xml: EncodeElement of StartElement with missing name")
	}
	if !val.IsValid() {
		return nil
	}
	if finfo != nil && finfo.flags&fOmitEmpty != 0 && omitempty.IsEmpty(val) {
		return nil
	}
	for val.Kind() == reflect.Interface || val.Kind() == reflect.Pointer {
		if val.IsNil() {
			return nil
		}
		val = val.Elem()
	}
	if m, typ, ok := implementor(val, marshalerType); ok {
		return p.marshalInterface(m.(Marshaler), defaultStart(typ, finfo, startTemplate))
	}
	if m, typ, ok := implementor(val, textMarshalerType); ok {
		return p.marshalTextInterface(m.(encoding.TextMarshaler), defaultStart(typ, finfo, startTemplate))
	}
	kind, typ := val.Kind(), val.Type()
	if (kind == reflect.Slice || kind == reflect.Array) && typ.Elem().Kind() != reflect.Uint8 {
		for i, n := 0, val.Len(); i < n; i++ {
			if err := p.marshalValue(val.Index(i), finfo, startTemplate); err != nil {
				return err
			}
		}
		return nil
	}
	tinfo, err := getTypeInfo(typ)
	if err != nil {
		return err
	}
	start, err := elementStart(val, tinfo, finfo, startTemplate)
	if err != nil {
		return err
	}
	if err := p.marshalAttrs(&start, val, tinfo); err != nil {
		return err
	}
	if err := p.writeStart(&start); err != nil {
		return err
	}
	if kind == reflect.Struct {
		err = p.marshalStruct(tinfo, val)
	} else {
		err = p.marshalContent(val)
	}
	if err != nil {
		return err
	}
	if err := p.writeEnd(start.Name); err != nil {
		return err
	}
	return p.cachedWriteError()
}

// elementStart returns the start element for val: the template, else
// the XMLName field's tag or value, else the field's name, else the
// type's name (without its type arguments).
func elementStart(val reflect.Value, tinfo *typeInfo, finfo *fieldInfo, startTemplate *StartElement) (StartElement, error) {
	var start StartElement
	if startTemplate != nil {
		start.Name = startTemplate.Name
		start.Attr = append(start.Attr, startTemplate.Attr...)
	} else if xmlname := tinfo.xmlname; xmlname != nil {
		if xmlname.name != "" {
			start.Name.Space, start.Name.Local = xmlname.xmlns, xmlname.name
		} else if v, ok := xmlname.value(val, false).Interface().(Name); ok && v.Local != "" {
			start.Name = v
		}
	}
	if start.Name.Local == "" && finfo != nil {
		start.Name.Space, start.Name.Local = finfo.xmlns, finfo.name
	}
	if start.Name.Local == "" {
		name, _, _ := strings.Cut(val.Type().Name(), "[")
		if name == "" {
			return start, &UnsupportedTypeError{val.Type()}
		}
		start.Name.Local = name
	}
	return start, nil
}

// marshalAttrs adds the attribute fields of a struct to start.
func (p *printer) marshalAttrs(start *StartElement, val reflect.Value, tinfo *typeInfo) error {
	for i := range tinfo.fields {
		finfo := &tinfo.fields[i]
		if finfo.flags&fAttr == 0 {
			continue
		}
		fv := finfo.value(val, false)
		if finfo.flags&fOmitEmpty != 0 && (!fv.IsValid() || omitempty.IsEmpty(fv)) {
			continue
		}
		if fv.Kind() == reflect.Interface && fv.IsNil() {
			continue
		}
		if err := p.marshalAttr(start, Name{Space: finfo.xmlns, Local: finfo.name}, fv); err != nil {
			return err
		}
	}
	return nil
}

// marshalContent writes a simple value as an element's character data.
func (p *printer) marshalContent(val reflect.Value) error {
	s, b, err := marshalSimple(val.Type(), val)
	if err != nil {
		return err
	}
	if b == nil {
		b = []byte(s)
	}
	return EscapeText(p, b)
}

// marshalAttr adds the attribute name=val to start (or one attribute
// per element of a slice).
func (p *printer) marshalAttr(start *StartElement, name Name, val reflect.Value) error {
	if m, _, ok := implementor(val, marshalerAttrType); ok {
		attr, err := m.(MarshalerAttr).MarshalXMLAttr(name)
		if err != nil {
			return err
		}
		if attr.Name.Local != "" {
			start.Attr = append(start.Attr, attr)
		}
		return nil
	}
	if m, _, ok := implementor(val, textMarshalerType); ok {
		text, err := m.(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err
		}
		start.Attr = append(start.Attr, Attr{name, string(text)})
		return nil
	}
	switch val.Kind() {
	case reflect.Pointer, reflect.Interface:
		if val.IsNil() {
			return nil
		}
		val = val.Elem()
	}
	if val.Kind() == reflect.Slice && val.Type().Elem().Kind() != reflect.Uint8 {
		for i, n := 0, val.Len(); i < n; i++ {
			if err := p.marshalAttr(start, name, val.Index(i)); err != nil {
				return err
			}
		}
		return nil
	}
	if val.Type() == attrType {
		start.Attr = append(start.Attr, val.Interface().(Attr))
		return nil
	}
	s, b, err := marshalSimple(val.Type(), val)
	if err != nil {
		return err
	}
	if b != nil {
		s = string(b)
	}
	start.Attr = append(start.Attr, Attr{name, s})
	return nil
}

// defaultStart returns the start element a Marshaler or TextMarshaler
// of type typ is given.
func defaultStart(typ reflect.Type, finfo *fieldInfo, startTemplate *StartElement) StartElement {
	var start StartElement
	switch {
	case startTemplate != nil:
		start.Name = startTemplate.Name
		start.Attr = append(start.Attr, startTemplate.Attr...)
	case finfo != nil && finfo.name != "":
		start.Name.Local = finfo.name
		start.Name.Space = finfo.xmlns
	case typ.Name() != "":
		start.Name.Local = typ.Name()
	default:
		// A pointer receiver: name the element after the type pointed to.
		start.Name.Local = typ.Elem().Name()
	}
	return start
}

// marshalInterface calls a MarshalXML method, which must close every
// element it opens.
func (p *printer) marshalInterface(val Marshaler, start StartElement) error {
	p.tags = append(p.tags, Name{})
	n := len(p.tags)
	if err := val.MarshalXML(p.encoder, start); err != nil {
		return err
	}
	if len(p.tags) > n {
		return fmt.Errorf("xml: %s.MarshalXML wrote invalid XML: <%s> not closed",
			receiverType(val), p.tags[len(p.tags)-1].Local)
	}
	p.tags = p.tags[:n-1]
	return nil
}

// marshalTextInterface writes a TextMarshaler's text as the element.
func (p *printer) marshalTextInterface(val encoding.TextMarshaler, start StartElement) error {
	if err := p.writeStart(&start); err != nil {
		return err
	}
	text, err := val.MarshalText()
	if err != nil {
		return err
	}
	EscapeText(p, text)
	return p.writeEnd(start.Name)
}

// marshalSimple returns the text of a basic value: as a string, or as
// bytes for a []byte or [N]byte.
func marshalSimple(typ reflect.Type, val reflect.Value) (string, []byte, error) {
	switch val.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(val.Int(), 10), nil, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(val.Uint(), 10), nil, nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(val.Float(), 'g', -1, val.Type().Bits()), nil, nil
	case reflect.String:
		return val.String(), nil, nil
	case reflect.Bool:
		return strconv.FormatBool(val.Bool()), nil, nil
	case reflect.Array:
		if typ.Elem().Kind() == reflect.Uint8 {
			b := make([]byte, val.Len())
			reflect.Copy(reflect.ValueOf(b), val)
			return "", b, nil
		}
	case reflect.Slice:
		if typ.Elem().Kind() == reflect.Uint8 {
			return "", val.Bytes(), nil
		}
	}
	return "", nil, &UnsupportedTypeError{typ}
}

// indirect follows pointers and interfaces down to a value, or a nil one.
func indirect(vf reflect.Value) reflect.Value {
	for vf.Kind() == reflect.Interface || vf.Kind() == reflect.Pointer {
		if vf.IsNil() {
			return vf
		}
		vf = vf.Elem()
	}
	return vf
}

// marshalStruct writes the content of a struct's element: its fields
// other than attributes, in order, opening and closing the parent
// elements of a>b>c paths as consecutive fields share them.
func (p *printer) marshalStruct(tinfo *typeInfo, val reflect.Value) error {
	s := parentStack{p: p}
	for i := range tinfo.fields {
		finfo := &tinfo.fields[i]
		if finfo.flags&fAttr != 0 {
			continue
		}
		vf := finfo.value(val, false)
		if !vf.IsValid() {
			continue // behind a nil embedded pointer
		}
		if finfo.flags&fMode != fInnerXML {
			if err := s.trim(finfo.parents); err != nil {
				return err
			}
		}
		var err error
		switch finfo.flags & fMode {
		case fCDATA, fCharData:
			err = p.marshalCharData(vf, finfo.flags&fMode == fCDATA)
		case fComment:
			err = p.marshalComment(vf, val.Type())
		case fInnerXML:
			if p.marshalInnerXML(vf) {
				continue
			}
			err = p.marshalValue(vf, finfo, nil)
		default:
			err = p.marshalElementField(&s, vf, finfo)
		}
		if err != nil {
			return err
		}
	}
	s.trim(nil)
	return p.cachedWriteError()
}

// marshalElementField writes a field as a child element, inside the
// parents its path names (opened unless the field is nil).
func (p *printer) marshalElementField(s *parentStack, vf reflect.Value, finfo *fieldInfo) error {
	if len(finfo.parents) > len(s.stack) {
		if vf.Kind() != reflect.Pointer && vf.Kind() != reflect.Interface || !vf.IsNil() {
			if err := s.push(finfo.parents[len(s.stack):]); err != nil {
				return err
			}
		}
	}
	return p.marshalValue(vf, finfo, nil)
}

// marshalCharData writes a ,chardata or ,cdata field's text.
func (p *printer) marshalCharData(vf reflect.Value, cdata bool) error {
	text, err := charDataText(vf)
	if err != nil || text == nil {
		return err
	}
	if cdata {
		return emitCDATA(p, text)
	}
	return EscapeText(p, text)
}

// charDataText returns the text of a character data field: a
// TextMarshaler's, a basic value's or a []byte; other types have none.
func charDataText(vf reflect.Value) ([]byte, error) {
	if m, _, ok := implementor(vf, textMarshalerType); ok {
		return m.(encoding.TextMarshaler).MarshalText()
	}
	vf = indirect(vf)
	switch vf.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Bool, reflect.String:
		s, _, err := marshalSimple(vf.Type(), vf)
		return []byte(s), err
	case reflect.Slice:
		if b, ok := vf.Interface().([]byte); ok {
			return b, nil
		}
	}
	return nil, nil
}

// marshalComment writes a ,comment field (a string or []byte), which
// must not contain "--"; a space keeps a final - from the -->.
func (p *printer) marshalComment(vf reflect.Value, structType reflect.Type) error {
	vf = indirect(vf)
	k := vf.Kind()
	if !(k == reflect.String || k == reflect.Slice && vf.Type().Elem().Kind() == reflect.Uint8) {
		return fmt.Errorf("xml: bad type for comment field of %s", structType)
	}
	if vf.Len() == 0 {
		return nil
	}
	var text []byte
	if k == reflect.String {
		text = []byte(vf.String())
	} else {
		text = vf.Bytes()
	}
	p.writeIndent(0)
	p.WriteString("<!--")
	if bytes.Contains(text, []byte("--")) {
		return fmt.Errorf(`xml: comments must not contain "--"`)
	}
	p.Write(text)
	if text[len(text)-1] == '-' {
		p.WriteByte(' ')
	}
	p.WriteString("-->")
	return nil
}

// marshalInnerXML writes an ,innerxml field of type string or []byte
// as it is, reporting whether it was one of those.
func (p *printer) marshalInnerXML(vf reflect.Value) bool {
	switch raw := indirect(vf).Interface().(type) {
	case []byte:
		p.Write(raw)
		return true
	case string:
		p.WriteString(raw)
		return true
	}
	return false
}

// parentStack is the chain of parent elements open while a struct's
// fields with a>b>c paths are written.
type parentStack struct {
	p     *printer
	stack []string
}

// trim closes the open parents that are not a prefix of parents.
func (s *parentStack) trim(parents []string) error {
	split := 0
	for split < len(parents) && split < len(s.stack) && parents[split] == s.stack[split] {
		split++
	}
	for i := len(s.stack) - 1; i >= split; i-- {
		if err := s.p.writeEnd(Name{Local: s.stack[i]}); err != nil {
			return err
		}
	}
	s.stack = s.stack[:split]
	return nil
}

// push opens the parents.
func (s *parentStack) push(parents []string) error {
	for _, name := range parents {
		if err := s.p.writeStart(&StartElement{Name: Name{Local: name}}); err != nil {
			return err
		}
	}
	s.stack = append(s.stack, parents...)
	return nil
}
