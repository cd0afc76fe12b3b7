# This file implements the signal return trampoline: a signal handler
# returns here, and rt_sigreturn restores the interrupted context.
	.section .text.runtime.sigreturn,"ax",@progbits
	.globl runtime.sigreturn
	.type runtime.sigreturn,@function
runtime.sigreturn:
	movl $15, %eax
	syscall
	ud2
	.size runtime.sigreturn, .-runtime.sigreturn

	.section .note.GNU-stack,"",@progbits
