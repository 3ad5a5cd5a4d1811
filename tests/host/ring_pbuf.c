// SPDX-License-Identifier: MIT
/*
 * Provided-buffer rings on the host kernel: READs from a pipe with
 * IOSQE_BUFFER_SELECT take their buffer from our ring (the CQE names its
 * id and the data is there), an empty ring fails the READ with -ENOBUFS,
 * an incremental ring (IOU_PBUF_RING_INC) hands out one buffer piece by
 * piece (IORING_CQE_F_BUF_MORE while room is left, the next READ lands
 * where the last stopped), the kernel-allocated ring (IOU_PBUF_RING_MMAP)
 * works as ours does, a group can be freed and registered again, bad
 * arguments are refused with nothing left behind; the multishot URING_CMD
 * SQE carries its flags; and ur_buf_ring_add()/advance() write the ring
 * memory byte for byte as liburing's io_uring_buf_ring_add()/advance()
 * (the oracle, linked for tests only).
 */
#include <liburing.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

static struct ur_ring ring;
static int pfd[2];

/* One READ of up to @len from the pipe, its buffer from group @bgid. */
static struct ur_cqe read_selected(unsigned int bgid, unsigned int len,
				   const char *data)
{
	struct ur_cqe c = { .res = -9999 };
	struct ur_sqe *sqe;

	if (data && write(pfd[1], data, strlen(data)) != (ssize_t)strlen(data))
		return c;
	sqe = ur_get_sqe(&ring);
	ur_prep_read(sqe, pfd[0], NULL, len, 0);
	ur_sqe_set_buf_group(sqe, bgid);
	ur_sqe_set_data64(sqe, 42);
	if (ur_wait_cqes(&ring, &c, 1, 1, 2000) != 1)
		c.res = -9998;
	return c;
}

static void test_select(void)
{
	static char bufs[2][64];
	struct ur_buf_ring br;
	struct ur_cqe c;
	int ret;

	ret = ur_buf_ring_setup(&ring, &br, 4, 7, 0);
	is_int(ret, 0, "a 4-entry ring in our memory registers as group 7");
	memset(bufs, 0, sizeof(bufs));
	ur_buf_ring_add(&br, bufs[0], sizeof(bufs[0]), 10, 0);
	ur_buf_ring_add(&br, bufs[1], sizeof(bufs[1]), 11, 1);
	ur_buf_ring_advance(&br, 2);
	c = read_selected(7, 64, "hello");
	is_int(c.res, 5, "READ with BUFFER_SELECT read 5 bytes");
	is_int(ur_cqe_buf_id(&c), 10, "its CQE names buffer id 10, the first added");
	ok(!memcmp(bufs[0], "hello", 5), "the data is in that buffer");
	c = read_selected(7, 64, "world!");
	is_int(ur_cqe_buf_id(&c), 11, "the next READ takes the next buffer (id 11)");
	ok(c.res == 6 && !memcmp(bufs[1], "world!", 6), "with its data");
	c = read_selected(7, 64, "x");
	is_int(c.res, -ENOBUFS, "an empty ring fails the READ with -ENOBUFS");
	ok(ur_cqe_buf_id(&c) < 0, "and the CQE names no buffer");
	/* the byte left in the pipe: consume it */
	if (read(pfd[0], bufs[0], 1) != 1)
		diag("pipe byte not read");
	is_int(ur_buf_ring_free(&ring, &br), 0, "the group is unregistered");
	c = read_selected(7, 64, "y");
	ok(c.res == -ENOBUFS || c.res == -EINVAL,
	   "a READ on the freed group fails (res %d)", c.res);
	if (c.res < 0 && read(pfd[0], bufs[0], 1) != 1)
		diag("pipe byte not read");
	ret = ur_buf_ring_setup(&ring, &br, 1, 7, 0);
	is_int(ret, 0, "group 7 can be registered again after the free");
	ur_buf_ring_free(&ring, &br);
	ok(ur_buf_ring_free(&ring, &br) == 0, "freeing twice is harmless");
}

static void test_incremental(void)
{
	static char buf[64];
	struct ur_buf_ring br;
	struct ur_cqe c;
	int ret;

	ret = ur_buf_ring_setup(&ring, &br, 1, 3, UR_PBUF_RING_INC);
	if (ret == -EINVAL) {
		skip(6, "this kernel has no IOU_PBUF_RING_INC");
		return;
	}
	is_int(ret, 0, "an incremental ring registers");
	memset(buf, 0, sizeof(buf));
	ur_buf_ring_add(&br, buf, 20, 5, 0);
	ur_buf_ring_advance(&br, 1);
	c = read_selected(3, 20, "abcdefgh");
	ok(c.res == 8 && ur_cqe_buf_id(&c) == 5,
	   "the first READ used 8 bytes of buffer 5 (res %d)", c.res);
	ok(c.flags & IORING_CQE_F_BUF_MORE,
	   "IORING_CQE_F_BUF_MORE: the buffer stays with room left");
	c = read_selected(3, 20, "ijklmnopqrst");
	ok(c.res == 12 && ur_cqe_buf_id(&c) == 5,
	   "the second READ takes the rest of the same buffer (res %d)", c.res);
	ok(!memcmp(buf, "abcdefghijklmnopqrst", 20),
	   "it landed where the first stopped");
	ok(!(c.flags & IORING_CQE_F_BUF_MORE), "used up: no BUF_MORE");
	ur_buf_ring_free(&ring, &br);
}

