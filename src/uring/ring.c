// SPDX-License-Identifier: MIT
/*
 * ublkd ring: io_uring on raw syscalls (see include/ublkd/ring.h for the
 * API and the memory-ordering rules; each barrier is named where it is).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>

#include "ublkd/ring.h"

/* Newer than the 6.1 uapi headers of Debian 12. */
#ifndef IORING_SETUP_NO_MMAP
#define IORING_SETUP_NO_MMAP		(1U << 14)
#endif
#ifndef IORING_SETUP_REGISTERED_FD_ONLY
#define IORING_SETUP_REGISTERED_FD_ONLY	(1U << 15)
#endif
#ifndef IORING_SETUP_NO_SQARRAY
#define IORING_SETUP_NO_SQARRAY		(1U << 16)
#endif

#define UR_REFUSED_FLAGS (IORING_SETUP_SQPOLL | IORING_SETUP_SQ_AFF | \
			  IORING_SETUP_NO_MMAP | \
			  IORING_SETUP_REGISTERED_FD_ONLY | \
			  IORING_SETUP_NO_SQARRAY)

static int sys_setup(unsigned int entries, struct io_uring_params *p)
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

static int sys_register(int fd, unsigned int op, const void *arg,
			unsigned int nr)
{
	long ret;

	do {
		ret = syscall(__NR_io_uring_register, fd, op, arg, nr);
	} while (ret < 0 && errno == EINTR);
	return ret < 0 ? -errno : (int)ret;
}

/* ---- setup / teardown ---- */

static void ring_unmap(struct ur_ring *r)
{
	if (r->sqes)
		munmap(r->sqes, r->sqes_sz);
	if (r->cq_ring_ptr && r->cq_ring_ptr != r->sq_ring_ptr)
		munmap(r->cq_ring_ptr, r->cq_ring_sz);
	if (r->sq_ring_ptr)
		munmap(r->sq_ring_ptr, r->sq_ring_sz);
	r->sqes = NULL;
	r->cq_ring_ptr = NULL;
	r->sq_ring_ptr = NULL;
}

static void *ring_mmap(int fd, size_t sz, off_t off)
{
	void *p = mmap(NULL, sz, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_POPULATE, fd, off);

	return p == MAP_FAILED ? NULL : p;
}

static int ring_map(struct ur_ring *r, const struct io_uring_params *p)
{
	const struct io_sqring_offsets *so = &p->sq_off;
	const struct io_cqring_offsets *co = &p->cq_off;
	unsigned int i;
	uint8_t *sq, *cq;

	r->sq_ring_sz = so->array + p->sq_entries * sizeof(unsigned int);
	r->cq_ring_sz = co->cqes + ((size_t)p->cq_entries << (4 + r->cqe_shift));
	/* One mapping serves both rings when the kernel says so. */
	if (p->features & IORING_FEAT_SINGLE_MMAP) {
		if (r->cq_ring_sz > r->sq_ring_sz)
			r->sq_ring_sz = r->cq_ring_sz;
		r->cq_ring_sz = r->sq_ring_sz;
	}
	r->sq_ring_ptr = ring_mmap(r->fd, r->sq_ring_sz, IORING_OFF_SQ_RING);
	if (!r->sq_ring_ptr)
		return -errno;
	if (p->features & IORING_FEAT_SINGLE_MMAP) {
		r->cq_ring_ptr = r->sq_ring_ptr;
	} else {
		r->cq_ring_ptr = ring_mmap(r->fd, r->cq_ring_sz,
					   IORING_OFF_CQ_RING);
		if (!r->cq_ring_ptr)
			return -errno;
	}
	r->sqes_sz = (size_t)p->sq_entries << (6 + r->sqe_shift);
	r->sqes = ring_mmap(r->fd, r->sqes_sz, IORING_OFF_SQES);
	if (!r->sqes)
		return -errno;

	sq = r->sq_ring_ptr;
	cq = r->cq_ring_ptr;
	r->sq_khead = (unsigned int *)(sq + so->head);
	r->sq_ktail = (unsigned int *)(sq + so->tail);
	r->sq_kflags = (unsigned int *)(sq + so->flags);
	r->sq_kdropped = (unsigned int *)(sq + so->dropped);
	r->sq_array = (unsigned int *)(sq + so->array);
	r->sq_mask = *(unsigned int *)(sq + so->ring_mask);
	r->sq_entries = *(unsigned int *)(sq + so->ring_entries);
	r->cq_khead = (unsigned int *)(cq + co->head);
	r->cq_ktail = (unsigned int *)(cq + co->tail);
	r->cq_koverflow = (unsigned int *)(cq + co->overflow);
	r->cqes = cq + co->cqes;
	r->cq_mask = *(unsigned int *)(cq + co->ring_mask);
	r->cq_entries = *(unsigned int *)(cq + co->ring_entries);

	/*
	 * Slot i of the SQE array always goes at SQ index i: fill the
	 * indirection array once, so submitting writes only the tail. These
	 * plain stores are published by the first release store of the tail.
	 */
	for (i = 0; i < r->sq_entries; i++)
		r->sq_array[i] = i;
	r->sqe_head = r->sqe_tail = r->sq_head_cache = *r->sq_ktail;
	return 0;
}

