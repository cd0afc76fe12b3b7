# The vector operations of arith_decl.go that Go's nat arithmetic spends
# its time in, written with the instructions made for them: add and
# subtract with carry (adc, sbb), the double shifts (shld, shrd) and the
# full 64x64 -> 128-bit multiply (mul). Each works over len(z) words, as
# the _g versions in nat.go do, and returns the carry, borrow or word that
# falls out.
#
# Arguments (System V ABI, a slice as three words): z in rdi, rsi, rdx
# (pointer, length, capacity); x in rcx, r8, r9; the rest on the stack
# above the return address: y's pointer at 8(%rsp), or the word argument
# at 8(%rsp) and the next at 16(%rsp). The result is in rax.

# addVV(z, x, y []Word) (c Word): z = x + y, the carry out; subVV: z =
# x - y, the borrow out. Both are the loop below, with adc or sbb: the
# carry flows from one to the next, and between them are only
# instructions that leave the flags alone (mov, lea, dec).
.macro vv op
	movq 8(%rsp), %r10	# y
	xorl %eax, %eax		# i
	movq %rsi, %r11
	shrq $2, %r11		# blocks of four words
	andl $3, %esi		# words after them; clears the carry flag
	testq %r11, %r11
	jz 2f
1:	movq (%rcx,%rax,8), %r8
	\op (%r10,%rax,8), %r8
	movq %r8, (%rdi,%rax,8)
	movq 8(%rcx,%rax,8), %r8
	\op 8(%r10,%rax,8), %r8
	movq %r8, 8(%rdi,%rax,8)
	movq 16(%rcx,%rax,8), %r8
	\op 16(%r10,%rax,8), %r8
	movq %r8, 16(%rdi,%rax,8)
	movq 24(%rcx,%rax,8), %r8
	\op 24(%r10,%rax,8), %r8
	movq %r8, 24(%rdi,%rax,8)
	leaq 4(%rax), %rax
	decq %r11
	jnz 1b
2:	decq %rsi
	js 3f
	movq (%rcx,%rax,8), %r8
	\op (%r10,%rax,8), %r8
	movq %r8, (%rdi,%rax,8)
	leaq 1(%rax), %rax
	jmp 2b
3:	movl $0, %eax
	adcq $0, %rax
	ret
.endm

	.section .text.math/big.addVV,"ax",@progbits
	.globl "math/big.addVV"
	.type "math/big.addVV",@function
"math/big.addVV":
	vv adcq
	.size "math/big.addVV", .-"math/big.addVV"

	.section .text.math/big.subVV,"ax",@progbits
	.globl "math/big.subVV"
	.type "math/big.subVV",@function
"math/big.subVV":
	vv sbbq
	.size "math/big.subVV", .-"math/big.subVV"

# shlVU(z, x []Word, s uint) (c Word): z = x << s (s < 64), the bits
# shifted out of the top word. From the top word down, so that z may lie
# over x at the same or a higher address: x[i-1] is read before z[i] is
# written. shld moves the bits that leave one word into the next; with
# s = 0 it leaves its destination as it was (z = x, c = 0).
	.section .text.math/big.shlVU,"ax",@progbits
	.globl "math/big.shlVU"
	.type "math/big.shlVU",@function
"math/big.shlVU":
	movq %rcx, %r10		# x
	movq 8(%rsp), %rcx	# s, in cl for the shifts
	xorl %eax, %eax
	testq %rsi, %rsi
	jz 3f
	movq -8(%r10,%rsi,8), %r8	# x[n-1]
	shldq %cl, %r8, %rax		# c
	decq %rsi			# i = n-1
	jz 2f
1:	movq -8(%r10,%rsi,8), %r9	# x[i-1]
	shldq %cl, %r9, %r8		# x[i]<<s | x[i-1]>>(64-s)
	movq %r8, (%rdi,%rsi,8)		# z[i]
	movq %r9, %r8
	decq %rsi
	jnz 1b
2:	shlq %cl, %r8
	movq %r8, (%rdi)		# z[0] = x[0] << s
3:	ret
	.size "math/big.shlVU", .-"math/big.shlVU"

# shrVU(z, x []Word, s uint) (c Word): z = x >> s (s < 64), the bits
# shifted out of the bottom word (in the top bits of c). From the bottom
# word up, so that z may lie over x at the same or a lower address.
	.section .text.math/big.shrVU,"ax",@progbits
	.globl "math/big.shrVU"
	.type "math/big.shrVU",@function
"math/big.shrVU":
	movq %rcx, %r10		# x
	movq 8(%rsp), %rcx	# s
	xorl %eax, %eax
	testq %rsi, %rsi
	jz 3f
	movq (%r10), %r8		# x[0]
	shrdq %cl, %r8, %rax		# c
	movl $1, %r11d			# i
	cmpq %rsi, %r11
	jae 2f
1:	movq (%r10,%r11,8), %r9		# x[i]
	shrdq %cl, %r9, %r8		# x[i-1]>>s | x[i]<<(64-s)
	movq %r8, -8(%rdi,%r11,8)	# z[i-1]
	movq %r9, %r8
	incq %r11
	cmpq %rsi, %r11
	jb 1b
2:	shrq %cl, %r8
	movq %r8, -8(%rdi,%rsi,8)	# z[n-1] = x[n-1] >> s
3:	ret
	.size "math/big.shrVU", .-"math/big.shrVU"

# mulAddVWW(z, x []Word, y, r Word) (c Word): z = x*y + r, the word
# carried out of the top. mul leaves x[i]*y in rdx:rax; the carry word c
# from the word before is added to it.
	.section .text.math/big.mulAddVWW,"ax",@progbits
	.globl "math/big.mulAddVWW"
	.type "math/big.mulAddVWW",@function
"math/big.mulAddVWW":
	movq 8(%rsp), %r10	# y
	movq 16(%rsp), %r11	# c = r
	xorl %r9d, %r9d		# i
	testq %rsi, %rsi
	jz 2f
1:	movq (%rcx,%r9,8), %rax
	mulq %r10
	addq %r11, %rax
	adcq $0, %rdx
	movq %rax, (%rdi,%r9,8)
	movq %rdx, %r11
	incq %r9
	cmpq %rsi, %r9
	jb 1b
2:	movq %r11, %rax
	ret
	.size "math/big.mulAddVWW", .-"math/big.mulAddVWW"

# addMulVVW(z, x []Word, y Word) (c Word): z += x*y, the word carried out
# of the top. x[i]*y + z[i] + c fits in two words.
	.section .text.math/big.addMulVVW,"ax",@progbits
	.globl "math/big.addMulVVW"
	.type "math/big.addMulVVW",@function
"math/big.addMulVVW":
	movq 8(%rsp), %r10	# y
	xorl %r11d, %r11d	# c
	xorl %r9d, %r9d		# i
	testq %rsi, %rsi
	jz 2f
1:	movq (%rcx,%r9,8), %rax
	mulq %r10
	addq %r11, %rax
	adcq $0, %rdx
	addq %rax, (%rdi,%r9,8)
	adcq $0, %rdx
	movq %rdx, %r11
	incq %r9
	cmpq %rsi, %r9
	jb 1b
2:	movq %r11, %rax
	ret
	.size "math/big.addMulVVW", .-"math/big.addMulVVW"
