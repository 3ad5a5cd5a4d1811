/* SPDX-License-Identifier: MIT */
/*
 * cli_run.h: run the `ublk` binary from a host test and keep what it said.
 *
 *	find_bin(argv[0]);	build/ublk beside build/tests/X (or $UBLK_BIN)
 *	run("list -n 3");	exit status (-1: killed or not run); stdout in
 *				out[], stderr in err[] (files under tmpdir)
 * The test sets tmpdir (a scratch directory) first.
 */
#ifndef UBLKD_CLI_RUN_H
#define UBLKD_CLI_RUN_H

#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ARGS	32
#define OUT_MAX		(64 * 1024)

static char bin[PATH_MAX];
static char tmpdir[PATH_MAX];
static char out[OUT_MAX], err[OUT_MAX];

static inline void slurp(const char *path, char *buf)
{
	int fd = open(path, O_RDONLY);
	ssize_t n = 0;

	buf[0] = '\0';
	if (fd < 0)
		return;
	n = read(fd, buf, OUT_MAX - 1);
	buf[n > 0 ? n : 0] = '\0';
	close(fd);
}

/* Run ublk with the space-separated @args; exit status, or -1. */
static inline int run(const char *args)
{
	char *argv[MAX_ARGS + 2], copy[512], opath[PATH_MAX + 8],
	     epath[PATH_MAX + 8];
	int argc = 0, status;
	pid_t pid;

	snprintf(copy, sizeof(copy), "%s", args);
	argv[argc++] = bin;
	for (char *tok = strtok(copy, " "); tok && argc <= MAX_ARGS;
	     tok = strtok(NULL, " "))
		argv[argc++] = tok;
	argv[argc] = NULL;
	snprintf(opath, sizeof(opath), "%s/out", tmpdir);
	snprintf(epath, sizeof(epath), "%s/err", tmpdir);
	fflush(stdout);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		int o = open(opath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open(epath, O_WRONLY | O_CREAT | O_TRUNC, 0644);

		if (o < 0 || e < 0)
			_exit(127);
		dup2(o, 1);
		dup2(e, 2);
		execv(bin, argv);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	slurp(opath, out);
	slurp(epath, err);
	if (!WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

static inline void find_bin(const char *argv0)
{
	const char *env = getenv("UBLK_BIN");
	char self[PATH_MAX];

	if (env && *env) {
		snprintf(bin, sizeof(bin), "%s", env);
		return;
	}
	snprintf(self, sizeof(self), "%s", argv0);
	snprintf(bin, sizeof(bin), "%s/../ublk", dirname(self));
}

#endif /* UBLKD_CLI_RUN_H */
