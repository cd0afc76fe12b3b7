// Package encoding defines the interfaces shared by the packages that
// convert data to and from byte-level and textual representations:
// encoding/json, flag's TextVar, time.Time's text form, ...
package encoding

// BinaryMarshaler is implemented by a value that can encode itself into a
// binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is implemented by a value that can decode a binary
// representation of itself. It must copy the data if it keeps it.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is implemented by a value that can encode itself into
// UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is implemented by a value that can decode a textual
// representation of itself. It must copy the text if it keeps it.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
