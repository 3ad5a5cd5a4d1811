// SPDX-License-Identifier: MIT
/*
 * Device lifecycle: ADD_DEV, SET_PARAMS, queue threads, START_DEV; and on
 * the way out STOP_DEV, drain, DEL_DEV. User recovery re-attaches queue
 * threads to a QUIESCED device between START_ and END_USER_RECOVERY.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "engine/engine.h"
#include "ublkd/names.h"
#include "ublkd/debug.h"

void ublk_dev_thread_ready(struct ublk_dev *dev, int err)
{
	pthread_mutex_lock(&dev->lock);
	dev->nr_ready++;
	if (err && !dev->ready_err)
		dev->ready_err = err;
	pthread_cond_broadcast(&dev->cond);
	pthread_mutex_unlock(&dev->lock);
}

void ublk_dev_thread_exited(struct ublk_dev *dev, struct ublk_thread *t)
{
	unsigned int i;
	bool early = false, by_kernel = true;

	for (i = 0; i < t->nr_queues; i++) {
		early |= !t->queues[i]->stopping;
		by_kernel &= !t->queues[i]->stop_told;
	}
	/* Wake the main thread: a queue that leaves takes the device down. */
	if (early || t->err)
		pthread_kill(dev->main_thread, SIGUSR1);
	/*
	 * The kernel aborted every command without our asking (QUIESCE_DEV,
	 * or a STOP_DEV from another process): the main thread decides from
	 * the device's state whether to leave it for the next daemon.
	 */
	else if (by_kernel)
		pthread_kill(dev->main_thread, SIGUSR2);
}

static int open_cdev(struct ublk_dev *dev)
{
	bool unpriv = dev->info.flags & UBLK_F_UNPRIVILEGED_DEV;
	char path[64];
	int i, err;

	snprintf(path, sizeof(path), "/dev/ublkc%u", dev->info.dev_id);
	/*
	 * devtmpfs/udev may take a moment to create the node, and to give
	 * an unprivileged device's node to its owner.
	 */
	for (i = 0; i < 500; i++) {
		dev->cdev_fd = open(path, O_RDWR | O_CLOEXEC);
		if (dev->cdev_fd >= 0)
			return 0;
		if (errno != ENOENT && !(errno == EACCES && unpriv))
			break;
		usleep(10000);
	}
	err = errno;
	fprintf(stderr, "ublkd: cannot open %s: %s%s\n", path, strerror(err),
		err == EACCES && unpriv ?
		" (an unprivileged device: udev gives its nodes to their owner with ublkd's rule, `ublk chown`)" : "");
	return -err;
}

/*
 * Threads, and the queues (shares of queues, per-I/O daemons) each
 * serves (map.c): by default thread i serves all of queue i.
 */
static int alloc_queues(struct ublk_dev *dev)
{
	bool per_io = dev->opts.per_io_tasks;
	unsigned int nt = per_io ? dev->opts.nr_threads : dev->nr_queues;
	unsigned int depth = dev->info.queue_depth, i, t;
	static cpu_set_t aff[UBLKD_MAX_QUEUES];	/* main thread only */
	struct ublk_tag_share sh;
	char why[256];

	/* the kernel may have given fewer queues than asked (one per CPU) */
	if (ublk_map_check(dev->nr_queues, depth, per_io ? nt : 0, per_io,
			   why, sizeof(why))) {
		fprintf(stderr, "ublkd: the kernel gave %u queue(s) of depth %u: %s\n",
			dev->nr_queues, depth, why);
		return -EINVAL;
	}
	for (i = 0; i < dev->nr_queues; i++)
		if (ublk_ctrl_get_queue_affinity(&dev->ctrl, dev->info.dev_id,
						 (uint16_t)i, &aff[i]))
			CPU_ZERO(&aff[i]);
	for (t = 0; t < nt; t++) {
		struct ublk_thread *th = calloc(1, sizeof(*th));

		if (!th)
			return -ENOMEM;
		th->dev = dev;
		th->idx = t;
		th->poll_ns = (int64_t)dev->opts.poll_us * 1000;
		dev->threads[t] = th;
		dev->nr_threads = t + 1;
		for (i = 0; i < dev->nr_queues; i++) {
			struct ublk_queue *q;

			ublk_map_share(t, i, depth, nt, per_io, &sh);
			if (!sh.nr)
				continue;
			q = calloc(1, sizeof(*q));
			if (!q)
				return -ENOMEM;
			q->dev = dev;
			q->q_id = i;
			q->q_depth = depth;
			q->tag_first = sh.first;
			q->tag_step = sh.step;
			q->nr_tags = sh.nr;
			q->affinity = aff[i];
			q->thread = th;
			th->queues[th->nr_queues++] = q;
			/* the state file's: the first thread serving it */
			if (!dev->queues[i])
				dev->queues[i] = q;
		}
	}
	return 0;
}

