// Benchmark: pidigits to 10,000 digits — math/big.Int multiplication by words,
// shifts and divisions of growing numbers (the benchmarks game spigot).
package main

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
)

var (
	tmp1  = big.NewInt(0)
	tmp2  = big.NewInt(0)
	numer = big.NewInt(1)
	accum = big.NewInt(0)
	denom = big.NewInt(1)
)

func extractDigit() int64 {
	if numer.Cmp(accum) > 0 {
		return -1
	}
	tmp1.Lsh(numer, 1).Add(tmp1, numer).Add(tmp1, accum)
	tmp1.DivMod(tmp1, denom, tmp2)
	tmp2.Add(tmp2, numer)
	if tmp2.Cmp(denom) >= 0 {
		return -1
	}
	return tmp1.Int64()
}

func nextTerm(k int64) {
	y2 := k*2 + 1
	accum.Add(accum, tmp1.Lsh(numer, 1))
	accum.Mul(accum, tmp1.SetInt64(y2))
	numer.Mul(numer, tmp1.SetInt64(k))
	denom.Mul(denom, tmp1.SetInt64(y2))
}

func eliminateDigit(d int64) {
	accum.Sub(accum, tmp1.Mul(denom, tmp1.SetInt64(d)))
	accum.Mul(accum, tmp1.SetInt64(10))
	numer.Mul(numer, tmp1.SetInt64(10))
}

func main() {
	n := 10000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	i := 0
	k := int64(0)
	line := make([]byte, 0, 10)
	for {
		d := int64(-1)
		for d < 0 {
			k++
			nextTerm(k)
			d = extractDigit()
		}
		line = append(line, byte(d)+'0')
		i++
		if len(line) == 10 {
			fmt.Printf("%s\t:%d\n", line, i)
			line = line[:0]
		}
		if i >= n {
			break
		}
		eliminateDigit(d)
	}
	if len(line) > 0 {
		fmt.Printf("%-10s\t:%d\n", line, i)
	}
}
