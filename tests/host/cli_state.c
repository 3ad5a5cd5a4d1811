// SPDX-License-Identifier: MIT
/*
 * The `ublk` command against a run dir full of hostile state files
 * (UBLKD_RUN_DIR): `recover` reads the state before it needs the driver,
 * so here it must refuse each bad file with a message naming it and why,
 * exit 1, print nothing on stdout and never crash (the ASan/UBSan build
 * too, as build-asan/tests/cli_state); the good file beside them still
 * gets as far as the driver. `list` and `del -a` without the driver exit
 * 1 with the modprobe hint and touch none of the files. (With the driver,
 * VM test 800 runs list/del/recover against the same kinds of files.)
 */
#include <errno.h>
#include <stdbool.h>
#include <sys/stat.h>
#include "tap.h"
#include "cli_run.h"

static const char good[] =
	"ublkd-state 1\ndev_id=%d\npid=1\ntgt_type=null\ntgt_json={}\n"
	"nr_queues=1\ntid.0=2\naffinity.0=0\nargc=3\narg.0=add\narg.1=-t\n"
	"arg.2=null\nend=1\n";

static void state_path(int id, char *buf, size_t len)
{
	snprintf(buf, len, "%s/run/ublkb%d.state", tmpdir, id);
}

static void put(int id, const char *text, size_t len, mode_t mode)
{
	char path[PATH_MAX + 32];
	FILE *f;

	state_path(id, path, sizeof(path));
	f = fopen(path, "w");
	if (!f || fwrite(text, 1, len, f) != len)
		bail_out("cannot write a state file");
	fclose(f);
	chmod(path, mode);
}

static void put_good(int id, mode_t mode)
{
	char buf[512];

	put(id, buf, (size_t)snprintf(buf, sizeof(buf), good, id), mode);
}

static bool sane(void)
{
	return !strstr(err, "Sanitizer") && !strstr(err, "runtime error");
}

static void recover_refused(int id, const char *why, const char *what)
{
	char args[64], path[PATH_MAX + 32];
	int rc;

	snprintf(args, sizeof(args), "recover -n %d", id);
	state_path(id, path, sizeof(path));
	rc = run(args);
	is_int(rc, 1, "recover, %s: exit 1", what);
	ok(strstr(err, path) && strstr(err, why) &&
	   strstr(err, "cannot be used, nothing done") && !out[0] && sane(),
	   "recover, %s: stderr names the file and says '%s'", what, why);
	if (rc != 1 || !strstr(err, why))
		diag("stdout: %s\nstderr: %s", out, err);
}

static int count_state_files(void)
{
	char cmd[PATH_MAX + 64];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof(cmd), "ls -A '%s/run' | grep -c '^ublkb'", tmpdir);
	p = popen(cmd, "r");
	if (!p)
		return -1;
	if (fscanf(p, "%d", &n) != 1)
		n = -1;
	pclose(p);
	return n;
}

int main(int argc, char **argv)
{
	const char *t = getenv("TMPDIR");
	char cmd[PATH_MAX + 32], path[PATH_MAX + 32], target[PATH_MAX + 32];
	static char huge[300 * 1024];
	int n0;

	(void)argc;
	find_bin(argv[0]);
	if (access(bin, X_OK))
		skip_all("no ublk binary (build it first)");
	snprintf(tmpdir, sizeof(tmpdir), "%s/ublkd-clistate-XXXXXX",
		 t ? t : "/tmp");
	if (!mkdtemp(tmpdir))
		bail_out("mkdtemp failed");
	snprintf(path, sizeof(path), "%s/run", tmpdir);
	if (mkdir(path, 0755))
		bail_out("mkdir");
	setenv("UBLKD_RUN_DIR", path, 1);
	diag("testing %s", bin);

	put_good(3, 0644);
	put(4, "", 0, 0644);
	put(5, "\x7f" "ELF\x02\x01\x01\n\x00\x00garbage", 17, 0644);
	{
		char buf[512];

		snprintf(buf, sizeof(buf), good, 6);
		put(6, buf, 40, 0644);	/* cut in the middle of a line */
	}
	state_path(3, target, sizeof(target));
	state_path(7, path, sizeof(path));
	if (symlink(target, path))
		bail_out("symlink");
	put_good(8, 0666);
	memset(huge, 'x', sizeof(huge));
	memcpy(huge, "ublkd-state 1\n", 14);
	put(9, huge, sizeof(huge), 0644);
	state_path(10, path, sizeof(path));
	if (mkfifo(path, 0644))
		bail_out("mkfifo");
	/* well-formed, but what it would replay is not a valid add */
	{
		static const char bad_args[] =
			"ublkd-state 1\ndev_id=11\npid=1\ntgt_type=null\n"
			"nr_queues=0\nargc=3\narg.0=add\narg.1=-t\n"
			"arg.2=nosuch%1B[31m\nend=1\n";

		put(11, bad_args, sizeof(bad_args) - 1, 0644);
	}
	{
		char buf[512];
		int len = snprintf(buf, sizeof(buf), good, 99);

		put(12, buf, (size_t)len, 0644);	/* dev_id=99 in #12 */
	}
	n0 = count_state_files();

	recover_refused(4, "refused: empty", "an empty file");
	recover_refused(5, "not a ublkd state file", "binary garbage");
	recover_refused(6, "cut short", "a file cut mid-line");
	recover_refused(7, "symbolic link", "a symlink to a good file");
	recover_refused(8, "writable by others", "a world-writable file");
	recover_refused(9, "too big", "a 300 KiB file");
	recover_refused(10, "not a regular file", "a FIFO");
	recover_refused(12, "it is the state of device 99",
			"another device's state");

	is_int(run("recover -n 11"), 1, "recover, bad replayed args: exit 1");
	ok(strstr(err, "nosuch") && !out[0] && sane(),
	   "recover, bad replayed args: refused with a message");
	if (!strstr(err, "nosuch"))
		diag("stderr: %s", err);
	is_int(run("recover -n 13"), 1, "recover, no file: exit 1");
	ok(strstr(err, "no state file for device 13") && sane(),
	   "recover, no file: says so");

	if (access("/dev/ublk-control", F_OK) == 0) {
		skip(5, "/dev/ublk-control exists here (VM test 800 covers it)");
	} else {
		is_int(run("recover -n 3"), 1,
		       "recover, the good file: parsed, then needs the driver");
		ok(strstr(err, "modprobe ublk_drv") && !strstr(err, "refused") &&
		   sane(), "recover, the good file: the driver hint, no refusal");
		is_int(run("list"), 1, "list: exit 1 without the driver");
		is_int(run("del -a"), 1, "del -a: exit 1 without the driver");
		is_int(count_state_files(), n0,
		       "list and del -a left all %d files alone", n0);
	}

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd))
		diag("could not remove %s", tmpdir);
	return done_testing();
}
