// SPDX-License-Identifier: MIT
/*
 * Which thread serves which (queue, tag) (src/engine/map.c): one thread
 * per queue by default; with --per_io_tasks the kernel selftest's rule,
 * pair i = q * depth + tag served by thread i % N. Checked against that
 * rule computed here, over many shapes: every pair served by exactly one
 * thread, each thread's share of a queue as the engine walks it (first,
 * step, count), every queue spread over min(N, depth) threads, no thread
 * without work; and which -q / -d / --nthreads combinations are refused.
 */
#include <stdio.h>
#include <string.h>
#include "tap.h"
#include "engine/engine.h"

#define MAXT	UBLKD_MAX_QUEUES

/* Walk every share as fetch_all does; compare with the selftest's rule. */
static int check_shape(unsigned int nq, unsigned int depth, unsigned int nt,
		       bool per_io)
{
	static unsigned char served[UBLKD_MAX_QUEUES][UBLKD_MAX_DEPTH];
	unsigned int t, q, tag, bad = 0, busy[MAXT] = { 0 };
	struct ublk_tag_share s;

	memset(served, 0, sizeof(served));
	for (t = 0; t < nt; t++) {
		for (q = 0; q < nq; q++) {
			unsigned int n = 0;

			ublk_map_share(t, q, depth, nt, per_io, &s);
			for (tag = s.first; tag < depth && s.nr; tag += s.step) {
				unsigned int want = per_io ?
					(q * depth + tag) % nt : q;

				served[q][tag]++;
				n++;
				bad += want != t;
				bad += ublk_map_thread(q, tag, depth, nt,
						       per_io) != t;
			}
			bad += n != s.nr;
			busy[t] += n;
		}
	}
	for (q = 0; q < nq; q++)
		for (tag = 0; tag < depth; tag++)
			bad += served[q][tag] != 1;
	for (t = 0; t < nt; t++)
		bad += busy[t] == 0;
	if (bad)
		diag("-q %u -d %u --nthreads %u%s: %u mismatches", nq, depth,
		     nt, per_io ? " --per_io_tasks" : "", bad);
	return bad == 0;
}

/* Threads that serve queue @q. */
static unsigned int threads_of(unsigned int q, unsigned int depth,
			       unsigned int nt)
{
	struct ublk_tag_share s;
	unsigned int t, n = 0;

	for (t = 0; t < nt; t++) {
		ublk_map_share(t, q, depth, nt, true, &s);
		n += s.nr > 0;
	}
	return n;
}

int main(void)
{
	static const unsigned int depths[] = { 1, 2, 3, 7, 32, 128, 1024 };
	unsigned int nq, nt, d, all = 1, spread = 1, nshapes = 0;
	struct ublk_tag_share s;
	char why[256];

	for (nq = 1; nq <= 8; nq++)
		all &= check_shape(nq, 128, nq, false);
	ok(all, "one thread per queue: thread q serves every tag of queue q");

	for (nq = 1; nq <= 5; nq++)
		for (d = 0; d < sizeof(depths) / sizeof(depths[0]); d++)
			for (nt = 1; nt <= MAXT; nt++) {
				if (nq * depths[d] < nt)
					continue;
				all &= check_shape(nq, depths[d], nt, true);
				nshapes++;
				for (unsigned int q = 0; q < nq; q++) {
					unsigned int want = nt < depths[d] ?
						nt : depths[d];

					/* a queue with fewer tags than threads */
					if (threads_of(q, depths[d], nt) != want)
						spread = 0;
				}
			}
	ok(all, "--per_io_tasks: %u shapes, every (q, tag) served once, by thread (q * depth + tag) %% N, every thread busy",
	   nshapes);
	ok(spread, "--per_io_tasks: every queue spread over min(N, depth) threads");

	/* the test VM's shapes, by hand */
	ublk_map_share(1, 0, 128, 2, true, &s);
	ok(s.first == 1 && s.step == 2 && s.nr == 64,
	   "-q 1 -d 128 --nthreads 2: thread 1 serves tags 1, 3, ... (64)");
	ublk_map_share(0, 1, 128, 3, true, &s);
	ok(s.first == 1 && s.step == 3 && s.nr == 43,
	   "-q 2 -d 128 --nthreads 3: thread 0 serves queue 1's tags 1, 4, ... (pair 129 %% 3 == 0): %u %u %u",
	   s.first, s.step, s.nr);
	ublk_map_share(2, 1, 128, 3, true, &s);
	ok(s.first == 0 && s.step == 3 && s.nr == 43,
	   "-q 2 -d 128 --nthreads 3: thread 2 serves queue 1's tags 0, 3, ... (pair 128)");
	ublk_map_share(1, 0, 128, 2, false, &s);
	ok(s.nr == 0, "without --per_io_tasks thread 1 serves nothing of queue 0");

	ok(!ublk_map_check(2, 128, 0, false, why, sizeof(why)) &&
	   !ublk_map_check(2, 128, 2, false, why, sizeof(why)),
	   "--nthreads absent or equal to -q: accepted");
	ok(ublk_map_check(2, 128, 1, false, why, sizeof(why)) &&
	   strstr(why, "--nthreads 1") && strstr(why, "-q 2"),
	   "--nthreads 1 -q 2 without --per_io_tasks: refused: %s", why);
	ok(!ublk_map_check(1, 128, 32, true, why, sizeof(why)) &&
	   !ublk_map_check(4, 1, 4, true, why, sizeof(why)),
	   "--per_io_tasks: 32 threads over 1 queue; 4 threads over 4 one-tag queues");
	ok(ublk_map_check(1, 2, 3, true, why, sizeof(why)) &&
	   strstr(why, "serve nothing"),
	   "--per_io_tasks: 3 threads, 2 tags: refused: %s", why);
	ok(ublk_map_check(1, 128, 0, true, why, sizeof(why)) &&
	   ublk_map_check(1, 128, MAXT + 1, true, why, sizeof(why)) &&
	   strstr(why, "1..32"),
	   "--per_io_tasks: 0 or 33 threads refused: %s", why);
	return done_testing();
}