static void free_queues(struct ublk_dev *dev)
{
	unsigned int i, j;

	for (i = 0; i < UBLKD_MAX_QUEUES; i++) {
		struct ublk_thread *t = dev->threads[i];

		dev->queues[i] = NULL;
		if (!t)
			continue;
		for (j = 0; j < t->nr_queues; j++)
			free(t->queues[j]);
		free(t);
		dev->threads[i] = NULL;
	}
	dev->nr_threads = 0;
}

/*
 * START_USER_RECOVERY: only once the old daemon has closed /dev/ublkcN
 * (-EBUSY until then) and before we open it and mmap the descriptors.
 */
static int start_recovery(struct ublk_dev *dev)
{
	int i, ret;

	for (i = 0; i < 100; i++) {
		ret = ublk_ctrl_start_user_recovery(&dev->ctrl,
						    dev->info.dev_id);
		if (ret != -EBUSY)
			break;
		usleep(50000);
	}
	if (ret)
		fprintf(stderr, "ublkd: START_USER_RECOVERY failed: %s%s\n",
			strerror(-ret), ret == -EBUSY ?
			" (the old daemon still holds the device)" : "");
	return ret;
}

struct ublk_dev *ublk_dev_new(const struct ublk_tgt_ops *ops)
{
	struct ublk_dev *dev = calloc(1, sizeof(*dev));

	if (!dev)
		return NULL;
	dev->tgt_conf = calloc(1, ops->conf_size ? ops->conf_size : 1);
	if (!dev->tgt_conf) {
		free(dev);
		return NULL;
	}
	dev->ops = ops;
	dev->cdev_fd = -1;
	dev->stop_efd = -1;
	dev->opts.dev_id = -1;
	dev->opts.nr_queues = UBLKD_DEF_QUEUES;
	dev->opts.queue_depth = UBLKD_DEF_DEPTH;
	dev->opts.buf_bytes = UBLKD_DEF_BUF_BYTES;
	return dev;
}

void ublk_dev_free(struct ublk_dev *dev)
{
	if (!dev)
		return;
	free(dev->tgt_conf);
	free(dev);
}

/* Open control, let the target size the device, ADD_DEV and SET_PARAMS. */
static void report_missing(uint64_t missing, const char *what)
{
	fprintf(stderr, "ublkd: this kernel's ublk driver does not %s:", what);
	for (unsigned int bit = 0; bit < 64; bit++) {
		const char *name = ublk_feature_name(bit);

		if (!(missing & (1ULL << bit)))
			continue;
		if (name)
			fprintf(stderr, " %s", name);
		else
			fprintf(stderr, " flag bit %u", bit);
	}
	fprintf(stderr, "\n");
}

/*
 * The flags the user asked for (opts.flags: recovery, FAIL_IO, ...) must
 * all be offered, else nothing is created. A driver without GET_FEATURES
 * (before 6.5) is judged by what ADD_DEV grants.
 */
static int check_offered(struct ublk_dev *dev, bool known, uint64_t features)
{
	if (!known)
		return 0;
	if (dev->need_flags & ~features) {
		report_missing(dev->need_flags & ~features, "offer");
		return -EOPNOTSUPP;
	}
	if (dev->opts.flags & ~features) {
		report_missing(dev->opts.flags & ~features, "offer");
		return -EOPNOTSUPP;
	}
	/*
	 * Asked for whenever offered, so the commands that need them work
	 * on any device: resize, and live upgrade for a recoverable one.
	 */
	dev->info.flags |= features & UBLK_F_UPDATE_SIZE;
	if (dev->opts.flags & UBLK_F_USER_RECOVERY)
		dev->info.flags |= features & UBLK_F_QUIESCE;
	return 0;
}

