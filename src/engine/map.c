// SPDX-License-Identifier: MIT
/*
 * Which engine thread serves which (queue, tag). One thread per queue by
 * default: thread q serves every tag of queue q. With per-I/O daemons
 * (--per_io_tasks, UBLK_F_PER_IO_DAEMON) the kernel selftest's rule: the
 * (queue, tag) pairs in order, queue first (pair i = q * depth + tag),
 * and thread t serves every N-th of them from t on (i % N == t), so every
 * queue is spread over as many of the N threads as it can be.
 */
#include <errno.h>
#include <stdio.h>

#include "engine/engine.h"

int ublk_map_check(unsigned int nr_queues, unsigned int depth,
		   unsigned int nr_threads, bool per_io, char *why, size_t len)
{
	if (!per_io) {
		if (nr_threads && nr_threads != nr_queues) {
			snprintf(why, len, "--nthreads %u: without --per_io_tasks every queue has its own thread, so --nthreads must equal the queue count (-q %u)",
				 nr_threads, nr_queues);
			return -EINVAL;
		}
		return 0;
	}
	if (!nr_threads || nr_threads > UBLKD_MAX_QUEUES) {
		snprintf(why, len, "--per_io_tasks needs --nthreads N, 1..%u",
			 UBLKD_MAX_QUEUES);
		return -EINVAL;
	}
	if ((uint64_t)nr_queues * depth < nr_threads) {
		snprintf(why, len, "--nthreads %u: more threads than the %u I/O slots (-q %u x -d %u): a thread would serve nothing",
			 nr_threads, nr_queues * depth, nr_queues, depth);
		return -EINVAL;
	}
	return 0;
}

void ublk_map_share(unsigned int t, unsigned int q_id, unsigned int depth,
		    unsigned int nr_threads, bool per_io,
		    struct ublk_tag_share *s)
{
	unsigned int base;

	s->first = 0;
	s->step = 1;
	s->nr = 0;
	if (!per_io) {
		if (t == q_id)
			s->nr = depth;
		return;
	}
	/* the first tag of queue q_id with (q_id * depth + tag) % N == t */
	base = (unsigned int)(((uint64_t)q_id * depth) % nr_threads);
	s->first = (t + nr_threads - base) % nr_threads;
	s->step = nr_threads;
	s->nr = s->first < depth ?
		(depth - s->first + nr_threads - 1) / nr_threads : 0;
}

unsigned int ublk_map_thread(unsigned int q_id, unsigned int tag,
			     unsigned int depth, unsigned int nr_threads,
			     bool per_io)
{
	if (!per_io)
		return q_id;
	return (unsigned int)(((uint64_t)q_id * depth + tag) % nr_threads);
}
