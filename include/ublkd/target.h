/* SPDX-License-Identifier: MIT */
/*
 * ublkd target API: what a target (backend) author reads.
 *
 * A target is one file that fills in a struct ublk_tgt_ops. The device
 * and its queues are opaque handles; a target reaches what it needs
 * through the accessors below.
 *
 * Life of a request: the engine calls ops->queue_io() for each request
 * the kernel hands over (its descriptor already checked to lie inside the
 * device and the tag's buffer). The target finishes it, now or later
 * (from ops->io_done() when it went out as the target's own SQE), with
 * ublk_complete_io(), which only prepares the commit: every commit and
 * every target SQE prepared during one pass of the queue goes to the
 * kernel in one io_uring_enter.
 *
 * Threads: every queue callback runs on the thread serving that queue;
 * init/deinit/describe run on the daemon's main thread.
 */
#ifndef UBLKD_TARGET_H
#define UBLKD_TARGET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "ublkd/uapi.h"
#include "ublkd/ring.h"

struct ublk_dev;	/* opaque: one ublk device */
struct ublk_queue;	/* opaque: one hardware queue of a device */

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

/*
 * One option a target takes on the `ublk add` command line. A target
 * declares a table of them ({ NULL }-terminated); the CLI parses the
 * generic options, hands each of these to ops->parse_opt() and refuses
 * any other.
 */
struct ublk_tgt_opt {
	const char *name;	/* long name: --name */
	int short_name;		/* a letter (-x), or 0 */
	bool has_arg;		/* takes a value */
	bool is_path;		/* the value is a path: saved absolute */
	const char *help;	/* one line for `ublk help -t TYPE` */
};

/*
 * A state-file key of the target's (ops->save_state): written beside the
 * device's own keys, handed back to ops->load_state() on recovery and to
 * ops->cleanup() when `ublk del` removes a device whose daemon is gone.
 */
typedef void (*ublk_put_key_fn)(void *ctx, const char *key, const char *val);

struct ublk_tgt_ops {
	const char *name;
	/*
	 * queue_io() serves a request whose data is a fixed buffer of the
	 * queue's ring (ublk_queue_zero_copy()), or never touches the data:
	 * the device may use zero copy. Otherwise -z is refused.
	 * zero_copy_default: and it does by default, where the kernel
	 * registers the pages itself (UBLK_F_AUTO_BUF_REG); --copy opts out.
	 */
	bool zero_copy;
	bool zero_copy_default;
	/*
	 * queue_io() serves a request whose data it reads and writes itself
	 * on /dev/ublkcN (ublk_queue_user_copy()): --usercopy is allowed.
	 */
	bool user_copy;
	/* ---- options and state, before any device exists ---- */
	const struct ublk_tgt_opt *opts;	/* NULL: none */
	/* Block of `ublk help` text under "target options:" (one or more lines). */
	const char *help;
	/* Bytes of parsed-option state the device keeps (ublk_dev_tgt_conf()). */
	size_t conf_size;
	/* @opt (an entry of opts) with its value @arg (NULL without). */
	int (*parse_opt)(struct ublk_dev *dev, const struct ublk_tgt_opt *opt,
			 const char *arg);
	/* All options seen: what is missing or contradictory. */
	int (*check_opts)(struct ublk_dev *dev);
	/* Optional: the target's keys for the state file. */
	void (*save_state)(struct ublk_dev *dev, ublk_put_key_fn put, void *ctx);
	/* Optional: a key saved before, on recovery (before init). */
	int (*load_state)(struct ublk_dev *dev, const char *key, const char *val);
	/*
	 * Optional: the device is deleted and its daemon gone: remove what
	 * the target left outside the daemon (called per saved key).
	 */
	void (*cleanup)(const char *key, const char *val);
	/* ---- the device ---- */
	/*
	 * Read the target's options, open backends, fill ublk_dev_params()
	 * (basic: dev_sectors, block sizes, attrs; discard only if
	 * supported) and register backing fds (ublk_dev_add_fd()). Return 0
	 * or -errno, with a message printed. @recovering: re-attach to
	 * existing backing state (user recovery).
	 */
	int (*init)(struct ublk_dev *dev, bool recovering);
	void (*deinit)(struct ublk_dev *dev);
	/*
	 * Optional (`ublk resize`; without it resize is refused): the device
	 * is to be *@bytes long (0: the target's own size, e.g. loop's file;
	 * set *@bytes). Called twice on the main thread: !@done before the
	 * kernel learns the size (check it, make room when growing), @done
	 * after (let go of what a shrink freed; no failure then). Requests
	 * may still arrive for the old range while !@done runs.
	 */
	int (*resize)(struct ublk_dev *dev, uint64_t *bytes, bool done);
	/* Optional per-queue set-up and teardown, on the queue's thread. */
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
	/* A target SQE (from ublk_tgt_get_sqe()) completed. */
	void (*io_done)(struct ublk_queue *q, unsigned int tag,
			const struct ur_cqe *cqe);
	/* Print the target's options help. */
	void (*usage)(void);
	/* The target's description for `list`: one JSON object into @buf. */
	void (*describe)(struct ublk_dev *dev, char *buf, size_t len);
	/*
	 * Each queue's thread on one CPU of its queue's set (with the io-wq
	 * workers it starts), not on the whole set: for a target whose own
	 * I/O the kernel may hand to io-wq (a file's writes under ext4). The
	 * environment's UBLKD_QUEUE_CPU=one|set overrides it. (Last: added
	 * after the 0.1 ABI.)
	 */
	bool queue_one_cpu;
};

