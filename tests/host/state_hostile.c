// SPDX-License-Identifier: MIT
/*
 * Hostile state files: what lies in the run dir is input. Empty, cut at
 * every byte, binary, huge, a symbolic link, a FIFO, a directory, a device
 * node, a hard link, another user's file, a file others may write: each is
 * refused with a message naming the file and why (never a crash, never a
 * hang), and the good file of the device next to it still loads.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/state.h"

static char dir[PATH_MAX];
static char errbuf[4096];

static const char good_fmt[] =
	"ublkd-state 1\ndev_id=%d\npid=1\ntgt_type=null\ntgt_json={}\n"
	"nr_queues=1\nflags=0x48\ntid.0=2\naffinity.0=0\nargc=3\narg.0=add\n"
	"arg.1=-t\narg.2=null\nend=1\n";

static void path_of(int id, char *buf, size_t len)
{
	if (ublk_state_path(id, buf, len))
		bail_out("state path");
}

static void write_bytes(int id, const void *data, size_t len, mode_t mode)
{
	char path[PATH_MAX];
	int fd;

	path_of(id, path, sizeof(path));
	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, data, len) != (ssize_t)len)
		bail_out("cannot write a test file");
	fchmod(fd, mode);
	close(fd);
}

static size_t good_text(int id, char *buf, size_t len)
{
	return (size_t)snprintf(buf, len, good_fmt, id);
}

static void write_good(int id)
{
	char buf[1024];

	write_bytes(id, buf, good_text(id, buf, sizeof(buf)), 0644);
}

/* ublk_state_load with stderr captured into errbuf. */
static int load_capture(int id, struct ublk_state *s)
{
	char tmpl[PATH_MAX + 16];
	int saved, fd, ret;
	ssize_t n;

	snprintf(tmpl, sizeof(tmpl), "%s/.errXXXXXX", dir);
	fd = mkstemp(tmpl);
	if (fd < 0)
		bail_out("mkstemp");
	unlink(tmpl);
	fflush(stderr);
	saved = dup(2);
	dup2(fd, 2);
	alarm(10);	/* a FIFO or a device must never block the reader */
	ret = ublk_state_load(id, s);
	alarm(0);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	n = pread(fd, errbuf, sizeof(errbuf) - 1, 0);
	errbuf[n > 0 ? n : 0] = '\0';
	close(fd);
	return ret;
}

static bool all_printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s != '\n' &&
		    ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f))
			return false;
	return true;
}

static bool zeroed(const struct ublk_state *s)
{
	static const struct ublk_state zero;

	return !memcmp(s, &zero, sizeof(zero));
}

/* Load @id: want @err, a one-line message naming the file and @why. */
static void refused(int id, int err, const char *why, const char *what)
{
	static struct ublk_state s;
	char path[PATH_MAX];
	int ret;

	path_of(id, path, sizeof(path));
	memset(&s, 0xa5, sizeof(s));
	ret = load_capture(id, &s);
	is_int(ret, err, "%s: refused (%s)", what, strerror(-err));
	ok(strstr(errbuf, path) && strstr(errbuf, "refused") &&
	   strstr(errbuf, why) && all_printable(errbuf),
	   "%s: the message names the file and says '%s'", what, why);
	ok(zeroed(&s), "%s: nothing of it is left in the result", what);
	if (ret != err || !strstr(errbuf, why))
		diag("got %d, stderr: %s", ret, errbuf);
}

static void neighbour_loads(const char *after)
{
	static struct ublk_state s;

	ok(load_capture(1, &s) == 0 && s.dev_id == 1 && s.argc == 3 &&
	   !strcmp(s.argv[2], "null") && !errbuf[0],
	   "device 1's good state file still loads after %s", after);
}

