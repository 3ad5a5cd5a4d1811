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
#include "ublkd/ring.h"
#include "engine/stats_abi.h"

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
	bool registered;	/* registered by hand: unregister at commit */
	bool shm;		/* data is in the shared buffer (shmem.c) */
	uint64_t t_us;		/* the pass it arrived in (ublk_queue now_us) */
};

/*
 * Where a queue's request data is, from the device's granted flags: in
 * tag buffers the kernel copies to and from, or not in our memory at all
 * (user copy: the target reads and writes it through /dev/ublkcN; zero
 * copy: the request's pages are a fixed buffer of the ring).
 */
enum ublk_zc {
	UBLK_ZC_NONE,		/* the kernel copies (tag buffers) */
	UBLK_ZC_USER_COPY,	/* USER_COPY: pread/pwrite on /dev/ublkcN */
	UBLK_ZC_MANUAL,		/* SUPPORT_ZERO_COPY: REGISTER_IO_BUF per request */
	UBLK_ZC_AUTO,		/* AUTO_BUF_REG: the kernel registers */
};

static inline enum ublk_zc ublk_zc_mode(uint64_t flags)
{
	if (flags & UBLK_F_AUTO_BUF_REG)
		return UBLK_ZC_AUTO;
	if (flags & UBLK_F_SUPPORT_ZERO_COPY)
		return UBLK_ZC_MANUAL;
	if (flags & UBLK_F_USER_COPY)
		return UBLK_ZC_USER_COPY;
	return UBLK_ZC_NONE;
}

/* Zero copy proper: the request's pages in the ring's buffer table. */
static inline bool ublk_zc_fixed(enum ublk_zc m)
{
	return m == UBLK_ZC_MANUAL || m == UBLK_ZC_AUTO;
}

/*
 * What a device served and how it waited, summed over its queues' live
 * stats blocks (stats_abi.h) when it stops: the log's last word.
 */
struct ublk_stats {
	uint64_t nr_io;		/* requests received */
	uint64_t ops[UBLKD_SOP_NR];	/* of them, by ublkd_stats_op_bin() */
	uint64_t errors;	/* completed with an error */
	uint64_t nr_waits;	/* trips to the kernel for work */
	uint64_t nr_sleeps;	/* of them, with nothing ready: slept */
	uint64_t nr_shm;	/* requests served in the shared buffer */
};

/*
 * Single-writer updates of a queue's stats block (the queue's thread
 * only): a load and a relaxed store, no read-modify-write instruction.
 */
#define UBLK_STAT_ADD(field, v) \
	__atomic_store_n(&(field), (field) + (v), __ATOMIC_RELAXED)

/* Open the block's write section: seq odd, then the counters. */
static inline void ublk_stats_begin(struct ublkd_stats_queue *s)
{
	__atomic_store_n(&s->seq, s->seq + 1, __ATOMIC_RELAXED);
	/* release: the odd seq is seen before any counter stored after it */
	__atomic_thread_fence(__ATOMIC_RELEASE);
}

static inline void ublk_stats_end(struct ublkd_stats_queue *s)
{
	/* release: the counters are seen before the even seq */
	__atomic_store_n(&s->seq, s->seq + 1, __ATOMIC_RELEASE);
}

/* --htlb FILE (shmem.c): our mapping of the clients' buffer. */
struct ublk_shmem {
	void *base;		/* NULL: none */
	uint64_t len;
	int index;		/* REG_BUF's answer; -1 until it comes */
};

/*
 * UBLK_F_BATCH_IO (batch.c): a queue's two multishot FETCH_IO_CMDS, each
 * over its own one-entry provided-buffer ring, and the COMMIT_IO_CMDS
 * element buffers (one collects this pass's completions, the others may
 * be in flight).
 */
#define UBLK_BATCH_NR_FETCH	2
#define UBLK_BATCH_NR_COMMIT	4

