// SPDX-License-Identifier: MIT
/*
 * An engine thread: one ring, the queues it serves on it. It sets its
 * queues up, primes every tag with a FETCH_REQ, then loops: hand the
 * prepared commits and target SQEs to the kernel in one io_uring_enter,
 * wait for work (asleep, or polling in poll mode), dispatch the CQEs.
 * By default each thread serves one queue; with per-I/O daemons (map.c)
 * every thread serves its share of the tags of every queue.
 */
#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "engine/cpu.h"
#include "engine/engine.h"
#include "ublkd/debug.h"

#ifndef PR_SET_IO_FLUSHER
#define PR_SET_IO_FLUSHER 57
#endif

#define CQE_BATCH	64

/* Arm a poll on the device's stop eventfd: the way out of a blocked wait. */
static int arm_stop_poll(struct ublk_thread *t)
{
	struct ur_sqe *sqe = ur_get_sqe(&t->ring);

	if (!sqe)
		return -EBUSY;
	ur_prep_rw(sqe, IORING_OP_POLL_ADD, t->dev->stop_efd, NULL, 0, 0);
	sqe->op_flags = POLLIN;
	ur_sqe_set_data64(sqe, ublk_user_data(0, UBLKD_OP_STOP, 0, false));
	return 0;
}

/* The queue a CQE belongs to, or NULL (message printed). */
static struct ublk_queue *cqe_queue(struct ublk_thread *t,
				    const struct ur_cqe *cqe)
{
	unsigned int q_id = ublk_ud_qid(cqe->user_data), i;

	for (i = 0; i < t->nr_queues; i++)
		if (t->queues[i]->q_id == q_id)
			return t->queues[i];
	fprintf(stderr, "ublkd: thread %u: CQE for queue %u it does not serve (res %d)\n",
		t->idx, q_id, cqe->res);
	return NULL;
}

/*
 * The stop eventfd fired (@told: the main thread asked), or the grace
 * timer ran out after the kernel's ABORT (not told: the main thread must
 * still hear that the kernel stopped us, or a quiesced daemon would wait
 * for a signal nobody sends).
 */
static void thread_stop(struct ublk_thread *t, bool told)
{
	unsigned int i;

	for (i = 0; i < t->nr_queues; i++) {
		t->queues[i]->stopping = true;
		t->queues[i]->stop_seen = true;
		t->queues[i]->stop_told |= told;
	}
}

/*
 * A command the kernel keeps (a STOP_DEV from another process that skips
 * a tag) must not hold the thread forever: 2 s after the first ABORT, the
 * thread stops as if told to. No SQE free: stop at once.
 */
void ublk_thread_arm_grace(struct ublk_thread *t)
{
	struct ur_sqe *sqe;

	if (t->grace_armed)
		return;
	sqe = ur_get_sqe(&t->ring);
	if (!sqe) {
		thread_stop(t, false);
		return;
	}
	t->grace_armed = true;
	t->grace.tv_sec = 2;
	t->grace.tv_nsec = 0;
	ur_prep_rw(sqe, IORING_OP_TIMEOUT, -1, &t->grace, 1, 0);
	ur_sqe_set_data64(sqe, ublk_user_data(0, UBLKD_OP_STOP, 0, false));
}

static void handle_cqe(struct ublk_thread *t, const struct ur_cqe *cqe)
{
	struct ublk_queue *q;

	if (!ublk_ud_is_tgt(cqe->user_data) &&
	    ublk_ud_op(cqe->user_data) == UBLKD_OP_STOP) {
		/* the grace TIMEOUT ends -ETIME, the eventfd's poll > 0 */
		bool grace = t->grace_armed && cqe->res == -ETIME;

		if (grace)
			fprintf(stderr, "ublkd: thread %u: commands still held 2 s after the kernel's abort: leaving without them\n",
				t->idx);
		thread_stop(t, !grace);
		return;
	}
	q = cqe_queue(t, cqe);
	if (!q) {
		t->err = -EPROTO;
		thread_stop(t, false);
		return;
	}
	ublk_queue_handle_cqe(q, cqe);
}

