// This file implements memory allocation: mallocgc, the one entry point
// for every heap object, and the size classes it rounds to.
//
// A small object (up to 32 KiB) is rounded up to one of about 60 size
// classes and takes a free slot of a span of that class: a span holds
// slots of one size only, and a bitmap (allocBits) says which are taken.
// Each class has two kinds of span, "scan" for objects that may hold
// pointers and "noscan" for the others (string bytes, []byte, []int, ...),
// which the collector never looks into. A large object gets a span of its
// own. Slots freed by the collector are reused by later allocations, and
// a span whose objects all died goes back to the page heap (mheap.go).
//
// Tiny objects (pointer-free and under 16 bytes: an int32, a short
// string's bytes) are packed together into 16-byte blocks, as in Go: four
// int32s take one allocation and 16 bytes, not four slots of 8. A block is
// one object to the collector: it lives while any object in it does. Only
// pointer-free objects are packed, so that a block kept alive by one of
// them keeps nothing else alive: what is wasted is bounded by the block.
//
// mallocgc starts a collection first when the heap has grown to its goal
// (mgc.go). Every object's type is known here (the compiler passes its
// descriptor), so its words' pointer bits are recorded in the heap
// bitmap, for the collector to scan it precisely.

package runtime

import "unsafe"

const (
	maxSmallSize   = 32 << 10
	numSizeClasses = 68 // Go's 67 and class 0
	maxTinySize    = 16 // the size of a tiny block (Go's _TinySize)
)

// A spanClass is a size class and a noscan bit: sizeclass<<1 | noscan.
// Size class 0 is a large object's span.
type spanClass uint8

func makeSpanClass(sizeclass uint8, noscan bool) spanClass {
	if noscan {
		return spanClass(sizeclass<<1 | 1)
	}
	return spanClass(sizeclass << 1)
}

func (sc spanClass) sizeclass() uint8 { return uint8(sc >> 1) }
func (sc spanClass) noscan() bool     { return sc&1 != 0 }

var (
	classSize   [numSizeClasses]uintptr
	classPages  [numSizeClasses]uintptr
	sizeToClass [maxSmallSize/8 + 1]uint8 // by (size+7)/8

	// mcache holds, for each span class, the span allocations come from
	// now; partial the other spans of the class with free slots.
	mcache  [numSizeClasses * 2]*mspan
	partial [numSizeClasses * 2]*mspan

	// tiny is the block tiny objects are packed into now (0: none yet),
	// and tinyoffset its first free byte. As the mcache's spans, the
	// block is no root: sweep drops it, since it may have been freed.
	tiny       uintptr
	tinyoffset uintptr
)

// zerobase is the address of every zero-size allocation.
var zerobase uintptr

// mallocinit makes Go's size classes, by the rule Go's mksizeclasses
// makes them, so that capacities an append rounds up to a class are Go's
// (append's growth shows them: cap 6 after appending 3 ints to 2). Sizes
// go in steps of 8, then of 16 from 32, of an eighth of the last power of
// two from 128 and of 256 from 2048; each takes the fewest pages that
// leave under an eighth unused. A size that fits as many objects in as
// many pages as the class before replaces that class, and last each
// class grows to the largest multiple of 128 that still fits as many
// objects in its pages (67 classes, 8 bytes to 32 KiB).
func mallocinit() {
	c := uint8(0) // the last class made; class 0 is the large objects'
	align := uintptr(8)
	for size := align; size <= maxSmallSize; size += align {
		if size&(size-1) == 0 {
			switch {
			case size >= 2048:
				align = 256
			case size >= 128:
				align = size / 8
			case size >= 32:
				align = 16
			}
		}
		npages := uintptr(1)
		for npages*pageSize%size > npages*pageSize/8 {
			npages++
		}
		if c > 0 && npages == classPages[c] && npages*pageSize/size == npages*pageSize/classSize[c] {
			classSize[c] = size
			continue
		}
		c++
		classSize[c] = size
		classPages[c] = npages
	}
	prev := uintptr(0)
	for i := uint8(1); i <= c; i++ {
		span := classPages[i] * pageSize
		if wider := span / (span / classSize[i]) &^ 127; wider > classSize[i] {
			classSize[i] = wider
		}
		if span*classSize[i] >= 1<<32 {
			throw("mallocinit: span too large for objIndex")
		}
		for s := prev + 8; s <= classSize[i]; s += 8 {
			sizeToClass[s/8] = i
		}
		prev = classSize[i]
	}
	if memProfileHook == nil {
		MemProfileRate = 0
	}
	nextSample = nextSampleBytes()
	// No collection before gcinit: the scheduler's globals are not set.
	gcController.heapGoal = ^uintptr(0)
}

