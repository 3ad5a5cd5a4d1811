// SPDX-License-Identifier: MIT
/*
 * The batched protocol (src/engine/batch.c, UBLK_F_BATCH_IO) against
 * synthetic CQEs, as engine_io_cmd.c does for the per-tag one: the
 * queue's ring is plain memory whose SQ head the test moves, the fetch
 * buffers and their one-entry buffer rings are plain memory too. Cases:
 * a FETCH CQE's tags reach the target; a pass's results go out as one
 * COMMIT_IO_CMDS (header, 16-byte elements with the tag's buffer in copy
 * mode); the incremental offset of the next CQE's tags; a full commit
 * frees its buffer; a partial commit (the CQE's res counts the BYTES the
 * kernel processed) re-commits every element after the refused one, names
 * the refused tag and fails the queue, dropping none; a failed commit;
 * -ENOBUFS re-arms the fetch with its buffer given back; ABORT stops the
 * fetches but the requests in flight are still committed; a tag past the
 * depth or an odd byte count is a protocol error; with every other commit
 * buffer in flight the results wait for the next pass; automatic zero
 * copy: 8-byte elements carrying the tag's slot, the fallback flag.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tap.h"

#define DEPTH	8
#define SQ	32
#include "fake_queue.h"

static uint16_t fetch_tags[UBLK_BATCH_NR_FETCH][2048];
static struct io_uring_buf fetch_ring[UBLK_BATCH_NR_FETCH][1];
static uint8_t commit_mem[UBLK_BATCH_NR_COMMIT][DEPTH * 16];

static int nr_queue_io, complete_inline = 1;

static int t_queue_io(struct ublk_queue *qq, unsigned int tag,
		      const struct ublksrv_io_desc *iod)
{
	nr_queue_io++;
	if (complete_inline)
		ublk_complete_io(qq, tag, (int)(iod->nr_sectors << 9));
	return 0;
}

static const struct ublk_tgt_ops t_ops = {
	.name = "test",
	.queue_io = t_queue_io,
};

static void setup(uint64_t flags)
{
	struct ublk_batch *b = &q.batch;
	unsigned int i;

	fake_queue_setup(&t_ops, flags | UBLK_F_BATCH_IO, 1 << 20);
	thr.ring.nr_bufs = DEPTH;
	q.q_id = 1;
	q.zc = ublk_zc_mode(dev.info.flags);
	q.zc_fallback = q.zc == UBLK_ZC_AUTO &&
			(flags & UBLK_F_SUPPORT_ZERO_COPY);
	for (i = 0; i < DEPTH; i++) {
		q.ios[i].buf = q.zc == UBLK_ZC_NONE ? bufs[i] : NULL;
		descs[i].op_flags = UBLK_IO_OP_READ;
		descs[i].start_sector = i * 8;
		descs[i].nr_sectors = 1 + i;
	}
	/* what ublk_batch_start() sets up, without a kernel */
	b->on = true;
	b->elem_bytes = q.zc == UBLK_ZC_NONE ? 16 : 8;
	b->flags = q.zc == UBLK_ZC_NONE ? UBLK_BATCH_F_HAS_BUF_ADDR :
		   q.zc_fallback ? UBLK_BATCH_F_AUTO_BUF_REG_FALLBACK : 0;
	for (i = 0; i < UBLK_BATCH_NR_FETCH; i++) {
		b->fetch[i].tags = fetch_tags[i];
		b->fetch[i].len = sizeof(fetch_tags[i]);
		b->fetch[i].br.br = (struct io_uring_buf_ring *)fetch_ring[i];
		b->fetch[i].br.entries = 1;
		b->fetch[i].br.bgid = (uint16_t)i;
		b->fetch[i].armed = true;
		q.cmd_inflight++;
	}
	for (i = 0; i < UBLK_BATCH_NR_COMMIT; i++)
		b->elems[i] = commit_mem[i];
	b->cur = 0;
	nr_queue_io = 0;
	complete_inline = 1;
}

