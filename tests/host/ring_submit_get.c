// SPDX-License-Identifier: MIT
/*
 * ur_submit_and_get() and the signal poll mode watches. On a
 * DEFER_TASKRUN ring a poll that fires leaves its completion as task work:
 * the CQ ring stays empty, ur_cq_needs_enter() says so (IORING_SQ_TASKRUN,
 * a memory load), and one ur_submit_and_get() posts it without waiting.
 * The same call submits what is pending and returns the count consumed.
 */
#include <poll.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

int main(void)
{
	struct ur_cqe cqe[4];
	struct ur_ring r;
	struct ur_sqe *sqe;
	int p[2];

	if (pipe(p))
		bail_out("pipe");
	is_int(ur_init(&r, 8, 0, IORING_SETUP_SQE128 | UR_OPT_TASKRUN), 0,
	       "ur_init");
	if (!(r.setup_flags & IORING_SETUP_DEFER_TASKRUN))
		skip_all("kernel has no DEFER_TASKRUN");

	sqe = ur_get_sqe(&r);
	ur_prep_nop(sqe);
	ur_sqe_set_data64(sqe, 1);
	is_int(ur_submit_and_get(&r), 1, "NOP submitted: 1 consumed");
	is_int(ur_peek_cqes(&r, cqe, 4), 1, "its CQE is there, no wait");
	is_int(cqe[0].user_data, 1, "user_data 1");

	sqe = ur_get_sqe(&r);
	ur_prep_rw(sqe, IORING_OP_POLL_ADD, p[0], NULL, 0, 0);
	sqe->op_flags = POLLIN;
	ur_sqe_set_data64(sqe, 2);
	is_int(ur_submit(&r), 1, "POLL_ADD on an empty pipe submitted");
	is_int(ur_submit_and_get(&r), 0, "nothing to submit: 0");
	is_int(ur_cq_ready(&r), 0, "poll pending: CQ empty");
	is_int(ur_cq_needs_enter(&r), 0, "and no task work flagged");

	is_int(write(p[1], "x", 1), 1, "pipe written");
	is_int(ur_cq_ready(&r), 0, "completion not in the CQ ring yet");
	ok(ur_cq_needs_enter(&r) & IORING_SQ_TASKRUN,
	   "IORING_SQ_TASKRUN set: work waits in the kernel");
	is_int(ur_submit_and_get(&r), 0, "ur_submit_and_get");
	is_int(ur_cq_ready(&r), 1, "the poll's CQE is posted");
	is_int(ur_cq_needs_enter(&r), 0, "flag cleared");
	is_int(ur_peek_cqes(&r, cqe, 4), 1, "one CQE");
	is_int(cqe[0].user_data, 2, "user_data 2");
	ok(cqe[0].res & POLLIN, "res has POLLIN");
	ur_exit(&r);
	close(p[0]);
	close(p[1]);
	return done_testing();
}