/* What -z and friends need from the kernel (zc.c), asked of GET_FEATURES. */
static int choose_data_path(struct ublk_dev *dev, bool known,
			    uint64_t features)
{
	if (dev->opts.data_path == UBLKD_PATH_COPY)
		return 0;
	/* a user's device: the kernel allows the copy path only */
	if ((dev->opts.flags & UBLK_F_UNPRIVILEGED_DEV) && geteuid() != 0) {
		if (dev->opts.data_path == UBLKD_PATH_DEFAULT)
			return 0;
		fprintf(stderr, "ublkd: --unprivileged: the kernel allows neither zero copy nor user copy for an unprivileged device (the copy path only)\n");
		return -EOPNOTSUPP;
	}
	if (!known) {
		if (dev->opts.data_path == UBLKD_PATH_DEFAULT)
			return 0;	/* an old driver: copy */
		features = ~0ULL;	/* asked for: ADD_DEV decides */
	}
	return ublk_zc_choose(dev, features, &dev->need_flags);
}

/*
 * --nthreads N --per_io_tasks: a queue's tags over several threads, which
 * the kernel allows only with UBLK_F_PER_IO_DAEMON (6.16+: each I/O is
 * bound to the task that fetched it, not its queue to one task).
 */
static int choose_per_io(struct ublk_dev *dev, bool known, uint64_t features)
{
	const struct ublk_dev_opts *o = &dev->opts;
	char why[256];

	if (ublk_map_check(o->nr_queues, o->queue_depth, o->nr_threads,
			   o->per_io_tasks, why, sizeof(why))) {
		fprintf(stderr, "ublkd: %s\n", why);
		return -EINVAL;
	}
	if (!o->per_io_tasks)
		return 0;
	if (dev->ops->queue_init) {
		fprintf(stderr, "ublkd: --per_io_tasks: target %s keeps state per queue (%s), used by one thread at a time: its tags cannot be spread over threads\n",
			dev->ops->name, strcmp(dev->ops->name, "nbd") ?
			"queue_init" : "one NBD connection per queue");
		return -EOPNOTSUPP;
	}
	if (o->batch_io) {
		fprintf(stderr, "ublkd: --per_io_tasks with -b: the kernel grants UBLK_F_BATCH_IO without UBLK_F_PER_IO_DAEMON (batched commands are per queue, not per I/O), and ublkd serves a queue's batches from one thread\n");
		return -EOPNOTSUPP;
	}
	if (o->force_legacy || dev->ctrl.legacy) {
		fprintf(stderr, "ublkd: --per_io_tasks: not with --legacy (UBLK_F_PER_IO_DAEMON came after the ioctl opcodes)\n");
		return -EOPNOTSUPP;
	}
	if (known && !(features & UBLK_F_PER_IO_DAEMON)) {
		fprintf(stderr, "ublkd: --per_io_tasks: this kernel's ublk driver does not offer UBLK_F_PER_IO_DAEMON (6.16+): all tags of a queue must be served by one task\n");
		return -EOPNOTSUPP;
	}
	dev->need_flags |= UBLK_F_PER_IO_DAEMON;
	dev->info.flags |= UBLK_F_PER_IO_DAEMON;
	return 0;
}

/* -b: UBLK_F_BATCH_IO, from what GET_FEATURES offers (batch.c). */
static int choose_batch(struct ublk_dev *dev, bool known, uint64_t features)
{
	if (!dev->opts.batch_io)
		return 0;
	if (!known)
		features = ~0ULL;	/* no GET_FEATURES: ADD_DEV decides */
	return ublk_batch_choose(dev, features, &dev->need_flags);
}

/* The driver's ublks_max parameter as text ("?" if unreadable). */
static const char *ublks_max(void)
{
	static char buf[24];
	FILE *f = fopen("/sys/module/ublk_drv/parameters/ublks_max", "re");

	snprintf(buf, sizeof(buf), "?");
	if (f) {
		if (fgets(buf, sizeof(buf), f))
			buf[strcspn(buf, "\n")] = '\0';
		fclose(f);
	}
	return buf;
}

