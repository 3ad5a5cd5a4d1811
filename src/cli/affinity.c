// SPDX-License-Identifier: MIT
/*
 * `ublk set_affinity -n ID -q QID --cpuset SET` (ublksrv's command): move
 * the thread serving queue QID of device ID onto the CPUs of SET, now.
 * SET is ublksrv's "[0,2,3]" or a plain list with ranges ("0,2-3").
 * `list` shows a queue's affinity as the thread has it, so the change is
 * visible there; a new daemon (recover) starts from the kernel's again.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/state.h"

/* "[0,2-3]" or "0,2-3" into @set; -EINVAL (message printed) on bad input. */
static int parse_cpuset(const char *s, cpu_set_t *set)
{
	const char *p = s;
	bool bracket = *p == '[';
	int n = 0;

	CPU_ZERO(set);
	if (bracket)
		p++;
	for (;;) {
		unsigned long a, b;
		char *end;

		if (!isdigit((unsigned char)*p))
			goto bad;
		a = strtoul(p, &end, 10);
		b = a;
		if (*end == '-') {
			p = end + 1;
			if (!isdigit((unsigned char)*p))
				goto bad;
			b = strtoul(p, &end, 10);
		}
		if (b < a || b >= CPU_SETSIZE)
			goto bad;
		for (; a <= b; a++, n++)
			CPU_SET(a, set);
		p = end;
		if (*p != ',')
			break;
		p++;
	}
	if (bracket && *p++ != ']')
		goto bad;
	if (*p || !n)
		goto bad;
	return 0;
bad:
	fprintf(stderr, "ublk: set_affinity: invalid cpuset '%s' (CPU numbers and ranges joined by ',', e.g. [0,2] or 0-3)\n",
		s);
	return -EINVAL;
}

/* Is @tid a thread of process @pid? */
static bool thread_of(pid_t pid, pid_t tid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d/task/%d", (int)pid, (int)tid);
	return access(path, F_OK) == 0;
}

static int set_affinity(uint32_t id, uint32_t q, const cpu_set_t *set)
{
	struct ublksrv_ctrl_dev_info info;
	struct ublk_state *st;
	struct ublk_ctrl c;
	pid_t tid;
	int ret;

	if (cli_ctrl_open(&c))
		return 1;
	ret = ublk_ctrl_get_dev_info(&c, id, &info);
	ublk_ctrl_close(&c);
	if (ret) {
		fprintf(stderr, "ublk: set_affinity: device %u %s\n", id,
			ret == -ENODEV ? "not found" : strerror(-ret));
		return 1;
	}
	if (q >= info.nr_hw_queues) {
		fprintf(stderr, "ublk: set_affinity: device %u has %u queue%s: no queue %u\n",
			id, info.nr_hw_queues, info.nr_hw_queues == 1 ? "" : "s",
			q);
		return 1;
	}
	st = calloc(1, sizeof(*st));
	if (!st) {
		fprintf(stderr, "ublk: out of memory\n");
		return 1;
	}
	ret = ublk_state_load((int)id, st);
	tid = ret || q >= st->nr_queues ? 0 : st->tids[q];
	if (tid <= 0 || !cli_pid_alive(info.ublksrv_pid) ||
	    !thread_of(info.ublksrv_pid, tid)) {
		fprintf(stderr, "ublk: set_affinity: device %u (state %s) has no daemon thread serving queue %u\n",
			id, ublk_state_name(info.state), q);
		free(st);
		return 1;
	}
	free(st);
	if (sched_setaffinity(tid, sizeof(*set), set)) {
		fprintf(stderr, "ublk: set_affinity: device %u queue %u (tid %d): %s\n",
			id, q, (int)tid, strerror(errno));
		return 1;
	}
	return 0;
}

int cmd_set_affinity(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "number", required_argument, NULL, 'n' },
		{ "queue", required_argument, NULL, 'q' },
		{ "cpuset", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool have_id = false, have_q = false;
	const char *cpus = NULL;
	uint32_t id = 0, q = 0;
	cpu_set_t set;
	int opt;

	for (optind = 0, opterr = 0;
	     (opt = getopt_long(argc, argv, "+:n:q:h", opts, NULL)) != -1;) {
		switch (opt) {
		case 'n':
			if (cli_dev_id_arg(optarg, &id, &have_id))
				return UBLK_EXIT_USAGE;
			break;
		case 'q':
			if (cli_parse_u32(optarg, "queue id", UBLKD_MAX_QUEUES - 1,
					  &q))
				return UBLK_EXIT_USAGE;
			have_q = true;
			break;
		case 'c':
			cpus = optarg;
			break;
		case 'h':
			printf("usage: ublk set_affinity -n ID -q QID --cpuset SET\n");
			return 0;
		default:
			return cli_bad_option("set_affinity", opt, argv);
		}
	}
	if (optind < argc)
		return cli_extra_arg("set_affinity", argv[optind]);
	if (!have_id || !have_q || !cpus)
		return cli_usage_error("set_affinity", "%s is required",
				       !have_id ? "-n ID" : !have_q ? "-q QID" :
				       "--cpuset SET");
	if (parse_cpuset(cpus, &set))
		return UBLK_EXIT_USAGE;
	return set_affinity(id, q, &set);
}