static bool thread_done(const struct ublk_thread *t)
{
	unsigned int i;

	for (i = 0; i < t->nr_queues; i++)
		if (!ublk_queue_done(t->queues[i]))
			return false;
	return true;
}

/* The test-only switch UBLKD_TEST_QUEUE_EXIT_AFTER (see dev.c). */
static bool fault_due(const struct ublk_thread *t)
{
	uint64_t after = t->dev->fault_exit_after;
	unsigned int i;

	if (!after)
		return false;
	for (i = 0; i < t->nr_queues; i++)
		if (t->queues[i]->q_id == 0 &&
		    ublk_stats_requests(t->queues[i]->st) >= after)
			return true;
	return false;
}

/* Anything for us: CQEs in the ring, or completions the kernel holds. */
static inline bool thread_has_work(const struct ublk_thread *t)
{
	return ur_cq_ready(&t->ring) || ur_cq_needs_enter(&t->ring);
}

/*
 * Poll mode: watch the ring (memory loads, no syscall) for up to
 * poll_ns. A new request shows as IORING_SQ_TASKRUN (the kernel queued
 * task work for us): while we poll, the submitter only queues it, it
 * does not have to wake us.
 */
static bool thread_poll(const struct ublk_thread *t)
{
	int64_t end = 0, now;
	unsigned int i;

	for (i = 0;; i++) {
		if (thread_has_work(t))
			return true;
		if (!(i & 31)) {
			now = ur_now_ns();
			if (!end)
				end = now + t->poll_ns;
			else if (now >= end)
				return false;
		}
		cpu_relax();
	}
}

/*
 * Hand the prepared commits to the kernel, then wait for work: at once
 * if there is some, else by polling (poll mode), else asleep.
 */
static int thread_wait(struct ublk_thread *t)
{
	/* a thread's trips are counted in its first queue's block */
	struct ublkd_stats_queue *s = t->queues[0]->st;
	int ret;

	UBLK_STAT_ADD(s->nr_waits, 1);
	if (!t->poll_ns) {
		if (!thread_has_work(t))
			UBLK_STAT_ADD(s->nr_sleeps, 1);
		return ur_submit_and_wait(&t->ring, 1);
	}
	ret = ur_submit_and_get(&t->ring);
	if (ret < 0 || thread_poll(t))
		return ret;
	UBLK_STAT_ADD(s->nr_sleeps, 1);
	return ur_submit_and_wait(&t->ring, 1);
}

/* The first fatal error of the thread's queues, or 0. */
static int queues_err(struct ublk_thread *t)
{
	unsigned int i;

	for (i = 0; i < t->nr_queues; i++) {
		struct ublk_queue *q = t->queues[i];

		if (q->err && !q->stopping)
			q->stopping = true;
		if (q->err && !t->err)
			t->err = q->err;
	}
	return t->err;
}

/*
 * A pass over the CQEs: one clock read (vDSO, no syscall) stamps every
 * request that arrives or completes in it, and each queue's stats block
 * is one write section (stats_abi.h).
 */
static void pass_begin(struct ublk_thread *t)
{
	uint64_t now = (uint64_t)ur_now_ns() / 1000;
	unsigned int i;

	for (i = 0; i < t->nr_queues; i++) {
		t->queues[i]->now_us = now;
		ublk_stats_begin(t->queues[i]->st);
	}
}

static void pass_end(struct ublk_thread *t)
{
	unsigned int i;

	for (i = 0; i < t->nr_queues; i++)
		ublk_stats_end(t->queues[i]->st);
}

