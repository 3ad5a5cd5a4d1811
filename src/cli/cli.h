/* SPDX-License-Identifier: MIT */
/*
 * The `ublk` command: one cmd_* per sub-command.
 *
 * main() hands each cmd_* the arguments from the sub-command name on:
 * argv[0] is "add", "del", ... so getopt_long() works as usual (reset
 * optind to 0 or 1 first). Each cmd_* returns the process exit status:
 * 0 ok, 1 failure (message on stderr), UBLK_EXIT_USAGE bad arguments.
 */
#ifndef UBLKD_CLI_H
#define UBLKD_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/types.h>
#include "ublkd/ctrl.h"

#define UBLK_EXIT_USAGE		2
#define UBLKD_VERSION		"0.1"

/* src/cli/add.c */
int cmd_add(int argc, char **argv);
int cmd_recover(int argc, char **argv);

/* src/cli/lifecycle.c */
int cmd_resize(int argc, char **argv);
int cmd_quiesce(int argc, char **argv);
/* QUIESCE_DEV, then wait for the daemon to leave; 0 or 1 (printed). */
int cli_quiesce(uint32_t id, const char *cmd, unsigned int timeout_ms);

int cmd_del(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_features(int argc, char **argv);
int cmd_help(int argc, char **argv);
/* src/cli/stats.c */
int cmd_stats(int argc, char **argv);
/* src/cli/affinity.c */
int cmd_set_affinity(int argc, char **argv);
/* src/cli/chown.c: udev's helper for unprivileged devices */
int cmd_chown(int argc, char **argv);

/* Usage text of every command (help.c style, in features.c). */
void cli_usage(FILE *out);

/*
 * Print device @dev_id as `ublk list` does (text, or one JSON object when
 * @json). Returns 0, -ENODEV when there is no such device, or -errno
 * (message printed).
 */
int cli_print_dev(struct ublk_ctrl *c, uint32_t dev_id, bool verbose,
		  bool json);

/*
 * Open the control device; on failure print why (with the modprobe hint
 * when the driver is missing) and return -errno.
 */
int cli_ctrl_open(struct ublk_ctrl *c);

/*
 * Parse a decimal number in [0, max]; on bad input print
 * "ublk: invalid <what>: '<s>'" to stderr and return -EINVAL.
 */
int cli_parse_u32(const char *s, const char *what, uint32_t max,
		  uint32_t *out);

/* -n ID: a device id (0..2^20-1) into *@id, *@have_id set; -EINVAL. */
int cli_dev_id_arg(const char *s, uint32_t *id, bool *have_id);

/* "ublk: <cmd>: <msg>" + a pointer to `ublk help`, for usage errors. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * After getopt_long() returned ':' (missing value) or '?' (unknown
 * option) as @opt: report it as a usage error.
 */
int cli_bad_option(const char *cmd, int opt, char **argv);
/* An argument left after the options: a usage error. */
int cli_extra_arg(const char *cmd, const char *arg);

/* Is @pid a live process (not a zombie)? */
bool cli_pid_alive(pid_t pid);

/*
 * Ids of the devices that exist or have a state file, ascending, at most
 * @max into @ids (sysfs, /dev/ublkc*, the run dir; probes 0..127 when
 * sysfs is not there). Returns the count.
 */
int cli_dev_ids(struct ublk_ctrl *c, uint32_t *ids, int max);


#endif /* UBLKD_CLI_H */