/* The next prepared SQE, "consumed by the kernel". */
static const struct ur_sqe *consume(struct ublk_batch_io *hdr)
{
	return consume_cmd(hdr, sizeof(*hdr));
}

static struct ur_cqe cqe_for(unsigned int idx, unsigned int nr, int res,
			     unsigned int flags)
{
	struct ur_cqe c = {
		.user_data = ublk_ud_with_qid(ublk_user_data(idx, nr, 0, false),
					      1),
		.res = res,
		.flags = flags,
	};
	return c;
}

/* The kernel hands over @n tags in fetch @i's buffer at its offset. */
static void fetch(unsigned int i, const uint16_t *tags, unsigned int n,
		  unsigned int flags)
{
	struct ublk_batch_fetch *f = &q.batch.fetch[i];
	struct ur_cqe c = cqe_for(i, UBLKD_IO_FETCH_CMDS, (int)(2 * n),
				  flags);

	memcpy((uint8_t *)f->tags + f->off, tags, 2 * n);
	ublk_batch_cqe(&q, &c);
}

static struct ublk_elem_header elem(const struct ur_sqe *sqe, unsigned int i,
				    unsigned int eb, uint64_t *addr)
{
	struct ublk_elem_header h;
	const uint8_t *p = (const uint8_t *)(uintptr_t)sqe->addr + i * eb;

	memcpy(&h, p, sizeof(h));
	if (addr && eb >= 16)
		memcpy(addr, p + 8, 8);
	return h;
}

static void test_fetch_commit(void)
{
	const uint16_t tags[3] = { 5, 0, 7 };
	struct ublk_batch_io hdr;
	const struct ur_sqe *sqe;
	struct ublk_elem_header h;
	struct ur_cqe c;
	uint64_t a = 0;

	setup(0);
	fetch(0, tags, 3, IORING_CQE_F_MORE | IORING_CQE_F_BUF_MORE);
	is_int(nr_queue_io, 3, "a FETCH CQE of 6 bytes: 3 requests to the target");
	is_int(pending(), 0, "their results wait for the pass's end");
	ok(ublk_batch_pending(&q), "3 results collected");
	ublk_batch_flush(&q);
	is_int(pending(), 1, "one COMMIT_IO_CMDS for the pass");
	sqe = consume(&hdr);
	is_int(sqe->cmd_op, UBLK_U_IO_COMMIT_IO_CMDS, "ioctl-encoded COMMIT_IO_CMDS");
	ok(sqe->flags & IOSQE_FIXED_FILE, "on the fixed /dev/ublkcN");
	ok(hdr.q_id == 1 && hdr.nr_elem == 3 && hdr.elem_bytes == 16,
	   "header: queue 1, 3 elements of 16 bytes");
	is_int(hdr.flags, UBLK_BATCH_F_HAS_BUF_ADDR, "copy: HAS_BUF_ADDR");
	is_int(sqe->len, 48, "sqe->len: the elements' bytes");
	h = elem(sqe, 0, 16, &a);
	ok(h.tag == 5 && h.result == 6 * 512, "element 0: tag 5, its bytes");
	is_int(a, (uint64_t)(uintptr_t)bufs[5], "with tag 5's buffer");
	h = elem(sqe, 2, 16, NULL);
	ok(h.tag == 7 && h.result == 8 * 512, "element 2: tag 7");
	ok(!ublk_batch_pending(&q), "nothing left to send");
	is_int(q.cmd_inflight, 3, "two fetches and the commit in flight");

	c = cqe_for(0, UBLKD_IO_COMMIT_CMDS, 48, 0);
	ublk_batch_cqe(&q, &c);
	ok(!q.err && q.batch.busy == 0, "48 bytes processed: all committed, buffer free");
	is_int(q.cmd_inflight, 2, "only the fetches left");

	/* the next CQE's tags follow the first's in the buffer */
	{
		const uint16_t more[2] = { 1, 2 };

		fetch(0, more, 2, IORING_CQE_F_MORE | IORING_CQE_F_BUF_MORE);
		is_int(nr_queue_io, 5, "the next CQE: 2 more requests");
		is_int(q.batch.fetch[0].off, 10, "read after the first CQE's 6 bytes");
	}
}

