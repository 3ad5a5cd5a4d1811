/* SPDX-License-Identifier: MIT */
/*
 * ublkd device lifecycle, for a server built on the library: the options
 * a device is created with, and the calls that bring it up and down.
 * A target's view of the same device is ublkd/target.h.
 *
 * A device has nr_queues hardware queues; each queue has one ring on
 * /dev/ublkcN, served by a thread of the engine.
 */
#ifndef UBLKD_DEV_H
#define UBLKD_DEV_H

#include <stdbool.h>
#include <stdint.h>
#include "ublkd/target.h"

#define UBLKD_MAX_QUEUES	32
#define UBLKD_DEF_QUEUES	1
#define UBLKD_DEF_DEPTH		128
#define UBLKD_MAX_DEPTH		1024
#define UBLKD_DEF_BUF_BYTES	(512 * 1024)	/* per tag: max_io_buf_bytes */
#define UBLKD_TGT_JSON_LEN	512

/*
 * How request data travels between the kernel and the target. Zero copy
 * hands the target the request's own pages as a fixed buffer of the
 * queue's ring (target.h: ublk_queue_zero_copy()); nothing is copied.
 */
enum ublk_data_path {
	UBLKD_PATH_DEFAULT,	/* the target's default: zero copy where the
				 * kernel has AUTO_BUF_REG and the target
				 * prefers it (loop, null), else copy */
	UBLKD_PATH_COPY,	/* --copy: the kernel copies to/from tag buffers */
	UBLKD_PATH_ZERO_COPY,	/* -z: auto registration (with fallback) where
				 * granted, else manual registration */
	UBLKD_PATH_AUTO_ZC,	/* --auto_zc: UBLK_F_AUTO_BUF_REG only */
	UBLKD_PATH_AUTO_ZC_FALLBACK,	/* --auto_zc_fallback: a failed
					 * registration is done by hand */
	UBLKD_PATH_USER_COPY,	/* --usercopy: the target copies through
				 * /dev/ublkcN (UBLK_F_USER_COPY) */
};

struct ublk_dev_opts {
	int dev_id;		/* -1: any */
	unsigned int nr_queues;
	unsigned int queue_depth;
	unsigned int buf_bytes;	/* per tag, also max_io_buf_bytes */
	uint64_t flags;		/* extra UBLK_F_* (recovery...) */
	/*
	 * UBLK_F_* the user turned off (-g 0: NEED_GET_DATA): not asked
	 * for even where the target would by default.
	 */
	uint64_t flags_off;
	int force_legacy;
	int sqe128;		/* queue ring in SQE128 mode */
	unsigned int poll_us;	/* poll mode: busy-wait this long before sleeping */
	bool foreground;
	unsigned int lbs;	/* --logical_block_size (0: the target's) */
	unsigned int pbs;	/* --physical_block_size (0: = lbs) */
	bool volatile_cache;	/* --volatile_cache: FLUSH/FUA arrive */
	enum ublk_data_path data_path;
	/*
	 * -b / --batch-io: the batched commands (UBLK_F_BATCH_IO, 7.0+);
	 * asked for only when set, refused where not offered.
	 */
	bool batch_io;
	/*
	 * --shmem_zc (UBLK_F_SHMEM_ZC, 7.1+): a client's O_DIRECT request
	 * whose pages all lie in the registered buffer arrives with its data
	 * already there; nothing is copied. shmem_file (--htlb FILE): that
	 * buffer, a file the clients map MAP_SHARED (hugetlbfs, tmpfs),
	 * mapped and registered whole by the daemon; shmem_ro
	 * (--rdonly_shmem_buf): registered read-only (WRITEs only).
	 */
	bool shmem_zc;
	const char *shmem_file;
	bool shmem_ro;
	/*
	 * --nthreads N --per_io_tasks (UBLK_F_PER_IO_DAEMON, 6.16+): N
	 * threads, each serving every N-th (queue, tag) pair of the device
	 * (the kernel selftest's mapping), instead of one thread per queue.
	 * nr_threads without per_io_tasks must be 0 or nr_queues.
	 */
	unsigned int nr_threads;
	bool per_io_tasks;
};

/*
 * Whether -q @nr_queues, -d @depth and --nthreads @nr_threads (0: not
 * given) go together, with or without --per_io_tasks (@per_io): 0, or
 * -EINVAL with a one-line reason in @why. ublk_dev_create() checks it.
 */
int ublk_map_check(unsigned int nr_queues, unsigned int depth,
		   unsigned int nr_threads, bool per_io, char *why, size_t len);

/*
 * A device, not yet created in the kernel: `ublk add`'s defaults, the
 * target's conf zeroed, no target options. NULL when out of memory.
 * @ops is borrowed (keep it alive as long as the device: a static const
 * table). The caller owns the device and frees it with ublk_dev_free()
 * once no daemon uses it (after ublk_daemon_start() returned, or after
 * ublk_dev_destroy()). Both on the main thread.
 */
struct ublk_dev *ublk_dev_new(const struct ublk_tgt_ops *ops);
void ublk_dev_free(struct ublk_dev *dev);
/*
 * Its options, to fill in before ublk_dev_create() (or
 * ublk_daemon_start()): a pointer into the device, valid as long as it.
 */
struct ublk_dev_opts *ublk_dev_opts(struct ublk_dev *dev);
const struct ublk_tgt_ops *ublk_dev_ops(const struct ublk_dev *dev);

/*
 * Lifecycle, in order: ublk_dev_create() (control, target, ADD_DEV,
 * SET_PARAMS; or, recovering, just the target and /dev/ublkcN), then
 * ublk_dev_start() (queue threads, START_DEV) or ublk_dev_recover()
 * (START/END_USER_RECOVERY), and ublk_dev_destroy() at the end (with @del:
 * STOP_DEV and DEL_DEV of a device this process added or recovered; the
 * queue threads are joined, the target's deinit runs). All print their
 * errors and return -errno; all on the main thread, which must block the
 * signals it waits for before ublk_dev_start() (the queue threads inherit
 * its mask). ublk_daemon_start() (ublkd/daemon.h) does all of this, plus
 * the state file, log and signals: most servers want that instead.
 */
int ublk_dev_create(struct ublk_dev *dev, bool recovering);
int ublk_dev_start(struct ublk_dev *dev);
int ublk_dev_recover(struct ublk_dev *dev);
void ublk_dev_destroy(struct ublk_dev *dev, bool del);
/*
 * A live device's new size (UBLK_F_UPDATE_SIZE): @bytes, or 0 for the
 * target's own (loop: its file). The target makes room first, the kernel
 * learns the size (UPDATE_SIZE), then the target lets go of what a
 * shrink freed. On the daemon's main thread. Prints its errors.
 */
int ublk_dev_resize(struct ublk_dev *dev, uint64_t bytes);
/* The device's size in bytes, as its queues enforce it. */
uint64_t ublk_dev_size(const struct ublk_dev *dev);

/* Targets, by name; ublk_tgt_list() is NULL-terminated, in help order. */
const struct ublk_tgt_ops *ublk_find_tgt(const char *name);
const struct ublk_tgt_ops *const *ublk_tgt_list(void);
/* "null, mem, loop": the names, for messages. */
const char *ublk_tgt_names(void);

#endif /* UBLKD_DEV_H */