// roundupsize is the size mallocgc really gives a request of size bytes:
// its size class's, or whole pages for a large object. Appends and
// conversions to slices make their capacity fill it, as Go's do.
func roundupsize(size uintptr) uintptr {
	if size <= maxSmallSize {
		return classSize[sizeToClass[(size+7)/8]]
	}
	return alignUp(size, pageSize)
}

// mallocgc returns size bytes of zeroed memory for an object of type typ
// (or an array of them, when size is a multiple of typ.size). A nil typ
// means unknown contents: the collector scans every word conservatively.
func mallocgc(size uintptr, typ *_type) unsafe.Pointer {
	noscan := typ != nil && typ.ptrdata == 0
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if noscan && size < maxTinySize {
		return tinyalloc(size)
	}
	if gcShouldStart(size) {
		gcStart(false)
	}
	var s *mspan
	var p uintptr
	if size <= maxSmallSize {
		s, p = allocSmall(makeSpanClass(sizeToClass[(size+7)/8], noscan))
	} else {
		s = allocLarge(size, noscan)
		p = s.base
	}
	if !noscan {
		heapBitsSetType(p, s.elemsize, size, typ)
	}
	memstats.nmalloc++
	memstats.totalAlloc += uint64(s.elemsize)
	gcController.heapLive += s.elemsize
	if rate := MemProfileRate; rate > 0 {
		if rate != 1 && size < nextSample {
			nextSample -= size
		} else if memProfileHook != nil { // nil: MemProfileRate set by a program that cannot read the profile
			memProfileHook(s, p, size)
		}
	}
	return unsafe.Pointer(p)
}

// noscanType stands for memory that never holds pointers (string bytes,
// tiny blocks): mallocgc makes it noscan.
var noscanType = _type{size: 1}

// mallocnoscan returns size bytes of zeroed memory that will never hold
// pointers (string bytes).
func mallocnoscan(size uintptr) unsafe.Pointer {
	return mallocgc(size, &noscanType)
}

// tinyalloc places a tiny object in the current tiny block, at the next
// offset aligned for it, or else in a new block (a 16-byte object to
// mallocgc). The new block becomes the current one if it has more room
// left than the old.
//
// Only a new block counts as an allocation for the heap's size and the
// memory profile (which sees 16-byte objects, as Go's does); the objects
// placed in a block already counted are tallied in tinyAllocs, which
// MemStats adds to both Mallocs and Frees, as Go does.
func tinyalloc(size uintptr) unsafe.Pointer {
	off := alignUp(tinyoffset, tinyAlign(size))
	if tiny != 0 && off+size <= maxTinySize {
		tinyoffset = off + size
		memstats.tinyAllocs++
		return unsafe.Pointer(tiny + off)
	}
	p := mallocgc(maxTinySize, &noscanType)
	if tiny == 0 || size < tinyoffset {
		tiny = uintptr(p)
		tinyoffset = size
	}
	return p
}

// tinyAlign returns the alignment a tiny object of size bytes needs: the
// largest power of two (up to 8) that divides its size, since a type's
// size is a multiple of its alignment. tinyAlign(12) is 4, tinyAlign(6)
// is 2.
func tinyAlign(size uintptr) uintptr {
	a := size & -size
	if a > 8 {
		return 8
	}
	return a
}

// allocSmall takes a free slot of span class spc.
func allocSmall(spc spanClass) (*mspan, uintptr) {
	s := mcache[spc]
	if s == nil || s.allocCount == s.nelems {
		s = refill(spc)
	}
	i := s.nextFreeIndex()
	p := s.base + i*s.elemsize
	if s.needzero {
		memclrSlot(p, s.elemsize)
	}
	return s, p
}

// memclrSlot zeroes a slot: word by word when it is small, since a call
// to memset costs more than a few stores.
func memclrSlot(p, n uintptr) {
	if n > 64 {
		memclr(unsafe.Pointer(p), 0, n)
		return
	}
	for a := p; a < p+n; a += 8 {
		*(*uintptr)(unsafe.Pointer(a)) = 0
	}
}

