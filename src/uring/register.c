// SPDX-License-Identifier: MIT
/*
 * ublkd ring, registration: the fixed-file table, the fixed-buffer table,
 * the ring fd and provided-buffer rings.
 * Errors are returned (-errno), never printed.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>

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

/* ---- provided-buffer rings ---- */

/* struct io_uring_buf_reg with the flags field newer uapis name */
struct ur_buf_reg {
	uint64_t ring_addr;
	uint32_t ring_entries;
	uint16_t bgid;
	uint16_t flags;
	uint64_t resv[3];
};
_Static_assert(sizeof(struct ur_buf_reg) == sizeof(struct io_uring_buf_reg),
	       "io_uring_buf_reg layout");
_Static_assert(sizeof(struct io_uring_buf) == 16, "io_uring_buf is 16 bytes");

static size_t buf_ring_size(unsigned int entries)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t sz = (size_t)entries * sizeof(struct io_uring_buf);

	return (sz + page - 1) & ~(page - 1);
}

int ur_buf_ring_setup(struct ur_ring *r, struct ur_buf_ring *br,
		      unsigned int entries, unsigned int bgid,
		      unsigned int flags)
{
	struct ur_buf_reg reg = {
		.ring_entries = entries,
		.bgid = (uint16_t)bgid,
		.flags = (uint16_t)flags,
	};
	void *p = NULL;
	int ret;

	memset(br, 0, sizeof(*br));
	if (!entries || entries > 32768 || (entries & (entries - 1)) ||
	    bgid > 0xffff ||
	    (flags & ~(UR_PBUF_RING_MMAP | UR_PBUF_RING_INC)))
		return -EINVAL;
	br->map_sz = buf_ring_size(entries);
	if (!(flags & UR_PBUF_RING_MMAP)) {
		/* our memory: page aligned, zeroed (tail 0) */
		p = mmap(NULL, br->map_sz, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			return -errno;
		reg.ring_addr = (uint64_t)(uintptr_t)p;
	}
	ret = sys_register(r->fd, IORING_REGISTER_PBUF_RING, &reg, 1);
	if (ret < 0) {
		if (p)
			munmap(p, br->map_sz);
		return ret;
	}
	if (flags & UR_PBUF_RING_MMAP) {
		/* the kernel's ring: mapped at the group's offset */
		off_t off = (off_t)(UR_OFF_PBUF_RING |
				    ((uint64_t)bgid << UR_OFF_PBUF_SHIFT));

		p = mmap(NULL, br->map_sz, PROT_READ | PROT_WRITE,
			 MAP_SHARED | MAP_POPULATE, r->fd, off);
		if (p == MAP_FAILED) {
			ret = -errno;
			sys_register(r->fd, UR_UNREGISTER_PBUF_RING, &reg, 1);
			return ret;
		}
	}
	br->br = p;
	br->entries = entries;
	br->mask = entries - 1;
	br->bgid = (uint16_t)bgid;
	br->flags = flags;
	br->registered = 1;
	return 0;
}

int ur_buf_ring_free(struct ur_ring *r, struct ur_buf_ring *br)
{
	struct ur_buf_reg reg = { .bgid = br->bgid };
	int ret = 0;

	if (br->registered && r->fd >= 0)
		ret = sys_register(r->fd, UR_UNREGISTER_PBUF_RING, &reg, 1);
	if (br->br)
		munmap(br->br, br->map_sz);
	memset(br, 0, sizeof(*br));
	return ret < 0 ? ret : 0;
}
