/* SPDX-License-Identifier: MIT */
/*
 * ublkd ring: a small io_uring layer on raw syscalls.
 *
 * Built for IORING_OP_URING_CMD: 128-byte SQEs (IORING_SETUP_SQE128) carry
 * an 80-byte command area, 32-byte CQEs (IORING_SETUP_CQE32) carry 16 extra
 * bytes. The plain 64-byte SQE / 16-byte CQE mode is supported too.
 *
 * Batching: ur_get_sqe() hands out SQE slots with no syscall; ur_submit()
 * publishes every slot taken since the last submit with one release store
 * of the SQ tail and one io_uring_enter(). struct ur_batch makes the
 * batch explicit (add, add, ..., flush).
 *
 * Completions are copied into a caller-provided array of struct ur_cqe: the
 * ring never allocates after ur_init().
 *
 * Errors are negative errno values, returned and never printed: the
 * caller says what failed, once. EINTR is retried inside the ring.
 *
 * The code is split as liburing's is: src/uring/setup.c (io_uring_setup,
 * mapping, teardown), submit.c (SQ publishing, io_uring_enter, waiting
 * for and reaping CQEs, EINTR retries), register.c (fixed files, the
 * ring fd, registered buffers, provided-buffer rings), async.c
 * (handles). The hot paths (taking an SQE, copying CQEs) are inline here.
 *
 * A ring is used by one thread at a time. With UR_OPT_TASKRUN it is set up
 * SINGLE_ISSUER: only the thread that called ur_init() may submit or wait
 * (others get -EEXIST). With DEFER_TASKRUN (see ur_init()) completions are
 * posted only when that thread enters the kernel to get events:
 * ur_wait_cqes(), ur_submit_and_wait() and ur_peek_cqes() do that for you.
 *
 * SQPOLL is not supported: the kernel reads the SQ only inside our own
 * io_uring_enter(), which is what makes the memory ordering below simple.
 *
 * Memory ordering (the ring is shared memory with the kernel):
 *  - SQ: SQE slots and sq_array are written with plain stores, then one
 *    RELEASE store of the SQ tail publishes them (ur_submit()). The kernel
 *    pairs it with an acquire load of the tail.
 *  - SQ head: ACQUIRE load before reusing slots (ur_get_sqe() when its
 *    cached head says full, ur_sq_space_left()): the kernel is done
 *    reading every SQE before the head it stores.
 *  - CQ: ACQUIRE load of the CQ tail before reading CQEs (pairs with the
 *    kernel's release store of the tail after writing them); RELEASE store
 *    of the CQ head after copying them out (the kernel may then overwrite
 *    those slots).
 *  - sq flags (CQ_OVERFLOW, TASKRUN) are hints read RELAXED: acting on
 *    them means a syscall, and a syscall is a full barrier.
 * Nothing else needs a fence: without SQPOLL the SQ is consumed inside
 * io_uring_enter() on our own thread, and the syscall orders everything
 * before and after it.
 */
#ifndef UBLKD_RING_H
#define UBLKD_RING_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <sys/uio.h>
#include <linux/io_uring.h>

/* Typed 128-byte SQE. In 64-byte mode only the first 64 bytes exist. */
struct ur_sqe {
	uint8_t opcode;
	uint8_t flags;		/* IOSQE_* */
	uint16_t ioprio;
	int32_t fd;		/* fd, or fixed-file index with IOSQE_FIXED_FILE */
	union {
		uint64_t off;
		uint64_t addr2;
		struct {
			uint32_t cmd_op;	/* URING_CMD opcode */
			uint32_t __pad1;
		};
	};
	uint64_t addr;
	uint32_t len;
	union {
		uint32_t rw_flags;	/* RWF_* */
		uint32_t fsync_flags;
		uint32_t uring_cmd_flags;
		uint32_t timeout_flags;
		uint32_t nop_flags;	/* IORING_NOP_* (6.x) */
		uint32_t op_flags;
	};
	uint64_t user_data;
	uint16_t buf_index;
	uint16_t personality;
	int32_t file_index;
	/* Offset 48: addr3 in 64-byte mode, the command area in SQE128 mode. */
	union {
		struct {
			uint64_t addr3;
			uint64_t __pad2;
		};
		uint8_t cmd[80];
	};
};

/* 64-byte SQE: the part of struct ur_sqe present in both modes. */
#define UR_SQE_BASE_SIZE	64u
#define UR_SQE_CMD_OFFSET	48u
#define UR_SQE128_CMD_SIZE	80u
#define UR_SQE64_CMD_SIZE	16u

