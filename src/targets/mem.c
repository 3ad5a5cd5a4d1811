// SPDX-License-Identifier: MIT
/*
 * mem: a RAM disk. The memory is a shared-memory file (under /dev/shm, or
 * $UBLKD_SHM_DIR) mapped MAP_SHARED, so it outlives the daemon: a device
 * with user recovery finds its data again in the new daemon. Without
 * recovery the file is unlinked at once and dies with the daemon.
 *
 * `ublk resize`: the mapping sits at the start of a reserved range of
 * address space (MEM_RESERVE), so growing maps more of the file behind it
 * and nothing moves under the queue threads; shrinking punches the tail
 * out of the file (its memory is freed, the mapping and file size stay,
 * so a late request for it reads zeroes, never faults).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "ublkd/dev.h"
#include "util/copy.h"

/* What `ublk add` gave, and the backing's path (saved as shm_path). */
struct mem_conf {
	uint64_t size;		/* --size, bytes */
	char shm_path[256];	/* "" once unlinked (no recovery) */
};

struct mem_tgt {
	char *base;
	uint64_t size;		/* the device's size */
	uint64_t mapped;	/* bytes of the file mapped at base */
	uint64_t reserved;	/* address space reserved at base */
	int fd;
	int fidx;		/* fd's fixed-file index (zero copy) */
};

#define MEM_RESERVE	(1ULL << 40)	/* a RAM disk grows up to 1 TiB */
#define MEM_PAGE	4096ULL

static uint64_t page_up(uint64_t v)
{
	return (v + MEM_PAGE - 1) & ~(MEM_PAGE - 1);
}

static const char *shm_dir(void)
{
	const char *d = getenv("UBLKD_SHM_DIR");

	return d && *d ? d : "/dev/shm";
}

static bool bounce_wanted(void)
{
	const char *e = getenv("UBLKD_MEM_BOUNCE");

	return e && !strcmp(e, "1");
}

static bool keeps_backing(const struct ublk_dev *dev)
{
	return ublk_dev_flags(dev) & UBLK_F_USER_RECOVERY;
}

/* Is there room in the shm filesystem for @bytes more? */
static int mem_room(uint64_t bytes)
{
	struct statvfs sv;

	if (statvfs(shm_dir(), &sv) == 0 &&
	    (uint64_t)sv.f_bavail * sv.f_frsize < bytes) {
		fprintf(stderr, "ublkd: mem: %llu bytes do not fit in %s (%llu bytes free)\n",
			(unsigned long long)bytes, shm_dir(),
			(unsigned long long)sv.f_bavail * sv.f_frsize);
		return -ENOSPC;
	}
	return 0;
}

/* Map the file up to @bytes behind what is mapped already. */
static int mem_map(struct mem_tgt *m, uint64_t bytes)
{
	uint64_t end = page_up(bytes);
	void *p;

	if (end <= m->mapped)
		return 0;
	p = mmap(m->base + m->mapped, end - m->mapped,
		 PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, m->fd,
		 (off_t)m->mapped);
	if (p == MAP_FAILED) {
		fprintf(stderr, "ublkd: mem: mmap %llu bytes: %s\n",
			(unsigned long long)(end - m->mapped), strerror(errno));
		return -errno;
	}
	m->mapped = end;
	return 0;
}

/* A new backing file that surely fits, fully allocated (no SIGBUS later). */
static int mem_create(struct ublk_dev *dev, struct mem_tgt *m)
{
	struct mem_conf *c = ublk_dev_tgt_conf(dev);
	char *path = c->shm_path;
	int err;

	err = mem_room(m->size);
	if (err)
		return err;
	snprintf(path, sizeof(c->shm_path), "%s/ublkd-mem.XXXXXX",
		 shm_dir());
	m->fd = mkostemp(path, O_CLOEXEC);
	if (m->fd < 0) {
		err = -errno;
		fprintf(stderr, "ublkd: mem: cannot create %s: %s\n", path,
			strerror(-err));
		return err;
	}
	if (!keeps_backing(dev)) {
		unlink(path);
		path[0] = '\0';
	}
	err = posix_fallocate(m->fd, 0, (off_t)m->size);
	if (err) {
		fprintf(stderr, "ublkd: mem: cannot allocate %llu bytes: %s\n",
			(unsigned long long)m->size, strerror(err));
		return -err;
	}
	return 0;
}

