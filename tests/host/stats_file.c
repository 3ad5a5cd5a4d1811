// SPDX-License-Identifier: MIT
/*
 * The live stats file, both sides: the engine creates and maps it
 * (ublk_stats_setup) and the reader (util/stats_read.c) opens it, refuses
 * damaged, short, wrong-version and untrusted files, takes consistent
 * snapshots while a writer thread updates a block as fast as it can,
 * and computes the quantiles of a histogram. Teardown sums the blocks
 * into the device's totals (the log's summary) and removes the file.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tap.h"
#include "engine/engine.h"
#include "fake_stats_dev.h"
#include "util/stats_read.h"

static char dir[PATH_MAX];
static volatile int writer_stop;

static int open_err(int id, char *why, size_t len)
{
	struct ublkd_stats_file f;
	int ret = ublkd_stats_open(dir, id, &f, why, len);

	ublkd_stats_close(&f);
	return ret;
}

static void write_file(const char *name, const void *buf, size_t len,
		       mode_t mode)
{
	char p[PATH_MAX + 32];
	int fd;

	snprintf(p, sizeof(p), "%s/%s", dir, name);
	unlink(p);
	fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, mode);
	if (fd < 0 || write(fd, buf, len) != (ssize_t)len)
		bail_out("cannot write a test file");
	fchmod(fd, mode);
	close(fd);
}

/* The queue thread's side: one write section per "pass", 1..3 requests. */
static void *writer(void *arg)
{
	struct ublk_queue *q = arg;
	uint64_t n = 0;

	while (!writer_stop) {
		unsigned int k = (unsigned int)(n % 3) + 1, i;

		ublk_stats_begin(q->st);
		for (i = 0; i < k; i++) {
			UBLK_STAT_ADD(q->st->ops[UBLKD_SOP_READ].requests, 1);
			UBLK_STAT_ADD(q->st->ops[UBLKD_SOP_READ].bytes, 4096);
			UBLK_STAT_ADD(q->st->done, 1);
			UBLK_STAT_ADD(q->st->hist[ublkd_stats_bucket(n % 100)], 1);
		}
		ublk_stats_end(q->st);
		n++;
	}
	return NULL;
}

static void test_quantiles(void)
{
	uint64_t h[UBLKD_STATS_NR_BUCKETS] = { 0 };

	is_int((long long)ublkd_stats_bucket(0), 0, "0 us: bucket 0");
	is_int((long long)ublkd_stats_bucket(1), 1, "1 us: bucket 1 [1,2)");
	is_int((long long)ublkd_stats_bucket(3), 2, "3 us: bucket 2 [2,4)");
	is_int((long long)ublkd_stats_bucket(4), 3, "4 us: bucket 3 [4,8)");
	is_int((long long)ublkd_stats_bucket(UINT64_MAX), 31, "huge: last bucket");
	is_int((long long)ublkd_stats_quantile_us(h, 0.5), 0, "no samples: 0");
	h[0] = 50;	/* < 1 us */
	h[4] = 49;	/* [8, 16) us */
	h[10] = 1;	/* [512, 1024) us */
	is_int((long long)ublkd_stats_quantile_us(h, 0.5), 1, "p50 in bucket 0: <= 1 us");
	is_int((long long)ublkd_stats_quantile_us(h, 0.51), 16, "p51 in bucket 4: <= 16 us");
	is_int((long long)ublkd_stats_quantile_us(h, 0.99), 16, "p99: the 99th of 100 is in bucket 4");
	is_int((long long)ublkd_stats_quantile_us(h, 0.999), 1024, "p99.9: the last sample's bucket");
	h[31] = 1000;
	ok(ublkd_stats_quantile_us(h, 0.99) == UINT64_MAX, "in the open bucket: UINT64_MAX");
	is_int(ublkd_stats_op_bin(UBLK_IO_OP_WRITE_ZEROES), UBLKD_SOP_WRITE_ZEROES, "WRITE_ZEROES its own bin");
	is_int(ublkd_stats_op_bin(UBLK_IO_OP_WRITE_SAME), UBLKD_SOP_OTHER, "WRITE_SAME (4): other");
	is_int(ublkd_stats_op_bin(UBLK_IO_OP_ZONE_OPEN), UBLKD_SOP_OTHER, "ZONE_OPEN (10, 10 & 7 = FLUSH): other");
	is_int(ublkd_stats_op_bin(UBLK_IO_OP_REPORT_ZONES), UBLKD_SOP_OTHER, "REPORT_ZONES: other");
}

