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
// This version favours clarity over memory: its arrays are []int and
// []bool, where Go's packs the types and names into the array it builds.

// suffixArray returns the suffix array of text, whose characters are in
// [0, k): the starting positions of its suffixes in increasing order.
func suffixArray(text []int, k int) []int {
	sa := make([]int, len(text))
	if len(text) < 2 {
		return sa // [] or [0]
	}
	isS := suffixTypes(text)
	lms := lmsPositions(isS)

	// Sort the LMS substrings and name them by rank.
	induceSort(text, sa, isS, k, lms)
	names, count := nameLMSSubstrings(text, sa, isS)

	// Order the LMS suffixes: by their names if those are all different,
	// else by the suffix array of the text of their names.
	reduced := make([]int, len(lms))
	for i, p := range lms {
		reduced[i] = names[p]
	}
	order := make([]int, len(lms))
	if count == len(lms) {
		for i, name := range reduced {
			order[name] = lms[i]
		}
	} else {
		for i, r := range suffixArray(reduced, count) {
			order[i] = lms[r]
		}
	}

	// Induce the whole array from the sorted LMS suffixes.
	induceSort(text, sa, isS, k, order)
	return sa
}

// suffixTypes returns which suffixes of text are of type S, scanning from
// the end: a suffix is S if its first character is smaller than the
// next, or equal to it and the next suffix is S.
func suffixTypes(text []int) []bool {
	n := len(text)
	isS := make([]bool, n)
	for i := n - 2; i >= 0; i-- {
		isS[i] = text[i] < text[i+1] || text[i] == text[i+1] && isS[i+1]
	}
	return isS
}

// isLMS reports whether position i is an S preceded by an L.
func isLMS(isS []bool, i int) bool {
	return i > 0 && isS[i] && !isS[i-1]
}

// lmsPositions returns the LMS positions, in text order.
func lmsPositions(isS []bool) []int {
	var lms []int
	for i := range isS {
		if isLMS(isS, i) {
			lms = append(lms, i)
		}
	}
	return lms
}

// bucketHeads returns where each character's bucket starts in the suffix
// array: bucketHeads("banana", 'o') has a at 0, b at 3 and n at 4.
func bucketHeads(text []int, k int) []int {
	heads := make([]int, k)
	for _, c := range text {
		heads[c]++
	}
	sum := 0
	for c, count := range heads {
		heads[c] = sum
		sum += count
	}
	return heads
}

// bucketTails returns where each character's bucket ends (one past its
// last slot).
func bucketTails(text []int, k int) []int {
	tails := bucketHeads(text, k)
	for c := 0; c < k-1; c++ {
		tails[c] = tails[c+1]
	}
	tails[k-1] = len(text)
	return tails
}

// induceSort fills sa from the LMS positions lms, put at the tails of
// their buckets in the order given, by inducing first the L suffixes
// then the S ones. If lms is in suffix order, so is the result; in any
// order, the result has the LMS substrings in order.
func induceSort(text, sa []int, isS []bool, k int, lms []int) {
	n := len(text)
	for i := range sa {
		sa[i] = -1
	}
	tails := bucketTails(text, k)
	for i := len(lms) - 1; i >= 0; i-- {
		c := text[lms[i]]
		tails[c]--
		sa[tails[c]] = lms[i]
	}

	// L suffixes, left to right. The sentinel suffix would come first
	// of all, and induces the last suffix, an L.
	heads := bucketHeads(text, k)
	c := text[n-1]
	sa[heads[c]] = n - 1
	heads[c]++
	for i := 0; i < n; i++ {
		if j := sa[i] - 1; j >= 0 && !isS[j] {
			c := text[j]
			sa[heads[c]] = j
			heads[c]++
		}
	}

	// S suffixes, right to left, which take the place of the LMS
	// suffixes put at the tails above.
	tails = bucketTails(text, k)
	for i := n - 1; i >= 0; i-- {
		if j := sa[i] - 1; j >= 0 && isS[j] {
			c := text[j]
			tails[c]--
			sa[tails[c]] = j
		}
	}
}

// nameLMSSubstrings names each LMS position of text by the rank of its
// LMS substring among the distinct ones, given sa with the LMS substrings
// in order. It returns the names, indexed by position, and how many
// distinct substrings there are.
func nameLMSSubstrings(text, sa []int, isS []bool) (names []int, count int) {
	names = make([]int, len(text))
	prev := -1
	for _, p := range sa {
		if !isLMS(isS, p) {
			continue
		}
		if prev < 0 || !equalLMSSubstrings(text, isS, prev, p) {
			count++
		}
		names[p] = count - 1
		prev = p
	}
	return names, count
}

// equalLMSSubstrings reports whether the LMS substrings at a and b are
// equal: the same characters of the same types up to the next LMS
// position. The last one, which runs into the sentinel, equals no other.
func equalLMSSubstrings(text []int, isS []bool, a, b int) bool {
	n := len(text)
	for i := 0; a+i < n && b+i < n; i++ {
		if text[a+i] != text[b+i] || isS[a+i] != isS[b+i] {
			return false
		}
		if i > 0 && isLMS(isS, a+i) {
			return true // and b+i is LMS too, the types being the same
		}
	}
	return false
}
