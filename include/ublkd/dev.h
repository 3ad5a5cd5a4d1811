/* SPDX-License-Identifier: MIT */
/*
 * ublkd device and queue engine, and the target (backend) interface.
 *
 * A device has nr_hw_queues queues; each queue is one thread with one ring
 * on /dev/ublkcN. A target is one small file behind struct ublk_tgt_ops.
 *
 * Completion model: the engine calls ops->queue_io() for each request the
 * kernel hands over. The target finishes the request, now or later, by
 * calling ublk_complete_io(), which only prepares the COMMIT_AND_FETCH_REQ
 * SQE: every commit and every target SQE prepared during one pass goes to
 * the kernel in one io_uring_enter.
 */
#ifndef UBLKD_DEV_H
#define UBLKD_DEV_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include "ublkd/ring.h"
#include "ublkd/ublk_uapi.h"
#include "ublkd/ctrl.h"

#define UBLKD_MAX_QUEUES	32
#define UBLKD_DEF_QUEUES	1
#define UBLKD_DEF_DEPTH		128
#define UBLKD_MAX_DEPTH		1024
#define UBLKD_DEF_BUF_BYTES	(512 * 1024)	/* per tag: max_io_buf_bytes */
#define UBLKD_TGT_JSON_LEN	512

struct ublk_dev;
struct ublk_queue;

/*
 * user_data of the queue ring's SQEs:
 *   bits  0-15  tag
 *   bits 16-23  op (ublk command nr, or the target's own op)
 *   bits 24-39  target data (e.g. a sub-request index)
 *   bit  63     1: a target I/O, 0: a ublk command
 */
#define UBLK_UD_TGT	(1ULL << 63)

static inline uint64_t ublk_user_data(unsigned int tag, unsigned int op,
				      unsigned int tgt_data, bool is_tgt)
{
	return (uint64_t)tag | ((uint64_t)(op & 0xff) << 16) |
	       ((uint64_t)(tgt_data & 0xffff) << 24) |
	       (is_tgt ? UBLK_UD_TGT : 0);
}

static inline unsigned int ublk_ud_tag(uint64_t ud)
{
	return (unsigned int)(ud & 0xffff);
}

static inline unsigned int ublk_ud_op(uint64_t ud)
{
	return (unsigned int)((ud >> 16) & 0xff);
}

static inline unsigned int ublk_ud_tgt_data(uint64_t ud)
{
	return (unsigned int)((ud >> 24) & 0xffff);
}

static inline bool ublk_ud_is_tgt(uint64_t ud)
{
	return (ud & UBLK_UD_TGT) != 0;
}

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
	unsigned int cmd_inflight;	/* ublk commands held by the kernel */
	unsigned int tgt_inflight;	/* target SQEs in flight */
	bool stopping;			/* got ABORT, or asked to stop */
	bool stop_seen;			/* the stop eventfd or the grace timer */
	bool grace_armed;
	struct __kernel_timespec grace;	/* the grace timer's duration */
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

/* What a target needs from the command line and the device. */
struct ublk_tgt_ops {
	const char *name;
	/*
	 * Read dev->tgt_opts, open backends and fill dev->params (basic:
	 * dev_sectors, block sizes, attrs; discard only if supported) and
	 * dev->tgt_fds. Return 0 or -errno, with a message printed.
	 * @recovering: re-attach to existing backing state (recovery).
	 */
	int (*init)(struct ublk_dev *dev, bool recovering);
	void (*deinit)(struct ublk_dev *dev);
	/* Optional per-queue set-up, in the queue thread. */
	int (*queue_init)(struct ublk_queue *q);
	void (*queue_deinit)(struct ublk_queue *q);
	/*
	 * Handle one request. Call ublk_complete_io() now or later (from
	 * io_done). Return 0, or -errno to complete the request with it.
	 */
	int (*queue_io)(struct ublk_queue *q, unsigned int tag,
			const struct ublksrv_io_desc *iod);
	/*
	 * Optional, with UBLK_F_NEED_GET_DATA: where the kernel should copy
	 * the data of WRITE @iod (already checked to lie inside the device),
	 * e.g. straight into the backing memory; NULL: the tag's buffer.
	 */
	void *(*write_buf)(struct ublk_queue *q, unsigned int tag,
			   const struct ublksrv_io_desc *iod);
	/* A target SQE (user_data with UBLK_UD_TGT) completed. */
	void (*io_done)(struct ublk_queue *q, unsigned int tag,
			const struct ur_cqe *cqe);
	/* Print target options help. */
	void (*usage)(void);
	/* Target description for `list`, as a JSON object into dev->tgt_json. */
	void (*describe)(struct ublk_dev *dev);
};

