/* SPDX-License-Identifier: MIT */
/*
 * ublkd control plane: the commands of /dev/ublk-control.
 *
 * Each call sends one URING_CMD on a private SQE128 ring and waits for its
 * completion. Opcodes are ioctl-encoded (UBLK_U_CMD_*) when the kernel
 * supports it, else the legacy numbers; UBLKD_LEGACY_OPCODES=1 in the
 * environment (or ublk_ctrl_open(..., 1)) forces the legacy path.
 * Every function returns 0 (or a count) on success, -errno on failure.
 */
#ifndef UBLKD_CTRL_H
#define UBLKD_CTRL_H

#include <sched.h>
#include <stdint.h>
#include "ublkd/ring.h"
#include "ublkd/uapi.h"
#include "ublkd/names.h"

#define UBLK_CONTROL_PATH	"/dev/ublk-control"

struct ublk_ctrl {
	int fd;			/* /dev/ublk-control */
	struct ur_ring ring;	/* SQE128 ring for control commands */
	int legacy;		/* 1: legacy opcodes */
	uint64_t features;	/* GET_FEATURES, 0 when the kernel lacks it */
	int have_features;	/* GET_FEATURES answered */
	/*
	 * Unprivileged devices (UBLK_F_UNPRIVILEGED_DEV): their commands
	 * carry the /dev/ublkcN path in front of the payload, which the
	 * kernel checks the caller may open. All of a non-root caller's
	 * device commands do; root's do for the devices GET_DEV_INFO or
	 * ADD_DEV showed to be unprivileged (remembered here).
	 */
	int unpriv_all;
	uint32_t unpriv_ids[16];
	unsigned int nr_unpriv;
};

/*
 * Open /dev/ublk-control, set up the ring and probe the opcode flavour
 * and features. -ENOENT: no ublk driver (modprobe ublk_drv).
 */
int ublk_ctrl_open(struct ublk_ctrl *c, int force_legacy);
/*
 * ublk_ctrl_open(), and on failure say why on stderr, prefixed "@who:"
 * (with the modprobe hint when the driver is missing, "run as root" when
 * refused).
 */
int ublk_ctrl_open_explain(struct ublk_ctrl *c, int force_legacy,
			   const char *who);
void ublk_ctrl_close(struct ublk_ctrl *c);

/*
 * ADD_DEV. @info: nr_hw_queues, queue_depth, max_io_buf_bytes, flags and
 * dev_id (UINT32_MAX: next free id) in; the kernel's view out.
 */
int ublk_ctrl_add_dev(struct ublk_ctrl *c, struct ublksrv_ctrl_dev_info *info);
/* DEL_DEV waits (bounded: -ETIMEDOUT) until the last opener is gone. */
int ublk_ctrl_del_dev(struct ublk_ctrl *c, uint32_t dev_id);
/* DEL_DEV_ASYNC: delete now; the disk vanishes when its last user goes. */
int ublk_ctrl_del_dev_async(struct ublk_ctrl *c, uint32_t dev_id);
/* START_DEV with the daemon's pid (blocks until the disk is added). */
int ublk_ctrl_start_dev(struct ublk_ctrl *c, uint32_t dev_id, int32_t pid);
int ublk_ctrl_stop_dev(struct ublk_ctrl *c, uint32_t dev_id);
/*
 * TRY_STOP_DEV (needs UBLK_F_SAFE_STOP_DEV granted to the device): stops
 * it only if nobody has its block device open, else -EBUSY.
 */
int ublk_ctrl_try_stop_dev(struct ublk_ctrl *c, uint32_t dev_id);
/* UPDATE_SIZE (UBLK_F_UPDATE_SIZE): the device is now @sectors long. */
int ublk_ctrl_update_size(struct ublk_ctrl *c, uint32_t dev_id,
			  uint64_t sectors);
/*
 * QUIESCE_DEV (UBLK_F_QUIESCE, needs USER_RECOVERY): the kernel waits up
 * to @timeout_ms for in-flight I/O, then aborts the daemon's commands; the
 * daemon exits and the device is QUIESCED for `recover`. -EBUSY: timeout.
 */
int ublk_ctrl_quiesce_dev(struct ublk_ctrl *c, uint32_t dev_id,
			  unsigned int timeout_ms);
int ublk_ctrl_set_params(struct ublk_ctrl *c, uint32_t dev_id,
			 struct ublk_params *p);
int ublk_ctrl_get_params(struct ublk_ctrl *c, uint32_t dev_id,
			 struct ublk_params *p);
/* GET_DEV_INFO2 where available, else GET_DEV_INFO. -ENODEV: no such id. */
int ublk_ctrl_get_dev_info(struct ublk_ctrl *c, uint32_t dev_id,
			   struct ublksrv_ctrl_dev_info *info);
/* -EOPNOTSUPP when the kernel has no GET_FEATURES. */
int ublk_ctrl_get_features(struct ublk_ctrl *c, uint64_t *features);
/*
 * UBLK_F_SHMEM_ZC (7.1+): REG_BUF pins @len bytes at @addr (page aligned,
 * MAP_SHARED) for the device; returns the buffer's index (>= 0) or
 * -errno (-EEXIST: those pages are registered already). UNREG_BUF lets
 * buffer @index go.
 */
int ublk_ctrl_reg_buf(struct ublk_ctrl *c, uint32_t dev_id, void *addr,
		      uint64_t len, uint32_t flags);
int ublk_ctrl_unreg_buf(struct ublk_ctrl *c, uint32_t dev_id,
			unsigned int index);
int ublk_ctrl_get_queue_affinity(struct ublk_ctrl *c, uint32_t dev_id,
				 uint16_t q_id, cpu_set_t *set);
int ublk_ctrl_start_user_recovery(struct ublk_ctrl *c, uint32_t dev_id);
int ublk_ctrl_end_user_recovery(struct ublk_ctrl *c, uint32_t dev_id,
				int32_t pid);


#endif /* UBLKD_CTRL_H */
