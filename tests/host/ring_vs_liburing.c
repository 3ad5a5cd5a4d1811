// SPDX-License-Identifier: MIT
/*
 * Differential test: the same random sequence of batches (NOP, READ,
 * WRITE, FSYNC, FALLOCATE incl. punch hole, reads past EOF, a bad fd,
 * READ_FIXED / WRITE_FIXED on a sparse fixed-buffer table filled by
 * updates, and a fixed read naming an empty slot),
 * batch sizes 1..24, random user_data, driven through liburing (the
 * oracle, linked for tests only) on one temp file and through our ring on
 * another. Every completion must match: (user_data, res, flags) after
 * sorting each batch by user_data, read buffers byte for byte, and the
 * two files at the end. Run in 64/16-byte and SQE128/CQE32 modes.
 * UBLKD_SEED=n in the environment replays another sequence.
 */
#include <fcntl.h>
#include <liburing.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

#define BLK		4096u
#define NBLK		256u
#define FSIZE		(BLK * NBLK)
#define MAXB		24u
#define NBATCH		400u

enum { OP_NOP, OP_READ, OP_WRITE, OP_FSYNC, OP_FALLOC, OP_PUNCH, OP_EOF,
       OP_BADFD, OP_READ_FIXED, OP_WRITE_FIXED, OP_FIXED_EMPTY, NR_OPS };

/* Fixed-buffer slots: read buffers 0.., write buffers WSLOT.., one empty. */
#define WSLOT		MAXB
#define EMPTY_SLOT	(2 * MAXB)
#define NR_SLOTS	(2 * MAXB + 1)

struct op {
	int kind;
	uint64_t ud;
	uint64_t off;
	unsigned int len;
};

struct res {
	uint64_t ud;
	int res;
	unsigned int flags;
};

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

static uint8_t wbuf[MAXB][BLK];		/* write data, shared by both */
static uint8_t rbuf_a[MAXB][BLK], rbuf_b[MAXB][BLK];

static int temp_file(void)
{
	char path[] = "/tmp/ublkd-ring-diff-XXXXXX";
	static uint8_t block[BLK];
	int fd = mkstemp(path);
	unsigned int i, j;

	if (fd < 0)
		bail_out("mkstemp");
	unlink(path);
	for (i = 0; i < NBLK; i++) {
		for (j = 0; j < BLK; j++)
			block[j] = (uint8_t)(i * 7 + j);
		if (pwrite(fd, block, BLK, (off_t)i * BLK) != BLK)
			bail_out("pwrite");
	}
	return fd;
}

/* A batch of ops on distinct blocks (no ordering inside a batch). */
static unsigned int make_batch(struct op *ops)
{
	unsigned int n = 1 + rnd() % MAXB, i, j;
	unsigned int blocks[NBLK];

	for (i = 0; i < NBLK; i++)
		blocks[i] = i;
	for (i = 0; i < n; i++) {
		struct op *o = &ops[i];
		unsigned int sub;

		j = i + rnd() % (NBLK - i);
		sub = blocks[j];
		blocks[j] = blocks[i];
		blocks[i] = sub;
		o->kind = rnd() % NR_OPS;
		o->ud = (rnd() & ~0xffull) | i;	/* unique in the batch */
		sub = rnd() % BLK;
		o->off = (uint64_t)blocks[i] * BLK + sub;
		o->len = 1 + rnd() % (BLK - sub);
		if (o->kind == OP_FALLOC || o->kind == OP_PUNCH) {
			o->off = (uint64_t)blocks[i] * BLK;
			o->len = BLK;
		}
		if (o->kind == OP_EOF)
			o->off = FSIZE + rnd() % FSIZE;
		if (o->kind == OP_WRITE || o->kind == OP_WRITE_FIXED)
			for (j = 0; j < o->len; j++)
				wbuf[i][j] = (uint8_t)rnd();
	}
	return n;
}

static void prep_ours(struct ur_sqe *sqe, const struct op *o, int fd,
		      unsigned int i)
{
	switch (o->kind) {
	case OP_NOP:
		ur_prep_nop(sqe);
		break;
	case OP_READ:
	case OP_EOF:
		ur_prep_read(sqe, fd, rbuf_b[i], o->len, o->off);
		break;
	case OP_BADFD:
		ur_prep_read(sqe, 1000000, rbuf_b[i], o->len, o->off);
		break;
	case OP_WRITE:
		ur_prep_write(sqe, fd, wbuf[i], o->len, o->off, 0);
		break;
	case OP_READ_FIXED:
		ur_prep_read_fixed(sqe, fd, (uintptr_t)rbuf_b[i], o->len,
				   o->off, i);
		break;
	case OP_WRITE_FIXED:
		ur_prep_write_fixed(sqe, fd, (uintptr_t)wbuf[i], o->len, o->off,
				    WSLOT + i, 0);
		break;
	case OP_FIXED_EMPTY:
		ur_prep_read_fixed(sqe, fd, (uintptr_t)rbuf_b[i], o->len,
				   o->off, EMPTY_SLOT);
		break;
	case OP_FSYNC:
		ur_prep_fsync(sqe, fd, (o->ud >> 8) & 1 ? IORING_FSYNC_DATASYNC : 0);
		break;
	case OP_FALLOC:
		ur_prep_fallocate(sqe, fd, 0, o->off, o->len);
		break;
	case OP_PUNCH:
		ur_prep_fallocate(sqe, fd, FALLOC_FL_PUNCH_HOLE |
				  FALLOC_FL_KEEP_SIZE, o->off, o->len);
		break;
	}
	ur_sqe_set_data64(sqe, o->ud);
}

