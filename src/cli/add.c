// SPDX-License-Identifier: MIT
/*
 * `ublk add` and `ublk recover`: start the daemon that serves a device.
 *
 * add forks a daemon that does all the work (control, target, queues) and
 * reports back through a pipe once /dev/ublkbN serves I/O, or with the
 * error that stopped it; the parent then prints the device as `list` does.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/dev.h"
#include "ublkd/state.h"

#define MIN_BUF_BYTES	4096u
#define MAX_BUF_BYTES	(32u << 20)	/* the kernel's per-I/O limit */

enum {
	OPT_FOREGROUND = 256,
	OPT_SIZE,
	OPT_BUFFERED,
	OPT_LBS,
	OPT_PBS,
	OPT_VCACHE,
	OPT_BUF_BYTES,
	OPT_SQE128,
	OPT_LEGACY,
	OPT_POLL_US,
	OPT_NO_PART_SCAN,
};

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
	{ "foreground", no_argument, NULL, OPT_FOREGROUND },
	{ "size", required_argument, NULL, OPT_SIZE },
	{ "file", required_argument, NULL, 'f' },
	{ "buffered_io", no_argument, NULL, OPT_BUFFERED },
	{ "offset", required_argument, NULL, 'o' },
	{ "logical_block_size", required_argument, NULL, OPT_LBS },
	{ "physical_block_size", required_argument, NULL, OPT_PBS },
	{ "volatile_cache", no_argument, NULL, OPT_VCACHE },
	{ "max_io_buf_bytes", required_argument, NULL, OPT_BUF_BYTES },
	{ "sqe128", no_argument, NULL, OPT_SQE128 },
	{ "legacy", no_argument, NULL, OPT_LEGACY },
	{ "poll_us", required_argument, NULL, OPT_POLL_US },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

struct add_args {
	const char *type;
	int recovery;
	int reissue;
	int fail_io;
};

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

static int parse_one(struct ublk_dev *dev, struct add_args *a, int c,
		     const char *arg)
{
	struct ublk_tgt_opts *t = &dev->tgt_opts;
	unsigned int v;

	switch (c) {
	case 't': a->type = arg; return 0;
	case 'n':
		if (parse_uint(arg, 0, INT32_MAX, "device id", &v))
			return -EINVAL;
		dev->opts.dev_id = (int)v;
		return 0;
	case 'q':
		return parse_uint(arg, 1, UBLKD_MAX_QUEUES, "queue count",
				  &dev->opts.nr_queues);
	case 'd':
		return parse_uint(arg, 1, UBLKD_MAX_DEPTH, "queue depth",
				  &dev->opts.queue_depth);
	case 'r': return parse_uint(arg, 0, 1, "-r", (unsigned *)&a->recovery);
	case 'i': return parse_uint(arg, 0, 1, "-i", (unsigned *)&a->reissue);
	case 'e': return parse_uint(arg, 0, 1, "-e", (unsigned *)&a->fail_io);
	case OPT_NO_PART_SCAN:
		dev->opts.flags |= UBLK_F_NO_AUTO_PART_SCAN;
		return 0;
	case OPT_FOREGROUND: dev->opts.foreground = true; return 0;
	case OPT_SIZE:
		if (ublk_parse_size(arg, &t->size) || !t->size)
			return bad("size", arg);
		return 0;
	case 'f': t->file = arg; return 0;
	case OPT_BUFFERED: t->buffered_io = true; return 0;
	case 'o':
		if (ublk_parse_size(arg, &t->offset_sectors))
			return bad("offset (sectors)", arg);
		return 0;
	case OPT_LBS: return parse_bs(arg, "logical block size", &t->lbs);
	case OPT_PBS: return parse_bs(arg, "physical block size", &t->pbs);
	case OPT_VCACHE: t->volatile_cache = true; return 0;
	case OPT_BUF_BYTES:
		if (parse_uint(arg, MIN_BUF_BYTES, MAX_BUF_BYTES,
			       "max_io_buf_bytes", &dev->opts.buf_bytes))
			return -EINVAL;
		if (dev->opts.buf_bytes % 4096)
			return bad("max_io_buf_bytes (not a multiple of 4096)",
				   arg);
		return 0;
	case OPT_SQE128: dev->opts.sqe128 = 1; return 0;
	case OPT_LEGACY: dev->opts.force_legacy = 1; return 0;
	case OPT_POLL_US:
		return parse_uint(arg, 0, 1000000, "poll_us", &dev->opts.poll_us);
	default: return -EINVAL;
	}
}

