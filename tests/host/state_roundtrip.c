// SPDX-License-Identifier: MIT
/*
 * State files: save/load round trip (awkward arguments included), atomic
 * replace without leftovers, clear errors for missing and corrupt files.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/state.h"

static char dir[PATH_MAX];

static const char *const awkward[] = {
	"add", "-t", "loop", "-f", "/tmp/my file=with spaces.img",
	"a=b=c", "100%", "%41%", "line1\nline2", "tab\there", "",
	"\r\x01\x7f", "ünïcødé", "--size=1G", "=", "%", "end=1",
};

static void fill(struct ublk_state *s, int id)
{
	size_t n = sizeof(awkward) / sizeof(awkward[0]);

	memset(s, 0, sizeof(*s));
	s->dev_id = id;
	s->pid = 4242;
	strcpy(s->tgt_type, "loop");
	strcpy(s->tgt_json, "{\"name\":\"loop\",\"file\":\"/a b=c%\\n\"}");
	s->nr_queues = 3;
	for (unsigned int q = 0; q < 3; q++) {
		s->tids[q] = 5000 + (pid_t)q;
		snprintf(s->affinity[q], sizeof(s->affinity[q]), "%u,%u", q,
			 q + 4);
	}
	for (size_t i = 0; i < n; i++)
		strcpy(s->argv[i], awkward[i]);
	s->argc = (int)n;
	ublk_state_put_key(s, "shm_path", "/dev/shm/ublkd mem=0");
	s->flags = 0x8000000000000048ULL;
}

static int count_entries(const char *d, int *dot)
{
	struct dirent *de;
	DIR *dd = opendir(d);
	int n = 0;

	*dot = 0;
	if (!dd)
		return -1;
	while ((de = readdir(dd))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		n++;
		if (de->d_name[0] == '.')
			(*dot)++;
	}
	closedir(dd);
	return n;
}

static void write_file(int id, const char *text)
{
	char path[PATH_MAX];
	FILE *f;

	ublk_state_path(id, path, sizeof(path));
	f = fopen(path, "w");
	if (!f)
		bail_out("cannot write a test file");
	fputs(text, f);
	fclose(f);
}

static char *read_file(int id)
{
	static char buf[1 << 17];
	char path[PATH_MAX];
	size_t n;
	FILE *f;

	ublk_state_path(id, path, sizeof(path));
	f = fopen(path, "r");
	if (!f)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void test_roundtrip(void)
{
	static struct ublk_state a, b;
	char *text;

	fill(&a, 7);
	is_int(ublk_state_save(&a), 0, "save with awkward args");
	is_int(ublk_state_load(7, &b), 0, "load it back");
	ok(memcmp(&a, &b, sizeof(a)) == 0, "every field round-trips");
	is_int(b.argc, (int)(sizeof(awkward) / sizeof(awkward[0])), "argc");
	ok(!strcmp(b.argv[8], "line1\nline2") && !strcmp(b.argv[10], "") &&
	   !strcmp(b.argv[5], "a=b=c") && !strcmp(b.argv[7], "%41%"),
	   "newline, empty, '=' and '%%' args intact");
	text = read_file(7);
	ok(text && strstr(text, "arg.5=a%3Db%3Dc\n") &&
	   strstr(text, "arg.8=line1%0Aline2\n") &&
	   strstr(text, "arg.7=%2541%25\n"), "escaped on disk as %%XX");
	ok(text && !strncmp(text, "ublkd-state 1\n", 14) &&
	   strstr(text, "\nend=1\n"), "magic first, end=1 last");
}

static void test_full_args(void)
{
	static struct ublk_state a, b;

	memset(&a, 0, sizeof(a));
	a.dev_id = 8;
	a.argc = UBLK_STATE_MAX_ARGS;
	for (int i = 0; i < a.argc; i++)
		memset(a.argv[i], 'a' + i % 26, UBLK_STATE_ARG_LEN - 1);
	memset(a.argv[3], '=', UBLK_STATE_ARG_LEN - 1);	/* 3x on disk */
	a.nr_queues = UBLKD_MAX_QUEUES;
	is_int(ublk_state_save(&a), 0, "save 64 args of 255 bytes, 32 queues");
	is_int(ublk_state_load(8, &b), 0, "load them");
	ok(memcmp(&a, &b, sizeof(a)) == 0, "full-size fields round-trip");
}

