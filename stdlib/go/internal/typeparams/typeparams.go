// Package typeparams holds the mode bits with which go/parser can be asked
// to parse source written before generics. Go's own tests of go/parser set
// them, so they live where those tests look for them. They sit far above
// go/parser's exported Mode flags.
package typeparams

const (
	DisallowTypeSets = 1 << 29 // no type sets without 'interface' around them
	DisallowParsing  = 1 << 30 // no type parameters at all
)