/* ---- the device (init, deinit, describe) ---- */

unsigned int ublk_dev_id(const struct ublk_dev *dev);
/* The target's own state for the device. */
void *ublk_dev_tgt_data(const struct ublk_dev *dev);
void ublk_dev_set_tgt_data(struct ublk_dev *dev, void *data);
/* The target's parsed options: ops->conf_size bytes, zeroed at first. */
void *ublk_dev_tgt_conf(const struct ublk_dev *dev);
/* The parameters SET_PARAMS sends (init fills them in). */
struct ublk_params *ublk_dev_params(struct ublk_dev *dev);
/* UBLK_F_* of the device; init may add some (before ADD_DEV). */
uint64_t ublk_dev_flags(const struct ublk_dev *dev);
void ublk_dev_set_flags(struct ublk_dev *dev, uint64_t flags);
/*
 * Register a backing fd in every queue ring's fixed-file table. Returns
 * its index (for IOSQE_FIXED_FILE SQEs), or -ENOSPC.
 */
int ublk_dev_add_fd(struct ublk_dev *dev, int fd);
/* DEL_DEV done: the device is gone for good, its backing state may go. */
bool ublk_dev_deleted(const struct ublk_dev *dev);

/* ---- a queue (queue callbacks) ---- */

struct ublk_dev *ublk_queue_dev(const struct ublk_queue *q);
unsigned int ublk_queue_id(const struct ublk_queue *q);
void *ublk_queue_tgt_data(const struct ublk_queue *q);
void ublk_queue_set_tgt_data(struct ublk_queue *q, void *data);
/* The descriptor of the request on @tag. */
const struct ublksrv_io_desc *ublk_queue_iod(const struct ublk_queue *q,
					     unsigned int tag);
/* The tag's buffer (max_io_buf_bytes, page aligned); NULL in zero copy. */
void *ublk_io_buf(const struct ublk_queue *q, unsigned int tag);
/*
 * Zero copy: the request's data is not in user memory. It is registered
 * buffer ublk_io_buf_index() of the queue's ring (the kernel registered
 * the request's pages there before handing the request over, and takes
 * them back at its commit): READ_FIXED / WRITE_FIXED with that buf_index
 * and, as address, the byte offset inside the request.
 */
