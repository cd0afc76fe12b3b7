// An invalid import path is reported and the import skipped (types2).
package main

import "" /* ERROR "invalid import path (empty string)" */
import "a b" /* ERROR "invalid import path (invalid character U+0020 ' ')" */
import "x!y" /* ERROR "invalid import path (invalid character U+0021 '!')" */

func main() {}
