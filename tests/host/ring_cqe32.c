// SPDX-License-Identifier: MIT
/*
 * CQE32: the 16 extra bytes read back. IORING_OP_NOP with
 * IORING_NOP_CQE32 (6.18) posts sqe->off and sqe->addr as big_cqe[0..1];
 * a plain NOP in CQE32 mode has big_cqe zero, and in 16-byte mode the
 * peek leaves big_cqe zero even over a dirty caller buffer.
 */
#include <stdint.h>
#include <string.h>
#include "tap.h"
#include "ublkd/ring.h"

#ifndef IORING_NOP_CQE32
#define IORING_NOP_CQE32	(1U << 5)
#endif

static void nop(struct ur_ring *r, uint64_t ud, unsigned int nop_flags)
{
	struct ur_sqe *sqe = ur_get_sqe(r);

	ur_prep_nop(sqe);
	sqe->nop_flags = nop_flags;
	sqe->off = 0x1122334455667788ull + ud;
	sqe->addr = 0x99aabbccddeeff00ull + ud;
	ur_sqe_set_data64(sqe, ud);
}

int main(void)
{
	struct ur_ring r;
	struct ur_cqe cqes[4];
	int ret;

	is_int(ur_init(&r, 4, 0, IORING_SETUP_SQE128 | IORING_SETUP_CQE32), 0,
	       "SQE128|CQE32 ring");
	is_int(r.cqe_shift, 1, "cqe_shift 1");
	nop(&r, 1, IORING_NOP_CQE32);
	nop(&r, 2, 0);
	memset(cqes, 0xee, sizeof(cqes));
	ret = ur_wait_cqes(&r, cqes, 4, 2, 1000);
	is_int(ret, 2, "two CQEs");
	if (cqes[0].user_data == 1 && cqes[0].res == -EINVAL) {
		skip(2, "kernel lacks IORING_NOP_CQE32 (6.18+)");
	} else {
		is_int(cqes[0].big_cqe[0], 0x1122334455667789ull,
		       "NOP_CQE32: big_cqe[0] is sqe->off");
		is_int(cqes[0].big_cqe[1], 0x99aabbccddeeff01ull,
		       "NOP_CQE32: big_cqe[1] is sqe->addr");
	}
	is_int(cqes[0].user_data, 1, "first user_data");
	is_int(cqes[1].user_data, 2, "second user_data");
	ok(cqes[1].big_cqe[0] == 0 && cqes[1].big_cqe[1] == 0,
	   "plain NOP: big_cqe zero in CQE32 mode");
	ur_exit(&r);

	is_int(ur_init(&r, 4, 0, IORING_SETUP_SQE128), 0, "16-byte CQE ring");
	nop(&r, 3, IORING_NOP_CQE32);
	nop(&r, 4, 0);
	memset(cqes, 0xee, sizeof(cqes));
	ret = ur_wait_cqes(&r, cqes, 4, 2, 1000);
	is_int(ret, 2, "two CQEs");
	is_int(cqes[0].res, -EINVAL, "NOP_CQE32 needs a CQE32 ring: -EINVAL");
	ok(!cqes[0].big_cqe[0] && !cqes[0].big_cqe[1] && !cqes[1].big_cqe[0] &&
	   !cqes[1].big_cqe[1], "16-byte mode: big_cqe zeroed in the copies");
	ok(cqes[2].user_data == 0xeeeeeeeeeeeeeeeeull,
	   "nothing written past the count");
	ur_exit(&r);
	return done_testing();
}