bool ublk_queue_zero_copy(const struct ublk_queue *q);
unsigned int ublk_io_buf_index(const struct ublk_queue *q, unsigned int tag);
/* As ublk_queue_zero_copy(), for init: the device will use zero copy. */
bool ublk_dev_zero_copy(const struct ublk_dev *dev);
/*
 * User copy (UBLK_F_USER_COPY): the request's data is not in user memory
 * either; the target moves it with a READ (a WRITE request's data) or a
 * WRITE (a READ request's) on the ring's fixed file UBLK_TGT_CDEV_FD at
 * position ublk_io_user_copy_pos() + the byte offset inside the request.
 */
#define UBLK_TGT_CDEV_FD	0
bool ublk_queue_user_copy(const struct ublk_queue *q);
uint64_t ublk_io_user_copy_pos(const struct ublk_queue *q, unsigned int tag);
bool ublk_dev_user_copy(const struct ublk_dev *dev);
/*
 * Where the request's data is: the tag's buffer, or with NEED_GET_DATA
 * the place ops->write_buf() chose for a WRITE.
 */
void *ublk_io_data(const struct ublk_queue *q, unsigned int tag);
/*
 * Bytes of the request done so far, for a target that resumes short
 * transfers; 0 when the request arrives, the target's to update.
 */
uint32_t *ublk_io_progress(struct ublk_queue *q, unsigned int tag);

/*
 * Finish @tag with @res (bytes or -errno). No syscall: the commit goes
 * out with the queue's next submission.
 */
void ublk_complete_io(struct ublk_queue *q, unsigned int tag, int res);
/*
 * As ublk_complete_io() for a READ whose data is at @data (not in the
 * tag's buffer): the kernel copies it from there. Only on devices with
 * UBLK_F_NEED_GET_DATA, where the kernel never writes to the address a
 * COMMIT carries; elsewhere the data is copied to the tag's buffer first.
 */
void ublk_complete_io_from(struct ublk_queue *q, unsigned int tag, int res,
			   const void *data);

/*
 * An SQE for the target's own I/O on behalf of @tag: zeroed, user_data
 * set (@op and @data come back through ublk_ud_op()/ublk_ud_tgt_data()
 * in ops->io_done()), counted in flight. Submits first if the SQ is full;
 * NULL if there is still no room.
 */
struct ur_sqe *ublk_tgt_get_sqe(struct ublk_queue *q, unsigned int tag,
				unsigned int op, unsigned int data);
/*
 * SQ slots free, after submitting what is queued if fewer than @want
 * are: that many ublk_tgt_get_sqe() calls in a row cannot submit in
 * between (a linked chain must not be cut). A target SQE whose CQE
 * carries IORING_CQE_F_MORE stays counted in flight until its last CQE.
 */
unsigned int ublk_tgt_sq_room(struct ublk_queue *q, unsigned int want);

/* ---- helpers ---- */

/* Parse "512M", "4G", "123456" (bytes; K/M/G/T are powers of 1024). */
int ublk_parse_size(const char *s, uint64_t *bytes);
/* --volatile_cache was given: advertise a write cache (FLUSH/FUA). */
bool ublk_dev_volatile_cache(const struct ublk_dev *dev);
/* The block sizes `ublk add` was given (0: not given). */
void ublk_dev_block_sizes(const struct ublk_dev *dev, unsigned int *lbs,
			  unsigned int *pbs);
/*
 * Fill the basic parameters from @bytes and block sizes @lbs/@pbs (0: the
 * device's options, else 512 and = lbs); --volatile_cache is applied.
 * Sectors are always 512-byte units. -EINVAL (message printed) on bad
 * sizes.
 */
int ublk_set_basic_params(struct ublk_dev *dev, uint64_t bytes,
			  unsigned int lbs, unsigned int pbs);
/*
 * For ops->parse_opt(): a size option's value (K/M/G/T suffixes), zero
 * refused when @nonzero; "ublk add: invalid <what> '<arg>'" and -EINVAL
 * on bad input.
 */
int ublk_tgt_parse_size(const char *arg, const char *what, bool nonzero,
			uint64_t *out);
/* Advertise DISCARD and WRITE_ZEROES with @granularity bytes. */
void ublk_set_discard_params(struct ublk_dev *dev, unsigned int granularity);

#endif /* UBLKD_TARGET_H */
