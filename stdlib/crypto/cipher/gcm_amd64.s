# crypto/cipher.clmul(z *[4]uint64, x, y *fieldElement): the carry-less
# product of x and y, each read as the 128-bit number hi:lo, as the
# 256-bit number z[3]:z[2]:z[1]:z[0] (gcm.go's mulCLMUL reduces it).
# pclmulqdq multiplies one 64-bit half of each operand, as its immediate
# chooses (bit 0 the first's, bit 4 the second's); in memory, a
# fieldElement has hi in its low half.
	.section .text.crypto/cipher.clmul,"ax",@progbits
	.globl "crypto/cipher.clmul"
	.type "crypto/cipher.clmul",@function
"crypto/cipher.clmul":
	movdqu (%rsi), %xmm0
	movdqu (%rdx), %xmm1
	movdqa %xmm0, %xmm2
	pclmulqdq $0x00, %xmm1, %xmm2	# x.hi * y.hi
	movdqa %xmm0, %xmm3
	pclmulqdq $0x11, %xmm1, %xmm3	# x.lo * y.lo
	movdqa %xmm0, %xmm4
	pclmulqdq $0x01, %xmm1, %xmm4	# x.lo * y.hi
	pclmulqdq $0x10, %xmm1, %xmm0	# x.hi * y.lo
	pxor %xmm4, %xmm0		# the middle product, at bit 64
	movdqa %xmm0, %xmm4
	pslldq $8, %xmm4
	psrldq $8, %xmm0
	pxor %xmm4, %xmm3
	pxor %xmm0, %xmm2
	movdqu %xmm3, (%rdi)		# z[0], z[1]
	movdqu %xmm2, 16(%rdi)		# z[2], z[3]
	ret
	.size "crypto/cipher.clmul", .-"crypto/cipher.clmul"