/* Recovery: the backing the previous daemon left. */
static int mem_reopen(struct ublk_dev *dev, struct mem_tgt *m)
{
	const char *path = ((struct mem_conf *)ublk_dev_tgt_conf(dev))->shm_path;
	struct stat st;

	m->fd = open(path, O_RDWR | O_CLOEXEC);
	if (m->fd < 0 || fstat(m->fd, &st)) {
		fprintf(stderr, "ublkd: mem: cannot reopen backing %s: %s\n",
			path, strerror(errno));
		return -errno;
	}
	/* a shrink leaves the file longer (its tail punched out) */
	if ((uint64_t)st.st_size < m->size) {
		fprintf(stderr, "ublkd: mem: backing %s is %lld bytes, expected %llu\n",
			path, (long long)st.st_size,
			(unsigned long long)m->size);
		return -EINVAL;
	}
	return 0;
}

static int mem_init(struct ublk_dev *dev, bool recovering)
{
	const struct mem_conf *o = ublk_dev_tgt_conf(dev);
	struct mem_tgt *m;
	int ret;

	if (!o->size) {
		fprintf(stderr, "ublkd: mem: --size is required\n");
		return -EINVAL;
	}
	ret = ublk_set_basic_params(dev, o->size, 0, 0);
	if (ret)
		return ret;
	ublk_set_discard_params(dev, 4096);
	/*
	 * The kernel asks where each WRITE's data goes (NEED_GET_DATA) and
	 * copies it straight into the backing memory; READs are committed
	 * with the backing memory's address. One copy per request instead
	 * of two. UBLKD_MEM_BOUNCE=1 keeps the copy through the tag buffers.
	 */
	if (!recovering && !bounce_wanted() && !ublk_dev_zero_copy(dev) &&
	    !ublk_dev_user_copy(dev))
		ublk_dev_set_flags(dev, ublk_dev_flags(dev) |
				   UBLK_F_NEED_GET_DATA);
	m = calloc(1, sizeof(*m));
	if (!m)
		return -ENOMEM;
	ublk_dev_set_tgt_data(dev, m);
	m->size = o->size;
	m->fd = -1;
	ret = recovering ? mem_reopen(dev, m) : mem_create(dev, m);
	if (ret)
		return ret;
	/* zero copy: the kernel moves data between file and request pages */
	m->fidx = ublk_dev_add_fd(dev, m->fd);
	if (m->fidx < 0)
		return m->fidx;
	m->reserved = page_up(m->size > MEM_RESERVE ? m->size : MEM_RESERVE);
	m->base = mmap(NULL, m->reserved, PROT_NONE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m->base == MAP_FAILED) {
		m->base = NULL;
		fprintf(stderr, "ublkd: mem: cannot reserve %llu bytes of address space: %s\n",
			(unsigned long long)m->reserved, strerror(errno));
		return -errno;
	}
	return mem_map(m, m->size);
}

static void mem_deinit(struct ublk_dev *dev)
{
	struct mem_tgt *m = ublk_dev_tgt_data(dev);
	const char *shm = ((struct mem_conf *)ublk_dev_tgt_conf(dev))->shm_path;

	if (!m)
		return;
	if (m->base)
		munmap(m->base, m->reserved);
	if (m->fd >= 0)
		close(m->fd);
	/* The device is gone for good: so is its memory. */
	if (ublk_dev_deleted(dev) && shm[0])
		unlink(shm);
	free(m);
	ublk_dev_set_tgt_data(dev, NULL);
}

/* `ublk resize`: room first when growing, the tail freed after a shrink. */
static int mem_resize(struct ublk_dev *dev, uint64_t *bytes, bool done)
{
	struct mem_conf *c = ublk_dev_tgt_conf(dev);
	struct mem_tgt *m = ublk_dev_tgt_data(dev);
	uint64_t new = *bytes, start;
	int err;

	if (done) {
		start = page_up(new);
		if (new < m->size && start < m->mapped &&
		    fallocate(m->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
			      (off_t)start, (off_t)(m->mapped - start)))
			fprintf(stderr, "ublkd: mem: cannot free the tail after the shrink: %s\n",
				strerror(errno));
		m->size = new;
		c->size = new;
		return 0;
	}
	if (!new) {
		fprintf(stderr, "ublkd: mem: resize needs a size\n");
		return -EINVAL;
	}
	if (new > m->reserved) {
		fprintf(stderr, "ublkd: mem: %llu bytes is more than this RAM disk can grow to (%llu)\n",
			(unsigned long long)new, (unsigned long long)m->reserved);
		return -EFBIG;
	}
	if (new <= m->size)
		return 0;
	err = mem_room(new - m->size);
	if (err)
		return err;
	err = posix_fallocate(m->fd, 0, (off_t)new);
	if (err) {
		fprintf(stderr, "ublkd: mem: cannot allocate %llu bytes: %s\n",
			(unsigned long long)new, strerror(err));
		return -err;
	}
	return mem_map(m, new);
}

