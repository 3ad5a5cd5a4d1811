// SPDX-License-Identifier: MIT
/*
 * CQ overflow with IORING_FEAT_NODROP: submit 4x more NOPs than the CQ
 * holds without reaping; the kernel keeps the rest and sets
 * IORING_SQ_CQ_OVERFLOW. Peeking (and waiting) flushes them: every
 * user_data comes back exactly once, nothing is dropped.
 */
#include <stdint.h>
#include <string.h>
#include "tap.h"
#include "ublkd/ring.h"

#define SQ	8
#define CQ	16
#define TOTAL	(4 * CQ)

static int submit_nops(struct ur_ring *r, uint64_t base, unsigned int total)
{
	unsigned int i, j;

	for (i = 0; i < total; i += SQ) {
		for (j = 0; j < SQ; j++) {
			struct ur_sqe *sqe = ur_get_sqe(r);

			if (!sqe)
				return -1;
			ur_prep_nop(sqe);
			ur_sqe_set_data64(sqe, base + i + j);
		}
		if (ur_submit(r) != SQ)
			return -1;
	}
	return 0;
}

static void run(unsigned int flags, int use_wait)
{
	struct ur_ring r;
	struct ur_cqe cqes[TOTAL];
	unsigned char seen[TOTAL] = { 0 };
	unsigned int total = 0, calls = 0, dup = 0, i;
	const char *how = use_wait ? "wait" : "peek";

	if (!is_int(ur_init(&r, SQ, CQ, flags | IORING_SETUP_CQSIZE), 0,
		    "%s flags %#x: ur_init", how, flags))
		return;
	ok(r.features & IORING_FEAT_NODROP, "%s: kernel has FEAT_NODROP", how);
	is_int(submit_nops(&r, 1000, TOTAL), 0, "%s: %d NOPs submitted, none reaped",
	       how, TOTAL);
	/* DEFER_TASKRUN NOPs complete inline, so the CQ is full already */
	is_int(ur_cq_ready(&r), CQ, "%s: CQ ring full (%d ready)", how, CQ);
	ok(ur_cq_needs_enter(&r) & IORING_SQ_CQ_OVERFLOW,
	   "%s: IORING_SQ_CQ_OVERFLOW is set", how);
	while (total < TOTAL && calls < 100) {
		int n;

		if (use_wait)
			n = ur_wait_cqes(&r, cqes, TOTAL, 1, 1000);
		else
			n = (int)ur_peek_cqes(&r, cqes, TOTAL);
		calls++;
		if (n <= 0)
			break;
		for (i = 0; i < (unsigned int)n; i++) {
			uint64_t id = cqes[i].user_data - 1000;

			if (id >= TOTAL || seen[id] || cqes[i].res)
				dup++;
			else
				seen[id] = 1;
		}
		total += n;
	}
	is_int(total, TOTAL, "%s: all %d CQEs reaped (%u calls)", how, TOTAL,
	       calls);
	is_int(dup, 0, "%s: each user_data once, res 0", how);
	ok(calls > 1 && calls < 10, "%s: took %u calls (flush per call)", how,
	   calls);
	is_int(ur_cq_needs_enter(&r) & IORING_SQ_CQ_OVERFLOW, 0,
	       "%s: overflow flag cleared", how);
	is_int(*r.cq_koverflow, 0, "%s: kernel dropped nothing", how);
	is_int(ur_cq_ready(&r), 0, "%s: CQ empty at the end", how);
	ur_exit(&r);
}

int main(void)
{
	run(0, 0);
	run(0, 1);
	run(IORING_SETUP_SQE128 | IORING_SETUP_CQE32, 0);
	run(UR_OPT_TASKRUN, 1);
	return done_testing();
}
