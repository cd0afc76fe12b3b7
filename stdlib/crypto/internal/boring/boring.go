// Package boring tells Go's crypto tests whether the BoringCrypto module
// (a FIPS build of Go's crypto through cgo) stands in for the pure Go
// code. gominic has no cgo, so it never does: the tests then look at the
// Go digests themselves.
package boring

// Enabled reports whether BoringCrypto handles supported crypto operations.
const Enabled = false