static int thread_loop(struct ublk_thread *t)
{
	struct ur_cqe cqes[CQE_BATCH];
	unsigned int i, n;
	int ret;

	while (!thread_done(t)) {
		if (fault_due(t)) {
			/* Hand back every result first: nothing held. */
			for (i = 0; i < t->nr_queues; i++)
				ublk_batch_flush(t->queues[i]);
			ur_submit(&t->ring);
			fprintf(stderr, "ublkd: q%u: injected fault: queue thread exits\n",
				0u);
			return -ECANCELED;
		}
		/* batched: this pass's results, one COMMIT_IO_CMDS per queue */
		for (i = 0; i < t->nr_queues; i++)
			ublk_batch_flush(t->queues[i]);
		ret = thread_wait(t);
		if (ret < 0 && ret != -EBUSY && ret != -EAGAIN) {
			fprintf(stderr, "ublkd: q%u: io_uring_enter: %s\n",
				t->queues[0]->q_id, strerror(-ret));
			return ret;
		}
		pass_begin(t);
		do {
			n = ur_peek_cqes(&t->ring, cqes, CQE_BATCH);
			ublk_dbg(UBLK_DBG_THREAD, "thread %u: %u CQEs", t->idx, n);
			for (i = 0; i < n; i++)
				handle_cqe(t, &cqes[i]);
		} while (n == CQE_BATCH);
		pass_end(t);
		queues_err(t);
	}
	/* Commits prepared after the stop would only be cancelled. */
	return queues_err(t);
}

/*
 * How the ring runs its task work: DEFER_TASKRUN (the default: only when
 * the thread waits for completions), or UBLKD_RING_TASKRUN=coop
 * (COOP_TASKRUN: at any entry to the kernel) or =none, for comparing them
 * in a benchmark.
 */
static unsigned int taskrun_flags(void)
{
	const char *e = getenv("UBLKD_RING_TASKRUN");

	if (!e || !*e || !strcmp(e, "defer"))
		return UR_OPT_TASKRUN;
	if (!strcmp(e, "coop"))
		return UR_OPT_TASKRUN_COOP;
	if (strcmp(e, "none"))
		fprintf(stderr, "ublkd: UBLKD_RING_TASKRUN=%s is none of defer, coop, none: none\n",
			e);
	return 0;
}

/* SQ: one command per tag plus target I/O; CQ twice that. */
static int ring_setup(struct ublk_thread *t)
{
	struct ublk_dev *dev = t->dev;
	unsigned int flags = taskrun_flags(), depth = 0, i;
	int fds[1 + UBLKD_MAX_TGT_FDS];
	int ret;

	for (i = 0; i < t->nr_queues; i++)
		depth += t->queues[i]->nr_tags;
	if (dev->opts.sqe128)
		flags |= IORING_SETUP_SQE128;
	ret = ur_init(&t->ring, depth * 2, depth * 4,
		      flags | IORING_SETUP_CQSIZE);
	if (ret) {
		fprintf(stderr, "ublkd: q%u: io_uring setup: %s\n",
			t->queues[0]->q_id, strerror(-ret));
		return ret;
	}
	fds[UBLK_FIXED_CDEV] = dev->cdev_fd;
	for (i = 0; i < (unsigned int)dev->nr_tgt_fds; i++)
		fds[1 + i] = dev->tgt_fds[i];
	ret = ur_register_files(&t->ring, fds, 1 + dev->nr_tgt_fds);
	if (ret) {
		fprintf(stderr, "ublkd: q%u: register files: %s\n",
			t->queues[0]->q_id, strerror(-ret));
		return ret;
	}
	ret = ublk_zc_ring_setup(t);
	if (ret)
		return ret;
	ur_register_ring_fd(&t->ring);
	return 0;
}

/*
 * Where a queue's thread runs: on one CPU of its queue's set (the
 * q_id-th, modulo) where the target asks for it (ops->queue_one_cpu),
 * else on the whole set; UBLKD_QUEUE_CPU=one|set overrides.
 */
static bool queue_one_cpu(const struct ublk_dev *dev)
{
	const char *e = getenv("UBLKD_QUEUE_CPU");

	if (!e || !*e)
		return dev->ops->queue_one_cpu;
	if (!strcmp(e, "one"))
		return true;
	if (!strcmp(e, "set"))
		return false;
	fprintf(stderr, "ublkd: UBLKD_QUEUE_CPU=%s is neither one nor set: the target's default (%s)\n",
		e, dev->ops->queue_one_cpu ? "one" : "set");
	return dev->ops->queue_one_cpu;
}

