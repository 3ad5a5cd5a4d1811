// SPDX-License-Identifier: MIT
/*
 * Shared-memory zero copy (UBLK_F_SHMEM_ZC, Linux 7.1+; --shmem_zc,
 * --htlb FILE, --rdonly_shmem_buf).
 *
 * The daemon maps FILE (MAP_SHARED) and registers the mapping with
 * REG_BUF: the kernel pins its pages. A client's O_DIRECT request whose
 * pages all lie, in order, in that buffer arrives with UBLK_IO_F_SHMEM_ZC
 * and iod->addr = index << 32 | byte offset: its data is already in our
 * mapping, and the kernel copies nothing either way. Any other request
 * takes the copy path as usual.
 *
 * ublkd registers one buffer per device. On recovery the old daemon's
 * registration stands (the kernel keeps it, pages pinned, until the
 * device goes): REG_BUF of the same pages answers -EEXIST, and the index
 * is the one buffer's, 0.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine/engine.h"
#include "ublkd/debug.h"

/* The kernel's bound on one buffer (UBLK_SHMEM_BUF_SIZE_MAX). */
#define SHMEM_MAX_BYTES	(4ULL << 30)

int ublk_shmem_choose(struct ublk_dev *dev, bool known, uint64_t features,
		      uint64_t *need)
{
	if (!dev->opts.shmem_zc)
		return 0;
	if (known && !(features & UBLK_F_SHMEM_ZC)) {
		fprintf(stderr, "ublkd: --shmem_zc: this kernel's ublk driver does not offer UBLK_F_SHMEM_ZC (Linux 7.1+)\n");
		return -EOPNOTSUPP;
	}
	*need |= UBLK_F_SHMEM_ZC;
	dev->info.flags |= UBLK_F_SHMEM_ZC;
	return 0;
}

int ublk_shmem_map(struct ublk_dev *dev)
{
	struct ublk_shmem *s = &dev->shm;
	const char *path = dev->opts.shmem_file;
	long page = sysconf(_SC_PAGESIZE);
	struct stat st;
	int fd, prot = PROT_READ | (dev->opts.shmem_ro ? 0 : PROT_WRITE);

	s->index = -1;
	if (!dev->opts.shmem_zc || !path)
		return 0;
	fd = open(path, (dev->opts.shmem_ro ? O_RDONLY : O_RDWR) | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st)) {
		int err = errno;

		fprintf(stderr, "ublkd: --htlb %s: %s\n", path, strerror(err));
		if (fd >= 0)
			close(fd);
		return -err;
	}
	/* whole pages only: the kernel pins pages */
	s->len = (uint64_t)st.st_size & ~((uint64_t)page - 1);
	if (!S_ISREG(st.st_mode) || !s->len || s->len > SHMEM_MAX_BYTES) {
		fprintf(stderr, "ublkd: --htlb %s: %s (a regular file of 1 page to 4 GiB, the clients' buffer)\n",
			path, S_ISREG(st.st_mode) ? "size out of range" :
			"not a regular file");
		close(fd);
		return -EINVAL;
	}
	s->base = mmap(NULL, s->len, prot, MAP_SHARED, fd, 0);
	close(fd);
	if (s->base == MAP_FAILED) {
		int err = errno;

		s->base = NULL;
		fprintf(stderr, "ublkd: --htlb %s: mmap: %s\n", path,
			strerror(err));
		return -err;
	}
	return 0;
}

int ublk_shmem_register(struct ublk_dev *dev, bool recovering)
{
	struct ublk_shmem *s = &dev->shm;
	int ret;

	if (!s->base)
		return 0;
	ret = ublk_ctrl_reg_buf(&dev->ctrl, dev->info.dev_id, s->base, s->len,
				dev->opts.shmem_ro ? UBLK_SHMEM_BUF_READ_ONLY : 0);
	if (ret == -EEXIST && recovering)
		ret = 0;	/* the old daemon's registration, kept */
	if (ret < 0) {
		fprintf(stderr, "ublkd: --htlb %s: REG_BUF failed: %s\n",
			dev->opts.shmem_file, strerror(-ret));
		return ret;
	}
	/* release: a queue thread that sees it sees the buffer registered */
	__atomic_store_n(&s->index, ret, __ATOMIC_RELEASE);
	ublk_dbg(UBLK_DBG_DEV, "dev %u: %s registered, %llu bytes, index %d",
		 dev->info.dev_id, dev->opts.shmem_file,
		 (unsigned long long)s->len, ret);
	return 0;
}

void ublk_shmem_unmap(struct ublk_dev *dev)
{
	struct ublk_shmem *s = &dev->shm;

	if (s->base)
		munmap(s->base, s->len);
	s->base = NULL;
}

void *ublk_shmem_data(struct ublk_queue *q, const struct ublksrv_io_desc *iod)
{
	const struct ublk_shmem *s = &q->dev->shm;
	unsigned int index = ublk_shmem_zc_index(iod->addr);
	uint64_t off = ublk_shmem_zc_offset(iod->addr);
	uint64_t len = (uint64_t)iod->nr_sectors << 9;
	/* acquire: pairs with ublk_shmem_register(); -1 while it is in flight */
	int want = __atomic_load_n(&s->index, __ATOMIC_ACQUIRE);

	/* one buffer per device: while REG_BUF is in flight any index is it */
	if (!s->base || (want >= 0 && index != (unsigned int)want) ||
	    off + len > s->len) {
		if (!q->shm_warned)
			fprintf(stderr, "ublkd: q%u: a shared-buffer request (index %u, offset %llu, %llu bytes) outside our buffer: EIO\n",
				q->q_id, index, (unsigned long long)off,
				(unsigned long long)len);
		q->shm_warned = true;
		return NULL;
	}
	UBLK_STAT_ADD(q->st->nr_shm, 1);
	return (char *)s->base + off;
}
