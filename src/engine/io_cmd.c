// SPDX-License-Identifier: MIT
/*
 * The per-tag command protocol: FETCH_REQ, COMMIT_AND_FETCH_REQ and
 * NEED_GET_DATA on /dev/ublkcN, one URING_CMD per tag at a time.
 *
 * Life of a tag: FETCH_REQ is held by the kernel until a request arrives;
 * its CQE (res 0) means the descriptor for that tag is valid; the target
 * handles it and calls ublk_complete_io(), which prepares a
 * COMMIT_AND_FETCH_REQ carrying the result and re-arming the tag. With
 * UBLK_F_NEED_GET_DATA a WRITE first comes back as NEED_GET_DATA, asking
 * where its data should go. With zero copy (zc.c) the commands' addr names
 * a fixed-buffer slot instead, and a request that needs registering by
 * hand goes through REGISTER_IO_BUF before the target sees it. The
 * batched protocol (UBLK_F_BATCH_IO) is batch.c: it hands requests to
 * ublk_io_cmd_request() here and gets their results from commit_io().
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "util/copy.h"
#include "engine/engine.h"
#include "ublkd/debug.h"

static const char *cmd_name(unsigned int nr);

static unsigned int io_cmd_op(const struct ublk_queue *q, unsigned int nr)
{
	if (q->dev->ctrl.legacy)
		return nr;
	switch (nr) {
	case UBLK_IO_FETCH_REQ:
		return UBLK_U_IO_FETCH_REQ;
	case UBLK_IO_NEED_GET_DATA:
		return UBLK_U_IO_NEED_GET_DATA;
	default:
		return UBLK_U_IO_COMMIT_AND_FETCH_REQ;
	}
}

static bool need_get_data(const struct ublk_queue *q)
{
	return q->dev->info.flags & UBLK_F_NEED_GET_DATA;
}

/* Queue a FETCH_REQ, COMMIT_AND_FETCH_REQ or NEED_GET_DATA for @tag. */
static int queue_io_cmd(struct ublk_queue *q, unsigned int tag, unsigned int nr,
			const void *addr)
{
	struct ublk_io *io = &q->ios[tag];
	struct ublksrv_io_cmd cmd = {
		.q_id = (uint16_t)q->q_id,
		.tag = (uint16_t)tag,
		.result = io->result,
		/* zero/user copy: no buffer address (the kernel refuses one) */
		.addr = q->zc == UBLK_ZC_NONE ? (uint64_t)(uintptr_t)addr : 0,
	};
	struct ur_sqe *sqe = ublk_queue_get_sqe(q);

	if (!sqe)
		return -EBUSY;
	ur_prep_uring_cmd(&q->thread->ring, sqe, UBLK_FIXED_CDEV,
			  io_cmd_op(q, nr), &cmd, sizeof(cmd));
	ur_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
	/* automatic registration: the slot travels in the SQE's own addr */
	if (q->zc == UBLK_ZC_AUTO)
		sqe->addr = ublk_zc_cmd_addr(q, tag);
	ublk_dbg(UBLK_DBG_IO_CMD, "q%u tag %u: %s result %d addr %#llx", q->q_id,
		 tag, cmd_name(nr), io->result,
		 (unsigned long long)(q->zc == UBLK_ZC_AUTO ? sqe->addr :
							      cmd.addr));
	ur_sqe_set_data64(sqe, ublk_ud_with_qid(ublk_user_data(tag, nr, 0,
							       false),
						q->q_id));
	q->cmd_inflight++;
	return 0;
}

bool ublk_io_cmd_serving(const struct ublk_queue *q)
{
	/*
	 * Batched: an ABORT ends the queue's fetches, not its requests in
	 * flight (QUIESCE_DEV aborts them while requests are served), so
	 * those are still served and committed until the thread leaves.
	 */
	if (q->batch.on)
		return !q->err && !q->stop_seen;
	return !q->stopping;
}

/*
 * The request's end in the live stats: its latency from the pass it
 * arrived in to this one, its error. Exactly once per request: every
 * request the engine received ends here (a result, or stopping).
 */
static void account_done(struct ublk_queue *q, unsigned int tag, int res)
{
	struct ublkd_stats_queue *s = q->st;
	uint64_t us = q->now_us - q->ios[tag].t_us;

	UBLK_STAT_ADD(s->done, 1);
	UBLK_STAT_ADD(s->lat_sum_us, us);
	UBLK_STAT_ADD(s->hist[ublkd_stats_bucket(us)], 1);
	if (res < 0) {
		struct ublkd_stats_opc *op =
			&s->ops[ublkd_stats_op_bin(ublksrv_get_op(&q->descs[tag]))];

		UBLK_STAT_ADD(op->errors, 1);
	}
}

/*
 * Prepare COMMIT_AND_FETCH_REQ for @tag: result @res, data at @addr; or,
 * batched, an element of the queue's next COMMIT_IO_CMDS.
 */
