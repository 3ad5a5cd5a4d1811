// SPDX-License-Identifier: MIT
/*
 * `ublk stats -n ID [--json | --prometheus] [-w SECONDS]`: a running
 * device's live counters, read from the stats file its daemon updates
 * (engine/stats_abi.h): per queue and per op requests, bytes, errors; in
 * flight; the latency histogram with p50/p99/p99.9; the batching counters.
 * -w repeats every SECONDS with rates over the interval.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/state.h"
#include "util/stats_read.h"

enum fmt { FMT_TEXT, FMT_JSON, FMT_PROM };

struct snap {
	unsigned int nr;
	struct ublkd_stats_queue q[UBLKD_MAX_QUEUES];
	struct ublkd_stats_queue total;
	uint64_t mono_ns;
	bool torn;
};

static uint64_t mono_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static void take(const struct ublkd_stats_file *f, struct snap *s)
{
	unsigned int i;

	memset(s, 0, sizeof(*s));
	/*
	 * One block per queue per thread serving it (several threads share
	 * a queue with per-I/O daemons): summed by queue id.
	 */
	for (i = 0; i < f->hdr->nr_queues; i++) {
		struct ublkd_stats_queue b;
		unsigned int q;

		if (!ublkd_stats_snapshot(&f->queues[i], &b))
			s->torn = true;
		q = b.q_id < UBLKD_MAX_QUEUES ? b.q_id : UBLKD_MAX_QUEUES - 1;
		s->q[q].q_id = q;
		ublkd_stats_sum(&s->q[q], &b);
		ublkd_stats_sum(&s->total, &b);
		if (q + 1 > s->nr)
			s->nr = q + 1;
	}
	s->mono_ns = mono_ns();
}

static uint64_t inflight(const struct ublkd_stats_queue *q)
{
	uint64_t n = ublkd_stats_total(q);

	return n > q->done ? n - q->done : 0;
}

static void fmt_us(char *buf, size_t len, uint64_t us)
{
	if (us == UINT64_MAX)
		snprintf(buf, len, ">%llu", 1ULL << (UBLKD_STATS_NR_BUCKETS - 2));
	else
		snprintf(buf, len, "%llu", (unsigned long long)us);
}

/* ---- text ---- */

static void text_queue(const char *name, const struct ublkd_stats_queue *q)
{
	char p50[32], p99[32], p999[32];
	unsigned int op;

	for (op = 0; op < UBLKD_SOP_NR; op++)
		printf("%-6s %-13s %14llu %18llu %10llu\n", name,
		       ublkd_stats_op_names[op],
		       (unsigned long long)q->ops[op].requests,
		       (unsigned long long)q->ops[op].bytes,
		       (unsigned long long)q->ops[op].errors);
	fmt_us(p50, sizeof(p50), ublkd_stats_quantile_us(q->hist, 0.5));
	fmt_us(p99, sizeof(p99), ublkd_stats_quantile_us(q->hist, 0.99));
	fmt_us(p999, sizeof(p999), ublkd_stats_quantile_us(q->hist, 0.999));
	printf("%-6s in flight %llu, done %llu, latency us p50 <=%s p99 <=%s p99.9 <=%s, %llu trips to the kernel, %llu asleep, %llu in the shared buffer\n",
	       name, (unsigned long long)inflight(q),
	       (unsigned long long)q->done, p50, p99, p999,
	       (unsigned long long)q->nr_waits,
	       (unsigned long long)q->nr_sleeps,
	       (unsigned long long)q->nr_shm);
}

static void print_text(const struct ublkd_stats_file *f, const struct snap *s)
{
	const struct ublkd_stats_hdr *h = f->hdr;
	char name[16];
	unsigned int i;

	printf("dev %u: daemon pid %d%s, %u queues, up %.1f s%s\n", h->dev_id,
	       h->pid, cli_pid_alive(h->pid) ? "" : " (not running)",
	       s->nr, (double)(s->mono_ns - h->start_mono_ns) / 1e9,
	       s->torn ? " (a queue was busy: its numbers may be of different moments)" : "");
	printf("%-6s %-13s %14s %18s %10s\n", "queue", "op", "requests",
	       "bytes", "errors");
	for (i = 0; i < s->nr; i++) {
		snprintf(name, sizeof(name), "%u", i);
		text_queue(name, &s->q[i]);
	}
	text_queue("all", &s->total);
}

/* -w: what changed over the interval, per second. */
static void print_rates(const struct snap *a, const struct snap *b)
{
	double secs = (double)(b->mono_ns - a->mono_ns) / 1e9;
	unsigned int i, op;

	if (secs <= 0)
		secs = 1e-9;
	for (i = 0; i <= b->nr; i++) {
		const struct ublkd_stats_queue *x = i < b->nr ? &a->q[i] : &a->total;
		const struct ublkd_stats_queue *y = i < b->nr ? &b->q[i] : &b->total;
		char name[16];

		if (i < b->nr)
			snprintf(name, sizeof(name), "%u", i);
		else
			snprintf(name, sizeof(name), "all");
		printf("%-6s", name);
		for (op = 0; op < UBLKD_SOP_NR; op++) {
			if (op == UBLKD_SOP_OTHER &&
			    y->ops[op].requests == x->ops[op].requests)
				continue;
			printf(" %s %.0f/s %.1f MB/s", ublkd_stats_op_names[op],
			       (double)(y->ops[op].requests - x->ops[op].requests) / secs,
			       (double)(y->ops[op].bytes - x->ops[op].bytes) / secs / 1e6);
			if (y->ops[op].errors != x->ops[op].errors)
				printf(" (%.0f errors/s)",
				       (double)(y->ops[op].errors - x->ops[op].errors) / secs);
		}
		printf(", in flight %llu\n", (unsigned long long)inflight(y));
	}
	fflush(stdout);
}