/* The setup flag sets UR_OPT_TASKRUN walks through, best first. */
static const unsigned int taskrun_tiers[] = {
	IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN |
		IORING_SETUP_TASKRUN_FLAG,
	IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_COOP_TASKRUN |
		IORING_SETUP_TASKRUN_FLAG,
	0,
};

static int ring_setup(struct ur_ring *r, unsigned int entries,
		      unsigned int cq_entries, unsigned int flags,
		      struct io_uring_params *p)
{
	unsigned int base = flags & ~UR_OPT_TASKRUN;
	unsigned int i, first = (flags & UR_OPT_TASKRUN) ? 0 : 2;
	int fd = -EINVAL;

	for (i = first; i < 3; i++) {
		memset(p, 0, sizeof(*p));
		p->flags = base | taskrun_tiers[i];
		p->cq_entries = cq_entries;
		fd = sys_setup(entries, p);
		/* -EINVAL from a tier: that flag set is unknown, try the next */
		if (fd >= 0 || fd != -EINVAL)
			break;
	}
	if (fd < 0)
		return fd;
	r->fd = fd;
	r->setup_flags = p->flags;
	return 0;
}

int ur_init(struct ur_ring *r, unsigned int entries, unsigned int cq_entries,
	    unsigned int flags)
{
	struct io_uring_params p;
	int ret;

	memset(r, 0, sizeof(*r));
	r->fd = -1;
	r->enter_fd = -1;
	if (flags & UR_REFUSED_FLAGS) {
		fprintf(stderr, "ublkd ring: setup flags %#x not supported\n",
			flags & UR_REFUSED_FLAGS);
		return -EINVAL;
	}
	ret = ring_setup(r, entries, cq_entries, flags, &p);
	if (ret < 0) {
		fprintf(stderr, "ublkd ring: io_uring_setup(%u, flags %#x): %s\n",
			entries, flags & ~UR_OPT_TASKRUN, strerror(-ret));
		return ret;
	}
	r->features = p.features;
	r->sqe_shift = (r->setup_flags & IORING_SETUP_SQE128) ? 1 : 0;
	r->cqe_shift = (r->setup_flags & IORING_SETUP_CQE32) ? 1 : 0;
	r->enter_fd = r->fd;
	ret = ring_map(r, &p);
	if (ret < 0) {
		fprintf(stderr, "ublkd ring: mmap of the rings: %s\n",
			strerror(-ret));
		ring_unmap(r);
		close(r->fd);
		memset(r, 0, sizeof(*r));
		r->fd = -1;
		r->enter_fd = -1;
		return ret;
	}
	return 0;
}

void ur_exit(struct ur_ring *r)
{
	/* sq_entries is set only once ur_init() fully succeeded */
	if (!r->sq_entries)
		return;
	if (r->enter_flags & IORING_ENTER_REGISTERED_RING) {
		struct io_uring_rsrc_update up = { .offset = (unsigned int)r->enter_fd };

		/* registered rings pin the ring per task: drop ours */
		sys_register(r->fd, IORING_UNREGISTER_RING_FDS, &up, 1);
	}
	ring_unmap(r);
	if (r->fd >= 0)
		close(r->fd);
	memset(r, 0, sizeof(*r));
	r->fd = -1;
	r->enter_fd = -1;
}

