// Imports in Go 1.19's words: a name both imported and declared in the
// package, an import redeclared (still reported unused), an unused
// dot-import. (The checker's tests import only unsafe.)
package main

import "unsafe" /* ERROR "imported and not used" */
import unsafe /* ERROR "unsafe redeclared in this block" */ /* ERROR "imported and not used" */ "unsafe"
import . /* ERROR "imported and not used" */ "unsafe"

var unsafe /* ERROR "unsafe already declared through import of package unsafe" */ int

func main() {}
