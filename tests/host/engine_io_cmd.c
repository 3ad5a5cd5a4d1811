// SPDX-License-Identifier: MIT
/*
 * The per-tag command protocol (src/engine/io_cmd.c) against synthetic
 * CQEs: no ublk driver, no kernel ring. The queue's ring is plain memory
 * whose SQ head the test moves itself ("the kernel consumed them") and
 * whose fd is -1, so a submit the engine attempts fails and a full SQ
 * stays full. Cases: FETCH of every tag, a request and its commit, a
 * descriptor out of range, NEED_GET_DATA into the target's memory, an
 * error CQE (the queue stops, the tag is not re-fetched), ABORT, a CQE
 * naming a bad tag, a commit with no SQE free; zero copy: the automatic
 * registration's slot and flags in each command's sqe->addr (the command's
 * addr 0), a flagged request registered by hand before the target sees
 * it and unregistered beside its commit, a failed registration failing
 * only its request, manual registration for every data request, the
 * test fault's slot past the table; shared-memory zero copy: a matched
 * request's data in the shared buffer, bad indexes and ranges failed.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tap.h"

#define DEPTH	4
#define SQ	8
#include "fake_queue.h"

static char backing[1 << 16];

/* What the fake target saw and does. */
static int nr_queue_io, last_tag = -1, complete_with = 1;
static void *last_data;
static const char *complete_from;	/* a READ's data to complete from */

static int t_queue_io(struct ublk_queue *qq, unsigned int tag,
		      const struct ublksrv_io_desc *iod)
{
	nr_queue_io++;
	last_tag = (int)tag;
	last_data = ublk_io_data(qq, tag);
	if (complete_from)
		ublk_complete_io_from(qq, tag, (int)(iod->nr_sectors << 9),
				      complete_from);
	else if (complete_with)
		ublk_complete_io(qq, tag, (int)(iod->nr_sectors << 9));
	return 0;
}

static void *t_write_buf(struct ublk_queue *qq, unsigned int tag,
			 const struct ublksrv_io_desc *iod)
{
	(void)qq;
	(void)tag;
	return backing + (iod->start_sector << 9);
}

static const struct ublk_tgt_ops t_ops = {
	.name = "test",
	.queue_io = t_queue_io,
	.write_buf = t_write_buf,
};

static void setup(uint64_t flags)
{
	unsigned int i;

	fake_queue_setup(&t_ops, flags, sizeof(backing) >> 9);
	for (i = 0; i < DEPTH; i++)
		q.ios[i].buf = bufs[i];
	nr_queue_io = 0;
	last_tag = -1;
	last_data = NULL;
	complete_with = 1;
	complete_from = NULL;
}

/* Take the next prepared SQE as the kernel would: its command payload. */
static const struct ur_sqe *consume(struct ublksrv_io_cmd *cmd)
{
	return consume_cmd(cmd, sizeof(*cmd));
}

static struct ur_cqe cqe_for(unsigned int tag, unsigned int nr, int res)
{
	struct ur_cqe c = {
		.user_data = ublk_ud_with_qid(ublk_user_data(tag, nr, 0, false),
					      0),
		.res = res,
	};
	return c;
}

static void set_desc(unsigned int tag, unsigned int op, uint64_t sector,
		     uint32_t nr)
{
	descs[tag].op_flags = op;
	descs[tag].start_sector = sector;
	descs[tag].nr_sectors = nr;
}

