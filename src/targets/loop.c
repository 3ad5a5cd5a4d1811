// SPDX-License-Identifier: MIT
/*
 * loop: serve a file or a block device.
 *
 * The backing fd is fixed file 1 of every queue ring: reads, writes,
 * fsync and fallocate go out as SQEs in the same io_uring_enter as the
 * ublk commits, straight into the tag's buffer (no copy, no thread pool).
 * Short transfers are resumed from ublk_io_progress(). A block-device backing
 * has no io_uring discard op on 6.12: DISCARD and WRITE_ZEROES use the
 * BLKDISCARD / BLKZEROOUT ioctls synchronously (they are rare).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include <linux/falloc.h>
#include <linux/fs.h>

#include "ublkd/dev.h"
#include "ublkd/names.h"

#define LOOP_ZERO_RANGE	1	/* tgt_data: WRITE_ZEROES sent as ZERO_RANGE */
#define LOOP_STALLED	2	/* tgt_data: the test stall's TIMEOUT ended */

/* What `ublk add` gave. */
struct loop_conf {
	const char *file;		/* -f */
	bool buffered_io;		/* --buffered_io */
	uint64_t offset_sectors;	/* -o, 512-byte units */
	uint64_t size;			/* --size, bytes (0: the rest) */
};

struct loop_tgt {
	int fd;
	int fidx;		/* its fixed-file index in the queue rings */
	bool direct;		/* opened O_DIRECT */
	bool blkdev;
	bool read_only;
	bool no_zero_range;	/* ZERO_RANGE refused once: punch instead */
	uint64_t offset;	/* bytes */
	uint64_t backing_size;	/* bytes */
	unsigned int lbs;	/* backing's logical block size, then the device's */
	unsigned int pbs;
	unsigned int discard_gran;	/* 0: no discard */
	unsigned int mem_align;	/* O_DIRECT's memory alignment (0: none) */
	/*
	 * Test-only stall (UBLKD_TEST_LOOP_STALL=START:SECTORS:MS, read at
	 * init): a READ or WRITE touching sectors [START, START+SECTORS)
	 * waits MS ms in an IORING_OP_TIMEOUT on the queue's ring before its
	 * backing I/O goes out; the queue serves everything else meanwhile.
	 */
	uint64_t stall_start, stall_len;	/* sectors; len 0: off */
	struct __kernel_timespec stall_ts;	/* read by the kernel at submit */
	char path[PATH_MAX];	/* absolute, for describe */
};

/* ---- init ---- */

static int loop_open(const char *path, struct loop_tgt *lt, bool buffered)
{
	int dflag = buffered ? 0 : O_DIRECT;
	int fd, err;

	fd = open(path, O_RDWR | O_CLOEXEC | dflag);
	if (fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM)) {
		lt->read_only = true;
		fd = open(path, O_RDONLY | O_CLOEXEC | dflag);
	}
	if (fd < 0 && errno == EINVAL && dflag) {
		fprintf(stderr, "ublkd: loop: %s: the filesystem refuses O_DIRECT, using buffered I/O\n",
			path);
		dflag = 0;
		fd = open(path, (lt->read_only ? O_RDONLY : O_RDWR) |
			  O_CLOEXEC);
	}
	if (fd < 0) {
		err = -errno;
		fprintf(stderr, "ublkd: loop: cannot open %s: %s\n", path,
			strerror(-err));
		return err;
	}
	lt->fd = fd;
	lt->direct = dflag != 0;
	if (!lt->read_only && access(path, W_OK) && errno != ENOENT)
		lt->read_only = true;
	return 0;
}

