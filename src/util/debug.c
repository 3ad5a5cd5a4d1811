// SPDX-License-Identifier: MIT
/* The debug trace switch (include/ublkd/debug.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ublkd/debug.h"

unsigned int ublk_debug_mask;

static const struct {
	const char *name;
	unsigned int bit;
} areas[] = {
	{ "ctrl", UBLK_DBG_CTRL },
	{ "dev", UBLK_DBG_DEV },
	{ "thread", UBLK_DBG_THREAD },
	{ "io_cmd", UBLK_DBG_IO_CMD },
	{ "io", UBLK_DBG_IO },
	{ "tgt", UBLK_DBG_TGT },
	{ "daemon", UBLK_DBG_DAEMON },
	{ "all", UBLK_DBG_ALL },
};

#define NR_AREAS	(sizeof(areas) / sizeof(areas[0]))

static const char *area_name(unsigned int area)
{
	size_t i;

	for (i = 0; i < NR_AREAS; i++)
		if (areas[i].bit == area)
			return areas[i].name;
	return "dbg";
}

void ublk_dbg_printf(unsigned int area, const char *fmt, ...)
{
	struct timespec ts;
	char line[512];
	va_list ap;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	/*
	 * One write per line (threads' traces do not interleave mid-line),
	 * stamped with the monotonic clock: where the time goes.
	 */
	fprintf(stderr, "ublkd: %ld.%06ld [%s] %s\n", (long)ts.tv_sec,
		ts.tv_nsec / 1000, area_name(area), line);
}

static int parse_names(const char *s, unsigned int *mask)
{
	char buf[128], *tok, *save = NULL;
	unsigned int m = 0;
	size_t i;

	if (strlen(s) >= sizeof(buf))
		return -EINVAL;
	strcpy(buf, s);
	for (tok = strtok_r(buf, ",", &save); tok;
	     tok = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < NR_AREAS; i++)
			if (!strcmp(tok, areas[i].name))
				break;
		if (i == NR_AREAS)
			return -EINVAL;
		m |= areas[i].bit;
	}
	*mask = m;
	return 0;
}

int ublk_debug_parse(const char *s, unsigned int *mask)
{
	unsigned long v;
	char *end;

	if (!s || !*s)
		return -EINVAL;
	if (*s >= '0' && *s <= '9') {
		errno = 0;
		v = strtoul(s, &end, 0);
		if (errno || *end || v > UBLK_DBG_ALL)
			return -EINVAL;
		*mask = (unsigned int)v;
		return 0;
	}
	return parse_names(s, mask);
}

void ublk_debug_init(void)
{
	const char *e = getenv("UBLKD_DEBUG_MASK");
	unsigned int m;

	if (e && *e && !ublk_debug_parse(e, &m))
		ublk_debug_mask = m;
}
