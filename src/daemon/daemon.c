// SPDX-License-Identifier: MIT
/*
 * The daemon: serve loop, readiness, signals, the state file and the log
 * in the run directory (include/ublkd/daemon.h). It reaches into the
 * engine's private view for what the state file records (thread ids,
 * queue affinities) and for the final statistics.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ublkd/daemon.h"
#include "ublkd/debug.h"
#include "ublkd/names.h"
#include "ublkd/state.h"
#include "engine/engine.h"
#include "daemon/env.h"

static void fill_state(struct ublk_dev *dev, int argc, char **argv,
		       struct ublk_state *s)
{
	unsigned int i;
	int cpu, n;

	memset(s, 0, sizeof(*s));
	s->dev_id = (int)dev->info.dev_id;
	s->pid = getpid();
	snprintf(s->tgt_type, sizeof(s->tgt_type), "%s", dev->ops->name);
	snprintf(s->tgt_json, sizeof(s->tgt_json), "%s", dev->tgt_json);
	s->nr_queues = dev->nr_queues;
	for (i = 0; i < dev->nr_queues; i++) {
		const struct ublk_queue *q = dev->queues[i];
		char *aff = s->affinity[i];

		s->tids[i] = q->thread->tid;
		n = 0;
		for (cpu = 0; cpu < CPU_SETSIZE && n < 120; cpu++)
			if (CPU_ISSET(cpu, &q->affinity))
				n += snprintf(aff + n, 128 - n, "%s%d",
					      n ? "," : "", cpu);
	}
	for (i = 0; i < (unsigned int)argc && i < UBLK_STATE_MAX_ARGS; i++)
		snprintf(s->argv[i], sizeof(s->argv[i]), "%s", argv[i]);
	s->argc = (int)i;
	s->flags = dev->info.flags;
	s->nr_threads = dev->opts.per_io_tasks ? dev->nr_threads : 0;
	if (dev->ops->save_state)
		dev->ops->save_state(dev, ublk_state_put_key, s);
}

static int block_signals(sigset_t *set)
{
	sigemptyset(set);
	sigaddset(set, SIGTERM);
	sigaddset(set, SIGINT);
	sigaddset(set, SIGHUP);
	sigaddset(set, SIGUSR1);
	sigaddset(set, SIGUSR2);
	sigaddset(set, UBLKD_SIG_RESIZE);
	return pthread_sigmask(SIG_BLOCK, set, NULL);
}

/* What the device served, by op: the log's last word on a device. */
static void print_stats(const struct ublk_dev *dev)
{
	static const char *const names[UBLKD_SOP_NR] = {
		"read", "write", "flush", "discard", "write_zeroes", "other",
	};
	const struct ublk_stats *st = &dev->stats;
	char ops[256];
	size_t i, n = 0;

	for (i = 0; i < UBLKD_SOP_NR; i++)
		n += (size_t)snprintf(ops + n, sizeof(ops) - n, "%s%s %llu",
				      i ? " " : "", names[i],
				      (unsigned long long)st->ops[i]);
	n += (size_t)snprintf(ops + n, sizeof(ops) - n, ", %llu failed",
			      (unsigned long long)st->errors);
	if (dev->opts.shmem_zc)
		n += (size_t)snprintf(ops + n, sizeof(ops) - n,
				      "; %llu in the shared buffer",
				      (unsigned long long)st->nr_shm);
	fprintf(stderr, "ublkd: dev %u stopped after %llu requests: %s; %llu trips to the kernel, %llu of them asleep\n",
		dev->info.dev_id, (unsigned long long)st->nr_io, ops,
		(unsigned long long)st->nr_waits,
		(unsigned long long)st->nr_sleeps);
}

enum serve_end {
	SERVE_STOP,		/* SIGTERM/SIGINT: stop and delete the device */
	SERVE_QUEUE_DIED,	/* a queue thread failed */
	SERVE_LEFT,		/* the kernel quiesced the device: leave it */
};

/*
 * `ublk resize`: the request comes as UBLKD_SIG_RESIZE carrying the new
 * size, the answer goes to $UBLKD_RUN_DIR/ublkbN.resize ("0" or -errno;
 * the reasons are in this daemon's log), written whole by a rename.
 */
static void serve_resize(struct ublk_dev *dev, const siginfo_t *si,
			 int argc, char **argv)
{
	uint64_t bytes = (uint64_t)(uintptr_t)si->si_value.sival_ptr;
	char path[320], tmp[330];
	struct ublk_state st;
	int ret, fd;

	ret = ublk_dev_resize(dev, bytes);
	if (!ret) {
		fprintf(stderr, "ublkd: dev %u resized to %llu bytes\n",
			dev->info.dev_id,
			(unsigned long long)ublk_dev_size(dev));
		/* recovery must find the size it has now */
		dev->ops->describe(dev, dev->tgt_json, sizeof(dev->tgt_json));
		fill_state(dev, argc, argv, &st);
		ublk_state_save(&st);
	}
	snprintf(path, sizeof(path), "%s/ublkb%u.resize", ublk_run_dir(),
		 dev->info.dev_id);
	snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	dprintf(fd, "%d\n", ret);
	close(fd);
	rename(tmp, path);
}

