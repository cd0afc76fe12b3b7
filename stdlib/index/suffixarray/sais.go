package suffixarray

// This file builds suffix arrays by induced sorting, the SA-IS algorithm
// of Nong, Zhang and Chan ("Two Efficient Algorithms for Linear Time
// Suffix Array Construction", IEEE Trans. Computers 60(10), 2011), in
// linear time.
//
// Each suffix of the text is of type S if it is smaller than the suffix
// after it, and of type L if larger; the text is taken to end with a
// sentinel smaller than any character, so that the last suffix is L. In
// "banana" the types are LSLSLL. A leftmost-S (LMS) position is an S
// whose left neighbour is L: 1 and 3 in "banana".
//
// Two facts make the algorithm. First, the suffixes starting with the
// same character c, which fill a "bucket" of the array, have their L
// suffixes before their S ones. Second, once the LMS suffixes are in
// order, all the others can be induced from them: scanning the array
// left to right, the suffix before each L suffix met is put at the head
// of its bucket, which sorts the L suffixes, then, scanning right to
// left, the suffix before each S suffix is put at the tail of its bucket,
// which sorts the S suffixes.
//
// To order the LMS suffixes, the same induction is first run from the
// LMS positions in any order: that sorts the LMS substrings (each LMS
// position up to the next one). Naming each LMS substring by its rank
// gives a shorter text, one character per LMS position, whose suffix
// array, built recursively, is the order of the LMS suffixes.
//
// Memory: LMS positions are at least two apart, so there are at most
// n/2 of them, and the reduced text and its suffix array both fit in the
// result array sa: the suffix array in sa[:m] and the text in sa[n-m:].
// Besides sa, each level needs only a bit per character for the types
// and one bucket counter per character of its alphabet. The offsets are
// int32 when the data allows (see makeInts), and the text is the data's
// bytes at the top level and names (of the offsets' type) below.

// empty marks a slot of sa that holds no suffix yet.
const empty = -1

// A char is a character of a text: a byte of the data or, in the
// recursion, the name of an LMS substring.
type char interface{ byte | int32 | int64 }

// An offset is a position in the text, as the suffix array stores it.
type offset interface{ int32 | int64 }

// suffixArray fills sa, of len(text), with the suffix array of text, whose
// characters are in [0, k): the starting positions of its suffixes in
// increasing order.
func suffixArray[C char, T offset](text []C, sa []T, k int) {
	n := len(text)
	if n < 2 {
		if n == 1 {
			sa[0] = 0
		}
		return
	}
	types := classify(text)
	buckets := make([]T, k)

	// Sort the LMS substrings, then keep only the LMS positions, in that
	// order, in sa[:m].
	markEmpty(sa)
	tails(text, buckets)
	for i := 1; i < n; i++ {
		if types.isLMS(i) {
			putAtTail(text, sa, buckets, i)
		}
	}
	induce(text, sa, types, buckets)
	m := 0
	for _, p := range sa {
		if types.isLMS(int(p)) {
			sa[m] = p
			m++
		}
	}

	// Order the LMS suffixes, in sa[:m], by the suffix array of the text
	// of their names, in sa[n-m:]. When the names are all different,
	// that suffix array is simply each name's position.
	count := nameLMSSubstrings(text, sa, types, m)
	reduced := sa[n-m:]
	if count < m {
		suffixArray(reduced, sa[:m], count)
	} else {
		for i, name := range reduced {
			sa[name] = T(i)
		}
	}

	// sa[:m] holds indices in the reduced text; turn them back into
	// positions, with the LMS positions listed again in sa[n-m:].
	j := n - m
	for i := 1; i < n; i++ {
		if types.isLMS(i) {
			sa[j] = T(i)
			j++
		}
	}
	for i := 0; i < m; i++ {
		sa[i] = reduced[sa[i]]
	}

	// Induce the whole array from the sorted LMS suffixes, moved to the
	// tails of their buckets from the last one, so that each moves right
	// (to a slot no earlier than its own) onto a slot already read.
	markEmpty(sa[m:])
	tails(text, buckets)
	for i := m - 1; i >= 0; i-- {
		p := sa[i]
		sa[i] = empty
		putAtTail(text, sa, buckets, int(p))
	}
	induce(text, sa, types, buckets)
}

// markEmpty marks every slot of sa empty.
func markEmpty[T offset](sa []T) {
	for i := range sa {
		sa[i] = empty
	}
}

// suffixTypes holds one bit per suffix of a text, set for type S.
type suffixTypes []uint64

