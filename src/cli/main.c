// SPDX-License-Identifier: MIT
/*
 * ublk: the ublkd command line (ublksrv's `ublk` conventions).
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "ublkd/debug.h"

static const struct {
	const char *name;
	int (*fn)(int argc, char **argv);
} commands[] = {
	{ "add", cmd_add },
	{ "del", cmd_del },
	{ "list", cmd_list },
	{ "stats", cmd_stats },
	{ "recover", cmd_recover },
	{ "resize", cmd_resize },
	{ "quiesce", cmd_quiesce },
	{ "features", cmd_features },
	{ "set_affinity", cmd_set_affinity },
	{ "chown", cmd_chown },
	{ "help", cmd_help },
};

int main(int argc, char **argv)
{
	const char *cmd;

	setvbuf(stdout, NULL, _IOLBF, 0);
	ublk_debug_init();
	if (argc < 2) {
		fprintf(stderr, "ublk: missing command\n");
		cli_usage(stderr);
		return UBLK_EXIT_USAGE;
	}
	cmd = argv[1];
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (!strcmp(cmd, commands[i].name))
			return commands[i].fn(argc - 1, argv + 1);
	if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
		cli_usage(stdout);
		return 0;
	}
	if (!strcmp(cmd, "-v") || !strcmp(cmd, "--version")) {
		printf("ublk (ublkd) %s\n", UBLKD_VERSION);
		return 0;
	}
	fprintf(stderr, "ublk: unknown command '%s'\n"
		"Try 'ublk help' for usage.\n", cmd);
	return UBLK_EXIT_USAGE;
}
