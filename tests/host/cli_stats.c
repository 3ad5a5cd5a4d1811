// SPDX-License-Identifier: MIT
/*
 * `ublk stats` on the host: this test plays the daemon (the engine's own
 * ublk_stats_setup() makes the file, the counters are set as queue
 * threads would), then runs the real binary and checks what it prints in
 * each format, and its refusals.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "tap.h"
#include "cli_run.h"
#include "engine/engine.h"
#include "fake_stats_dev.h"


static void fill(void)
{
	struct ublkd_stats_queue *a = queues[0].st, *b = queues[1].st;

	a->ops[UBLKD_SOP_READ].requests = 10;
	a->ops[UBLKD_SOP_READ].bytes = 40960;
	a->ops[UBLKD_SOP_READ].errors = 1;
	a->done = 9;	/* one in flight */
	a->hist[0] = 5;
	a->hist[4] = 4;
	a->lat_sum_us = 40;
	a->nr_waits = 7;
	a->nr_sleeps = 3;
	b->ops[UBLKD_SOP_WRITE].requests = 5;
	b->ops[UBLKD_SOP_WRITE].bytes = 20480;
	b->ops[UBLKD_SOP_FLUSH].requests = 2;
	b->done = 7;
	b->hist[10] = 7;
}

int main(int argc, char **argv)
{
	char path[PATH_MAX + 32];

	(void)argc;
	find_bin(argv[0]);
	if (access(bin, X_OK))
		skip_all("no ublk binary (build it first)");
	snprintf(tmpdir, sizeof(tmpdir), "%s/ublkd-clistats-XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(tmpdir))
		bail_out("mkdtemp failed");
	snprintf(path, sizeof(path), "%s/run", tmpdir);
	mkdir(path, 0755);
	setenv("UBLKD_RUN_DIR", path, 1);

	fake_stats_dev(7);
	if (!dev.st_map)
		bail_out("no stats file");
	fill();

	is_int(run("stats -n 7 --json"), 0, "--json: exit 0 %s", err);
	ok(strstr(out, "{\"dev_id\":7,") == out, "one object, device 7");
	ok(strstr(out, "\"running\":true") != NULL, "the 'daemon' (us) runs");
	ok(strstr(out, "\"total\":{\"in_flight\":1,\"done\":16,") != NULL,
	   "total: 1 in flight, 16 done");
	ok(strstr(out, "\"read\":{\"requests\":10,\"bytes\":40960,\"errors\":1}") != NULL,
	   "reads: 10, 40960 bytes, 1 error");
	ok(strstr(out, "\"flush\":{\"requests\":2,\"bytes\":0,\"errors\":0}") != NULL,
	   "flushes: 2");
	ok(strstr(out, "\"p50\":16,\"p99\":1024,\"p999\":1024") != NULL,
	   "total latency: p50 <= 16 us, p99 <= 1024 us");

	is_int(run("stats -n 7 --prometheus"), 0, "--prometheus: exit 0");
	ok(strstr(out, "# TYPE ublkd_requests_total counter\n") != NULL, "TYPE line");
	ok(strstr(out, "ublkd_requests_total{dev=\"7\",queue=\"0\",op=\"read\"} 10\n") != NULL,
	   "queue 0 reads");
	ok(strstr(out, "ublkd_errors_total{dev=\"7\",queue=\"0\",op=\"read\"} 1\n") != NULL,
	   "queue 0 read errors");
	ok(strstr(out, "ublkd_in_flight{dev=\"7\",queue=\"0\"} 1\n") != NULL, "in flight gauge");
	ok(strstr(out, "ublkd_latency_seconds_bucket{dev=\"7\",queue=\"0\",le=\"1e-06\"} 5\n") != NULL,
	   "bucket 0 (le 1 us): 5");
	ok(strstr(out, "ublkd_latency_seconds_bucket{dev=\"7\",queue=\"0\",le=\"1.6e-05\"} 9\n") != NULL,
	   "cumulative: le 16 us holds 9");
	ok(strstr(out, "ublkd_latency_seconds_bucket{dev=\"7\",queue=\"1\",le=\"+Inf\"} 7\n") != NULL,
	   "+Inf bucket");
	ok(strstr(out, "ublkd_latency_seconds_sum{dev=\"7\",queue=\"0\"} 4e-05\n") != NULL, "_sum in seconds");
	ok(strstr(out, "ublkd_latency_seconds_count{dev=\"7\",queue=\"1\"} 7\n") != NULL, "_count");

	is_int(run("stats -n 7"), 0, "text: exit 0");
	ok(strstr(out, "\nall ") && strstr(out, "in flight 1, done 16"), "text: the totals line");

	is_int(run("stats -n 8"), 1, "no such device: exit 1");
	ok(strstr(err, "no stats for device 8") != NULL, "  says so: %s", err);
	is_int(run("stats"), 2, "no -n: usage error");
	is_int(run("stats -n 7 -w 0"), 2, "-w 0: usage error");
	is_int(run("stats -n 7 -w 1 --json"), 2, "-w with --json: usage error");
	is_int(run("stats -n 7 --json --prometheus"), 2, "two formats: usage error");
	snprintf(path, sizeof(path), "%s/run/ublkb7.stats", tmpdir);
	chmod(path, 0666);
	is_int(run("stats -n 7"), 1, "a file others may write: exit 1");
	ok(strstr(err, "refused: writable by others") != NULL, "  says why: %s", err);
	chmod(path, 0644);

	ublk_stats_teardown(&dev, true);
	is_int(run("stats -n 7"), 1, "after del: exit 1");
	{
		char cmd[PATH_MAX + 16];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
		if (system(cmd))
			diag("cannot remove %s", tmpdir);
	}
	return done_testing();
}