static int check_target_opts(const struct ublk_dev *dev, const char *type)
{
	const struct ublk_tgt_opts *t = &dev->tgt_opts;
	bool loop = !strcmp(type, "loop");

	if (!loop && (t->file || t->buffered_io || t->offset_sectors)) {
		fprintf(stderr, "ublk add: -f, --buffered_io and -o are loop options\n");
		return -EINVAL;
	}
	if (!strcmp(type, "mem") && !t->size) {
		fprintf(stderr, "ublk add: mem needs --size SIZE\n");
		return -EINVAL;
	}
	if (loop && !t->file) {
		fprintf(stderr, "ublk add: loop needs -f FILE\n");
		return -EINVAL;
	}
	return 0;
}

/* Parse `add` options into @dev. Returns 0, or -EINVAL (message printed). */
static int parse_add(struct ublk_dev *dev, int argc, char **argv)
{
	struct add_args a = { 0 };
	int c, ret;

	dev->opts.dev_id = -1;
	dev->opts.nr_queues = UBLKD_DEF_QUEUES;
	dev->opts.queue_depth = UBLKD_DEF_DEPTH;
	dev->opts.buf_bytes = UBLKD_DEF_BUF_BYTES;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "t:n:q:d:r:i:e:f:o:h", add_opts,
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
		ret = parse_one(dev, &a, c, optarg);
		if (ret)
			return ret;
	}
	if (optind < argc) {
		fprintf(stderr, "ublk add: unexpected argument '%s'\n",
			argv[optind]);
		return -EINVAL;
	}
	if (!a.type) {
		fprintf(stderr, "ublk add: -t TYPE is required (null, mem, loop)\n");
		return -EINVAL;
	}
	dev->ops = ublk_find_tgt(a.type);
	if (!dev->ops) {
		fprintf(stderr, "ublk add: unknown target type '%s' (null, mem, loop)\n",
			a.type);
		return -EINVAL;
	}
	if (a.reissue && !a.recovery) {
		fprintf(stderr, "ublk add: -i 1 needs -r 1\n");
		return -EINVAL;
	}
	if (a.fail_io && !a.recovery) {
		fprintf(stderr, "ublk add: -e 1 needs -r 1\n");
		return -EINVAL;
	}
	if (a.fail_io && a.reissue) {
		fprintf(stderr, "ublk add: -e 1 and -i 1 exclude each other (I/O fails at once or waits to be re-issued)\n");
		return -EINVAL;
	}
	if (a.fail_io)
		dev->opts.flags |= UBLK_F_USER_RECOVERY_FAIL_IO;
	if (a.recovery)
		dev->opts.flags |= UBLK_F_USER_RECOVERY;
	if (a.reissue)
		dev->opts.flags |= UBLK_F_USER_RECOVERY_REISSUE;
	return check_target_opts(dev, a.type);
}

/* ---- the daemon ---- */

/*
 * One `add` argument for the state file; the backing file's path is made
 * absolute, so that `ublk recover` finds it from any directory.
 */
static void save_arg(const struct ublk_dev *dev, const char *arg, char *out,
		     size_t len)
{
	const char *file = dev->tgt_opts.file;
	char *abs;

	if (!file || file < arg || file >= arg + strlen(arg) || *file == '/') {
		snprintf(out, len, "%s", arg);
		return;
	}
	abs = realpath(file, NULL);
	snprintf(out, len, "%.*s%s", (int)(file - arg), arg, abs ? abs : file);
	free(abs);
}

static void fill_state(const struct ublk_dev *dev, int argc, char **argv,
		       struct ublk_state *s)
{
	unsigned int i;
	int cpu, n;

	memset(s, 0, sizeof(*s));
	s->dev_id = (int)dev->info.dev_id;
	s->pid = getpid();
	snprintf(s->tgt_type, sizeof(s->tgt_type), "%s", dev->ops->name);
	snprintf(s->tgt_json, sizeof(s->tgt_json), "%s", dev->tgt_json);
	s->nr_queues = dev->nr_queues;
	for (i = 0; i < dev->nr_queues; i++) {
		const struct ublk_queue *q = dev->queues[i];
		char *aff = s->affinity[i];

		s->tids[i] = q->tid;
		n = 0;
		for (cpu = 0; cpu < CPU_SETSIZE && n < 120; cpu++)
			if (CPU_ISSET(cpu, &q->affinity))
				n += snprintf(aff + n, 128 - n, "%s%d",
					      n ? "," : "", cpu);
	}
	for (i = 0; i < (unsigned int)argc && i < UBLK_STATE_MAX_ARGS; i++)
		save_arg(dev, argv[i], s->argv[i], sizeof(s->argv[i]));
	s->argc = (int)i;
	snprintf(s->shm_path, sizeof(s->shm_path), "%s",
		 dev->tgt_opts.shm_path);
	s->flags = dev->info.flags;
}