/* Read a number from /sys/dev/block/M:m/queue/NAME (or the parent's). */
static uint64_t sysfs_queue_u64(dev_t rdev, const char *name)
{
	unsigned long long v = 0;
	char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "/sys/dev/block/%u:%u/queue/%s",
		 major(rdev), minor(rdev), name);
	f = fopen(path, "re");
	if (!f) {
		/* a partition: the queue belongs to the whole disk */
		snprintf(path, sizeof(path),
			 "/sys/dev/block/%u:%u/../queue/%s",
			 major(rdev), minor(rdev), name);
		f = fopen(path, "re");
	}
	if (!f)
		return 0;
	if (fscanf(f, "%llu", &v) != 1)
		v = 0;
	fclose(f);
	return v;
}

static int loop_probe_blkdev(const char *path, struct loop_tgt *lt,
			     const struct stat *st)
{
	unsigned long long size;
	int ssz = 512, psz = 512, ro = 0;

	if (ioctl(lt->fd, BLKGETSIZE64, &size)) {
		fprintf(stderr, "ublkd: loop: %s: BLKGETSIZE64: %s\n", path,
			strerror(errno));
		return -errno;
	}
	if (ioctl(lt->fd, BLKSSZGET, &ssz) || ssz < 512)
		ssz = 512;
	if (ioctl(lt->fd, BLKPBSZGET, &psz) || psz < ssz)
		psz = ssz;
	if (!ioctl(lt->fd, BLKROGET, &ro) && ro)
		lt->read_only = true;
	lt->blkdev = true;
	lt->backing_size = size;
	lt->mem_align = (unsigned int)sysfs_queue_u64(st->st_rdev,
						      "dma_alignment") + 1;
	lt->lbs = (unsigned int)ssz;
	lt->pbs = (unsigned int)psz;
	if (sysfs_queue_u64(st->st_rdev, "discard_max_bytes") > 0) {
		lt->discard_gran = (unsigned int)sysfs_queue_u64(st->st_rdev,
							"discard_granularity");
		if (lt->discard_gran < lt->lbs)
			lt->discard_gran = lt->lbs;
	}
	return 0;
}

/*
 * What O_DIRECT needs (statx DIOALIGN): the file offset alignment (else
 * 512) and, into *@mem, the memory alignment (else 512).
 */
static unsigned int dio_align(int fd, unsigned int *mem)
{
	*mem = 512;
#ifdef STATX_DIOALIGN
	struct statx stx;

	if (!statx(fd, "", AT_EMPTY_PATH, STATX_DIOALIGN, &stx) &&
	    (stx.stx_mask & STATX_DIOALIGN)) {
		if (stx.stx_dio_mem_align)
			*mem = stx.stx_dio_mem_align;
		if (stx.stx_dio_offset_align > 512)
			return stx.stx_dio_offset_align;
	}
#else
	(void)fd;
#endif
	return 512;
}

/*
 * Hole punching works if punching past the end of the file does: that
 * range holds no data, so the probe changes nothing.
 */
static bool can_punch(int fd, uint64_t end)
{
	uint64_t off = (end + 4095) & ~4095ULL;

	return fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
			 (off_t)off, 4096) == 0;
}

static int loop_probe_file(struct loop_tgt *lt, const struct stat *st)
{
	lt->backing_size = (uint64_t)st->st_size;
	lt->lbs = lt->direct ? dio_align(lt->fd, &lt->mem_align) : 512;
	/* the filesystem's block: what writes should align to */
	lt->pbs = st->st_blksize > 0 && st->st_blksize <= 4096 ?
		  (unsigned int)st->st_blksize : 4096;
	if (lt->pbs < lt->lbs)
		lt->pbs = lt->lbs;
	if (!lt->read_only && can_punch(lt->fd, lt->backing_size))
		lt->discard_gran = st->st_blksize > 0 ?
				   (unsigned int)st->st_blksize : 4096;
	return 0;
}

