/* SPDX-License-Identifier: MIT */
/*
 * Reading a live stats file (engine/stats_abi.h): the checks a reader
 * makes before it trusts one, consistent snapshots of its queue blocks,
 * and the percentile math. Internal (the CLI and the host tests).
 */
#ifndef UBLKD_STATS_READ_H
#define UBLKD_STATS_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "engine/stats_abi.h"

struct ublkd_stats_file {
	const struct ublkd_stats_hdr *hdr;	/* the read-only mapping */
	const struct ublkd_stats_queue *queues;
	size_t len;
	char path[4096];
};

/*
 * Is @len bytes at @buf a whole stats file of device @dev_id? 0, or
 * -errno with @why set (short, bad magic, other version, sizes that do
 * not add up, another device's).
 */
int ublkd_stats_check(const void *buf, size_t len, int dev_id, char *why,
		      size_t why_len);
/*
 * Open and map device @dev_id's stats file in @dir, trusted as the state
 * file is (a regular file of ours or root's, writable by nobody else, one
 * link). 0, or -errno with @why set.
 */
int ublkd_stats_open(const char *dir, int dev_id, struct ublkd_stats_file *f,
		     char *why, size_t why_len);
void ublkd_stats_close(struct ublkd_stats_file *f);
/*
 * A copy of block @src (seqcount read, stats_abi.h); false if the writer
 * kept it busy for every try: @dst is then a copy whose fields may be of
 * different moments (each field whole).
 */
bool ublkd_stats_snapshot(const struct ublkd_stats_queue *src,
			  struct ublkd_stats_queue *dst);
/* Add block @s into @sum (counters, histogram). */
void ublkd_stats_sum(struct ublkd_stats_queue *sum,
		     const struct ublkd_stats_queue *s);
uint64_t ublkd_stats_total(const struct ublkd_stats_queue *s);
/*
 * The @p quantile (0 < p <= 1) of histogram @hist, as the upper bound of
 * the bucket it falls in (µs; 1 for bucket 0); 0 with no samples,
 * UINT64_MAX if it falls in the last, open bucket.
 */
uint64_t ublkd_stats_quantile_us(const uint64_t *hist, double p);
/* Upper bound of bucket @b in µs (UINT64_MAX: the last). */
uint64_t ublkd_stats_bucket_le_us(unsigned int b);
extern const char *const ublkd_stats_op_names[UBLKD_SOP_NR];

#endif
