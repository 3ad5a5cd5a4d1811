// SPDX-License-Identifier: MIT
/*
 * `ublk resize` and `ublk quiesce` (and the quiesce half of
 * `ublk recover --upgrade`): commands on a live device that the kernel
 * grants per device (UPDATE_SIZE, QUIESCE) and that its daemon takes part
 * in.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/names.h"
#include "ublkd/daemon.h"
#include "ublkd/dev.h"
#include "ublkd/state.h"
#include "ublkd/target.h"

#define RESIZE_WAIT_MS		30000
#define QUIESCE_TIMEOUT_MS	10000	/* for in-flight I/O to finish */
#define DAEMON_EXIT_WAIT_MS	10000

/* The device's info; a message and -errno when it is not there. */
static int dev_info(struct ublk_ctrl *c, const char *cmd, uint32_t id,
		    struct ublksrv_ctrl_dev_info *info)
{
	int ret = ublk_ctrl_get_dev_info(c, id, info);

	if (ret == -ENODEV)
		fprintf(stderr, "ublk %s: device %u not found\n", cmd, id);
	else if (ret)
		fprintf(stderr, "ublk %s: device %u: %s\n", cmd, id,
			strerror(-ret));
	return ret;
}

/*
 * The device must have been granted @flag (asked for at add whenever the
 * kernel offers it): say which is missing, the kernel's or the device's.
 */
static int need_flag(struct ublk_ctrl *c, const char *cmd, uint32_t id,
		     const struct ublksrv_ctrl_dev_info *info, uint64_t flag)
{
	const char *name = ublk_feature_name(__builtin_ctzll(flag));
	uint64_t features = 0;

	if (info->flags & flag)
		return 0;
	if (ublk_ctrl_get_features(c, &features) || !(features & flag))
		fprintf(stderr, "ublk %s: this kernel's ublk driver does not offer %s\n",
			cmd, name);
	else
		fprintf(stderr, "ublk %s: device %u was created without %s (by an older ublkd?): re-create it\n",
			cmd, id, name);
	return -EOPNOTSUPP;
}

/* The pid serving device @id, or 0. */
static pid_t serving_pid(const struct ublksrv_ctrl_dev_info *info)
{
	pid_t pid = info->ublksrv_pid;

	return pid > 0 && cli_pid_alive(pid) ? pid : 0;
}

static int parse_id(int argc, char **argv, const char *cmd,
		    const struct option *extra, uint32_t *id,
		    int (*on_opt)(int c, const char *arg, void *ctx), void *ctx)
{
	struct option opts[8] = { { "number", required_argument, NULL, 'n' } };
	int c, n = 1;

	for (; extra && extra->name && n < 7; extra++)
		opts[n++] = *extra;
	optind = 1;
	opterr = 0;
	*id = UINT32_MAX;
	while ((c = getopt_long(argc, argv, "n:", opts, NULL)) != -1) {
		if (c == 'n') {
			if (cli_parse_u32(optarg, "device id", INT32_MAX, id))
				return UBLK_EXIT_USAGE;
			continue;
		}
		if (c == '?' || c == ':' || !on_opt || on_opt(c, optarg, ctx))
			return cli_bad_option(cmd, c, argv);
	}
	if (optind < argc)
		return cli_extra_arg(cmd, argv[optind]);
	if (*id == UINT32_MAX)
		return cli_usage_error(cmd, "-n ID is required");
	return 0;
}

/* ---- resize ---- */

struct resize_args {
	uint64_t bytes;
	bool have;
};

static int resize_opt(int c, const char *arg, void *ctx)
{
	struct resize_args *a = ctx;

	if (c != 's')
		return -EINVAL;
	if (ublk_parse_size(arg, &a->bytes) || !a->bytes) {
		fprintf(stderr, "ublk resize: invalid size '%s'\n", arg);
		exit(UBLK_EXIT_USAGE);
	}
	a->have = true;
	return 0;
}

