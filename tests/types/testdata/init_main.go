// init, and main in package main, may only be functions (Go 1.19's words).
package main

import init /* ERROR "cannot import package as init - init must be a func" */ "unsafe"

const init /* ERROR "cannot declare init - must be func" */ = 1

type main /* ERROR "cannot declare main - must be func" */ int
