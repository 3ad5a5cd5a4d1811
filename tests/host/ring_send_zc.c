// SPDX-License-Identifier: MIT
/*
 * SEND_ZC from a registered buffer over loopback TCP: the SQE is the one
 * liburing's io_uring_prep_send_zc_fixed() builds; the send's CQE has all
 * the bytes and IORING_CQE_F_MORE, the notification (IORING_CQE_F_NOTIF,
 * same user_data) follows; the peer reads exactly what the buffer held.
 * A slot with no buffer fails the send with -EFAULT.
 */
#include <arpa/inet.h>
#include <liburing.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

#define LEN	(64u * 1024)

static void tcp_pair(int *tx, int *rx)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t al = sizeof(a);
	int l = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (l < 0 || bind(l, (struct sockaddr *)&a, sizeof(a)) ||
	    listen(l, 1) || getsockname(l, (struct sockaddr *)&a, &al))
		bail_out("listening socket");
	*tx = socket(AF_INET, SOCK_STREAM, 0);
	if (*tx < 0 || connect(*tx, (struct sockaddr *)&a, sizeof(a)))
		bail_out("connect");
	*rx = accept(l, NULL, NULL);
	if (*rx < 0)
		bail_out("accept");
	setsockopt(*tx, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	close(l);
}

static int read_all(int fd, uint8_t *p, size_t len)
{
	while (len) {
		ssize_t n = read(fd, p, len);

		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int main(void)
{
	uint8_t *buf = mmap(NULL, LEN, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static uint8_t got[LEN];
	struct iovec iov = { NULL, LEN };
	struct io_uring_sqe lib;
	struct ur_cqe cqe[2];
	struct ur_sqe ours, *sqe;
	struct ur_ring r;
	unsigned int i;
	int tx, rx, n;

	if (buf == MAP_FAILED)
		bail_out("buffer");
	iov.iov_base = buf;
	for (i = 0; i < LEN; i++)
		buf[i] = (uint8_t)(i * 31 + 5);

	memset(&ours, 0, sizeof(ours));
	memset(&lib, 0, sizeof(lib));
	ur_prep_send_zc_fixed(&ours, 7, 4096, 1000, MSG_WAITALL, 3);
	io_uring_prep_send_zc_fixed(&lib, 7, (void *)4096, 1000, MSG_WAITALL,
				    0, 3);
	ok(!memcmp(&ours, &lib, sizeof(lib)),
	   "the SQE is liburing's io_uring_prep_send_zc_fixed()'s");

	tcp_pair(&tx, &rx);
	is_int(ur_init(&r, 8, 0, 0), 0, "ur_init");
	is_int(ur_register_buffers_sparse(&r, 4), 0, "sparse table of 4");
	is_int(ur_update_buffers(&r, 1, &iov, 1), 0, "slot 1 = the buffer");

	sqe = ur_get_sqe(&r);
	ur_prep_send_zc_fixed(sqe, tx, (uintptr_t)buf, LEN, MSG_WAITALL, 1);
	ur_sqe_set_data64(sqe, 42);
	n = ur_wait_cqes(&r, cqe, 2, 2, 5000);
	is_int(n, 2, "two CQEs: the send and its notification");
	is_int(cqe[0].res, (int)LEN, "the send took every byte");
	ok(cqe[0].flags & IORING_CQE_F_MORE, "the send's CQE says more follows");
	ok(n == 2 && (cqe[1].flags & IORING_CQE_F_NOTIF) &&
	   !(cqe[1].flags & IORING_CQE_F_MORE), "then the notification, the last");
	ok(cqe[0].user_data == 42 && (n < 2 || cqe[1].user_data == 42),
	   "both carry the SQE's user_data");
	is_int(read_all(rx, got, LEN), 0, "the peer reads it all");
	ok(!memcmp(got, buf, LEN), "the peer got what the buffer held");

	ur_prep_send_zc_fixed(ur_get_sqe(&r), tx, 0, 4096, MSG_WAITALL, 2);
	n = ur_wait_cqes(&r, cqe, 2, 1, 5000);
	ok(n >= 1 && cqe[0].res == -EFAULT,
	   "SEND_ZC from an empty slot: -EFAULT (got %d)", n >= 1 ? cqe[0].res : n);
	if (n == 1 && (cqe[0].flags & IORING_CQE_F_MORE))
		ur_wait_cqes(&r, cqe, 1, 1, 5000);

	ur_exit(&r);
	close(tx);
	close(rx);
	return done_testing();
}
