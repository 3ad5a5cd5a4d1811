// SPDX-License-Identifier: MIT
/*
 * The batched command protocol (UBLK_F_BATCH_IO, Linux 7.0+): instead of
 * one URING_CMD per tag, a queue talks to the kernel in three commands,
 * each carrying an array of elements (sqe->addr) behind a struct
 * ublk_batch_io header:
 *
 *  - UBLK_U_IO_PREP_IO_CMDS, once, before START_DEV (or END_USER_RECOVERY):
 *    every tag, with its buffer address (copy) or fixed-buffer slot
 *    (automatic registration). All or nothing: 0, or an error and no tag
 *    prepared.
 *  - UBLK_U_IO_FETCH_IO_CMDS, multishot: the kernel writes the tags of
 *    new requests (u16 each) into a provided buffer and posts a CQE whose
 *    res is their bytes, IORING_CQE_F_MORE while the command stays armed.
 *    Each queue keeps two, each over its own one-entry buffer ring,
 *    consumed incrementally (IOU_PBUF_RING_INC) where the kernel can:
 *    a buffer holds round_up(2 * depth, page) bytes of tags and lasts
 *    many CQEs. When it is used up the kernel ends that fetch with
 *    -ENOBUFS; the other one serves meanwhile, and this one is re-armed
 *    with its buffer given back. ABORT (-ENODEV) ends both at a stop.
 *  - UBLK_U_IO_COMMIT_IO_CMDS: the results collected during one pass of
 *    the queue (ublk_batch_complete()), sent as one command at the pass's
 *    end (ublk_batch_flush()). Its CQE's res is the number of BYTES of
 *    elements the kernel processed: it stops at the first element it
 *    refuses and commits nothing after it. A short count therefore names
 *    the refused tag; the elements after it are committed again at once
 *    and the queue then fails (the refused request cannot be answered: the
 *    kernel fails it once the daemon is gone), so no tag is ever dropped
 *    silently.
 *
 * The requests themselves go through io_cmd.c's path as in the per-tag
 * protocol (descriptor checks, registration by hand, the target), and
 * zero copy (zc.c) works as there: an element's buf_index names the slot
 * the kernel registers the tag's next request into. There is no
 * NEED_GET_DATA with batches: the kernel copies a WRITE's data to the
 * tag's buffer when it hands the request over.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "engine/engine.h"
#include "ublkd/debug.h"

_Static_assert(sizeof(struct ublk_elem_header) == 8, "batch element header");
_Static_assert(sizeof(struct ublk_batch_io) == 16, "batch command header");

int ublk_batch_choose(struct ublk_dev *dev, uint64_t features, uint64_t *need)
{
	const char *opt = "-b (batch I/O)";

	if (!dev->opts.batch_io)
		return 0;
	if (dev->opts.force_legacy || dev->ctrl.legacy) {
		fprintf(stderr, "ublkd: %s: not with --legacy (the batched commands exist only as ioctl opcodes)\n",
			opt);
		return -EOPNOTSUPP;
	}
	if (dev->opts.flags & UBLK_F_NEED_GET_DATA) {
		fprintf(stderr, "ublkd: %s: not with -g 1: UBLK_F_BATCH_IO has no NEED_GET_DATA\n",
			opt);
		return -EOPNOTSUPP;
	}
	if (!(features & UBLK_F_BATCH_IO)) {
		fprintf(stderr, "ublkd: %s: this kernel's ublk driver does not offer UBLK_F_BATCH_IO (Linux 7.0+)\n",
			opt);
		return -EOPNOTSUPP;
	}
	*need |= UBLK_F_BATCH_IO;
	dev->info.flags |= UBLK_F_BATCH_IO;
	/* the kernel drops it anyway: a copy device bounces READs instead */
	dev->opts.flags_off |= UBLK_F_NEED_GET_DATA;
	return 0;
}

static uint64_t batch_ud(const struct ublk_queue *q, unsigned int idx,
			 unsigned int nr, unsigned int nr_elem)
{
	return ublk_ud_with_qid(ublk_user_data(idx, nr, nr_elem, false),
				q->q_id);
}

static const char *batch_cmd_name(unsigned int nr)
{
	switch (nr) {
	case UBLKD_IO_PREP_CMDS:
		return "PREP_IO_CMDS";
	case UBLKD_IO_COMMIT_CMDS:
		return "COMMIT_IO_CMDS";
	default:
		return "FETCH_IO_CMDS";
	}
}

