// Tests big.Int.Rand: the same numbers as Go for the same source.
package main

import (
	"fmt"
	"math/big"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	n, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for i := 0; i < 3; i++ {
		fmt.Println(new(big.Int).Rand(r, n), new(big.Int).Rand(r, big.NewInt(1000)))
	}
}
