package flate

// dictDecoder is the decompressor's window: the last histSize bytes of
// output, which back-references (distance, length) copy from. It is a
// ring buffer: new bytes are written at wrPos, and everything between
// rdPos and wrPos is output the caller has not read yet. When the buffer
// is full the caller must read it (readFlush) before writing more; what
// was read stays in the buffer as history until it is overwritten.
type dictDecoder struct {
	hist  []byte
	wrPos int  // where the next byte is written
	rdPos int  // the first byte not yet handed to the reader
	full  bool // wrPos has wrapped at least once: all of hist is history
}

// init makes a window of size bytes, preset with the tail of dict (a
// preset dictionary that back-references may reach into).
func (dd *dictDecoder) init(size int, dict []byte) {
	if cap(dd.hist) < size {
		dd.hist = make([]byte, size)
	}
	dd.hist = dd.hist[:size]
	if len(dict) > size {
		dict = dict[len(dict)-size:]
	}
	dd.wrPos = copy(dd.hist, dict)
	dd.full = dd.wrPos == size
	if dd.full {
		dd.wrPos = 0
	}
	dd.rdPos = dd.wrPos
}

// histSize is how far back a copy can reach: the bytes written so far,
// up to the size of the window.
func (dd *dictDecoder) histSize() int {
	if dd.full {
		return len(dd.hist)
	}
	return dd.wrPos
}

// availRead is the number of bytes written but not yet read.
func (dd *dictDecoder) availRead() int {
	return dd.wrPos - dd.rdPos
}

// availWrite is the room left before the window must be read.
func (dd *dictDecoder) availWrite() int {
	return len(dd.hist) - dd.wrPos
}

// writeSlice is the room to write into; writeMark(n) then records that
// n bytes were written there.
func (dd *dictDecoder) writeSlice() []byte {
	return dd.hist[dd.wrPos:]
}

func (dd *dictDecoder) writeMark(n int) {
	dd.wrPos += n
}

// writeByte appends one literal byte. The caller checks availWrite first.
func (dd *dictDecoder) writeByte(c byte) {
	dd.hist[dd.wrPos] = c
	dd.wrPos++
}

// writeCopy copies length bytes from dist bytes back, as far as there is
// room, and returns how many it copied. Source and destination may
// overlap: a distance shorter than the length repeats the last dist
// bytes (dist 1 repeats one byte), so the copy goes byte by byte forward
// through the overlap.
func (dd *dictDecoder) writeCopy(dist, length int) int {
	start := dd.wrPos
	end := start + length
	if end > len(dd.hist) {
		end = len(dd.hist)
	}
	src := start - dist
	if src < 0 {
		// The source begins in the older history at the end of the ring.
		src += len(dd.hist)
		n := copy(dd.hist[dd.wrPos:end], dd.hist[src:])
		dd.wrPos += n
		src = 0
	}
	for dd.wrPos < end {
		dd.hist[dd.wrPos] = dd.hist[src]
		dd.wrPos++
		src++
	}
	return dd.wrPos - start
}

// tryWriteCopy is writeCopy's fast path for the common case: the source
// lies wholly before the write position (no wrap around the ring) and
// the whole length fits. It returns 0 when it cannot copy, and the caller
// falls back to writeCopy.
func (dd *dictDecoder) tryWriteCopy(dist, length int) int {
	src := dd.wrPos - dist
	end := dd.wrPos + length
	if src < 0 || end > len(dd.hist) {
		return 0
	}
	// Copying in chunks of dist bytes keeps each copy free of overlap.
	for dd.wrPos < end {
		dd.wrPos += copy(dd.hist[dd.wrPos:end], dd.hist[src:dd.wrPos])
	}
	return length
}

// readFlush returns the bytes not yet read and marks them read. When the
// window is full, writing starts over at its beginning.
func (dd *dictDecoder) readFlush() []byte {
	out := dd.hist[dd.rdPos:dd.wrPos]
	dd.rdPos = dd.wrPos
	if dd.wrPos == len(dd.hist) {
		dd.wrPos, dd.rdPos = 0, 0
		dd.full = true
	}
	return out
}