// refill gives class spc a span with free slots: one the last sweep left
// partly free, or a new one.
func refill(spc spanClass) *mspan {
	s := partial[spc]
	if s != nil {
		partial[spc] = s.nextpartial
		s.nextpartial = nil
	} else {
		sc := spc.sizeclass()
		s = allocSpan(classPages[sc])
		s.spanclass = spc
		s.elemsize = classSize[sc]
		s.divMul = (1<<32)/uint64(s.elemsize) + 1
		s.nelems = s.npages * pageSize / s.elemsize
		s.freeindex = 0
		s.allocCount = 0
		s.allocBits = [maxObjsPerSpan / 64]uint64{}
		s.gcmarkBits = [maxObjsPerSpan / 64]uint64{}
		if s.needzero {
			memclr(unsafe.Pointer(s.base), 0, s.npages*pageSize)
			s.needzero = false
		}
	}
	mcache[spc] = s
	return s
}

// nextFreeIndex returns the first free slot at or after s.freeindex and
// marks it allocated. The caller has checked that s has one.
func (s *mspan) nextFreeIndex() uintptr {
	i := s.freeindex
	for {
		free := ^s.allocBits[i/64] >> (i % 64)
		if free != 0 {
			i += ctz64(free)
			break
		}
		i = (i/64 + 1) * 64
	}
	s.allocBits[i/64] |= 1 << (i % 64)
	s.freeindex = i + 1
	s.allocCount++
	return i
}

// allocLarge gives an object of size bytes a span of its own.
func allocLarge(size uintptr, noscan bool) *mspan {
	if size > maxAlloc {
		outOfMemory(size)
	}
	npages := (size + pageSize - 1) / pageSize
	s := allocSpan(npages)
	s.spanclass = makeSpanClass(0, noscan)
	s.elemsize = npages * pageSize
	s.nelems = 1
	s.freeindex = 1
	s.allocCount = 1
	s.allocBits = [maxObjsPerSpan / 64]uint64{}
	s.gcmarkBits = [maxObjsPerSpan / 64]uint64{}
	s.allocBits[0] = 1
	if s.needzero {
		memclr(unsafe.Pointer(s.base), 0, s.elemsize)
		s.needzero = false
	}
	return s
}

// heapBitsSetType records which words of the object at p (slot size
// slotsize, size bytes requested) hold pointers: by typ's pointer bitmap
// (or the program that writes it), repeated for an array of typ; every
// word when typ is nil. The words past the last pointer are cleared in
// bulk, a byte of bitmap (8 words) at a time.
func heapBitsSetType(p, slotsize, size uintptr, typ *_type) {
	nw := slotsize / 8
	if b, i := heapBitAddr(p); typ != nil && size == typ.size && i+nw <= 8 {
		// One object whose slot's bits share one bitmap byte (a slot of
		// up to 64 bytes): one store sets them all.
		mask := uint8((1<<nw - 1) << i)
		ptrs := *typ.gcbits() & uint8(1<<(typ.ptrdata/8)-1)
		*b = *b&^mask | ptrs<<i
		return
	}
	if typ == nil {
		setHeapBits(p, (size+7)/8, true)
		setHeapBits(p+(size+7)/8*8, nw-(size+7)/8, false)
		return
	}
	elemw := typ.size / 8
	ptrw := typ.ptrdata / 8
	n := size / typ.size // elements
	end := uintptr(0)    // words written so far
	for e := uintptr(0); e < n; e++ {
		base := e * elemw
		writeTypeBits(p+base*8, typ)
		end = base + ptrw
		if e+1 < n {
			setHeapBits(p+end*8, elemw-ptrw, false)
		}
	}
	setHeapBits(p+end*8, nw-end, false)
}

// writeTypeBits writes the heap bits of the pointer words (up to
// typ.ptrdata) of a typ value at a.
func writeTypeBits(a uintptr, typ *_type) {
	if typ.tflag&tflagGCProg != 0 {
		runGCProg(typ.gcbits(), a)
	} else {
		writeGCBits(a, typ.gcbits(), typ.ptrdata/8)
	}
}

// writeGCBits copies the first n bits of a pointer bitmap into the heap
// bits of the words from a.
//
// It moves to the next bitmap byte only for a word still to write: an
// object may end at the very end of the heap's last arena, and the next
// word's bitmap (the next arena's) does not exist.
func writeGCBits(a uintptr, gcdata *uint8, n uintptr) {
	b, i := heapBitAddr(a)
	for w := uintptr(0); w < n; w++ {
		if i == 8 {
			if a%arenaBytes == 0 {
				b, i = heapBitAddr(a)
			} else {
				b = (*uint8)(unsafe.Add(unsafe.Pointer(b), 1))
				i = 0
			}
		}
		if *(*uint8)(unsafe.Add(unsafe.Pointer(gcdata), w/8))>>(w%8)&1 != 0 {
			*b |= 1 << i
		} else {
			*b &^= 1 << i
		}
		a += 8
		i++
	}
}

