// SPDX-License-Identifier: MIT
/*
 * The live stats file: $UBLKD_RUN_DIR/ublkbN.stats, a header and one
 * block per queue and thread serving it (stats_abi.h), mapped MAP_SHARED by the daemon and
 * updated by the queue threads with plain stores (no syscall, no lock),
 * read by `ublk stats` while the device runs.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "engine.h"
#include "ublkd/state.h"

static uint64_t clock_ns(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static int stats_path(const struct ublk_dev *dev, char *buf, size_t len)
{
	int n = snprintf(buf, len, "%s/ublkb%u" UBLKD_STATS_SUFFIX,
			 ublk_run_dir(), dev->info.dev_id);

	return n < 0 || (size_t)n >= len ? -ENAMETOOLONG : 0;
}

/*
 * A new file beside the state file, the state file's rules: made under a
 * temporary name (mode 0644, owned by us), sized and mapped, then renamed
 * into place, so a reader never sees a half-made one.
 */
static int stats_create(struct ublk_dev *dev, size_t len)
{
	char path[PATH_MAX], tmp[PATH_MAX];
	void *map;
	int fd, ret;

	ret = stats_path(dev, path, sizeof(path));
	if (ret)
		return ret;
	if (snprintf(tmp, sizeof(tmp), "%s.XXXXXX", path) >= (int)sizeof(tmp))
		return -ENAMETOOLONG;
	if (mkdir(ublk_run_dir(), 0755) && errno != EEXIST)
		return -errno;
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fchmod(fd, 0644) || ftruncate(fd, (off_t)len)) {
		ret = -errno;
		goto fail;
	}
	map = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED) {
		ret = -errno;
		goto fail;
	}
	if (rename(tmp, path)) {
		ret = -errno;
		munmap(map, len);
		goto fail;
	}
	close(fd);
	dev->st_map = map;
	dev->st_len = len;
	return 0;
fail:
	close(fd);
	unlink(tmp);
	return ret;
}

/*
 * The queue objects in block order: thread by thread, each thread's
 * queues (shares of queues, per-I/O daemons) in queue order. By default
 * thread i serves queue i alone, so block i is queue i.
 */
#define for_each_share(dev, t, j, q)					\
	for (t = 0; t < (dev)->nr_threads; t++)				\
		for (j = 0; j < (dev)->threads[t]->nr_queues &&		\
		     ((q) = (dev)->threads[t]->queues[j], 1); j++)

void ublk_stats_setup(struct ublk_dev *dev)
{
	struct ublkd_stats_hdr *h;
	struct ublkd_stats_queue *blocks;
	struct ublk_queue *q;
	unsigned int t, j, n = 0;
	size_t len;
	int ret;

	for_each_share(dev, t, j, q) {
		q->st = &q->st_local;
		q->st_local.q_id = q->q_id;
		n++;
	}
	len = sizeof(struct ublkd_stats_hdr) +
	      n * sizeof(struct ublkd_stats_queue);
	ret = stats_create(dev, len);
	if (ret) {
		fprintf(stderr, "ublkd: dev %u: no live stats file in %s: %s (`ublk stats` cannot read this device)\n",
			dev->info.dev_id, ublk_run_dir(), strerror(-ret));
		return;
	}
	/* the file is new and zero: fill the header, point the queues */
	h = dev->st_map;
	blocks = (struct ublkd_stats_queue *)(h + 1);
	n = 0;
	for_each_share(dev, t, j, q) {
		blocks[n].q_id = q->q_id;
		q->st = &blocks[n++];
	}
	h->hdr_bytes = sizeof(*h);
	h->queue_bytes = sizeof(*blocks);
	h->nr_queues = n;	/* blocks: one per queue per thread serving it */
	h->file_bytes = len;
	h->dev_id = dev->info.dev_id;
	h->pid = getpid();
	h->start_real_ns = clock_ns(CLOCK_REALTIME);
	h->start_mono_ns = clock_ns(CLOCK_MONOTONIC);
	h->version = UBLKD_STATS_VERSION;
	/* release: a reader that sees the magic sees the header whole */
	__atomic_store_n(&h->magic, UBLKD_STATS_MAGIC, __ATOMIC_RELEASE);
}

uint64_t ublk_stats_requests(const struct ublkd_stats_queue *s)
{
	return ublkd_stats_received(s);
}

void ublk_stats_teardown(struct ublk_dev *dev, bool remove)
{
	char path[PATH_MAX];
	struct ublk_queue *q;
	unsigned int t, j, op;

	for_each_share(dev, t, j, q) {
		const struct ublkd_stats_queue *s = q->st;

		if (!s)
			continue;
		for (op = 0; op < UBLKD_SOP_NR; op++) {
			dev->stats.ops[op] += s->ops[op].requests;
			dev->stats.errors += s->ops[op].errors;
		}
		dev->stats.nr_io += ublk_stats_requests(s);
		dev->stats.nr_waits += s->nr_waits;
		dev->stats.nr_sleeps += s->nr_sleeps;
		dev->stats.nr_shm += s->nr_shm;
		q->st = NULL;
	}
	if (!dev->st_map)
		return;
	munmap(dev->st_map, dev->st_len);
	dev->st_map = NULL;
	if (remove && !stats_path(dev, path, sizeof(path)))
		unlink(path);
}
