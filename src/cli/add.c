// SPDX-License-Identifier: MIT
/*
 * `ublk add` and `ublk recover`: start the daemon that serves a device.
 *
 * add parses the generic options itself and hands every target option to
 * the target named by -t (its option table, ublkd/target.h); then the
 * daemon (src/daemon/) does all the work (control, target, queues) and
 * reports back once /dev/ublkbN serves I/O, or with the error that
 * stopped it; add then prints the device as `list` does.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/daemon.h"
#include "ublkd/debug.h"
#include "ublkd/state.h"

#define MIN_BUF_BYTES	4096u
#define ADD_MAX_PATHS	8

/* Path-valued target arguments: saved absolute in the state file. */
struct add_paths {
	const char *p[ADD_MAX_PATHS];
	unsigned int nr;
};
#define MAX_BUF_BYTES	(32u << 20)	/* the kernel's per-I/O limit */

enum {
	OPT_FOREGROUND = 256,
	OPT_LBS,
	OPT_PBS,
	OPT_VCACHE,
	OPT_BUF_BYTES,
	OPT_SQE128,
	OPT_LEGACY,
	OPT_POLL_US,
	OPT_DEBUG_MASK,
	OPT_NO_PART_SCAN,
	OPT_COPY,		/* data paths */
	OPT_AUTO_ZC,
	OPT_AUTO_ZC_FALLBACK,
	OPT_USER_COPY,
	OPT_SHMEM_ZC,		/* --shmem_zc */
	OPT_HTLB,		/* --htlb FILE */
	OPT_RDONLY_SHMEM,	/* --rdonly_shmem_buf */
	/* ublksrv's and the kernel selftest's spellings (compat_opt()) */
	OPT_COMPAT_EVENTFD,
	OPT_COMPAT_UNPRIV,
	OPT_COMPAT_NTHREADS,
	OPT_COMPAT_PER_IO,
	OPT_TGT,	/* OPT_TGT + i: the i-th target option name */
};

/* The generic options; every target's own come after them. */
static const struct option add_opts[] = {
	{ "type", required_argument, NULL, 't' },
	{ "number", required_argument, NULL, 'n' },
	{ "queues", required_argument, NULL, 'q' },
	{ "depth", required_argument, NULL, 'd' },
	{ "recovery", required_argument, NULL, 'r' },
	{ "recovery_reissue", required_argument, NULL, 'i' },
	{ "user_recovery_fail_io", required_argument, NULL, 'e' },
	{ "recovery_fail_io", required_argument, NULL, 'e' },
	{ "no_auto_part_scan", no_argument, NULL, OPT_NO_PART_SCAN },
	/* ublksrv's and the kernel selftest's spellings (compat_opt()) */
	{ "uring_comp", required_argument, NULL, 'u' },
	{ "need_get_data", required_argument, NULL, 'g' },
	{ "get_data", required_argument, NULL, 'g' },
	{ "user_recovery", required_argument, NULL, 'r' },
	{ "user_recovery_reissue", required_argument, NULL, 'i' },
	{ "eventfd", required_argument, NULL, OPT_COMPAT_EVENTFD },
	{ "unprivileged", no_argument, NULL, OPT_COMPAT_UNPRIV },
	{ "nthreads", required_argument, NULL, OPT_COMPAT_NTHREADS },
	{ "per_io_tasks", no_argument, NULL, OPT_COMPAT_PER_IO },
	{ "foreground", no_argument, NULL, OPT_FOREGROUND },
	{ "logical_block_size", required_argument, NULL, OPT_LBS },
	{ "physical_block_size", required_argument, NULL, OPT_PBS },
	{ "volatile_cache", no_argument, NULL, OPT_VCACHE },
	{ "max_io_buf_bytes", required_argument, NULL, OPT_BUF_BYTES },
	{ "sqe128", no_argument, NULL, OPT_SQE128 },
	{ "legacy", no_argument, NULL, OPT_LEGACY },
	{ "poll_us", required_argument, NULL, OPT_POLL_US },
	{ "debug_mask", required_argument, NULL, OPT_DEBUG_MASK },
	/* data paths (ublksrv's -z; the kernel selftest server's --auto_zc*) */
	{ "zerocopy", no_argument, NULL, 'z' },
	{ "auto_zc", no_argument, NULL, OPT_AUTO_ZC },
	{ "auto_zc_fallback", no_argument, NULL, OPT_AUTO_ZC_FALLBACK },
	{ "copy", no_argument, NULL, OPT_COPY },
	{ "usercopy", no_argument, NULL, OPT_USER_COPY },
	{ "shmem_zc", no_argument, NULL, OPT_SHMEM_ZC },
	{ "htlb", required_argument, NULL, OPT_HTLB },
	{ "rdonly_shmem_buf", no_argument, NULL, OPT_RDONLY_SHMEM },
	/* UBLK_F_BATCH_IO: ublksrv's spelling, then the kernel selftest's */
	{ "batch-io", no_argument, NULL, 'b' },
	{ "batch", no_argument, NULL, 'b' },
	{ "help", no_argument, NULL, 'h' },
};

