// SPDX-License-Identifier: MIT
/*
 * `ublk del -n ID | -a [--async] [--force]`
 *
 * A disk held exclusively (a mounted filesystem) is not deleted unless
 * --force: del says so and exits 1 at once, it never waits on it.
 *
 * The daemon deletes its own device on SIGTERM (STOP_DEV + DEL_DEV), so
 * del asks it first, waits (bounded), kills it if it does not go, then
 * stops and deletes whatever is left itself. A device whose daemon is
 * long dead (DEAD / QUIESCED / FAIL_IO) is deleted directly.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/state.h"

#define DEL_TERM_WAIT_MS	10000
#define DEL_KILL_WAIT_MS	5000
#define DEL_POLL_MS		20
#define DEL_GONE_WAIT_MS	2000
#define DEL_MAX_DEVS		1024

static uint64_t now_ms(void)
{
	return (uint64_t)ur_now_ns() / 1000000;
}

static void sleep_ms(unsigned int ms)
{
	struct timespec ts = { ms / 1000, (long)(ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* Wait until none of @pids is alive; true if they all went. */
static bool wait_gone(const pid_t *pids, int n, unsigned int timeout_ms)
{
	uint64_t end = now_ms() + timeout_ms;

	for (;;) {
		bool any = false;

		for (int i = 0; i < n; i++)
			any |= cli_pid_alive(pids[i]);
		if (!any)
			return true;
		if (now_ms() >= end)
			return false;
		sleep_ms(DEL_POLL_MS);
	}
}

/* Does @pid hold /dev/ublkc<id> open? */
static bool holds_cdev(pid_t pid, uint32_t id)
{
	char dir[64], path[320], target[256], want[32];
	struct dirent *de;
	bool found = false;
	DIR *d;

	snprintf(dir, sizeof(dir), "/proc/%d/fd", (int)pid);
	snprintf(want, sizeof(want), "/dev/ublkc%u", id);
	d = opendir(dir);
	if (!d)
		return false;
	while (!found && (de = readdir(d))) {
		ssize_t n;

		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		n = readlink(path, target, sizeof(target) - 1);
		if (n <= 0)
			continue;
		target[n] = '\0';
		found = !strcmp(target, want);
	}
	closedir(d);
	return found;
}

/* Is @pid's command name "ublk..."? */
static bool comm_is_ublk(pid_t pid)
{
	char path[64], comm[32] = "";
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/comm", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return false;
	if (!fgets(comm, sizeof(comm), f))
		comm[0] = '\0';
	fclose(f);
	return !strncmp(comm, "ublk", 4);
}

/*
 * The daemon pids to stop: the driver's and the state file's. A pid only
 * one of them names must look like our daemon (a reused pid is left).
 */
static int daemon_pids(uint32_t id, pid_t kpid, pid_t spid, pid_t *out)
{
	pid_t cand[2] = { kpid, spid };
	int n = 0;

	for (int i = 0; i < 2; i++) {
		pid_t p = cand[i];

		if (p <= 0 || p == getpid() || (i == 1 && p == kpid))
			continue;
		if (!cli_pid_alive(p))
			continue;
		if (kpid != spid && !holds_cdev(p, id) && !comm_is_ublk(p))
			continue;
		out[n++] = p;
	}
	return n;
}

static void signal_all(const pid_t *pids, int n, int sig)
{
	for (int i = 0; i < n; i++)
		if (kill(pids[i], sig) && errno != ESRCH)
			fprintf(stderr, "ublk: cannot signal pid %d: %s\n",
				(int)pids[i], strerror(errno));
}

/*
 * Stop the daemon(s) of device @id: SIGTERM, then SIGKILL. True if they
 * all left on SIGTERM: each then stopped and deleted its device itself.
 */
static bool stop_daemons(uint32_t id, const pid_t *pids, int n)
{
	if (!n)
		return false;
	signal_all(pids, n, SIGTERM);
	if (wait_gone(pids, n, DEL_TERM_WAIT_MS))
		return true;
	fprintf(stderr, "ublk: device %u: daemon did not exit in %d s, "
		"killing it\n", id, DEL_TERM_WAIT_MS / 1000);
	signal_all(pids, n, SIGKILL);
	if (!wait_gone(pids, n, DEL_KILL_WAIT_MS))
		fprintf(stderr, "ublk: device %u: daemon still there after "
			"SIGKILL\n", id);
	return false;
}

