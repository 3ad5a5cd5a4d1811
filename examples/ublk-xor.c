// SPDX-License-Identifier: MIT
/*
 * ublk-xor: an out-of-tree ublkd target, built only against the installed
 * library (make -C examples, or cc ublk-xor.c $(pkg-config --cflags --libs
 * ublkd)). A file-backed disk whose every 512-byte sector is stored XORed
 * with a key stream of its own (splitmix64 seeded with the key and the
 * sector number): a scrambler to show a transforming target, not a
 * cipher. Its devices are managed by `ublk list` and `ublk del`.
 *
 *   ublk-xor -f FILE [-k KEY] [-n ID] [-q QUEUES] [-d DEPTH] [--foreground]
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <ublkd/daemon.h>

struct xor_conf {
	const char *file;
	uint64_t key;
	int fd, fidx;		/* the backing file, its fixed-file index */
};

/* XOR @nr sectors at @buf, the first being @sector, with splitmix64. */
static void xor_sectors(uint64_t key, uint64_t sector, void *buf, uint32_t nr)
{
	uint64_t *w = buf, s, z;
	uint32_t i, j;

	for (i = 0; i < nr; i++, sector++) {
		s = key ^ (sector * 0xd6e8feb86659fd93ULL);
		for (j = 0; j < 512 / 8; j++) {
			z = (s += 0x9e3779b97f4a7c15ULL);
			z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
			z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
			*w++ ^= z ^ (z >> 31);
		}
	}
}

static int xor_init(struct ublk_dev *dev, bool recovering)
{
	struct xor_conf *c = ublk_dev_tgt_conf(dev);
	struct stat st;
	int err;

	(void)recovering;
	c->fd = open(c->file, O_RDWR | O_CLOEXEC);
	if (c->fd < 0 || fstat(c->fd, &st)) {
		err = errno;
		fprintf(stderr, "ublk-xor: %s: %s\n", c->file, strerror(err));
		return -err;
	}
	c->fidx = ublk_dev_add_fd(dev, c->fd);
	if (c->fidx < 0)
		return c->fidx;
	return ublk_set_basic_params(dev, (uint64_t)st.st_size & ~511ULL, 0, 0);
}

static void xor_deinit(struct ublk_dev *dev)
{
	close(((struct xor_conf *)ublk_dev_tgt_conf(dev))->fd);
}

/* On the queue's thread: one SQE on its ring per request, no syscall. */
static int xor_queue_io(struct ublk_queue *q, unsigned int tag,
			const struct ublksrv_io_desc *iod)
{
	struct xor_conf *c = ublk_dev_tgt_conf(ublk_queue_dev(q));
	unsigned int op = ublksrv_get_op(iod), len = iod->nr_sectors << 9;
	void *buf = ublk_io_buf(q, tag);
	struct ur_sqe *sqe;

	if (op > UBLK_IO_OP_FLUSH)	/* READ 0, WRITE 1, FLUSH 2 */
		return -EOPNOTSUPP;
	sqe = ublk_tgt_get_sqe(q, tag, op, 0);
	if (!sqe)
		return -EBUSY;	/* the ring has no room, even after a submit */
	if (op == UBLK_IO_OP_READ)
		ur_prep_read(sqe, c->fidx, buf, len, iod->start_sector << 9);
	if (op == UBLK_IO_OP_WRITE) {
		xor_sectors(c->key, iod->start_sector, buf, iod->nr_sectors);
		ur_prep_write(sqe, c->fidx, buf, len, iod->start_sector << 9, 0);
	}
	if (op == UBLK_IO_OP_FLUSH)
		ur_prep_fsync(sqe, c->fidx, IORING_FSYNC_DATASYNC);
	ur_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
	return 0;
}

static void xor_io_done(struct ublk_queue *q, unsigned int tag,
			const struct ur_cqe *cqe)
{
	struct xor_conf *c = ublk_dev_tgt_conf(ublk_queue_dev(q));
	const struct ublksrv_io_desc *iod = ublk_queue_iod(q, tag);
	unsigned int op = ublk_ud_op(cqe->user_data);
	int want = op == UBLK_IO_OP_FLUSH ? 0 : (int)(iod->nr_sectors << 9);
	int res = cqe->res;

	if (res >= 0 && res != want)
		res = -EIO;	/* a short transfer inside the file */
	if (res > 0 && op == UBLK_IO_OP_READ)
		xor_sectors(c->key, iod->start_sector, ublk_io_buf(q, tag),
			    iod->nr_sectors);
	ublk_complete_io(q, tag, res);
}

/* For `ublk list`: one JSON object. */
static void xor_describe(struct ublk_dev *dev, char *buf, size_t len)
{
	char file[256];

	ublk_json_escape(file, sizeof(file),
			 ((struct xor_conf *)ublk_dev_tgt_conf(dev))->file);
	snprintf(buf, len, "{\"name\":\"xor\",\"file\":\"%s\",\"dev_size\":%llu}",
		 file, (unsigned long long)ublk_dev_size(dev));
}

/* A number in [@min, @max] (0x.. too), else false. */
static bool num(const char *s, unsigned long long min, unsigned long long max,
		unsigned long long *out)
{
	char *end;

	errno = 0;
	*out = strtoull(s, &end, 0);
	return !errno && *s && *s != '-' && !*end && *out >= min && *out <= max;
}

static const struct ublk_tgt_ops xor_ops = {
	.name = "xor",
	.conf_size = sizeof(struct xor_conf),
	.init = xor_init,
	.deinit = xor_deinit,
	.queue_io = xor_queue_io,
	.io_done = xor_io_done,
	.describe = xor_describe,
};

int main(int argc, char **argv)
{
	static const struct option lopts[] = {
		{ "foreground", no_argument, NULL, 'F' }, { NULL, 0, NULL, 0 } };
	struct ublk_dev *dev = ublk_dev_new(&xor_ops);
	struct ublk_dev_opts *o = ublk_dev_opts(dev);
	struct xor_conf *c = ublk_dev_tgt_conf(dev);
	struct ublk_daemon d = { .dev = dev, .argc = argc, .argv = argv };
	unsigned long long v;
	bool good = true;
	uint32_t id;
	int opt, ret;

	while ((opt = getopt_long(argc, argv, "f:k:n:q:d:", lopts, NULL)) != -1) {
		if (opt == 'f')
			c->file = optarg;
		else if (opt == 'k' && num(optarg, 0, UINT64_MAX, &v))
			c->key = v;
		else if (opt == 'n' && num(optarg, 0, INT32_MAX, &v))
			o->dev_id = (int)v;
		else if (opt == 'q' && num(optarg, 1, UBLKD_MAX_QUEUES, &v))
			o->nr_queues = (unsigned int)v;
		else if (opt == 'd' && num(optarg, 1, UBLKD_MAX_DEPTH, &v))
			o->queue_depth = (unsigned int)v;
		else if (opt == 'F')
			o->foreground = true;
		else if ((good = false), opt != '?')	/* ? : getopt said */
			fprintf(stderr, "ublk-xor: invalid -%c '%s'\n", opt, optarg);
	}
	if (!good || !c->file || optind != argc) {
		fprintf(stderr, "usage: ublk-xor -f FILE [-k KEY] [-n ID] [-q 1-%d] [-d 1-%d] [--foreground]\n",
			UBLKD_MAX_QUEUES, UBLKD_MAX_DEPTH);
		return 2;
	}
	ret = ublk_daemon_start(&d, &id);
	if (!ret && !o->foreground)
		printf("dev id %u: /dev/ublkb%u\n", id, id);
	ublk_dev_free(dev);
	return ret;
}