static void test_partial_commit(void)
{
	const uint16_t tags[4] = { 3, 4, 6, 1 };
	struct ublk_batch_io hdr;
	const struct ur_sqe *sqe;
	struct ur_cqe c;

	setup(0);
	fetch(1, tags, 4, IORING_CQE_F_MORE);
	ublk_batch_flush(&q);
	consume(&hdr);
	/* the kernel took 1 element (16 bytes) and refused tag 4 */
	c = cqe_for(0, UBLKD_IO_COMMIT_CMDS, 16, 0);
	ublk_batch_cqe(&q, &c);
	is_int(pending(), 1, "partial commit: the rest is committed again at once");
	sqe = consume(&hdr);
	is_int(hdr.nr_elem, 2, "the 2 elements after the refused one");
	ok(elem(sqe, 0, 16, NULL).tag == 6 && elem(sqe, 1, 16, NULL).tag == 1,
	   "tags 6 and 1, in order (none dropped)");
	is_int(elem(sqe, 0, 16, NULL).result, 7 * 512, "with their results");
	is_int(q.err, -EPROTO, "the refused tag fails the queue");

	/* a commit refused as a whole */
	setup(0);
	fetch(0, tags, 2, IORING_CQE_F_MORE);
	ublk_batch_flush(&q);
	consume(&hdr);
	c = cqe_for(0, UBLKD_IO_COMMIT_CMDS, -EINVAL, 0);
	ublk_batch_cqe(&q, &c);
	is_int(q.err, -EINVAL, "a failed COMMIT_IO_CMDS is the queue's error");
	is_int(pending(), 0, "nothing sent again");
}

static void test_rearm_and_abort(void)
{
	const uint16_t tags[2] = { 2, 3 };
	struct ublk_batch_io hdr;
	const struct ur_sqe *sqe;
	struct ur_cqe c;
	uint16_t tail;

	setup(0);
	q.batch.fetch[0].off = 100;
	tail = q.batch.fetch[0].br.tail;
	c = cqe_for(0, UBLKD_IO_FETCH_CMDS, -ENOBUFS, 0);
	ublk_batch_cqe(&q, &c);
	is_int(pending(), 1, "-ENOBUFS: the fetch is re-armed");
	sqe = consume(&hdr);
	is_int(sqe->cmd_op, UBLK_U_IO_FETCH_IO_CMDS, "FETCH_IO_CMDS");
	ok(sqe->uring_cmd_flags & IORING_URING_CMD_MULTISHOT, "multishot");
	ok((sqe->flags & IOSQE_BUFFER_SELECT) && sqe->buf_index == 0 &&
	   (sqe->flags & IOSQE_FIXED_FILE), "its buffer group 0, the fixed cdev");
	ok(hdr.elem_bytes == 2 && hdr.flags == 0, "2-byte elements, no flags");
	is_int(q.batch.fetch[0].br.tail, (uint16_t)(tail + 1), "its buffer is given back");
	is_int(fetch_ring[0][0].addr, (uint64_t)(uintptr_t)fetch_tags[0],
	       "the whole buffer");
	is_int(q.batch.fetch[0].off, 0, "read from its start again");
	is_int(q.cmd_inflight, 2, "still two fetches");

	/* ABORT: no re-arm, but requests in flight are still committed */
	complete_inline = 0;
	fetch(1, tags, 2, IORING_CQE_F_MORE);
	c = cqe_for(0, UBLKD_IO_FETCH_CMDS, UBLK_IO_RES_ABORT, 0);
	ublk_batch_cqe(&q, &c);
	c = cqe_for(1, UBLKD_IO_FETCH_CMDS, UBLK_IO_RES_ABORT, 0);
	ublk_batch_cqe(&q, &c);
	ok(q.stopping && !q.err, "ABORT stops the queue's fetches");
	is_int(q.cmd_inflight, 0, "none re-armed");
	khead = thr.ring.sqe_tail;	/* the grace timer's SQE */
	ublk_complete_io(&q, 2, 512);
	ublk_complete_io(&q, 3, 1024);
	ok(!ublk_queue_done(&q), "results collected: not done yet");
	ublk_batch_flush(&q);
	sqe = consume(&hdr);
	is_int(hdr.nr_elem, 2, "the 2 in-flight requests are committed after ABORT");
	c = cqe_for(0, UBLKD_IO_COMMIT_CMDS, 32, 0);
	ublk_batch_cqe(&q, &c);
	ok(ublk_queue_done(&q), "then the queue is done");
}