/* Typed 32-byte CQE. In 16-byte mode big_cqe reads back as zero. */
struct ur_cqe {
	uint64_t user_data;
	int32_t res;
	uint32_t flags;
	uint64_t big_cqe[2];
};

#define UR_CQE_BASE_SIZE	16u

/* The layouts are the kernel's: checked field by field. */
#define UR_SAME_FIELD(a, b, f) \
	_Static_assert(offsetof(struct a, f) == offsetof(struct b, f) && \
		       sizeof(((struct a *)0)->f) == \
		       sizeof(((struct b *)0)->f), #a "." #f " != " #b)
UR_SAME_FIELD(ur_sqe, io_uring_sqe, opcode);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, flags);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, ioprio);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, fd);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, off);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, addr2);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, cmd_op);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, __pad1);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, addr);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, len);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, rw_flags);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, fsync_flags);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, uring_cmd_flags);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, timeout_flags);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, user_data);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, buf_index);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, personality);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, file_index);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, addr3);
UR_SAME_FIELD(ur_sqe, io_uring_sqe, __pad2);
UR_SAME_FIELD(ur_cqe, io_uring_cqe, user_data);
UR_SAME_FIELD(ur_cqe, io_uring_cqe, res);
UR_SAME_FIELD(ur_cqe, io_uring_cqe, flags);
#undef UR_SAME_FIELD
/* cmd / big_cqe are flexible arrays in the uapi: offsets, then sizes. */
_Static_assert(offsetof(struct ur_sqe, cmd) == offsetof(struct io_uring_sqe, cmd),
	       "SQE command area offset");
_Static_assert(offsetof(struct ur_sqe, cmd) == UR_SQE_CMD_OFFSET,
	       "SQE command area at 48");
_Static_assert(sizeof(((struct ur_sqe *)0)->cmd) == UR_SQE128_CMD_SIZE,
	       "SQE128 command area is 80 bytes");
_Static_assert(sizeof(struct io_uring_sqe) == UR_SQE_BASE_SIZE, "SQE64");
_Static_assert(sizeof(struct ur_sqe) == 2 * sizeof(struct io_uring_sqe),
	       "SQE128 is twice the base SQE");
_Static_assert(UR_SQE_CMD_OFFSET + UR_SQE64_CMD_SIZE == UR_SQE_BASE_SIZE,
	       "SQE64 command area");
_Static_assert(offsetof(struct ur_cqe, big_cqe) ==
	       offsetof(struct io_uring_cqe, big_cqe), "CQE32 extra offset");
_Static_assert(sizeof(struct io_uring_cqe) == UR_CQE_BASE_SIZE, "CQE16");
_Static_assert(sizeof(struct ur_cqe) == 2 * sizeof(struct io_uring_cqe),
	       "CQE32 is twice the base CQE (16 extra bytes)");

/* ur_init() flags on top of IORING_SETUP_*: try these, drop if refused. */
#define UR_OPT_TASKRUN	(1u << 31)	/* SINGLE_ISSUER|COOP or DEFER_TASKRUN */
#define UR_OPT_TASKRUN_COOP (1u << 30)	/* SINGLE_ISSUER|COOP, not DEFER */

struct ur_ring {
	int fd;
	unsigned int setup_flags;	/* what the kernel accepted */
	unsigned int features;		/* IORING_FEAT_* */
	unsigned int sqe_shift;		/* 0: 64-byte SQEs, 1: 128-byte */
	unsigned int cqe_shift;		/* 0: 16-byte CQEs, 1: 32-byte */

	/* SQ ring (shared with the kernel) */
	unsigned int *sq_khead;
	unsigned int *sq_ktail;
	unsigned int *sq_kflags;
	unsigned int *sq_array;
	unsigned int sq_mask;
	unsigned int sq_entries;
	unsigned int sqe_head;		/* first slot not yet published */
	unsigned int sqe_tail;		/* next slot to hand out */
	uint8_t *sqes;

	/* CQ ring (shared with the kernel) */
	unsigned int *cq_khead;
	unsigned int *cq_ktail;
	unsigned int *cq_koverflow;
	uint8_t *cqes;
	unsigned int cq_mask;
	unsigned int cq_entries;

