// Tests crypto/hmac with RFC 4231 and RFC 2202 style vectors over several
// hashes, long keys, Reset and Equal; and crypto/subtle.
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"fmt"
	"hash"
	"strings"
)

func main() {
	keys := []string{"key", strings.Repeat("\x0b", 20), "Jefe", strings.Repeat("\xaa", 131)}
	msgs := []string{"The quick brown fox jumps over the lazy dog", "Hi There", "what do ya want for nothing?",
		"Test Using Larger Than Block-Size Key - Hash Key First"}
	news := []func() hash.Hash{md5.New, sha1.New, sha256.New, sha256.New224, sha512.New, sha512.New384}
	for i, k := range keys {
		for _, newHash := range news {
			m := hmac.New(newHash, []byte(k))
			m.Write([]byte(msgs[i]))
			sum := m.Sum(nil)
			fmt.Printf("%x %d %d\n", sum, m.Size(), m.BlockSize())
			m.Reset()
			m.Write([]byte(msgs[i][:3]))
			m.Write([]byte(msgs[i][3:]))
			fmt.Println(hmac.Equal(sum, m.Sum(nil)), hmac.Equal(sum, sum[1:]))
		}
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		h := sha256.New()
		hmac.New(func() hash.Hash { return h }, nil)
	}()

	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")), subtle.ConstantTimeCompare([]byte("a"), []byte("ab")))
	fmt.Println(subtle.ConstantTimeSelect(1, 4, 5), subtle.ConstantTimeSelect(0, 4, 5))
	fmt.Println(subtle.ConstantTimeByteEq(3, 3), subtle.ConstantTimeByteEq(3, 4), subtle.ConstantTimeEq(-7, -7), subtle.ConstantTimeEq(1<<30, 0))
	fmt.Println(subtle.ConstantTimeLessOrEq(2, 3), subtle.ConstantTimeLessOrEq(3, 3), subtle.ConstantTimeLessOrEq(4, 3))
	x, y := []byte("hello"), []byte("world")
	subtle.ConstantTimeCopy(0, x, y)
	fmt.Println(string(x))
	subtle.ConstantTimeCopy(1, x, y)
	fmt.Println(string(x))
	defer func() { fmt.Println("panic:", recover()) }()
	subtle.ConstantTimeCopy(1, x, y[:2])
}
