// SPDX-License-Identifier: MIT
/*
 * `ublk list [-n ID] [-v] [--json]`, in the format of ublksrv's list:
 *
 *   dev id 0: nr_hw_queues 1 queue_depth 128 block size 512 dev_capacity N
 *	max rq size B daemon pid P state LIVE
 *	flags 0x48 [ URING_CMD_COMP_IN_TASK CMD_IOCTL_ENCODE ]
 *	ublkc: 239:0 ublkb: 259:0 owner: 0:0
 *	queue 0: tid T affinity(0 1 )		(with a state file, or -v)
 *	target {"name":"null",...}		(with a state file)
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ublkd/state.h"

#define LIST_MAX_DEVS	1024

struct dev_view {
	struct ublksrv_ctrl_dev_info info;
	struct ublk_params params;
	struct ublk_state st;
	bool have_state;
	bool state_refused;	/* a state file is there, but unusable */
	bool daemon_running;
};

/* ---- affinity strings: the state's "0,1,4-5" ---- */

typedef void (*cpu_fn)(void *arg, unsigned int cpu, bool first);

static void for_each_cpu_str(const char *s, cpu_fn fn, void *arg)
{
	bool first = true;

	while (*s) {
		char *end;
		unsigned long a = strtoul(s, &end, 10), b = a;

		if (end == s)
			break;
		if (*end == '-') {
			s = end + 1;
			b = strtoul(s, &end, 10);
			if (end == s || b < a || b - a > 4096)
				break;
		}
		for (unsigned long cpu = a; cpu <= b; cpu++) {
			fn(arg, (unsigned int)cpu, first);
			first = false;
		}
		s = end;
		while (*s == ',' || *s == ' ')
			s++;
	}
}

static void for_each_cpu_set(const cpu_set_t *set, cpu_fn fn, void *arg)
{
	bool first = true;

	for (unsigned int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
		if (!CPU_ISSET(cpu, set))
			continue;
		fn(arg, cpu, first);
		first = false;
	}
}

static void print_cpu_text(void *arg, unsigned int cpu, bool first)
{
	(void)arg;
	(void)first;
	printf("%u ", cpu);
}

static void print_cpu_json(void *arg, unsigned int cpu, bool first)
{
	(void)arg;
	printf("%s%u", first ? "" : ",", cpu);
}

/*
 * Affinity of queue @q: its live thread's (`set_affinity` may have moved
 * it), else the state's, else the driver's.
 */
static void print_affinity(struct ublk_ctrl *c, const struct dev_view *v,
			   unsigned int q, cpu_fn fn)
{
	cpu_set_t set;

	if (v->daemon_running && v->have_state && q < v->st.nr_queues &&
	    v->st.tids[q] > 0 &&
	    sched_getaffinity(v->st.tids[q], sizeof(set), &set) == 0) {
		for_each_cpu_set(&set, fn, NULL);
		return;
	}
	if (v->have_state && q < v->st.nr_queues && v->st.affinity[q][0]) {
		for_each_cpu_str(v->st.affinity[q], fn, NULL);
		return;
	}
	if (ublk_ctrl_get_queue_affinity(c, v->info.dev_id, (uint16_t)q,
					 &set) == 0)
		for_each_cpu_set(&set, fn, NULL);
}

static pid_t queue_tid(const struct dev_view *v, unsigned int q)
{
	if (v->have_state && q < v->st.nr_queues)
		return v->st.tids[q];
	return 0;
}

/*
 * No daemon serves it: the one the driver names is gone, or (the driver
 * forgets the pid of a daemon that died: -1) it is DEAD, QUIESCED or
 * FAIL_IO with none. `ublk del` removes it; with -r 1, `ublk recover`.
 */
static bool is_orphan(const struct dev_view *v)
{
	if (v->daemon_running)
		return false;
	return v->info.ublksrv_pid > 0 || v->info.state != UBLK_S_DEV_LIVE;
}

/* ---- text ---- */