	/* mappings, for ur_exit() */
	void *sq_ring_ptr;
	size_t sq_ring_sz;
	void *cq_ring_ptr;		/* == sq_ring_ptr with FEAT_SINGLE_MMAP */
	size_t cq_ring_sz;
	size_t sqes_sz;

	unsigned int nr_files;		/* registered file table size */
	unsigned int nr_bufs;		/* registered buffer table size */
	int enter_fd;			/* fd or registered ring index */
	unsigned int enter_flags;	/* IORING_ENTER_REGISTERED_RING or 0 */

	/* last SQ head seen: ur_get_sqe() reloads it only when full */
	unsigned int sq_head_cache;
};

/*
 * Set up a ring with @entries SQ entries. @flags is any of
 * IORING_SETUP_SQE128, IORING_SETUP_CQE32, IORING_SETUP_CQSIZE (then
 * @cq_entries is used), IORING_SETUP_CLAMP, IORING_SETUP_SUBMIT_ALL,
 * plus UR_OPT_TASKRUN, which asks for SINGLE_ISSUER + DEFER_TASKRUN,
 * falling back to SINGLE_ISSUER + COOP_TASKRUN, then to none, as the
 * kernel allows (TASKRUN_FLAG goes with either; r->setup_flags says what
 * stuck); UR_OPT_TASKRUN_COOP starts at SINGLE_ISSUER + COOP_TASKRUN.
 * SQPOLL and NO_MMAP are refused (-EINVAL). Returns 0 or -errno; on
 * failure nothing is left open and r is safe for ur_exit().
 */
int ur_init(struct ur_ring *r, unsigned int entries, unsigned int cq_entries,
	    unsigned int flags);
/* Unmap and close everything; safe on a zeroed or failed ring, and twice. */
void ur_exit(struct ur_ring *r);

/* Slots taken but not yet submitted. */
static inline unsigned int ur_sq_pending(const struct ur_ring *r)
{
	return r->sqe_tail - r->sqe_head;
}

/* SQ head: ACQUIRE, the kernel has finished reading SQEs before it. */
static inline unsigned int ur__sq_head(const struct ur_ring *r)
{
	return __atomic_load_n(r->sq_khead, __ATOMIC_ACQUIRE);
}

/* Slots free for ur_get_sqe() right now. */
static inline unsigned int ur_sq_space_left(const struct ur_ring *r)
{
	return r->sq_entries - (r->sqe_tail - ur__sq_head(r));
}

/*
 * Slots the kernel has not consumed yet: taken-but-unpublished plus
 * published ones a short submit left in the SQ (see ur_submit()).
 */
static inline unsigned int ur_sq_unsubmitted(const struct ur_ring *r)
{
	return r->sqe_tail - ur__sq_head(r);
}

/*
 * Zero 64 bytes of an SQE slot (slots are 64-byte aligned) with four
 * 16-byte stores: cheaper than the "rep stos" gcc picks for 128 bytes.
 */
typedef uint64_t ur__v16 __attribute__((vector_size(16), may_alias));

static inline void ur__zero64(uint8_t *p)
{
	ur__v16 *v = (ur__v16 *)(void *)p;
	const ur__v16 z = { 0, 0 };

	v[0] = z;
	v[1] = z;
	v[2] = z;
	v[3] = z;
}

/*
 * Take the next SQE slot, zeroed (64 or 128 bytes, the slot's real size),
 * or NULL when the SQ is full (the caller submits and retries, or fails
 * the request). No syscall.
 *
 * Memory ordering: the returned SQE is written with plain stores; the
 * release store of the tail in ur_submit() makes it visible. The SQ head
 * is only re-read (ACQUIRE) when the cached copy says the SQ is full: the
 * head only moves forward, so a stale copy can only under-count space.
 */
static inline struct ur_sqe *ur_get_sqe(struct ur_ring *r)
{
	unsigned int tail = r->sqe_tail;
	uint8_t *slot;

	if (__builtin_expect(tail - r->sq_head_cache >= r->sq_entries, 0)) {
		r->sq_head_cache = ur__sq_head(r);
		if (tail - r->sq_head_cache >= r->sq_entries)
			return NULL;
	}
	r->sqe_tail = tail + 1;
	if (r->sqe_shift) {
		slot = r->sqes + ((size_t)(tail & r->sq_mask) << 7);
		ur__zero64(slot);
		ur__zero64(slot + 64);
	} else {
		slot = r->sqes + ((size_t)(tail & r->sq_mask) << 6);
		ur__zero64(slot);
	}
	return (struct ur_sqe *)slot;
}

