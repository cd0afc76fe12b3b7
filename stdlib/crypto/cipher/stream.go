package cipher

// Output feedback and counter modes (NIST SP 800-38A, sections 6.4 and
// 6.5): both encrypt a register a block at a time to make a key stream
// that is xored with the data. OFB feeds each output block back into the
// register; CTR counts the register up as a big-endian integer.

// A keyStream is a Stream over the encryptions of a register.
type keyStream struct {
	b        Block
	register []byte
	out      []byte // the current block of key stream
	used     int    // how many bytes of out are spent
	// step makes the next register from the last one and its encryption.
	step func(register, out []byte)
}

func newKeyStream(b Block, iv []byte, step func(register, out []byte)) *keyStream {
	out := make([]byte, b.BlockSize())
	return &keyStream{b: b, register: dup(iv), out: out, used: len(out), step: step}
}

func (x *keyStream) XORKeyStream(dst, src []byte) {
	checkStream(dst, src)
	for len(src) > 0 {
		if x.used == len(x.out) {
			x.b.Encrypt(x.out, x.register)
			x.step(x.register, x.out)
			x.used = 0
		}
		n := xorBytes(dst, src, x.out[x.used:])
		dst, src = dst[n:], src[n:]
		x.used += n
	}
}

// NewOFB returns a Stream that encrypts or decrypts using the block cipher b
// in output feedback mode. The initialization vector iv's length must be equal
// to b's block size.
func NewOFB(b Block, iv []byte) Stream {
	if len(iv) != b.BlockSize() {
		panic("cipher.NewOFB: IV length must equal block size")
	}
	return newKeyStream(b, iv, feedBack)
}

// feedBack is OFB's step: the output is the next register.
func feedBack(register, out []byte) {
	copy(register, out)
}

// ctrAble is implemented by a Block with its own counter mode: NewCTR
// returns that one.
type ctrAble interface {
	NewCTR(iv []byte) Stream
}

// NewCTR returns a Stream which encrypts/decrypts using the given Block in
// counter mode. The length of iv must be the same as the Block's block size.
func NewCTR(b Block, iv []byte) Stream {
	if ctr, ok := b.(ctrAble); ok {
		return ctr.NewCTR(iv)
	}
	if len(iv) != b.BlockSize() {
		panic("cipher.NewCTR: IV length must equal block size")
	}
	return newKeyStream(b, iv, countUp)
}

// countUp is CTR's step: the register plus one, the carry running from
// the last byte to the first.
func countUp(register, out []byte) {
	for i := len(register) - 1; i >= 0; i-- {
		register[i]++
		if register[i] != 0 {
			return
		}
	}
}