struct ublk_batch_fetch {
	struct ur_buf_ring br;
	uint16_t *tags;		/* the buffer the kernel writes tags into */
	size_t len;		/* its bytes */
	size_t off;		/* where the next CQE's tags start */
	bool armed;		/* the command is with the kernel */
};

struct ublk_batch {
	bool on;
	uint16_t flags;		/* UBLK_BATCH_F_* of every PREP / COMMIT */
	uint8_t elem_bytes;	/* 8, or 16 with a buffer address */
	struct ublk_batch_fetch fetch[UBLK_BATCH_NR_FETCH];
	uint8_t *elems[UBLK_BATCH_NR_COMMIT];	/* q_depth elements each */
	unsigned int nr_elems[UBLK_BATCH_NR_COMMIT];	/* elements in each */
	uint8_t busy;		/* bit i: elems[i] is with the kernel */
	int cur;		/* the one collecting, or -1 */
	void *mem;		/* all of the above buffers */
	size_t mem_len;
};

/*
 * A hardware queue as one thread serves it: its descriptors, its tags'
 * buffers and state, on that thread's ring (q->thread). By default that
 * is the whole queue; with per-I/O daemons (map.c) each thread has one of
 * these per queue it has tags of, serving only those tags (first, then
 * every step-th): each keeps its own counters, so nothing is shared
 * between threads but the read-only descriptors.
 */
struct ublk_queue {
	struct ublk_dev *dev;
	struct ublk_thread *thread;	/* the thread that serves it */
	unsigned int q_id;
	unsigned int q_depth;
	unsigned int tag_first;		/* the tags served here: tag_first, */
	unsigned int tag_step;		/* + tag_step, ... below q_depth */
	unsigned int nr_tags;		/* how many */
	const struct ublksrv_io_desc *descs;	/* read-only mmap */
	void *bufs;				/* all tags' buffers */
	size_t descs_len;
	unsigned int tgt_inflight;	/* target SQEs in flight */
	unsigned int cmd_inflight;	/* ublk commands the kernel holds */
	unsigned int zc_inflight;	/* (UN)REGISTER_IO_BUF in flight */
	enum ublk_zc zc;		/* zero-copy mode */
	bool zc_fallback;		/* AUTO_BUF_REG_FALLBACK in each command */
	unsigned int buf_base;		/* tag 0's fixed-buffer index */
	unsigned int reg_nr;		/* commands sent (test fault) */
	bool stopping;			/* got ABORT, or asked to stop */
	bool stop_seen;			/* the stop eventfd or the grace timer */
	bool stop_told;			/* ... the eventfd: the main thread asked */
	bool shm_warned;		/* said once: a bad shared-buffer request */
	cpu_set_t affinity;		/* GET_QUEUE_AFFINITY */
	void *tgt_data;			/* per-queue target state */
	int err;			/* fatal error of this queue */
	/*
	 * Live stats: this queue's block of the device's stats file, or
	 * st_local when there is none. Written by the queue's thread only.
	 */
	struct ublkd_stats_queue *st;
	uint64_t now_us;	/* CLOCK_MONOTONIC of this pass, µs */
	struct ublkd_stats_queue st_local;
	struct ublk_batch batch;	/* UBLK_F_BATCH_IO */
	struct ublk_io ios[UBLKD_MAX_DEPTH];
};

/*
 * A thread of the engine: one ring, the queues (or its shares of them,
 * per-I/O daemons) it serves on it, at most one per queue id. By default
 * thread i serves queue i.
 */
struct ublk_thread {
	struct ublk_dev *dev;
	unsigned int idx;
	struct ur_ring ring;
	pthread_t thread;
	pid_t tid;
	int64_t poll_ns;		/* poll mode: watch this long, then sleep */
	int err;			/* why the thread left, or 0 */
	unsigned int nr_queues;
	struct ublk_queue *queues[UBLKD_MAX_QUEUES];
	bool grace_armed;		/* the grace timer is set */
	struct __kernel_timespec grace;	/* its duration */
};

