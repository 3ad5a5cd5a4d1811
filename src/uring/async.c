// SPDX-License-Identifier: MIT
/*
 * ublkd ring, async handles: commands waited for one by one, completing
 * in any order (the control plane). A handle is done at its last CQE: one
 * flagged IORING_CQE_F_MORE (multishot) is followed by more.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "ublkd/ring.h"

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

/*
 * File @cqe in the handle it names. A CQE with IORING_CQE_F_MORE is not
 * the handle's last (multishot): it is kept and counted, and the handle
 * stays pending until a CQE without the flag arrives.
 */
static void async_complete(const struct ur_cqe *cqe)
{
	struct ur_async *h = (struct ur_async *)(uintptr_t)cqe->user_data;

	if (!h)
		return;
	h->cqe = *cqe;
	h->nr_cqes++;
	if (!(cqe->flags & IORING_CQE_F_MORE))
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
