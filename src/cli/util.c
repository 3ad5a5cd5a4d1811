// SPDX-License-Identifier: MIT
/*
 * Small helpers shared by the `ublk` sub-commands.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/state.h"

#define UBLK_MAX_DEV_ID		((1u << 20) - 1)	/* MINORBITS */
#define CLI_PROBE_IDS		128

int cli_parse_u32(const char *s, const char *what, uint32_t max,
		  uint32_t *out)
{
	unsigned long long v;
	char *end;

	if (!s || !isdigit((unsigned char)s[0]))
		goto bad;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || *end || v > max)
		goto bad;
	*out = (uint32_t)v;
	return 0;
bad:
	fprintf(stderr, "ublk: invalid %s: '%s' (expected 0..%u)\n", what,
		s ? s : "", max);
	return -EINVAL;
}

int cli_dev_id_arg(const char *s, uint32_t *id, bool *have_id)
{
	if (cli_parse_u32(s, "device id", UBLK_MAX_DEV_ID, id))
		return -EINVAL;
	*have_id = true;
	return 0;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "ublk: %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'ublk help' for usage.\n");
	return UBLK_EXIT_USAGE;
}

int cli_bad_option(const char *cmd, int opt, char **argv)
{
	if (opt == ':')
		return cli_usage_error(cmd, "option '%s' needs a value",
				       argv[optind - 1]);
	if (optopt)
		return cli_usage_error(cmd, "unknown option '-%c'", optopt);
	return cli_usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
}

int cli_extra_arg(const char *cmd, const char *arg)
{
	return cli_usage_error(cmd, "unexpected argument '%s'", arg);
}

/* State letter from /proc/PID/stat, or 0 when unreadable. */
static char proc_state(pid_t pid)
{
	char path[64], buf[512], *p;
	FILE *f;
	size_t n;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return 0;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	p = strrchr(buf, ')');	/* comm may contain anything */
	if (!p || p[1] != ' ')
		return 0;
	return p[2];
}

bool cli_pid_alive(pid_t pid)
{
	char st;

	if (pid <= 0)
		return false;
	if (kill(pid, 0) && errno != EPERM)
		return false;
	st = proc_state(pid);
	return st != 'Z' && st != 'X';
}

int cli_ctrl_open(struct ublk_ctrl *c)
{
	return ublk_ctrl_open_explain(c, 0, "ublk");
}

/* ---- device enumeration ---- */

struct id_set {
	uint32_t *ids;
	int n, max;
};

static void id_add(struct id_set *s, uint32_t id)
{
	for (int i = 0; i < s->n; i++)
		if (s->ids[i] == id)
			return;
	if (s->n < s->max)
		s->ids[s->n++] = id;
}

/* Add N of every "<prefix>N" entry of @dir; -errno if @dir is missing. */
static int scan_dir(struct id_set *s, const char *dir, const char *prefix)
{
	size_t plen = strlen(prefix);
	struct dirent *de;
	DIR *d = opendir(dir);
	uint32_t id;
	char *end;

	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		const char *num = de->d_name + plen;

		if (strncmp(de->d_name, prefix, plen) ||
		    !isdigit((unsigned char)*num))
			continue;
		errno = 0;
		id = (uint32_t)strtoul(num, &end, 10);
		if (!*end && !errno && id <= UBLK_MAX_DEV_ID)
			id_add(s, id);
	}
	closedir(d);
	return 0;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

int cli_dev_ids(struct ublk_ctrl *c, uint32_t *ids, int max)
{
	struct id_set s = { .ids = ids, .max = max };
	struct ublksrv_ctrl_dev_info info;
	int sids[256], n;

	if (scan_dir(&s, "/sys/class/ublk-char", "ublkc")) {
		/* No sysfs: ask the driver about the low ids. */
		for (uint32_t id = 0; id < CLI_PROBE_IDS; id++)
			if (ublk_ctrl_get_dev_info(c, id, &info) == 0)
				id_add(&s, id);
	}
	scan_dir(&s, "/dev", "ublkc");
	n = ublk_state_list_ids(sids, 256);
	for (int i = 0; i < n; i++)
		id_add(&s, (uint32_t)sids[i]);
	qsort(ids, (size_t)s.n, sizeof(*ids), cmp_u32);
	return s.n;
}