/* Serve until told to stop, a queue thread leaves, or the kernel quiesces. */
static enum serve_end serve(struct ublk_dev *dev, const sigset_t *set,
			    int argc, char **argv)
{
	struct ublksrv_ctrl_dev_info info;
	siginfo_t si;

	for (;;) {
		if (sigwaitinfo(set, &si) < 0)
			continue;
		ublk_dbg(UBLK_DBG_DAEMON, "dev %u: signal %d from pid %d",
			 dev->info.dev_id, si.si_signo, (int)si.si_pid);
		if (si.si_signo == SIGTERM || si.si_signo == SIGINT)
			return SERVE_STOP;
		if (si.si_signo == SIGUSR1) {
			fprintf(stderr, "ublkd: dev %u: a queue thread exited, stopping the device\n",
				dev->info.dev_id);
			return SERVE_QUEUE_DIED;
		}
		if (si.si_signo == UBLKD_SIG_RESIZE) {
			serve_resize(dev, &si, argc, argv);
			continue;
		}
		if (si.si_signo != SIGUSR2)
			continue;
		/*
		 * Every queue was stopped by the kernel: a STOP_DEV from
		 * another process leaves the device DEAD; QUIESCE_DEV leaves
		 * it as it was (QUIESCED once this daemon closes it).
		 */
		if ((dev->info.flags & UBLK_F_USER_RECOVERY) &&
		    ublk_ctrl_get_dev_info(&dev->ctrl, dev->info.dev_id,
					   &info) == 0 &&
		    info.state != UBLK_S_DEV_DEAD) {
			fprintf(stderr, "ublkd: dev %u quiesced: this daemon leaves it to the next (ublk recover -n %u)\n",
				dev->info.dev_id, dev->info.dev_id);
			return SERVE_LEFT;
		}
		/* stopped by another process: finish as on SIGTERM */
		return SERVE_STOP;
	}
}

/*
 * A queue thread failed: the daemon goes down as a whole, at once, the way
 * the kernel handles best (every queue cancelled together, as in a crash).
 * A recoverable device is left QUIESCED for `ublk recover`; any other is
 * deleted by `ublk del`, started here to run once we are gone.
 */
static void __attribute__((noreturn))
die_with_queue(const struct ublk_daemon *d, struct ublk_dev *dev)
{
	char id[16];

	snprintf(id, sizeof(id), "%u", dev->info.dev_id);
	if (dev->info.flags & UBLK_F_USER_RECOVERY) {
		fprintf(stderr, "ublkd: dev %s left for recovery: ublk recover -n %s\n",
			id, id);
		_exit(1);
	}
	if (!d->on_queue_death) {
		fprintf(stderr, "ublkd: dev %s left DEAD: delete it\n", id);
		_exit(1);
	}
	fprintf(stderr, "ublkd: dev %s: deleting it once this daemon is gone\n",
		id);
	if (fork() == 0) {
		d->on_queue_death(dev->info.dev_id);
		_exit(127);
	}
	_exit(1);
}

static void notify(int fd, int ret, uint32_t dev_id)
{
	int msg[2] = { ret, (int)dev_id };

	if (fd < 0)
		return;
	if (write(fd, msg, sizeof(msg)) != sizeof(msg))
		perror("ublkd: notify");
	close(fd);
}

/* --eventfd: the device's id + 1, or UBLKD_EVENTFD_ERROR; once. */
static void tell_event_fd(const struct ublk_daemon *d, int ret,
			  uint32_t dev_id)
{
	uint64_t v = ret ? UBLKD_EVENTFD_ERROR : (uint64_t)dev_id + 1;

	if (!d->has_event_fd)
		return;
	if (write(d->event_fd, &v, sizeof(v)) != sizeof(v))
		fprintf(stderr, "ublkd: --eventfd %d: %s\n", d->event_fd,
			strerror(errno));
	close(d->event_fd);
}

/* $NOTIFY_SOCKET, if set: a failure is logged, never fatal. */
static void tell_systemd(const char *state)
{
	int ret = ublk_sd_notify(state);

	if (ret < 0)
		fprintf(stderr, "ublkd: NOTIFY_SOCKET %s: %s\n",
			getenv("NOTIFY_SOCKET"), strerror(-ret));
}

/*
 * The device serves I/O. A forked daemon names itself the service's main
 * process: the `ublk add` that forked it exits once it hears back.
 */
static void tell_systemd_ready(const struct ublk_dev *dev)
{
	char msg[128];

	snprintf(msg, sizeof(msg), "READY=1\nSTATUS=serving /dev/ublkb%u",
		 dev->info.dev_id);
	if (!dev->opts.foreground)
		snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg),
			 "\nMAINPID=%d", (int)getpid());
	tell_systemd(msg);
}