/* ---- submission ---- */

/*
 * Publish the taken slots: the SQEs (and, at init, sq_array) were written
 * with plain stores; the RELEASE store of the SQ tail orders them before
 * the tail, so the kernel's acquire load of the tail sees complete SQEs.
 */
static inline void sq_publish(struct ur_ring *r)
{
	unsigned int tail = r->sqe_tail;

	if (tail != r->sqe_head) {
		__atomic_store_n(r->sq_ktail, tail, __ATOMIC_RELEASE);
		r->sqe_head = tail;
	}
}

/* Published SQEs the kernel has not consumed yet (ACQUIRE of the head). */
static inline unsigned int sq_to_submit(const struct ur_ring *r)
{
	return r->sqe_head - ur__sq_head(r);
}

int ur_submit(struct ur_ring *r)
{
	return ur_submit_and_wait(r, 0);
}

/*
 * Everything but the common case: EINTR, errors, short submits, waits
 * the first enter did not meet, nothing to submit. @n SQEs are published
 * and not consumed yet; @total were consumed already.
 */
static __attribute__((noinline)) int
submit_slow(struct ur_ring *r, unsigned int wait_nr, unsigned int n, int total)
{
	unsigned int flags;
	int ret;

	for (;;) {
		flags = r->enter_flags;
		/*
		 * Ask for events while the CQ ring holds fewer than wanted
		 * (with DEFER_TASKRUN, GETEVENTS is also what posts them).
		 */
		if (wait_nr && ur_cq_ready(r) < wait_nr)
			flags |= IORING_ENTER_GETEVENTS;
		else if (!n)
			break;
		ret = sys_enter(r->enter_fd, n,
				(flags & IORING_ENTER_GETEVENTS) ? wait_nr : 0,
				flags, NULL, 0);
		if (ret == -EINTR) {
			n = sq_to_submit(r);	/* nothing consumed; recheck */
			continue;
		}
		if (ret < 0)
			return total ? total : ret;
		/* the kernel consumed @ret SQEs from the head */
		total += ret;
		n -= (unsigned int)ret;
		if (!wait_nr)
			break;
	}
	r->sq_head_cache = r->sqe_head - n;
	return total;
}

int ur_submit_and_wait(struct ur_ring *r, unsigned int wait_nr)
{
	unsigned int n;
	int ret;

	if (wait_nr > r->cq_entries)
		wait_nr = r->cq_entries;
	sq_publish(r);
	n = sq_to_submit(r);
	if (!n)
		return submit_slow(r, wait_nr, 0, 0);
	/*
	 * One enter submits and, with GETEVENTS, waits (returning at once
	 * if @wait_nr CQEs are there already).
	 */
	ret = sys_enter(r->enter_fd, n, wait_nr,
			r->enter_flags | (wait_nr ? IORING_ENTER_GETEVENTS : 0),
			NULL, 0);
	/*
	 * A full count can hide an interrupted wait (the kernel reports
	 * the submit and drops the EINTR), so check the CQ; a short count
	 * means the kernel stopped at a bad SQE and skipped the wait.
	 */
	if (__builtin_expect(ret == (int)n, 1) &&
	    (!wait_nr || ur_cq_ready(r) >= wait_nr)) {
		r->sq_head_cache = r->sqe_head;	/* all consumed */
		return ret;
	}
	if (ret == -EINTR)
		return submit_slow(r, wait_nr, sq_to_submit(r), 0);
	if (ret < 0)
		return ret;
	if (!wait_nr && ret < (int)n) {
		/* ur_submit(): report the short count, the rest stays */
		r->sq_head_cache = r->sqe_head - (n - ret);
		return ret;
	}
	return submit_slow(r, wait_nr, n - ret, ret);
}

/*
 * Submit what is pending and have the kernel post the completions it
 * holds (GETEVENTS with min 0: deferred task work runs, overflow is
 * flushed), without waiting. EINTR is retried.
 */
