/* SPDX-License-Identifier: MIT */
/*
 * The daemon's own environment (src/daemon/env.c): private to src/daemon.
 */
#ifndef UBLKD_DAEMON_ENV_H
#define UBLKD_DAEMON_ENV_H

/*
 * Before anything of the device exists, in the daemon's only thread:
 * PR_SET_IO_FLUSHER (inherited by every queue thread), and a mount
 * namespace of its own with private propagation, from which every mount
 * of a ublk disk is detached. Failures are notes on stderr, not errors.
 */
void ublk_daemon_env(void);

/*
 * Enough descriptors for @nr_queues queues under RLIMIT_NOFILE (the soft
 * limit is raised toward the hard one if need be)? 0, or -EMFILE with a
 * message naming the limit and what is needed.
 */
int ublk_daemon_check_nofile(unsigned int nr_queues);

#endif /* UBLKD_DAEMON_ENV_H */
