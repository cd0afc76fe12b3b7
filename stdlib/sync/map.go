// This file implements Map. Goroutines never run in parallel here, so an
// ordinary map holds the entries; Go's version adds a read-mostly copy to
// avoid locking.

package sync

// Map is like a map[any]any that is safe for concurrent use. The zero Map
// is empty and ready for use.
type Map struct {
	m map[any]any
}

// Load returns the value stored for key, and whether there was one.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for key if present (loaded is
// true); otherwise it stores and returns value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for key, returning the previous value.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	delete(m.m, key)
}

// Range calls f for each key and value; it stops when f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}
