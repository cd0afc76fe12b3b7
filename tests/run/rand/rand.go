// Tests math/rand against Go 1.19's exact streams: the global source's
// default seed 1, Seed, New(NewSource(s)) and every Rand method, Perm,
// Shuffle, Read, NormFloat64, ExpFloat64, Zipf, and the panics.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// The global source, unseeded: Go 1.19 seeds it with 1.
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Float64(), rand.Float32(), rand.Int63n(1e15), rand.Int31n(1000), rand.Intn(1<<40))
	fmt.Println(rand.Perm(10))
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Intn(1000))
	rand.Seed(1)
	fmt.Println(rand.Int())

	for _, seed := range []int64{0, 1, -1, 7, 1 << 40, -123456789} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint64(), r.Intn(10), r.Int31n(7), r.Int63n(1<<62+3), r.Float64())
	}

	r := rand.New(rand.NewSource(99))
	s := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.Perm(5), r.Perm(0))
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	n, err = r.Read(buf[:3])
	fmt.Println(n, err, buf[:3])
	r.Seed(5)
	n, err = r.Read(buf)
	fmt.Println(buf)
	rand.Read(buf)
	fmt.Println(buf)

	sum, sumsq, ex := 0.0, 0.0, 0.0
	for i := 0; i < 20000; i++ {
		x := r.NormFloat64()
		sum += x
		sumsq += x * x
		ex += r.ExpFloat64()
	}
	fmt.Printf("%.6f %.6f %.6f\n", sum, sumsq, ex)
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64(), r.Float32())
	}
	z := rand.NewZipf(r, 1.5, 2, 100)
	var zs []uint64
	for i := 0; i < 15; i++ {
		zs = append(zs, z.Uint64())
	}
	fmt.Println(zs, rand.NewZipf(r, 1, 1, 10) == nil)

	for _, f := range []func(){
		func() { rand.Intn(0) },
		func() { rand.Int63n(-1) },
		func() { rand.Int31n(0) },
		func() { rand.Shuffle(-1, nil) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
