/* SPDX-License-Identifier: MIT */
/*
 * ublkd per-device state file: what the daemon tells `ublk list`,
 * `ublk del` and `ublk recover` about a device it serves.
 *
 * One file per device, <run_dir>/ublkb<ID>.state, in a line-oriented
 * "key=value" text format:
 *
 *   ublkd-state 1
 *   dev_id=0
 *   pid=1234
 *   tgt_type=loop
 *   tgt_json={"name":"loop","file":"/tmp/img"}
 *   nr_queues=2
 *   flags=0x48
 *   nr_threads=3	(only with --per_io_tasks: the per-I/O threads)
 *   shm_path=/dev/shm/ublkd-mem.Ab12Cd	(the target's own keys, if any)
 *   tid.0=1235
 *   affinity.0=0
 *   argc=4
 *   arg.0=add
 *   ...
 *   end=1
 *
 * Values are escaped: '%', '=', and every byte below 0x20 or 0x7f become
 * %XX (two upper-case hex digits); nothing else changes. The trailing
 * "end=1" line marks a complete file. A key the reader does not know and
 * that is not indexed ("name.N") is a target's key: kept in tgt_keys (at
 * most UBLK_STATE_MAX_TGT_KEYS), for the target to read back. A file is replaced atomically
 * (temp file in the same directory, fsync, rename, fsync of the dir).
 *
 * The run dir is $UBLKD_RUN_DIR, else /run/ublkd; it is created (0755,
 * with its parents) by ublk_state_save().
 */
#ifndef UBLKD_STATE_H
#define UBLKD_STATE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "ublkd/dev.h"

#define UBLK_STATE_MAX_ARGS	64
#define UBLK_STATE_ARG_LEN	256
#define UBLK_STATE_AFF_LEN	128
#define UBLK_RUN_DIR_DEFAULT	"/run/ublkd"
#define UBLK_STATE_MAX_TGT_KEYS	4
#define UBLK_STATE_KEY_LEN	32
/* A state file larger than this is refused (the largest valid one is ~60 KiB). */
#define UBLK_STATE_MAX_BYTES	(256 * 1024)

/* One key of the target's (struct ublk_tgt_ops save_state/load_state). */
struct ublk_state_kv {
	char key[UBLK_STATE_KEY_LEN];	/* [a-z0-9_]+ */
	char val[UBLK_STATE_ARG_LEN];
};

struct ublk_state {
	int dev_id;
	pid_t pid;				/* daemon pid */
	char tgt_type[16];			/* "null", "mem", "loop" */
	char tgt_json[UBLKD_TGT_JSON_LEN];	/* one-line JSON object */
	unsigned int nr_queues;
	pid_t tids[UBLKD_MAX_QUEUES];
	char affinity[UBLKD_MAX_QUEUES][UBLK_STATE_AFF_LEN];	/* "0,1" */
	int argc;				/* the `ublk add` args */
	char argv[UBLK_STATE_MAX_ARGS][UBLK_STATE_ARG_LEN];
	uint64_t flags;				/* UBLK_F_* asked for */
	unsigned int nr_tgt_keys;		/* the target's own keys */
	struct ublk_state_kv tgt_keys[UBLK_STATE_MAX_TGT_KEYS];
	/*
	 * --per_io_tasks: the threads that share every queue's tags (tids[q]
	 * is then the first of them serving queue q); 0: one per queue.
	 */
	unsigned int nr_threads;
};

/*
 * $UBLKD_RUN_DIR, else /run/ublkd for root and $XDG_RUNTIME_DIR/ublkd
 * (or /tmp/ublkd-UID) for a user (not created here).
 */
const char *ublk_run_dir(void);

/* <run_dir>/ublkb<ID>.state into @buf; 0 or -ENAMETOOLONG / -EINVAL. */
int ublk_state_path(int dev_id, char *buf, size_t len);

/*
 * Write @s atomically. 0, or -errno (-EINVAL: a field does not fit the
 * format, e.g. nr_queues or argc out of range), with a message printed.
 */
int ublk_state_save(const struct ublk_state *s);

/*
 * Read the state of @dev_id into @s. 0; -ENOENT: no state file (silent).
 * Anything else refuses the file with a message naming the file and why,
 * and leaves @s zeroed: -EBADMSG corrupt, truncated, binary or not ours
 * in format; -EFBIG larger than UBLK_STATE_MAX_BYTES; -EPERM not one our
 * daemons could have written (a symbolic link, not a regular file, more
 * than one hard link, owned by a user other than us and root, writable by
 * group or others); other -errno from open/read.
 */
int ublk_state_load(int dev_id, struct ublk_state *s);

/*
 * Parse the @len bytes of a state file (the whole file, as read) for
 * device @dev_id into @s (zeroed first). 0; -EBADMSG or -EFBIG with a
 * one-line reason ("line 3: bad value for 'pid'") in @why (if not NULL);
 * -ENOMEM. Never prints; @buf need not be NUL-terminated.
 */
int ublk_state_parse(const char *buf, size_t len, int dev_id,
		     struct ublk_state *s, char *why, size_t why_len);

/*
 * Add a target key (ublk_put_key_fn for ops->save_state, @ctx the
 * struct ublk_state); one that does not fit is dropped, with a message.
 */
void ublk_state_put_key(void *ctx, const char *key, const char *val);

/*
 * Remove the state file, and the device's live stats file beside it if
 * there is one (a dead daemon's). 0; -ENOENT if there was no state
 * file; -errno.
 */
int ublk_state_remove(int dev_id);

/*
 * Device ids that have a state file in the run dir, ascending, at most
 * @max into @ids. Returns the count (0 if the run dir is missing).
 */
int ublk_state_list_ids(int *ids, int max);

#endif /* UBLKD_STATE_H */