static void commit_io(struct ublk_queue *q, unsigned int tag, int res,
		      const void *addr)
{
	account_done(q, tag, res);
	q->ios[tag].result = res;
	/* Stopping: the kernel is tearing the queue down, no re-fetch. */
	if (!ublk_io_cmd_serving(q))
		return;
	/* Registered by hand: given back beside the commit (same submission). */
	if (q->ios[tag].registered) {
		q->ios[tag].registered = false;
		if (ublk_zc_unregister(q, tag)) {
			fprintf(stderr, "ublkd: q%u tag %u: no SQE to unregister its buffer\n",
				q->q_id, tag);
			q->err = -EBUSY;
		}
	}
	if (q->batch.on) {
		ublk_batch_complete(q, tag, addr);
		return;
	}
	if (queue_io_cmd(q, tag, UBLK_IO_COMMIT_AND_FETCH_REQ, addr)) {
		/* Cannot happen with SQ >= depth: stop rather than lose it. */
		fprintf(stderr, "ublkd: q%u tag %u: no SQE for the commit\n",
			q->q_id, tag);
		q->err = -EBUSY;
	}
}

void ublk_complete_io(struct ublk_queue *q, unsigned int tag, int res)
{
	commit_io(q, tag, res, q->ios[tag].buf);
}

void ublk_complete_io_from(struct ublk_queue *q, unsigned int tag, int res,
			   const void *data)
{
	struct ublk_io *io = &q->ios[tag];

	if (need_get_data(q)) {
		commit_io(q, tag, res, data);
		return;
	}
	/*
	 * The next WRITE lands at the COMMIT's address: bounce (into the
	 * shared buffer for a request the kernel matched there).
	 */
	if (res > 0)
		ublk_copy(io->shm ? io->data : io->buf, data, (size_t)res);
	commit_io(q, tag, res, io->buf);
}

int ublk_io_cmd_fetch_all(struct ublk_queue *q)
{
	unsigned int tag;
	int ret = 0;

	/* this thread's tags of the queue (all of them by default) */
	for (tag = q->tag_first; !ret && tag < q->q_depth; tag += q->tag_step) {
		q->ios[tag].result = -1;
		ret = queue_io_cmd(q, tag, UBLK_IO_FETCH_REQ, q->ios[tag].buf);
	}
	return ret;
}

/* A descriptor must lie inside the device and the tag's buffer. */
static int check_desc(const struct ublk_queue *q,
		      const struct ublksrv_io_desc *iod)
{
	const struct ublk_dev *dev = q->dev;
	uint64_t end = iod->start_sector + iod->nr_sectors;
	unsigned int op = ublksrv_get_op(iod);

	/* A FLUSH has no range: its start_sector is (u64)-1. */
	if (op == UBLK_IO_OP_FLUSH)
		return 0;
	/* relaxed: `resize` moves the bound from the main thread */
	if (end < iod->start_sector ||
	    end > __atomic_load_n(&dev->params.basic.dev_sectors,
				  __ATOMIC_RELAXED))
		return -EIO;
	if ((op == UBLK_IO_OP_READ || op == UBLK_IO_OP_WRITE) &&
	    ((uint64_t)iod->nr_sectors << 9) > dev->info.max_io_buf_bytes)
		return -EIO;
	return 0;
}

/*
 * UBLK_F_NEED_GET_DATA: the kernel asks where WRITE @tag's data should go
 * before copying it. A target may name its own memory; a request that
 * fails the checks gets the tag's buffer and fails later, in
 * ublk_io_cmd_request().
 */
static void get_data(struct ublk_queue *q, unsigned int tag)
{
	const struct ublksrv_io_desc *iod = &q->descs[tag];
	struct ublk_io *io = &q->ios[tag];
	void *data = NULL;

	if (q->dev->ops->write_buf && !check_desc(q, iod) &&
	    ublksrv_get_op(iod) == UBLK_IO_OP_WRITE)
		data = q->dev->ops->write_buf(q, tag, iod);
	io->data = data ? data : io->buf;
	if (queue_io_cmd(q, tag, UBLK_IO_NEED_GET_DATA, io->data)) {
		fprintf(stderr, "ublkd: q%u tag %u: no SQE for NEED_GET_DATA\n",
			q->q_id, tag);
		q->err = -EBUSY;
	}
}

void ublk_io_cmd_serve(struct ublk_queue *q, unsigned int tag)
{
	int ret = q->dev->ops->queue_io(q, tag, &q->descs[tag]);

	if (ret < 0)
		ublk_complete_io(q, tag, ret);
}

/*
 * --shmem_zc: a request the kernel matched to the shared buffer has its
 * data there; any other has it in the tag's buffer (no NEED_GET_DATA with
 * --shmem_zc).
 */
static int shm_data(struct ublk_queue *q, const struct ublksrv_io_desc *iod,
		    struct ublk_io *io)
{
	io->shm = iod->op_flags & UBLK_IO_F_SHMEM_ZC;
	io->data = io->shm ? ublk_shmem_data(q, iod) : io->buf;
	return io->data ? 0 : -EIO;
}