static void prep_lib(struct io_uring_sqe *sqe, const struct op *o, int fd,
		     unsigned int i)
{
	switch (o->kind) {
	case OP_NOP:
		io_uring_prep_nop(sqe);
		break;
	case OP_READ:
	case OP_EOF:
		io_uring_prep_read(sqe, fd, rbuf_a[i], o->len, o->off);
		break;
	case OP_BADFD:
		io_uring_prep_read(sqe, 1000000, rbuf_a[i], o->len, o->off);
		break;
	case OP_WRITE:
		io_uring_prep_write(sqe, fd, wbuf[i], o->len, o->off);
		break;
	case OP_READ_FIXED:
		io_uring_prep_read_fixed(sqe, fd, rbuf_a[i], o->len, o->off,
					 (int)i);
		break;
	case OP_WRITE_FIXED:
		io_uring_prep_write_fixed(sqe, fd, wbuf[i], o->len, o->off,
					  (int)(WSLOT + i));
		break;
	case OP_FIXED_EMPTY:
		io_uring_prep_read_fixed(sqe, fd, rbuf_a[i], o->len, o->off,
					 EMPTY_SLOT);
		break;
	case OP_FSYNC:
		io_uring_prep_fsync(sqe, fd,
				    (o->ud >> 8) & 1 ? IORING_FSYNC_DATASYNC : 0);
		break;
	case OP_FALLOC:
		io_uring_prep_fallocate(sqe, fd, 0, o->off, o->len);
		break;
	case OP_PUNCH:
		io_uring_prep_fallocate(sqe, fd, FALLOC_FL_PUNCH_HOLE |
					FALLOC_FL_KEEP_SIZE, o->off, o->len);
		break;
	}
	io_uring_sqe_set_data64(sqe, o->ud);
}

static int cmp_res(const void *a, const void *b)
{
	const struct res *x = a, *y = b;

	return x->ud < y->ud ? -1 : x->ud > y->ud;
}

/* liburing side: submit the batch, wait for all of it. */
static int run_lib(struct io_uring *ring, const struct op *ops, unsigned int n,
		   int fd, struct res *out)
{
	struct io_uring_cqe *cqe;
	unsigned int i, got = 0;

	for (i = 0; i < n; i++)
		prep_lib(io_uring_get_sqe(ring), &ops[i], fd, i);
	if (io_uring_submit_and_wait(ring, n) != (int)n)
		return -1;
	while (got < n) {
		if (io_uring_wait_cqe(ring, &cqe))
			return -1;
		out[got].ud = cqe->user_data;
		out[got].res = cqe->res;
		out[got].flags = cqe->flags;
		got++;
		io_uring_cqe_seen(ring, cqe);
	}
	qsort(out, n, sizeof(*out), cmp_res);
	return 0;
}

/* our side: vary the submit/reap style with the batch number */
static int run_ours(struct ur_ring *r, const struct op *ops, unsigned int n,
		    int fd, struct res *out, unsigned int style)
{
	struct ur_cqe cqes[MAXB];
	unsigned int i, got = 0;
	int ret;

	for (i = 0; i < n; i++) {
		struct ur_sqe *sqe = ur_get_sqe(r);

		if (!sqe)
			return -1;
		prep_ours(sqe, &ops[i], fd, i);
	}
	switch (style % 3) {
	case 0:
		ret = ur_submit_and_wait(r, n);
		break;
	case 1:
		ret = ur_submit(r);
		break;
	default:
		ret = (int)n;	/* ur_wait_cqes submits */
		break;
	}
	if (ret != (int)n)
		return -1;
	while (got < n) {
		if (style % 3 == 0)
			ret = (int)ur_peek_cqes(r, cqes, n - got);
		else
			ret = ur_wait_cqes(r, cqes, n - got, 1 + (n - got) / 2,
					   5000);
		if (ret < 0)
			return -1;
		for (i = 0; i < (unsigned int)ret; i++) {
			out[got].ud = cqes[i].user_data;
			out[got].res = cqes[i].res;
			out[got].flags = cqes[i].flags;
			got++;
		}
	}
	qsort(out, n, sizeof(*out), cmp_res);
	return 0;
}

/* The same table layout on both rings: each its own read buffers. */
static void fixed_iovs(struct iovec *iov, uint8_t (*rbuf)[BLK])
{
	unsigned int i;

	for (i = 0; i < MAXB; i++) {
		iov[i] = (struct iovec){ rbuf[i], BLK };
		iov[WSLOT + i] = (struct iovec){ wbuf[i], BLK };
	}
	iov[EMPTY_SLOT] = (struct iovec){ NULL, 0 };
}