static int loop_stat(const char *path, struct stat *st)
{
	if (stat(path, st)) {
		int err = -errno;

		fprintf(stderr, "ublkd: loop: %s: %s\n", path, strerror(-err));
		return err;
	}
	if (S_ISDIR(st->st_mode)) {
		fprintf(stderr, "ublkd: loop: %s is a directory, not a file or block device\n",
			path);
		return -EINVAL;
	}
	if (!S_ISREG(st->st_mode) && !S_ISBLK(st->st_mode)) {
		fprintf(stderr, "ublkd: loop: %s is neither a regular file nor a block device\n",
			path);
		return -EINVAL;
	}
	return 0;
}

/* Block sizes: the backing's, raised (never lowered) by the options. */
static int loop_block_sizes(struct ublk_dev *dev, struct loop_tgt *lt)
{
	const struct loop_conf *o = ublk_dev_tgt_conf(dev);
	unsigned int lbs = lt->lbs, pbs = lt->pbs, olbs, opbs;

	ublk_dev_block_sizes(dev, &olbs, &opbs);
	if (lbs > 4096) {
		fprintf(stderr, "ublkd: loop: %s needs %u-byte aligned I/O, more than the 4096 ublk allows\n",
			o->file, lbs);
		return -EINVAL;
	}
	if (olbs && olbs < lbs)
		fprintf(stderr, "ublkd: loop: --logical_block_size %u is below the backing's %u: using %u\n",
			olbs, lbs, lbs);
	if (olbs > lbs)
		lbs = olbs;
	if (opbs > pbs)
		pbs = opbs;
	if (pbs > 4096)
		pbs = 4096;
	if (pbs < lbs)
		pbs = lbs;
	lt->lbs = lbs;
	lt->pbs = pbs;
	return 0;
}

static int loop_size(struct ublk_dev *dev, struct loop_tgt *lt,
		     uint64_t *bytes)
{
	const struct loop_conf *o = ublk_dev_tgt_conf(dev);
	uint64_t avail;

	if (!lt->backing_size) {
		fprintf(stderr, "ublkd: loop: %s is empty (0 bytes)\n", o->file);
		return -EINVAL;
	}
	if (o->offset_sectors > (UINT64_MAX >> 9) ||
	    lt->offset >= lt->backing_size) {
		fprintf(stderr, "ublkd: loop: offset %llu sectors is at or beyond the end of %s (%llu bytes)\n",
			(unsigned long long)o->offset_sectors, o->file,
			(unsigned long long)lt->backing_size);
		return -EINVAL;
	}
	if (lt->offset % lt->lbs) {
		fprintf(stderr, "ublkd: loop: offset %llu bytes is not a multiple of the %u-byte block size\n",
			(unsigned long long)lt->offset, lt->lbs);
		return -EINVAL;
	}
	avail = lt->backing_size - lt->offset;
	if (o->size > avail) {
		fprintf(stderr, "ublkd: loop: --size %llu is larger than %s after the offset (%llu bytes)\n",
			(unsigned long long)o->size, o->file,
			(unsigned long long)avail);
		return -EINVAL;
	}
	*bytes = o->size ? o->size : avail;
	if (*bytes % lt->lbs) {
		fprintf(stderr, "ublkd: loop: size %llu bytes of %s is not a multiple of the %u-byte block size (use --size)\n",
			(unsigned long long)*bytes, o->file, lt->lbs);
		return -EINVAL;
	}
	return 0;
}

/*
 * Zero copy hands the request's own pages to O_DIRECT on the backing:
 * each segment must meet its alignment. A segment's address must be
 * aligned as the backing's memory wants, and its length a multiple of
 * the backing's block: asking the block layer for block-aligned memory
 * gives both (segments then start on block boundaries and, the request
 * being whole blocks, span whole blocks). Clients with less aligned
 * O_DIRECT buffers get the kernel's bounce (or EINVAL), as on the backing.
 */
static void loop_zc_align(struct ublk_dev *dev, const struct loop_tgt *lt)
{
	struct ublk_params *p = ublk_dev_params(dev);
	unsigned int align = lt->mem_align > lt->lbs ? lt->mem_align : lt->lbs;

	if (align <= 512)
		return;		/* the block layer's default: 512 */
	p->types |= UBLK_PARAM_TYPE_DMA_ALIGN;
	p->dma.alignment = align - 1;
}

