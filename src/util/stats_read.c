// SPDX-License-Identifier: MIT
/*
 * Reading a live stats file: checks, snapshots, percentiles.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ublkd/dev.h"
#include "util/stats_read.h"

const char *const ublkd_stats_op_names[UBLKD_SOP_NR] = {
	"read", "write", "flush", "discard", "write_zeroes", "other",
};

int ublkd_stats_check(const void *buf, size_t len, int dev_id, char *why,
		      size_t why_len)
{
	const struct ublkd_stats_hdr *h = buf;

	if (len < sizeof(*h)) {
		snprintf(why, why_len, "too short (%zu bytes, a header is %zu)",
			 len, sizeof(*h));
		return -EINVAL;
	}
	/* acquire: pairs with the daemon's release of the magic */
	if (__atomic_load_n(&h->magic, __ATOMIC_ACQUIRE) != UBLKD_STATS_MAGIC) {
		snprintf(why, why_len, "not a ublkd stats file (bad magic)");
		return -EINVAL;
	}
	if (h->version != UBLKD_STATS_VERSION) {
		snprintf(why, why_len, "layout version %u, this ublk reads %u",
			 h->version, UBLKD_STATS_VERSION);
		return -EPROTO;
	}
	if (h->hdr_bytes != sizeof(*h) ||
	    h->queue_bytes != sizeof(struct ublkd_stats_queue)) {
		snprintf(why, why_len, "header %u / queue block %u bytes, expected %zu / %zu",
			 h->hdr_bytes, h->queue_bytes, sizeof(*h),
			 sizeof(struct ublkd_stats_queue));
		return -EPROTO;
	}
	/* blocks: one per queue per thread serving it (per-I/O daemons) */
	if (!h->nr_queues ||
	    h->nr_queues > UBLKD_MAX_QUEUES * UBLKD_MAX_QUEUES) {
		snprintf(why, why_len, "%u queue blocks (1..%d)", h->nr_queues,
			 UBLKD_MAX_QUEUES * UBLKD_MAX_QUEUES);
		return -EINVAL;
	}
	if (h->file_bytes != sizeof(*h) + (uint64_t)h->nr_queues *
			     sizeof(struct ublkd_stats_queue) ||
	    h->file_bytes != len) {
		snprintf(why, why_len, "%zu bytes, its header says %llu for %u queues",
			 len, (unsigned long long)h->file_bytes, h->nr_queues);
		return -EINVAL;
	}
	if (dev_id >= 0 && h->dev_id != (uint32_t)dev_id) {
		snprintf(why, why_len, "it is device %u's", h->dev_id);
		return -EINVAL;
	}
	return 0;
}

int ublkd_stats_open(const char *dir, int dev_id, struct ublkd_stats_file *f,
		     char *why, size_t why_len)
{
	struct stat st;
	void *map;
	int fd, ret, n;

	memset(f, 0, sizeof(*f));
	n = snprintf(f->path, sizeof(f->path), "%s/ublkb%d" UBLKD_STATS_SUFFIX,
		     dir, dev_id);
	if (n < 0 || (size_t)n >= sizeof(f->path)) {
		snprintf(why, why_len, "path too long");
		return -ENAMETOOLONG;
	}
	fd = open(f->path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK |
		  O_NOCTTY);
	if (fd < 0) {
		ret = -errno;
		snprintf(why, why_len, "%s", ret == -ELOOP ?
			 "it is a symbolic link" : strerror(-ret));
		return ret == -ELOOP ? -EPERM : ret;
	}
	ret = -EPERM;
	if (fstat(fd, &st)) {
		ret = -errno;
		snprintf(why, why_len, "%s", strerror(-ret));
	} else if (!S_ISREG(st.st_mode)) {
		snprintf(why, why_len, "not a regular file");
	} else if (st.st_uid != geteuid() && st.st_uid != 0) {
		snprintf(why, why_len, "owned by uid %u, not by uid %u or root",
			 (unsigned int)st.st_uid, (unsigned int)geteuid());
	} else if (st.st_mode & 022) {
		snprintf(why, why_len, "writable by others (mode %04o)",
			 (unsigned int)(st.st_mode & 07777));
	} else if (st.st_nlink != 1) {
		snprintf(why, why_len, "it has %u hard links",
			 (unsigned int)st.st_nlink);
	} else if (st.st_size < (off_t)sizeof(struct ublkd_stats_hdr) ||
		   st.st_size > (off_t)(sizeof(struct ublkd_stats_hdr) +
			UBLKD_MAX_QUEUES * sizeof(struct ublkd_stats_queue))) {
		snprintf(why, why_len, "%lld bytes: not a stats file's size",
			 (long long)st.st_size);
		ret = -EINVAL;
	} else {
		ret = 0;
	}
	if (ret) {
		close(fd);
		return ret;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		ret = -errno;
		snprintf(why, why_len, "mmap: %s", strerror(-ret));
		return ret;
	}
	ret = ublkd_stats_check(map, (size_t)st.st_size, dev_id, why, why_len);
	if (ret) {
		munmap(map, (size_t)st.st_size);
		return ret;
	}
	f->hdr = map;
	f->queues = (const struct ublkd_stats_queue *)(f->hdr + 1);
	f->len = (size_t)st.st_size;
	return 0;
}

