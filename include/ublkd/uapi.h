/* SPDX-License-Identifier: MIT */
/*
 * The ublk kernel ABI: the kernel's own UAPI header, vendored verbatim
 * from torvalds/linux (include/ublkd/linux/ublk_cmd.h, its include guard
 * kept), plus the layout checks and the one helper ublkd adds.
 *
 * Debian 12's linux-libc-dev ships the 6.1 header, which lacks the
 * ioctl-encoded opcodes, GET_FEATURES, DEL_DEV_ASYNC and the newer
 * feature bits. Include this header before any <linux/ublk_cmd.h>: the
 * two share the kernel's guard, so whichever comes first is the only one
 * seen (no redefinitions), and an old system copy first is caught below.
 */
#ifndef UBLKD_UAPI_H
#define UBLKD_UAPI_H

#include <errno.h>		/* UBLK_IO_RES_ABORT is -ENODEV */
#include <stddef.h>
#include <stdint.h>
#include <linux/ioctl.h>	/* the header's _IOR/_IOWR */
#include "ublkd/linux/ublk_cmd.h"

#ifndef UBLK_F_PER_IO_DAEMON
#error "an old <linux/ublk_cmd.h> came first: include <ublkd/uapi.h> before it"
#endif

/*
 * Newer than the vendored header: descriptors of 24-256 bytes (7.3; its
 * kernels grant it). Named so that `features` and `list` can say it.
 */
#ifndef UBLK_F_IO_DESC_SIZE
#define UBLK_F_IO_DESC_SIZE	(1ULL << 20)
#endif

/*
 * How much of struct ublk_params ublkd sends and reads back (SET_PARAMS,
 * GET_PARAMS): basic, discard, devt and zoned, the part every driver from
 * 6.1 on knows. The kernel's struct has grown since; its len field says
 * how much of it a caller means.
 */
#define UBLKD_PARAMS_LEN	(offsetof(struct ublk_params, zoned) + \
				 sizeof(struct ublk_param_zoned))

/* The ABI, checked. */
_Static_assert(sizeof(struct ublksrv_ctrl_cmd) == 32, "ctrl_cmd size");
_Static_assert(offsetof(struct ublksrv_ctrl_cmd, addr) == 8, "ctrl_cmd.addr");
_Static_assert(offsetof(struct ublksrv_ctrl_cmd, data) == 16, "ctrl_cmd.data");
_Static_assert(offsetof(struct ublksrv_ctrl_cmd, dev_path_len) == 24, "path");
_Static_assert(sizeof(struct ublksrv_ctrl_dev_info) == 64, "dev_info size");
_Static_assert(offsetof(struct ublksrv_ctrl_dev_info, max_io_buf_bytes) == 8,
	       "dev_info.max_io_buf_bytes");
_Static_assert(offsetof(struct ublksrv_ctrl_dev_info, ublksrv_pid) == 16,
	       "dev_info.ublksrv_pid");
_Static_assert(offsetof(struct ublksrv_ctrl_dev_info, flags) == 24,
	       "dev_info.flags");
_Static_assert(offsetof(struct ublksrv_ctrl_dev_info, owner_uid) == 40,
	       "dev_info.owner_uid");
_Static_assert(sizeof(struct ublksrv_io_desc) == 24, "io_desc size");
_Static_assert(offsetof(struct ublksrv_io_desc, start_sector) == 8, "iod.ss");
_Static_assert(offsetof(struct ublksrv_io_desc, addr) == 16, "iod.addr");
_Static_assert(sizeof(struct ublksrv_io_cmd) == 16, "io_cmd size");
_Static_assert(sizeof(struct ublk_param_basic) == 32, "basic size");
_Static_assert(offsetof(struct ublk_param_basic, dev_sectors) == 16, "basic");
_Static_assert(sizeof(struct ublk_param_discard) == 20, "discard size");
_Static_assert(sizeof(struct ublk_param_devt) == 16, "devt size");
_Static_assert(sizeof(struct ublk_param_zoned) == 32, "zoned size");
_Static_assert(offsetof(struct ublk_params, basic) == 8, "params.basic");
_Static_assert(offsetof(struct ublk_params, discard) == 40, "params.discard");
_Static_assert(offsetof(struct ublk_params, devt) == 60, "params.devt");
_Static_assert(offsetof(struct ublk_params, zoned) == 76, "params.zoned");
_Static_assert(UBLKD_PARAMS_LEN == 108, "params through zoned");
_Static_assert(UBLK_U_IO_FETCH_REQ == 0xc0107520u, "FETCH_REQ encoding");
_Static_assert(UBLK_U_CMD_ADD_DEV == 0xc0207504u, "ADD_DEV encoding");
_Static_assert(_IOC_NR(UBLK_U_CMD_GET_FEATURES) == 0x13, "GET_FEATURES nr");
_Static_assert(_IOC_NR(UBLK_U_CMD_DEL_DEV_ASYNC) == 0x14, "DEL_DEV_ASYNC nr");
_Static_assert(UBLK_IO_RES_ABORT == -19, "ABORT is -ENODEV");

/*
 * The descriptor area of queue @q_id starts at this offset of /dev/ublkcN:
 * every queue's area is UBLK_MAX_QUEUE_DEPTH descriptors rounded up to a
 * page, whatever the queue depth actually is.
 */
static inline uint64_t ublk_queue_desc_offset(unsigned int q_id,
					      unsigned long page_size)
{
	uint64_t per_q = UBLK_MAX_QUEUE_DEPTH * sizeof(struct ublksrv_io_desc);

	per_q = (per_q + page_size - 1) & ~((uint64_t)page_size - 1);
	return UBLKSRV_CMD_BUF_OFFSET + (uint64_t)q_id * per_q;
}

#endif /* UBLKD_UAPI_H */
