/* SPDX-License-Identifier: MIT */
/*
 * The three io_uring syscalls, private to the ring layer. Each returns
 * its result or -errno; none prints.
 */
#ifndef UBLKD_URING_SYSCALL_H
#define UBLKD_URING_SYSCALL_H

#include <errno.h>
#include <unistd.h>
#include <sys/syscall.h>

#include "ublkd/ring.h"

static inline int sys_setup(unsigned int entries, struct io_uring_params *p)
{
	long ret = syscall(__NR_io_uring_setup, entries, p);

	return ret < 0 ? -errno : (int)ret;
}

/*
 * io_uring_enter is the per-batch syscall. On x86-64 it is issued with
 * the syscall instruction directly (ABI: number in rax, arguments in rdi,
 * rsi, rdx, r10, r8, r9; rcx and r11 clobbered; -errno back in rax),
 * which skips libc's variadic wrapper and the errno round trip. The
 * "memory" clobber makes it a compiler barrier too: no SQE store may sink
 * below it, no CQE load rise above it (the CPU side is the syscall's own
 * full barrier). Elsewhere it goes through syscall(2); setup and register
 * always do.
 */
#if defined(__x86_64__)
static inline int sys_enter(int fd, unsigned int to_submit, unsigned int min,
			    unsigned int flags, const void *arg, size_t argsz)
{
	register long r10 __asm__("r10") = flags;
	register long r8 __asm__("r8") = (long)arg;
	register long r9 __asm__("r9") = (long)argsz;
	long ret = __NR_io_uring_enter;

	__asm__ volatile ("syscall"
			  : "+a"(ret)
			  : "D"((long)fd), "S"((long)to_submit),
			    "d"((long)min), "r"(r10), "r"(r8), "r"(r9)
			  : "rcx", "r11", "memory");
	return (int)ret;
}
#else
static inline int sys_enter(int fd, unsigned int to_submit, unsigned int min,
			    unsigned int flags, const void *arg, size_t argsz)
{
	long ret = syscall(__NR_io_uring_enter, fd, to_submit, min, flags,
			   arg, argsz);

	return ret < 0 ? -errno : (int)ret;
}
#endif

/* io_uring_register, EINTR retried. */
static inline int sys_register(int fd, unsigned int op, const void *arg,
			       unsigned int nr)
{
	long ret;

	do {
		ret = syscall(__NR_io_uring_register, fd, op, arg, nr);
	} while (ret < 0 && errno == EINTR);
	return ret < 0 ? -errno : (int)ret;
}

#endif /* UBLKD_URING_SYSCALL_H */
