// SPDX-License-Identifier: MIT
/* NOPs in batches of 1, 8 and 32: every user_data comes back exactly once. */
#include <stdint.h>
#include <string.h>
#include "tap.h"
#include "ublkd/ring.h"

static const unsigned int modes[] = {
	0, IORING_SETUP_SQE128, IORING_SETUP_SQE128 | IORING_SETUP_CQE32,
};

static void one_batch(unsigned int mode, unsigned int batch)
{
	struct ur_ring r;
	struct ur_cqe cqes[64];
	unsigned char seen[32 * 4] = { 0 };
	unsigned int round, i, bad = 0, total = 0;
	int ret;

	ret = ur_init(&r, 32, 0, mode);
	if (!is_int(ret, 0, "mode %#x batch %u: ur_init", mode, batch))
		return;
	for (round = 0; round < 4; round++) {
		for (i = 0; i < batch; i++) {
			struct ur_sqe *sqe = ur_get_sqe(&r);

			if (!sqe)
				break;
			ur_prep_nop(sqe);
			ur_sqe_set_data64(sqe, 0xabc00000ull + round * batch + i);
		}
		if (i != batch)
			bad++;
		if (ur_sq_pending(&r) != batch)
			bad++;
		ret = ur_submit_and_wait(&r, batch);
		if (ret != (int)batch) {
			diag("submit_and_wait returned %d", ret);
			bad++;
		}
		if (ur_sq_pending(&r) != 0 || ur_cq_ready(&r) != batch)
			bad++;
		ret = (int)ur_peek_cqes(&r, cqes, 64);
		for (i = 0; i < (unsigned int)ret; i++) {
			uint64_t id = cqes[i].user_data - 0xabc00000ull;

			if (id >= 4 * batch || seen[id] || cqes[i].res ||
			    cqes[i].flags || cqes[i].big_cqe[0] ||
			    cqes[i].big_cqe[1])
				bad++;
			else
				seen[id] = 1;
		}
		total += ret;
	}
	is_int(total, 4 * batch, "mode %#x batch %u: all %u CQEs back", mode,
	       batch, 4 * batch);
	is_int(bad, 0, "mode %#x batch %u: user_data unique, res 0, counts right",
	       mode, batch);
	ur_exit(&r);
}

static void batch_api(void)
{
	struct ur_ring r;
	struct ur_batch b;
	struct ur_cqe cqes[8];
	unsigned int i;
	uint64_t sum = 0;
	int ret;

	ret = ur_init(&r, 8, 0, IORING_SETUP_SQE128);
	is_int(ret, 0, "batch api: ur_init");
	ur_batch_init(&b, &r);
	for (i = 0; i < 8; i++) {
		struct ur_sqe *sqe = ur_batch_add(&b);

		ur_prep_nop(sqe);
		ur_sqe_set_data64(sqe, i + 1);
	}
	ok(ur_batch_add(&b) == NULL, "batch api: add on a full SQ gives NULL");
	is_int(b.count, 8, "batch api: count is 8");
	is_int(ur_batch_flush(&b), 8, "batch api: flush submits 8");
	is_int(b.count, 0, "batch api: count back to 0");
	ret = ur_wait_cqes(&r, cqes, 8, 8, -1);
	is_int(ret, 8, "batch api: 8 CQEs");
	for (i = 0; i < 8 && ret == 8; i++)
		sum += cqes[i].user_data;
	is_int(sum, 36, "batch api: user_data 1..8 all back");
	ur_exit(&r);
}

/* CQ ring wrap: batches of 3 on an 8-entry CQ straddle its end. */
static void wrap(unsigned int mode)
{
	struct ur_ring r;
	struct ur_cqe cqes[3];
	unsigned int round, i, in_order = 0, total = 0;
	uint64_t next = 1;

	if (!is_int(ur_init(&r, 4, 0, mode), 0, "wrap mode %#x: ur_init", mode))
		return;
	is_int(r.cq_entries, 8, "wrap mode %#x: 8 CQ entries", mode);
	for (round = 0; round < 20; round++) {
		for (i = 0; i < 3; i++) {
			struct ur_sqe *sqe = ur_get_sqe(&r);

			ur_prep_nop(sqe);
			ur_sqe_set_data64(sqe, round * 3 + i + 1);
		}
		if (ur_submit_and_wait(&r, 3) != 3)
			break;
		memset(cqes, 0xff, sizeof(cqes));
		total += ur_peek_cqes(&r, cqes, 3);
		for (i = 0; i < 3; i++)
			in_order += cqes[i].user_data == next++ &&
				    !cqes[i].big_cqe[0] && !cqes[i].big_cqe[1];
	}
	is_int(total, 60, "wrap mode %#x: 60 CQEs", mode);
	is_int(in_order, 60, "wrap mode %#x: in order across the ring end",
	       mode);
	ur_exit(&r);
}

int main(void)
{
	unsigned int m, b;
	static const unsigned int batches[] = { 1, 8, 32 };

	for (m = 0; m < 3; m++)
		for (b = 0; b < 3; b++)
			one_batch(modes[m], batches[b]);
	batch_api();
	wrap(0);
	wrap(IORING_SETUP_CQE32);
	return done_testing();
}