/* A PREP or COMMIT of @nr elements from @elems, prepared in @sqe. */
static void prep_elems_cmd(struct ublk_queue *q, struct ur_sqe *sqe,
			   uint32_t op, const uint8_t *elems, unsigned int nr)
{
	struct ublk_batch *b = &q->batch;
	struct ublk_batch_io hdr = {
		.q_id = (uint16_t)q->q_id,
		.flags = b->flags,
		.nr_elem = (uint16_t)nr,
		.elem_bytes = b->elem_bytes,
	};

	ur_prep_uring_cmd(&q->thread->ring, sqe, UBLK_FIXED_CDEV, op, &hdr,
			  sizeof(hdr));
	sqe->flags |= IOSQE_FIXED_FILE;
	sqe->addr = (uint64_t)(uintptr_t)elems;
	sqe->len = nr * b->elem_bytes;
}

/* Element @i of @elems: @tag's result, and where its next request goes. */
static void put_elem(struct ublk_queue *q, uint8_t *elems, unsigned int i,
		     unsigned int tag, const void *addr)
{
	struct ublk_batch *b = &q->batch;
	uint8_t *e = elems + (size_t)i * b->elem_bytes;
	struct ublk_elem_header h = {
		.tag = (uint16_t)tag,
		.result = q->ios[tag].result,
	};

	/* automatic registration: the slot (bits 0-15 of the SQE form) */
	if (q->zc == UBLK_ZC_AUTO)
		h.buf_index = (uint16_t)ublk_zc_cmd_addr(q, tag);
	memcpy(e, &h, sizeof(h));
	if (b->flags & UBLK_BATCH_F_HAS_BUF_ADDR) {
		uint64_t a = (uint64_t)(uintptr_t)addr;

		memcpy(e + sizeof(h), &a, sizeof(a));
	}
}

static unsigned int elem_tag(const struct ublk_queue *q, const uint8_t *elems,
			     unsigned int i)
{
	struct ublk_elem_header h;

	memcpy(&h, elems + (size_t)i * q->batch.elem_bytes, sizeof(h));
	return h.tag;
}

/* Give fetch @i its buffer back and arm it (prepared, not submitted). */
static int arm_fetch(struct ublk_queue *q, unsigned int i)
{
	struct ublk_batch_fetch *f = &q->batch.fetch[i];
	struct ublk_batch_io hdr = {
		.q_id = (uint16_t)q->q_id,
		.nr_elem = (uint16_t)(f->len / 2 > 0xffff ? 0xffff : f->len / 2),
		.elem_bytes = 2,
	};
	struct ur_sqe *sqe = ublk_queue_get_sqe(q);

	if (!sqe)
		return -EBUSY;
	f->off = 0;
	ur_buf_ring_add(&f->br, f->tags, (unsigned int)f->len, (uint16_t)i, 0);
	ur_buf_ring_advance(&f->br, 1);
	ur_prep_uring_cmd_multishot(&q->thread->ring, sqe, UBLK_FIXED_CDEV,
				    UBLK_U_IO_FETCH_IO_CMDS, &hdr, sizeof(hdr),
				    f->br.bgid);
	sqe->flags |= IOSQE_FIXED_FILE;
	ur_sqe_set_data64(sqe, batch_ud(q, i, UBLKD_IO_FETCH_CMDS, 0));
	f->armed = true;
	q->cmd_inflight++;
	ublk_dbg(UBLK_DBG_IO_CMD, "q%u: FETCH_IO_CMDS %u armed (group %u, %zu bytes)",
		 q->q_id, i, f->br.bgid, f->len);
	return 0;
}

static size_t page_up(size_t n)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);

	return (n + page - 1) & ~(page - 1);
}