static void test_atomic_replace(void)
{
	static struct ublk_state a, b;
	int n, dot;

	fill(&a, 9);
	ublk_state_save(&a);
	a.pid = 777;
	strcpy(a.argv[0], "second");
	is_int(ublk_state_save(&a), 0, "save again over the old file");
	is_int(ublk_state_load(9, &b), 0, "load the replaced file");
	ok(b.pid == 777 && !strcmp(b.argv[0], "second"), "new content read");
	n = count_entries(dir, &dot);
	is_int(dot, 0, "no temp file left behind");
	is_int(n, 3, "three state files (7, 8, 9) in the run dir");
}

/* Expected failures print a message: keep it out of the TAP output. */
static int quiet_begin(void)
{
	int saved = dup(2), null = open("/dev/null", O_WRONLY);

	fflush(stderr);
	if (null >= 0) {
		dup2(null, 2);
		close(null);
	}
	return saved;
}

static void quiet_end(int saved)
{
	fflush(stderr);
	if (saved >= 0) {
		dup2(saved, 2);
		close(saved);
	}
}

static int load_q(int id, struct ublk_state *s)
{
	int saved = quiet_begin(), ret = ublk_state_load(id, s);

	quiet_end(saved);
	return ret;
}

static int save_q(const struct ublk_state *s)
{
	int saved = quiet_begin(), ret = ublk_state_save(s);

	quiet_end(saved);
	return ret;
}

static void test_errors(void)
{
	static struct ublk_state s;
	const char *good;
	char buf[4096];

	is_int(load_q(1234, &s), -ENOENT, "missing file: -ENOENT");
	write_file(20, "this is not a state file\n");
	is_int(load_q(20, &s), -EBADMSG, "garbage: -EBADMSG");
	write_file(20, "");
	is_int(load_q(20, &s), -EBADMSG, "empty: -EBADMSG");

	good = "ublkd-state 1\ndev_id=20\npid=1\ntgt_type=null\n"
	       "nr_queues=1\ntid.0=2\nargc=1\narg.0=add\n";
	snprintf(buf, sizeof(buf), "%send=1\n", good);
	write_file(20, buf);
	is_int(load_q(20, &s), 0, "a minimal file loads");
	write_file(20, good);
	is_int(load_q(20, &s), -EBADMSG, "no end=1 (truncated)");
	snprintf(buf, sizeof(buf), "%send=1", good);
	write_file(20, buf);
	is_int(load_q(20, &s), -EBADMSG, "last line cut short");
	snprintf(buf, sizeof(buf), "%send=1\npid=3\n", good);
	write_file(20, buf);
	is_int(load_q(20, &s), -EBADMSG, "data after end=1");
	snprintf(buf, sizeof(buf), "%sarg.1=x%%G1\nend=1\n", good);
	write_file(20, buf);
	is_int(load_q(20, &s), -EBADMSG, "bad %%XX escape");
	snprintf(buf, sizeof(buf), "%sarg.1=raw\tTAB\nend=1\n", good);
	write_file(20, buf);
	is_int(load_q(20, &s), -EBADMSG, "unescaped control byte");
	snprintf(buf, sizeof(buf), "%stid.1=5\nend=1\n", good);
	write_file(20, buf);
	is_int(load_q(20, &s), -EBADMSG, "queue index >= nr_queues");
	write_file(20, "ublkd-state 1\ndev_id=20\npid=1\ntgt_type=null\n"
		   "nr_queues=0\nargc=2\narg.0=add\nend=1\n");
	is_int(load_q(20, &s), -EBADMSG, "argc=2 but one arg");
	write_file(20, "ublkd-state 1\ndev_id=21\npid=1\ntgt_type=null\n"
		   "nr_queues=0\nargc=0\nend=1\n");
	is_int(load_q(20, &s), -EBADMSG, "dev_id does not match");
	write_file(20, "ublkd-state 1\ndev_id=20\npid=-4\ntgt_type=null\n"
		   "nr_queues=0\nargc=0\nend=1\n");
	is_int(load_q(20, &s), -EBADMSG, "negative pid");
	write_file(20, "ublkd-state 1\ndev_id=20\npid=1\ntgt_type=null\n"
		   "nr_queues=33\nargc=0\nend=1\n");
	is_int(load_q(20, &s), -EBADMSG, "nr_queues too big");
	write_file(20, "ublkd-state 2\ndev_id=20\npid=1\ntgt_type=null\n"
		   "nr_queues=0\nargc=0\nend=1\n");
	is_int(load_q(20, &s), -EBADMSG, "unknown version");
	write_file(20, "ublkd-state 1\ndev_id=20\npid=1\n"
		   "tgt_type=0123456789abcdefXX\nnr_queues=0\nargc=0\nend=1\n");
	is_int(load_q(20, &s), -EBADMSG, "tgt_type too long");
	write_file(20, "ublkd-state 1\ndev_id=20\npid=1\ntgt_type=mem\n"
		   "nr_queues=0\nshm_path=/dev/shm/x%3Dy\nnext_thing=1\n"
		   "argc=0\nend=1\n");
	is_int(load_q(20, &s), 0, "target keys load");
	is_int(s.nr_tgt_keys, 2, "two target keys kept");
	ok(!strcmp(s.tgt_keys[0].key, "shm_path") &&
	   !strcmp(s.tgt_keys[0].val, "/dev/shm/x=y"), "shm_path unescaped");
	memset(&s, 0, sizeof(s));
	ublk_state_put_key(&s, "end", "1");
	ublk_state_put_key(&s, "Bad-Key", "1");
	is_int(s.nr_tgt_keys, 0, "reserved or malformed target keys refused");
	is_int(ublk_state_remove(20), 0, "remove: 0");
	is_int(ublk_state_remove(20), -ENOENT, "remove again: -ENOENT");
}