/* ---- json ---- */

static void json_queue(const struct ublkd_stats_queue *q)
{
	unsigned int op, b;

	printf("{\"in_flight\":%llu,\"done\":%llu,\"trips\":%llu,\"sleeps\":%llu,\"shm\":%llu,\"ops\":{",
	       (unsigned long long)inflight(q), (unsigned long long)q->done,
	       (unsigned long long)q->nr_waits,
	       (unsigned long long)q->nr_sleeps,
	       (unsigned long long)q->nr_shm);
	for (op = 0; op < UBLKD_SOP_NR; op++)
		printf("%s\"%s\":{\"requests\":%llu,\"bytes\":%llu,\"errors\":%llu}",
		       op ? "," : "", ublkd_stats_op_names[op],
		       (unsigned long long)q->ops[op].requests,
		       (unsigned long long)q->ops[op].bytes,
		       (unsigned long long)q->ops[op].errors);
	printf("},\"latency_us\":{\"sum\":%llu", (unsigned long long)q->lat_sum_us);
	printf(",\"p50\":%llu,\"p99\":%llu,\"p999\":%llu,\"buckets\":[",
	       (unsigned long long)ublkd_stats_quantile_us(q->hist, 0.5),
	       (unsigned long long)ublkd_stats_quantile_us(q->hist, 0.99),
	       (unsigned long long)ublkd_stats_quantile_us(q->hist, 0.999));
	for (b = 0; b < UBLKD_STATS_NR_BUCKETS; b++)
		printf("%s%llu", b ? "," : "", (unsigned long long)q->hist[b]);
	printf("]}}");
}

static void print_json(const struct ublkd_stats_file *f, const struct snap *s)
{
	const struct ublkd_stats_hdr *h = f->hdr;
	unsigned int i;

	printf("{\"dev_id\":%u,\"pid\":%d,\"running\":%s,\"nr_queues\":%u,\"uptime_ns\":%llu,\"consistent\":%s,\"queues\":[",
	       h->dev_id, h->pid, cli_pid_alive(h->pid) ? "true" : "false",
	       s->nr,
	       (unsigned long long)(s->mono_ns - h->start_mono_ns),
	       s->torn ? "false" : "true");
	for (i = 0; i < s->nr; i++) {
		printf("%s", i ? "," : "");
		json_queue(&s->q[i]);
	}
	printf("],\"total\":");
	json_queue(&s->total);
	printf("}\n");
}

/* ---- prometheus (node_exporter textfile) ---- */

static void prom_counter(const struct ublkd_stats_file *f, const struct snap *s,
			 const char *name, const char *help, size_t off)
{
	unsigned int i, op;

	printf("# HELP ublkd_%s %s\n# TYPE ublkd_%s counter\n", name, help,
	       name);
	for (i = 0; i < s->nr; i++)
		for (op = 0; op < UBLKD_SOP_NR; op++)
			printf("ublkd_%s{dev=\"%u\",queue=\"%u\",op=\"%s\"} %llu\n",
			       name, f->hdr->dev_id, i, ublkd_stats_op_names[op],
			       (unsigned long long)*(const uint64_t *)
			       ((const char *)&s->q[i].ops[op] + off));
}

static void prom_queue_metric(const struct ublkd_stats_file *f,
			      const struct snap *s, const char *name,
			      const char *type, const char *help, int which)
{
	unsigned int i;

	printf("# HELP ublkd_%s %s\n# TYPE ublkd_%s %s\n", name, help, name,
	       type);
	for (i = 0; i < s->nr; i++) {
		const struct ublkd_stats_queue *q = &s->q[i];
		uint64_t v = which == 0 ? inflight(q) :
			     which == 1 ? q->nr_waits : q->nr_sleeps;

		printf("ublkd_%s{dev=\"%u\",queue=\"%u\"} %llu\n", name,
		       f->hdr->dev_id, i, (unsigned long long)v);
	}
}