/*
 * The daemons left on SIGTERM, having deleted their device: wait (bounded)
 * for the id to go. Once it is free another `add` may take it at once, so
 * a device found under the id with a live daemon that is not one of
 * @pids is someone else's: never touched (1). 0: gone; -ETIMEDOUT: ours
 * is still there (its block device is held).
 */
static int wait_deleted(struct ublk_ctrl *c, uint32_t id, const pid_t *pids,
			int n)
{
	uint64_t end = now_ms() + DEL_GONE_WAIT_MS;
	struct ublksrv_ctrl_dev_info info;

	for (;;) {
		bool ours = false;

		if (ublk_ctrl_get_dev_info(c, id, &info) == -ENODEV)
			return 0;
		for (int i = 0; i < n; i++)
			ours |= info.ublksrv_pid == pids[i];
		if (!ours && cli_pid_alive(info.ublksrv_pid))
			return 1;	/* a new device with this id */
		if (now_ms() >= end)
			break;
		sleep_ms(DEL_POLL_MS);
	}
	fprintf(stderr, "ublk: device %u: deletion pending, its block device is still in use\n",
		id);
	return -ETIMEDOUT;
}

/*
 * DEL_DEV that never waits long on a user: DEL_DEV_ASYNC, then up to
 * DEL_GONE_WAIT_MS for the id to go (-ETIMEDOUT: the disk is deleted, its
 * block device goes once its last user closes it). Plain DEL_DEV (with
 * its own bounded wait) where the kernel has no DEL_DEV_ASYNC.
 */
static int del_bounded(struct ublk_ctrl *c, uint32_t id)
{
	struct ublksrv_ctrl_dev_info info;
	uint64_t end = now_ms() + DEL_GONE_WAIT_MS;
	int ret = ublk_ctrl_del_dev_async(c, id);

	if (ret == -EOPNOTSUPP || ret == -EINVAL || ret == -ENOTTY)
		return ublk_ctrl_del_dev(c, id);
	if (ret)
		return ret;
	while (ublk_ctrl_get_dev_info(c, id, &info) != -ENODEV) {
		if (now_ms() >= end)
			return -ETIMEDOUT;
		sleep_ms(DEL_POLL_MS);
	}
	return 0;
}

/* STOP_DEV + DEL_DEV of what the daemon left behind. */
static int delete_dev(struct ublk_ctrl *c, uint32_t id, bool async)
{
	struct ublksrv_ctrl_dev_info info;
	int ret;

	ret = ublk_ctrl_get_dev_info(c, id, &info);
	if (ret == -ENODEV)
		return 0;	/* the daemon deleted it */
	ret = ublk_ctrl_stop_dev(c, id);
	if (ret < 0 && ret != -ENODEV)
		fprintf(stderr, "ublk: device %u: STOP_DEV failed: %s\n", id,
			strerror(-ret));
	ret = async ? ublk_ctrl_del_dev_async(c, id) : del_bounded(c, id);
	if (ret == -ENODEV)
		return 0;
	if (ret == -ETIMEDOUT) {
		fprintf(stderr, "ublk: device %u: deletion pending, its block "
			"device is still in use\n", id);
		return ret;
	}
	if (ret < 0)
		fprintf(stderr, "ublk: device %u: DEL_DEV failed: %s\n", id,
			strerror(-ret));
	return ret;
}

/* What the device's target left outside its daemon (mem: its backing). */
static void tgt_cleanup(const struct ublk_state *st)
{
	const struct ublk_tgt_ops *ops = ublk_find_tgt(st->tgt_type);
	unsigned int k;

	for (k = 0; ops && ops->cleanup && k < st->nr_tgt_keys; k++)
		ops->cleanup(st->tgt_keys[k].key, st->tgt_keys[k].val);
}

/*
 * Is /dev/ublkb<id> held exclusively (a mounted filesystem, a dm/md
 * member)? Deleting it then would pull the disk from under its user.
 */
static bool disk_in_use(uint32_t id)
{
	char path[32];
	int fd;

	snprintf(path, sizeof(path), "/dev/ublkb%u", id);
	fd = open(path, O_RDONLY | O_EXCL | O_CLOEXEC | O_NONBLOCK);
	if (fd >= 0) {
		close(fd);
		return false;
	}
	return errno == EBUSY;
}