int ublk_dev_create(struct ublk_dev *dev, bool recovering)
{
	struct ublksrv_ctrl_dev_info *info = &dev->info;
	uint64_t features = 0, missing;
	bool known = false;	/* GET_FEATURES answered (6.5+) */
	int ret;

	dev->cdev_fd = -1;
	dev->stop_efd = -1;
	pthread_mutex_init(&dev->lock, NULL);
	pthread_cond_init(&dev->cond, NULL);
	ret = ublk_ctrl_open_explain(&dev->ctrl, dev->opts.force_legacy,
				     "ublkd");
	if (ret)
		return ret;
	if (recovering) {
		/* the device as the kernel kept it */
		ret = ublk_ctrl_get_dev_info(&dev->ctrl,
					     (uint32_t)dev->opts.dev_id, info);
		if (ret) {
			fprintf(stderr, "ublkd: device %d not found\n",
				dev->opts.dev_id);
			return ret;
		}
	} else {
		memset(info, 0, sizeof(*info));
		info->dev_id = dev->opts.dev_id < 0 ? UINT32_MAX :
			       (uint32_t)dev->opts.dev_id;
		info->nr_hw_queues = (uint16_t)dev->opts.nr_queues;
		info->queue_depth = (uint16_t)dev->opts.queue_depth;
		info->max_io_buf_bytes = dev->opts.buf_bytes;
		info->flags = dev->opts.flags;
		/* asked once: the data path, -b and the check use it */
		known = !ublk_ctrl_get_features(&dev->ctrl, &features);
		/* the data path first: the target's params depend on it */
		ret = choose_data_path(dev, known, features);
		if (!ret)
			ret = choose_per_io(dev, known, features);
		if (!ret)
			ret = choose_batch(dev, known, features);
		if (!ret)
			ret = ublk_shmem_choose(dev, known, features,
						&dev->need_flags);
		if (ret)
			return ret;
	}
	ret = ublk_shmem_map(dev);
	if (ret)
		return ret;
	ret = dev->ops->init(dev, recovering);
	if (ret)
		return ret;
	/* what the user turned off wins over the target's default */
	if (!recovering)
		info->flags &= ~dev->opts.flags_off;
	if (recovering) {
		ret = start_recovery(dev);
		if (ret)
			return ret;
		goto opened;
	}
	ret = check_offered(dev, known, features);
	if (ret)
		return ret;
	ret = ublk_ctrl_add_dev(&dev->ctrl, info);
	if (ret == -EACCES) {
		/* ADD_DEV's only EACCES: ublks_added >= ublks_max */
		fprintf(stderr, "ublkd: ADD_DEV refused: the driver's limit of %sdevices is reached (ublks_max=%s, /sys/module/ublk_drv/parameters/ublks_max); delete one first\n",
			info->flags & UBLK_F_UNPRIVILEGED_DEV ? "unprivileged " : "",
			ublks_max());
		return ret;
	}
	if (ret) {
		fprintf(stderr, "ublkd: ADD_DEV failed: %s%s\n", strerror(-ret),
			ret == -EEXIST ? " (device id in use)" :
			ret == -EPERM && !(info->flags & UBLK_F_UNPRIVILEGED_DEV) ?
			" (not root: a user's device needs --unprivileged)" : "");
		return ret;
	}
	dev->added = true;
	ublk_dbg(UBLK_DBG_DEV, "dev %u added: %u queues, depth %u, flags %#llx",
		 info->dev_id, info->nr_hw_queues, info->queue_depth,
		 (unsigned long long)info->flags);
	/*
	 * What ADD_DEV granted decides, not what GET_FEATURES said. For
	 * root the kernel makes an --unprivileged device a privileged one.
	 */
	missing = (dev->opts.flags | dev->need_flags) & ~info->flags &
		  ~UBLK_F_UNPRIVILEGED_DEV;
	if (missing) {
		report_missing(missing, "grant this device");
		return -EOPNOTSUPP;
	}
	/*
	 * A user's device: its commands name /dev/ublkcN, which the kernel
	 * checks the user may open. Wait for udev to give it to us first.
	 */
	if (info->flags & UBLK_F_UNPRIVILEGED_DEV) {
		ret = open_cdev(dev);
		if (ret)
			return ret;
	}
	/* The kernel may have lowered what we asked for. */
	dev->params.len = UBLKD_PARAMS_LEN;
	dev->params.types |= UBLK_PARAM_TYPE_BASIC;
	if (!dev->params.basic.max_sectors ||
	    dev->params.basic.max_sectors > info->max_io_buf_bytes >> 9)
		dev->params.basic.max_sectors = info->max_io_buf_bytes >> 9;
	ret = ublk_ctrl_set_params(&dev->ctrl, info->dev_id, &dev->params);
	if (ret) {
		fprintf(stderr, "ublkd: SET_PARAMS failed: %s\n",
			strerror(-ret));
		return ret;
	}
opened:
	dev->nr_queues = info->nr_hw_queues;
	return dev->cdev_fd >= 0 ? 0 : open_cdev(dev);
}

