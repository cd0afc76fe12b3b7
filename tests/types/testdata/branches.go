// Labels and branches, checked as Go's parser checks them (messages as
// Go 1.19's, positions as go build prints them).
package main

func jumps(c bool) {
	goto L1 /* ERROR "goto L1 jumps over declaration of x at" */
	x := 1
	_ = x
L1:
	goto L2 /* ERROR "goto L2 jumps into block starting at" */
	if c {
	L2:
	}
	goto L3
	{
		var y int
		_ = y
	}
L3:
	for i := range []int{} {
		if i > 0 {
			continue L3
		}
		switch {
		case c:
			break L3
		case !c:
			fallthrough
		default:
			fallthrough /* ERROR "cannot fallthrough final case in switch" */
		}
	}
}

func misplaced(v any) {
L:
	if true {
		break L /* ERROR "invalid break label L" */
	}
	continue /* ERROR "continue is not in a loop" */
	goto M /* ERROR "label M not defined" */
	switch v.(type) {
	case int:
		fallthrough /* ERROR "cannot fallthrough in type switch" */
	}
	func() {
		break /* ERROR "break is not in a loop, switch, or select" */
	}()
	for {
		break N /* ERROR "break label not defined: N" */
	}
U: /* ERROR "label U defined and not used" */
L: /* ERROR "label L already defined at" */
	for {
	}
}

func main() {}
