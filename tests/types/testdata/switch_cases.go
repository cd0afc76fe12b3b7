// Switch clauses in Go 1.19's words: a constant case repeated (of an
// identical type) or a type case repeated is reported with the previous
// one; a second default names the first; equal boolean constants pass.
// x.(type) anywhere but a type switch's header is an error of the checker
// (Go's parser takes it as an expression).
package main

func f(x int, e interface{}) {
	switch x {
	case 0:
	case 1, 0: /* ERROR "duplicate case 0 (constant of type int) in expression switch" */
	default:
	default: /* ERROR "multiple defaults (first at" */
	}
	switch {
	case 0 == 0:
	case 1 == 1:
	}
	switch e.(type) {
	case int, nil:
	case nil: /* ERROR "duplicate case nil in type switch" */
	case int: /* ERROR "duplicate case int in type switch" */
	}
	switch (e.(type)) { /* ERROR "invalid AST: use of .(type) outside type switch" */
	}
	v := e.(type) /* ERROR "invalid AST: use of .(type) outside type switch" */
	_ = v
	if w := e.(type); w != nil { /* ERROR "invalid AST: use of .(type) outside type switch" */
	}
	switch y := e; t := y.(type) {
	case int:
		_ = t
	}
}

func main() {}
