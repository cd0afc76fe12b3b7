package cipher

// Cipher feedback mode (NIST SP 800-38A, section 6.3), with segments of
// a whole block: the key stream is the encryption of the previous
// ciphertext block (the IV for the first).

type cfb struct {
	b       Block
	next    []byte // the next register: the ciphertext so far of this block
	out     []byte // the current block of key stream
	used    int    // how many bytes of out are spent
	decrypt bool
}

// NewCFBEncrypter returns a Stream which encrypts with cipher feedback mode,
// using the given Block. The iv must be the same length as the Block's block
// size.
func NewCFBEncrypter(block Block, iv []byte) Stream {
	return newCFB(block, iv, false)
}

// NewCFBDecrypter returns a Stream which decrypts with cipher feedback mode,
// using the given Block. The iv must be the same length as the Block's block
// size.
func NewCFBDecrypter(block Block, iv []byte) Stream {
	return newCFB(block, iv, true)
}

func newCFB(block Block, iv []byte, decrypt bool) Stream {
	if len(iv) != block.BlockSize() {
		panic("cipher.newCFB: IV length must equal block size")
	}
	out := make([]byte, block.BlockSize())
	return &cfb{b: block, next: dup(iv), out: out, used: len(out), decrypt: decrypt}
}

func (x *cfb) XORKeyStream(dst, src []byte) {
	checkStream(dst, src)
	for len(src) > 0 {
		if x.used == len(x.out) {
			x.b.Encrypt(x.out, x.next)
			x.used = 0
		}
		// The ciphertext goes into the next register: when decrypting it
		// is src, saved before an in-place xor overwrites it.
		if x.decrypt {
			copy(x.next[x.used:], src)
		}
		n := xorBytes(dst, src, x.out[x.used:])
		if !x.decrypt {
			copy(x.next[x.used:], dst[:n])
		}
		dst, src = dst[n:], src[n:]
		x.used += n
	}
}