void ublkd_stats_close(struct ublkd_stats_file *f)
{
	if (f->hdr)
		munmap((void *)f->hdr, f->len);
	f->hdr = NULL;
}

/* Every 64-bit word after seq/q_id, relaxed (the writer stores them so). */
static void copy_words(const struct ublkd_stats_queue *src,
		       struct ublkd_stats_queue *dst)
{
	const uint64_t *s = (const uint64_t *)src;
	uint64_t *d = (uint64_t *)dst;
	size_t i;

	for (i = 1; i < sizeof(*src) / 8; i++)
		d[i] = __atomic_load_n(&s[i], __ATOMIC_RELAXED);
	dst->q_id = src->q_id;
}

bool ublkd_stats_snapshot(const struct ublkd_stats_queue *src,
			  struct ublkd_stats_queue *dst)
{
	uint32_t s1, s2;
	int tries;

	for (tries = 0; tries < 1000; tries++) {
		/* acquire: the counters read below are at least this seq's */
		s1 = __atomic_load_n(&src->seq, __ATOMIC_ACQUIRE);
		if (s1 & 1)
			continue;
		copy_words(src, dst);
		/* acquire: a counter of a later section shows as a seq change */
		__atomic_thread_fence(__ATOMIC_ACQUIRE);
		s2 = __atomic_load_n(&src->seq, __ATOMIC_RELAXED);
		if (s1 == s2) {
			dst->seq = s1;
			return true;
		}
	}
	copy_words(src, dst);
	dst->seq = s1;
	return false;
}

void ublkd_stats_sum(struct ublkd_stats_queue *sum,
		     const struct ublkd_stats_queue *s)
{
	const uint64_t *a = (const uint64_t *)s;
	uint64_t *d = (uint64_t *)sum;
	size_t i;

	for (i = 1; i < sizeof(*s) / 8; i++)
		d[i] += a[i];
}

uint64_t ublkd_stats_total(const struct ublkd_stats_queue *s)
{
	return ublkd_stats_received(s);
}

uint64_t ublkd_stats_bucket_le_us(unsigned int b)
{
	if (b >= UBLKD_STATS_NR_BUCKETS - 1)
		return UINT64_MAX;
	return 1ULL << b;
}

uint64_t ublkd_stats_quantile_us(const uint64_t *hist, double p)
{
	uint64_t total = 0, cum = 0, want;
	unsigned int b;

	for (b = 0; b < UBLKD_STATS_NR_BUCKETS; b++)
		total += hist[b];
	if (!total)
		return 0;
	/* the smallest bucket holding at least ceil(p * total) samples */
	want = (uint64_t)(p * (double)total);
	if ((double)want < p * (double)total)
		want++;
	if (!want)
		want = 1;
	for (b = 0; b < UBLKD_STATS_NR_BUCKETS; b++) {
		cum += hist[b];
		if (cum >= want)
			return ublkd_stats_bucket_le_us(b);
	}
	return UINT64_MAX;
}