struct ublk_dev {
	struct ublk_ctrl ctrl;
	struct ublksrv_ctrl_dev_info info;
	struct ublk_params params;
	struct ublk_dev_opts opts;
	void *tgt_conf;		/* the target's parsed options */
	const struct ublk_tgt_ops *ops;
	void *tgt_data;
	int tgt_fds[UBLKD_MAX_TGT_FDS];	/* backing fds, fixed files 1.. */
	int nr_tgt_fds;
	int cdev_fd;		/* /dev/ublkcN */
	unsigned int nr_queues;
	struct ublk_queue *queues[UBLKD_MAX_QUEUES];
	unsigned int nr_threads;
	struct ublk_thread *threads[UBLKD_MAX_QUEUES];
	char tgt_json[UBLKD_TGT_JSON_LEN];
	uint64_t need_flags;	/* UBLK_F_* the data path needs granted */
	bool added;		/* ADD_DEV done, DEL_DEV owed */
	bool deleted;		/* DEL_DEV done: backing state may go */
	unsigned int nr_started;	/* threads running */
	int stop_efd;		/* eventfd: wakes every queue thread to exit */
	pthread_t main_thread;	/* gets SIGUSR1 when a queue thread exits */
	pthread_mutex_t lock;
	pthread_cond_t cond;
	unsigned int nr_ready;	/* threads that finished set-up */
	int ready_err;		/* first set-up error */
	struct ublk_stats stats;	/* the queues' blocks, summed at exit */
	void *st_map;		/* the stats file's mapping (stats.c), or NULL */
	size_t st_len;
	struct ublk_shmem shm;	/* --shmem_zc's buffer */
	/*
	 * Test-only fault (UBLKD_TEST_QUEUE_EXIT_AFTER, read when a device
	 * is started, not recovered): queue 0 exits after this many requests.
	 */
	uint64_t fault_exit_after;
	/*
	 * Test-only fault (UBLKD_TEST_AUTO_REG_FAIL=N): every N-th command
	 * names a fixed-buffer slot past the table, so the kernel's automatic
	 * registration fails and the fallback path runs.
	 */
	unsigned int fault_reg_every;
	/*
	 * Test-only fault (UBLKD_TEST_NO_FETCH=1): the queues never send
	 * their FETCH_REQs (nor PREP_IO_CMDS), so START_DEV, which waits in
	 * the kernel for every queue's, never completes (the control
	 * command timeout's test).
	 */
	bool fault_no_fetch;
};

/*
 * user_data bits the engine keeps for itself (target.h leaves 40-62
 * alone): the queue, so that a thread serving several can route a CQE.
 */
#define UBLK_UD_QID_SHIFT	48
#define UBLK_UD_QID_MASK	0xffULL
#define UBLK_FIXED_CDEV		0	/* fixed file 0 of every ring: /dev/ublkcN */
_Static_assert(UBLK_FIXED_CDEV == UBLK_TGT_CDEV_FD, "the cdev's fixed file");
#define UBLKD_OP_STOP		0xff	/* user_data op of the stop-eventfd poll */
/* user_data ops of the buffer (un)registration commands: their ioctl nr */
#define UBLKD_IO_REG_BUF	0x23
#define UBLKD_IO_UNREG_BUF	0x24
_Static_assert(_IOC_NR(UBLK_U_IO_REGISTER_IO_BUF) == UBLKD_IO_REG_BUF,
	       "REGISTER_IO_BUF nr");
_Static_assert(_IOC_NR(UBLK_U_IO_UNREGISTER_IO_BUF) == UBLKD_IO_UNREG_BUF,
	       "UNREGISTER_IO_BUF nr");

static inline uint64_t ublk_ud_with_qid(uint64_t ud, unsigned int q_id)
{
	return ud | ((uint64_t)(q_id & UBLK_UD_QID_MASK) << UBLK_UD_QID_SHIFT);
}

static inline unsigned int ublk_ud_qid(uint64_t ud)
{
	return (unsigned int)((ud >> UBLK_UD_QID_SHIFT) & UBLK_UD_QID_MASK);
}

