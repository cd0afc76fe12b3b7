package big

// The vector operations Go's nat arithmetic spends its time in are
// written in assembly (arith_amd64.s), as in Go; addVW and subVW, whose
// carry rarely goes past the first word, take the generic code of nat.go.
// The generic versions keep Go's _g names: Go's own tests check each
// assembly function against its _g twin.

//go:noescape
func addVV(z, x, y []Word) (c Word)

//go:noescape
func subVV(z, x, y []Word) (c Word)

//go:noescape
func shlVU(z, x []Word, s uint) (c Word)

//go:noescape
func shrVU(z, x []Word, s uint) (c Word)

//go:noescape
func mulAddVWW(z, x []Word, y, r Word) (c Word)

//go:noescape
func addMulVVW(z, x []Word, y Word) (c Word)

func addVW(z, x []Word, y Word) (c Word) { return addVW_g(z, x, y) }
func subVW(z, x []Word, y Word) (c Word) { return subVW_g(z, x, y) }
