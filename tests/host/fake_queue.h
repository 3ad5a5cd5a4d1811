/* SPDX-License-Identifier: MIT */
/*
 * One queue of one device on a fake ring, for the engine's protocol tests
 * (engine_io_cmd.c, engine_batch.c): no ublk driver, no kernel ring. The
 * ring is plain memory whose SQ head the test moves itself ("the kernel
 * consumed them") and whose fd is -1, so a submit the engine attempts
 * fails and a full SQ stays full. Include once, after defining DEPTH (the
 * queue depth) and SQ (the SQ size, a power of two).
 */
#ifndef UBLKD_TEST_FAKE_QUEUE_H
#define UBLKD_TEST_FAKE_QUEUE_H

#include <stdint.h>
#include <string.h>
#include "engine/engine.h"

static unsigned int khead, ktail, kflags, cqhead, cqtail;
static uint8_t sqes[SQ * 64] __attribute__((aligned(64)));
static struct ublk_dev dev;
static struct ublk_thread thr;
static struct ublk_queue q;
static struct ublksrv_io_desc descs[DEPTH];
static char bufs[DEPTH][4096];

/*
 * Everything zeroed, then: the fake ring, a device of @ops with @flags
 * (4 KiB requests at most, @sectors long) and queue 0 of depth DEPTH on
 * it, served by thr.
 */
static void fake_queue_setup(const struct ublk_tgt_ops *ops, uint64_t flags,
			     uint64_t sectors)
{
	struct ur_ring *r = &thr.ring;

	memset(&dev, 0, sizeof(dev));
	memset(&thr, 0, sizeof(thr));
	memset(&q, 0, sizeof(q));
	khead = ktail = kflags = cqhead = cqtail = 0;
	r->fd = r->enter_fd = -1;
	r->sq_khead = &khead;
	r->sq_ktail = &ktail;
	r->sq_kflags = &kflags;
	r->sq_mask = SQ - 1;
	r->sq_entries = SQ;
	r->sqes = sqes;
	r->cq_khead = &cqhead;
	r->cq_ktail = &cqtail;
	r->cq_entries = SQ * 2;
	dev.ops = ops;
	dev.info.flags = flags;
	dev.info.max_io_buf_bytes = 4096;
	dev.params.basic.dev_sectors = sectors;
	q.dev = &dev;
	q.thread = &thr;
	q.q_depth = DEPTH;
	q.tag_step = 1;	/* the whole queue (tag_first 0) */
	q.nr_tags = DEPTH;
	q.descs = descs;
	q.st = &q.st_local;
	thr.queues[thr.nr_queues++] = &q;
}

/* SQEs prepared and not yet "consumed by the kernel". */
static unsigned int pending(void)
{
	return thr.ring.sqe_tail - khead;
}

/* Take the next prepared SQE as the kernel would, its command into @cmd. */
static const struct ur_sqe *consume_cmd(void *cmd, size_t len)
{
	const struct ur_sqe *sqe =
		(const void *)(sqes + ((size_t)(khead & (SQ - 1)) << 6));

	memcpy(cmd, sqe->cmd, len);
	khead++;
	thr.ring.sqe_head = thr.ring.sqe_tail;
	return sqe;
}

#endif /* UBLKD_TEST_FAKE_QUEUE_H */
