package crc32

// The hooks for a CPU's own CRC-32 instructions. Go's amd64 port reaches
// SSE 4.2's CRC32 (Castagnoli) and PCLMULQDQ (IEEE) through assembly;
// gominic compiles no assembly for them, so, as on Go's other
// architectures, none is available and Update uses the slicing tables.

func archAvailableIEEE() bool                    { return false }
func archInitIEEE()                              { panic("arch-specific crc32 instruction for IEEE not available") }
func archUpdateIEEE(crc uint32, p []byte) uint32 { panic("not available") }

func archAvailableCastagnoli() bool                    { return false }
func archInitCastagnoli()                              { panic("arch-specific crc32 instruction for Castagnoli not available") }
func archUpdateCastagnoli(crc uint32, p []byte) uint32 { panic("not available") }
