/* SPDX-License-Identifier: MIT */
/*
 * tap.h: a tiny Test Anything Protocol emitter for the host tests.
 *
 *	plan(3);			prints "1..3" (or done_testing())
 *	ok(x == 1, "x is %d", 1);	"ok 1 - x is 1" / "not ok 1 - ..."
 *	is_int(got, want, "name");	ok() plus a diag of both on failure
 *	diag("note %d", n);		"# note ..." on stderr
 *	skip(2, "no feature");		"ok N # skip no feature", twice
 *	skip_all("why");		"1..0 # SKIP why", exit 0
 *	bail_out("why");		"Bail out! why", exit 255
 *	return done_testing();		prints the plan if none, exit status
 */
#ifndef UBLKD_TAP_H
#define UBLKD_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static int tap_run, tap_failed, tap_planned = -1;

static inline void plan(int n)
{
	tap_planned = n;
	printf("1..%d\n", n);
	fflush(stdout);
}

static inline void tap_vdiag(const char *fmt, va_list ap)
{
	fflush(stdout);
	fputs("# ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	fflush(stderr);
}

__attribute__((format(printf, 1, 2)))
static inline void diag(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tap_vdiag(fmt, ap);
	va_end(ap);
}

static inline int tap_vok(int cond, const char *fmt, va_list ap)
{
	tap_run++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_run);
	vprintf(fmt, ap);
	putchar('\n');
	fflush(stdout);
	return cond;
}

__attribute__((format(printf, 2, 3)))
static inline int ok(int cond, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = tap_vok(cond, fmt, ap);
	va_end(ap);
	return ret;
}

__attribute__((format(printf, 3, 4)))
static inline int is_int(long long got, long long want, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = tap_vok(got == want, fmt, ap);
	va_end(ap);
	if (!ret)
		diag("    got: %lld, expected: %lld", got, want);
	return ret;
}

static inline void skip(int n, const char *why)
{
	while (n-- > 0) {
		tap_run++;
		printf("ok %d # skip %s\n", tap_run, why);
	}
	fflush(stdout);
}

__attribute__((noreturn))
static inline void skip_all(const char *why)
{
	printf("1..0 # SKIP %s\n", why);
	exit(0);
}

__attribute__((noreturn))
static inline void bail_out(const char *why)
{
	printf("Bail out! %s\n", why);
	exit(255);
}

static inline int done_testing(void)
{
	if (tap_planned < 0)
		printf("1..%d\n", tap_run);
	else if (tap_planned != tap_run)
		diag("planned %d tests but ran %d", tap_planned, tap_run);
	fflush(stdout);
	if (tap_failed)
		return tap_failed > 254 ? 254 : tap_failed;
	return tap_planned >= 0 && tap_planned != tap_run ? 255 : 0;
}

#endif /* UBLKD_TAP_H */