/*
 * Publish all taken slots and enter once. Returns the number of SQEs the
 * kernel consumed, or -errno (-EAGAIN, -EBUSY: nothing consumed, retry).
 *
 * Short submit: without IORING_SETUP_SUBMIT_ALL the kernel stops at the
 * first SQE it cannot even start (bad opcode, bad fixed file...). That SQE
 * still gets a CQE with its -errno and is counted; the SQEs after it stay
 * published in the SQ (ur_sq_unsubmitted() > 0, their slots stay taken)
 * and go to the kernel with the next ur_submit(), ur_submit_and_wait() or
 * ur_wait_cqes(). Nothing is dropped; every consumed SQE yields a CQE.
 */
int ur_submit(struct ur_ring *r);
/*
 * As ur_submit(), then wait until at least @wait_nr CQEs are ready
 * (clamped to the CQ size). Keeps submitting a short-submit remainder and
 * retries EINTR until the wait is met. Returns SQEs consumed or -errno.
 */
int ur_submit_and_wait(struct ur_ring *r, unsigned int wait_nr);

/* CLOCK_MONOTONIC in ns: the kernel's clock for the EXT_ARG timeouts. */
static inline int64_t ur_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/*
 * Submit what is pending and make the kernel post the completions it
 * holds (deferred task work, CQ overflow) without waiting: one enter.
 * Returns SQEs consumed or -errno.
 */
int ur_submit_and_get(struct ur_ring *r);

/*
 * CQEs ready in the CQ ring (no syscall). Completions the kernel still
 * holds (CQ overflow with FEAT_NODROP, or DEFER_TASKRUN work not yet run)
 * are not counted: ur_cq_needs_enter() says whether there are some.
 */
static inline unsigned int ur_cq_ready(const struct ur_ring *r)
{
	/* ACQUIRE: pairs with the kernel's release of the CQ tail */
	return __atomic_load_n(r->cq_ktail, __ATOMIC_ACQUIRE) -
	       __atomic_load_n(r->cq_khead, __ATOMIC_RELAXED);
}

/*
 * Nonzero when completions wait in the kernel: IORING_SQ_CQ_OVERFLOW
 * (FEAT_NODROP kept CQEs that did not fit) or IORING_SQ_TASKRUN (task
 * work to run, COOP/DEFER_TASKRUN). RELAXED: it is a hint, and acting on
 * it is a syscall (a full barrier).
 */
static inline unsigned int ur_cq_needs_enter(const struct ur_ring *r)
{
	return __atomic_load_n(r->sq_kflags, __ATOMIC_RELAXED) &
	       (IORING_SQ_CQ_OVERFLOW | IORING_SQ_TASKRUN);
}

/* Copy @n CQEs from CQ slot @idx on, no wrap: 16-byte CQEs are widened. */
static inline void ur__copy_run(const struct ur_ring *r, struct ur_cqe *out,
				unsigned int idx, unsigned int n)
{
	const uint8_t *src;
	struct ur_cqe *end = out + n;

	if (r->cqe_shift) {
		/* same 32-byte layout (checked above): one block copy */
		memcpy(out, r->cqes + ((size_t)idx << 5), (size_t)n << 5);
		return;
	}
	for (src = r->cqes + ((size_t)idx << 4); out < end; out++, src += 16) {
		memcpy(out, src, 16);
		out->big_cqe[0] = 0;
		out->big_cqe[1] = 0;
	}
}

/* Copy up to @max CQEs from the CQ ring, consume them. No syscall. */
static inline unsigned int ur__copy_cqes(struct ur_ring *r,
					 struct ur_cqe *out, unsigned int max)
{
	/* only we write the CQ head: RELAXED is enough to read it back */
	unsigned int head = __atomic_load_n(r->cq_khead, __ATOMIC_RELAXED);
	/*
	 * ACQUIRE load of the CQ tail: the kernel wrote the CQEs before its
	 * release store of the tail, so they are visible below.
	 */
	unsigned int n = __atomic_load_n(r->cq_ktail, __ATOMIC_ACQUIRE) - head;
	unsigned int idx = head & r->cq_mask, first;

	if (n > max)
		n = max;
	/* at most two runs: up to the end of the ring, then from slot 0 */
	first = r->cq_entries - idx;
	if (__builtin_expect(n <= first, 1)) {
		ur__copy_run(r, out, idx, n);
	} else {
		ur__copy_run(r, out, idx, first);
		ur__copy_run(r, out + first, 0, n - first);
	}
	/*
	 * RELEASE store of the CQ head: our reads of those slots are done
	 * before the kernel can see them free and overwrite them.
	 */
	__atomic_store_n(r->cq_khead, head + n, __ATOMIC_RELEASE);
	return n;
}