static void test_contents(void)
{
	static char big[UBLK_STATE_MAX_BYTES + 4096];
	static struct ublk_state s;
	char buf[1024], bin[512];
	size_t len, n, cut_ok = 0, cut_bad = 0;

	write_bytes(10, "", 0, 0644);
	refused(10, -EBADMSG, "empty", "empty file");

	len = good_text(11, buf, sizeof(buf));
	for (n = 0; n < len; n++) {
		write_bytes(11, buf, n, 0644);
		if (load_capture(11, &s) == -EBADMSG &&
		    strstr(errbuf, "refused") && zeroed(&s))
			cut_bad++;
		else
			cut_ok++;
	}
	ok(cut_bad == len && cut_ok == 0,
	   "cut at each of its %zu bytes: every prefix refused", len);
	write_bytes(11, buf, len, 0644);
	ok(load_capture(11, &s) == 0 && s.dev_id == 11, "the whole file loads");
	write_bytes(11, buf, len - 3, 0644);
	refused(11, -EBADMSG, "cut short", "last line cut");
	write_bytes(11, buf, len - 6, 0644);
	refused(11, -EBADMSG, "truncated: no end=1", "end=1 missing");

	srand(15);
	for (size_t i = 0; i < sizeof(bin); i++)
		bin[i] = (char)(rand() & 0xff);
	bin[3] = '\n';
	write_bytes(12, bin, sizeof(bin), 0644);
	refused(12, -EBADMSG, "not a ublkd state file", "binary garbage");

	len = good_text(13, buf, sizeof(buf));
	memcpy(buf + 40, "x\0y", 3);	/* inside "tgt_type=null" */
	write_bytes(13, buf, len, 0644);
	refused(13, -EBADMSG, "NUL byte", "a NUL byte inside a line");

	len = good_text(14, buf, sizeof(buf));
	buf[len - 1] = '\0';
	snprintf(buf + len - 1, sizeof(buf) - len, "\n\x1b[2J\x01=1\n");
	write_bytes(14, buf, strlen(buf), 0644);
	refused(14, -EBADMSG, "data after end=1", "escape codes after end=1");

	write_bytes(15, "ublkd-state 1\ndev_id=15\npid=\x1b]0;x\x07\n", 35,
		    0644);
	refused(15, -EBADMSG, "bad value for 'pid'", "escape codes in a value");

	/* valid lines until past the limit: too big, however well-formed */
	len = good_text(16, big, sizeof(big));
	len -= 6;	/* before end=1 */
	while (len < UBLK_STATE_MAX_BYTES + 10)
		len += (size_t)snprintf(big + len, sizeof(big) - len,
					"filler_key=%0100d\n", 0);
	len += (size_t)snprintf(big + len, sizeof(big) - len, "end=1\n");
	write_bytes(16, big, len, 0644);
	refused(16, -EFBIG, "too big", "a file over the size limit");
	ok(ublk_state_parse(big, len, 16, &s, buf, sizeof(buf)) == -EFBIG &&
	   strstr(buf, "more than") && zeroed(&s),
	   "parse of an over-size buffer: -EFBIG");

	/* a sparse file of 1 TiB: refused at once from its size */
	{
		char path[PATH_MAX];
		int fd;

		path_of(17, path, sizeof(path));
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0 || ftruncate(fd, 1LL << 40))
			bail_out("sparse file");
		close(fd);
		refused(17, -EFBIG, "too big", "a sparse 1 TiB file");
	}
	neighbour_loads("corrupt files");
}

static void test_kinds(void)
{
	char path[PATH_MAX], target[PATH_MAX];

	path_of(1, target, sizeof(target));
	path_of(20, path, sizeof(path));
	if (symlink(target, path))
		bail_out("symlink");
	refused(20, -EPERM, "symbolic link", "a symlink to a good file");

	path_of(21, path, sizeof(path));
	if (symlink("/nonexistent/x", path))
		bail_out("symlink");
	refused(21, -EPERM, "symbolic link", "a dangling symlink");

	path_of(22, path, sizeof(path));
	if (mkfifo(path, 0644))
		bail_out("mkfifo");
	refused(22, -EPERM, "not a regular file", "a FIFO (no writer)");

	path_of(23, path, sizeof(path));
	if (mkdir(path, 0755))
		bail_out("mkdir");
	refused(23, -EPERM, "not a regular file", "a directory");

	write_good(24);
	path_of(24, target, sizeof(target));
	path_of(25, path, sizeof(path));
	if (link(target, path))	/* two names for one file */
		bail_out("link");
	refused(24, -EPERM, "hard links", "a file with two hard links");

	write_good(26);
	path_of(26, path, sizeof(path));
	chmod(path, 0666);
	refused(26, -EPERM, "writable by others (mode 0666)",
		"a world-writable file");
	chmod(path, 0664);
	refused(26, -EPERM, "writable by others (mode 0664)",
		"a group-writable file");

	if (geteuid() != 0) {
		skip(6, "not root: no chown to another user, no mknod");
	} else {
		write_good(27);
		path_of(27, path, sizeof(path));
		if (chown(path, 4321, 4321))
			bail_out("chown");
		refused(27, -EPERM, "owned by uid 4321", "another user's file");
		path_of(28, path, sizeof(path));
		if (mknod(path, S_IFCHR | 0644, makedev(1, 5)))	/* zero */
			bail_out("mknod");
		refused(28, -EPERM, "not a regular file",
			"a character device (/dev/zero's)");
	}
	neighbour_loads("links, FIFOs, directories and foreign files");
}