static int loop_params(struct ublk_dev *dev, struct loop_tgt *lt)
{
	uint64_t bytes;
	int ret;

	ret = loop_block_sizes(dev, lt);
	if (!ret)
		ret = loop_size(dev, lt, &bytes);
	if (!ret)
		ret = ublk_set_basic_params(dev, bytes, lt->lbs, lt->pbs);
	if (ret)
		return ret;
	ublk_dev_params(dev)->basic.attrs |= UBLK_ATTR_VOLATILE_CACHE |
					     UBLK_ATTR_FUA;
	if (ublk_dev_zero_copy(dev) && lt->direct)
		loop_zc_align(dev, lt);
	if (lt->read_only)
		ublk_dev_params(dev)->basic.attrs |= UBLK_ATTR_READ_ONLY;
	else if (lt->discard_gran)
		ublk_set_discard_params(dev, lt->discard_gran);
	return 0;
}

/* The test-only switch UBLKD_TEST_LOOP_STALL (see struct loop_tgt). */
static int loop_test_stall(struct loop_tgt *lt)
{
	const char *s = getenv("UBLKD_TEST_LOOP_STALL");
	unsigned long long start, len, ms;
	char tail;

	if (!s || !*s)
		return 0;
	if (sscanf(s, "%llu:%llu:%llu%c", &start, &len, &ms, &tail) != 3 ||
	    !len || !ms || start > UINT64_MAX - len) {
		fprintf(stderr, "ublkd: loop: UBLKD_TEST_LOOP_STALL=%s: want START:SECTORS:MS (positive SECTORS and MS)\n",
			s);
		return -EINVAL;
	}
	lt->stall_start = start;
	lt->stall_len = len;
	lt->stall_ts.tv_sec = (long long)(ms / 1000);
	lt->stall_ts.tv_nsec = (long long)(ms % 1000) * 1000000;
	fprintf(stderr, "ublkd: loop: test stall: sectors %llu+%llu wait %llu ms\n",
		start, len, ms);
	return 0;
}

static int loop_init(struct ublk_dev *dev, bool recovering)
{
	const struct loop_conf *o = ublk_dev_tgt_conf(dev);
	const char *path = o->file;
	struct loop_tgt *lt;
	struct stat st;
	int ret;

	(void)recovering;	/* the backing is simply opened again */
	if (!path || !*path) {
		fprintf(stderr, "ublkd: loop: -f FILE is required\n");
		return -EINVAL;
	}
	ret = loop_stat(path, &st);
	if (ret)
		return ret;
	lt = calloc(1, sizeof(*lt));
	if (!lt)
		return -ENOMEM;
	lt->fd = -1;
	ublk_dev_set_tgt_data(dev, lt);
	lt->offset = o->offset_sectors << 9;
	ret = loop_test_stall(lt);
	if (ret)
		return ret;
	ret = loop_open(path, lt, o->buffered_io);
	if (ret)
		return ret;
	/* what was opened, not what the path named a moment before */
	if (fstat(lt->fd, &st) ||
	    (!S_ISREG(st.st_mode) && !S_ISBLK(st.st_mode))) {
		fprintf(stderr, "ublkd: loop: %s changed while being opened\n",
			path);
		return -EINVAL;
	}
	if (!realpath(path, lt->path))
		snprintf(lt->path, sizeof(lt->path), "%s", path);
	if (S_ISBLK(st.st_mode))
		ret = loop_probe_blkdev(path, lt, &st);
	else
		ret = loop_probe_file(lt, &st);
	if (!ret)
		ret = loop_params(dev, lt);
	if (ret)
		return ret;
	if (lt->read_only)
		fprintf(stderr, "ublkd: loop: %s is not writable: the device is read-only\n",
			path);
	lt->fidx = ublk_dev_add_fd(dev, lt->fd);
	return lt->fidx < 0 ? lt->fidx : 0;
}

