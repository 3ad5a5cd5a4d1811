// SPDX-License-Identifier: MIT
/*
 * ublkd ring, set-up and teardown: io_uring_setup with the task-run
 * fallbacks, mapping the SQ/CQ rings and the SQE array, unmapping.
 * Errors are returned (-errno), never printed.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

#include "ublkd/ring.h"
#include "syscall.h"

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
	unsigned int base = flags & ~(UR_OPT_TASKRUN | UR_OPT_TASKRUN_COOP);
	unsigned int i, first = (flags & UR_OPT_TASKRUN) ? 0 :
				(flags & UR_OPT_TASKRUN_COOP) ? 1 : 2;
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
	if (flags & UR_REFUSED_FLAGS)
		return -EINVAL;
	ret = ring_setup(r, entries, cq_entries, flags, &p);
	if (ret < 0)
		return ret;
	r->features = p.features;
	r->sqe_shift = (r->setup_flags & IORING_SETUP_SQE128) ? 1 : 0;
	r->cqe_shift = (r->setup_flags & IORING_SETUP_CQE32) ? 1 : 0;
	r->enter_fd = r->fd;
	ret = ring_map(r, &p);
	if (ret < 0) {
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
