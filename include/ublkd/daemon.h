/* SPDX-License-Identifier: MIT */
/*
 * ublkd daemon: what serves a device once it is set up, shared by every
 * target and usable by a server built on the library.
 *
 * ublk_daemon_start() forks (unless the device is --foreground); the
 * child creates the device, starts or recovers it, writes its state file
 * (ublkd/state.h), moves stdio to <run_dir>/ublkb<ID>.log, reports
 * readiness through a pipe, then serves until SIGTERM/SIGINT (clean stop:
 * STOP_DEV, drain, DEL_DEV, exit 0) or until a queue thread fails (the
 * whole daemon goes down at once; see on_queue_death). When the kernel
 * quiesces the device (QUIESCE_DEV, a live upgrade) the daemon lets its
 * in-flight I/O finish and exits 0, leaving the device and its state file
 * for the next daemon (`ublk recover`).
 */
#ifndef UBLKD_DAEMON_H
#define UBLKD_DAEMON_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

/* `ublk resize` asks the daemon with this signal, the size as its value. */
#define UBLKD_SIG_RESIZE	(SIGRTMIN + 1)
#include "ublkd/ctrl.h"
#include "ublkd/dev.h"

struct ublk_daemon {
	struct ublk_dev *dev;		/* from ublk_dev_new(), options set */
	bool recovering;		/* re-attach (user recovery) */
	/* The command that made the device, saved for recovery. */
	int argc;
	char **argv;
	/* Foreground only: the device is live (e.g. print it). */
	void (*on_ready)(struct ublk_ctrl *ctrl, uint32_t dev_id);
	/*
	 * A queue thread failed on a device without user recovery: called
	 * in a child that outlives the daemon (e.g. exec `ublk del`), NULL
	 * to leave the device to someone else.
	 */
	void (*on_queue_death)(uint32_t dev_id);
	/*
	 * ublksrv's --eventfd: once the device is live the daemon writes
	 * its id + 1 there (8 bytes, as to an eventfd), or on failure
	 * UBLKD_EVENTFD_ERROR, and closes it.
	 */
	bool has_event_fd;
	int event_fd;
};

#define UBLKD_EVENTFD_ERROR	0xfffffffffffffffeULL

/*
 * Start serving: returns 0 once the device is live (*@dev_id set), 1 on
 * failure (the daemon printed why). In the foreground it returns only
 * when the daemon stops, with its exit status.
 */
int ublk_daemon_start(const struct ublk_daemon *d, uint32_t *dev_id);

/*
 * Ask device @dev_id's daemon @pid to resize it to @bytes (0: the
 * target's own size) and wait up to @timeout_ms for its answer: 0, or
 * -errno (the daemon's log says why; -ETIMEDOUT: no answer).
 */
int ublk_daemon_resize(pid_t pid, uint32_t dev_id, uint64_t bytes,
		       int timeout_ms);

#endif /* UBLKD_DAEMON_H */