static void test_fetch_and_commit(void)
{
	struct ublksrv_io_cmd cmd;
	const struct ur_sqe *sqe;
	struct ur_cqe c;
	unsigned int tag;

	setup(0);
	is_int(ublk_io_cmd_fetch_all(&q), 0, "FETCH_REQ for every tag");
	is_int(pending(), DEPTH, "one SQE per tag");
	for (tag = 0; tag < DEPTH; tag++) {
		sqe = consume(&cmd);
		if (tag)
			continue;
		is_int(sqe->cmd_op, UBLK_U_IO_FETCH_REQ, "ioctl-encoded FETCH_REQ");
		ok(sqe->flags & IOSQE_FIXED_FILE, "on the fixed /dev/ublkcN");
		is_int(cmd.tag, 0, "tag 0");
		is_int(cmd.addr, (uint64_t)(uintptr_t)bufs[0], "tag 0's buffer");
	}

	set_desc(1, UBLK_IO_OP_READ, 8, 8);
	c = cqe_for(1, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 1, "the request reached the target");
	is_int(last_tag, 1, "with its tag");
	is_int(ublk_stats_requests(q.st), 1, "counted");
	is_int(pending(), 1, "one commit prepared");
	sqe = consume(&cmd);
	is_int(sqe->cmd_op, UBLK_U_IO_COMMIT_AND_FETCH_REQ, "COMMIT_AND_FETCH_REQ");
	is_int(cmd.tag, 1, "for tag 1");
	is_int(cmd.result, 4096, "result: the bytes done");
	is_int(ublk_ud_tag(sqe->user_data), 1, "user_data names the tag");

	set_desc(2, UBLK_IO_OP_WRITE, sizeof(backing) >> 9, 8);
	c = cqe_for(2, UBLK_IO_COMMIT_AND_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 1, "out-of-range descriptor: not for the target");
	consume(&cmd);
	is_int(cmd.result, -EIO, "committed with -EIO");
	ok(!q.stopping && !q.err, "the queue carries on");
}

static void test_need_get_data(void)
{
	struct ublksrv_io_cmd cmd;
	const struct ur_sqe *sqe;
	struct ur_cqe c;

	setup(UBLK_F_NEED_GET_DATA);
	set_desc(2, UBLK_IO_OP_WRITE, 16, 8);
	c = cqe_for(2, UBLK_IO_FETCH_REQ, UBLK_IO_RES_NEED_GET_DATA);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 0, "NEED_GET_DATA: not a request yet");
	sqe = consume(&cmd);
	is_int(sqe->cmd_op, UBLK_U_IO_NEED_GET_DATA, "NEED_GET_DATA sent");
	is_int(cmd.addr, (uint64_t)(uintptr_t)(backing + (16 << 9)),
	       "with the address write_buf() chose");
	c = cqe_for(2, UBLK_IO_NEED_GET_DATA, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 1, "then the request reaches the target");
	ok(ublk_io_data(&q, 2) == backing + (16 << 9),
	   "its data is where the kernel copied it");
	consume(&cmd);
	is_int(cmd.result, 4096, "and is committed");

	/* without the flag, a NEED_GET_DATA result is an error */
	setup(0);
	c = cqe_for(0, UBLK_IO_FETCH_REQ, UBLK_IO_RES_NEED_GET_DATA);
	ublk_io_cmd_cqe(&q, &c);
	ok(q.stopping && q.err == UBLK_IO_RES_NEED_GET_DATA,
	   "NEED_GET_DATA without UBLK_F_NEED_GET_DATA stops the queue");
}

