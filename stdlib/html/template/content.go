package template

import (
	"fmt"
	"reflect"
)

// Strings of the following types carry a promise from the template's
// author: their content is already safe in the context the type names, so
// the escaper passes it through (or only normalizes it) there. Anywhere
// else they are escaped like any other string. Using them on values a
// third party controls defeats the protection this package gives.
type (
	// CSS is known safe content matching the CSS3 grammar: a stylesheet,
	// a rule, a declaration or a property value such as `10px`.
	CSS string

	// HTML is a known safe document fragment. It must not come from a
	// third party, nor hold an unclosed tag or comment.
	HTML string

	// HTMLAttr is a known safe attribute, such as ` dir="ltr"`, from a
	// trusted source.
	HTMLAttr string

	// JS is a known safe EcmaScript5 expression, such as `(x + y * z())`.
	JS string

	// JSStr is a sequence of characters that may appear between quotes in
	// a JavaScript string: valid escapes and no line terminators.
	JSStr string

	// URL is a known safe URL or URL substring. Its scheme is trusted, so
	// it may be "javascript:"; use it with care.
	URL string

	// Srcset is a known safe value for the srcset attribute of <img>.
	Srcset string
)

// contentType says which of the safe types a value had when it was
// turned into a string, and so what it is trusted to be.
type contentType uint8

const (
	contentTypePlain contentType = iota
	contentTypeCSS
	contentTypeHTML
	contentTypeHTMLAttr
	contentTypeJS
	contentTypeJSStr
	contentTypeURL
	contentTypeSrcset
	// contentTypeUnsafe marks attributes whose values no escaping makes
	// safe to fill from a template, such as "type" or "http-equiv".
	contentTypeUnsafe
)

// indirect follows pointers from a until it reaches a non-pointer or a nil
// pointer, so that *HTML is as trusted as HTML.
func indirect(a any) any {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	if v.Kind() != reflect.Pointer {
		return a
	}
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v.Interface()
}

var (
	errorType       = reflect.TypeOf((*error)(nil)).Elem()
	fmtStringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
)

// indirectToStringerOrError follows pointers from a until it reaches a
// value that prints itself (a fmt.Stringer or an error), a non-pointer or
// a nil pointer: what fmt.Sprint should be given to print the value the
// way text/template would.
func indirectToStringerOrError(a any) any {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	for !prints(v.Type()) && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v.Interface()
}

// prints reports whether fmt prints values of type t through a method.
func prints(t reflect.Type) bool {
	return t.Implements(fmtStringerType) || t.Implements(errorType)
}

// stringify turns the arguments of an escaper into the string to escape.
// A single argument of one of the safe types also yields its contentType;
// anything else is printed as fmt.Sprint would, nil arguments left out,
// and is plain text.
func stringify(args ...any) (string, contentType) {
	if len(args) == 1 {
		switch s := indirect(args[0]).(type) {
		case string:
			return s, contentTypePlain
		case CSS:
			return string(s), contentTypeCSS
		case HTML:
			return string(s), contentTypeHTML
		case HTMLAttr:
			return string(s), contentTypeHTMLAttr
		case JS:
			return string(s), contentTypeJS
		case JSStr:
			return string(s), contentTypeJSStr
		case URL:
			return string(s), contentTypeURL
		case Srcset:
			return string(s), contentTypeSrcset
		}
	}
	printed := args[:0]
	for _, arg := range args {
		if arg != nil {
			printed = append(printed, indirectToStringerOrError(arg))
		}
	}
	return fmt.Sprint(printed...), contentTypePlain
}
