// SPDX-License-Identifier: MIT
/*
 * URING_CMD in SQE128 mode. Accepted: SOCKET_URING_OP_SIOCINQ (cmd_op 0,
 * 6.7+) on a UDP socket returns the size of the queued datagram (5).
 * Rejected: an unknown cmd_op on the socket and URING_CMD on a regular
 * file both complete with -EOPNOTSUPP and keep their user_data. The
 * payload also travels: 80 bytes fit in SQE128, 81 do not, 17 do not fit
 * a 64-byte SQE.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "tap.h"
#include "ublkd/ring.h"

#define SOCKET_URING_OP_SIOCINQ		0
#define SOCKET_URING_OP_SIOCOUTQ	1

static int cmd(struct ur_ring *r, int fd, uint32_t op, uint64_t ud,
	       struct ur_cqe *cqe)
{
	struct ur_sqe *sqe = ur_get_sqe(r);
	int ret;

	ret = ur_prep_uring_cmd(r, sqe, fd, op, NULL, 0);
	if (ret)
		return ret;
	ur_sqe_set_data64(sqe, ud);
	ret = ur_wait_cqes(r, cqe, 1, 1, 2000);
	return ret == 1 ? 0 : -1000 + ret;
}

int main(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET };
	socklen_t sl = sizeof(sa);
	uint8_t payload[81];
	struct ur_ring r, r64;
	struct ur_cqe cqe;
	struct ur_sqe *sqe;
	char path[] = "/tmp/ublkd-ring-cmd-XXXXXX";
	int tx, rx, file, i, same = 0;

	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	tx = socket(AF_INET, SOCK_DGRAM, 0);
	rx = socket(AF_INET, SOCK_DGRAM, 0);
	if (tx < 0 || rx < 0 || bind(rx, (void *)&sa, sizeof(sa)) ||
	    getsockname(rx, (void *)&sa, &sl))
		bail_out("UDP loopback sockets");
	file = mkstemp(path);
	if (file < 0)
		bail_out("mkstemp");
	unlink(path);

	is_int(ur_init(&r, 8, 0, IORING_SETUP_SQE128), 0, "SQE128 ring");
	is_int(cmd(&r, rx, SOCKET_URING_OP_SIOCINQ, 1, &cqe), 0,
	       "SIOCINQ on an empty socket");
	is_int(cqe.res, 0, "nothing queued: res 0");
	if (sendto(tx, "hello", 5, 0, (void *)&sa, sizeof(sa)) != 5)
		bail_out("sendto");
	is_int(cmd(&r, rx, SOCKET_URING_OP_SIOCINQ, 2, &cqe), 0,
	       "SIOCINQ after sending 5 bytes");
	is_int(cqe.user_data, 2, "user_data 2");
	is_int(cqe.res, 5, "res is the 5 queued bytes");
	is_int(cmd(&r, rx, SOCKET_URING_OP_SIOCOUTQ, 3, &cqe), 0,
	       "SIOCOUTQ on the receiver");
	is_int(cqe.res, 0, "nothing in its send queue");

	is_int(cmd(&r, rx, 0x7777, 0xdead0001, &cqe), 0,
	       "unknown cmd_op on the socket completes");
	is_int(cqe.user_data, 0xdead0001, "error CQE keeps its user_data");
	is_int(cqe.res, -EOPNOTSUPP, "unknown cmd_op: -EOPNOTSUPP");
	is_int(cmd(&r, file, 0, 0xdead0002, &cqe), 0,
	       "URING_CMD on a regular file completes");
	is_int(cqe.user_data, 0xdead0002, "error CQE keeps its user_data");
	is_int(cqe.res, -EOPNOTSUPP, "regular file: -EOPNOTSUPP");

	/* payload placement: 80 bytes at offset 48 of the 128-byte slot */
	for (i = 0; i < 81; i++)
		payload[i] = (uint8_t)(i + 1);
	sqe = ur_get_sqe(&r);
	is_int(ur_prep_uring_cmd(&r, sqe, rx, 0, payload, 81), -EINVAL,
	       "81-byte payload refused");
	is_int(ur_prep_uring_cmd(&r, sqe, rx, 0, payload, 80), 0,
	       "80-byte payload fits SQE128");
	for (i = 0; i < 80; i++)
		same += ((uint8_t *)sqe)[48 + i] == i + 1;
	is_int(same, 80, "payload at bytes 48..127 of the slot");
	ur_sqe_set_data64(sqe, 4);
	is_int(ur_wait_cqes(&r, &cqe, 1, 1, 2000), 1, "it runs");
	is_int(cqe.res, 5, "SIOCINQ ignores the payload: still 5");
	ur_exit(&r);

	is_int(ur_init(&r64, 8, 0, 0), 0, "64-byte ring");
	sqe = ur_get_sqe(&r64);
	is_int(ur_prep_uring_cmd(&r64, sqe, rx, 0, payload, 17), -EINVAL,
	       "17-byte payload refused in 64-byte mode");
	is_int(ur_prep_uring_cmd(&r64, sqe, rx, 0, payload, 16), 0,
	       "16 bytes fit");
	ur_exit(&r64);
	close(tx);
	close(rx);
	close(file);
	return done_testing();
}
