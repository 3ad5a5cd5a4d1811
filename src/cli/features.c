// SPDX-License-Identifier: MIT
/*
 * `ublk features` and `ublk help`.
 */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ublkd/dev.h"
#include "ublkd/names.h"

/*
 * The mask as ublksrv prints it, then one line per bit, by its UBLK_F_*
 * name (a bit no header names yet: BITn). --json: the same as an object.
 */
static void print_features(uint64_t features, bool json)
{
	const char *sep = "";

	if (json)
		printf("{\"features\":\"0x%llx\",\"flags\":[",
		       (unsigned long long)features);
	else
		printf("ublk_drv features: 0x%llx\n", (unsigned long long)features);
	for (unsigned int bit = 0; bit < 64; bit++) {
		const char *name = ublk_feature_name(bit);
		char unk[16];

		if (!(features & (1ULL << bit)))
			continue;
		if (!name) {
			snprintf(unk, sizeof(unk), "BIT%u", bit);
			name = unk;
		}
		if (json)
			printf("%s\"%s\"", sep, name);
		else
			printf("\t%-30s 0x%llx\n", name, 1ULL << bit);
		sep = ",";
	}
	if (json)
		printf("]}\n");
}

int cmd_features(int argc, char **argv)
{
	struct ublk_ctrl c;
	uint64_t features;
	int ret;

	bool json = false;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--json"))
			json = true;
		else
			return cli_usage_error("features",
					       "unexpected argument '%s'",
					       argv[i]);
	}
	if (cli_ctrl_open(&c))
		return 1;
	ret = ublk_ctrl_get_features(&c, &features);
	ublk_ctrl_close(&c);
	if (ret == -EOPNOTSUPP) {
		fprintf(stderr, "ublk: this ublk driver cannot report its "
			"features (GET_FEATURES needs Linux 6.5 or later)\n");
		return 1;
	}
	if (ret) {
		fprintf(stderr, "ublk: GET_FEATURES failed: %s\n",
			strerror(-ret));
		return 1;
	}
	print_features(features, json);
	return 0;
}

/* Each target's block of "target options:" text. */
static void targets_usage(FILE *out)
{
	const struct ublk_tgt_ops *const *ops;

	for (ops = ublk_tgt_list(); *ops; ops++)
		if ((*ops)->help)
			fputs((*ops)->help, out);
}