/* Zero a range: punch the whole pages (frees memory), memset the edges. */
static int mem_zero(struct mem_tgt *m, uint64_t off, uint64_t len,
		    bool unmap)
{
	uint64_t pg = 4096, start = (off + pg - 1) & ~(pg - 1);
	uint64_t end = (off + len) & ~(pg - 1);

	if (!unmap || end <= start ||
	    fallocate(m->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
		      (off_t)start, (off_t)(end - start))) {
		memset(m->base + off, 0, len);
		return 0;
	}
	memset(m->base + off, 0, start - off);
	memset(m->base + end, 0, off + len - end);
	return 0;
}

/* NEED_GET_DATA: a WRITE's data goes straight to its place. */
static void *mem_write_buf(struct ublk_queue *q, unsigned int tag,
			   const struct ublksrv_io_desc *iod)
{
	struct mem_tgt *m = ublk_dev_tgt_data(ublk_queue_dev(q));

	(void)tag;
	return m->base + (iod->start_sector << 9);
}

/*
 * Zero copy: READ_FIXED / WRITE_FIXED between the shared-memory file and
 * the request's own pages. User copy: a WRITE (for a READ request) or
 * READ on /dev/ublkcN between the RAM disk's memory and the request's
 * pages. Either way one copy, made by the kernel, as brd makes it.
 */
static int mem_zc_rw(struct ublk_queue *q, unsigned int tag,
		     const struct ublksrv_io_desc *iod, unsigned int op)
{
	struct mem_tgt *m = ublk_dev_tgt_data(ublk_queue_dev(q));
	uint32_t done = *ublk_io_progress(q, tag);
	uint32_t len = (iod->nr_sectors << 9) - done;
	uint64_t off = (iod->start_sector << 9) + done;
	struct ur_sqe *sqe = ublk_tgt_get_sqe(q, tag, op, 0);
	unsigned int idx;
	uint64_t pos;

	if (!sqe)
		return -EBUSY;
	ur_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
	if (ublk_queue_user_copy(q)) {
		pos = ublk_io_user_copy_pos(q, tag) + done;
		if (op == UBLK_IO_OP_READ)
			ur_prep_write(sqe, UBLK_TGT_CDEV_FD, m->base + off, len,
				      pos, 0);
		else
			ur_prep_read(sqe, UBLK_TGT_CDEV_FD, m->base + off, len,
				     pos);
		return 0;
	}
	idx = ublk_io_buf_index(q, tag);
	if (op == UBLK_IO_OP_READ)
		ur_prep_read_fixed(sqe, m->fidx, done, len, off, idx);
	else
		ur_prep_write_fixed(sqe, m->fidx, done, len, off, idx, 0);
	return 0;
}

static void mem_io_done(struct ublk_queue *q, unsigned int tag,
			const struct ur_cqe *cqe)
{
	const struct ublksrv_io_desc *iod = ublk_queue_iod(q, tag);
	uint32_t *done = ublk_io_progress(q, tag);
	uint32_t len = iod->nr_sectors << 9;
	int ret;

	if (cqe->res <= 0) {
		/* a READ past the file's end would be a hole: never zeroes */
		ublk_complete_io(q, tag, cqe->res < 0 ? cqe->res : -EIO);
		return;
	}
	*done += (uint32_t)cqe->res;
	if (*done >= len) {
		ublk_complete_io(q, tag, (int)len);
		return;
	}
	ret = mem_zc_rw(q, tag, iod, ublk_ud_op(cqe->user_data));
	if (ret)
		ublk_complete_io(q, tag, ret);
}