#define NR_ADD_OPTS	(sizeof(add_opts) / sizeof(add_opts[0]))
#define MAX_TGT_OPTS	32	/* distinct target option names, all targets */
#define MAX_SEEN	64	/* target options on one command line */

/* The getopt table: generic options, then each target option name once. */
struct opt_table {
	struct option longopts[NR_ADD_OPTS + MAX_TGT_OPTS + 1];
	const struct ublk_tgt_opt *tgt[MAX_TGT_OPTS];	/* by OPT_TGT + i */
	char shortopts[64];
	unsigned int nr_tgt;
};

/* A target option as seen, applied once the type is known. */
struct seen_opt {
	const char *name;
	const char *arg;
};

/* ublksrv's and the kernel selftest's options (compat_opt()). */
struct compat_args {
	bool recovery_given;	/* -r was on the line */
	int need_get_data;	/* -g: -1 the target's default, 0 off, 1 on */
	int event_fd;		/* --eventfd FD, or -1 */
	unsigned int nthreads;	/* --nthreads N, 0 not given */
	bool per_io_tasks;
	bool unprivileged;
};

struct add_args {
	const char *type;
	int recovery;
	int reissue;
	int fail_io;
	struct ublk_dev_opts opts;
	struct seen_opt seen[MAX_SEEN];
	unsigned int nr_seen;
	struct compat_args compat;
	char shmem_abs[PATH_MAX];	/* --htlb FILE made absolute */
};

/* Set by `ublk recover`: the saved line is replayed, its --eventfd is stale. */
static bool replaying;
/* Exit status of a refused `add`: bad arguments, or (1) not supported. */
static int add_refused = UBLK_EXIT_USAGE;
/* --eventfd: told the device id + 1 once it is live (struct ublk_daemon). */
static int add_event_fd = -1;

static int bad(const char *what, const char *val)
{
	fprintf(stderr, "ublk add: invalid %s '%s'\n", what, val);
	return -EINVAL;
}

static int parse_uint(const char *s, unsigned int min, unsigned int max,
		      const char *what, unsigned int *out)
{
	uint32_t v;

	if (cli_parse_u32(s, what, max, &v))
		return -EINVAL;
	if (v < min)
		return bad(what, s);
	*out = v;
	return 0;
}

/* 512, 1024, 2048 or 4096. */
static int parse_bs(const char *s, const char *what, unsigned int *out)
{
	if (parse_uint(s, 512, 4096, what, out))
		return -EINVAL;
	if (*out & (*out - 1))
		return bad(what, s);
	return 0;
}