int cmd_resize(int argc, char **argv)
{
	static const struct option extra[] = {
		{ "size", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 },
	};
	struct ublksrv_ctrl_dev_info info;
	struct resize_args a = { 0 };
	struct ublk_params p;
	struct ublk_ctrl c;
	unsigned int lbs;
	uint32_t id;
	pid_t pid;
	int ret;

	ret = parse_id(argc, argv, "resize", extra, &id, resize_opt, &a);
	if (ret)
		return ret;
	if (cli_ctrl_open(&c))
		return 1;
	ret = dev_info(&c, "resize", id, &info);
	if (!ret)
		ret = need_flag(&c, "resize", id, &info, UBLK_F_UPDATE_SIZE);
	if (!ret && ublk_ctrl_get_params(&c, id, &p) == 0) {
		lbs = 1u << p.basic.logical_bs_shift;
		if (a.have && a.bytes % lbs) {
			fprintf(stderr, "ublk resize: %llu bytes is not a multiple of the device's %u-byte block size\n",
				(unsigned long long)a.bytes, lbs);
			ret = -EINVAL;
		}
	}
	ublk_ctrl_close(&c);
	if (ret)
		return 1;
	pid = serving_pid(&info);
	if (info.state != UBLK_S_DEV_LIVE || !pid) {
		fprintf(stderr, "ublk resize: device %u has no daemon serving it (state %s)\n",
			id, ublk_state_name(info.state));
		return 1;
	}
	ret = ublk_daemon_resize(pid, id, a.have ? a.bytes : 0, RESIZE_WAIT_MS);
	if (ret == -ETIMEDOUT) {
		fprintf(stderr, "ublk resize: device %u: no answer from its daemon (pid %d) in %d s\n",
			id, (int)pid, RESIZE_WAIT_MS / 1000);
		return 1;
	}
	if (ret) {
		fprintf(stderr, "ublk resize: device %u: %s (the daemon's log %s/ublkb%u.log says why)\n",
			id, strerror(-ret), ublk_run_dir(), id);
		return 1;
	}
	return 0;
}

/* ---- quiesce ---- */

/*
 * QUIESCE_DEV and wait for the daemon to leave: the device is QUIESCED,
 * its I/O held by the kernel for the next daemon. 0, or 1 (printed).
 */
int cli_quiesce(uint32_t id, const char *cmd, unsigned int timeout_ms)
{
	struct ublksrv_ctrl_dev_info info;
	struct ublk_ctrl c;
	pid_t pid;
	int ret, waited;

	if (cli_ctrl_open(&c))
		return 1;
	ret = dev_info(&c, cmd, id, &info);
	if (ret)
		goto out;
	if (!(info.flags & UBLK_F_USER_RECOVERY)) {
		fprintf(stderr, "ublk %s: device %u was not added with -r 1: a new daemon could not take it over\n",
			cmd, id);
		ret = -EINVAL;
		goto out;
	}
	ret = need_flag(&c, cmd, id, &info, UBLK_F_QUIESCE);
	if (ret)
		goto out;
	pid = serving_pid(&info);
	if (info.state != UBLK_S_DEV_LIVE || !pid) {
		fprintf(stderr, "ublk %s: device %u is %s with no daemon: nothing to quiesce (ublk recover -n %u)\n",
			cmd, id, ublk_state_name(info.state), id);
		ret = -EINVAL;
		goto out;
	}
	ret = ublk_ctrl_quiesce_dev(&c, id, timeout_ms);
	if (ret) {
		fprintf(stderr, "ublk %s: device %u: QUIESCE_DEV failed: %s%s\n",
			cmd, id, strerror(-ret),
			ret == -EBUSY ? " (in-flight I/O did not finish in time)" : "");
		goto out;
	}
	for (waited = 0; cli_pid_alive(pid) && waited < DAEMON_EXIT_WAIT_MS;
	     waited += 10)
		usleep(10000);
	if (cli_pid_alive(pid)) {
		fprintf(stderr, "ublk %s: device %u: its daemon (pid %d) did not leave in %d s\n",
			cmd, id, (int)pid, DAEMON_EXIT_WAIT_MS / 1000);
		ret = -ETIMEDOUT;
		goto out;
	}
	/*
	 * The daemon is gone, but the driver may not have let go of its
	 * queues yet (seen on 6.18: `list` right after showed another
	 * state): return once the driver says QUIESCED, for whoever reads
	 * the state next.
	 */
	for (waited = 0; waited < DAEMON_EXIT_WAIT_MS; waited += 10) {
		ret = dev_info(&c, cmd, id, &info);
		if (ret || info.state == UBLK_S_DEV_QUIESCED)
			goto out;
		usleep(10000);
	}
	fprintf(stderr, "ublk %s: device %u: still %s %d s after its daemon left, not QUIESCED\n",
		cmd, id, ublk_state_name(info.state),
		DAEMON_EXIT_WAIT_MS / 1000);
	ret = -ETIMEDOUT;
out:
	ublk_ctrl_close(&c);
	return ret ? 1 : 0;
}

struct quiesce_args {
	unsigned int timeout_ms;
};

static int quiesce_opt(int c, const char *arg, void *ctx)
{
	struct quiesce_args *a = ctx;
	uint32_t v;

	if (c != 'T')
		return -EINVAL;
	if (cli_parse_u32(arg, "timeout (ms)", 3600 * 1000, &v) || !v)
		exit(UBLK_EXIT_USAGE);
	a->timeout_ms = v;
	return 0;
}

int cmd_quiesce(int argc, char **argv)
{
	static const struct option extra[] = {
		{ "timeout", required_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 },
	};
	struct quiesce_args a = { QUIESCE_TIMEOUT_MS };
	uint32_t id;
	int ret;

	ret = parse_id(argc, argv, "quiesce", extra, &id, quiesce_opt, &a);
	if (ret)
		return ret;
	return cli_quiesce(id, "quiesce", a.timeout_ms);
}