static void test_bad_cqes(void)
{
	const uint16_t bad[1] = { DEPTH };
	struct ur_cqe c;

	setup(0);
	fetch(0, bad, 1, IORING_CQE_F_MORE);
	is_int(q.err, -EPROTO, "a tag past the depth is a protocol error");
	is_int(nr_queue_io, 0, "and never reaches the target");
	setup(0);
	c = cqe_for(0, UBLKD_IO_FETCH_CMDS, 3, IORING_CQE_F_MORE);
	ublk_batch_cqe(&q, &c);
	is_int(q.err, -EPROTO, "an odd byte count is a protocol error");
	setup(0);
	c = cqe_for(2, UBLKD_IO_COMMIT_CMDS, 0, 0);
	ublk_batch_cqe(&q, &c);
	is_int(q.err, -EPROTO, "a commit CQE for a buffer not in flight");
}

static void test_buffers_busy(void)
{
	struct ublk_batch_io hdr;
	unsigned int i;
	struct ur_cqe c;

	setup(0);
	for (i = 0; i < UBLK_BATCH_NR_COMMIT - 1; i++) {
		ublk_complete_io(&q, i, 1);
		ublk_batch_flush(&q);
		consume(&hdr);
	}
	ublk_complete_io(&q, 6, 1);
	ublk_complete_io(&q, 7, 1);
	ublk_batch_flush(&q);
	is_int(pending(), 0, "every other buffer with the kernel: the results wait");
	ok(ublk_batch_pending(&q), "still collected");
	c = cqe_for(1, UBLKD_IO_COMMIT_CMDS, 16, 0);
	ublk_batch_cqe(&q, &c);
	ublk_batch_flush(&q);
	is_int(pending(), 1, "a commit's CQE frees one: they go out");
	consume(&hdr);
	is_int(hdr.nr_elem, 2, "both of them");
}

static void test_auto_zc(void)
{
	const uint16_t tags[2] = { 4, 2 };
	struct ublk_batch_io hdr;
	const struct ur_sqe *sqe;

	setup(UBLK_F_AUTO_BUF_REG | UBLK_F_SUPPORT_ZERO_COPY);
	q.buf_base = 16;
	descs[4].op_flags = UBLK_IO_OP_FLUSH;
	descs[2].op_flags = UBLK_IO_OP_DISCARD;
	fetch(0, tags, 2, IORING_CQE_F_MORE);
	ublk_batch_flush(&q);
	sqe = consume(&hdr);
	ok(hdr.elem_bytes == 8 && hdr.flags == UBLK_BATCH_F_AUTO_BUF_REG_FALLBACK,
	   "auto zero copy: 8-byte elements, AUTO_BUF_REG_FALLBACK");
	ok(elem(sqe, 0, 8, NULL).buf_index == 20 &&
	   elem(sqe, 1, 8, NULL).buf_index == 18,
	   "each element names its tag's slot (base 16 + tag)");
	setup(UBLK_F_AUTO_BUF_REG);
	ok(q.batch.flags == 0, "without the fallback: no flag");
}

int main(void)
{
	test_fetch_commit();
	test_partial_commit();
	test_rearm_and_abort();
	test_bad_cqes();
	test_buffers_busy();
	test_auto_zc();
	return done_testing();
}