static void table_add_tgt_opt(struct opt_table *t,
			      const struct ublk_tgt_opt *o)
{
	size_t n = strlen(t->shortopts);
	unsigned int i;

	for (i = 0; i < t->nr_tgt; i++)
		if (!strcmp(t->tgt[i]->name, o->name))
			return;
	if (t->nr_tgt >= MAX_TGT_OPTS)
		return;
	t->longopts[NR_ADD_OPTS + t->nr_tgt] = (struct option){
		o->name, o->has_arg ? required_argument : no_argument, NULL,
		OPT_TGT + (int)t->nr_tgt };
	t->tgt[t->nr_tgt++] = o;
	if (o->short_name && !strchr(t->shortopts, o->short_name) &&
	    n + 3 < sizeof(t->shortopts)) {
		t->shortopts[n++] = (char)o->short_name;
		if (o->has_arg)
			t->shortopts[n++] = ':';
		t->shortopts[n] = '\0';
	}
}

static void table_build(struct opt_table *t)
{
	const struct ublk_tgt_ops *const *ops;
	const struct ublk_tgt_opt *o;

	memset(t, 0, sizeof(*t));
	memcpy(t->longopts, add_opts, sizeof(add_opts));
	snprintf(t->shortopts, sizeof(t->shortopts), "t:n:q:d:r:i:e:u:g:zbh");
	for (ops = ublk_tgt_list(); *ops; ops++)
		for (o = (*ops)->opts; o && o->name; o++)
			table_add_tgt_opt(t, o);
}

/* The option a short letter stands for. */
static int short_to_tgt(const struct opt_table *t, int c)
{
	unsigned int i;

	for (i = 0; i < t->nr_tgt; i++)
		if (t->tgt[i]->short_name == c)
			return OPT_TGT + (int)i;
	return c;
}

/* One data path per device: a second, different one is a mistake. */
static int set_path(struct ublk_dev_opts *o, enum ublk_data_path p,
		    const char *opt)
{
	if (o->data_path != UBLKD_PATH_DEFAULT && o->data_path != p) {
		fprintf(stderr, "ublk add: %s conflicts with the data path given before it (-z, --auto_zc, --auto_zc_fallback, --usercopy, --copy: one of them)\n",
			opt);
		return -EINVAL;
	}
	o->data_path = p;
	return 0;
}

/* ---- ublksrv's and the kernel selftest's options ---- */

/*
 * -u, -g, --eventfd, --unprivileged, --nthreads, --per_io_tasks; their
 * checks run in compat_check() once the whole line is read, so they work
 * anywhere on it.
 */
static int compat_opt(struct add_args *a, int c, const char *arg)
{
	struct compat_args *x = &a->compat;
	unsigned int v;
	int fl;

	switch (c) {
	case 'u':
		/* URING_CMD_COMP_IN_TASK: every kernel does it, always */
		return parse_uint(arg, 0, 1, "-u (uring_comp)", &v);
	case 'g':
		if (parse_uint(arg, 0, 1, "-g (need_get_data)", &v))
			return -EINVAL;
		x->need_get_data = (int)v;
		return 0;
	case OPT_COMPAT_EVENTFD:
		if (parse_uint(arg, 0, INT32_MAX, "eventfd", &v))
			return -EINVAL;
		if (replaying)
			return 0;
		fl = fcntl((int)v, F_GETFL);
		if (fl < 0 || (fl & O_ACCMODE) == O_RDONLY) {
			fprintf(stderr, "ublk add: --eventfd %u: not a file descriptor open for writing\n",
				v);
			return -EINVAL;
		}
		x->event_fd = (int)v;
		return 0;
	case OPT_COMPAT_UNPRIV:
		x->unprivileged = true;
		return 0;
	case OPT_COMPAT_NTHREADS:
		return parse_uint(arg, 1, UBLKD_MAX_QUEUES, "nthreads",
				  &x->nthreads);
	case OPT_COMPAT_PER_IO:
		x->per_io_tasks = true;
		return 0;
	default:
		return -EINVAL;
	}
}