/*
 * Enter once with GETEVENTS and no wait, so that the kernel posts what it
 * holds (deferred task work, CQ overflow), then copy up to @max CQEs as
 * ur_peek_cqes() does. The slow path of ur_peek_cqes(); returns the count
 * copied (0 as well when the enter failed).
 */
unsigned int ur_flush_cqes(struct ur_ring *r, struct ur_cqe *out,
			   unsigned int max);

/*
 * Copy up to @max ready CQEs into @out and consume them. No syscall,
 * unless the CQ ring could not give @max and the kernel holds completions
 * (ur_cq_needs_enter(): CQ overflow or pending task work). Then it enters
 * once with GETEVENTS and no wait, which flushes them into the freed CQ
 * slots, and copies more. So with FEAT_NODROP nothing is ever lost.
 */
static inline unsigned int ur_peek_cqes(struct ur_ring *r, struct ur_cqe *out,
					unsigned int max)
{
	unsigned int n = ur__copy_cqes(r, out, max);

	if (__builtin_expect(n < max && ur_cq_needs_enter(r), 0))
		n += ur_flush_cqes(r, out + n, max - n);
	return n;
}

/*
 * Submit what is pending, wait until @min CQEs are ready or @timeout_ms
 * passes (<0: forever, 0: do not block), then copy up to @max (as
 * ur_peek_cqes(), flushing overflowed/deferred completions). Returns the
 * count copied (may be less than @min on timeout), -ETIME when the timeout
 * passed and nothing was copied, or -errno. EINTR is retried with the
 * remaining time. The timeout needs IORING_FEAT_EXT_ARG (5.11+), else
 * -EOPNOTSUPP.
 */
int ur_wait_cqes(struct ur_ring *r, struct ur_cqe *out, unsigned int max,
		 unsigned int min, int timeout_ms);

/*
 * Registered files: @fds into the ring's fixed-file table (-1: empty
 * slot); SQEs then use IOSQE_FIXED_FILE with the table index as fd.
 * ur_update_files() replaces @nr slots from @off; returns 0 or -errno.
 */
int ur_register_files(struct ur_ring *r, const int *fds, unsigned int nr);
int ur_update_files(struct ur_ring *r, unsigned int off, const int *fds,
		    unsigned int nr);
int ur_unregister_files(struct ur_ring *r);

/*
 * Registered (fixed) buffers. ur_register_buffers_sparse() makes a table
 * of @nr empty slots (IORING_REGISTER_BUFFERS2, RSRC_REGISTER_SPARSE): the
 * kernel may fill them (ublk's zero copy registers a request's pages
 * there), or ur_update_buffers() puts @nr user buffers at @off (an iovec
 * with iov_base NULL empties a slot). READ_FIXED / WRITE_FIXED and
 * IORING_URING_CMD_FIXED then name a slot by sqe->buf_index. An SQE that
 * names an empty slot completes with -EFAULT. Returns 0 or -errno.
 */
int ur_register_buffers_sparse(struct ur_ring *r, unsigned int nr);
int ur_update_buffers(struct ur_ring *r, unsigned int off,
		      const struct iovec *iovs, unsigned int nr);
int ur_unregister_buffers(struct ur_ring *r);

/*
 * Register the ring fd itself so enter skips the fd lookup (optional). The
 * registration belongs to the calling thread: call it from the thread that
 * uses the ring. On refusal (old kernel) it returns -errno and the ring
 * keeps working through its plain fd. ur_exit() unregisters it.
 */
int ur_register_ring_fd(struct ur_ring *r);

/* ---- provided-buffer rings (IORING_REGISTER_PBUF_RING) ---- */

/* Newer than the 6.1 uapi headers of Debian 12. */
#ifndef IORING_URING_CMD_MULTISHOT
#define IORING_URING_CMD_MULTISHOT	(1U << 1)
#endif
#ifndef IORING_CQE_F_BUF_MORE
#define IORING_CQE_F_BUF_MORE		(1U << 4)
#endif
#define UR_UNREGISTER_PBUF_RING		23	/* IORING_UNREGISTER_PBUF_RING */
#define UR_OFF_PBUF_RING		0x80000000ULL	/* IORING_OFF_PBUF_RING */
#define UR_OFF_PBUF_SHIFT		16	/* IORING_OFF_PBUF_SHIFT */
/* io_uring_buf_reg.flags (the uapi's "pad" before 6.4) */
#define UR_PBUF_RING_MMAP		1u	/* IOU_PBUF_RING_MMAP: the kernel allocates */
#define UR_PBUF_RING_INC		2u	/* IOU_PBUF_RING_INC: consumed incrementally */