static void print_prom(const struct ublkd_stats_file *f, const struct snap *s)
{
	unsigned int i, b;

	prom_counter(f, s, "requests_total", "Requests received, by queue and op.",
		     offsetof(struct ublkd_stats_opc, requests));
	prom_counter(f, s, "bytes_total", "Bytes of the requests received, by queue and op.",
		     offsetof(struct ublkd_stats_opc, bytes));
	prom_counter(f, s, "errors_total", "Requests completed with an error, by queue and op.",
		     offsetof(struct ublkd_stats_opc, errors));
	prom_queue_metric(f, s, "in_flight", "gauge", "Requests received and not yet completed.", 0);
	prom_queue_metric(f, s, "waits_total", "counter", "Trips to the kernel for work.", 1);
	prom_queue_metric(f, s, "sleeps_total", "counter", "Trips to the kernel that slept.", 2);
	printf("# HELP ublkd_latency_seconds Request latency in the daemon, from the pass it arrived in to the pass it completed in.\n"
	       "# TYPE ublkd_latency_seconds histogram\n");
	for (i = 0; i < s->nr; i++) {
		const struct ublkd_stats_queue *q = &s->q[i];
		uint64_t cum = 0;

		for (b = 0; b < UBLKD_STATS_NR_BUCKETS; b++) {
			cum += q->hist[b];
			if (b == UBLKD_STATS_NR_BUCKETS - 1)
				printf("ublkd_latency_seconds_bucket{dev=\"%u\",queue=\"%u\",le=\"+Inf\"} %llu\n",
				       f->hdr->dev_id, i, (unsigned long long)cum);
			else
				printf("ublkd_latency_seconds_bucket{dev=\"%u\",queue=\"%u\",le=\"%g\"} %llu\n",
				       f->hdr->dev_id, i,
				       (double)ublkd_stats_bucket_le_us(b) / 1e6,
				       (unsigned long long)cum);
		}
		printf("ublkd_latency_seconds_sum{dev=\"%u\",queue=\"%u\"} %g\n",
		       f->hdr->dev_id, i, (double)q->lat_sum_us / 1e6);
		printf("ublkd_latency_seconds_count{dev=\"%u\",queue=\"%u\"} %llu\n",
		       f->hdr->dev_id, i, (unsigned long long)cum);
	}
}

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static int watch(const struct ublkd_stats_file *f, double secs)
{
	static struct snap a, b;
	struct timespec ts = {
		.tv_sec = (time_t)secs,
		.tv_nsec = (long)((secs - (double)(time_t)secs) * 1e9),
	};

	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	take(f, &a);
	while (!stop) {
		nanosleep(&ts, NULL);
		if (stop)
			break;
		take(f, &b);
		print_rates(&a, &b);
		a = b;
		if (!cli_pid_alive(f->hdr->pid)) {
			fprintf(stderr, "ublk stats: dev %u: daemon pid %d is gone\n",
				f->hdr->dev_id, f->hdr->pid);
			return 1;
		}
	}
	return 0;
}

static void usage(FILE *out)
{
	fprintf(out, "usage: ublk stats -n ID [--json | --prometheus] [-w SECONDS]\n");
}

int cmd_stats(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "number", required_argument, NULL, 'n' },
		{ "json", no_argument, NULL, 'j' },
		{ "prometheus", no_argument, NULL, 'p' },
		{ "watch", required_argument, NULL, 'w' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static struct snap s;
	struct ublkd_stats_file f;
	enum fmt fmt = FMT_TEXT;
	bool have_id = false;
	double secs = 0;
	char why[256] = "", *end;
	uint32_t id = 0;
	int opt, ret;

	optind = 1;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":n:w:h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'n':
			if (cli_dev_id_arg(optarg, &id, &have_id))
				return UBLK_EXIT_USAGE;
			break;
		case 'j':
		case 'p':
			if (fmt != FMT_TEXT)
				return cli_usage_error("stats", "--json and --prometheus exclude each other");
			fmt = opt == 'j' ? FMT_JSON : FMT_PROM;
			break;
		case 'w':
			errno = 0;
			secs = strtod(optarg, &end);
			if (errno || end == optarg || *end || !(secs >= 0.01) ||
			    secs > 86400)
				return cli_usage_error("stats", "invalid -w SECONDS: '%s' (0.01 to 86400)", optarg);
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			return cli_bad_option("stats", opt, argv);
		}
	}
	if (optind < argc)
		return cli_extra_arg("stats", argv[optind]);
	if (!have_id)
		return cli_usage_error("stats", "-n ID is required");
	if (secs > 0 && fmt != FMT_TEXT)
		return cli_usage_error("stats", "-w shows rates as text: not with --json or --prometheus");
	ret = ublkd_stats_open(ublk_run_dir(), (int)id, &f, why, sizeof(why));
	if (ret == -ENOENT) {
		fprintf(stderr, "ublk stats: no stats for device %u: %s does not exist (no such device, or no ublkd daemon serves it)\n",
			id, f.path);
		return 1;
	}
	if (ret) {
		fprintf(stderr, "ublk stats: stats file %s refused: %s\n",
			f.path, why);
		return 1;
	}
	if (secs > 0) {
		ret = watch(&f, secs);
	} else {
		take(&f, &s);
		if (fmt == FMT_JSON)
			print_json(&f, &s);
		else if (fmt == FMT_PROM)
			print_prom(&f, &s);
		else
			print_text(&f, &s);
		ret = 0;
		if (fflush(stdout) || ferror(stdout)) {
			perror("ublk stats: stdout");
			ret = 1;
		}
	}
	ublkd_stats_close(&f);
	return ret;
}