/* The whole line read: what the compat options imply or contradict. */
static int compat_check(struct add_args *a)
{
	struct compat_args *x = &a->compat;

	/* ublksrv: -i 1 and -e 1 turn user recovery on themselves */
	if ((a->reissue || a->fail_io) && !a->recovery) {
		if (x->recovery_given) {
			fprintf(stderr, "ublk add: %s needs user recovery, and -r 0 turns it off\n",
				a->reissue ? "-i 1" : "-e 1");
			return -EINVAL;
		}
		a->recovery = 1;
	}
	if (x->need_get_data == 1)
		a->opts.flags |= UBLK_F_NEED_GET_DATA;
	else if (x->need_get_data == 0)
		a->opts.flags_off |= UBLK_F_NEED_GET_DATA;
	add_refused = 1;	/* well-formed, not possible here: exit 1 */
	if (x->unprivileged) {
		/* the kernel takes recovery off such devices, silently */
		if (a->recovery) {
			fprintf(stderr, "ublk add: --unprivileged with user recovery (-r 1, -i 1, -e 1): the kernel does not allow recovery for an unprivileged device\n");
			return -EOPNOTSUPP;
		}
		a->opts.flags |= UBLK_F_UNPRIVILEGED_DEV;
	}
	/*
	 * The kernel selftest's rule: without --per_io_tasks one thread per
	 * queue; with it, N threads share every queue's tags (the engine
	 * checks again; the kernel's grant is checked at ADD_DEV).
	 */
	if (x->per_io_tasks && !x->nthreads)
		x->nthreads = a->opts.nr_queues;
	{
		char why[256];

		if (ublk_map_check(a->opts.nr_queues, a->opts.queue_depth,
				   x->nthreads, x->per_io_tasks, why,
				   sizeof(why))) {
			fprintf(stderr, "ublk add: %s\n", why);
			return -EOPNOTSUPP;
		}
	}
	a->opts.nr_threads = x->per_io_tasks ? x->nthreads : 0;
	a->opts.per_io_tasks = x->per_io_tasks;
	add_refused = UBLK_EXIT_USAGE;
	add_event_fd = x->event_fd;
	return 0;
}

static int parse_one(struct add_args *a, int c, const char *arg)
{
	struct ublk_dev_opts *o = &a->opts;
	unsigned int v;

	switch (c) {
	case 't': a->type = arg; return 0;
	case 'n':
		if (parse_uint(arg, 0, INT32_MAX, "device id", &v))
			return -EINVAL;
		o->dev_id = (int)v;
		return 0;
	case 'q':
		return parse_uint(arg, 1, UBLKD_MAX_QUEUES, "queue count",
				  &o->nr_queues);
	case 'd':
		return parse_uint(arg, 1, UBLKD_MAX_DEPTH, "queue depth",
				  &o->queue_depth);
	case 'r':
		a->compat.recovery_given = true;
		return parse_uint(arg, 0, 1, "-r", (unsigned *)&a->recovery);
	case 'i': return parse_uint(arg, 0, 1, "-i", (unsigned *)&a->reissue);
	case 'e': return parse_uint(arg, 0, 1, "-e", (unsigned *)&a->fail_io);
	case OPT_NO_PART_SCAN:
		o->flags |= UBLK_F_NO_AUTO_PART_SCAN;
		return 0;
	case 'z': return set_path(o, UBLKD_PATH_ZERO_COPY, "-z");
	case 'b': o->batch_io = true; return 0;
	case OPT_AUTO_ZC: return set_path(o, UBLKD_PATH_AUTO_ZC, "--auto_zc");
	case OPT_AUTO_ZC_FALLBACK:
		return set_path(o, UBLKD_PATH_AUTO_ZC_FALLBACK,
				"--auto_zc_fallback");
	case OPT_COPY: return set_path(o, UBLKD_PATH_COPY, "--copy");
	case OPT_SHMEM_ZC: o->shmem_zc = true; return 0;
	case OPT_HTLB:
		o->shmem_zc = true;
		o->shmem_file = arg;
		return 0;
	case OPT_RDONLY_SHMEM: o->shmem_ro = true; return 0;
	case OPT_USER_COPY:
		return set_path(o, UBLKD_PATH_USER_COPY, "--usercopy");
	case OPT_FOREGROUND: o->foreground = true; return 0;
	case OPT_LBS: return parse_bs(arg, "logical block size", &o->lbs);
	case OPT_PBS: return parse_bs(arg, "physical block size", &o->pbs);
	case OPT_VCACHE: o->volatile_cache = true; return 0;
	case OPT_BUF_BYTES:
		if (parse_uint(arg, MIN_BUF_BYTES, MAX_BUF_BYTES,
			       "max_io_buf_bytes", &o->buf_bytes))
			return -EINVAL;
		if (o->buf_bytes % 4096)
			return bad("max_io_buf_bytes (not a multiple of 4096)",
				   arg);
		return 0;
	case OPT_SQE128: o->sqe128 = 1; return 0;
	case OPT_LEGACY: o->force_legacy = 1; return 0;
	case OPT_POLL_US:
		return parse_uint(arg, 0, 1000000, "poll_us", &o->poll_us);
	case OPT_DEBUG_MASK:
		if (ublk_debug_parse(arg, &ublk_debug_mask))
			return bad("debug_mask", arg);
		return 0;
	default: return compat_opt(a, c, arg);
	}
}

