# The cipher with the processor's AES instructions (cipher.go uses them
# where internal/cpu finds them): aesenc is one middle round of encryption
# (ShiftRows, SubBytes, MixColumns, then the round key xored in),
# aesenclast the last (no MixColumns); aesdec and aesdeclast are the
# rounds of FIPS-197's equivalent inverse cipher, whose key schedule
# expandInverse makes. The round keys are in the byte order of the
# state: cipher.go swaps the bytes of the schedule's big-endian words.
#
# encryptBlockAsm(nr int, xk *uint32, dst, src *byte) and
# decryptBlockAsm, the same arguments: nr rounds (10, 12 or 14) in rdi,
# the round keys at rsi, the blocks at rdx and rcx.

# crypt round, last: the block through nr rounds.
.macro crypt round, last
	movdqu (%rcx), %xmm0
	movdqu (%rsi), %xmm1
	pxor %xmm1, %xmm0
	decq %rdi		# the middle rounds
1:	addq $16, %rsi
	movdqu (%rsi), %xmm1
	\round %xmm1, %xmm0
	decq %rdi
	jnz 1b
	movdqu 16(%rsi), %xmm1
	\last %xmm1, %xmm0
	movdqu %xmm0, (%rdx)
	ret
.endm

	.section .text.crypto/aes.encryptBlockAsm,"ax",@progbits
	.globl "crypto/aes.encryptBlockAsm"
	.type "crypto/aes.encryptBlockAsm",@function
"crypto/aes.encryptBlockAsm":
	crypt aesenc, aesenclast
	.size "crypto/aes.encryptBlockAsm", .-"crypto/aes.encryptBlockAsm"

	.section .text.crypto/aes.decryptBlockAsm,"ax",@progbits
	.globl "crypto/aes.decryptBlockAsm"
	.type "crypto/aes.decryptBlockAsm",@function
"crypto/aes.decryptBlockAsm":
	crypt aesdec, aesdeclast
	.size "crypto/aes.decryptBlockAsm", .-"crypto/aes.decryptBlockAsm"