/*
 * A ring of buffers the kernel picks from (IOSQE_BUFFER_SELECT with
 * sqe->buf_group = bgid): we add buffers at the tail, the kernel takes
 * them at its head (private to it) and names the buffer id it used in
 * the CQE (IORING_CQE_F_BUFFER, id in flags >> IORING_CQE_BUFFER_SHIFT).
 *
 * With UR_PBUF_RING_INC the kernel consumes a buffer in pieces: each CQE
 * used res bytes from where the previous one stopped (the kernel moves
 * the entry's addr and len itself), and IORING_CQE_F_BUF_MORE says the
 * buffer is still at the head with room left. Without it every CQE
 * retires its whole buffer.
 *
 * Memory ordering: the entries are written with plain stores, then one
 * RELEASE store of the tail (ur_buf_ring_advance()) publishes them; the
 * kernel pairs it with an acquire load of the tail before it reads an
 * entry. We never read the kernel's head (it is not in shared memory).
 */
struct ur_buf_ring {
	struct io_uring_buf_ring *br;	/* the shared ring */
	size_t map_sz;
	unsigned int entries;		/* a power of two */
	unsigned int mask;
	uint16_t bgid;
	uint16_t tail;			/* next entry to fill (local) */
	unsigned int flags;		/* UR_PBUF_RING_* the kernel took */
	int registered;
};

/*
 * Register a ring of @entries (a power of two, <= 32768) buffers as group
 * @bgid. @flags: UR_PBUF_RING_INC (incremental consumption, 6.12+),
 * UR_PBUF_RING_MMAP (the kernel allocates the ring and we map it; else
 * it lives in our own page-aligned memory). Returns 0 or -errno (-EINVAL
 * where the kernel lacks a flag: the caller may retry without it); on
 * failure nothing is left registered or mapped.
 */
int ur_buf_ring_setup(struct ur_ring *r, struct ur_buf_ring *br,
		      unsigned int entries, unsigned int bgid,
		      unsigned int flags);
/* Unregister and unmap; safe on a zeroed or failed one, and twice. */
int ur_buf_ring_free(struct ur_ring *r, struct ur_buf_ring *br);

/*
 * Put a buffer in the entry @offset past the local tail (several can be
 * added, then published by one advance). Plain stores: invisible to the
 * kernel until ur_buf_ring_advance().
 */
static inline void ur_buf_ring_add(struct ur_buf_ring *br, void *addr,
				   unsigned int len, uint16_t bid,
				   unsigned int offset)
{
	struct io_uring_buf *b =
		&br->br->bufs[(br->tail + offset) & br->mask];

	b->addr = (uint64_t)(uintptr_t)addr;
	b->len = len;
	b->bid = bid;
}

/*
 * Publish @count added entries: RELEASE store of the tail, so that the
 * kernel's acquire load of it sees the entries' stores before it.
 */
static inline void ur_buf_ring_advance(struct ur_buf_ring *br,
				       unsigned int count)
{
	br->tail = (uint16_t)(br->tail + count);
	__atomic_store_n(&br->br->tail, br->tail, __ATOMIC_RELEASE);
}

/* The buffer id a CQE names, or -1 if it used no provided buffer. */
static inline int ur_cqe_buf_id(const struct ur_cqe *cqe)
{
	if (!(cqe->flags & IORING_CQE_F_BUFFER))
		return -1;
	return (int)(cqe->flags >> IORING_CQE_BUFFER_SHIFT);
}

/* Have the kernel pick this SQE's buffer from group @bgid. */
static inline void ur_sqe_set_buf_group(struct ur_sqe *sqe, unsigned int bgid)
{
	sqe->flags |= IOSQE_BUFFER_SELECT;
	sqe->buf_index = (uint16_t)bgid;	/* the uapi's buf_group */
}

/* ---- explicit batches: add, add, ..., flush (one syscall) ---- */

struct ur_batch {
	struct ur_ring *r;
	unsigned int count;	/* SQEs added since the last flush */
};

