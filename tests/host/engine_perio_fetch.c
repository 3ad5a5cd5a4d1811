// SPDX-License-Identifier: MIT
/*
 * A thread's share of a queue (per-I/O daemons, src/engine/map.c) on the
 * fake ring: FETCH_REQ goes out for exactly the share's tags (as map.c
 * hands them out), in order, and with automatic zero copy each command
 * names the tag's slot in this thread's own fixed-buffer table (the
 * share's base + tag); the whole queue (the default) fetches every tag.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "tap.h"

#define DEPTH	16
#define SQ	32
#include "fake_queue.h"

static int t_queue_io(struct ublk_queue *qq, unsigned int tag,
		      const struct ublksrv_io_desc *iod)
{
	(void)qq; (void)tag; (void)iod;
	return 0;
}

static const struct ublk_tgt_ops t_ops = {
	.name = "test",
	.queue_io = t_queue_io,
};

/* thread @t of @nt serving queue @q_id: fetch, check the tags sent */
static void share(unsigned int t, unsigned int nt, unsigned int q_id,
		  uint64_t flags, unsigned int base)
{
	struct ublk_tag_share s;
	struct ublksrv_io_cmd cmd;
	const struct ur_sqe *sqe;
	unsigned int tag, n = 0, bad = 0;

	fake_queue_setup(&t_ops, flags, 1 << 20);
	ublk_map_share(t, q_id, DEPTH, nt, true, &s);
	q.q_id = q_id;
	q.tag_first = s.first;
	q.tag_step = s.step;
	q.nr_tags = s.nr;
	q.zc = ublk_zc_mode(flags);
	q.buf_base = base;
	for (tag = 0; tag < DEPTH; tag++)
		q.ios[tag].buf = bufs[tag];
	thr.ring.nr_bufs = base + DEPTH;
	is_int(ublk_io_cmd_fetch_all(&q), 0,
	       "thread %u of %u, queue %u: FETCH_REQ prepared", t, nt, q_id);
	is_int(pending(), s.nr, "one FETCH_REQ per tag of the share (%u)", s.nr);
	for (tag = 0; tag < DEPTH; tag++) {
		if (ublk_map_thread(q_id, tag, DEPTH, nt, true) != t)
			continue;
		sqe = consume_cmd(&cmd, sizeof(cmd));
		bad += cmd.tag != tag || cmd.q_id != q_id;
		if (q.zc == UBLK_ZC_AUTO)
			bad += (sqe->addr & 0xffff) != base + tag;
		else
			bad += cmd.addr != (uint64_t)(uintptr_t)bufs[tag];
		n++;
	}
	ok(!bad && n == s.nr && q.cmd_inflight == s.nr,
	   "the tags thread %u serves, in order%s (%u of %u tags)", t,
	   q.zc == UBLK_ZC_AUTO ? ", each with its slot in this ring's table" :
	   ", each with its tag's buffer",
	   n, DEPTH);
}

int main(void)
{
	share(0, 2, 0, 0, 0);
	share(1, 2, 0, 0, 0);
	share(2, 3, 1, 0, 0);
	/* the thread's second share: its slots after the first's DEPTH */
	share(1, 3, 1, UBLK_F_AUTO_BUF_REG, DEPTH);
	share(0, 5, 0, UBLK_F_AUTO_BUF_REG, 0);

	/* the default: the whole queue */
	fake_queue_setup(&t_ops, 0, 1 << 20);
	q.tag_step = 1;
	q.nr_tags = DEPTH;
	is_int(ublk_io_cmd_fetch_all(&q), 0, "whole queue: FETCH_REQ prepared");
	is_int(pending(), DEPTH, "whole queue: every tag fetched");
	return done_testing();
}