static int del_one(struct ublk_ctrl *c, uint32_t id, bool async, bool force)
{
	struct ublksrv_ctrl_dev_info info;
	struct ublk_state *st = calloc(1, sizeof(*st));
	bool have_state;
	pid_t pids[2];
	int n, ret;

	if (!st)
		return -ENOMEM;
	have_state = ublk_state_load((int)id, st) == 0;
	ret = ublk_ctrl_get_dev_info(c, id, &info);
	if (ret < 0) {
		if (ret == -ENODEV) {
			fprintf(stderr, "ublk: device %u not found\n", id);
			ublk_state_remove((int)id);
		} else {
			fprintf(stderr, "ublk: device %u: %s\n", id,
				strerror(-ret));
		}
		goto out;
	}
	if (disk_in_use(id)) {
		if (!force) {
			fprintf(stderr, "ublk: device %u is in use (mounted or held open exclusively): unmount it first, or use del --force\n",
				id);
			ret = -EBUSY;
			goto out;
		}
		/* Pull the disk: it vanishes when its last user lets go. */
		fprintf(stderr, "ublk: device %u is in use: deleting it anyway; /dev/ublkb%u goes away once unmounted\n",
			id, id);
		ublk_ctrl_stop_dev(c, id);
		async = true;
	}
	if (!force && (info.flags & UBLK_F_SAFE_STOP_DEV) &&
	    info.state == UBLK_S_DEV_LIVE) {
		/* the kernel itself refuses to stop a device that is open */
		ret = ublk_ctrl_try_stop_dev(c, id);
		if (ret == -EBUSY) {
			fprintf(stderr, "ublk: device %u is open (its block device is held by another process): close it first, or use del --force\n",
				id);
			goto out;
		}
		if (ret < 0 && ret != -ENODEV)
			fprintf(stderr, "ublk: device %u: TRY_STOP_DEV failed: %s (deleting it anyway)\n",
				id, strerror(-ret));
	}
	n = daemon_pids(id, info.ublksrv_pid, have_state ? st->pid : 0, pids);
	/*
	 * STOP_DEV/DEL_DEV only where no daemon deleted the device itself:
	 * by now the id may already be a new device's.
	 */
	if (stop_daemons(id, pids, n)) {
		/* it removed its state file too, before it let go of the id */
		ret = async ? 0 : wait_deleted(c, id, pids, n);
	} else {
		ret = delete_dev(c, id, async);
		if (ret == 0)
			ublk_state_remove((int)id);
	}
	if (ret >= 0 && have_state)
		tgt_cleanup(st);
	if (ret > 0)
		ret = 0;
out:
	free(st);
	return ret;
}

static int del_all(struct ublk_ctrl *c, bool async, bool force)
{
	uint32_t *ids = calloc(DEL_MAX_DEVS, sizeof(*ids));
	int n, failed = 0;

	if (!ids) {
		fprintf(stderr, "ublk: out of memory\n");
		return 1;
	}
	n = cli_dev_ids(c, ids, DEL_MAX_DEVS);
	for (int i = 0; i < n; i++) {
		struct ublksrv_ctrl_dev_info info;

		/* a state file without a device: just drop it */
		if (ublk_ctrl_get_dev_info(c, ids[i], &info) == -ENODEV) {
			ublk_state_remove((int)ids[i]);
			continue;
		}
		if (del_one(c, ids[i], async, force))
			failed++;
	}
	free(ids);
	return failed ? 1 : 0;
}

int cmd_del(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "number", required_argument, NULL, 'n' },
		{ "all", no_argument, NULL, 'a' },
		{ "async", no_argument, NULL, 'A' },
		{ "force", no_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool all = false, have_id = false, async = false, force = false;
	struct ublk_ctrl c;
	uint32_t id = 0;
	int opt, ret;

	for (optind = 0, opterr = 0;
	     (opt = getopt_long(argc, argv, "+:n:afh", opts, NULL)) != -1;) {
		switch (opt) {
		case 'n':
			if (cli_dev_id_arg(optarg, &id, &have_id))
				return UBLK_EXIT_USAGE;
			break;
		case 'a':
			all = true;
			break;
		case 'A':
			async = true;
			break;
		case 'f':
			force = true;
			break;
		case 'h':
			printf("usage: ublk del -n ID | -a [--async] [-f|--force]\n");
			return 0;
		default:
			return cli_bad_option("del", opt, argv);
		}
	}
	if (optind < argc)
		return cli_extra_arg("del", argv[optind]);
	if (have_id == all)
		return cli_usage_error("del", have_id ?
				       "-n and -a cannot be used together" :
				       "which device? give -n ID or -a");
	if (cli_ctrl_open(&c))
		return 1;
	if (all)
		ret = del_all(&c, async, force);
	else
		ret = del_one(&c, id, async, force) ? 1 : 0;
	ublk_ctrl_close(&c);
	return ret;
}
