// SPDX-License-Identifier: MIT
/*
 * ring_bench: NOP throughput of the ublkd ring vs liburing (bench only).
 * Per op: get an SQE, prep a NOP, set user_data; per batch: one
 * submit-and-wait for the whole batch, then reap it. Batch sizes 1, 8, 32
 * in 64- and 128-byte SQE modes, the two implementations interleaved,
 * several passes, medians printed as a markdown table.
 *
 *   ring_bench [-n ops] [-p passes]            full table
 *   ring_bench -1 ours|liburing -b B -s 64|128 -n ops
 *                                              one run (for callgrind:
 *                                              the loops are run_ours()
 *                                              and run_lib())
 */
#include <liburing.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "ublkd/ring.h"

#define ENTRIES	64

static volatile uint64_t sink;

__attribute__((noinline))
uint64_t run_ours(struct ur_ring *r, unsigned long ops, unsigned int batch)
{
	struct ur_cqe cqes[32];
	uint64_t sum = 0, ud = 0;
	unsigned long done = 0;
	unsigned int i, n;

	while (done < ops) {
		for (i = 0; i < batch; i++) {
			struct ur_sqe *sqe = ur_get_sqe(r);

			ur_prep_nop(sqe);
			ur_sqe_set_data64(sqe, ud++);
		}
		if (ur_submit_and_wait(r, batch) != (int)batch)
			abort();
		n = ur_peek_cqes(r, cqes, batch);
		for (i = 0; i < n; i++)
			sum += cqes[i].user_data;
		done += n;
	}
	return sum;
}

__attribute__((noinline))
uint64_t run_lib(struct io_uring *ring, unsigned long ops, unsigned int batch)
{
	struct io_uring_cqe *cqes[32];
	uint64_t sum = 0, ud = 0;
	unsigned long done = 0;
	unsigned int i, n;

	while (done < ops) {
		for (i = 0; i < batch; i++) {
			struct io_uring_sqe *sqe = io_uring_get_sqe(ring);

			io_uring_prep_nop(sqe);
			io_uring_sqe_set_data64(sqe, ud++);
		}
		if (io_uring_submit_and_wait(ring, batch) != (int)batch)
			abort();
		n = io_uring_peek_batch_cqe(ring, cqes, batch);
		for (i = 0; i < n; i++)
			sum += cqes[i]->user_data;
		io_uring_cq_advance(ring, n);
		done += n;
	}
	return sum;
}

/* wall clock, and this thread's CPU time (user + kernel) */
static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double cpu_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double last_cpu_rate;	/* ops per CPU second of the last run */

static unsigned int sqe_flag(unsigned int sqe_size)
{
	return sqe_size == 128 ? IORING_SETUP_SQE128 : 0;
}

/* One timed run; returns ops/s. Both rings: same flags, ring fd registered. */
static double bench_one(int ours, unsigned int batch, unsigned int sqe_size,
			unsigned long ops)
{
	double t0, t, c0, c;
	uint64_t s;

	if (ours) {
		struct ur_ring r;

		if (ur_init(&r, ENTRIES, 0, sqe_flag(sqe_size)))
			exit(1);
		ur_register_ring_fd(&r);
		t0 = now();
		c0 = cpu_now();
		s = run_ours(&r, ops, batch);
		c = cpu_now() - c0;
		t = now() - t0;
		ur_exit(&r);
	} else {
		struct io_uring ring;

		if (io_uring_queue_init(ENTRIES, &ring, sqe_flag(sqe_size)))
			exit(1);
		io_uring_register_ring_fd(&ring);
		t0 = now();
		c0 = cpu_now();
		s = run_lib(&ring, ops, batch);
		c = cpu_now() - c0;
		t = now() - t0;
		io_uring_queue_exit(&ring);
	}
	sink += s;
	last_cpu_rate = ops / c;
	return ops / t;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

#define MAXP 15

static void print_table(double res[2][3][2][MAXP], unsigned int passes,
			const char *what)
{
	static const unsigned int batches[] = { 1, 8, 32 };
	static const unsigned int sizes[] = { 64, 128 };
	unsigned int s, b, k;

	printf("\nNOPs/s, %s, median of %u passes:\n\n", what, passes);
	printf("| SQE | batch | liburing Mops/s | ublkd ring Mops/s | ratio |\n");
	printf("|----:|------:|----------------:|------------------:|------:|\n");
	for (s = 0; s < 2; s++)
		for (b = 0; b < 3; b++) {
			double m[2];

			for (k = 0; k < 2; k++) {
				qsort(res[s][b][k], passes, sizeof(double), cmp_d);
				m[k] = res[s][b][k][passes / 2];
			}
			printf("| %u | %u | %.2f | %.2f | %.2f |\n", sizes[s],
			       batches[b], m[0] / 1e6, m[1] / 1e6, m[1] / m[0]);
		}
}

int main(int argc, char **argv)
{
	static const unsigned int batches[] = { 1, 8, 32 };
	static const unsigned int sizes[] = { 64, 128 };
	double res[2][2][3][2][MAXP];	/* wall/cpu, size, batch, impl, pass */
	unsigned long ops = 2000000;
	unsigned int passes = 3, batch = 8, sqe_size = 64, p, s, b, k;
	const char *one = NULL;
	int c;

	while ((c = getopt(argc, argv, "n:p:1:b:s:")) != -1) {
		switch (c) {
		case 'n': ops = strtoul(optarg, NULL, 0); break;
		case 'p': passes = strtoul(optarg, NULL, 0); break;
		case '1': one = optarg; break;
		case 'b': batch = strtoul(optarg, NULL, 0); break;
		case 's': sqe_size = strtoul(optarg, NULL, 0); break;
		default:
			fprintf(stderr, "usage: %s [-n ops] [-p passes] "
				"[-1 ours|liburing -b batch -s 64|128]\n", argv[0]);
			return 2;
		}
	}
	if (one) {
		double r = bench_one(!strcmp(one, "ours"), batch, sqe_size, ops);

		printf("%s batch %u sqe %u: %.0f ops/s, %.0f ops/cpu-s\n", one,
		       batch, sqe_size, r, last_cpu_rate);
		return 0;
	}
	if (passes < 1 || passes > MAXP || batch > 32) {
		fprintf(stderr, "ring_bench: passes must be 1..%d\n", MAXP);
		return 2;
	}
	/* interleave: every pass runs every cell, alternating who goes first */
	for (p = 0; p < passes; p++)
		for (s = 0; s < 2; s++)
			for (b = 0; b < 3; b++)
				for (k = 0; k < 2; k++) {
					int ours = (k + p + b) & 1;

					res[0][s][b][ours][p] = bench_one(ours,
							batches[b], sizes[s], ops);
					res[1][s][b][ours][p] = last_cpu_rate;
				}
	print_table(res[0], passes, "wall-clock");
	print_table(res[1], passes, "per CPU second (thread CPU time)");
	return 0;
}