static void test_parse_reasons(void)
{
	static const struct {
		const char *text, *why;
	} cases[] = {
		{ "ublkd-state 1\ndev_id=1\n", "truncated: no pid" },
		{ "ublkd-state 1\njunk\n", "line 2: not a key=value line" },
		{ "ublkd-state 1\n=1\n", "line 2: not a key=value line" },
		{ "ublkd-state 1\ndev_id=1\npid=1\ntgt_type=null\n"
		  "nr_queues=99\n", "line 5: bad value for 'nr_queues'" },
		{ "ublkd-state 1\ndev_id=2\npid=1\ntgt_type=null\n"
		  "nr_queues=0\nargc=0\nend=1\n", "it is the state of device 2" },
		{ "ublkd-state 1\ndev_id=1\npid=1\ntgt_type=null\n"
		  "nr_queues=1\ntid.4=1\nargc=0\nend=1\n",
		  "queue 4 listed, nr_queues is 1" },
		{ "ublkd-state 1\ndev_id=1\npid=1\ntgt_type=null\n"
		  "nr_queues=0\nargc=1\nend=1\n", "argc=1 does not match" },
		{ "ublkd-state 1\ndev_id=1\npid=1\ntgt_type=null\n"
		  "nr_queues=0\narg.99=x\n", "line 6: bad value for 'arg.99'" },
		{ "ublkd-state 1\ndev_id=1\npid=99999999999\n",
		  "line 3: bad value for 'pid'" },
		{ "ublkd-state 1\ndev_id=1\npid=1\npid=2\n",
		  "line 4: 'pid' given twice" },
		{ "ublkd-state 1\ndev_id=1\narg.0=a\narg.0=b\n",
		  "line 4: 'arg.0' given twice" },
		{ "ublkd-state 1\ndev_id=1\nshm_path=a\nshm_path=b\n",
		  "line 4: 'shm_path' given twice" },
		{ "\xff\xfe\x00\x01", "not a ublkd state file" },
	};
	static struct ublk_state s;
	char why[160];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *want = cases[i].why ? cases[i].why : "?";
		size_t len = strlen(cases[i].text);
		int ret;

		if (i == sizeof(cases) / sizeof(cases[0]) - 1)
			len = 4;
		why[0] = '\0';
		ret = ublk_state_parse(cases[i].text, len, 1, &s, why,
				       sizeof(why));
		ok(ret == -EBADMSG && strstr(why, want) && all_printable(why),
		   "parse reason '%s'", want);
		if (!strstr(why, want))
			diag("got %d '%s'", ret, why);
	}
	ok(ublk_state_parse("x", 1, 1, &s, NULL, 0) == -EBADMSG,
	   "a NULL reason buffer is fine");
}

int main(void)
{
	const char *tmp = getenv("TMPDIR");
	char cmd[PATH_MAX + 16];

	snprintf(dir, sizeof(dir), "%s/ublkd-hostile-XXXXXX",
		 tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		bail_out("mkdtemp failed");
	setenv("UBLKD_RUN_DIR", dir, 1);
	write_good(1);

	test_contents();
	test_kinds();
	test_parse_reasons();
	{
		int ids[64], n = ublk_state_list_ids(ids, 64);

		ok(n > 10 && ids[0] == 1, "list ids still sees every file (%d)",
		   n);
	}
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd))
		diag("could not remove %s", dir);
	return done_testing();
}