static void test_kernel_mapped(void)
{
	static char buf[32];
	struct ur_buf_ring br;
	struct ur_cqe c;
	int ret;

	ret = ur_buf_ring_setup(&ring, &br, 2, 9, UR_PBUF_RING_MMAP);
	is_int(ret, 0, "a kernel-allocated ring (IOU_PBUF_RING_MMAP) registers and maps");
	ur_buf_ring_add(&br, buf, sizeof(buf), 1, 0);
	ur_buf_ring_advance(&br, 1);
	c = read_selected(9, sizeof(buf), "mapped");
	ok(c.res == 6 && ur_cqe_buf_id(&c) == 1 && !memcmp(buf, "mapped", 6),
	   "a READ takes its buffer from it (res %d)", c.res);
	ur_buf_ring_free(&ring, &br);
}

static void test_bad_args(void)
{
	struct ur_buf_ring br;

	is_int(ur_buf_ring_setup(&ring, &br, 3, 1, 0), -EINVAL,
	       "3 entries (not a power of two) is refused");
	is_int(ur_buf_ring_setup(&ring, &br, 0, 1, 0), -EINVAL,
	       "0 entries is refused");
	is_int(ur_buf_ring_setup(&ring, &br, 4, 1, 0x80), -EINVAL,
	       "an unknown flag is refused");
	ok(!br.br && !br.registered, "nothing is left mapped or registered");
	is_int(ur_buf_ring_setup(&ring, &br, 4, 2, 0), 0, "group 2 registers");
	{
		struct ur_buf_ring dup;

		is_int(ur_buf_ring_setup(&ring, &dup, 4, 2, 0), -EEXIST,
		       "the same group twice: -EEXIST from the kernel");
		ok(!dup.br, "the refused one left nothing mapped");
	}
	ur_buf_ring_free(&ring, &br);
}

static void test_multishot_sqe(void)
{
	struct ur_sqe *sqe = ur_get_sqe(&ring);
	uint8_t payload[16] = { 1, 2, 3 };

	is_int(ur_prep_uring_cmd_multishot(&ring, sqe, 0, 0x1234, payload,
					   sizeof(payload), 6), 0,
	       "a multishot URING_CMD is prepared");
	ok(sqe->opcode == IORING_OP_URING_CMD && sqe->cmd_op == 0x1234 &&
	   !memcmp(sqe->cmd, payload, sizeof(payload)),
	   "opcode, cmd_op and payload as for a plain one");
	ok(sqe->uring_cmd_flags == IORING_URING_CMD_MULTISHOT,
	   "IORING_URING_CMD_MULTISHOT in uring_cmd_flags");
	ok((sqe->flags & IOSQE_BUFFER_SELECT) && sqe->buf_index == 6,
	   "IOSQE_BUFFER_SELECT with the group in buf_group");
	/* not submitted: take the slot back */
	ring.sqe_tail--;
}

/* Our add/advance against liburing's, on two rings of plain memory. */
static void test_vs_liburing(void)
{
	static struct io_uring_buf ours[8], theirs[8];
	struct ur_buf_ring br = {
		.br = (struct io_uring_buf_ring *)ours,
		.entries = 8,
		.mask = 7,
	};
	struct io_uring_buf_ring *lb = (struct io_uring_buf_ring *)theirs;
	unsigned int i, j, n, same = 1;
	static char data[4096];

	memset(ours, 0, sizeof(ours));
	memset(theirs, 0, sizeof(theirs));
	srand(7);
	for (i = 0; i < 200; i++) {
		n = 1 + (unsigned int)rand() % 5;
		for (j = 0; j < n; j++) {
			unsigned int len = (unsigned int)rand() % 4096;
			uint16_t bid = (uint16_t)rand();
			char *a = data + rand() % 64;

			ur_buf_ring_add(&br, a, len, bid, j);
			io_uring_buf_ring_add(lb, a, len, bid,
					      io_uring_buf_ring_mask(8), (int)j);
		}
		ur_buf_ring_advance(&br, n);
		io_uring_buf_ring_advance(lb, (int)n);
		same &= !memcmp(ours, theirs, sizeof(ours));
	}
	ok(same, "200 rounds of add/advance (wrapping an 8-entry ring) write what liburing writes");
	is_int(br.tail, lb->tail, "the published tails agree");
}

int main(void)
{
	int ret = ur_init(&ring, 16, 0, 0);

	if (ret)
		skip_all("no io_uring here");
	if (pipe(pfd))
		bail_out("pipe");
	test_select();
	test_incremental();
	test_kernel_mapped();
	test_bad_args();
	test_multishot_sqe();
	test_vs_liburing();
	ur_exit(&ring);
	return done_testing();
}
