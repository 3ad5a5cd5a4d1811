// SPDX-License-Identifier: MIT
/*
 * Short submit: an SQE the kernel refuses at submit time (unknown opcode)
 * in the middle of a batch. ur_submit() returns how many the kernel
 * consumed (the bad one included: it gets an error CQE), the rest stay
 * in the SQ (ur_sq_unsubmitted()) and go with the next ur_submit().
 * Every SQE ends up with exactly one CQE.
 */
#include <stdint.h>
#include "tap.h"
#include "ublkd/ring.h"

int main(void)
{
	struct ur_ring r;
	struct ur_cqe cqes[8];
	unsigned int i, bad_seen = 0, sum = 0;
	int n;

	is_int(ur_init(&r, 8, 0, 0), 0, "ur_init");
	for (i = 0; i < 5; i++) {
		struct ur_sqe *sqe = ur_get_sqe(&r);

		ur_prep_nop(sqe);
		if (i == 1)
			sqe->opcode = 0xfe;	/* no such opcode */
		ur_sqe_set_data64(sqe, i + 1);
	}
	is_int(ur_submit(&r), 2, "first submit stops after the bad SQE");
	is_int(ur_sq_pending(&r), 0, "all 5 published");
	is_int(ur_sq_unsubmitted(&r), 3, "3 left in the SQ");
	is_int(ur_sq_space_left(&r), 5, "their slots stay taken");
	is_int(ur_cq_ready(&r), 2, "2 CQEs so far");
	is_int(ur_submit(&r), 3, "next submit sends the other 3");
	is_int(ur_sq_unsubmitted(&r), 0, "SQ empty");
	n = ur_wait_cqes(&r, cqes, 8, 5, 1000);
	is_int(n, 5, "5 CQEs in all");
	for (i = 0; i < (unsigned int)n; i++) {
		sum += cqes[i].user_data;
		if (cqes[i].user_data == 2) {
			bad_seen++;
			is_int(cqes[i].res, -EINVAL, "bad opcode: -EINVAL");
		} else if (cqes[i].res != 0) {
			bad_seen += 10;
		}
	}
	is_int(bad_seen, 1, "one error CQE, the others res 0");
	is_int(sum, 15, "user_data 1..5 all back");
	ur_exit(&r);
	return done_testing();
}
