// SPDX-License-Identifier: MIT
/*
 * ublkd ring, registration: the fixed-file table, the fixed-buffer table
 * and the ring fd. Provided-buffer rings go here too.
 * Errors are returned (-errno), never printed.
 */
#include <errno.h>
#include <stdint.h>

#include "ublkd/ring.h"
#include "syscall.h"

/* ---- registered files and ring fd ---- */

int ur_register_files(struct ur_ring *r, const int *fds, unsigned int nr)
{
	int ret = sys_register(r->fd, IORING_REGISTER_FILES, fds, nr);

	if (ret < 0)
		return ret;
	r->nr_files = nr;
	return 0;
}

int ur_update_files(struct ur_ring *r, unsigned int off, const int *fds,
		    unsigned int nr)
{
	struct io_uring_files_update up = {
		.offset = off,
		.fds = (uint64_t)(uintptr_t)fds,
	};
	int ret;

	if (off > r->nr_files || nr > r->nr_files - off)
		return -EINVAL;
	ret = sys_register(r->fd, IORING_REGISTER_FILES_UPDATE, &up, nr);
	if (ret < 0)
		return ret;
	/* the kernel returns how many slots it updated */
	if ((unsigned int)ret != nr)
		return -EIO;
	return 0;
}

int ur_unregister_files(struct ur_ring *r)
{
	int ret = sys_register(r->fd, IORING_UNREGISTER_FILES, NULL, 0);

	if (ret < 0)
		return ret;
	r->nr_files = 0;
	return 0;
}

int ur_register_ring_fd(struct ur_ring *r)
{
	struct io_uring_rsrc_update up = {
		.offset = -1U,		/* any free slot */
		.data = (uint64_t)r->fd,
	};
	int ret;

	if (r->enter_flags & IORING_ENTER_REGISTERED_RING)
		return 0;
	ret = sys_register(r->fd, IORING_REGISTER_RING_FDS, &up, 1);
	if (ret < 0)
		return ret;	/* optional: keep entering by fd */
	if (ret != 1)
		return -EIO;
	r->enter_fd = (int)up.offset;
	r->enter_flags = IORING_ENTER_REGISTERED_RING;
	return 0;
}

/* ---- registered (fixed) buffers ---- */

int ur_register_buffers_sparse(struct ur_ring *r, unsigned int nr)
{
	struct io_uring_rsrc_register reg = {
		.nr = nr,
		.flags = IORING_RSRC_REGISTER_SPARSE,
	};
	int ret;

	if (!nr)
		return -EINVAL;
	ret = sys_register(r->fd, IORING_REGISTER_BUFFERS2, &reg,
			   sizeof(reg));
	if (ret < 0)
		return ret;
	r->nr_bufs = nr;
	return 0;
}

int ur_update_buffers(struct ur_ring *r, unsigned int off,
		      const struct iovec *iovs, unsigned int nr)
{
	struct io_uring_rsrc_update2 up = {
		.offset = off,
		.data = (uint64_t)(uintptr_t)iovs,
		.nr = nr,
	};
	int ret;

	if (off > r->nr_bufs || nr > r->nr_bufs - off)
		return -EINVAL;
	ret = sys_register(r->fd, IORING_REGISTER_BUFFERS_UPDATE, &up,
			   sizeof(up));
	if (ret < 0)
		return ret;
	/* the kernel returns how many slots it updated */
	if ((unsigned int)ret != nr)
		return -EIO;
	return 0;
}

int ur_unregister_buffers(struct ur_ring *r)
{
	int ret = sys_register(r->fd, IORING_UNREGISTER_BUFFERS, NULL, 0);

	if (ret < 0)
		return ret;
	r->nr_bufs = 0;
	return 0;
}
