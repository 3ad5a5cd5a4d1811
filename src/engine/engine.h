/* SPDX-License-Identifier: MIT */
/*
 * The engine's private view: the layouts behind the opaque device and
 * queue handles, and what its files share. Nothing here is public API.
 */
#ifndef UBLKD_ENGINE_H
#define UBLKD_ENGINE_H

#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>
#include "ublkd/dev.h"
#include "ublkd/ctrl.h"

#define UBLKD_MAX_TGT_FDS	4

/* Per-tag state. */
struct ublk_io {
	void *buf;		/* max_io_buf_bytes, page aligned */
	/*
	 * Where this request's data is: buf, or (UBLK_F_NEED_GET_DATA) the
	 * place ops->write_buf() chose for a WRITE's data.
	 */
	void *data;
	int result;		/* what the next COMMIT reports */
	uint32_t tgt_done;	/* bytes done so far (short I/O resume) */
};

/* What a queue served and how it waited; a device sums its queues'. */
struct ublk_stats {
	uint64_t nr_io;		/* requests served */
	uint64_t ops[8];	/* of them, per UBLK_IO_OP_* */
	uint64_t nr_waits;	/* trips to the kernel for work */
	uint64_t nr_sleeps;	/* of them, with nothing ready: slept */
};

struct ublk_queue {
	struct ublk_dev *dev;
	unsigned int q_id;
	unsigned int q_depth;
	struct ur_ring ring;
	const struct ublksrv_io_desc *descs;	/* read-only mmap */
	void *bufs;				/* all tags' buffers */
	size_t descs_len;
	unsigned int tgt_inflight;	/* target SQEs in flight */
	bool stopping;			/* got ABORT, or asked to stop */
	pid_t tid;
	pthread_t thread;
	cpu_set_t affinity;
	void *tgt_data;			/* per-queue target state */
	int cdev_idx;			/* fixed-file index of /dev/ublkcN */
	int err;			/* fatal error of this queue */
	int64_t poll_ns;		/* poll mode: watch this long, then sleep */
	struct ublk_stats stats;
	struct ublk_io ios[UBLKD_MAX_DEPTH];
};

struct ublk_dev {
	struct ublk_ctrl ctrl;
	struct ublksrv_ctrl_dev_info info;
	struct ublk_params params;
	struct ublk_dev_opts opts;
	struct ublk_tgt_opts tgt_opts;
	const struct ublk_tgt_ops *ops;
	void *tgt_data;
	int tgt_fds[UBLKD_MAX_TGT_FDS];	/* backing fds, fixed files 1.. */
	int nr_tgt_fds;
	int cdev_fd;		/* /dev/ublkcN */
	unsigned int nr_queues;
	struct ublk_queue *queues[UBLKD_MAX_QUEUES];
	char tgt_json[UBLKD_TGT_JSON_LEN];
	bool added;		/* ADD_DEV done, DEL_DEV owed */
	bool deleted;		/* DEL_DEV done: backing state may go */
	unsigned int nr_started;	/* queue threads running */
	int stop_efd;		/* eventfd: wakes every queue thread to exit */
	pthread_t main_thread;	/* gets SIGUSR1 when a queue thread exits */
	pthread_mutex_t lock;
	pthread_cond_t cond;
	unsigned int nr_ready;	/* queues that finished set-up */
	int ready_err;		/* first set-up error */
	struct ublk_stats stats;	/* the queues', summed at exit */
	/*
	 * Test-only fault (UBLKD_TEST_QUEUE_EXIT_AFTER, read when a device
	 * is started, not recovered): queue 0 exits after this many requests.
	 */
	uint64_t fault_exit_after;
};

/* A free SQE on the queue ring, submitting first if the SQ is full. */
struct ur_sqe *ublk_queue_get_sqe(struct ublk_queue *q);
/* The queue thread's body; @arg is its struct ublk_queue. */
void *ublk_queue_thread(void *arg);
/* A queue finished set-up (@err 0) or failed it. */
void ublk_dev_queue_ready(struct ublk_dev *dev, int err);
/* A queue thread left its loop and tore down its ring. */
void ublk_dev_queue_exited(struct ublk_dev *dev, struct ublk_queue *q);

#endif /* UBLKD_ENGINE_H */