void cli_usage(FILE *out)
{
	fprintf(out,
		"usage: ublk COMMAND [options]\n"
		"\n"
		"  ublk add -t TYPE [-n ID] [-q NR_QUEUES] [-d DEPTH] [-r 0|1] [-i 0|1] [-e 0|1]\n"
		"           [-u 0|1] [-g 0|1] [--foreground] [target options]\n"
		"      (options in any order, target options before or after these)\n"
		"      -t, --type TYPE        target: %s\n"
		"      -n, --number ID        device id (default: the next free one)\n"
		"      -q, --queues N         hardware queues (default %d, at most %d)\n"
		"      -d, --depth N          queue depth (default %d, at most %d)\n"
		"      -r, --recovery 0|1     keep the device when the daemon dies,\n"
		"                             for `ublk recover` (default 0)\n"
		"      -i, --recovery_reissue 0|1\n"
		"                             with -r 1: reissue the I/O in flight\n"
		"                             when the daemon died (default 0)\n"
		"      -e, --user_recovery_fail_io 0|1\n"
		"                             with -r 1: while no daemon serves the\n"
		"                             device, its I/O fails at once instead\n"
		"                             of waiting for `ublk recover` (default 0)\n"
		"                             (-i 1 and -e 1 turn -r on, as in ublksrv)\n"
		"      -u, --uring_comp 0|1   accepted for ublksrv's scripts: the kernel\n"
		"                             always completes commands in task context\n"
		"      -g, --need_get_data 0|1\n"
		"                             1: ask for NEED_GET_DATA (the kernel asks\n"
		"                             where a WRITE's data goes); 0: not even for\n"
		"                             a target that uses it by default (mem)\n"
		"      -z, --zerocopy         zero copy: the request's pages are the\n"
		"                             target's fixed buffer (automatic registration\n"
		"                             with a by-hand fallback where the kernel has\n"
		"                             it; the default for loop and null there)\n"
		"      --auto_zc, --auto_zc_fallback\n"
		"                             automatic registration only (a failed one\n"
		"                             fails its request), or with the fallback\n"
		"      --usercopy             mem, null: the target copies through\n"
		"                             /dev/ublkcN (UBLK_F_USER_COPY)\n"
		"      --copy                 the plain copy path, whatever is granted\n"
		"      -b, --batch-io, --batch\n"
		"                             batched commands (UBLK_F_BATCH_IO, Linux\n"
		"                             7.0+): the kernel hands over many requests\n"
		"                             per CQE and takes a pass's results in one\n"
		"                             command; any data path, not with -g 1\n"
		"      --shmem_zc, --htlb FILE, --rdonly_shmem_buf\n"
		"                             shared-memory zero copy (UBLK_F_SHMEM_ZC,\n"
		"                             Linux 7.1+): FILE (hugetlbfs, tmpfs) is\n"
		"                             mapped and registered; a client's O_DIRECT\n"
		"                             I/O from its own mapping of FILE is served\n"
		"                             in place, other I/O is copied; read-only:\n"
		"                             WRITEs only. Not with -z, --usercopy, -b\n"
		"      --eventfd FD           once the device is live, write its id + 1\n"
		"                             to FD (8 bytes, as to an eventfd; on failure\n"
		"                             0xfffffffffffffffe), then close it\n"
		"      --nthreads N           the kernel selftest's: without\n"
		"                             --per_io_tasks one thread per queue, so N\n"
		"                             must equal -q\n"
		"      --per_io_tasks         per-I/O daemons (UBLK_F_PER_IO_DAEMON, Linux\n"
		"                             6.16+): N threads (--nthreads, default -q)\n"
		"                             share every queue's tags, (q, tag) served by\n"
		"                             thread (q * depth + tag) %% N; not with nbd\n"
		"                             (a connection per queue) or -b\n"
		"      --unprivileged         run by a user, not root: the device is the\n"
		"                             user's (UBLK_F_UNPRIVILEGED_DEV; udev gives\n"
		"                             its nodes to the owner: `ublk chown`); copy\n"
		"                             path only, no recovery\n"
		"      --no_auto_part_scan    no partition scan when the device starts\n"
		"      --foreground           serve in the foreground, do not daemonize\n"
		"      --poll_us US           after each burst, poll the queue rings for\n"
		"                             US microseconds before sleeping: lower\n"
		"                             latency for a busy CPU (default 0: off)\n"
		"      --debug_mask MASK      trace areas to the daemon's log: ctrl, dev,\n"
		"                             thread, io_cmd, io, tgt, daemon, all (joined\n"
		"                             by ','), or a number; also UBLKD_DEBUG_MASK\n"
		"    target options:\n",
		ublk_tgt_names(), UBLKD_DEF_QUEUES, UBLKD_MAX_QUEUES,
		UBLKD_DEF_DEPTH, UBLKD_MAX_DEPTH);
	targets_usage(out);
	fprintf(out,
		"  ublk del -n ID | -a [--async] [-f|--force]\n"
		"      stop the daemon (SIGTERM, then SIGKILL after 10 s) and delete\n"
		"      device ID, or every device with -a; a device whose block\n"
		"      device is open is refused where the kernel can tell\n"
		"      (SAFE_STOP_DEV), --force deletes it anyway\n"
		"  ublk list [-n ID | -a] [-v] [--json]\n"
		"      show the devices (-v: queues and the add command too)\n"
		"  ublk stats -n ID [--json | --prometheus] [-w SECONDS]\n"
		"      a running device's live counters, per queue and op:\n"
		"      requests, bytes, errors, in flight, latency (log2 us\n"
		"      histogram, p50/p99/p99.9), trips to the kernel; -w: rates\n"
		"      every SECONDS; --prometheus: node_exporter textfile format\n"
		"  ublk recover -n ID [-t TYPE] [--upgrade] [--foreground]\n"
		"      start a new daemon for a device added with -r 1 whose\n"
		"      daemon died; --upgrade: take over from a running daemon\n"
		"      (it finishes its in-flight I/O and leaves: live upgrade)\n"
		"  ublk quiesce -n ID [--timeout MS]\n"
		"      let the daemon of a -r 1 device finish its I/O and leave;\n"
		"      the device waits (its I/O held) for `ublk recover`\n"
		"  ublk resize -n ID [--size SIZE]\n"
		"      change a live device's size (loop without --size: its\n"
		"      file's size now)\n"
		"  ublk set_affinity -n ID -q QID --cpuset SET\n"
		"      move the thread serving queue QID onto the CPUs of SET\n"
		"      ([0,2] as ublksrv writes it, or 0,2-3)\n"
		"  ublk chown NAME\n"
		"      udev's helper: the node NAME (ublkcN, ublkbN) of an\n"
		"      --unprivileged device goes to the user who made it\n"
		"  ublk features [--json]\n"
		"      the features the ublk driver supports\n"
		"  ublk help [-t TYPE]\n"
		"  ublk -h | --help\n"
		"  ublk -v | --version\n"
		"\n"
		"State files: $UBLKD_RUN_DIR (default /run/ublkd; a user's:\n"
		"$XDG_RUNTIME_DIR/ublkd, else /tmp/ublkd-UID).\n"
		"UBLKD_LEGACY_OPCODES=1 forces the legacy control opcodes.\n");
}

static int help_target(const char *type)
{
	const struct ublk_tgt_ops *ops = ublk_find_tgt(type);
	const struct ublk_tgt_opt *o;

	if (!ops)
		return cli_usage_error("help", "unknown target type '%s' "
				       "(%s)", type, ublk_tgt_names());
	if (ops->usage)
		ops->usage();
	else
		printf("target %s: no options\n", ops->name);
	for (o = ops->opts; o && o->name; o++)
		printf("    %s\n", o->help);
	return 0;
}

/* `ublk help [-t TYPE]`; also called as cmd_help(0, NULL) for usage. */
int cmd_help(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "type", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	const char *type = NULL;
	int opt;

	if (argc <= 1 || !argv) {
		cli_usage(stdout);
		return 0;
	}
	optind = 0;
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+:t:", opts, NULL)) != -1) {
		switch (opt) {
		case 't':
			type = optarg;
			break;
		default:
			return cli_bad_option("help", opt, argv);
		}
	}
	if (optind < argc)
		return cli_extra_arg("help", argv[optind]);
	if (type)
		return help_target(type);
	cli_usage(stdout);
	return 0;
}