static void test_errors(void)
{
	struct ur_cqe c;

	setup(0);
	c = cqe_for(3, UBLK_IO_COMMIT_AND_FETCH_REQ, -EINVAL);
	ublk_io_cmd_cqe(&q, &c);
	is_int(q.err, -EINVAL, "error CQE: the queue's error");
	ok(q.stopping, "the queue stops cleanly");
	is_int(pending(), 0, "the tag is kept, not re-fetched");
	set_desc(0, UBLK_IO_OP_READ, 0, 8);
	c = cqe_for(0, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 0, "stopping: a new request is not served");
	is_int(pending(), 0, "nor committed");

	setup(0);
	q.cmd_inflight = 2;	/* two FETCHes held by the kernel */
	c = cqe_for(1, UBLK_IO_FETCH_REQ, UBLK_IO_RES_ABORT);
	ublk_io_cmd_cqe(&q, &c);
	ok(q.stopping && !q.err, "ABORT: stopping, no error");
	is_int(pending(), 1, "ABORT: no re-fetch, one SQE: the grace timer");
	{
		struct ublksrv_io_cmd cmd;
		const struct ur_sqe *sqe = consume(&cmd);

		is_int(sqe->opcode, IORING_OP_TIMEOUT, "the grace timer is a TIMEOUT");
		is_int((int)ublk_ud_op(sqe->user_data), UBLKD_OP_STOP,
		       "whose CQE counts as the stop");
	}
	ok(!ublk_queue_done(&q), "one command still held: the queue waits for it");
	c = cqe_for(2, UBLK_IO_FETCH_REQ, UBLK_IO_RES_ABORT);
	ublk_io_cmd_cqe(&q, &c);
	is_int(pending(), 0, "a second ABORT arms no second timer");
	ok(ublk_queue_done(&q), "every command handed back: the queue is done");

	setup(0);
	q.cmd_inflight = 2;
	c = cqe_for(1, UBLK_IO_FETCH_REQ, UBLK_IO_RES_ABORT);
	ublk_io_cmd_cqe(&q, &c);
	ok(!ublk_queue_done(&q), "a tag the kernel keeps holds the queue...");
	q.stop_seen = true;	/* what the timer's or the eventfd's CQE sets */
	ok(ublk_queue_done(&q), "...until the stop or the grace timer");

	setup(0);
	c = cqe_for(DEPTH + 3, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(q.err, -EPROTO, "a CQE naming a tag beyond the depth: -EPROTO");
	is_int(nr_queue_io, 0, "and nothing served");
}

static void test_no_sqe_for_commit(void)
{
	struct ur_cqe c;
	unsigned int i;

	setup(0);
	for (i = 0; i < SQ && ur_get_sqe(&thr.ring); i++)
		;
	is_int(i, SQ, "every SQ slot taken");
	ok(ur_get_sqe(&thr.ring) == NULL, "the SQ is full");
	set_desc(2, UBLK_IO_OP_READ, 0, 8);
	c = cqe_for(2, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 1, "the request was served");
	is_int(q.err, -EBUSY, "no SQE for its commit: -EBUSY, the queue stops");
	is_int(q.ios[2].result, 4096, "the result is kept on the tag");
}

static void zc_setup(uint64_t flags)
{
	setup(flags);
	q.zc = ublk_zc_mode(flags);
	q.zc_fallback = q.zc == UBLK_ZC_AUTO &&
			(flags & UBLK_F_SUPPORT_ZERO_COPY);
	thr.ring.nr_bufs = DEPTH;
}

static void test_zero_copy(void)
{
	const uint64_t fb = (uint64_t)UBLK_AUTO_BUF_REG_FALLBACK << 16;
	struct ublksrv_io_cmd cmd;
	const struct ur_sqe *sqe;
	struct ur_cqe c;

	zc_setup(UBLK_F_AUTO_BUF_REG | UBLK_F_SUPPORT_ZERO_COPY);
	is_int(ublk_io_cmd_fetch_all(&q), 0, "zc: FETCH_REQ for every tag");
	sqe = consume(&cmd);
	is_int(cmd.addr, 0, "zc: the command carries no buffer address");
	is_int(sqe->addr, fb | 0, "tag 0: slot 0 + FALLBACK in sqe->addr");
	sqe = consume(&cmd);
	is_int(sqe->addr, fb | 1, "tag 1: slot 1");
	consume(&cmd);
	consume(&cmd);

	set_desc(1, UBLK_IO_OP_READ, 8, 8);
	c = cqe_for(1, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 1, "registered by the kernel: straight to the target");
	is_int(pending(), 1, "one SQE: the commit");
	sqe = consume(&cmd);
	is_int(sqe->cmd_op, UBLK_U_IO_COMMIT_AND_FETCH_REQ, "COMMIT_AND_FETCH_REQ");
	ok(cmd.addr == 0 && sqe->addr == (fb | 1),
	   "the commit names the slot for the next request");

	/* the kernel's registration failed: FALLBACK delivered it flagged */
	set_desc(2, UBLK_IO_OP_WRITE | UBLK_IO_F_NEED_REG_BUF, 16, 8);
	complete_with = 1;
	c = cqe_for(2, UBLK_IO_COMMIT_AND_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 1, "NEED_REG_BUF: not for the target yet");
	is_int(pending(), 1, "one SQE: the registration");
	sqe = consume(&cmd);
	is_int(sqe->cmd_op, UBLK_U_IO_REGISTER_IO_BUF, "REGISTER_IO_BUF");
	ok(cmd.tag == 2 && cmd.q_id == 0 && cmd.addr == 2,
	   "for tag 2 into its slot 2");
	is_int(q.zc_inflight, 1, "counted in flight");
	ok(!ublk_queue_done(&q), "an unanswered registration holds the queue");
	c = cqe_for(2, UBLKD_IO_REG_BUF, 0);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 2, "registered: now the target serves it");
	is_int(pending(), 2, "then two SQEs");
	sqe = consume(&cmd);
	ok(sqe->cmd_op == UBLK_U_IO_UNREGISTER_IO_BUF && cmd.addr == 2,
	   "first the slot given back (UNREGISTER_IO_BUF)");
	sqe = consume(&cmd);
	ok(sqe->cmd_op == UBLK_U_IO_COMMIT_AND_FETCH_REQ && cmd.result == 4096,
	   "then the commit with the bytes done");
	ok(!q.ios[2].registered, "nothing left registered by hand");
	c = cqe_for(2, UBLKD_IO_UNREG_BUF, 0);
	ublk_io_cmd_cqe(&q, &c);
	is_int(q.zc_inflight, 0, "the unregistration's CQE is counted off");
	ok(!q.err && !q.stopping && q.cmd_inflight == DEPTH,
	   "registration CQEs are not counted as held commands (DEPTH held)");

	/* a registration by hand that fails: that request only, -EIO */
	set_desc(3, UBLK_IO_OP_READ | UBLK_IO_F_NEED_REG_BUF, 0, 8);
	c = cqe_for(3, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	consume(&cmd);
	c = cqe_for(3, UBLKD_IO_REG_BUF, -ENOMEM);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 2, "failed registration: the target never sees it");
	sqe = consume(&cmd);
	ok(sqe->cmd_op == UBLK_U_IO_COMMIT_AND_FETCH_REQ && cmd.result == -EIO,
	   "committed with -EIO, no unregistration");
	ok(!q.err && !q.stopping, "the queue carries on");

	/* no data, no registration, whatever the flags say */
	set_desc(0, UBLK_IO_OP_FLUSH | UBLK_IO_F_NEED_REG_BUF, 0, 0);
	c = cqe_for(0, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 3, "a FLUSH goes straight to the target");
	consume(&cmd);

	/* manual zero copy (SUPPORT_ZERO_COPY only): every data request */
	zc_setup(UBLK_F_SUPPORT_ZERO_COPY);
	is_int(ublk_io_cmd_fetch_all(&q), 0, "manual zc: FETCH_REQ");
	sqe = consume(&cmd);
	ok(cmd.addr == 0 && sqe->addr == 0, "manual zc: addr 0 everywhere");
	consume(&cmd);
	consume(&cmd);
	consume(&cmd);
	set_desc(1, UBLK_IO_OP_READ, 8, 8);
	c = cqe_for(1, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	sqe = consume(&cmd);
	ok(nr_queue_io == 0 && sqe->cmd_op == UBLK_U_IO_REGISTER_IO_BUF,
	   "manual zc: a READ is registered first");

	/* the test fault: every 2nd command names a slot past the table */
	zc_setup(UBLK_F_AUTO_BUF_REG);
	dev.fault_reg_every = 2;
	is_int(ublk_io_cmd_fetch_all(&q), 0, "fault: FETCH_REQ");
	sqe = consume(&cmd);
	is_int(sqe->addr, 0, "no FALLBACK without SUPPORT_ZERO_COPY, slot 0");
	sqe = consume(&cmd);
	is_int(sqe->addr, DEPTH, "the 2nd command: slot DEPTH, past the table");
}

/*
 * --shmem_zc: a request the kernel matched to the shared buffer has its
 * data there (index and offset in iod->addr), counted; any other is in
 * the tag's buffer; an index or range that is not our buffer's is EIO;
 * while REG_BUF is in flight any index is the one buffer; a READ's
 * data completed from elsewhere lands in the shared buffer.
 */
static void test_shmem(void)
{
	static char shm[4 * 4096];
	static const char src[4096] = "read data";
	struct ublksrv_io_cmd cmd;
	struct ur_cqe c;

	setup(UBLK_F_SHMEM_ZC);
	dev.shm.base = shm;
	dev.shm.len = sizeof(shm);
	dev.shm.index = 3;

	set_desc(1, UBLK_IO_OP_WRITE, 0, 8);
	descs[1].op_flags |= UBLK_IO_F_SHMEM_ZC;
	descs[1].addr = ublk_shmem_zc_addr(3, 8192);
	c = cqe_for(1, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	ok(last_data == shm + 8192, "shmem: the data is in the shared buffer");
	is_int(q.st->nr_shm, 1, "counted as served in place");
	consume(&cmd);
	is_int(cmd.result, 4096, "committed");
	is_int(cmd.addr, (uint64_t)(uintptr_t)bufs[1],
	       "with the tag's buffer for the next request");

	set_desc(1, UBLK_IO_OP_WRITE, 0, 8);
	c = cqe_for(1, UBLK_IO_COMMIT_AND_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	ok(last_data == bufs[1], "unmatched: the tag's buffer");
	is_int(q.st->nr_shm, 1, "not counted");
	consume(&cmd);

	set_desc(2, UBLK_IO_OP_READ, 0, 8);
	descs[2].op_flags |= UBLK_IO_F_SHMEM_ZC;
	descs[2].addr = ublk_shmem_zc_addr(5, 0);
	c = cqe_for(2, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 2, "another buffer's index: not for the target");
	consume(&cmd);
	is_int(cmd.result, -EIO, "committed with -EIO");

	set_desc(2, UBLK_IO_OP_READ, 0, 8);
	descs[2].op_flags |= UBLK_IO_F_SHMEM_ZC;
	descs[2].addr = ublk_shmem_zc_addr(3, 3 * 4096 + 512);
	c = cqe_for(2, UBLK_IO_COMMIT_AND_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	is_int(nr_queue_io, 2, "past the buffer's end: not for the target");
	consume(&cmd);
	is_int(cmd.result, -EIO, "committed with -EIO");
	ok(!q.stopping && !q.err, "the queue carries on");

	dev.shm.index = -1;
	complete_from = src;
	set_desc(3, UBLK_IO_OP_READ, 0, 8);
	descs[3].op_flags |= UBLK_IO_F_SHMEM_ZC;
	descs[3].addr = ublk_shmem_zc_addr(7, 4096);
	c = cqe_for(3, UBLK_IO_FETCH_REQ, UBLK_IO_RES_OK);
	ublk_io_cmd_cqe(&q, &c);
	ok(last_data == shm + 4096,
	   "REG_BUF in flight: the index is taken for the one buffer");
	ok(!memcmp(shm + 4096, src, sizeof(src)),
	   "a READ completed from elsewhere lands in the shared buffer");
	ok(memcmp(bufs[3], src, 9), "not in the tag's buffer");
	consume(&cmd);
	is_int(cmd.result, 4096, "committed");
}

int main(void)
{
	test_fetch_and_commit();
	test_need_get_data();
	test_errors();
	test_no_sqe_for_commit();
	test_zero_copy();
	test_shmem();
	return done_testing();
}
