// SPDX-License-Identifier: MIT
/*
 * ublkd ring, submission and completion: publishing the SQ tail,
 * io_uring_enter with its EINTR and short-submit handling, waiting and
 * reaping CQEs (the copy itself is inline in ublkd/ring.h). Errors are
 * returned (-errno), never printed. Each barrier is named where it is.
 */
#include <errno.h>
#include <string.h>
#include <time.h>

#include "ublkd/ring.h"
#include "syscall.h"

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

unsigned int ur_flush_cqes(struct ur_ring *r, struct ur_cqe *out,
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
