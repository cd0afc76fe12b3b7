// This file implements Stable's algorithm, as Go 1.19 does: insertion sort
// blocks of 20 elements, then merge neighbouring blocks of doubling size with
// SymMerge (Pok-Son Kim and Arne Kutzner, "Stable Minimum Storage Merging by
// Symmetric Comparisons", ESA 2004), which merges in place using only Less
// and Swap: O(n log n) Less calls and O(n log² n) Swap calls, no extra memory.

package sort

// stable sorts data[0:n] keeping equal elements in their original order.
func stable(data Interface, n int) {
	blockSize := 20 // must be > 0
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)

	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place.
// It assumes non-degenerate arguments: a < m && m < b.
//
// The idea: take the middle mid of data[a:b]; find by binary search how many
// elements start of the left run's tail must trade places with the right
// run's head so that everything left of mid is <= everything right of it;
// rotate those two blocks, then merge each half recursively.
func symMerge(data Interface, a, m, b int) {
	// A one-element left run: binary-search its place in data[m:b]
	// (the first element >= it) and bubble it there.
	if m-a == 1 {
		i := m
		j := b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}

	// A one-element right run: binary-search its place in data[a:m]
	// (the first element > it, keeping stability) and bubble it there.
	if b-m == 1 {
		i := a
		j := m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1

	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}

	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the consecutive blocks u = data[a:m] and v = data[m:b]
// ("x u v y" becomes "x v u y") with at most b-a swaps, by repeatedly
// swapping the shorter block with the far end of the longer one.
// It assumes non-degenerate arguments: a < m && m < b.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m

	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	// i == j
	swapRange(data, m-i, m, i)
}

// swapRange swaps the n elements at a with the n elements at b.
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