static void test_hostile(const struct ublkd_stats_file *good)
{
	char why[256], buf[sizeof(struct ublkd_stats_hdr) + 2 * 512];
	struct ublkd_stats_hdr *h = (struct ublkd_stats_hdr *)buf;

	memcpy(buf, good->hdr, sizeof(buf));
	is_int(ublkd_stats_check(buf, sizeof(buf), 7, why, sizeof(why)), 0, "a copy checks");
	is_int(ublkd_stats_check(buf, sizeof(buf), 8, why, sizeof(why)), -EINVAL, "another device's: %s", why);
	is_int(ublkd_stats_check(buf, 10, 7, why, sizeof(why)), -EINVAL, "short: %s", why);
	is_int(ublkd_stats_check(buf, sizeof(buf) - 1, 7, why, sizeof(why)), -EINVAL, "cut: %s", why);
	h->version = 2;
	is_int(ublkd_stats_check(buf, sizeof(buf), 7, why, sizeof(why)), -EPROTO, "version 2: %s", why);
	h->version = UBLKD_STATS_VERSION;
	h->queue_bytes = 256;
	is_int(ublkd_stats_check(buf, sizeof(buf), 7, why, sizeof(why)), -EPROTO, "other block size: %s", why);
	h->queue_bytes = 512;
	h->nr_queues = 3;
	is_int(ublkd_stats_check(buf, sizeof(buf), 7, why, sizeof(why)), -EINVAL, "queues do not add up: %s", why);
	h->nr_queues = 0;
	is_int(ublkd_stats_check(buf, sizeof(buf), 7, why, sizeof(why)), -EINVAL, "no queues: %s", why);
	h->nr_queues = 2;
	h->magic ^= 1;
	is_int(ublkd_stats_check(buf, sizeof(buf), 7, why, sizeof(why)), -EINVAL, "bad magic: %s", why);
	h->magic ^= 1;

	/* the same on disk, through open */
	h->version = 2;
	write_file("ublkb20.stats", buf, sizeof(buf), 0644);
	h->version = UBLKD_STATS_VERSION;
	is_int(open_err(20, why, sizeof(why)), -EPROTO, "file of version 2 refused: %s", why);
	write_file("ublkb21.stats", buf, 40, 0644);
	is_int(open_err(21, why, sizeof(why)), -EINVAL, "short file refused: %s", why);
	h->dev_id = 22;
	write_file("ublkb22.stats", buf, sizeof(buf), 0666);
	is_int(open_err(22, why, sizeof(why)), -EPERM, "file others may write refused: %s", why);
	write_file("ublkb23.stats", buf, sizeof(buf), 0644);
	is_int(open_err(23, why, sizeof(why)), -EINVAL, "device 22's file as 23's refused: %s", why);
	{
		char a[PATH_MAX + 32], b[PATH_MAX + 32];

		snprintf(a, sizeof(a), "%s/ublkb22.stats", dir);
		chmod(a, 0644);
		snprintf(b, sizeof(b), "%s/ublkb24.stats", dir);
		ok(!symlink(a, b), "symlink made");
		is_int(open_err(24, why, sizeof(why)), -EPERM, "symbolic link refused: %s", why);
		snprintf(b, sizeof(b), "%s/ublkb25.stats", dir);
		ok(!link(a, b), "hard link made");
		is_int(open_err(25, why, sizeof(why)), -EPERM, "hard-linked file refused: %s", why);
	}
	is_int(open_err(26, why, sizeof(why)), -ENOENT, "no file: ENOENT");
}

int main(void)
{
	struct ublkd_stats_queue snap;
	struct ublkd_stats_file f;
	char why[256], path[PATH_MAX + 32];
	pthread_t th;
	unsigned int i, torn = 0, bad = 0;
	uint64_t last = 0;

	snprintf(dir, sizeof(dir), "/tmp/ublkd-stats-test.XXXXXX");
	if (!mkdtemp(dir))
		bail_out("mkdtemp");
	setenv("UBLKD_RUN_DIR", dir, 1);
	test_quantiles();

	fake_stats_dev(7);
	ok(dev.st_map != NULL, "the engine made and mapped the stats file");
	ok(queues[1].st == (struct ublkd_stats_queue *)((char *)dev.st_map + 64 + 512),
	   "queue 1's block is the second, after the 64-byte header");
	is_int(ublkd_stats_open(dir, 7, &f, why, sizeof(why)), 0, "the reader opens it %s", why);
	if (!f.hdr)
		bail_out("no file");
	is_int(f.hdr->nr_queues, 2, "2 queues");
	is_int(f.hdr->pid, getpid(), "the daemon's pid");
	snprintf(path, sizeof(path), "%s/ublkb7.stats", dir);
	{
		struct stat st;

		ok(!stat(path, &st) && (st.st_mode & 07777) == 0644 &&
		   st.st_size == 64 + 2 * 512, "mode 0644, header + 2 blocks");
	}
	test_hostile(&f);

	/* snapshots while the writer runs: every one whole */
	pthread_create(&th, NULL, writer, &queues[1]);
	for (i = 0; i < 200000; i++) {
		uint64_t h = 0;
		unsigned int b;

		if (!ublkd_stats_snapshot(&f.queues[1], &snap)) {
			torn++;
			continue;
		}
		for (b = 0; b < UBLKD_STATS_NR_BUCKETS; b++)
			h += snap.hist[b];
		if (snap.done != h || ublkd_stats_total(&snap) != snap.done ||
		    snap.ops[UBLKD_SOP_READ].bytes != snap.done * 4096 ||
		    snap.done < last)
			bad++;
		last = snap.done;
	}
	writer_stop = 1;
	pthread_join(th, NULL);
	is_int(bad, 0, "200000 snapshots under a busy writer: none inconsistent (%u gave up)", torn);
	ok(last > 0, "the writer's counts were seen (%llu)", (unsigned long long)last);

	UBLK_STAT_ADD(queues[0].st->ops[UBLKD_SOP_FLUSH].requests, 3);
	UBLK_STAT_ADD(queues[0].st->ops[UBLKD_SOP_FLUSH].errors, 1);
	last = queues[1].st->done;
	ublkd_stats_close(&f);
	ublk_stats_teardown(&dev, true);
	is_int((long long)dev.stats.nr_io, (long long)last + 3, "teardown sums both queues (the log's count)");
	is_int((long long)dev.stats.ops[UBLKD_SOP_FLUSH], 3, "flushes summed");
	is_int((long long)dev.stats.errors, 1, "errors summed");
	ok(access(path, F_OK) && errno == ENOENT, "the file is removed with the device");
	{
		char cmd[PATH_MAX + 16];

		snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
		if (system(cmd))
			diag("cannot remove %s", dir);
	}
	return done_testing();
}