static int wait_queues_ready(struct ublk_dev *dev)
{
	int err;

	pthread_mutex_lock(&dev->lock);
	while (dev->nr_ready < dev->nr_threads)
		pthread_cond_wait(&dev->cond, &dev->lock);
	err = dev->ready_err;
	pthread_mutex_unlock(&dev->lock);
	return err;
}

static int spawn_queues(struct ublk_dev *dev)
{
	unsigned int i;
	int ret;

	dev->main_thread = pthread_self();
	dev->nr_ready = 0;
	dev->ready_err = 0;
	dev->stop_efd = eventfd(0, EFD_CLOEXEC);
	if (dev->stop_efd < 0)
		return -errno;
	ret = alloc_queues(dev);
	if (ret)
		return ret;
	ublk_stats_setup(dev);
	for (i = 0; i < dev->nr_threads; i++) {
		ret = pthread_create(&dev->threads[i]->thread, NULL,
				     ublk_thread_main, dev->threads[i]);
		if (ret) {
			/* Count the missing ones as failed set-ups. */
			dev->nr_threads = i;
			return -ret;
		}
		dev->nr_started = i + 1;
	}
	return 0;
}

/* Queue threads up, every FETCH_REQ submitted; errors printed. */
static int start_queues(struct ublk_dev *dev)
{
	int ret = spawn_queues(dev);

	if (!ret)
		ret = wait_queues_ready(dev);
	if (ret)
		fprintf(stderr, "ublkd: queue set-up failed: %s\n",
			strerror(-ret));
	return ret;
}

/* Wake every queue thread out of its wait and join them all. */
/*
 * Per-I/O daemons: what each thread served, by queue (the log shows a
 * queue's requests spread over its threads).
 */
static void print_thread_stats(const struct ublk_thread *t)
{
	char line[512];
	size_t n = 0;
	uint64_t sum = 0, nr;
	unsigned int i;

	for (i = 0; i < t->nr_queues && n < sizeof(line) - 40; i++) {
		nr = t->queues[i]->st ? ublk_stats_requests(t->queues[i]->st) : 0;
		sum += nr;
		n += (size_t)snprintf(line + n, sizeof(line) - n, " q%u %llu",
				      t->queues[i]->q_id,
				      (unsigned long long)nr);
	}
	fprintf(stderr, "ublkd: thread %u (tid %d): %llu requests:%s\n",
		t->idx, (int)t->tid, (unsigned long long)sum, line);
}

static void join_queues(struct ublk_dev *dev)
{
	uint64_t one = 1;
	unsigned int i;

	if (dev->stop_efd >= 0 &&
	    write(dev->stop_efd, &one, sizeof(one)) != sizeof(one))
		perror("ublkd: eventfd");
	for (i = 0; i < dev->nr_started; i++) {
		struct ublk_thread *t = dev->threads[i];

		pthread_join(t->thread, NULL);
		if (dev->opts.per_io_tasks)
			print_thread_stats(t);
	}
	dev->nr_started = 0;
	if (dev->stop_efd >= 0)
		close(dev->stop_efd);
	dev->stop_efd = -1;
}

/*
 * The test-only switches UBLKD_TEST_QUEUE_EXIT_AFTER (lifecycle tests),
 * UBLKD_TEST_AUTO_REG_FAIL (zero copy's fallback) and UBLKD_TEST_NO_FETCH
 * (START_DEV never completes: the control command timeout's test).
 */
