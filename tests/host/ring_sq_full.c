// SPDX-License-Identifier: MIT
/*
 * SQ full: ur_get_sqe() hands out exactly sq_entries slots, then NULL
 * (nothing taken, nothing lost); submitting frees the slots again.
 * Also: a slot is zeroed over its real size only (64 bytes in 64-byte
 * mode: the neighbouring slot keeps its bytes).
 */
#include <stdint.h>
#include <string.h>
#include "tap.h"
#include "ublkd/ring.h"

static unsigned int take_all(struct ur_ring *r, uint64_t base)
{
	unsigned int n = 0;
	struct ur_sqe *sqe;

	while (n < 1000 && (sqe = ur_get_sqe(r)) != NULL) {
		ur_prep_nop(sqe);
		ur_sqe_set_data64(sqe, base + n);
		n++;
	}
	return n;
}

static void zero_size(unsigned int mode, unsigned int size)
{
	struct ur_ring r;
	uint8_t *slot;
	unsigned int i, dirty = 0, zeroed = 0;

	if (!is_int(ur_init(&r, 2, 0, mode), 0, "mode %#x: ur_init", mode))
		return;
	memset(r.sqes, 0xa5, r.sqes_sz);
	slot = (uint8_t *)ur_get_sqe(&r);
	ok(slot == r.sqes, "mode %#x: first slot at the SQE array start", mode);
	for (i = 0; i < size; i++)
		zeroed += slot[i] == 0;
	for (i = size; i < r.sqes_sz; i++)
		dirty += slot[i] == 0xa5;
	is_int(zeroed, size, "mode %#x: %u bytes zeroed", mode, size);
	is_int(dirty, r.sqes_sz - size, "mode %#x: next slot untouched", mode);
	ur_exit(&r);
}

int main(void)
{
	struct ur_ring r;
	struct ur_cqe cqes[32];
	unsigned int n;
	int ret;

	ret = ur_init(&r, 16, 0, 0);
	is_int(ret, 0, "ur_init 16 entries");
	is_int(r.sq_entries, 16, "sq_entries is 16");
	is_int(ur_sq_space_left(&r), 16, "16 free slots");
	n = take_all(&r, 100);
	is_int(n, 16, "ur_get_sqe gives exactly sq_entries slots, then NULL");
	is_int(ur_sq_space_left(&r), 0, "no space left");
	ok(ur_get_sqe(&r) == NULL, "still NULL when asked again");
	is_int(ur_sq_pending(&r), 16, "the NULLs took nothing: 16 pending");
	is_int(ur_submit(&r), 16, "submit consumes all 16");
	is_int(ur_sq_space_left(&r), 16, "submit freed all slots");
	n = take_all(&r, 200);
	is_int(n, 16, "16 slots again after the submit");
	is_int(ur_submit_and_wait(&r, 32), 16, "second 16 submitted");
	ret = ur_wait_cqes(&r, cqes, 32, 32, 1000);
	is_int(ret, 32, "32 CQEs, none dropped");
	n = 0;
	for (ret = 0; ret < 32; ret++)
		n += cqes[ret].user_data >= 100 + (ret >= 16 ? 100 : 0);
	is_int(n, 32, "user_data of both rounds");
	ur_exit(&r);

	zero_size(0, 64);
	zero_size(IORING_SETUP_SQE128, 128);
	return done_testing();
}