static int block_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGHUP);
	sigaddset(set, SIGUSR1);
	return pthread_sigmask(SIG_BLOCK, set, NULL);
}

/* What the device served, by op: the log's last word on a device. */
static void print_stats(const struct ublk_dev *dev)
{
	const struct ublk_stats *st = &dev->stats;
	const uint64_t *s = st->ops;

	fprintf(stderr, "ublkd: dev %u stopped after %llu requests: read %llu write %llu flush %llu discard %llu write_zeroes %llu; %llu trips to the kernel, %llu of them asleep\n",
		dev->info.dev_id, (unsigned long long)st->nr_io,
		(unsigned long long)s[UBLK_IO_OP_READ],
		(unsigned long long)s[UBLK_IO_OP_WRITE],
		(unsigned long long)s[UBLK_IO_OP_FLUSH],
		(unsigned long long)s[UBLK_IO_OP_DISCARD],
		(unsigned long long)s[UBLK_IO_OP_WRITE_ZEROES],
		(unsigned long long)st->nr_waits,
		(unsigned long long)st->nr_sleeps);
}

/* Serve until SIGTERM/SIGINT (0) or until a queue thread leaves (1). */
static int serve(struct ublk_dev *dev, const sigset_t *set)
{
	siginfo_t si;

	for (;;) {
		if (sigwaitinfo(set, &si) < 0)
			continue;
		if (si.si_signo == SIGTERM || si.si_signo == SIGINT)
			return 0;
		if (si.si_signo == SIGUSR1) {
			fprintf(stderr, "ublkd: dev %u: a queue thread exited, stopping the device\n",
				dev->info.dev_id);
			return 1;
		}
	}
}

/*
 * A queue thread failed: the daemon goes down as a whole, at once, the way
 * the kernel handles best (every queue cancelled together, as in a crash).
 * A recoverable device is left QUIESCED for `ublk recover`; any other is
 * deleted by `ublk del`, started here to run once we are gone.
 */
static void __attribute__((noreturn)) die_with_queue(struct ublk_dev *dev)
{
	char id[16];

	snprintf(id, sizeof(id), "%u", dev->info.dev_id);
	if (dev->info.flags & UBLK_F_USER_RECOVERY) {
		fprintf(stderr, "ublkd: dev %s left for recovery: ublk recover -n %s\n",
			id, id);
		_exit(1);
	}
	fprintf(stderr, "ublkd: dev %s: deleting it once this daemon is gone\n",
		id);
	if (fork() == 0) {
		/* exec drops our rings and mappings: nothing of ours is held */
		execl("/proc/self/exe", "ublk", "del", "-n", id, (char *)NULL);
		_exit(127);
	}
	_exit(1);
}

static void notify(int fd, int ret, uint32_t dev_id)
{
	int msg[2] = { ret, (int)dev_id };

	if (fd < 0)
		return;
	if (write(fd, msg, sizeof(msg)) != sizeof(msg))
		perror("ublkd: notify");
	close(fd);
}

static void detach_stdio(uint32_t dev_id)
{
	char path[300];
	int fd;

	fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		close(fd);
	}
	snprintf(path, sizeof(path), "%s/ublkb%u.log", ublk_run_dir(), dev_id);
	fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (fd >= 0) {
		dup2(fd, 2);
		close(fd);
	}
}

static int run_daemon(struct ublk_dev *dev, bool recovering, int notify_fd,
		      int argc, char **argv)
{
	struct ublk_state st;
	sigset_t set;
	int ret, stopped_by_queue;

	block_signals(&set);
	ret = ublk_dev_create(dev, recovering);
	if (!ret)
		ret = recovering ? ublk_dev_recover(dev) : ublk_dev_start(dev);
	if (ret) {
		notify(notify_fd, ret, dev->info.dev_id);
		/* A failed recovery leaves the device for another attempt. */
		ublk_dev_destroy(dev, !recovering);
		return 1;
	}
	dev->ops->describe(dev);
	fill_state(dev, argc, argv, &st);
	ret = ublk_state_save(&st);
	if (ret)
		fprintf(stderr, "ublk: cannot save state for dev %u: %s\n",
			dev->info.dev_id, strerror(-ret));
	if (dev->opts.foreground)
		cli_print_dev(&dev->ctrl, dev->info.dev_id, false, false);
	else
		detach_stdio(dev->info.dev_id);
	fprintf(stderr, "ublkd: dev %u %s: pid %d, %u queues, depth %u, control opcodes %s, target %s\n",
		dev->info.dev_id, recovering ? "recovered" : "started",
		getpid(), dev->nr_queues, dev->info.queue_depth,
		dev->ctrl.legacy ? "legacy" : "ioctl", dev->tgt_json);
	notify(notify_fd, 0, dev->info.dev_id);

	stopped_by_queue = serve(dev, &set);
	if (stopped_by_queue)
		die_with_queue(dev);
	ublk_dev_destroy(dev, true);
	ublk_state_remove((int)dev->info.dev_id);
	print_stats(dev);
	return stopped_by_queue;
}

