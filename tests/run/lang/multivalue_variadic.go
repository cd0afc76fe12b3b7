// Tests a multi-value call spread into a variadic ...any parameter.
// A multi-value call spread into a variadic ...any parameter, f(g()),
// passes wrong operands (fmt.Println(safeDiv(10, 3)) printed
// "<invalid reflect.Value>").
// Expected output:
// 2
// int 3
// nil
package main

func two() (int, error) {
	return 3, nil
}

func show(a ...any) {
	println(len(a))
	for _, x := range a {
		switch v := x.(type) {
		case int:
			println("int", v)
		case nil:
			println("nil")
		default:
			println("other")
		}
	}
}

func main() {
	show(two())
}