void ublk_io_cmd_request(struct ublk_queue *q, unsigned int tag)
{
	const struct ublksrv_io_desc *iod = &q->descs[tag];
	struct ublk_io *io = &q->ios[tag];
	struct ublkd_stats_opc *op;
	int ret;

	op = &q->st->ops[ublkd_stats_op_bin(ublksrv_get_op(iod))];
	UBLK_STAT_ADD(op->requests, 1);
	if (ublksrv_get_op(iod) != UBLK_IO_OP_FLUSH)
		UBLK_STAT_ADD(op->bytes, (uint64_t)iod->nr_sectors << 9);
	io->t_us = q->now_us;
	io->tgt_done = 0;
	ret = check_desc(q, iod);
	if (q->dev->shm.base)
		ret = ret ? ret : shm_data(q, iod, io);
	if (!ret && ublk_zc_fixed(q->zc) && ublk_zc_need_reg(q, iod)) {
		/* zero copy by hand: the target runs once it is registered */
		ret = ublk_zc_register(q, tag);
		if (!ret)
			return;
	}
	if (!ret)
		ret = q->dev->ops->queue_io(q, tag, iod);
	if (ret < 0)
		ublk_complete_io(q, tag, ret);
}

/* The CQE of a REGISTER_IO_BUF or UNREGISTER_IO_BUF of ours. */
static void buf_cmd_cqe(struct ublk_queue *q, unsigned int tag,
			const struct ur_cqe *cqe)
{
	bool reg = ublk_ud_op(cqe->user_data) == UBLKD_IO_REG_BUF;

	q->zc_inflight--;
	if (!reg) {
		/* the request cannot complete while its buffer stays */
		if (cqe->res < 0)
			fprintf(stderr, "ublkd: q%u tag %u: UNREGISTER_IO_BUF failed: %s\n",
				q->q_id, tag, strerror(-cqe->res));
		return;
	}
	if (cqe->res < 0) {
		fprintf(stderr, "ublkd: q%u tag %u: REGISTER_IO_BUF failed: %s: the request fails with EIO\n",
			q->q_id, tag, strerror(-cqe->res));
		ublk_complete_io(q, tag, -EIO);
		return;
	}
	q->ios[tag].registered = true;
	if (!ublk_io_cmd_serving(q))
		return;
	ublk_io_cmd_serve(q, tag);
}

static const char *cmd_name(unsigned int nr)
{
	switch (nr) {
	case UBLK_IO_FETCH_REQ:
		return "FETCH_REQ";
	case UBLK_IO_NEED_GET_DATA:
		return "NEED_GET_DATA";
	case UBLKD_IO_REG_BUF:
		return "REGISTER_IO_BUF";
	case UBLKD_IO_UNREG_BUF:
		return "UNREGISTER_IO_BUF";
	default:
		return "COMMIT_AND_FETCH_REQ";
	}
}

void ublk_io_cmd_cqe(struct ublk_queue *q, const struct ur_cqe *cqe)
{
	unsigned int tag = ublk_ud_tag(cqe->user_data);

	ublk_dbg(UBLK_DBG_IO_CMD, "q%u tag %u: %s CQE res %d", q->q_id, tag,
		 cmd_name(ublk_ud_op(cqe->user_data)), cqe->res);
	if (tag >= q->q_depth) {
		fprintf(stderr, "ublkd: q%u: CQE with bad tag %u (res %d)\n",
			q->q_id, tag, cqe->res);
		q->err = -EPROTO;
		return;
	}
	if (ublk_ud_op(cqe->user_data) == UBLKD_IO_REG_BUF ||
	    ublk_ud_op(cqe->user_data) == UBLKD_IO_UNREG_BUF) {
		buf_cmd_cqe(q, tag, cqe);
		return;
	}
	q->cmd_inflight--;
	if (cqe->res == UBLK_IO_RES_OK) {
		if (q->stopping)
			return;
		/* after NEED_GET_DATA, the data is where get_data() said */
		if (ublk_ud_op(cqe->user_data) != UBLK_IO_NEED_GET_DATA)
			q->ios[tag].data = q->ios[tag].buf;
		ublk_io_cmd_request(q, tag);
		return;
	}
	if (cqe->res == UBLK_IO_RES_NEED_GET_DATA && need_get_data(q)) {
		if (!q->stopping)
			get_data(q, tag);
		return;
	}
	if (cqe->res == UBLK_IO_RES_ABORT) {
		/* Device stopping: this tag is not re-fetched. */
		q->stopping = true;
		ublk_thread_arm_grace(q->thread);
		return;
	}
	/* Any other error: keep the tag, stop the queue cleanly. */
	fprintf(stderr, "ublkd: q%u tag %u: io command %s failed: %s\n",
		q->q_id, tag,
		cmd_name(ublk_ud_op(cqe->user_data)),
		strerror(-cqe->res));
	q->err = cqe->res;
	q->stopping = true;
}