static void detach_stdio(uint32_t dev_id)
{
	char path[300];
	int fd;

	fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		close(fd);
	}
	snprintf(path, sizeof(path), "%s/ublkb%u.log", ublk_run_dir(), dev_id);
	fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	if (fd >= 0) {
		dup2(fd, 2);
		close(fd);
	}
}

static int run_daemon(const struct ublk_daemon *d, int notify_fd)
{
	struct ublk_dev *dev = d->dev;
	bool recovering = d->recovering;
	struct ublk_state st;
	sigset_t set;
	enum serve_end end;
	int ret;

	block_signals(&set);
	ublk_daemon_env();
	ret = ublk_daemon_check_nofile(dev->opts.nr_queues);
	if (!ret)
		ret = ublk_dev_create(dev, recovering);
	if (!ret)
		ret = recovering ? ublk_dev_recover(dev) : ublk_dev_start(dev);
	if (ret) {
		tell_event_fd(d, ret, 0);
		notify(notify_fd, ret, dev->info.dev_id);
		/* A failed recovery leaves the device for another attempt. */
		ublk_dev_destroy(dev, !recovering);
		return 1;
	}
	dev->ops->describe(dev, dev->tgt_json, sizeof(dev->tgt_json));
	fill_state(dev, d->argc, d->argv, &st);
	ret = ublk_state_save(&st);
	ublk_dbg(UBLK_DBG_DAEMON, "dev %u: state saved: %d", dev->info.dev_id,
		 ret);
	if (ret)
		fprintf(stderr, "ublkd: cannot save state for dev %u: %s\n",
			dev->info.dev_id, strerror(-ret));
	if (dev->opts.foreground) {
		if (d->on_ready)
			d->on_ready(&dev->ctrl, dev->info.dev_id);
	} else {
		detach_stdio(dev->info.dev_id);
	}
	fprintf(stderr, "ublkd: dev %u %s: pid %d, %u queues, depth %u, control opcodes %s, target %s\n",
		dev->info.dev_id, recovering ? "recovered" : "started",
		getpid(), dev->nr_queues, dev->info.queue_depth,
		dev->ctrl.legacy ? "legacy" : "ioctl", dev->tgt_json);
	tell_event_fd(d, 0, dev->info.dev_id);
	tell_systemd_ready(dev);
	notify(notify_fd, 0, dev->info.dev_id);

	end = serve(dev, &set, d->argc, d->argv);
	tell_systemd("STOPPING=1");
	if (end == SERVE_QUEUE_DIED)
		die_with_queue(d, dev);
	if (end == SERVE_LEFT) {
		/* the state file stays: the next daemon recovers from it */
		ublk_dev_destroy(dev, false);
		print_stats(dev);
		return 0;
	}
	/* before the id is free: then it may be a new device's at once */
	ublk_state_remove((int)dev->info.dev_id);
	ublk_dev_destroy(dev, true);
	print_stats(dev);
	return 0;
}

/* Fork the daemon; wait for its word that the device is live. */
int ublk_daemon_start(const struct ublk_daemon *d, uint32_t *dev_id)
{
	int pfd[2], msg[2], status;
	ssize_t n;
	pid_t pid;

	if (d->dev->opts.foreground)
		return run_daemon(d, -1);
	if (pipe2(pfd, O_CLOEXEC))
		return 1;
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		perror("ublkd: fork");
		return 1;
	}
	if (pid == 0) {
		close(pfd[0]);
		setsid();
		exit(run_daemon(d, pfd[1]));
	}
	close(pfd[1]);
	do
		n = read(pfd[0], msg, sizeof(msg));
	while (n < 0 && errno == EINTR);
	close(pfd[0]);
	if (n != sizeof(msg)) {
		waitpid(pid, &status, 0);
		fprintf(stderr, "ublkd: the daemon exited during start-up\n");
		tell_event_fd(d, -EIO, 0);	/* it died before it could */
		return 1;
	}
	if (d->has_event_fd)
		close(d->event_fd);	/* the daemon's to write */
	if (msg[0]) {
		waitpid(pid, &status, 0);
		return 1;
	}
	*dev_id = (uint32_t)msg[1];
	return 0;
}


int ublk_daemon_resize(pid_t pid, uint32_t dev_id, uint64_t bytes,
		       int timeout_ms)
{
	union sigval v = { .sival_ptr = (void *)(uintptr_t)bytes };
	char path[320];
	int ret, waited;
	FILE *f;

	snprintf(path, sizeof(path), "%s/ublkb%u.resize", ublk_run_dir(),
		 dev_id);
	unlink(path);
	if (sigqueue(pid, UBLKD_SIG_RESIZE, v))
		return -errno;
	for (waited = 0; waited < timeout_ms; waited += 10) {
		f = fopen(path, "re");
		if (f) {
			if (fscanf(f, "%d", &ret) != 1)
				ret = -EPROTO;
			fclose(f);
			unlink(path);
			return ret;
		}
		usleep(10000);
	}
	return -ETIMEDOUT;
}
