// Methods an embedded interface brings clash with others of the same name
// only when their signatures differ (Go 1.19's messages and positions).
package main

type M interface{ m() }
type M32 interface{ m() int32 }
type M64 interface{ m() int64 }

type U1 interface{ M; m() }
type U2 interface{ M; M }
type U3 interface{ m(); m() } /* ERROR "duplicate method m" */
type U4 interface{ M32; m() } /* ERROR "duplicate method m" */
type U5 interface{ m(); M32 } /* ERROR "duplicate method m" */
type U6 interface{ M32; M64 } /* ERROR "duplicate method m" */

func main() {}