// classify returns the types of the suffixes of text, scanning from the
// end: a suffix is S if its first character is smaller than the next, or
// equal to it and the next suffix is S.
func classify[C char](text []C) suffixTypes {
	n := len(text)
	types := make(suffixTypes, (n+63)/64)
	for i := n - 2; i >= 0; i-- {
		if text[i] < text[i+1] || text[i] == text[i+1] && types.isS(i+1) {
			types[i/64] |= 1 << (i % 64)
		}
	}
	return types
}

// isS reports whether the suffix at i is of type S.
func (t suffixTypes) isS(i int) bool {
	return t[i/64]&(1<<(i%64)) != 0
}

// isLMS reports whether position i is an S preceded by an L.
func (t suffixTypes) isLMS(i int) bool {
	return i > 0 && t.isS(i) && !t.isS(i-1)
}

// countChars sets buckets[c] to the number of c's in text.
func countChars[C char, T offset](text []C, buckets []T) {
	for c := range buckets {
		buckets[c] = 0
	}
	for _, c := range text {
		buckets[c]++
	}
}

// heads sets buckets[c] to where c's bucket starts in the suffix array:
// for "banana", a at 0, b at 3 and n at 4.
func heads[C char, T offset](text []C, buckets []T) {
	countChars(text, buckets)
	var sum T
	for c, count := range buckets {
		buckets[c] = sum
		sum += count
	}
}

// tails sets buckets[c] to where c's bucket ends, one past its last slot:
// for "banana", a at 3, b at 4 and n at 6.
func tails[C char, T offset](text []C, buckets []T) {
	countChars(text, buckets)
	var sum T
	for c, count := range buckets {
		sum += count
		buckets[c] = sum
	}
}

// putAtHead puts the suffix at p in the first free slot of its bucket,
// given buckets from heads.
func putAtHead[C char, T offset](text []C, sa, buckets []T, p int) {
	c := text[p]
	sa[buckets[c]] = T(p)
	buckets[c]++
}

// putAtTail puts the suffix at p in the last free slot of its bucket,
// given buckets from tails.
func putAtTail[C char, T offset](text []C, sa, buckets []T, p int) {
	c := text[p]
	buckets[c]--
	sa[buckets[c]] = T(p)
}

// induce fills sa from the LMS suffixes it holds at the tails of their
// buckets, inducing first the L suffixes then the S ones. If the LMS
// suffixes are in suffix order, so is the result; in any order, the
// result has the LMS substrings in order.
func induce[C char, T offset](text []C, sa []T, types suffixTypes, buckets []T) {
	n := len(text)

	// L suffixes, left to right. The sentinel suffix would come first
	// of all, and induces the last suffix, an L.
	heads(text, buckets)
	putAtHead(text, sa, buckets, n-1)
	for i := 0; i < n; i++ {
		if j := int(sa[i]) - 1; j >= 0 && !types.isS(j) {
			putAtHead(text, sa, buckets, j)
		}
	}

	// S suffixes, right to left, which take the place of the LMS
	// suffixes put at the tails before.
	tails(text, buckets)
	for i := n - 1; i >= 0; i-- {
		if j := int(sa[i]) - 1; j >= 0 && types.isS(j) {
			putAtTail(text, sa, buckets, j)
		}
	}
}

// nameLMSSubstrings names each LMS position by the rank of its LMS
// substring among the distinct ones, given the LMS positions in sa[:m]
// sorted by their substrings. It leaves the names in text order in
// sa[n-m:], the reduced text, and returns how many are distinct.
//
// The names are first stored at sa[m+p/2] for position p: LMS positions
// being at least two apart, these slots are distinct and in text order,
// and they lie in sa[m:], which has at least n/2 slots.
func nameLMSSubstrings[C char, T offset](text []C, sa []T, types suffixTypes, m int) (count int) {
	n := len(text)
	markEmpty(sa[m:])
	prev := -1
	for _, p := range sa[:m] {
		if prev < 0 || !equalLMSSubstrings(text, types, prev, int(p)) {
			count++
		}
		sa[m+int(p)/2] = T(count - 1)
		prev = int(p)
	}
	// Gather the names at the end, from the right: each moves right.
	j := n - 1
	for i := n - 1; i >= m; i-- {
		if sa[i] != empty {
			sa[j] = sa[i]
			j--
		}
	}
	return count
}

// equalLMSSubstrings reports whether the LMS substrings at a and b are
// equal: the same characters of the same types up to the next LMS
// position. The last one, which runs into the sentinel, equals no other.
func equalLMSSubstrings[C char](text []C, types suffixTypes, a, b int) bool {
	n := len(text)
	for i := 0; a+i < n && b+i < n; i++ {
		if text[a+i] != text[b+i] || types.isS(a+i) != types.isS(b+i) {
			return false
		}
		if i > 0 && types.isLMS(a+i) {
			return true // and b+i is LMS too, the types being the same
		}
	}
	return false
}