static void loop_deinit(struct ublk_dev *dev)
{
	struct loop_tgt *lt = ublk_dev_tgt_data(dev);

	if (!lt)
		return;
	if (lt->fd >= 0)
		close(lt->fd);
	free(lt);
	ublk_dev_set_tgt_data(dev, NULL);
}

/* ---- I/O ---- */

static uint64_t loop_off(const struct loop_tgt *lt,
			 const struct ublksrv_io_desc *iod)
{
	return lt->offset + (iod->start_sector << 9);
}

static const struct loop_tgt *loop_of(const struct ublk_queue *q)
{
	return ublk_dev_tgt_data(ublk_queue_dev(q));
}

static struct ur_sqe *loop_sqe(struct ublk_queue *q, unsigned int tag,
			       unsigned int op, unsigned int data)
{
	struct ur_sqe *sqe = ublk_tgt_get_sqe(q, tag, op, data);

	if (sqe)
		ur_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
	return sqe;
}

/* Read or write what is left of the request (from its progress). */
static int loop_rw(struct ublk_queue *q, unsigned int tag,
		   const struct ublksrv_io_desc *iod, unsigned int op)
{
	const struct loop_tgt *lt = loop_of(q);
	uint32_t done = *ublk_io_progress(q, tag);
	uint32_t len = (iod->nr_sectors << 9) - done;
	uint64_t off = loop_off(lt, iod) + done;
	unsigned int fua = (iod->op_flags & UBLK_IO_F_FUA) ? RWF_DSYNC : 0;
	struct ur_sqe *sqe = loop_sqe(q, tag, op, 0);
	char *buf;

	if (!sqe)
		return -EBUSY;
	if (ublk_queue_zero_copy(q)) {
		/* the request's own pages: fixed buffer, address = offset */
		unsigned int idx = ublk_io_buf_index(q, tag);

		if (op == UBLK_IO_OP_READ)
			ur_prep_read_fixed(sqe, lt->fidx, done, len, off, idx);
		else
			ur_prep_write_fixed(sqe, lt->fidx, done, len, off, idx,
					    fua);
		return 0;
	}
	buf = (char *)ublk_io_data(q, tag) + done;
	if (op == UBLK_IO_OP_READ)
		ur_prep_read(sqe, lt->fidx, buf, len, off);
	else
		ur_prep_write(sqe, lt->fidx, buf, len, off, fua);
	return 0;
}

static int loop_fallocate(struct ublk_queue *q, unsigned int tag,
			  const struct ublksrv_io_desc *iod, unsigned int op)
{
	const struct loop_tgt *lt = loop_of(q);
	int mode = FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE;
	unsigned int data = 0;
	struct ur_sqe *sqe;

	if (op == UBLK_IO_OP_WRITE_ZEROES &&
	    (iod->op_flags & UBLK_IO_F_NOUNMAP) && !lt->no_zero_range) {
		mode = FALLOC_FL_ZERO_RANGE | FALLOC_FL_KEEP_SIZE;
		data = LOOP_ZERO_RANGE;
	}
	sqe = loop_sqe(q, tag, op, data);
	if (!sqe)
		return -EBUSY;
	ur_prep_fallocate(sqe, lt->fidx, mode, loop_off(lt, iod),
			  (uint64_t)iod->nr_sectors << 9);
	return 0;
}

/* Block-device discard / zero-out: synchronous ioctls. */
static int loop_blk_zero(struct ublk_queue *q, unsigned int tag,
			 const struct ublksrv_io_desc *iod, unsigned int op)
{
	const struct loop_tgt *lt = loop_of(q);
	uint64_t range[2] = { loop_off(lt, iod),
			      (uint64_t)iod->nr_sectors << 9 };
	unsigned long req = op == UBLK_IO_OP_DISCARD ? BLKDISCARD : BLKZEROOUT;

	if (ioctl(lt->fd, req, range))
		return -errno;
	ublk_complete_io(q, tag, 0);
	return 0;
}

