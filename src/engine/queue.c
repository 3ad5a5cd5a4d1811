// SPDX-License-Identifier: MIT
/*
 * A queue: its descriptor mapping and tag buffers, SQEs on the ring of
 * the thread that serves it, and the routing of its CQEs (target I/O to
 * the target, ublk commands to the command protocol, io_cmd.c).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine/engine.h"
#include "ublkd/debug.h"

struct ur_sqe *ublk_queue_get_sqe(struct ublk_queue *q)
{
	struct ur_ring *r = &q->thread->ring;
	struct ur_sqe *sqe = ur_get_sqe(r);

	if (sqe)
		return sqe;
	/* SQ full: hand what we have to the kernel, then take a slot. */
	ur_submit(r);
	return ur_get_sqe(r);
}

struct ur_sqe *ublk_tgt_get_sqe(struct ublk_queue *q, unsigned int tag,
				unsigned int op, unsigned int data)
{
	struct ur_sqe *sqe = ublk_queue_get_sqe(q);

	if (!sqe)
		return NULL;
	ur_sqe_set_data64(sqe, ublk_ud_with_qid(ublk_user_data(tag, op, data,
							       true),
						q->q_id));
	q->tgt_inflight++;
	return sqe;
}

unsigned int ublk_tgt_sq_room(struct ublk_queue *q, unsigned int want)
{
	struct ur_ring *r = &q->thread->ring;

	if (ur_sq_space_left(r) < want)
		ur_submit(r);
	return ur_sq_space_left(r);
}

void ublk_queue_handle_cqe(struct ublk_queue *q, const struct ur_cqe *cqe)
{
	if (ublk_ud_is_tgt(cqe->user_data)) {
		unsigned int tag = ublk_ud_tag(cqe->user_data);

		/* F_MORE: another CQE of the same SQE follows (SEND_ZC) */
		if (!(cqe->flags & IORING_CQE_F_MORE))
			q->tgt_inflight--;
		ublk_dbg(UBLK_DBG_IO, "q%u tag %u: target op %u data %u res %d",
			 q->q_id, tag, ublk_ud_op(cqe->user_data),
			 ublk_ud_tgt_data(cqe->user_data), cqe->res);
		if (tag < q->q_depth)
			q->dev->ops->io_done(q, tag, cqe);
		return;
	}
	if (q->batch.on && ublk_batch_op(ublk_ud_op(cqe->user_data))) {
		ublk_batch_cqe(q, cqe);
		return;
	}
	ublk_io_cmd_cqe(q, cqe);
}

/*
 * A stopping queue is done only once the kernel has handed back every
 * command (or our STOP_DEV returned: the stop eventfd, or the grace timer
 * ran out, or the queue failed). STOP_DEV aborts the held commands one by
 * one, and a ring that exits meanwhile has io_uring cancel the rest from
 * a kworker, racing that pass: on 7.1+ kernels that trips the driver's
 * WARN_ON_ONCE(io->cmd != cmd) in its cancel callback. Waiting here keeps
 * the two apart.
 */
bool ublk_queue_done(const struct ublk_queue *q)
{
	if (!q->stopping || q->tgt_inflight || q->zc_inflight)
		return false;
	/* batched: the results collected must go out first */
	return q->stop_seen || q->err ||
	       (q->cmd_inflight == 0 && !ublk_batch_pending(q));
}

static void *alloc_bufs(struct ublk_queue *q)
{
	size_t per = q->dev->info.max_io_buf_bytes;
	unsigned int tag;
	char *area;

	area = mmap(NULL, per * q->q_depth, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED)
		return NULL;
	for (tag = 0; tag < q->q_depth; tag++)
		q->ios[tag].buf = area + (size_t)tag * per;
	return area;
}

static size_t desc_len(const struct ublk_queue *q)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t len = q->q_depth * sizeof(struct ublksrv_io_desc);

	return (len + page - 1) & ~(page - 1);
}

int ublk_queue_setup(struct ublk_queue *q)
{
	struct ublk_dev *dev = q->dev;
	int ret;

	q->descs_len = desc_len(q);
	q->descs = mmap(NULL, q->descs_len, PROT_READ,
			MAP_SHARED | MAP_POPULATE, dev->cdev_fd,
			(off_t)ublk_queue_desc_offset(q->q_id,
					(unsigned long)sysconf(_SC_PAGESIZE)));
	if (q->descs == MAP_FAILED) {
		q->descs = NULL;
		ret = -errno;
		fprintf(stderr, "ublkd: q%u: mmap descriptors: %s\n",
			q->q_id, strerror(-ret));
		return ret;
	}
	/* Zero copy, user copy: the kernel never copies to tag buffers. */
	if (ublk_zc_mode(dev->info.flags) != UBLK_ZC_NONE)
		return 0;
	q->bufs = alloc_bufs(q);
	if (!q->bufs) {
		fprintf(stderr, "ublkd: q%u: no memory for io buffers\n",
			q->q_id);
		return -ENOMEM;
	}
	return 0;
}

void ublk_queue_teardown(struct ublk_queue *q)
{
	if (q->batch.on)
		ublk_batch_teardown(q);
	if (q->bufs)
		munmap(q->bufs,
		       (size_t)q->dev->info.max_io_buf_bytes * q->q_depth);
	if (q->descs)
		munmap((void *)q->descs, q->descs_len);
	q->bufs = NULL;
	q->descs = NULL;
}
