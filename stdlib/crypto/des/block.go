package des

import "encoding/binary"

// The Data Encryption Standard's algorithm (FIPS 46-3), bit by bit as
// the standard describes it: permutations, a 16-round Feistel network
// and the key schedule. Like Go's, it is not constant-time.

// permuteBlock returns the bits of src in the order permutation lists
// them (see const.go for the numbering): output bit len-1-i is input bit
// permutation[i].
func permuteBlock(src uint64, permutation []uint8) uint64 {
	var block uint64
	for i, n := range permutation {
		bit := (src >> n) & 1
		block |= bit << uint(len(permutation)-1-i)
	}
	return block
}

// permuteInitialBlock applies IP.
func permuteInitialBlock(block uint64) uint64 {
	return permuteBlock(block, initialPermutation[:])
}

// permuteFinalBlock applies IP⁻¹.
func permuteFinalBlock(block uint64) uint64 {
	return permuteBlock(block, finalPermutation[:])
}

// feistel is the cipher function f(R, K) (FIPS 46-3, page 13): R
// expanded to 48 bits and xored with the subkey, each six bits through
// its S-box, the 32 bits that make permuted by P.
func feistel(right uint32, subkey uint64) uint32 {
	x := permuteBlock(uint64(right), expansionFunction[:]) ^ subkey
	var out uint64
	for i := 0; i < 8; i++ {
		six := x >> (42 - 6*i) & 0x3f
		row := six>>4&2 | six&1
		col := six >> 1 & 0xf
		out = out<<4 | uint64(sBoxes[i][row][col])
	}
	return uint32(permuteBlock(out, permutationFunction[:]))
}

// cryptBlock runs the 16 rounds on src into dst: encryption with the
// subkeys in order, decryption with them in reverse.
func cryptBlock(subkeys []uint64, dst, src []byte, decrypt bool) {
	b := permuteInitialBlock(binary.BigEndian.Uint64(src))
	left, right := uint32(b>>32), uint32(b)
	for i := 0; i < 16; i++ {
		k := subkeys[i]
		if decrypt {
			k = subkeys[15-i]
		}
		left, right = right, left^feistel(right, k)
	}
	// The last round's halves are not swapped: the preoutput is R₁₆L₁₆.
	b = uint64(right)<<32 | uint64(left)
	binary.BigEndian.PutUint64(dst, permuteFinalBlock(b))
}

// encryptBlock encrypts one block from src into dst with the 16 subkeys.
func encryptBlock(subkeys []uint64, dst, src []byte) {
	cryptBlock(subkeys, dst, src, false)
}

// decryptBlock decrypts one block from src into dst with the 16 subkeys.
func decryptBlock(subkeys []uint64, dst, src []byte) {
	cryptBlock(subkeys, dst, src, true)
}

// generateSubkeys makes the key schedule (FIPS 46-3, page 19): PC-1
// splits the key into C and D, 28 bits each, which rotate left before
// each round; PC-2 picks the round's 48-bit subkey from them.
func (c *desCipher) generateSubkeys(key []byte) {
	cd := permuteBlock(binary.BigEndian.Uint64(key), permutedChoice1[:])
	left, right := uint32(cd>>28), uint32(cd&0x0fffffff)
	for i := range c.subkeys {
		left, right = rotate28(left, ksRotations[i]), rotate28(right, ksRotations[i])
		c.subkeys[i] = permuteBlock(uint64(left)<<28|uint64(right), permutedChoice2[:])
	}
}

// rotate28 rotates the 28-bit value v left by n bits.
func rotate28(v uint32, n uint8) uint32 {
	return (v<<n | v>>(28-n)) & 0x0fffffff
}