static int loop_flush(struct ublk_queue *q, unsigned int tag)
{
	const struct loop_tgt *lt = loop_of(q);
	struct ur_sqe *sqe = loop_sqe(q, tag, UBLK_IO_OP_FLUSH, 0);

	if (!sqe)
		return -EBUSY;
	ur_prep_fsync(sqe, lt->fidx, IORING_FSYNC_DATASYNC);
	return 0;
}

/* The test stall: park the request in a TIMEOUT on the queue's ring. */
static bool loop_stall(struct ublk_queue *q, unsigned int tag,
		       const struct ublksrv_io_desc *iod, unsigned int op)
{
	struct loop_tgt *lt = ublk_dev_tgt_data(ublk_queue_dev(q));
	struct ur_sqe *sqe;

	if (!lt->stall_len ||
	    (op != UBLK_IO_OP_READ && op != UBLK_IO_OP_WRITE) ||
	    iod->start_sector >= lt->stall_start + lt->stall_len ||
	    iod->start_sector + iod->nr_sectors <= lt->stall_start)
		return false;
	sqe = ublk_tgt_get_sqe(q, tag, op, LOOP_STALLED);
	if (!sqe)
		return false;	/* no room: serve it now */
	ur_prep_timeout(sqe, &lt->stall_ts, 0, 0);
	return true;
}

static int loop_submit(struct ublk_queue *q, unsigned int tag,
		       const struct ublksrv_io_desc *iod, unsigned int op,
		       bool stalled)
{
	const struct loop_tgt *lt = loop_of(q);

	if (lt->read_only && op != UBLK_IO_OP_READ && op != UBLK_IO_OP_FLUSH)
		return -EROFS;
	if (!stalled && loop_stall(q, tag, iod, op))
		return 0;
	switch (op) {
	case UBLK_IO_OP_READ:
	case UBLK_IO_OP_WRITE:
		return loop_rw(q, tag, iod, op);
	case UBLK_IO_OP_FLUSH:
		return loop_flush(q, tag);
	case UBLK_IO_OP_DISCARD:
	case UBLK_IO_OP_WRITE_ZEROES:
		if (!lt->discard_gran)
			return -EOPNOTSUPP;
		if (lt->blkdev)
			return loop_blk_zero(q, tag, iod, op);
		return loop_fallocate(q, tag, iod, op);
	default:
		return -EOPNOTSUPP;
	}
}

static int loop_queue_io(struct ublk_queue *q, unsigned int tag,
			 const struct ublksrv_io_desc *iod)
{
	return loop_submit(q, tag, iod, ublksrv_get_op(iod), false);
}

/* A read or write CQE: resume a short transfer, or finish. */
static void loop_rw_done(struct ublk_queue *q, unsigned int tag,
			 const struct ublksrv_io_desc *iod, unsigned int op,
			 int res)
{
	uint32_t *done = ublk_io_progress(q, tag);
	uint32_t total = iod->nr_sectors << 9;
	int ret;

	if (res <= 0) {
		/* 0: EOF inside the device's bounds (backing shrank) */
		ublk_complete_io(q, tag, res ? res : -EIO);
		return;
	}
	*done += (uint32_t)res;
	if (*done >= total) {
		ublk_complete_io(q, tag, (int)total);
		return;
	}
	ret = loop_rw(q, tag, iod, op);
	if (ret)
		ublk_complete_io(q, tag, ret);
}