/* Fork the daemon; wait for its word that the device is live. */
static int spawn(struct ublk_dev *dev, bool recovering, int argc, char **argv)
{
	struct ublk_ctrl c;
	int pfd[2], msg[2], status;
	ssize_t n;
	pid_t pid;

	if (dev->opts.foreground)
		return run_daemon(dev, recovering, -1, argc, argv);
	if (pipe2(pfd, O_CLOEXEC))
		return 1;
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("ublk: fork");
		return 1;
	}
	if (pid == 0) {
		close(pfd[0]);
		setsid();
		exit(run_daemon(dev, recovering, pfd[1], argc, argv));
	}
	close(pfd[1]);
	do
		n = read(pfd[0], msg, sizeof(msg));
	while (n < 0 && errno == EINTR);
	close(pfd[0]);
	if (n != sizeof(msg)) {
		waitpid(pid, &status, 0);
		fprintf(stderr, "ublk: the daemon exited during start-up\n");
		return 1;
	}
	if (msg[0]) {
		waitpid(pid, &status, 0);
		return 1;
	}
	if (ublk_ctrl_open(&c, dev->opts.force_legacy) == 0) {
		cli_print_dev(&c, (uint32_t)msg[1], false, false);
		ublk_ctrl_close(&c);
	}
	return 0;
}

/* Test-only: make queue 0 exit after N requests (lifecycle tests). */
static void test_switches(struct ublk_dev *dev)
{
	const char *s = getenv("UBLKD_TEST_QUEUE_EXIT_AFTER");

	if (s && *s)
		dev->opts.fault_exit_after = strtoull(s, NULL, 10);
}

int cmd_add(int argc, char **argv)
{
	static struct ublk_dev dev;

	if (parse_add(&dev, argc, argv))
		return UBLK_EXIT_USAGE;
	test_switches(&dev);
	return spawn(&dev, false, argc, argv);
}

static int recover_check(struct ublk_dev *dev, int id)
{
	struct ublksrv_ctrl_dev_info info;
	struct ublk_ctrl c;
	int ret;

	ret = ublk_ctrl_open(&c, dev->opts.force_legacy);
	if (ret) {
		fprintf(stderr, "ublk recover: cannot open %s: %s\n",
			UBLK_CONTROL_PATH, strerror(-ret));
		return 1;
	}
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
	dev->info = info;
	return 0;
}

int cmd_recover(int argc, char **argv)
{
	static struct ublk_dev dev;
	static char *args[UBLK_STATE_MAX_ARGS + 1];
	static struct ublk_state st;
	static const struct option opts[] = {
		{ "number", required_argument, NULL, 'n' },
		{ "foreground", no_argument, NULL, OPT_FOREGROUND },
		{ NULL, 0, NULL, 0 },
	};
	bool foreground = false;
	uint32_t id;
	int c, i, ret;

	optind = 1;
	opterr = 0;
	id = UINT32_MAX;
	while ((c = getopt_long(argc, argv, "n:", opts, NULL)) != -1) {
		if (c == OPT_FOREGROUND) {
			foreground = true;
			continue;
		}
		if (c != 'n' || cli_parse_u32(optarg, "device id", INT32_MAX,
					      &id)) {
			fprintf(stderr, "usage: ublk recover -n ID [--foreground]\n");
			return UBLK_EXIT_USAGE;
		}
	}
	if (id == UINT32_MAX || optind < argc) {
		fprintf(stderr, "usage: ublk recover -n ID [--foreground]\n");
		return UBLK_EXIT_USAGE;
	}
	ret = ublk_state_load((int)id, &st);
	if (ret) {
		fprintf(stderr, "ublk recover: no state for device %u in %s: %s\n",
			id, ublk_run_dir(), strerror(-ret));
		return 1;
	}
	for (i = 0; i < st.argc; i++)
		args[i] = st.argv[i];
	args[st.argc] = NULL;
	if (parse_add(&dev, st.argc, args))
		return 1;
	dev.opts.dev_id = (int)id;
	dev.opts.foreground = foreground;
	snprintf(dev.tgt_opts.shm_path, sizeof(dev.tgt_opts.shm_path), "%s",
		 st.shm_path);
	if (recover_check(&dev, (int)id))
		return 1;
	return spawn(&dev, true, st.argc, args);
}