static int mem_queue_io(struct ublk_queue *q, unsigned int tag,
			const struct ublksrv_io_desc *iod)
{
	struct mem_tgt *m = ublk_dev_tgt_data(ublk_queue_dev(q));
	uint64_t off = iod->start_sector << 9;
	uint32_t len = iod->nr_sectors << 9;
	unsigned int op = ublksrv_get_op(iod);
	void *data = ublk_io_data(q, tag);

	if ((op == UBLK_IO_OP_READ || op == UBLK_IO_OP_WRITE) &&
	    (ublk_queue_zero_copy(q) || ublk_queue_user_copy(q)))
		return mem_zc_rw(q, tag, iod, op);
	switch (op) {
	case UBLK_IO_OP_READ:
		ublk_complete_io_from(q, tag, (int)len, m->base + off);
		return 0;
	case UBLK_IO_OP_WRITE:
		if (data != m->base + off)
			ublk_copy(m->base + off, data, len);
		break;
	case UBLK_IO_OP_FLUSH:
		break;
	case UBLK_IO_OP_DISCARD:
		mem_zero(m, off, len, true);
		break;
	case UBLK_IO_OP_WRITE_ZEROES:
		mem_zero(m, off, len,
			 !(iod->op_flags & UBLK_IO_F_NOUNMAP));
		break;
	default:
		return -EOPNOTSUPP;
	}
	ublk_complete_io(q, tag, (int)len);
	return 0;
}

static void mem_describe(struct ublk_dev *dev, char *buf, size_t len)
{
	const struct mem_conf *o = ublk_dev_tgt_conf(dev);

	snprintf(buf, len,
		 "{\"name\":\"mem\",\"dev_size\":%llu,\"shm\":\"%s\"}",
		 (unsigned long long)o->size, o->shm_path);
}

static const struct ublk_tgt_opt mem_opts[] = {
	{ "size", 0, true, false, "--size SIZE   RAM disk size (K/M/G suffixes), required" },
	{ NULL },
};

static int mem_parse_opt(struct ublk_dev *dev, const struct ublk_tgt_opt *opt,
			 const char *arg)
{
	struct mem_conf *c = ublk_dev_tgt_conf(dev);

	(void)opt;	/* --size is the only one */
	return ublk_tgt_parse_size(arg, "size", true, &c->size);
}

static int mem_check_opts(struct ublk_dev *dev)
{
	const struct mem_conf *c = ublk_dev_tgt_conf(dev);

	if (!c->size) {
		fprintf(stderr, "ublk add: mem needs --size SIZE\n");
		return -EINVAL;
	}
	return 0;
}

/* The backing file: what recovery reopens and `ublk del` removes. */
static void mem_save_state(struct ublk_dev *dev, ublk_put_key_fn put,
			   void *ctx)
{
	const struct mem_conf *c = ublk_dev_tgt_conf(dev);

	char size[24];

	put(ctx, "shm_path", c->shm_path);
	/* after a resize, what recovery must find (beats --size) */
	snprintf(size, sizeof(size), "%llu", (unsigned long long)c->size);
	put(ctx, "size", size);
}

static int mem_load_state(struct ublk_dev *dev, const char *key,
			  const char *val)
{
	struct mem_conf *c = ublk_dev_tgt_conf(dev);

	if (!strcmp(key, "size"))
		return ublk_tgt_parse_size(val, "saved size", true, &c->size);
	if (strcmp(key, "shm_path"))
		return 0;
	snprintf(c->shm_path, sizeof(c->shm_path), "%s", val);
	return 0;
}

/* A /dev/shm file or a shm_open() name, left by a daemon that is gone. */
static void mem_cleanup(const char *key, const char *val)
{
	if (strcmp(key, "shm_path") || !val[0])
		return;
	if (!strncmp(val, "/dev/shm/", 9))
		unlink(val);
	else if (val[0] == '/' && !strchr(val + 1, '/'))
		shm_unlink(val);
}

static void mem_usage(void)
{
	printf("  mem: --size SIZE (K/M/G suffixes)\n");
}

const struct ublk_tgt_ops ublk_tgt_mem = {
	.name = "mem",
	.zero_copy = true,
	.user_copy = true,
	.opts = mem_opts,
	.help = "      mem  --size SIZE       RAM disk of SIZE bytes (suffix K, M, G)\n",
	.conf_size = sizeof(struct mem_conf),
	.parse_opt = mem_parse_opt,
	.check_opts = mem_check_opts,
	.save_state = mem_save_state,
	.load_state = mem_load_state,
	.cleanup = mem_cleanup,
	.init = mem_init,
	.deinit = mem_deinit,
	.resize = mem_resize,
	.queue_io = mem_queue_io,
	.write_buf = mem_write_buf,
	.io_done = mem_io_done,
	.usage = mem_usage,
	.describe = mem_describe,
};
