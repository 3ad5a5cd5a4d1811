// SPDX-License-Identifier: MIT
/*
 * The queue engine: one thread, one ring per hardware queue.
 *
 * Life of a tag: FETCH_REQ is held by the kernel until a request arrives;
 * its CQE (res 0) means the descriptor for that tag is valid; the target
 * handles it and calls ublk_complete_io(), which prepares a
 * COMMIT_AND_FETCH_REQ carrying the result and re-arming the tag. All SQEs
 * prepared while handling one batch of CQEs go out in one io_uring_enter.
 */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "ublkd/dev.h"
#include "queue_priv.h"

#ifndef PR_SET_IO_FLUSHER
#define PR_SET_IO_FLUSHER 57
#endif

#define UBLKD_OP_STOP	0xff	/* user_data op of the stop-eventfd poll */
#define CQE_BATCH	64

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

struct ur_sqe *ublk_queue_get_sqe(struct ublk_queue *q)
{
	struct ur_sqe *sqe = ur_get_sqe(&q->ring);

	if (sqe)
		return sqe;
	/* SQ full: hand what we have to the kernel, then take a slot. */
	ur_submit(&q->ring);
	return ur_get_sqe(&q->ring);
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
		.addr = (uint64_t)(uintptr_t)addr,
	};
	struct ur_sqe *sqe = ublk_queue_get_sqe(q);

	if (!sqe)
		return -EBUSY;
	ur_prep_uring_cmd(&q->ring, sqe, q->cdev_idx, io_cmd_op(q, nr),
			  &cmd, sizeof(cmd));
	ur_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
	ur_sqe_set_data64(sqe, ublk_user_data(tag, nr, 0, false));
	q->cmd_inflight++;
	return 0;
}

