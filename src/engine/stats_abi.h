/* SPDX-License-Identifier: MIT */
/*
 * The live stats file ($UBLKD_RUN_DIR/ublkbN.stats): its layout is the ABI
 * between a daemon (the engine writes it, src/engine/stats.c) and its
 * readers (`ublk stats`, src/cli/stats.c). A header, then one 64-byte
 * aligned block per queue, each written by its queue's thread only.
 *
 * Consistency: a block's seq is odd while its thread updates it (one
 * write section per pass of the thread over its CQEs). The writer:
 *   seq = seq + 1 (relaxed); release fence; counters (relaxed stores);
 *   seq = seq + 1 (release store).
 * The reader: s1 = seq (acquire); counters (relaxed loads); acquire
 * fence; s2 = seq (relaxed); the copy is whole if s1 == s2 and s1 is
 * even. Every field is a naturally aligned word, so even a copy taken
 * without the seqcount has no torn field, only fields from different
 * moments. nr_waits and nr_sleeps are counted between passes (outside
 * the write section): they are exact each, not consistent with the rest.
 */
#ifndef UBLKD_STATS_ABI_H
#define UBLKD_STATS_ABI_H

#include <stddef.h>
#include <stdint.h>
#include <linux/ublk_cmd.h>

#define UBLKD_STATS_MAGIC	0x3154415453444b42ULL	/* "BKDSTAT1" */
#define UBLKD_STATS_VERSION	1
#define UBLKD_STATS_SUFFIX	".stats"

/* The op bins: each named op its own, everything else in OTHER. */
enum ublkd_stats_op {
	UBLKD_SOP_READ,
	UBLKD_SOP_WRITE,
	UBLKD_SOP_FLUSH,
	UBLKD_SOP_DISCARD,
	UBLKD_SOP_WRITE_ZEROES,
	UBLKD_SOP_OTHER,
	UBLKD_SOP_NR,
};

/*
 * Latency buckets, log2 µs: bucket 0 holds latencies under 1 µs, bucket
 * i (1..30) those in [2^(i-1), 2^i) µs, bucket 31 everything from 2^30 µs.
 */
#define UBLKD_STATS_NR_BUCKETS	32

struct ublkd_stats_hdr {
	uint64_t magic;		/* UBLKD_STATS_MAGIC */
	uint32_t version;	/* UBLKD_STATS_VERSION */
	uint32_t hdr_bytes;	/* sizeof(struct ublkd_stats_hdr) */
	uint32_t queue_bytes;	/* sizeof(struct ublkd_stats_queue) */
	uint32_t nr_queues;	/* blocks: one per queue per thread serving it */
	uint64_t file_bytes;	/* hdr_bytes + nr_queues * queue_bytes */
	uint32_t dev_id;
	int32_t pid;		/* the daemon's */
	uint64_t start_real_ns;	/* CLOCK_REALTIME when the daemon started */
	uint64_t start_mono_ns;	/* CLOCK_MONOTONIC, the same moment */
	uint64_t reserved;
};

struct ublkd_stats_opc {
	uint64_t requests;	/* received */
	uint64_t bytes;		/* of them (nr_sectors * 512; FLUSH: 0) */
	uint64_t errors;	/* completed with a negative result */
};

struct ublkd_stats_queue {
	uint32_t seq;		/* odd: being written */
	uint32_t q_id;
	uint64_t done;		/* requests completed (= histogram total) */
	uint64_t nr_waits;	/* trips to the kernel for work */
	uint64_t nr_sleeps;	/* of them, with nothing ready: slept */
	uint64_t nr_shm;	/* requests served in the shared buffer */
	uint64_t lat_sum_us;	/* sum of the completed requests' latency */
	uint64_t reserved[2];
	struct ublkd_stats_opc ops[UBLKD_SOP_NR];
	uint64_t hist[UBLKD_STATS_NR_BUCKETS];
} __attribute__((aligned(64)));

_Static_assert(sizeof(struct ublkd_stats_hdr) == 64, "stats header size");
_Static_assert(offsetof(struct ublkd_stats_hdr, file_bytes) == 24, "hdr");
_Static_assert(offsetof(struct ublkd_stats_hdr, start_mono_ns) == 48, "hdr");
_Static_assert(sizeof(struct ublkd_stats_opc) == 24, "op counters");
_Static_assert(offsetof(struct ublkd_stats_queue, done) == 8, "queue");
_Static_assert(offsetof(struct ublkd_stats_queue, ops) == 64, "queue ops");
_Static_assert(offsetof(struct ublkd_stats_queue, hist) == 208, "queue hist");
_Static_assert(sizeof(struct ublkd_stats_queue) == 512, "queue block size");

/* Requests a block has received, over every op. */
static inline uint64_t ublkd_stats_received(const struct ublkd_stats_queue *s)
{
	uint64_t n = 0;
	unsigned int op;

	for (op = 0; op < UBLKD_SOP_NR; op++)
		n += s->ops[op].requests;
	return n;
}

static inline unsigned int ublkd_stats_bucket(uint64_t us)
{
	unsigned int b = us ? 64 - (unsigned int)__builtin_clzll(us) : 0;

	return b < UBLKD_STATS_NR_BUCKETS ? b : UBLKD_STATS_NR_BUCKETS - 1;
}

/* The UAPI op (UBLK_IO_OP_*) to its bin: by name, never by masking. */
static inline unsigned int ublkd_stats_op_bin(unsigned int op)
{
	switch (op) {
	case UBLK_IO_OP_READ:
		return UBLKD_SOP_READ;
	case UBLK_IO_OP_WRITE:
		return UBLKD_SOP_WRITE;
	case UBLK_IO_OP_FLUSH:
		return UBLKD_SOP_FLUSH;
	case UBLK_IO_OP_DISCARD:
		return UBLKD_SOP_DISCARD;
	case UBLK_IO_OP_WRITE_ZEROES:
		return UBLKD_SOP_WRITE_ZEROES;
	default:
		return UBLKD_SOP_OTHER;
	}
}

#endif
