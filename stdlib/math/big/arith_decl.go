package big

// gominic's math/big is Go's pure-Go build of the package (its
// math_big_pure_go tag): the vector operations are the generic ones of
// nat.go, which carry Go's _g names (Go's own tests check them by those).

func addVV(z, x, y []Word) (c Word)             { return addVV_g(z, x, y) }
func subVV(z, x, y []Word) (c Word)             { return subVV_g(z, x, y) }
func addVW(z, x []Word, y Word) (c Word)        { return addVW_g(z, x, y) }
func subVW(z, x []Word, y Word) (c Word)        { return subVW_g(z, x, y) }
func shlVU(z, x []Word, s uint) (c Word)        { return shlVU_g(z, x, s) }
func shrVU(z, x []Word, s uint) (c Word)        { return shrVU_g(z, x, s) }
func mulAddVWW(z, x []Word, y, r Word) (c Word) { return mulAddVWW_g(z, x, y, r) }
func addMulVVW(z, x []Word, y Word) (c Word)    { return addMulVVW_g(z, x, y) }
