// SPDX-License-Identifier: MIT
/*
 * Async handles: several commands in flight, waited for out of order.
 * h_slow is a 200 ms TIMEOUT, the others URING_CMD SIOCINQ on UDP
 * sockets (queued 3, 7, 11 bytes) that complete at once. Waiting for the
 * last command first fills in the others on the way; a 50 ms wait on
 * h_slow times out (-ETIME, not done) and a later wait gets it.
 */
#include <arpa/inet.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "tap.h"
#include "ublkd/ring.h"

static int udp_with(int tx, unsigned int bytes)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	socklen_t sl = sizeof(sa);
	char buf[32] = { 0 };
	int rx = socket(AF_INET, SOCK_DGRAM, 0);

	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (rx < 0 || bind(rx, (void *)&sa, sizeof(sa)) ||
	    getsockname(rx, (void *)&sa, &sl) ||
	    sendto(tx, buf, bytes, 0, (void *)&sa, sizeof(sa)) != (ssize_t)bytes)
		bail_out("UDP socket");
	return rx;
}

int main(void)
{
	static const unsigned int sizes[3] = { 3, 7, 11 };
	struct __kernel_timespec ts = { .tv_nsec = 200000000 };
	struct ur_async h[3], h_slow, h_bad;
	struct ur_ring r;
	struct ur_sqe *sqe;
	int tx = socket(AF_INET, SOCK_DGRAM, 0), rx[3], i;

	for (i = 0; i < 3; i++)
		rx[i] = udp_with(tx, sizes[i]);
	is_int(ur_init(&r, 8, 0, IORING_SETUP_SQE128 | UR_OPT_TASKRUN), 0,
	       "ur_init");
	sqe = ur_async_get_sqe(&r, &h_slow);
	ok(sqe != NULL, "TIMEOUT bound to h_slow");
	ur_prep_timeout(sqe, &ts, 0, 0);
	for (i = 0; i < 3; i++)
		is_int(ur_async_prep_cmd(&r, &h[i], rx[i], 0, NULL, 0), 0,
		       "SIOCINQ %d prepared", i);
	is_int(ur_async_prep_cmd(&r, &h_bad, rx[0], 0x7777, NULL, 0), 0,
	       "bad cmd_op prepared");
	is_int(ur_async_prep_cmd(&r, &h_bad, rx[0], 0, NULL, 81), -EINVAL,
	       "81-byte payload: -EINVAL");
	is_int(ur_sq_pending(&r), 5, "5 pending, nothing submitted yet");

	is_int(ur_async_wait(&r, &h[2], -1), 11, "wait h[2] first: 11 bytes");
	ok(h[0].done && h[1].done && h_bad.done,
	   "h[0], h[1], h_bad filled in on the way");
	ok(!h_slow.done, "h_slow still running");
	is_int(h[0].cqe.res, 3, "h[0] res 3");
	is_int(h[0].cqe.user_data, (uint64_t)(uintptr_t)&h[0],
	       "h[0] user_data is the handle");
	is_int(ur_async_wait(&r, &h[1], 0), 7, "wait h[1] (already done): 7");
	is_int(ur_async_wait(&r, &h_bad, 0), -EOPNOTSUPP,
	       "h_bad: -EOPNOTSUPP");
	is_int(ur_async_wait(&r, &h_slow, 50), -ETIME,
	       "h_slow with 50 ms: -ETIME");
	ok(!h_slow.done, "h_slow not done after the timeout");
	is_int(ur_async_wait(&r, &h_slow, 0), -ETIME, "poll h_slow: -ETIME");
	is_int(ur_async_wait(&r, &h_slow, 2000), -ETIME,
	       "h_slow completes: its res is the TIMEOUT's -ETIME");
	ok(h_slow.done, "h_slow done");
	is_int(ur_async_wait(&r, &h[0], -1), 3, "h[0] again: 3");
	ur_exit(&r);
	for (i = 0; i < 3; i++)
		close(rx[i]);
	close(tx);
	return done_testing();
}
