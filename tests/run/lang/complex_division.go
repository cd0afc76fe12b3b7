// Tests complex division as Go defines it: exact for ordinary values
// (complex64 and complex128), and the C99 results for infinities, NaNs and
// zero divisors instead of the textbook formula's NaN.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	cases := [][2]complex128{
		{complex(1, 2), complex(3, 4)},
		{complex(1e300, 1e300), complex(1e300, 1e300)},
		{complex(inf, 1), complex(2, 1)},
		{complex(1, 1), complex(inf, 0)},
		{complex(1, -1), complex(0, 0)},
		{complex(nan, 1), complex(0, 0)},
		{complex(inf, inf), complex(1, 2)},
	}
	for _, c := range cases {
		fmt.Println(c[0], "/", c[1], "=", c[0]/c[1])
	}
	var x, y complex64 = complex(1, 2), complex(3, -4)
	fmt.Println(x/y, complex64(complex(inf, 0))/y)
}