static const struct ublk_tgt_opt *find_tgt_opt(const struct ublk_tgt_ops *ops,
					       const char *name)
{
	const struct ublk_tgt_opt *o;

	for (o = ops->opts; o && o->name; o++)
		if (!strcmp(o->name, name))
			return o;
	return NULL;
}

/* The target options seen, in order, to the target; then its check. */
static int apply_tgt_opts(struct ublk_dev *dev, const struct add_args *a,
			  struct add_paths *paths)
{
	const struct ublk_tgt_ops *ops = ublk_dev_ops(dev);
	unsigned int i;
	int ret;

	for (i = 0; i < a->nr_seen; i++) {
		const struct ublk_tgt_opt *o = find_tgt_opt(ops, a->seen[i].name);

		if (!o) {
			fprintf(stderr, "ublk add: --%s is not an option of target %s (ublk help -t %s)\n",
				a->seen[i].name, ops->name, ops->name);
			return -EINVAL;
		}
		ret = ops->parse_opt(dev, o, a->seen[i].arg);
		if (ret)
			return ret;
		if (o->is_path && paths && paths->nr < ADD_MAX_PATHS)
			paths->p[paths->nr++] = a->seen[i].arg;
	}
	return ops->check_opts ? ops->check_opts(dev) : 0;
}

static int parse_args(struct add_args *a, int argc, char **argv)
{
	struct opt_table t;
	int c, ret;

	a->opts.dev_id = -1;
	a->opts.nr_queues = UBLKD_DEF_QUEUES;
	a->opts.queue_depth = UBLKD_DEF_DEPTH;
	a->opts.buf_bytes = UBLKD_DEF_BUF_BYTES;
	a->compat.need_get_data = -1;
	a->compat.event_fd = -1;
	table_build(&t);
	/*
	 * 0, not 1: glibc's full reset. A parse that stopped inside an option
	 * cluster ("-qX") keeps a pointer into that argv, which optind = 1
	 * does not clear (recover parses a second argument list).
	 */
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, t.shortopts, t.longopts,
				NULL)) != -1) {
		if (c == 'h') {
			cmd_help(0, NULL);
			exit(0);
		}
		if (c == '?' || c == ':') {
			fprintf(stderr, "ublk add: unknown option or missing value: %s\n",
				argv[optind - 1]);
			return -EINVAL;
		}
		c = short_to_tgt(&t, c);
		if (c >= OPT_TGT) {
			if (a->nr_seen >= MAX_SEEN)
				return bad("option count", argv[optind - 1]);
			a->seen[a->nr_seen].name = t.tgt[c - OPT_TGT]->name;
			a->seen[a->nr_seen++].arg = optarg;
			continue;
		}
		ret = parse_one(a, c, optarg);
		if (ret)
			return ret;
	}
	if (optind < argc) {
		fprintf(stderr, "ublk add: unexpected argument '%s'\n",
			argv[optind]);
		return -EINVAL;
	}
	return 0;
}

