// SPDX-License-Identifier: MIT
/*
 * The `ublk` command line: bad arguments exit 2 with a message on stderr,
 * help/version exit 0, and without the driver the commands that need it
 * exit 1 with the modprobe hint. Runs the binary next to this test's
 * build dir (build/ublk for build/tests/cli_args, build-asan/ublk for
 * build-asan/tests/cli_args), or $UBLK_BIN.
 */
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "tap.h"
#include "cli_run.h"

static void usage_error(const char *args, const char *want_in_err)
{
	int rc = run(args);

	is_int(rc, 2, "'ublk %s' exits 2", args);
	ok(err[0] != '\0' && out[0] == '\0',
	   "'ublk %s': message on stderr, nothing on stdout", args);
	if (want_in_err)
		ok(strstr(err, want_in_err) != NULL,
		   "'ublk %s': stderr mentions '%s'", args, want_in_err);
	if (rc != 2 || !err[0])
		diag("stdout: %s\nstderr: %s", out, err);
}

static void needs_driver(const char *args)
{
	int rc = run(args);

	is_int(rc, 1, "'ublk %s' without the driver exits 1", args);
	ok(strstr(err, "/dev/ublk-control not found") &&
	   strstr(err, "modprobe ublk_drv"),
	   "'ublk %s': the modprobe hint on stderr", args);
}

/* Well-formed but not supported here: exit 1, a message naming why. */
static void refused(const char *args, const char *want_in_err)
{
	int rc = run(args);

	is_int(rc, 1, "'ublk %s' exits 1", args);
	ok(strstr(err, want_in_err) != NULL && out[0] == '\0',
	   "'ublk %s': stderr says '%s'", args, want_in_err);
	if (rc != 1 || !strstr(err, want_in_err))
		diag("stdout: %s\nstderr: %s", out, err);
}

int main(int argc, char **argv)
{
	const char *t = getenv("TMPDIR");
	char cmd[PATH_MAX + 16];

	(void)argc;
	find_bin(argv[0]);
	if (access(bin, X_OK))
		skip_all("no ublk binary (build it first)");
	snprintf(tmpdir, sizeof(tmpdir), "%s/ublkd-cli-XXXXXX", t ? t : "/tmp");
	if (!mkdtemp(tmpdir))
		bail_out("mkdtemp failed");
	setenv("UBLKD_RUN_DIR", tmpdir, 1);
	diag("testing %s", bin);

	usage_error("", "missing command");
	usage_error("frobnicate", "unknown command");
	usage_error("del", "-n ID");
	usage_error("del -n abc", "invalid device id");
	usage_error("del -n", "needs a value");
	usage_error("del -n 1 -a", NULL);
	usage_error("del -n 1 extra", "unexpected argument");
	usage_error("del -n 99999999999", "invalid device id");
	usage_error("list -n -3", "invalid device id");
	usage_error("list -n 1x", "invalid device id");
	usage_error("list --bogus", "unknown option");
	usage_error("list -q", "unknown option");
	usage_error("list extra", "unexpected argument");
	usage_error("features extra", "unexpected argument");
	usage_error("help -t nosuchtarget", "unknown target");
	usage_error("add", "-t");
	usage_error("add -t nosuchtarget", NULL);
	usage_error("add -t null -q 0", NULL);
	usage_error("recover", NULL);
	usage_error("recover -n x", NULL);
	/* ublksrv's and the kernel selftest's options */
	usage_error("add -t null -g 2", "need_get_data");
	usage_error("add -t null -u x", "uring_comp");
	usage_error("add -t null --need_get_data", "missing value");
	usage_error("add -t null -r 0 -i 1", "-r 0");
	usage_error("add -t null -e 1 -r 0", "-r 0");
	usage_error("add -t null --eventfd 99", "--eventfd 99");
	usage_error("add -t null --eventfd x", "eventfd");
	usage_error("add -t null --nthreads 0", "nthreads");
	refused("add -t null -d 2 --nthreads 3 --per_io_tasks", "serve nothing");
	usage_error("add -t null --nthreads 33 --per_io_tasks", "nthreads");
	refused("add -t null --unprivileged -r 1", "recovery");
	usage_error("chown", "usage");
	usage_error("chown sda", "not a ublk device node");
	usage_error("chown ublkbx", "not a ublk device node");
	usage_error("add -t null --rdonly_shmem_buf", "needs --htlb");
	refused("add -t loop -f /x --htlb /nonexistent/b", "No such file");
	usage_error("add -t null --htlb /dev/null -z", "conflicts");
	usage_error("add -t null --usercopy --shmem_zc", "conflicts");
	usage_error("add -t mem --size 1M -g 1 --shmem_zc", "-g 1");
	refused("add -t null -b --shmem_zc", "-b");
	refused("add -t null -q 2 --nthreads 1", "--nthreads 1");
	refused("add --nthreads 4 -t null", "-q 1");
	usage_error("set_affinity -n 0 -q 0", "--cpuset");
	usage_error("set_affinity -q 0 --cpuset 0", "-n ID");
	usage_error("set_affinity -n 0 -q 0 --cpuset 1-", "invalid cpuset");
	usage_error("set_affinity -n 0 -q 0 --cpuset [0,1", "invalid cpuset");
	usage_error("set_affinity -n 0 -q 99 --cpuset 0", "queue id");

	is_int(run("help"), 0, "'ublk help' exits 0");
	ok(strstr(out, "ublk add -t TYPE") && strstr(out, "loop -f FILE") &&
	   strstr(out, "ublk del -n ID") && strstr(out, "ublk list") &&
	   strstr(out, "ublk features") && strstr(out, "ublk recover") &&
	   !err[0], "help: every command on stdout, stderr empty");
	is_int(run("--help"), 0, "'ublk --help' exits 0");
	ok(strstr(out, "ublk add -t TYPE") != NULL, "--help prints usage");
	is_int(run("-h"), 0, "'ublk -h' exits 0");
	is_int(run("--version"), 0, "'ublk --version' exits 0");
	ok(!strncmp(out, "ublk (ublkd) ", 13), "version: %s", out);

	if (access("/dev/ublk-control", F_OK) == 0) {
		skip(31, "/dev/ublk-control exists here");
	} else {
		needs_driver("list");
		needs_driver("features");
		needs_driver("del -n 0");
		needs_driver("del -a");
		/* parsed and accepted: the next step needs the driver */
		needs_driver("add -t null -q 2 -u 1 -g 0 -n 0");
		needs_driver("add -t null -i 1");
		needs_driver("add -f /tmp/x.img -t loop -q 1 -g 1 -n 0");
		needs_driver("add --type null --number 3 --queues 2 --depth 64 --uring_comp 0 --need_get_data 1 --user_recovery 1 --user_recovery_reissue 1");
		needs_driver("add -t null -q 2 --nthreads 2 --get_data 1");
		/* per-I/O daemons: the kernel's grant decides (in the VM) */
		needs_driver("add -t null -q 2 --nthreads 3 --per_io_tasks");
		needs_driver("add --per_io_tasks -t null");
		needs_driver("add -t null --eventfd 2");
		ok(strstr(err, "modprobe") != NULL,
		   "--eventfd 2: the start-up failure is reported on stderr too");
		needs_driver("set_affinity -n 0 -q 1 --cpuset [0,1]");
		needs_driver("set_affinity -n 0 -q 1 --cpuset 0-1");
	}

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd))
		diag("could not remove %s", tmpdir);
	return done_testing();
}