static void print_text(struct ublk_ctrl *c, const struct dev_view *v,
		       bool verbose)
{
	const struct ublksrv_ctrl_dev_info *i = &v->info;
	const struct ublk_params *p = &v->params;
	char names[512];

	printf("dev id %u: nr_hw_queues %u queue_depth %u block size %u "
	       "dev_capacity %llu\n", i->dev_id, i->nr_hw_queues,
	       i->queue_depth, 1u << p->basic.logical_bs_shift,
	       (unsigned long long)p->basic.dev_sectors);
	printf("\tmax rq size %u daemon pid %d state %s%s\n",
	       i->max_io_buf_bytes, i->ublksrv_pid, ublk_state_name(i->state),
	       is_orphan(v) ? " (daemon not running)" : "");
	ublk_flags_str(i->flags, names, sizeof(names));
	printf("\tflags 0x%llx [%s%s ]\n", (unsigned long long)i->flags,
	       names[0] ? " " : "", names);
	printf("\tdata path %s%s%s\n", ublk_data_path_name(i->flags),
	       i->flags & UBLK_F_BATCH_IO ? ", batch" : "",
	       i->flags & UBLK_F_SHMEM_ZC ? ", shmem_zc" : "");
	printf("\tublkc: %u:%u ublkb: %u:%u owner: %u:%u\n",
	       p->devt.char_major, p->devt.char_minor, p->devt.disk_major,
	       p->devt.disk_minor, i->owner_uid, i->owner_gid);
	if (v->have_state && v->st.nr_threads)
		printf("\tthreads %u, per_io_tasks: each serves every %u%s (queue, tag) pair\n",
		       v->st.nr_threads, v->st.nr_threads,
		       v->st.nr_threads == 1 ? "" : "th");
	else if (v->have_state)
		printf("\tthreads %u, one per queue\n", i->nr_hw_queues);
	if (!v->have_state && !verbose)
		return;
	for (unsigned int q = 0; q < i->nr_hw_queues; q++) {
		printf("\tqueue %u: tid %d affinity(", q, (int)queue_tid(v, q));
		print_affinity(c, v, q, print_cpu_text);
		printf(")\n");
	}
	if (v->have_state)
		printf("\ttarget %s\n", v->st.tgt_json[0] ? v->st.tgt_json : "{}");
	if (verbose && v->have_state) {
		printf("\tcommand ublk");
		for (int a = 0; a < v->st.argc; a++)
			printf(" %s", v->st.argv[a]);
		printf("\n");
	}
}

/* ---- JSON ---- */

static void json_str(const char *s)
{
	/* every byte escaped to at most 6 (\u00XX): the longest field fits */
	static char buf[6 * UBLKD_TGT_JSON_LEN + 8];

	ublk_json_escape(buf, sizeof(buf), s);
	printf("\"%s\"", buf);
}

static void json_flag_names(uint64_t flags)
{
	char names[512], *tok, *save = NULL;
	bool first = true;

	ublk_flags_str(flags, names, sizeof(names));
	putchar('[');
	for (tok = strtok_r(names, " ", &save); tok;
	     tok = strtok_r(NULL, " ", &save)) {
		if (!first)
			putchar(',');
		json_str(tok);
		first = false;
	}
	putchar(']');
}

static void json_queues(struct ublk_ctrl *c, const struct dev_view *v)
{
	printf(",\"queues\":[");
	for (unsigned int q = 0; q < v->info.nr_hw_queues; q++) {
		printf("%s{\"qid\":%u,\"tid\":%d,\"affinity\":[", q ? "," : "",
		       q, (int)queue_tid(v, q));
		print_affinity(c, v, q, print_cpu_json);
		printf("]}");
	}
	printf("]");
}

static void json_state(const struct dev_view *v)
{
	const char *t = v->st.tgt_json;

	printf(",\"target\":");
	if (t[0] == '{')
		fputs(t, stdout);	/* the daemon's own JSON object */
	else if (t[0])
		json_str(t);
	else
		printf("null");
	printf(",\"nr_threads\":%u,\"per_io_tasks\":%s",
	       v->st.nr_threads ? v->st.nr_threads : v->info.nr_hw_queues,
	       v->st.nr_threads ? "true" : "false");
	printf(",\"args\":[");
	for (int a = 0; a < v->st.argc; a++) {
		if (a)
			putchar(',');
		json_str(v->st.argv[a]);
	}
	printf("]");
}

static void print_json(struct ublk_ctrl *c, const struct dev_view *v)
{
	const struct ublksrv_ctrl_dev_info *i = &v->info;
	const struct ublk_params *p = &v->params;

	printf("{\"dev_id\":%u,\"nr_hw_queues\":%u,\"queue_depth\":%u,"
	       "\"block_size\":%u,\"dev_capacity\":%llu,\"max_rq_size\":%u,"
	       "\"daemon_pid\":%d,\"daemon_running\":%s,\"state\":\"%s\","
	       "\"flags\":%llu,\"flag_names\":", i->dev_id, i->nr_hw_queues,
	       i->queue_depth, 1u << p->basic.logical_bs_shift,
	       (unsigned long long)p->basic.dev_sectors, i->max_io_buf_bytes,
	       i->ublksrv_pid, v->daemon_running ? "true" : "false",
	       ublk_state_name(i->state), (unsigned long long)i->flags);
	json_flag_names(i->flags);
	printf(",\"orphan\":%s", is_orphan(v) ? "true" : "false");
	printf(",\"data_path\":\"%s\",\"batch_io\":%s,\"shmem_zc\":%s",
	       ublk_data_path_name(i->flags),
	       i->flags & UBLK_F_BATCH_IO ? "true" : "false",
	       i->flags & UBLK_F_SHMEM_ZC ? "true" : "false");
	printf(",\"ublkc\":\"%u:%u\",\"ublkb\":\"%u:%u\",\"owner_uid\":%u,"
	       "\"owner_gid\":%u", p->devt.char_major, p->devt.char_minor,
	       p->devt.disk_major, p->devt.disk_minor, i->owner_uid,
	       i->owner_gid);
	json_queues(c, v);
	if (v->have_state)
		json_state(v);
	printf("}");
}

