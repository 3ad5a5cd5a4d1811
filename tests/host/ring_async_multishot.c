// SPDX-License-Identifier: MIT
/*
 * Async handles and multishot: a command's first CQE is not its last
 * when it carries IORING_CQE_F_MORE. A multishot POLL_ADD on an eventfd
 * posts one CQE (F_MORE) per wake-up; the handle stays pending through
 * them and is done only by the final CQE (-ECANCELED, no F_MORE) that
 * POLL_REMOVE brings. No NOPs involved.
 */
#include <poll.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

static void kick(int efd)
{
	uint64_t one = 1;

	if (write(efd, &one, sizeof(one)) != sizeof(one))
		bail_out("eventfd write");
}

static void drain(int efd)
{
	uint64_t v;

	if (read(efd, &v, sizeof(v)) != sizeof(v))
		bail_out("eventfd read");
}

int main(void)
{
	struct ur_async h_poll, h_rm;
	struct ur_ring r;
	struct ur_sqe *sqe;
	int efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);

	if (efd < 0)
		bail_out("eventfd");
	is_int(ur_init(&r, 8, 0, UR_OPT_TASKRUN), 0, "ur_init");
	sqe = ur_async_get_sqe(&r, &h_poll);
	ok(sqe != NULL, "POLL_ADD bound to h_poll");
	ur_prep_rw(sqe, IORING_OP_POLL_ADD, efd, NULL, IORING_POLL_ADD_MULTI, 0);
	sqe->op_flags = POLLIN;

	is_int(ur_async_wait(&r, &h_poll, 0), -ETIME,
	       "nothing to read yet: -ETIME");
	is_int(h_poll.nr_cqes, 0, "no CQE yet");

	kick(efd);
	is_int(ur_async_wait(&r, &h_poll, 100), -ETIME,
	       "after a wake-up: still -ETIME (the CQE has F_MORE)");
	ok(!h_poll.done, "h_poll not done after its first CQE");
	ok(h_poll.nr_cqes >= 1, "first CQE stored (%u)", h_poll.nr_cqes);
	ok(h_poll.cqe.flags & IORING_CQE_F_MORE, "it carries IORING_CQE_F_MORE");
	ok(h_poll.cqe.res & POLLIN, "res has POLLIN");
	drain(efd);

	kick(efd);
	is_int(ur_async_wait(&r, &h_poll, 100), -ETIME,
	       "second wake-up: still pending");
	ok(h_poll.nr_cqes >= 2, "second CQE counted (%u)", h_poll.nr_cqes);
	ok(!h_poll.done, "h_poll still not done");

	sqe = ur_async_get_sqe(&r, &h_rm);
	ok(sqe != NULL, "POLL_REMOVE bound to h_rm");
	ur_prep_rw(sqe, IORING_OP_POLL_REMOVE, -1, NULL, 0, 0);
	sqe->addr = (uint64_t)(uintptr_t)&h_poll;
	is_int(ur_async_wait(&r, &h_rm, 2000), 0, "POLL_REMOVE: 0");
	is_int(ur_async_wait(&r, &h_poll, 2000), -ECANCELED,
	       "h_poll's final CQE: -ECANCELED");
	ok(h_poll.done, "h_poll done at its final CQE");
	ok(!(h_poll.cqe.flags & IORING_CQE_F_MORE), "the final CQE has no F_MORE");
	ur_exit(&r);
	close(efd);
	return done_testing();
}