static inline void ur_batch_init(struct ur_batch *b, struct ur_ring *r)
{
	b->r = r;
	b->count = 0;
}

/* A zeroed SQE in the batch, or NULL when the SQ is full (flush first). */
static inline struct ur_sqe *ur_batch_add(struct ur_batch *b)
{
	struct ur_sqe *sqe = ur_get_sqe(b->r);

	if (sqe)
		b->count++;
	return sqe;
}

/* Submit the batch (ur_submit()); count restarts at 0. */
static inline int ur_batch_flush(struct ur_batch *b)
{
	b->count = 0;
	return ur_submit(b->r);
}

/* ---- SQE preparation (no syscall, no allocation) ---- */

static inline void ur_sqe_set_data64(struct ur_sqe *sqe, uint64_t data)
{
	sqe->user_data = data;
}

static inline void ur_sqe_set_flags(struct ur_sqe *sqe, unsigned int flags)
{
	sqe->flags = (uint8_t)flags;
}

static inline void ur_prep_rw(struct ur_sqe *sqe, int op, int fd,
			      const void *addr, unsigned int len,
			      uint64_t off)
{
	sqe->opcode = (uint8_t)op;
	sqe->fd = fd;
	sqe->off = off;
	sqe->addr = (uint64_t)(uintptr_t)addr;
	sqe->len = len;
}

static inline void ur_prep_nop(struct ur_sqe *sqe)
{
	ur_prep_rw(sqe, IORING_OP_NOP, -1, NULL, 0, 0);
}

static inline void ur_prep_read(struct ur_sqe *sqe, int fd, void *buf,
				unsigned int len, uint64_t off)
{
	ur_prep_rw(sqe, IORING_OP_READ, fd, buf, len, off);
}

static inline void ur_prep_write(struct ur_sqe *sqe, int fd, const void *buf,
				 unsigned int len, uint64_t off,
				 unsigned int rw_flags)
{
	ur_prep_rw(sqe, IORING_OP_WRITE, fd, buf, len, off);
	sqe->rw_flags = rw_flags;
}

/*
 * READ_FIXED / WRITE_FIXED: @len bytes at @addr inside registered buffer
 * @buf_index. For a user buffer @addr is a pointer into it; for a buffer
 * the kernel registered (a ublk request's pages) it is the byte offset
 * from the buffer's start.
 */
static inline void ur_prep_read_fixed(struct ur_sqe *sqe, int fd,
				      uint64_t addr, unsigned int len,
				      uint64_t off, unsigned int buf_index)
{
	ur_prep_rw(sqe, IORING_OP_READ_FIXED, fd, (const void *)(uintptr_t)addr,
		   len, off);
	sqe->buf_index = (uint16_t)buf_index;
}

static inline void ur_prep_write_fixed(struct ur_sqe *sqe, int fd,
				       uint64_t addr, unsigned int len,
				       uint64_t off, unsigned int buf_index,
				       unsigned int rw_flags)
{
	ur_prep_rw(sqe, IORING_OP_WRITE_FIXED, fd,
		   (const void *)(uintptr_t)addr, len, off);
	sqe->buf_index = (uint16_t)buf_index;
	sqe->rw_flags = rw_flags;
}

/*
 * SEND_ZC from registered buffer @buf_index: @len bytes at @addr (a
 * pointer into a user buffer, the byte offset in a kernel-registered
 * one), with MSG_* @msg_flags. Two CQEs: the send's result, flagged
 * IORING_CQE_F_MORE when a notification follows; then that notification
 * (IORING_CQE_F_NOTIF, same user_data) once the kernel let go of the
 * pages. The buffer must stay put until the second.
 */
static inline void ur_prep_send_zc_fixed(struct ur_sqe *sqe, int fd,
					 uint64_t addr, unsigned int len,
					 unsigned int msg_flags,
					 unsigned int buf_index)
{
	ur_prep_rw(sqe, IORING_OP_SEND_ZC, fd, (const void *)(uintptr_t)addr,
		   len, 0);
	sqe->op_flags = msg_flags;
	sqe->ioprio = IORING_RECVSEND_FIXED_BUF;
	sqe->buf_index = (uint16_t)buf_index;
}

static inline void ur_prep_fsync(struct ur_sqe *sqe, int fd,
				 unsigned int fsync_flags)
{
	ur_prep_rw(sqe, IORING_OP_FSYNC, fd, NULL, 0, 0);
	sqe->fsync_flags = fsync_flags;
}