/* ---- map.c: which thread serves which (queue, tag) ---- */
struct ublk_tag_share {
	unsigned int first, step, nr;	/* tags first, first + step, ... */
};
/* The tags of queue @q_id that thread @t serves (s->nr 0: none). */
void ublk_map_share(unsigned int t, unsigned int q_id, unsigned int depth,
		    unsigned int nr_threads, bool per_io,
		    struct ublk_tag_share *s);
/* The thread that serves (@q_id, @tag). */
unsigned int ublk_map_thread(unsigned int q_id, unsigned int tag,
			     unsigned int depth, unsigned int nr_threads,
			     bool per_io);

/* ---- queue.c: a queue's memory, its SQEs, its CQEs ---- */
/* A free SQE on the queue's ring, submitting first if the SQ is full. */
struct ur_sqe *ublk_queue_get_sqe(struct ublk_queue *q);
/* Map the descriptors, allocate the buffers (on the serving thread). */
int ublk_queue_setup(struct ublk_queue *q);
void ublk_queue_teardown(struct ublk_queue *q);
/* A CQE for this queue: a target I/O, or a ublk command. */
void ublk_queue_handle_cqe(struct ublk_queue *q, const struct ur_cqe *cqe);
/* Stopping, and nothing of the target's left in flight. */
/*
 * The first ABORT came: bound the wait for the kernel to hand back the
 * rest (its CQE counts as the stop eventfd's).
 */
void ublk_thread_arm_grace(struct ublk_thread *t);
bool ublk_queue_done(const struct ublk_queue *q);

/* ---- stats.c: the live stats file ---- */
/*
 * Create and map $run_dir/ublkbN.stats and point every queue at its
 * block; without it (no run dir, no memory) the queues count into their
 * own st_local and a warning says so. Never fails the device.
 */
void ublk_stats_setup(struct ublk_dev *dev);
/* Sum the blocks into dev->stats, unmap; @remove: unlink the file too. */
void ublk_stats_teardown(struct ublk_dev *dev, bool remove);
/* Requests queue @q received (its block's op counters summed). */
uint64_t ublk_stats_requests(const struct ublkd_stats_queue *s);

/* ---- io_cmd.c: the per-tag command protocol ---- */
/* FETCH_REQ for every tag (prepared, not submitted). */
int ublk_io_cmd_fetch_all(struct ublk_queue *q);
/* The CQE of a FETCH / COMMIT_AND_FETCH / NEED_GET_DATA command. */
void ublk_io_cmd_cqe(struct ublk_queue *q, const struct ur_cqe *cqe);

/* ---- zc.c: zero copy (request pages as fixed buffers) ---- */
/*
 * Before init: turn opts.data_path into the UBLK_F_* flags ADD_DEV must
 * grant (into *@need), from what the kernel offers (@features, or all
 * if unknown). Prints and returns -errno when it cannot be had.
 */
int ublk_zc_choose(struct ublk_dev *dev, uint64_t features, uint64_t *need);
/* sqe->addr of a FETCH / COMMIT for @tag (auto registration: slot, flags). */
uint64_t ublk_zc_cmd_addr(struct ublk_queue *q, unsigned int tag);
/* The request on @tag must be registered by hand before the target. */
bool ublk_zc_need_reg(const struct ublk_queue *q,
		      const struct ublksrv_io_desc *iod);
/* Prepare REGISTER_IO_BUF / UNREGISTER_IO_BUF for @tag (-EBUSY: no SQE). */
int ublk_zc_register(struct ublk_queue *q, unsigned int tag);
int ublk_zc_unregister(struct ublk_queue *q, unsigned int tag);
/* The thread's ring: a sparse fixed-buffer table for its queues' tags. */
int ublk_zc_ring_setup(struct ublk_thread *t);

