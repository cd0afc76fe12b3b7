package png

// paeth returns whichever of a (left), b (above) and c (upper left) is
// closest to a + b - c, preferring a, then b: the PNG spec's Paeth
// predictor (https://www.w3.org/TR/PNG/#9Filter-type-4-Paeth).
func paeth(a, b, c uint8) uint8 {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	if pa <= pb && pa <= pc {
		return a
	}
	if pb <= pc {
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// filterPaeth undoes the Paeth filter of the row cdat, whose previous
// row is pdat; the bytes left of the first pixel count as zero.
func filterPaeth(cdat, pdat []byte, bytesPerPixel int) {
	for i := range cdat {
		var a, c uint8
		if i >= bytesPerPixel {
			a, c = cdat[i-bytesPerPixel], pdat[i-bytesPerPixel]
		}
		cdat[i] += paeth(a, pdat[i], c)
	}
}