int ur_submit_and_get(struct ur_ring *r)
{
	unsigned int n;
	int ret;

	sq_publish(r);
	n = sq_to_submit(r);
	do {
		ret = sys_enter(r->enter_fd, n, 0,
				r->enter_flags | IORING_ENTER_GETEVENTS,
				NULL, 0);
	} while (ret == -EINTR && ((n = sq_to_submit(r)), 1));
	r->sq_head_cache = ur__sq_head(r);
	return ret;
}

/* ---- completion ---- */

unsigned int ur__flush_cqes(struct ur_ring *r, struct ur_cqe *out,
			    unsigned int max)
{
	int ret;

	/*
	 * GETEVENTS with min 0: the kernel runs deferred task work and moves
	 * overflowed CQEs into the CQ ring (as many as fit), without waiting.
	 */
	do {
		ret = sys_enter(r->enter_fd, 0, 0,
				r->enter_flags | IORING_ENTER_GETEVENTS, NULL, 0);
	} while (ret == -EINTR);
	if (ret < 0)
		return 0;
	return ur__copy_cqes(r, out, max);
}

/*
 * Enter to submit what is pending and wait for @min CQEs until
 * @deadline_ns (CLOCK_MONOTONIC, the kernel's clock for the EXT_ARG
 * timeout). The timeout is relative: recomputed on every retry.
 */
static int enter_wait_timeout(struct ur_ring *r, unsigned int n,
			      unsigned int min, int64_t deadline_ns)
{
	struct __kernel_timespec ts;
	struct io_uring_getevents_arg arg = { .ts = (uint64_t)(uintptr_t)&ts };
	int64_t left = deadline_ns - ur_now_ns();

	if (left <= 0) {
		if (!n)
			return -ETIME;
		left = 0;
	}
	ts.tv_sec = left / 1000000000;
	ts.tv_nsec = left % 1000000000;
	return sys_enter(r->enter_fd, n, min,
			 r->enter_flags | IORING_ENTER_GETEVENTS |
			 IORING_ENTER_EXT_ARG, &arg, sizeof(arg));
}

int ur_wait_cqes(struct ur_ring *r, struct ur_cqe *out, unsigned int max,
		 unsigned int min, int timeout_ms)
{
	int64_t deadline = 0;
	int ret, timed_out = 0;
	unsigned int n, got;

	if (min > r->cq_entries)
		min = r->cq_entries;
	if (timeout_ms > 0) {
		if (!(r->features & IORING_FEAT_EXT_ARG))
			return -EOPNOTSUPP;
		deadline = ur_now_ns() + (int64_t)timeout_ms * 1000000;
	}
	sq_publish(r);
	for (;;) {
		n = sq_to_submit(r);
		if (ur_cq_ready(r) >= min || timeout_ms == 0) {
			if (!n)
				break;
			ret = sys_enter(r->enter_fd, n, 0, r->enter_flags,
					NULL, 0);
		} else if (timeout_ms < 0) {
			ret = sys_enter(r->enter_fd, n, min,
					r->enter_flags | IORING_ENTER_GETEVENTS,
					NULL, 0);
		} else {
			ret = enter_wait_timeout(r, n, min, deadline);
		}
		if (ret == -EINTR)
			continue;	/* deadline stays: time left shrinks */
		if (ret == -ETIME) {
			timed_out = 1;
			break;
		}
		if (ret < 0)
			return ret;
		if (timeout_ms == 0 || (n && !ret))
			break;		/* polling: one enter at most */
	}
	got = ur_peek_cqes(r, out, max);
	if (!got && timed_out)
		return -ETIME;
	return (int)got;
}

/* ---- registered files and ring fd ---- */

int ur_register_files(struct ur_ring *r, const int *fds, unsigned int nr)
{
	int ret = sys_register(r->fd, IORING_REGISTER_FILES, fds, nr);

	if (ret < 0) {
		fprintf(stderr, "ublkd ring: register %u files: %s\n", nr,
			strerror(-ret));
		return ret;
	}
	r->nr_files = nr;
	return 0;
}