/* ---- io_cmd.c ---- */
/* A checked request to the target (after a registration by hand). */
void ublk_io_cmd_serve(struct ublk_queue *q, unsigned int tag);
/*
 * A request the kernel handed over on @tag (either protocol): counted,
 * its descriptor checked, registered by hand where needed, then to the
 * target; a bad one completes with its error.
 */
void ublk_io_cmd_request(struct ublk_queue *q, unsigned int tag);
/* The queue still hands requests to the target and commits them. */
bool ublk_io_cmd_serving(const struct ublk_queue *q);

/* ---- shmem.c: shared-memory zero copy (UBLK_F_SHMEM_ZC) ---- */
/* --shmem_zc: ask for the flag where offered (refused where not). */
int ublk_shmem_choose(struct ublk_dev *dev, bool known, uint64_t features,
		      uint64_t *need);
/* --htlb FILE: map it (before the queues start). */
int ublk_shmem_map(struct ublk_dev *dev);
/* REG_BUF of the mapping, once the device is started or recovered. */
int ublk_shmem_register(struct ublk_dev *dev, bool recovering);
void ublk_shmem_unmap(struct ublk_dev *dev);
/* A UBLK_IO_F_SHMEM_ZC request's data in our mapping; NULL: not ours. */
void *ublk_shmem_data(struct ublk_queue *q, const struct ublksrv_io_desc *iod);

/* ---- batch.c: the batched protocol (UBLK_F_BATCH_IO) ---- */
#define UBLKD_IO_PREP_CMDS	0x25
#define UBLKD_IO_COMMIT_CMDS	0x26
#define UBLKD_IO_FETCH_CMDS	0x27
_Static_assert(_IOC_NR(UBLK_U_IO_PREP_IO_CMDS) == UBLKD_IO_PREP_CMDS,
	       "PREP_IO_CMDS nr");
_Static_assert(_IOC_NR(UBLK_U_IO_COMMIT_IO_CMDS) == UBLKD_IO_COMMIT_CMDS,
	       "COMMIT_IO_CMDS nr");
_Static_assert(_IOC_NR(UBLK_U_IO_FETCH_IO_CMDS) == UBLKD_IO_FETCH_CMDS,
	       "FETCH_IO_CMDS nr");
/* Before init: -b asked; the flag and what it excludes. Prints, -errno. */
int ublk_batch_choose(struct ublk_dev *dev, uint64_t features, uint64_t *need);
/*
 * On the serving thread, before START_DEV (or END_USER_RECOVERY): the
 * buffers, PREP_IO_CMDS for every tag (waited for: all or nothing), then
 * both fetches (prepared, not submitted). Prints its errors.
 */
int ublk_batch_start(struct ublk_queue *q, unsigned int bgid_base);
void ublk_batch_teardown(struct ublk_queue *q);
/* @tag's result is in q->ios[tag].result: an element of the next commit. */
void ublk_batch_complete(struct ublk_queue *q, unsigned int tag,
			 const void *addr);
/* End of a pass: the collected elements as one COMMIT_IO_CMDS. */
void ublk_batch_flush(struct ublk_queue *q);
/* Elements collected and not yet sent. */
bool ublk_batch_pending(const struct ublk_queue *q);
/* The CQE of a PREP / COMMIT / FETCH of this queue. */
void ublk_batch_cqe(struct ublk_queue *q, const struct ur_cqe *cqe);
static inline bool ublk_batch_op(unsigned int op)
{
	return op == UBLKD_IO_PREP_CMDS || op == UBLKD_IO_COMMIT_CMDS ||
	       op == UBLKD_IO_FETCH_CMDS;
}

/* ---- thread.c ---- */
/* A thread's body; @arg is its struct ublk_thread. */
void *ublk_thread_main(void *arg);

/* ---- dev.c: what threads report ---- */
/* A thread finished set-up (@err 0) or failed it. */
void ublk_dev_thread_ready(struct ublk_dev *dev, int err);
/* A thread left its loop. */
void ublk_dev_thread_exited(struct ublk_dev *dev, struct ublk_thread *t);

#endif /* UBLKD_ENGINE_H */