/*
 * --shmem_zc / --htlb FILE / --rdonly_shmem_buf (UBLK_F_SHMEM_ZC): the
 * clients' I/O buffers in FILE, which the daemon maps and registers. The
 * data path is the copy one (a request whose pages are not in FILE is
 * copied as usual); the rest is the kernel's to grant (dev.c).
 */
static int shmem_check(struct ublk_dev_opts *o, char abs[PATH_MAX])
{
	if (o->shmem_ro && !o->shmem_file) {
		fprintf(stderr, "ublk add: --rdonly_shmem_buf needs --htlb FILE (the buffer to register read-only)\n");
		return -EINVAL;
	}
	if (!o->shmem_zc)
		return 0;
	if (o->data_path != UBLKD_PATH_DEFAULT &&
	    o->data_path != UBLKD_PATH_COPY) {
		fprintf(stderr, "ublk add: --shmem_zc conflicts with -z, --auto_zc, --auto_zc_fallback and --usercopy (the shared buffer is served on the copy path)\n");
		return -EINVAL;
	}
	if (o->batch_io) {
		fprintf(stderr, "ublk add: --shmem_zc with -b is not supported by ublkd\n");
		add_refused = 1;
		return -EOPNOTSUPP;
	}
	o->data_path = UBLKD_PATH_COPY;
	/* a WRITE's data is where the client put it: no NEED_GET_DATA */
	o->flags_off |= UBLK_F_NEED_GET_DATA;
	if (o->shmem_file) {
		/* the daemon opens it from /: absolute (in the add's args) */
		int err = realpath(o->shmem_file, abs) ? 0 : errno;

		if (!err && access(abs, R_OK | (o->shmem_ro ? 0 : W_OK)))
			err = errno;
		if (err) {
			fprintf(stderr, "ublk add: --htlb %s: %s\n",
				o->shmem_file, strerror(err));
			add_refused = 1;
			return -err;
		}
		o->shmem_file = abs;
	}
	return 0;
}

/*
 * Parse `add` options into a new device. Returns it, or NULL (message
 * printed: bad arguments). @paths: the path-valued arguments (for the
 * state file), or NULL.
 */
static struct ublk_dev *parse_add(int argc, char **argv,
				  struct add_paths *paths)
{
	static struct add_args a;
	const struct ublk_tgt_ops *ops;
	const char *htlb_arg;
	struct ublk_dev *dev;

	memset(&a, 0, sizeof(a));
	if (parse_args(&a, argc, argv))
		return NULL;
	if (!a.type) {
		fprintf(stderr, "ublk add: -t TYPE is required (%s)\n",
			ublk_tgt_names());
		return NULL;
	}
	ops = ublk_find_tgt(a.type);
	if (!ops) {
		fprintf(stderr, "ublk add: unknown target type '%s' (%s)\n",
			a.type, ublk_tgt_names());
		return NULL;
	}
	if (compat_check(&a))	/* -i 1 / -e 1 without -r turn it on */
		return NULL;
	if (a.fail_io && a.reissue) {
		fprintf(stderr, "ublk add: -e 1 and -i 1 exclude each other (I/O fails at once or waits to be re-issued)\n");
		return NULL;
	}
	if (a.fail_io)
		a.opts.flags |= UBLK_F_USER_RECOVERY_FAIL_IO;
	if (a.recovery)
		a.opts.flags |= UBLK_F_USER_RECOVERY;
	if (a.reissue)
		a.opts.flags |= UBLK_F_USER_RECOVERY_REISSUE;
	dev = ublk_dev_new(ops);
	if (!dev) {
		fprintf(stderr, "ublk add: out of memory\n");
		return NULL;
	}
	htlb_arg = a.opts.shmem_file;
	if (a.opts.shmem_zc && a.compat.need_get_data == 1) {
		fprintf(stderr, "ublk add: --shmem_zc conflicts with -g 1 (NEED_GET_DATA: the kernel would copy a WRITE into a buffer of ours)\n");
		ublk_dev_free(dev);
		return NULL;
	}
	if (shmem_check(&a.opts, a.shmem_abs)) {
		ublk_dev_free(dev);
		return NULL;
	}
	*ublk_dev_opts(dev) = a.opts;
	if (paths)
		paths->nr = 0;
	/* --htlb FILE: saved absolute, as a target's path option */
	if (paths && htlb_arg)
		paths->p[paths->nr++] = htlb_arg;
	if (apply_tgt_opts(dev, &a, paths)) {
		ublk_dev_free(dev);
		return NULL;
	}
	return dev;
}