static void thread_pin(const struct ublk_queue *q)
{
	int k = (int)(q->q_id % (unsigned int)CPU_COUNT(&q->affinity));
	cpu_set_t one;
	int cpu;

	if (!queue_one_cpu(q->dev)) {
		sched_setaffinity(0, sizeof(q->affinity), &q->affinity);
		return;
	}
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
		if (!CPU_ISSET(cpu, &q->affinity) || k--)
			continue;
		CPU_ZERO(&one);
		CPU_SET(cpu, &one);
		sched_setaffinity(0, sizeof(one), &one);
		return;
	}
}

static int thread_setup(struct ublk_thread *t)
{
	const struct ublk_tgt_ops *ops = t->dev->ops;
	unsigned int i;
	int ret;

	t->tid = (pid_t)syscall(SYS_gettid);
	/*
	 * One queue per thread: the thread runs where its queue's CPUs are.
	 * Per-I/O daemons serve every queue: not pinned (as the selftest).
	 */
	if (!t->dev->opts.per_io_tasks && CPU_COUNT(&t->queues[0]->affinity))
		thread_pin(t->queues[0]);
	/* We serve the writeback that frees memory: avoid reclaim deadlock. */
	prctl(PR_SET_IO_FLUSHER, 1, 0, 0, 0);

	for (i = 0; i < t->nr_queues; i++) {
		ret = ublk_queue_setup(t->queues[i]);
		if (ret)
			return ret;
	}
	ret = ring_setup(t);
	if (ret)
		return ret;
	for (i = 0; ops->queue_init && i < t->nr_queues; i++) {
		ret = ops->queue_init(t->queues[i]);
		if (ret)
			return ret;
	}
	/*
	 * Batched: PREP_IO_CMDS first, waited for, while nothing else is in
	 * flight; its fetches go out with the rest below.
	 */
	if (t->dev->fault_no_fetch) {
		/* test fault: only the stop poll, no FETCH_REQ ever */
		ret = arm_stop_poll(t);
		if (!ret)
			ret = ur_submit(&t->ring);
		return ret < 0 ? ret : 0;
	}
	for (i = 0; t->dev->info.flags & UBLK_F_BATCH_IO &&
	     i < t->nr_queues; i++) {
		ret = ublk_batch_start(t->queues[i], 2 * i);
		if (ret)
			return ret;
	}
	ret = arm_stop_poll(t);
	for (i = 0; !ret && !(t->dev->info.flags & UBLK_F_BATCH_IO) &&
	     i < t->nr_queues; i++)
		ret = ublk_io_cmd_fetch_all(t->queues[i]);
	if (ret)
		return ret;
	/* Every FETCH_REQ in one submission. */
	ret = ur_submit(&t->ring);
	return ret < 0 ? ret : 0;
}

static void thread_teardown(struct ublk_thread *t)
{
	const struct ublk_tgt_ops *ops = t->dev->ops;
	unsigned int i;

	for (i = 0; ops->queue_deinit && i < t->nr_queues; i++)
		ops->queue_deinit(t->queues[i]);
	ur_exit(&t->ring);
	for (i = 0; i < t->nr_queues; i++)
		ublk_queue_teardown(t->queues[i]);
}

void *ublk_thread_main(void *arg)
{
	struct ublk_thread *t = arg;
	int ret;

	ret = thread_setup(t);
	ublk_dev_thread_ready(t->dev, ret);
	if (ret) {
		t->err = ret;
		thread_teardown(t);
		return NULL;
	}
	ublk_dbg(UBLK_DBG_THREAD, "thread %u (tid %d): %u queue(s) primed",
		 t->idx, (int)t->tid, t->nr_queues);
	ret = thread_loop(t);
	ublk_dbg(UBLK_DBG_THREAD, "thread %u: left its loop: %d", t->idx, ret);
	t->err = ret;
	/*
	 * A thread that failed while serving leaves its ring as it is: the
	 * daemon then exits as a whole, and the kernel cancels every queue
	 * at once, as for a crash (closing one ring alone while the others
	 * serve can leave requests stranded in the 6.12 driver).
	 */
	if (!ret)
		thread_teardown(t);
	ublk_dev_thread_exited(t->dev, t);
	return NULL;
}