static void test_bad_save(void)
{
	static struct ublk_state s;
	int n, dot;

	fill(&s, 30);
	s.nr_queues = UBLKD_MAX_QUEUES + 1;
	is_int(save_q(&s), -EINVAL, "nr_queues > max refused");
	fill(&s, 30);
	s.argc = UBLK_STATE_MAX_ARGS + 1;
	is_int(save_q(&s), -EINVAL, "argc > max refused");
	fill(&s, 30);
	memset(s.tgt_type, 'x', sizeof(s.tgt_type));
	is_int(save_q(&s), -EINVAL, "unterminated string refused");
	fill(&s, -1);
	is_int(save_q(&s), -EINVAL, "negative dev_id refused");
	n = count_entries(dir, &dot);
	is_int(n, 3, "refused saves wrote nothing");
}

static void test_list_ids(void)
{
	static struct ublk_state s;
	int ids[16], n;

	write_file(0, "x");
	fill(&s, 10);
	ublk_state_save(&s);
	{
		char p[PATH_MAX + 32];
		FILE *f;
		const char *junk[] = { "ublkb01.state", "ublkbx.state",
				       ".ublkb5.state.AbCdEf", "ublkb6.log",
				       "ublkb6.state~" };

		for (size_t i = 0; i < sizeof(junk) / sizeof(junk[0]); i++) {
			snprintf(p, sizeof(p), "%s/%s", dir, junk[i]);
			f = fopen(p, "w");
			if (f)
				fclose(f);
		}
	}
	n = ublk_state_list_ids(ids, 16);
	ok(n == 5 && ids[0] == 0 && ids[1] == 7 && ids[2] == 8 &&
	   ids[3] == 9 && ids[4] == 10, "list ids: 0 7 8 9 10 (junk skipped)");
}

static void test_run_dir(void)
{
	static struct ublk_state s, b;
	char sub[PATH_MAX + 16], path[PATH_MAX];
	struct stat st;

	snprintf(sub, sizeof(sub), "%s/x/y", dir);
	setenv("UBLKD_RUN_DIR", sub, 1);
	ok(!strcmp(ublk_run_dir(), sub), "UBLKD_RUN_DIR is the run dir");
	fill(&s, 3);
	is_int(ublk_state_save(&s), 0, "save creates a missing run dir");
	ok(stat(sub, &st) == 0 && S_ISDIR(st.st_mode) &&
	   (st.st_mode & 0777) == 0755, "run dir created 0755");
	is_int(ublk_state_load(3, &b), 0, "load from the new run dir");
	ublk_state_path(3, path, sizeof(path));
	ok(strstr(path, "/x/y/ublkb3.state") != NULL, "path %s", path);
	is_int(ublk_state_path(-1, path, sizeof(path)), -EINVAL,
	       "path of id -1: -EINVAL");
	is_int(ublk_state_path(3, path, 8), -ENAMETOOLONG,
	       "path too long for the buffer");
	unsetenv("UBLKD_RUN_DIR");
	ok(!strcmp(ublk_run_dir(), "/run/ublkd"), "default /run/ublkd");
	setenv("UBLKD_RUN_DIR", dir, 1);
}

int main(void)
{
	const char *tmp = getenv("TMPDIR");

	snprintf(dir, sizeof(dir), "%s/ublkd-state-XXXXXX", tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		bail_out("mkdtemp failed");
	setenv("UBLKD_RUN_DIR", dir, 1);

	test_roundtrip();
	test_full_args();
	test_atomic_replace();
	test_errors();
	test_bad_save();
	test_list_ids();
	test_run_dir();

	{
		char cmd[PATH_MAX + 16];

		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
		if (system(cmd))
			diag("could not remove %s", dir);
	}
	return done_testing();
}