/* Prepare COMMIT_AND_FETCH_REQ for @tag: result @res, data at @addr. */
static void commit_io(struct ublk_queue *q, unsigned int tag, int res,
		      const void *addr)
{
	q->ios[tag].result = res;
	/* Stopping: the kernel is tearing the queue down, no re-fetch. */
	if (q->stopping)
		return;
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
	/* The next WRITE lands at the COMMIT's address: bounce. */
	if (res > 0)
		ublk_copy(io->buf, data, (size_t)res);
	commit_io(q, tag, res, io->buf);
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
	if (end < iod->start_sector || end > dev->params.basic.dev_sectors)
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
 * handle_request().
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

static void handle_request(struct ublk_queue *q, unsigned int tag)
{
	const struct ublksrv_io_desc *iod = &q->descs[tag];
	struct ublk_io *io = &q->ios[tag];
	int ret;

	q->stats.nr_io++;
	q->stats.ops[ublksrv_get_op(iod) & 7]++;
	io->tgt_done = 0;
	ret = check_desc(q, iod);
	if (!ret)
		ret = q->dev->ops->queue_io(q, tag, iod);
	if (ret < 0)
		ublk_complete_io(q, tag, ret);
}

static const char *cmd_name(unsigned int nr)
{
	switch (nr) {
	case UBLK_IO_FETCH_REQ:
		return "FETCH_REQ";
	case UBLK_IO_NEED_GET_DATA:
		return "NEED_GET_DATA";
	default:
		return "COMMIT_AND_FETCH_REQ";
	}
}

/*
 * Once the first ABORT came, a bound on waiting for the rest: a command
 * the kernel keeps (a STOP_DEV from another process that skips a tag)
 * must not keep the queue thread forever. Its CQE counts as the stop.
 */
static void arm_grace(struct ublk_queue *q)
{
	struct ur_sqe *sqe;

	if (q->grace_armed)
		return;
	sqe = ublk_queue_get_sqe(q);
	if (!sqe) {
		q->stop_seen = true;	/* no room to wait: stop at once */
		return;
	}
	q->grace_armed = true;
	q->grace.tv_sec = 2;
	q->grace.tv_nsec = 0;
	ur_prep_rw(sqe, IORING_OP_TIMEOUT, -1, &q->grace, 1, 0);
	ur_sqe_set_data64(sqe, ublk_user_data(0, UBLKD_OP_STOP, 0, false));
}

static void handle_cmd_cqe(struct ublk_queue *q, const struct ur_cqe *cqe)
{
	unsigned int tag = ublk_ud_tag(cqe->user_data);

	if (ublk_ud_op(cqe->user_data) == UBLKD_OP_STOP) {
		q->stopping = true;
		q->stop_seen = true;
		return;
	}
	if (tag >= q->q_depth) {
		fprintf(stderr, "ublkd: q%u: CQE with bad tag %u (res %d)\n",
			q->q_id, tag, cqe->res);
		q->err = -EPROTO;
		return;
	}
	q->cmd_inflight--;
	if (cqe->res == UBLK_IO_RES_OK) {
		if (q->stopping)
			return;
		/* after NEED_GET_DATA, the data is where get_data() said */
		if (ublk_ud_op(cqe->user_data) != UBLK_IO_NEED_GET_DATA)
			q->ios[tag].data = q->ios[tag].buf;
		handle_request(q, tag);
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
		arm_grace(q);
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

static void handle_cqe(struct ublk_queue *q, const struct ur_cqe *cqe)
{
	if (ublk_ud_is_tgt(cqe->user_data)) {
		unsigned int tag = ublk_ud_tag(cqe->user_data);

		q->tgt_inflight--;
		if (tag < q->q_depth)
			q->dev->ops->io_done(q, tag, cqe);
		return;
	}
	handle_cmd_cqe(q, cqe);
}

/*
 * A queue that is stopping closes its ring only once the kernel has handed
 * back every command (or our STOP_DEV has returned, or the grace timer
 * ran out, or the queue failed). STOP_DEV aborts the held commands one by
 * one, and a ring that exits meanwhile has io_uring cancel the rest from
 * a kworker, racing that pass: on 7.1+ kernels it trips the driver's
 * WARN_ON_ONCE(io->cmd != cmd) in its cancel callback (a kernel race, see
 * the README; waiting here keeps the two from overlapping).
 */
static bool queue_done(const struct ublk_queue *q)
{
	if (!q->stopping || q->tgt_inflight)
		return false;
	return q->stop_seen || q->err || q->cmd_inflight == 0;
}

/* Arm a poll on the device's stop eventfd: the way out of a blocked wait. */
static int arm_stop_poll(struct ublk_queue *q)
{
	struct ur_sqe *sqe = ublk_queue_get_sqe(q);

	if (!sqe)
		return -EBUSY;
	ur_prep_rw(sqe, IORING_OP_POLL_ADD, q->dev->stop_efd, NULL, 0, 0);
	sqe->op_flags = POLLIN;
	ur_sqe_set_data64(sqe, ublk_user_data(0, UBLKD_OP_STOP, 0, false));
	return 0;
}

static int queue_prime(struct ublk_queue *q)
{
	unsigned int tag;
	int ret;

	ret = arm_stop_poll(q);
	for (tag = 0; !ret && tag < q->q_depth; tag++) {
		q->ios[tag].result = -1;
		ret = queue_io_cmd(q, tag, UBLK_IO_FETCH_REQ, q->ios[tag].buf);
	}
	if (ret)
		return ret;
	/* Every FETCH_REQ in one submission. */
	ret = ur_submit(&q->ring);
	return ret < 0 ? ret : 0;
}

/* The test-only switch UBLKD_TEST_QUEUE_EXIT_AFTER (see add.c). */
static bool fault_due(const struct ublk_queue *q)
{
	uint64_t after = q->dev->opts.fault_exit_after;

	return after && q->q_id == 0 && q->stats.nr_io >= after;
}

/* Anything for us: CQEs in the ring, or completions the kernel holds. */
static inline bool queue_has_work(const struct ublk_queue *q)
{
	return ur_cq_ready(&q->ring) || ur_cq_needs_enter(&q->ring);
}

/*
 * Poll mode: watch the rings (memory loads, no syscall) for up to
 * poll_ns. A new request shows as IORING_SQ_TASKRUN (the kernel queued
 * task work for us): while we poll, the submitter only queues it, it
 * does not have to wake us.
 */
static bool queue_poll(const struct ublk_queue *q)
{
	int64_t end = 0, now;
	unsigned int i;

	for (i = 0;; i++) {
		if (queue_has_work(q))
			return true;
		if (!(i & 31)) {
			now = ur_now_ns();
			if (!end)
				end = now + q->poll_ns;
			else if (now >= end)
				return false;
		}
		__builtin_ia32_pause();
	}
}

/*
 * Hand the prepared commits to the kernel, then wait for work: at once
 * if there is some, else by polling (poll mode), else asleep.
 */
static int queue_wait(struct ublk_queue *q)
{
	int ret;

	q->stats.nr_waits++;
	if (!q->poll_ns) {
		if (!queue_has_work(q))
			q->stats.nr_sleeps++;
		return ur_submit_and_wait(&q->ring, 1);
	}
	ret = ur_submit_and_get(&q->ring);
	if (ret < 0 || queue_poll(q))
		return ret;
	q->stats.nr_sleeps++;
	return ur_submit_and_wait(&q->ring, 1);
}

static int queue_loop(struct ublk_queue *q)
{
	struct ur_cqe cqes[CQE_BATCH];
	unsigned int i, n;
	int ret;

	while (!queue_done(q)) {
		if (fault_due(q)) {
			/* Hand back every result first: nothing held. */
			ur_submit(&q->ring);
			fprintf(stderr, "ublkd: q%u: injected fault: queue thread exits\n",
				q->q_id);
			return -ECANCELED;
		}
		ret = queue_wait(q);
		if (ret < 0 && ret != -EBUSY && ret != -EAGAIN) {
			fprintf(stderr, "ublkd: q%u: io_uring_enter: %s\n",
				q->q_id, strerror(-ret));
			return ret;
		}
		do {
			n = ur_peek_cqes(&q->ring, cqes, CQE_BATCH);
			for (i = 0; i < n; i++)
				handle_cqe(q, &cqes[i]);
		} while (n == CQE_BATCH);
		if (q->err && !q->stopping)
			q->stopping = true;
	}
	/* Commits prepared after the stop would only be cancelled. */
	return q->err;
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

static int queue_setup(struct ublk_queue *q)
{
	struct ublk_dev *dev = q->dev;
	unsigned int flags = UR_OPT_TASKRUN;
	int fds[1 + 4];
	int i, ret;

	q->tid = (pid_t)syscall(SYS_gettid);
	if (CPU_COUNT(&q->affinity))
		sched_setaffinity(0, sizeof(q->affinity), &q->affinity);
	/* We serve the writeback that frees memory: avoid reclaim deadlock. */
	prctl(PR_SET_IO_FLUSHER, 1, 0, 0, 0);

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
	q->bufs = alloc_bufs(q);
	if (!q->bufs) {
		fprintf(stderr, "ublkd: q%u: no memory for io buffers\n",
			q->q_id);
		return -ENOMEM;
	}
	if (dev->opts.sqe128)
		flags |= IORING_SETUP_SQE128;
	/* SQ: one command per tag plus target I/O; CQ twice that. */
	ret = ur_init(&q->ring, q->q_depth * 2, q->q_depth * 4,
		      flags | IORING_SETUP_CQSIZE);
	if (ret) {
		fprintf(stderr, "ublkd: q%u: io_uring setup: %s\n",
			q->q_id, strerror(-ret));
		return ret;
	}
	fds[0] = dev->cdev_fd;
	for (i = 0; i < dev->nr_tgt_fds; i++)
		fds[1 + i] = dev->tgt_fds[i];
	ret = ur_register_files(&q->ring, fds, 1 + dev->nr_tgt_fds);
	if (ret) {
		fprintf(stderr, "ublkd: q%u: register files: %s\n",
			q->q_id, strerror(-ret));
		return ret;
	}
	q->cdev_idx = 0;
	ur_register_ring_fd(&q->ring);
	if (dev->ops->queue_init) {
		ret = dev->ops->queue_init(q);
		if (ret)
			return ret;
	}
	return queue_prime(q);
}

static void queue_teardown(struct ublk_queue *q)
{
	if (q->dev->ops->queue_deinit)
		q->dev->ops->queue_deinit(q);
	ur_exit(&q->ring);
	if (q->bufs)
		munmap(q->bufs,
		       (size_t)q->dev->info.max_io_buf_bytes * q->q_depth);
	if (q->descs)
		munmap((void *)q->descs, q->descs_len);
	q->bufs = NULL;
	q->descs = NULL;
}

void *ublk_queue_thread(void *arg)
{
	struct ublk_queue *q = arg;
	int ret;

	ret = queue_setup(q);
	ublk_dev_queue_ready(q->dev, ret);
	if (ret) {
		q->err = ret;
		queue_teardown(q);
		return NULL;
	}
	ret = queue_loop(q);
	q->err = ret;
	/*
	 * A queue that failed while serving leaves its ring as it is: the
	 * daemon then exits as a whole, and the kernel cancels every queue
	 * at once, as for a crash (closing one ring alone while the others
	 * serve can leave requests stranded in the 6.12 driver).
	 */
	if (!ret)
		queue_teardown(q);
	ublk_dev_queue_exited(q->dev, q);
	return NULL;
}