int ur_update_files(struct ur_ring *r, unsigned int off, const int *fds,
		    unsigned int nr)
{
	struct io_uring_files_update up = {
		.offset = off,
		.fds = (uint64_t)(uintptr_t)fds,
	};
	int ret;

	if (off > r->nr_files || nr > r->nr_files - off) {
		fprintf(stderr, "ublkd ring: update files %u+%u beyond %u\n",
			off, nr, r->nr_files);
		return -EINVAL;
	}
	ret = sys_register(r->fd, IORING_REGISTER_FILES_UPDATE, &up, nr);
	if (ret < 0) {
		fprintf(stderr, "ublkd ring: update files %u+%u: %s\n", off, nr,
			strerror(-ret));
		return ret;
	}
	/* the kernel returns how many slots it updated */
	if ((unsigned int)ret != nr) {
		fprintf(stderr, "ublkd ring: updated %d of %u files\n", ret, nr);
		return -EIO;
	}
	return 0;
}

int ur_unregister_files(struct ur_ring *r)
{
	int ret = sys_register(r->fd, IORING_UNREGISTER_FILES, NULL, 0);

	if (ret < 0) {
		fprintf(stderr, "ublkd ring: unregister files: %s\n",
			strerror(-ret));
		return ret;
	}
	r->nr_files = 0;
	return 0;
}

int ur_register_ring_fd(struct ur_ring *r)
{
	struct io_uring_rsrc_update up = {
		.offset = -1U,		/* any free slot */
		.data = (uint64_t)r->fd,
	};
	int ret;

	if (r->enter_flags & IORING_ENTER_REGISTERED_RING)
		return 0;
	ret = sys_register(r->fd, IORING_REGISTER_RING_FDS, &up, 1);
	if (ret < 0)
		return ret;	/* optional: keep entering by fd */
	if (ret != 1)
		return -EIO;
	r->enter_fd = (int)up.offset;
	r->enter_flags = IORING_ENTER_REGISTERED_RING;
	return 0;
}

/* ---- async handles ---- */

struct ur_sqe *ur_async_get_sqe(struct ur_ring *r, struct ur_async *h)
{
	struct ur_sqe *sqe = ur_get_sqe(r);

	if (!sqe)
		return NULL;
	memset(h, 0, sizeof(*h));
	ur_sqe_set_data64(sqe, (uint64_t)(uintptr_t)h);
	return sqe;
}

int ur_async_prep_cmd(struct ur_ring *r, struct ur_async *h, int fd,
		      uint32_t cmd_op, const void *payload, size_t len)
{
	size_t room = r->sqe_shift ? UR_SQE128_CMD_SIZE : UR_SQE64_CMD_SIZE;
	struct ur_sqe *sqe;

	if (len > room)
		return -EINVAL;
	sqe = ur_async_get_sqe(r, h);
	if (!sqe)
		return -EBUSY;
	return ur_prep_uring_cmd(r, sqe, fd, cmd_op, payload, len);
}

static void async_complete(const struct ur_cqe *cqe)
{
	struct ur_async *h = (struct ur_async *)(uintptr_t)cqe->user_data;

	if (!h)
		return;
	h->cqe = *cqe;
	h->done = 1;
}

int ur_async_wait(struct ur_ring *r, struct ur_async *h, int timeout_ms)
{
	struct ur_cqe cqes[16];
	int64_t deadline = 0;
	int i, n, left = timeout_ms;

	if (timeout_ms > 0)
		deadline = ur_now_ns() + (int64_t)timeout_ms * 1000000;
	while (!h->done) {
		if (timeout_ms > 0) {
			int64_t ns = deadline - ur_now_ns();

			if (ns <= 0)
				return -ETIME;
			/* round up: never spin on a 0 ms wait */
			left = (int)((ns + 999999) / 1000000);
		}
		n = ur_wait_cqes(r, cqes, 16, 1, left);
		if (n < 0)
			return n;
		for (i = 0; i < n; i++)
			async_complete(&cqes[i]);
		if (!n && timeout_ms == 0 && !h->done)
			return -ETIME;
	}
	return h->cqe.res;
}