/* Everything about one device; -ENODEV if there is none. */
static int dev_fetch(struct ublk_ctrl *c, uint32_t dev_id, struct dev_view *v)
{
	int ret;

	ret = ublk_ctrl_get_dev_info(c, dev_id, &v->info);
	if (ret < 0)
		return ret;
	ret = ublk_ctrl_get_params(c, dev_id, &v->params);
	if (ret < 0) {
		fprintf(stderr, "ublk: device %u: cannot get params: %s\n",
			dev_id, strerror(-ret));
		return ret;
	}
	ret = ublk_state_load((int)dev_id, &v->st);	/* says why if refused */
	v->have_state = ret == 0;
	v->state_refused = ret && ret != -ENOENT;
	v->daemon_running = cli_pid_alive(v->info.ublksrv_pid);
	return 0;
}

static void dev_print(struct ublk_ctrl *c, const struct dev_view *v,
		      bool verbose, bool json)
{
	if (json)
		print_json(c, v);
	else
		print_text(c, v, verbose);
	fflush(stdout);
}

int cli_print_dev(struct ublk_ctrl *c, uint32_t dev_id, bool verbose,
		  bool json)
{
	struct dev_view *v = calloc(1, sizeof(*v));
	int ret;

	if (!v)
		return -ENOMEM;
	ret = dev_fetch(c, dev_id, v);
	if (ret == 0)
		dev_print(c, v, verbose, json);
	free(v);
	return ret;
}

/* The state file of a device that is gone: drop it. */
static void drop_stale_state(uint32_t id)
{
	if (ublk_state_remove((int)id) == 0)
		fprintf(stderr, "ublk: removed the stale state file of "
			"device %u\n", id);
}

/* One device; *first tracks the JSON array separator. */
static int list_one(struct ublk_ctrl *c, struct dev_view *v, uint32_t id,
		    bool verbose, bool json, bool *first, bool must_exist)
{
	int ret;

	memset(v, 0, sizeof(*v));
	ret = dev_fetch(c, id, v);
	if (ret == 0) {
		if (json && !*first)
			putchar(',');
		dev_print(c, v, verbose, json);
		*first = false;
		return v->state_refused ? -EBADMSG : 0;
	}
	if (ret == -ENODEV) {
		drop_stale_state(id);
		if (must_exist)
			fprintf(stderr, "ublk: device %u not found\n", id);
		return must_exist ? ret : 0;
	}
	fprintf(stderr, "ublk: device %u: %s\n", id, strerror(-ret));
	return ret;
}

static int list_run(bool have_id, uint32_t id, bool verbose, bool json)
{
	struct ublk_ctrl c;
	struct dev_view *v;
	uint32_t *ids;
	bool first = true;
	int n, ret = 0;

	if (cli_ctrl_open(&c))
		return 1;
	ids = calloc(LIST_MAX_DEVS, sizeof(*ids));
	v = calloc(1, sizeof(*v));
	if (!ids || !v) {
		fprintf(stderr, "ublk: out of memory\n");
		free(ids);
		free(v);
		ublk_ctrl_close(&c);
		return 1;
	}
	if (have_id) {
		ids[0] = id;
		n = 1;
	} else {
		n = cli_dev_ids(&c, ids, LIST_MAX_DEVS);
	}
	if (json)
		putchar('[');
	for (int i = 0; i < n; i++)
		if (list_one(&c, v, ids[i], verbose, json, &first, have_id))
			ret = 1;
	if (json)
		printf("]\n");
	free(ids);
	free(v);
	ublk_ctrl_close(&c);
	return ret;
}

int cmd_list(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "number", required_argument, NULL, 'n' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "json", no_argument, NULL, 'j' },
		{ "all", no_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool verbose = false, json = false, have_id = false;
	uint32_t id = 0;
	int opt;

	for (optind = 0, opterr = 0;
	     (opt = getopt_long(argc, argv, "+:n:vjah", opts, NULL)) != -1;) {
		switch (opt) {
		case 'a':	/* the kernel selftest's spelling of the default */
			break;
		case 'n':
			if (cli_dev_id_arg(optarg, &id, &have_id))
				return UBLK_EXIT_USAGE;
			break;
		case 'v':
			verbose = true;
			break;
		case 'j':
			json = true;
			break;
		case 'h':
			printf("usage: ublk list [-n ID | -a] [-v] [--json]\n");
			return 0;
		default:
			return cli_bad_option("list", opt, argv);
		}
	}
	if (optind < argc)
		return cli_extra_arg("list", argv[optind]);
	return list_run(have_id, id, verbose, json);
}
