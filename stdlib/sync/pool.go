// This file implements Pool, a cache of reusable objects: a stack of the
// values Put back, refilled by New when empty.

package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. New, if set, makes a value when the pool is empty.
type Pool struct {
	items []any
	New   func() any
}

// Get removes and returns an object from the pool, or New's result, or nil.
func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x != nil {
		p.items = append(p.items, x)
	}
}