// The instructions of a GC program (gominic/compile/gcdata.py): the pointer
// bitmap of a type too big to carry one (over 16,384 words of pointer
// data, as Go's compiler decides: a [2048][2048]*T would carry 512 KB),
// written by an opcode byte and varints each.
const (
	gcProgEnd    = 0 // the end of the program, or of a repeated body
	gcProgZeros  = 1 // n: n words without pointers
	gcProgBits   = 2 // n, then (n+7)/8 bytes: n words' bits, lowest first
	gcProgRepeat = 3 // c, body, end: the body c times
)

// runGCProg writes the heap bits of the words from a as the program at
// prog says, up to its end (or its body's, in a repeat); it returns where
// the end was read and the word after the last written.
func runGCProg(prog *uint8, a uintptr) (*uint8, uintptr) {
	for {
		op := *prog
		prog = (*uint8)(unsafe.Add(unsafe.Pointer(prog), 1))
		switch op {
		case gcProgEnd:
			return prog, a
		case gcProgZeros:
			var n uintptr
			n, prog = gcProgVarint(prog)
			setHeapBits(a, n, false)
			a += n * 8
		case gcProgBits:
			var n uintptr
			n, prog = gcProgVarint(prog)
			writeGCBits(a, prog, n)
			prog = (*uint8)(unsafe.Add(unsafe.Pointer(prog), (n+7)/8))
			a += n * 8
		case gcProgRepeat:
			count, body := gcProgVarint(prog)
			for ; count > 0; count-- {
				prog, a = runGCProg(body, a)
			}
		}
	}
}

// gcProgVarint reads an unsigned varint (LEB128) at p; it returns the
// value and what follows it.
func gcProgVarint(p *uint8) (uintptr, *uint8) {
	v, shift := uintptr(0), uintptr(0)
	for {
		b := *p
		p = (*uint8)(unsafe.Add(unsafe.Pointer(p), 1))
		v |= uintptr(b&0x7f) << shift
		if b < 0x80 {
			return v, p
		}
		shift += 7
	}
}

// heapBitAddr returns the bitmap byte holding the bit of the word at a,
// and the bit's position in it.
func heapBitAddr(a uintptr) (*uint8, uintptr) {
	bit := (a / 8) % (arenaBytes / 8)
	return &arenaOf(a).bitmap[bit/8], bit % 8
}

func setHeapBit(a uintptr, isptr bool) {
	b, i := heapBitAddr(a)
	if isptr {
		*b |= 1 << i
	} else {
		*b &^= 1 << i
	}
}

// setHeapBits sets (or clears) the bits of the n words from a, whole
// bytes at a time where it can.
func setHeapBits(a, n uintptr, isptr bool) {
	fill := uint8(0)
	if isptr {
		fill = 0xff
	}
	for n > 0 {
		if b, i := heapBitAddr(a); i == 0 && n >= 8 {
			*b = fill
			a += 64
			n -= 8
			continue
		}
		setHeapBit(a, isptr)
		a += 8
		n--
	}
}

// ctz64 counts the trailing zero bits of x (not 0). The compiler lowers
// it to one instruction (bsf), as Go's does bits.TrailingZeros64.
//
//go:intrinsic
func ctz64(x uint64) uintptr

// prefetch asks the processor to bring the cache line at addr in: the
// compiler lowers it to one instruction (prefetcht0), and it never faults.
//
//go:intrinsic
func prefetch(addr uintptr)

// popcount64 counts the set bits of x.
func popcount64(x uint64) uintptr {
	x -= (x >> 1) & 0x5555555555555555
	x = (x>>2)&0x3333333333333333 + x&0x3333333333333333
	x = (x>>4 + x) & 0x0f0f0f0f0f0f0f0f
	return uintptr((x * 0x0101010101010101) >> 56)
}

// outOfMemory reports that the kernel refused memory, as Go does, and
// exits. It prints without allocating (and only once), since allocating
// is what just failed: so, unlike Go's, with no traceback, which builds
// its lines in memory.
func outOfMemory(size uintptr) {
	if oomReported {
		exit(2)
	}
	oomReported = true
	printstring("runtime: out of memory: cannot allocate ")
	printdecimal(uint64(size), 0)
	printstring("-byte block (")
	printdecimal(uint64(mheap_.sys), 0)
	printstring(" in use)\nfatal error: out of memory\n")
	fatalexit()
}

var oomReported bool