/* ---- starting the daemon ---- */

/*
 * The `add` arguments as the state file keeps them: a path-valued target
 * option's value (loop's backing file) is made absolute, so that
 * `ublk recover` finds it from any directory.
 */
static void save_arg(const struct add_paths *paths, const char *arg,
		     char *out, size_t len)
{
	const char *file = NULL;
	unsigned int i;
	char *abs;

	for (i = 0; i < paths->nr; i++)
		if (paths->p[i] >= arg && paths->p[i] < arg + strlen(arg))
			file = paths->p[i];
	if (!file || *file == '/') {
		snprintf(out, len, "%s", arg);
		return;
	}
	abs = realpath(file, NULL);
	snprintf(out, len, "%.*s%s", (int)(file - arg), arg, abs ? abs : file);
	free(abs);
}

static void print_started(struct ublk_ctrl *c, uint32_t dev_id)
{
	cli_print_dev(c, dev_id, false, false);
}

/* A failed queue took the daemon down: `ublk del` cleans up after it. */
static void del_after_death(uint32_t dev_id)
{
	char id[16];

	snprintf(id, sizeof(id), "%u", dev_id);
	/* exec drops our rings and mappings: nothing of ours is held */
	execl("/proc/self/exe", "ublk", "del", "-n", id, (char *)NULL);
}

/* Serve @dev in a daemon; once it is live, print it as `list` does. */
static int spawn(struct ublk_dev *dev, bool recovering, int argc,
		 char **argv, const struct add_paths *paths)
{
	static char saved[UBLK_STATE_MAX_ARGS][UBLK_STATE_ARG_LEN];
	static char *args[UBLK_STATE_MAX_ARGS + 1];
	struct ublk_daemon d = {
		.dev = dev,
		.recovering = recovering,
		.on_ready = print_started,
		.on_queue_death = del_after_death,
	};
	struct ublk_ctrl c;
	uint32_t dev_id;
	int i, n, ret;

	for (i = 0, n = 0; i < argc && n < UBLK_STATE_MAX_ARGS; i++) {
		/* an fd of this command's caller means nothing to recover */
		if (!strcmp(argv[i], "--eventfd")) {
			i++;
			continue;
		}
		if (!strncmp(argv[i], "--eventfd=", 10))
			continue;
		save_arg(paths, argv[i], saved[n], sizeof(saved[n]));
		args[n] = saved[n];
		n++;
	}
	d.argc = n;
	d.argv = args;
	d.has_event_fd = add_event_fd >= 0;
	d.event_fd = add_event_fd;
	ret = ublk_daemon_start(&d, &dev_id);
	if (ret || ublk_dev_opts(dev)->foreground)
		return ret;
	if (ublk_ctrl_open(&c, ublk_dev_opts(dev)->force_legacy) == 0) {
		cli_print_dev(&c, dev_id, false, false);
		ublk_ctrl_close(&c);
	}
	return 0;
}

/* The path-valued arguments of the device being added or recovered. */
static struct add_paths add_paths;

int cmd_add(int argc, char **argv)
{
	struct ublk_dev *dev = parse_add(argc, argv, &add_paths);
	int ret;

	if (!dev)
		return add_refused;
	ret = spawn(dev, false, argc, argv, &add_paths);
	ublk_dev_free(dev);
	return ret;
}

