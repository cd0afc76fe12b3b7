// This file implements the heap profile: runtime.MemProfile and the
// sampling behind it, as Go's runtime/mprof.go.
//
// Recording every allocation would cost too much, so malloc samples them:
// on average one sample per MemProfileRate bytes allocated. The distance
// to the next sample is drawn from an exponential distribution (a Poisson
// process over the bytes), so that every byte is as likely to be sampled
// and a tool can scale the samples back up (pprof's scaleHeapSample). A
// sampled allocation is counted in the bucket of its call stack, and a
// profile record hangs off its span (Go's "specials"), so that the
// sweeper counts the bucket's free when the object dies.

package runtime

import "unsafe"

// MemProfileRate is the average number of bytes allocated between two
// samples of the heap profile: 1 records every allocation, 0 none.
var MemProfileRate int = 512 * 1024

// memProfileHook is profilealloc when the program can read the profile,
// nil when it cannot: the linker follows this word only if
// runtime.MemProfile is reachable (gominic/link/deadcode.py), and
// mallocinit turns sampling off without it. (Go's linker sets a flag
// instead, and every program carries the sampling code.)
var memProfileHook = profilealloc

// A MemProfileRecord is the profile of the objects allocated at one call
// stack.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // bytes allocated and freed
	AllocObjects, FreeObjects int64       // objects allocated and freed
	Stack0                    [32]uintptr // the stack: return addresses, 0-terminated
}

// InUseBytes returns the bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack of the record, up to the first 0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

const (
	maxStack     = 32   // the frames a bucket keeps
	buckHashSize = 1024 // the chains of the buckets' hash table
	sampleBits   = 26   // random bits of a sample distance
)

// A bucket counts the sampled allocations and frees of one call stack.
type bucket struct {
	next    *bucket // in its hash chain
	allnext *bucket // in mbuckets
	hash    uintptr
	nstk    int
	stk     [maxStack]uintptr

	allocs, frees         int64
	allocBytes, freeBytes int64
}

// A specialprofile says that the object at obj was sampled into bucket b.
type specialprofile struct {
	obj  uintptr
	size uintptr
	b    *bucket
	next *specialprofile // in its span's list, or in profpool
}

var (
	nextSample uintptr                // bytes to allocate before the next sample
	buckhash   *[buckHashSize]*bucket // made at the first sample
	mbuckets   *bucket                // every bucket, newest first
	profpool   *specialprofile        // records for reuse

	// profstk holds the stack of the sample being taken: a local array
	// whose address is passed on would be allocated, and sampled, and so
	// on forever.
	profstk [maxStack]uintptr
)

// nextSampleBytes returns how many bytes to allocate before the next
// sample: a draw from the exponential distribution of mean MemProfileRate
// (Go's fastexprand), -ln(u)·rate for u uniform in (0, 1].
func nextSampleBytes() uintptr {
	rate := MemProfileRate
	if rate <= 1 {
		return 0
	}
	u := float64(fastrandn(1<<sampleBits)+1) / (1 << sampleBits)
	return uintptr(-ln(u)*float64(rate)) + 1
}

// ln returns the natural logarithm of x > 0: with x = m·2^e, m in [1, 2),
// ln x = e·ln 2 + ln m, and ln m = 2·atanh(t) for t = (m-1)/(m+1) in
// [0, 1/3), whose series to t^9 is off by less than 1e-6.
func ln(x float64) float64 {
	bits := *(*uint64)(unsafe.Pointer(&x))
	e := int(bits>>52&0x7ff) - 1023
	bits = bits&^(0x7ff<<52) | 1023<<52
	m := *(*float64)(unsafe.Pointer(&bits))
	t := (m - 1) / (m + 1)
	t2 := t * t
	return float64(e)*0.6931471805599453 + 2*t*(1+t2*(1.0/3+t2*(1.0/5+t2*(1.0/7+t2/9))))
}

// profilealloc samples the allocation of size bytes at p, in span s.
func profilealloc(s *mspan, p, size uintptr) {
	nextSample = nextSampleBytes()
	b := stkbucket(&profstk, profstack(&profstk))
	b.allocs++
	b.allocBytes += int64(size)
	r := profpool
	if r == nil {
		r = (*specialprofile)(persistentalloc(unsafe.Sizeof(specialprofile{})))
	} else {
		profpool = r.next
	}
	*r = specialprofile{obj: p, size: size, b: b, next: s.profiles}
	s.profiles = r
}

// profstack fills stk with the pcs of the frames that called the
// allocator, as runtime.Callers gives them (the runtime's own frames at the
// top of the stack left out), and returns how many it wrote.
func profstack(stk *[maxStack]uintptr) int {
	n := callers(getfp(), 0, stk[:])
	top := 0
	for top < n && hasPrefix(funcname(findfunc(stk[top]-1)), "runtime.") {
		top++
	}
	copy(stk[:], stk[top:n])
	return n - top
}

// stkbucket returns the bucket of the stack stk[:n], made if new.
func stkbucket(stk *[maxStack]uintptr, n int) *bucket {
	if buckhash == nil {
		buckhash = (*[buckHashSize]*bucket)(persistentalloc(unsafe.Sizeof([buckHashSize]*bucket{})))
	}
	h := uintptr(n)
	for i := 0; i < n; i++ {
		h = (h ^ stk[i]) * 0x100000001b3 // FNV-1a over the words
	}
	i := h % buckHashSize
	for b := buckhash[i]; b != nil; b = b.next {
		if b.hash == h && b.nstk == n && sameStack(&b.stk, stk, n) {
			return b
		}
	}
	b := (*bucket)(persistentalloc(unsafe.Sizeof(bucket{})))
	b.next, b.allnext, b.hash, b.nstk = buckhash[i], mbuckets, h, n
	memmove(unsafe.Pointer(&b.stk), unsafe.Pointer(stk), uintptr(n)*8)
	buckhash[i] = b
	mbuckets = b
	return b
}

// sameStack reports whether the first n words of a and b are equal.
func sameStack(a, b *[maxStack]uintptr, n int) bool {
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// sweepprofiles counts the frees of the sampled objects of s that this
// cycle found dead, and drops their records.
func sweepprofiles(s *mspan) {
	for rp := &s.profiles; *rp != nil; {
		r := *rp
		if isMarked(r.obj) {
			rp = &r.next
			continue
		}
		r.b.frees++
		r.b.freeBytes += int64(r.size)
		*rp = r.next
		*r = specialprofile{next: profpool}
		profpool = r
	}
}

// MemProfile fills p with a record per call stack of the sampled
// allocations (with inuseZero false, only those with bytes still in use)
// and returns how many there are; ok is false, and p untouched, when p is
// too short for them.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	for b := mbuckets; b != nil; b = b.allnext {
		if inuseZero || b.allocBytes != b.freeBytes {
			n++
		}
	}
	if n > len(p) {
		return n, false
	}
	i := 0
	for b := mbuckets; b != nil; b = b.allnext {
		if inuseZero || b.allocBytes != b.freeBytes {
			p[i] = MemProfileRecord{AllocBytes: b.allocBytes, FreeBytes: b.freeBytes,
				AllocObjects: b.allocs, FreeObjects: b.frees, Stack0: b.stk}
			i++
		}
	}
	return n, true
}