/* The fetch buffers and their rings, the commit buffers. */
static int batch_alloc(struct ublk_queue *q, unsigned int bgid_base)
{
	struct ublk_batch *b = &q->batch;
	size_t fetch_len = page_up(2u * q->q_depth);
	size_t commit_len = page_up((size_t)q->q_depth * b->elem_bytes);
	uint8_t *p;
	unsigned int i;
	int ret;

	b->mem_len = UBLK_BATCH_NR_FETCH * fetch_len +
		     UBLK_BATCH_NR_COMMIT * commit_len;
	p = mmap(NULL, b->mem_len, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (p == MAP_FAILED) {
		b->mem = NULL;
		fprintf(stderr, "ublkd: q%u: no memory for the batch buffers\n",
			q->q_id);
		return -ENOMEM;
	}
	b->mem = p;
	for (i = 0; i < UBLK_BATCH_NR_FETCH; i++, p += fetch_len) {
		struct ublk_batch_fetch *f = &b->fetch[i];

		f->tags = (uint16_t *)(void *)p;
		f->len = fetch_len;
		ret = ur_buf_ring_setup(&q->thread->ring, &f->br, 1,
					bgid_base + i, UR_PBUF_RING_INC);
		/* no incremental consumption: one CQE per buffer, still right */
		if (ret == -EINVAL)
			ret = ur_buf_ring_setup(&q->thread->ring, &f->br, 1,
						bgid_base + i, 0);
		if (ret) {
			fprintf(stderr, "ublkd: q%u: provided-buffer ring for FETCH_IO_CMDS: %s\n",
				q->q_id, strerror(-ret));
			return ret;
		}
	}
	for (i = 0; i < UBLK_BATCH_NR_COMMIT; i++, p += commit_len)
		b->elems[i] = p;
	return 0;
}

int ublk_batch_start(struct ublk_queue *q, unsigned int bgid_base)
{
	struct ublk_batch *b = &q->batch;
	struct ur_ring *r = &q->thread->ring;
	struct ur_cqe cqe;
	struct ur_sqe *sqe;
	unsigned int tag, i;
	int ret;

	b->on = true;
	b->cur = 0;
	b->busy = 0;
	b->flags = 0;
	b->elem_bytes = sizeof(struct ublk_elem_header);
	if (q->zc == UBLK_ZC_NONE) {
		/* copy: each element names the tag's buffer */
		b->flags = UBLK_BATCH_F_HAS_BUF_ADDR;
		b->elem_bytes += sizeof(uint64_t);
	} else if (q->zc == UBLK_ZC_AUTO && q->zc_fallback) {
		b->flags = UBLK_BATCH_F_AUTO_BUF_REG_FALLBACK;
	}
	ret = batch_alloc(q, bgid_base);
	if (ret)
		return ret;
	/* PREP: every tag at once, waited for (START_DEV needs them all) */
	for (tag = 0; tag < q->q_depth; tag++) {
		q->ios[tag].result = 0;
		q->ios[tag].data = q->ios[tag].buf;
		put_elem(q, b->elems[0], tag, tag, q->ios[tag].buf);
	}
	sqe = ublk_queue_get_sqe(q);
	if (!sqe)
		return -EBUSY;
	prep_elems_cmd(q, sqe, UBLK_U_IO_PREP_IO_CMDS, b->elems[0], q->q_depth);
	ur_sqe_set_data64(sqe, batch_ud(q, 0, UBLKD_IO_PREP_CMDS, q->q_depth));
	ret = ur_wait_cqes(r, &cqe, 1, 1, 10000);
	if (ret == 1 && ublk_ud_op(cqe.user_data) != UBLKD_IO_PREP_CMDS)
		ret = -EPROTO;
	else if (ret == 1)
		ret = cqe.res;
	else if (ret >= 0)
		ret = -ETIME;
	if (ret) {
		fprintf(stderr, "ublkd: q%u: PREP_IO_CMDS for %u tags failed: %s\n",
			q->q_id, q->q_depth, strerror(-ret));
		return ret;
	}
	ublk_dbg(UBLK_DBG_IO_CMD, "q%u: PREP_IO_CMDS: %u tags, %u-byte elements, flags %#x",
		 q->q_id, q->q_depth, b->elem_bytes, b->flags);
	for (i = 0; i < UBLK_BATCH_NR_FETCH; i++) {
		ret = arm_fetch(q, i);
		if (ret)
			return ret;
	}
	return 0;
}

void ublk_batch_teardown(struct ublk_queue *q)
{
	struct ublk_batch *b = &q->batch;
	unsigned int i;

	for (i = 0; i < UBLK_BATCH_NR_FETCH; i++)
		ur_buf_ring_free(&q->thread->ring, &b->fetch[i].br);
	if (b->mem)
		munmap(b->mem, b->mem_len);
	b->mem = NULL;
}

bool ublk_batch_pending(const struct ublk_queue *q)
{
	return q->batch.on && q->batch.nr_elems[q->batch.cur] > 0;
}

void ublk_batch_complete(struct ublk_queue *q, unsigned int tag,
			 const void *addr)
{
	struct ublk_batch *b = &q->batch;
	unsigned int n = b->nr_elems[b->cur];

	/* distinct tags only (a tag is re-used after its commit): cannot fill */
	if (n >= q->q_depth) {
		fprintf(stderr, "ublkd: q%u tag %u: more completions than tags in one commit\n",
			q->q_id, tag);
		q->err = -EPROTO;
		return;
	}
	put_elem(q, b->elems[b->cur], n, tag, addr);
	b->nr_elems[b->cur] = n + 1;
	ublk_dbg(UBLK_DBG_IO_CMD, "q%u tag %u: result %d, element %u of the next commit",
		 q->q_id, tag, q->ios[tag].result, n);
}

/* A commit buffer neither collecting nor with the kernel, or -1. */
static int free_commit_buf(const struct ublk_batch *b)
{
	int i;

	for (i = 0; i < UBLK_BATCH_NR_COMMIT; i++)
		if (i != b->cur && !(b->busy & (1u << i)))
			return i;
	return -1;
}

void ublk_batch_flush(struct ublk_queue *q)
{
	struct ublk_batch *b = &q->batch;
	unsigned int n = b->nr_elems[b->cur];
	struct ur_sqe *sqe;
	int next;

	if (!b->on || !n)
		return;
	/*
	 * Every other buffer is still with the kernel: keep collecting
	 * (there is room for every tag); a commit's CQE frees one.
	 */
	next = free_commit_buf(b);
	if (next < 0)
		return;
	sqe = ublk_queue_get_sqe(q);
	if (!sqe)
		return;	/* the next pass sends it */
	prep_elems_cmd(q, sqe, UBLK_U_IO_COMMIT_IO_CMDS, b->elems[b->cur], n);
	ur_sqe_set_data64(sqe, batch_ud(q, (unsigned int)b->cur,
					UBLKD_IO_COMMIT_CMDS, n));
	ublk_dbg(UBLK_DBG_IO_CMD, "q%u: COMMIT_IO_CMDS of %u (buffer %d)",
		 q->q_id, n, b->cur);
	b->busy |= 1u << b->cur;
	q->cmd_inflight++;
	b->cur = next;
	b->nr_elems[next] = 0;
}

/*
 * The kernel processed @res bytes of commit buffer @idx: the elements
 * before the first one it refused.
 */
static void commit_cqe(struct ublk_queue *q, unsigned int idx, int res)
{
	struct ublk_batch *b = &q->batch;
	unsigned int n = b->nr_elems[idx], eb = b->elem_bytes;
	unsigned int done, i, bad;

	b->busy &= ~(1u << idx);
	q->cmd_inflight--;
	if (res >= 0 && (unsigned int)res == n * eb)
		return;
	if (res < 0 || (unsigned int)res > n * eb || res % eb) {
		fprintf(stderr, "ublkd: q%u: COMMIT_IO_CMDS of %u requests (first tag %u) failed: %s: none committed\n",
			q->q_id, n, elem_tag(q, b->elems[idx], 0),
			res < 0 ? strerror(-res) : "bad byte count");
		if (!q->stopping)
			q->err = res < 0 ? res : -EPROTO;
		return;
	}
	/* partial: element @done was refused, nothing after it committed */
	done = (unsigned int)res / eb;
	bad = elem_tag(q, b->elems[idx], done);
	fprintf(stderr, "ublkd: q%u: COMMIT_IO_CMDS committed %u of %u requests: the kernel refused tag %u (result %d); the %u after it are committed again, then the queue stops\n",
		q->q_id, done, n, bad, q->ios[bad].result, n - done - 1);
	for (i = done + 1; i < n; i++) {
		unsigned int c = b->nr_elems[b->cur];

		memcpy(b->elems[b->cur] + (size_t)c * eb,
		       b->elems[idx] + (size_t)i * eb, eb);
		b->nr_elems[b->cur] = c + 1;
	}
	ublk_batch_flush(q);
	ur_submit(&q->thread->ring);
	q->err = -EPROTO;
}

/* Tags the kernel wrote into fetch @i's buffer: each one a request. */
static void fetch_cqe(struct ublk_queue *q, unsigned int i,
		      const struct ur_cqe *cqe)
{
	struct ublk_batch_fetch *f = &q->batch.fetch[i];
	int res = cqe->res;

	if (res > 0) {
		const uint16_t *tags;
		unsigned int k, n;

		if ((res & 1) || f->off + (size_t)res > f->len) {
			fprintf(stderr, "ublkd: q%u: FETCH_IO_CMDS %u: %d bytes of tags at offset %zu of a %zu-byte buffer\n",
				q->q_id, i, res, f->off, f->len);
			q->err = -EPROTO;
			return;
		}
		tags = (const uint16_t *)(const void *)((const uint8_t *)f->tags +
							f->off);
		n = (unsigned int)res / 2;
		/* incremental: the next CQE's tags follow these */
		f->off += (size_t)res;
		ublk_dbg(UBLK_DBG_IO_CMD, "q%u: FETCH_IO_CMDS %u: %u requests%s",
			 q->q_id, i, n, cqe->flags & IORING_CQE_F_MORE ? "" :
			 " (last CQE)");
		for (k = 0; k < n; k++) {
			unsigned int tag = tags[k];

			if (tag >= q->q_depth) {
				fprintf(stderr, "ublkd: q%u: FETCH_IO_CMDS handed over tag %u (depth %u)\n",
					q->q_id, tag, q->q_depth);
				q->err = -EPROTO;
				return;
			}
			if (!ublk_io_cmd_serving(q))
				continue;
			q->ios[tag].data = q->ios[tag].buf;
			ublk_io_cmd_request(q, tag);
		}
	}
	if (cqe->flags & IORING_CQE_F_MORE)
		return;
	/* the command ended */
	f->armed = false;
	q->cmd_inflight--;
	if (res == UBLK_IO_RES_ABORT) {
		/* a stop or quiesce: its requests in flight are still served */
		ublk_dbg(UBLK_DBG_IO_CMD, "q%u: FETCH_IO_CMDS %u: ABORT", q->q_id, i);
		q->stopping = true;
		ublk_thread_arm_grace(q->thread);
		return;
	}
	if (res >= 0 || res == -ENOBUFS) {
		/* its buffer is used up (-ENOBUFS): give it back, re-arm */
		if (q->stopping || !ublk_io_cmd_serving(q))
			return;
		if (res >= 0) {
			/*
			 * Ended with its buffer maybe still in the ring: start
			 * the ring afresh so it holds exactly the one buffer.
			 */
			uint16_t bgid = f->br.bgid;
			unsigned int flags = f->br.flags;

			ur_buf_ring_free(&q->thread->ring, &f->br);
			if (ur_buf_ring_setup(&q->thread->ring, &f->br, 1, bgid,
					      flags)) {
				fprintf(stderr, "ublkd: q%u: FETCH_IO_CMDS %u: its buffer ring cannot be set up again\n",
					q->q_id, i);
				q->err = -ENOMEM;
				return;
			}
		}
		if (arm_fetch(q, i)) {
			fprintf(stderr, "ublkd: q%u: no SQE to re-arm FETCH_IO_CMDS\n",
				q->q_id);
			q->err = -EBUSY;
		}
		return;
	}
	fprintf(stderr, "ublkd: q%u: FETCH_IO_CMDS failed: %s\n", q->q_id,
		strerror(-res));
	q->err = res;
	q->stopping = true;
}

void ublk_batch_cqe(struct ublk_queue *q, const struct ur_cqe *cqe)
{
	unsigned int nr = ublk_ud_op(cqe->user_data);
	unsigned int idx = ublk_ud_tag(cqe->user_data);

	ublk_dbg(UBLK_DBG_IO_CMD, "q%u: %s %u CQE res %d flags %#x", q->q_id,
		 batch_cmd_name(nr), idx, cqe->res, cqe->flags);
	switch (nr) {
	case UBLKD_IO_FETCH_CMDS:
		if (idx < UBLK_BATCH_NR_FETCH) {
			fetch_cqe(q, idx, cqe);
			return;
		}
		break;
	case UBLKD_IO_COMMIT_CMDS:
		if (idx < UBLK_BATCH_NR_COMMIT &&
		    (q->batch.busy & (1u << idx))) {
			commit_cqe(q, idx, cqe->res);
			return;
		}
		break;
	default:
		break;
	}
	fprintf(stderr, "ublkd: q%u: unexpected %s CQE (index %u, res %d)\n",
		q->q_id, batch_cmd_name(nr), idx, cqe->res);
	q->err = -EPROTO;
}