static int recover_check(const struct ublk_dev_opts *o, int id)
{
	struct ublksrv_ctrl_dev_info info;
	struct ublk_ctrl c;
	int ret;

	ret = ublk_ctrl_open_explain(&c, o->force_legacy, "ublk recover");
	if (ret)
		return 1;
	ret = ublk_ctrl_get_dev_info(&c, (uint32_t)id, &info);
	ublk_ctrl_close(&c);
	if (ret) {
		fprintf(stderr, "ublk recover: device %d not found\n", id);
		return 1;
	}
	if (!(info.flags & UBLK_F_USER_RECOVERY)) {
		fprintf(stderr, "ublk recover: device %d was not added with -r 1\n",
			id);
		return 1;
	}
	if (info.state == UBLK_S_DEV_LIVE && info.ublksrv_pid > 0 &&
	    kill(info.ublksrv_pid, 0) == 0) {
		fprintf(stderr, "ublk recover: device %d is live (daemon pid %d)\n",
			id, info.ublksrv_pid);
		return 1;
	}
	return 0;
}

int cmd_recover(int argc, char **argv)
{
	static char *args[UBLK_STATE_MAX_ARGS + 1];
	static struct ublk_state st;
	static const struct option opts[] = {
		{ "number", required_argument, NULL, 'n' },
		{ "foreground", no_argument, NULL, OPT_FOREGROUND },
		{ "upgrade", no_argument, NULL, 'u' },
		{ "type", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	const char *type = NULL;
	const struct ublk_tgt_ops *ops;
	bool upgrade = false;
	struct ublk_dev_opts *o;
	struct ublk_dev *dev;
	bool foreground = false;
	unsigned int k;
	uint32_t id;
	int c, i, ret;

	optind = 1;
	opterr = 0;
	id = UINT32_MAX;
	while ((c = getopt_long(argc, argv, "n:t:", opts, NULL)) != -1) {
		if (c == OPT_FOREGROUND) {
			foreground = true;
			continue;
		}
		if (c == 'u') {
			upgrade = true;
			continue;
		}
		if (c == 't') {	/* ublksrv's recover takes it too */
			type = optarg;
			continue;
		}
		if (c != 'n' || cli_parse_u32(optarg, "device id", INT32_MAX,
					      &id)) {
			fprintf(stderr, "usage: ublk recover -n ID [-t TYPE] [--upgrade] [--foreground]\n");
			return UBLK_EXIT_USAGE;
		}
	}
	if (id == UINT32_MAX || optind < argc) {
		fprintf(stderr, "usage: ublk recover -n ID [-t TYPE] [--upgrade] [--foreground]\n");
		return UBLK_EXIT_USAGE;
	}
	ret = ublk_state_load((int)id, &st);
	if (ret == -ENOENT) {
		fprintf(stderr, "ublk recover: no state file for device %u in %s\n",
			id, ublk_run_dir());
		return 1;
	}
	if (ret) {	/* the loader said why */
		fprintf(stderr, "ublk recover: device %u: its state file cannot be used, nothing done\n",
			id);
		return 1;
	}
	if (type && strcmp(type, st.tgt_type)) {
		fprintf(stderr, "ublk recover: device %u is a %s device, not %s\n",
			id, st.tgt_type, type);
		return 1;
	}
	/*
	 * Live upgrade: the running daemon finishes its in-flight I/O and
	 * leaves (QUIESCE_DEV); this binary's daemon takes over below.
	 */
	if (upgrade && cli_quiesce(id, "recover --upgrade", 10000))
		return 1;
	for (i = 0; i < st.argc; i++)
		args[i] = st.argv[i];
	args[st.argc] = NULL;
	replaying = true;
	dev = parse_add(st.argc, args, &add_paths);
	if (!dev)
		return 1;
	o = ublk_dev_opts(dev);
	o->dev_id = (int)id;
	o->foreground = foreground;
	ops = ublk_dev_ops(dev);
	ret = 0;
	for (k = 0; !ret && ops->load_state && k < st.nr_tgt_keys; k++)
		ret = ops->load_state(dev, st.tgt_keys[k].key,
				      st.tgt_keys[k].val);
	if (ret || recover_check(o, (int)id))
		ret = 1;
	else
		ret = spawn(dev, true, st.argc, args, &add_paths);
	ublk_dev_free(dev);
	return ret;
}