/* Log the first backing errors (the daemon's log), not a flood of them. */
static void loop_log_error(const struct ublk_queue *q,
			   const struct ublksrv_io_desc *iod, unsigned int op,
			   int res)
{
	static unsigned int logged;
	unsigned int n = __atomic_fetch_add(&logged, 1, __ATOMIC_RELAXED);

	if (n >= 16)
		return;
	fprintf(stderr, "ublkd: loop: q%u: %s of %u sectors at %llu: %s%s\n",
		ublk_queue_id(q), ublk_op_name(op), iod->nr_sectors,
		(unsigned long long)iod->start_sector, strerror(-res),
		n == 15 ? " (further errors not logged)" : "");
}

static void loop_io_done(struct ublk_queue *q, unsigned int tag,
			 const struct ur_cqe *cqe)
{
	const struct ublksrv_io_desc *iod = ublk_queue_iod(q, tag);
	struct loop_tgt *lt = ublk_dev_tgt_data(ublk_queue_dev(q));
	unsigned int op = ublk_ud_op(cqe->user_data);
	int res = cqe->res, ret;

	if (res == -EOPNOTSUPP &&
	    ublk_ud_tgt_data(cqe->user_data) == LOOP_ZERO_RANGE) {
		/* no ZERO_RANGE here: a punched hole reads back zero too */
		lt->no_zero_range = true;
		res = -EAGAIN;
	}
	if (ublk_ud_tgt_data(cqe->user_data) == LOOP_STALLED) {
		/* -ETIME: the stall is over; the I/O goes out now */
		res = -EAGAIN;
	}
	if (res == -EAGAIN) {
		ret = loop_submit(q, tag, iod, op, true);
		if (ret)
			ublk_complete_io(q, tag, ret);
		return;
	}
	if (res < 0)
		loop_log_error(q, iod, op, res);
	if (op == UBLK_IO_OP_READ || op == UBLK_IO_OP_WRITE) {
		loop_rw_done(q, tag, iod, op, res);
		return;
	}
	ublk_complete_io(q, tag, res < 0 ? res : 0);
}

/* ---- description ---- */

static void loop_describe(struct ublk_dev *dev, char *buf, size_t len)
{
	const struct loop_tgt *lt = ublk_dev_tgt_data(dev);
	const struct loop_conf *o = ublk_dev_tgt_conf(dev);
	char file[UBLKD_TGT_JSON_LEN - 128];

	ublk_json_escape(file, sizeof(file), lt ? lt->path : o->file);
	snprintf(buf, len,
		 "{\"name\":\"loop\",\"backing_file\":\"%s\",\"dev_size\":%llu,\"direct_io\":%d,\"offset\":%llu}",
		 file,
		 (unsigned long long)ublk_dev_params(dev)->basic.dev_sectors << 9,
		 lt && lt->direct ? 1 : 0,
		 (unsigned long long)o->offset_sectors);
}

static const struct ublk_tgt_opt loop_opts[] = {
	{ "file", 'f', true, true, "-f, --file FILE       the backing file or block device (required)" },
	{ "offset", 'o', true, false, "-o, --offset SECTORS  start at this 512-byte sector of FILE" },
	{ "size", 0, true, false, "--size SIZE           at most SIZE bytes of FILE (default: the rest)" },
	{ "buffered_io", 0, false, false, "--buffered_io         through the page cache (default O_DIRECT)" },
	{ NULL },
};

static int loop_parse_opt(struct ublk_dev *dev, const struct ublk_tgt_opt *opt,
			  const char *arg)
{
	struct loop_conf *c = ublk_dev_tgt_conf(dev);

	switch (opt->name[0]) {
	case 'f':
		c->file = arg;
		return 0;
	case 'o':
		return ublk_tgt_parse_size(arg, "offset (sectors)", false,
					   &c->offset_sectors);
	case 's':
		return ublk_tgt_parse_size(arg, "size", true, &c->size);
	case 'b':
		c->buffered_io = true;
		return 0;
	default:
		return -EINVAL;
	}
}

