// SPDX-License-Identifier: MIT
/*
 * Fixed buffers: a sparse table's slots start empty (a READ_FIXED naming
 * one fails with -EFAULT); ur_update_buffers() fills a slot, and a
 * READ_FIXED / WRITE_FIXED at an address inside that buffer moves the
 * data; a range past the buffer's end is refused (-EFAULT); an update with
 * a NULL iovec empties the slot again.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

#define LEN	8192u

static int one(struct ur_ring *r)
{
	struct ur_cqe cqe;
	int ret = ur_wait_cqes(r, &cqe, 1, 1, 2000);

	return ret == 1 ? cqe.res : -1000 + ret;
}

int main(void)
{
	char path[] = "/tmp/ublkd-ring-fixed-XXXXXX";
	int fd = mkstemp(path);
	uint8_t *buf = mmap(NULL, LEN, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint8_t file[LEN], back[LEN];
	struct iovec iov = { buf, LEN };
	struct ur_ring r;
	unsigned int i;

	if (fd < 0 || buf == MAP_FAILED)
		bail_out("temp file or buffer");
	unlink(path);
	for (i = 0; i < LEN; i++)
		file[i] = (uint8_t)(i * 13 + 7);
	if (pwrite(fd, file, LEN, 0) != LEN)
		bail_out("pwrite");

	is_int(ur_init(&r, 8, 0, 0), 0, "ur_init");
	is_int(ur_register_buffers_sparse(&r, 4), 0, "sparse table of 4");
	is_int(r.nr_bufs, 4, "4 slots");
	ur_prep_read_fixed(ur_get_sqe(&r), fd, (uintptr_t)buf, 4096, 0, 2);
	is_int(one(&r), -EFAULT, "READ_FIXED on an empty slot: -EFAULT");

	is_int(ur_update_buffers(&r, 2, &iov, 1), 0, "slot 2 = the buffer");
	ur_prep_read_fixed(ur_get_sqe(&r), fd, (uintptr_t)buf + 4096, 4096,
			   0, 2);
	is_int(one(&r), 4096, "READ_FIXED into the buffer's second half");
	ok(!memcmp(buf + 4096, file, 4096), "the data landed at that offset");
	ur_prep_read_fixed(ur_get_sqe(&r), fd, (uintptr_t)buf + 4096, 8192,
			   0, 2);
	is_int(one(&r), -EFAULT, "a range past the buffer's end: -EFAULT");

	memset(buf, 0x5a, LEN);
	ur_prep_write_fixed(ur_get_sqe(&r), fd, (uintptr_t)buf, LEN, 0, 2, 0);
	is_int(one(&r), (int)LEN, "WRITE_FIXED of the whole buffer");
	ok(pread(fd, back, LEN, 0) == LEN && back[0] == 0x5a &&
	   back[LEN - 1] == 0x5a, "the file holds what was written");

	iov = (struct iovec){ NULL, 0 };
	is_int(ur_update_buffers(&r, 2, &iov, 1), 0, "slot 2 emptied");
	ur_prep_read_fixed(ur_get_sqe(&r), fd, (uintptr_t)buf, 4096, 0, 2);
	is_int(one(&r), -EFAULT, "READ_FIXED on the emptied slot: -EFAULT");
	is_int(ur_update_buffers(&r, 3, &iov, 2), -EINVAL,
	       "an update past the table: -EINVAL");
	is_int(ur_unregister_buffers(&r), 0, "unregister");
	ur_exit(&r);
	close(fd);
	return done_testing();
}