/* fallocate: the mode travels in len, the length in addr (kernel ABI). */
static inline void ur_prep_fallocate(struct ur_sqe *sqe, int fd, int mode,
				     uint64_t off, uint64_t len)
{
	ur_prep_rw(sqe, IORING_OP_FALLOCATE, fd, NULL, (unsigned int)mode, off);
	sqe->addr = len;
}

/*
 * TIMEOUT: completes with -ETIME after *@ts (which must stay valid until
 * the SQE is submitted), or with 0 once @count other CQEs were posted.
 */
static inline void ur_prep_timeout(struct ur_sqe *sqe,
				   struct __kernel_timespec *ts,
				   unsigned int count, unsigned int flags)
{
	ur_prep_rw(sqe, IORING_OP_TIMEOUT, -1, ts, 1, count);
	sqe->timeout_flags = flags;
}

/*
 * URING_CMD: @cmd_op goes to sqe->cmd_op, @len bytes of @payload into the
 * command area. Returns 0, or -EINVAL when @len does not fit the ring's
 * SQE size (80 bytes with SQE128, 16 without).
 */
static inline int ur_prep_uring_cmd(const struct ur_ring *r,
				    struct ur_sqe *sqe, int fd,
				    uint32_t cmd_op, const void *payload,
				    size_t len)
{
	size_t room = r->sqe_shift ? UR_SQE128_CMD_SIZE : UR_SQE64_CMD_SIZE;

	if (len > room)
		return -EINVAL;
	sqe->opcode = IORING_OP_URING_CMD;
	sqe->fd = fd;
	sqe->cmd_op = cmd_op;
	if (len)
		memcpy(sqe->cmd, payload, len);
	return 0;
}

/*
 * A multishot URING_CMD (IORING_URING_CMD_MULTISHOT, 6.18+ io_uring; the
 * driver must support it): prepared as ur_prep_uring_cmd(), its buffers
 * from group @bgid. Every CQE but the last carries IORING_CQE_F_MORE;
 * each names the provided buffer it filled (ur_cqe_buf_id()).
 */
static inline int ur_prep_uring_cmd_multishot(const struct ur_ring *r,
					      struct ur_sqe *sqe, int fd,
					      uint32_t cmd_op,
					      const void *payload, size_t len,
					      unsigned int bgid)
{
	int ret = ur_prep_uring_cmd(r, sqe, fd, cmd_op, payload, len);

	if (ret)
		return ret;
	sqe->uring_cmd_flags |= IORING_URING_CMD_MULTISHOT;
	ur_sqe_set_buf_group(sqe, bgid);
	return 0;
}

/* ---- async commands: submit several, wait for each by handle ---- */

/*
 * A handle is its own user_data: ur_async_wait() reaps CQEs and fills in
 * whichever handle each one names, so commands may complete in any order.
 * Only for a ring on which every SQE is submitted through a handle.
 *
 * Multishot: a CQE flagged IORING_CQE_F_MORE is not the command's last.
 * It is stored in cqe and counted in nr_cqes, but done is set only by
 * the final CQE (no F_MORE), whose res ur_async_wait() returns.
 */
struct ur_async {
	int done;		/* the final CQE arrived */
	unsigned int nr_cqes;	/* CQEs received, the final one included */
	struct ur_cqe cqe;	/* the latest CQE */
};

/*
 * A zeroed SQE bound to @h (user_data = @h, @h reset), for any opcode;
 * NULL when the SQ is full.
 */
struct ur_sqe *ur_async_get_sqe(struct ur_ring *r, struct ur_async *h);
/*
 * Prepare a URING_CMD bound to @h (not yet submitted: ur_submit(), or
 * ur_async_wait() submits it). -EBUSY when the SQ is full, -EINVAL when
 * the payload does not fit.
 */
int ur_async_prep_cmd(struct ur_ring *r, struct ur_async *h, int fd,
		      uint32_t cmd_op, const void *payload, size_t len);
/*
 * Wait for @h's final CQE (submitting what is pending); CQEs of other
 * handles that arrive first are stored in their handles. Returns the
 * final CQE's res (>= 0 or -errno; the whole CQE is in h->cqe), or -ETIME
 * after @timeout_ms (<0: forever), or another -errno from the ring.
 */
int ur_async_wait(struct ur_ring *r, struct ur_async *h, int timeout_ms);

#endif /* UBLKD_RING_H */