static int loop_check_opts(struct ublk_dev *dev)
{
	const struct loop_conf *c = ublk_dev_tgt_conf(dev);

	if (!c->file) {
		fprintf(stderr, "ublk add: loop needs -f FILE\n");
		return -EINVAL;
	}
	return 0;
}

static void loop_usage(void)
{
	printf("  loop: -f FILE [-o OFFSET_SECTORS] [--size SIZE] [--buffered_io]\n"
	       "        (a file or block device; O_DIRECT unless --buffered_io)\n");
}

/*
 * `ublk resize`: loop follows its backing. No size: all of the file after
 * the offset (as it is now); a size: at most that. Nothing to free after.
 */
static int loop_resize(struct ublk_dev *dev, uint64_t *bytes, bool done)
{
	struct loop_conf *c = ublk_dev_tgt_conf(dev);
	struct loop_tgt *lt = ublk_dev_tgt_data(dev);
	unsigned long long size;
	struct stat st;
	uint64_t avail;

	if (done) {
		c->size = *bytes;
		return 0;
	}
	if (lt->blkdev) {
		if (ioctl(lt->fd, BLKGETSIZE64, &size)) {
			fprintf(stderr, "ublkd: loop: BLKGETSIZE64 on %s: %s\n",
				lt->path, strerror(errno));
			return -errno;
		}
	} else {
		if (fstat(lt->fd, &st)) {
			fprintf(stderr, "ublkd: loop: fstat %s: %s\n", lt->path,
				strerror(errno));
			return -errno;
		}
		size = (unsigned long long)st.st_size;
	}
	if (size <= lt->offset) {
		fprintf(stderr, "ublkd: loop: %s is %llu bytes now, not past the offset %llu\n",
			lt->path, size, (unsigned long long)lt->offset);
		return -EINVAL;
	}
	avail = size - lt->offset;
	if (!*bytes)
		*bytes = avail / lt->lbs * lt->lbs;
	if (*bytes > avail) {
		fprintf(stderr, "ublkd: loop: %llu bytes is more than %s holds after the offset (%llu): grow the file first\n",
			(unsigned long long)*bytes, lt->path,
			(unsigned long long)avail);
		return -EFBIG;
	}
	lt->backing_size = size;
	return 0;
}

/* After a resize, the size recovery must find (beats --size). */
static void loop_save_state(struct ublk_dev *dev, ublk_put_key_fn put,
			    void *ctx)
{
	const struct loop_conf *c = ublk_dev_tgt_conf(dev);
	char size[24];

	if (!c->size)
		return;
	snprintf(size, sizeof(size), "%llu", (unsigned long long)c->size);
	put(ctx, "size", size);
}

static int loop_load_state(struct ublk_dev *dev, const char *key,
			   const char *val)
{
	struct loop_conf *c = ublk_dev_tgt_conf(dev);

	if (strcmp(key, "size"))
		return 0;
	return ublk_tgt_parse_size(val, "saved size", true, &c->size);
}

const struct ublk_tgt_ops ublk_tgt_loop = {
	.name = "loop",
	.zero_copy = true,
	.zero_copy_default = true,
	/* writes ext4 refuses under NOWAIT go to io-wq: keep it beside us */
	.queue_one_cpu = true,
	.opts = loop_opts,
	.help = "      loop -f FILE [--buffered_io] [-o SECTORS] [--size SIZE]\n"
		"                             FILE from 512-byte sector SECTORS on;\n"
		"                             O_DIRECT unless --buffered_io\n",
	.conf_size = sizeof(struct loop_conf),
	.parse_opt = loop_parse_opt,
	.check_opts = loop_check_opts,
	.save_state = loop_save_state,
	.load_state = loop_load_state,
	.init = loop_init,
	.deinit = loop_deinit,
	.resize = loop_resize,
	.queue_io = loop_queue_io,
	.io_done = loop_io_done,
	.usage = loop_usage,
	.describe = loop_describe,
};
