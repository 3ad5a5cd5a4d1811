/* SPDX-License-Identifier: MIT */
/*
 * ublkd daemon: what serves a device once it is set up, shared by every
 * target and usable by a server built on the library. This is the entry
 * point of an out-of-tree server (examples/ublk-xor.c):
 *
 *	dev = ublk_dev_new(&my_ops);		// my_ops: ublkd/target.h
 *	ublk_dev_opts(dev)->nr_queues = 2;	// ublkd/dev.h, as `ublk add`
 *	my_conf = ublk_dev_tgt_conf(dev);	// the target's own options
 *	struct ublk_daemon d = { .dev = dev, .argc = argc, .argv = argv };
 *	ret = ublk_daemon_start(&d, &id);
 *	ublk_dev_free(dev);
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
 *
 * Because the state file is the one `ublk add` writes, `ublk list` and
 * `ublk del` manage a device served this way like any other (`del` sends
 * SIGTERM to the daemon). `ublk recover` replays the saved command line
 * through `ublk add`, which knows only the built-in targets: an
 * out-of-tree server recovers its own devices (recovering = true, same
 * device id in its options).
 *
 * systemd: where $NOTIFY_SOCKET is set the daemon tells it READY=1 once
 * the device serves I/O (with MAINPID= when it forked) and STOPPING=1 as
 * it starts to stop, through ublk_sd_notify().
 *
 * Threads and ownership: call ublk_daemon_start() from the program's main
 * thread, with no other threads running (it forks, and blocks the signals
 * it waits for in the calling thread before the queue threads exist, so
 * they inherit the mask). @d and @d->dev stay the caller's: in the parent
 * (background) the device is only a template, free it after; the
 * foreground daemon uses it until it returns.
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

/*
 * systemd's notification protocol, written on the socket directly (no
 * libsystemd): send @state ("READY=1", "STOPPING=1", "STATUS=...", lines
 * joined by '\n') as one datagram to the AF_UNIX socket $NOTIFY_SOCKET
 * names (a path, or an abstract name written with a leading '@').
 * Returns 1 sent, 0 when $NOTIFY_SOCKET is unset or empty (nothing to
 * do), -EINVAL for an empty @state or a name that does not fit
 * sockaddr_un, -EAFNOSUPPORT for a name that is neither a path nor '@'
 * (systemd's vsock: form), -errno from socket/sendto. Any thread.
 */
int ublk_sd_notify(const char *state);

#endif /* UBLKD_DAEMON_H */
