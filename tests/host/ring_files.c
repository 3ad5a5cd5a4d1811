// SPDX-License-Identifier: MIT
/*
 * Registered files: a fixed-file READ (IOSQE_FIXED_FILE, fd = table
 * index) returns the registered file's data; after ur_update_files()
 * the same index reads the other file; an empty slot fails with -EBADF.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

static int temp_file(const char *data)
{
	char path[] = "/tmp/ublkd-ring-files-XXXXXX";
	int fd = mkstemp(path);

	if (fd < 0)
		bail_out("mkstemp");
	unlink(path);
	if (write(fd, data, strlen(data)) != (ssize_t)strlen(data))
		bail_out("write");
	return fd;
}

static int fixed_read(struct ur_ring *r, int idx, char *buf, unsigned int len)
{
	struct ur_sqe *sqe = ur_get_sqe(r);
	struct ur_cqe cqe;
	int ret;

	memset(buf, 0, len);
	ur_prep_read(sqe, idx, buf, len - 1, 0);
	ur_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
	ur_sqe_set_data64(sqe, 0x5000 + idx);
	ret = ur_wait_cqes(r, &cqe, 1, 1, 2000);
	if (ret != 1)
		return -1000 + ret;
	if (cqe.user_data != (uint64_t)(0x5000 + idx))
		return -2000;
	return cqe.res;
}

int main(void)
{
	int a = temp_file("first file"), b = temp_file("second, longer file");
	int fds[2] = { a, -1 };
	struct ur_ring r;
	char buf[64];
	int ret;

	is_int(ur_init(&r, 8, 0, IORING_SETUP_SQE128), 0, "ur_init");
	is_int(ur_register_files(&r, fds, 2), 0, "register [a, -1]");
	is_int(r.nr_files, 2, "2 slots");
	ret = fixed_read(&r, 0, buf, sizeof(buf));
	is_int(ret, 10, "fixed read of slot 0: 10 bytes");
	ok(!strcmp(buf, "first file"), "slot 0 data is file a: '%s'", buf);
	is_int(fixed_read(&r, 1, buf, sizeof(buf)), -EBADF,
	       "empty slot 1: -EBADF");

	fds[0] = b;
	is_int(ur_update_files(&r, 0, fds, 1), 0, "update slot 0 to b");
	ret = fixed_read(&r, 0, buf, sizeof(buf));
	is_int(ret, 19, "fixed read of slot 0 again: 19 bytes");
	ok(!strcmp(buf, "second, longer file"), "slot 0 data is file b: '%s'",
	   buf);
	fds[0] = a;
	is_int(ur_update_files(&r, 1, fds, 1), 0, "update slot 1 to a");
	is_int(fixed_read(&r, 1, buf, sizeof(buf)), 10, "slot 1 reads a");
	is_int(ur_update_files(&r, 2, fds, 1), -EINVAL,
	       "update past the table: -EINVAL");
	close(a);
	close(b);
	/* the table holds its own references */
	is_int(fixed_read(&r, 0, buf, sizeof(buf)), 19,
	       "slot 0 still reads after close(b)");
	is_int(ur_unregister_files(&r), 0, "unregister");
	is_int(r.nr_files, 0, "0 slots");
	ret = fixed_read(&r, 0, buf, sizeof(buf));
	ok(ret == -EBADF || ret == -ENXIO, "fixed read after unregister fails (%d)",
	   ret);
	ur_exit(&r);
	return done_testing();
}
