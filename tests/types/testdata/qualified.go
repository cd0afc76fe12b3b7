// A name another package does not export is undefined there, as Go's
// compiler (which imports exported names only) says.
package main

import u "unsafe"

var _ = u.pointer /* ERROR "undefined: unsafe.pointer" */

func main() {}
