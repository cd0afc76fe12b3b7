// Objects made in a loop and handed to deferred calls: each deferred call
// must see its own iteration's object, though the loop reuses its frame.
package main

import "fmt"

type Resource struct {
	name string
	log  *[]string
}

func (r *Resource) Close() { *r.log = append(*r.log, "close "+r.name) }

type counter struct{ n int }

func (c *counter) report() { fmt.Println("counter", c.n) }

func show(c *counter) { fmt.Println("shown", c.n) }

func useResources(log *[]string) {
	for _, n := range []string{"db", "cache", "file"} {
		r := &Resource{n, log}
		*log = append(*log, "open "+n)
		defer r.Close()
	}
	*log = append(*log, "work")
}

func loops() {
	for i := 0; i < 3; i++ {
		var c counter
		c.n = i
		defer c.report()
		defer show(&counter{i * 10})
		p := new(counter)
		p.n = i * 100
		defer show(p)
	}
	c := &counter{7}
	defer c.report() // made outside any loop: it may stay in the frame
}

func main() {
	var log []string
	useResources(&log)
	fmt.Println(log)
	loops()
}