static void test_switches(struct ublk_dev *dev)
{
	const char *s = getenv("UBLKD_TEST_QUEUE_EXIT_AFTER");

	if (s && *s)
		dev->fault_exit_after = strtoull(s, NULL, 10);
	s = getenv("UBLKD_TEST_AUTO_REG_FAIL");
	if (s && *s)
		dev->fault_reg_every = (unsigned int)strtoul(s, NULL, 10);
	s = getenv("UBLKD_TEST_NO_FETCH");
	dev->fault_no_fetch = s && !strcmp(s, "1");
}

/*
 * What the kernel knows only once the device is live: its state, the
 * daemon's pid, the block device's numbers. Read into copies: the queue
 * threads are serving by now and read dev->info and dev->params (flags,
 * sizes) without a lock, so those must never be rewritten under them (on
 * 7.x the partition scan's READ races START_DEV's return; a params buffer
 * cleared for GET_PARAMS failed it as past the end).
 */
static void refresh_live(struct ublk_dev *dev)
{
	struct ublksrv_ctrl_dev_info info;
	struct ublk_params p;

	if (ublk_ctrl_get_dev_info(&dev->ctrl, dev->info.dev_id, &info) == 0) {
		dev->info.state = info.state;
		dev->info.ublksrv_pid = info.ublksrv_pid;
	}
	if (ublk_ctrl_get_params(&dev->ctrl, dev->info.dev_id, &p) == 0 &&
	    (p.types & UBLK_PARAM_TYPE_DEVT)) {
		dev->params.devt = p.devt;
		dev->params.types |= UBLK_PARAM_TYPE_DEVT;
	}
}

int ublk_dev_start(struct ublk_dev *dev)
{
	int ret;

	test_switches(dev);
	ret = start_queues(dev);
	if (ret)
		return ret;
	/* START_DEV returns once the kernel has every FETCH_REQ. */
	ret = ublk_ctrl_start_dev(&dev->ctrl, dev->info.dev_id, getpid());
	if (ret) {
		fprintf(stderr, "ublkd: START_DEV failed: %s\n", strerror(-ret));
		return ret;
	}
	ublk_dbg(UBLK_DBG_DEV, "dev %u started", dev->info.dev_id);
	refresh_live(dev);
	return ublk_shmem_register(dev, false);
}

int ublk_dev_recover(struct ublk_dev *dev)
{
	int ret;

	ret = start_queues(dev);
	if (ret)
		return ret;
	ret = ublk_ctrl_end_user_recovery(&dev->ctrl, dev->info.dev_id,
					  getpid());
	if (ret) {
		fprintf(stderr, "ublkd: END_USER_RECOVERY failed: %s\n",
			strerror(-ret));
		return ret;
	}
	/* ours now as if we had added it: SIGTERM stops and deletes it */
	dev->added = true;
	refresh_live(dev);
	return ublk_shmem_register(dev, true);
}

/*
 * Delete without ever hanging: DEL_DEV_ASYNC, then wait (bounded) for the
 * id to go so that it can be reused at once. A disk still held (mounted)
 * stays until its user lets go; we say so and leave.
 */
static int del_dev(struct ublk_dev *dev)
{
	struct ublksrv_ctrl_dev_info info;
	uint32_t id = dev->info.dev_id;
	int i, ret;

	ret = ublk_ctrl_del_dev_async(&dev->ctrl, id);
	if (ret == -EOPNOTSUPP || ret == -EINVAL || ret == -ENOTTY)
		return ublk_ctrl_del_dev(&dev->ctrl, id);
	if (ret)
		return ret;
	for (i = 0; i < 200; i++) {
		if (ublk_ctrl_get_dev_info(&dev->ctrl, id, &info) == -ENODEV)
			return 0;
		usleep(10000);
	}
	fprintf(stderr, "ublkd: dev %u deleted; /dev/ublkb%u goes away when its last user closes it\n",
		id, id);
	return 0;
}

/*
 * Tear down whatever was set up. @del: STOP_DEV and DEL_DEV too (a clean
 * stop); without it the device is left for recovery.
 */