/* Target options, parsed by `ublk add` for every target. */
struct ublk_tgt_opts {
	uint64_t size;			/* --size, bytes (0: target default) */
	const char *file;		/* -f, loop backing */
	bool buffered_io;		/* --buffered_io */
	uint64_t offset_sectors;	/* -o, loop: 512-byte units */
	unsigned int lbs;		/* --logical_block_size (0: default) */
	unsigned int pbs;		/* --physical_block_size (0: = lbs) */
	bool volatile_cache;		/* --volatile_cache: FLUSH/FUA arrive */
	char shm_path[256];		/* mem: shared-memory backing file */
};

struct ublk_dev_opts {
	int dev_id;		/* -1: any */
	unsigned int nr_queues;
	unsigned int queue_depth;
	unsigned int buf_bytes;	/* per tag, also max_io_buf_bytes */
	uint64_t flags;		/* extra UBLK_F_* (recovery...) */
	int force_legacy;
	int sqe128;		/* queue ring in SQE128 mode */
	unsigned int poll_us;	/* poll mode: busy-wait this long before sleeping */
	bool foreground;
	/* Test-only fault: queue 0 exits after this many requests. */
	uint64_t fault_exit_after;
};

struct ublk_dev {
	struct ublk_ctrl ctrl;
	struct ublksrv_ctrl_dev_info info;
	struct ublk_params params;
	struct ublk_dev_opts opts;
	struct ublk_tgt_opts tgt_opts;
	const struct ublk_tgt_ops *ops;
	void *tgt_data;
	int tgt_fds[4];		/* backing fds, fixed files 1.. */
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
};

/*
 * Lifecycle, in order: ublk_dev_create() (control, target, ADD_DEV,
 * SET_PARAMS; or, recovering, just the target and /dev/ublkcN), then
 * ublk_dev_start() (queue threads, START_DEV) or ublk_dev_recover()
 * (START/END_USER_RECOVERY), and ublk_dev_destroy() at the end (with @del:
 * STOP_DEV and DEL_DEV). All print their errors and return -errno.
 */
int ublk_dev_create(struct ublk_dev *dev, bool recovering);
int ublk_dev_start(struct ublk_dev *dev);
int ublk_dev_recover(struct ublk_dev *dev);
void ublk_dev_destroy(struct ublk_dev *dev, bool del);

/* Called by a target: finish @tag with @res (bytes or -errno). No syscall. */
void ublk_complete_io(struct ublk_queue *q, unsigned int tag, int res);
/*
 * As ublk_complete_io() for a READ whose data is at @data (not in the
 * tag's buffer): the kernel copies it from there. Only on devices with
 * UBLK_F_NEED_GET_DATA, where the kernel never writes to the address a
 * COMMIT carries; elsewhere the data is copied to the tag's buffer first.
 */
void ublk_complete_io_from(struct ublk_queue *q, unsigned int tag, int res,
			   const void *data);

/* Take a free SQE on the queue ring, submitting first if the SQ is full. */
struct ur_sqe *ublk_queue_get_sqe(struct ublk_queue *q);

/*
 * Copy a request's data in 4 KiB pieces. glibc switches large copies to
 * `rep movsb`, which software-emulated CPUs run ~5x slower than the vector
 * path (measured in the test VM: 128 KiB at 262 MB/s whole, 1191 MB/s in
 * 4 KiB pieces); on real hardware the pieces are as fast (host: 5860 vs
 * 6752 MB/s).
 */
static inline void ublk_copy(void *dst, const void *src, size_t len)
{
	char *d = dst;
	const char *s = src;

	while (len > 4096) {
		memcpy(d, s, 4096);
		d += 4096;
		s += 4096;
		len -= 4096;
	}
	memcpy(d, s, len);
}

/* Targets, by name. */
const struct ublk_tgt_ops *ublk_find_tgt(const char *name);
extern const struct ublk_tgt_ops tgt_null_ops;
extern const struct ublk_tgt_ops tgt_mem_ops;
extern const struct ublk_tgt_ops tgt_loop_ops;

/* Parse "512M", "4G", "123456" (bytes; K/M/G/T are powers of 1024). */
int ublk_parse_size(const char *s, uint64_t *bytes);
/*
 * Fill dev->params.basic from @bytes and the block-size options: sectors
 * are always 512-byte units. -EINVAL (message printed) on bad sizes.
 */
int ublk_set_basic_params(struct ublk_dev *dev, uint64_t bytes);
/* Advertise DISCARD and WRITE_ZEROES with @granularity bytes. */
void ublk_set_discard_params(struct ublk_dev *dev, unsigned int granularity);

#endif /* UBLKD_DEV_H */