static void run(unsigned int ur_flags, unsigned int lib_flags, uint64_t seed)
{
	struct io_uring lib;
	struct ur_ring ours;
	struct op ops[MAXB];
	struct res ra[MAXB], rb[MAXB];
	struct iovec iov[NR_SLOTS];
	static uint8_t fa[FSIZE], fb[FSIZE];
	int fd_a = temp_file(), fd_b = temp_file();
	unsigned int b, i, n, nr_cqes = 0, mism = 0, data_mism = 0, errs = 0;
	unsigned int kinds[NR_OPS] = { 0 };
	int ret;

	rng_state = seed;
	ret = io_uring_queue_init(32, &lib, lib_flags);
	is_int(ret, 0, "flags %#x: liburing ring", ur_flags);
	is_int(ur_init(&ours, 32, 0, ur_flags), 0, "flags %#x: our ring",
	       ur_flags);
	fixed_iovs(iov, rbuf_a);
	ok(!io_uring_register_buffers_sparse(&lib, NR_SLOTS) &&
	   io_uring_register_buffers_update_tag(&lib, 0, iov, NULL,
						 NR_SLOTS) == NR_SLOTS,
	   "flags %#x: liburing: sparse buffer table, updated", ur_flags);
	fixed_iovs(iov, rbuf_b);
	is_int(ur_register_buffers_sparse(&ours, NR_SLOTS), 0,
	       "flags %#x: ours: sparse buffer table of %u", ur_flags,
	       NR_SLOTS);
	is_int(ur_update_buffers(&ours, 0, iov, NR_SLOTS), 0,
	       "flags %#x: ours: table updated", ur_flags);
	for (b = 0; b < NBATCH && !mism; b++) {
		n = make_batch(ops);
		if (run_lib(&lib, ops, n, fd_a, ra) ||
		    run_ours(&ours, ops, n, fd_b, rb, b)) {
			diag("batch %u: submit/reap failed", b);
			mism++;
			break;
		}
		for (i = 0; i < n; i++) {
			kinds[ops[ra[i].ud & 0xff].kind]++;
			if (ra[i].res < 0)
				errs++;
			if (ra[i].ud != rb[i].ud || ra[i].res != rb[i].res ||
			    ra[i].flags != rb[i].flags) {
				diag("batch %u: liburing (%#llx, %d, %#x) ours (%#llx, %d, %#x)",
				     b, (unsigned long long)ra[i].ud, ra[i].res,
				     ra[i].flags, (unsigned long long)rb[i].ud,
				     rb[i].res, rb[i].flags);
				mism++;
			}
		}
		for (i = 0; i < n; i++)
			if ((ops[i].kind == OP_READ || ops[i].kind == OP_EOF ||
			     ops[i].kind == OP_READ_FIXED) &&
			    memcmp(rbuf_a[i], rbuf_b[i], ops[i].len))
				data_mism++;
		nr_cqes += n;
	}
	is_int(mism, 0, "flags %#x: %u CQEs in %u batches all equal", ur_flags,
	       nr_cqes, b);
	is_int(data_mism, 0, "flags %#x: read data equal", ur_flags);
	ok(kinds[OP_NOP] && kinds[OP_READ] && kinds[OP_WRITE] &&
	   kinds[OP_FSYNC] && kinds[OP_FALLOC] && kinds[OP_PUNCH] &&
	   kinds[OP_EOF] && kinds[OP_READ_FIXED] && kinds[OP_WRITE_FIXED] &&
	   kinds[OP_FIXED_EMPTY] && errs, "flags %#x: every op kind ran (%u errors)",
	   ur_flags, errs);
	ok(pread(fd_a, fa, FSIZE, 0) == FSIZE && pread(fd_b, fb, FSIZE, 0) == FSIZE &&
	   !memcmp(fa, fb, FSIZE), "flags %#x: the two files are equal",
	   ur_flags);
	is_int(ur_update_buffers(&ours, NR_SLOTS, iov, 1), -EINVAL,
	       "flags %#x: update past the table: -EINVAL", ur_flags);
	is_int(ur_unregister_buffers(&ours), 0, "flags %#x: unregister buffers",
	       ur_flags);
	is_int(ours.nr_bufs, 0, "flags %#x: no buffer slots left", ur_flags);
	io_uring_queue_exit(&lib);
	ur_exit(&ours);
	close(fd_a);
	close(fd_b);
}

int main(void)
{
	const char *s = getenv("UBLKD_SEED");
	uint64_t seed = s ? strtoull(s, NULL, 0) : 0x5eed1234abcdull;

	if (!seed)
		seed = 1;
	diag("seed %#llx", (unsigned long long)seed);
	run(0, 0, seed);
	run(IORING_SETUP_SQE128 | IORING_SETUP_CQE32,
	    IORING_SETUP_SQE128 | IORING_SETUP_CQE32, seed + 1);
	run(UR_OPT_TASKRUN, 0, seed + 2);
	return done_testing();
}