void ublk_dev_destroy(struct ublk_dev *dev, bool del)
{
	int ret;

	ublk_dbg(UBLK_DBG_DEV, "dev %u: teardown%s", dev->info.dev_id,
		 del ? ", delete" : "");
	/* STOP_DEV completes every held FETCH with ABORT, after the drain. */
	if (del && dev->added) {
		ret = ublk_ctrl_stop_dev(&dev->ctrl, dev->info.dev_id);
		if (ret && ret != -ENODEV)
			fprintf(stderr, "ublkd: STOP_DEV failed: %s\n",
				strerror(-ret));
	}
	join_queues(dev);
	/* the file goes with the device; a device left for recovery keeps it */
	ublk_stats_teardown(dev, del);
	free_queues(dev);
	ublk_shmem_unmap(dev);
	if (dev->cdev_fd >= 0)
		close(dev->cdev_fd);
	dev->cdev_fd = -1;
	/* DEL_DEV waits for the last /dev/ublkcN user: close it first. */
	if (del && dev->added) {
		ret = del_dev(dev);
		if (ret && ret != -ENODEV)
			fprintf(stderr, "ublkd: DEL_DEV failed: %s\n",
				strerror(-ret));
		dev->added = false;
		dev->deleted = true;
	}
	if (dev->ops && dev->ops->deinit)
		dev->ops->deinit(dev);
	ublk_ctrl_close(&dev->ctrl);
}

uint64_t ublk_dev_size(const struct ublk_dev *dev)
{
	return __atomic_load_n(&dev->params.basic.dev_sectors,
			       __ATOMIC_RELAXED) << 9;
}

int ublk_dev_resize(struct ublk_dev *dev, uint64_t bytes)
{
	__u64 *bound = &dev->params.basic.dev_sectors;
	uint64_t old = __atomic_load_n(bound, __ATOMIC_RELAXED), new;
	unsigned int lbs = 1u << dev->params.basic.logical_bs_shift;
	int ret;

	if (!(dev->info.flags & UBLK_F_UPDATE_SIZE)) {
		fprintf(stderr, "ublkd: dev %u was not granted UBLK_F_UPDATE_SIZE: it cannot be resized\n",
			dev->info.dev_id);
		return -EOPNOTSUPP;
	}
	if (!dev->ops->resize) {
		fprintf(stderr, "ublkd: dev %u: target %s cannot be resized\n",
			dev->info.dev_id, dev->ops->name);
		return -EOPNOTSUPP;
	}
	if (bytes % lbs) {
		fprintf(stderr, "ublkd: dev %u: size %llu is not a multiple of the %u-byte block size\n",
			dev->info.dev_id, (unsigned long long)bytes, lbs);
		return -EINVAL;
	}
	ret = dev->ops->resize(dev, &bytes, false);
	if (ret)
		return ret;
	if (!bytes || bytes % lbs) {
		fprintf(stderr, "ublkd: dev %u: size %llu is not a multiple of the %u-byte block size\n",
			dev->info.dev_id, (unsigned long long)bytes, lbs);
		return -EINVAL;
	}
	new = bytes >> 9;
	/* growing: serve the new range before the kernel sends it */
	if (new > old)
		__atomic_store_n(bound, new, __ATOMIC_RELAXED);
	ret = ublk_ctrl_update_size(&dev->ctrl, dev->info.dev_id, new);
	if (ret) {
		__atomic_store_n(bound, old, __ATOMIC_RELAXED);
		fprintf(stderr, "ublkd: dev %u: UPDATE_SIZE failed: %s\n",
			dev->info.dev_id, strerror(-ret));
		return ret;
	}
	/*
	 * shrinking: the kernel sends nothing more for the tail; what it sent
	 * before may still arrive and is served (the target's memory goes
	 * only in the done call, and reads of it then never fault)
	 */
	if (new < old)
		__atomic_store_n(bound, new, __ATOMIC_RELAXED);
	dev->ops->resize(dev, &bytes, true);
	ublk_dbg(UBLK_DBG_DEV, "dev %u resized: %llu -> %llu sectors",
		 dev->info.dev_id, (unsigned long long)old,
		 (unsigned long long)new);
	return 0;
}
