/* SPDX-License-Identifier: MIT */
/*
 * The ublk kernel ABI as ublkd uses it (Linux 6.12, include/uapi/linux/
 * ublk_cmd.h). Debian 12's linux-libc-dev ships the 6.1 header, which lacks
 * the ioctl-encoded opcodes, GET_FEATURES and the devt parameters, so the
 * ABI is stated here once, with every layout checked at compile time.
 */
#ifndef UBLKD_UBLK_UAPI_H
#define UBLKD_UBLK_UAPI_H

#include <stddef.h>
#include <stdint.h>
#include <linux/ioctl.h>

/* ---- control commands (/dev/ublk-control), legacy numbers ---- */
#define UBLK_CMD_GET_QUEUE_AFFINITY	0x01
#define UBLK_CMD_GET_DEV_INFO		0x02
#define UBLK_CMD_ADD_DEV		0x04
#define UBLK_CMD_DEL_DEV		0x05
#define UBLK_CMD_START_DEV		0x06
#define UBLK_CMD_STOP_DEV		0x07
#define UBLK_CMD_SET_PARAMS		0x08
#define UBLK_CMD_GET_PARAMS		0x09
#define UBLK_CMD_START_USER_RECOVERY	0x10
#define UBLK_CMD_END_USER_RECOVERY	0x11
#define UBLK_CMD_GET_DEV_INFO2		0x12
#define UBLK_CMD_GET_FEATURES		0x13	/* ioctl-encoded only */
#define UBLK_CMD_DEL_DEV_ASYNC		0x14	/* ioctl-encoded only */

/* ---- I/O commands (/dev/ublkcN), legacy numbers ---- */
#define UBLK_IO_FETCH_REQ		0x20
#define UBLK_IO_COMMIT_AND_FETCH_REQ	0x21
#define UBLK_IO_NEED_GET_DATA		0x22

#define UBLK_IO_RES_OK			0
#define UBLK_IO_RES_NEED_GET_DATA	1
#define UBLK_IO_RES_ABORT		(-19)	/* -ENODEV */

#define UBLKSRV_CMD_BUF_OFFSET		0
#define UBLKSRV_IO_BUF_OFFSET		0x80000000
#define UBLK_MAX_QUEUE_DEPTH		4096
#define UBLK_MAX_NR_QUEUES		4096
#define UBLK_FEATURES_LEN		8

/* ---- device feature flags (dev_info.flags) ---- */
#define UBLK_F_SUPPORT_ZERO_COPY	(1ULL << 0)
#define UBLK_F_URING_CMD_COMP_IN_TASK	(1ULL << 1)
#define UBLK_F_NEED_GET_DATA		(1ULL << 2)
#define UBLK_F_USER_RECOVERY		(1ULL << 3)
#define UBLK_F_USER_RECOVERY_REISSUE	(1ULL << 4)
#define UBLK_F_UNPRIVILEGED_DEV		(1ULL << 5)
#define UBLK_F_CMD_IOCTL_ENCODE		(1ULL << 6)
#define UBLK_F_USER_COPY		(1ULL << 7)
#define UBLK_F_ZONED			(1ULL << 8)
#define UBLK_F_USER_RECOVERY_FAIL_IO	(1ULL << 9)
#define UBLK_F_UPDATE_SIZE		(1ULL << 10)
#define UBLK_F_AUTO_BUF_REG		(1ULL << 11)
#define UBLK_F_QUIESCE			(1ULL << 12)
#define UBLK_F_PER_IO_DAEMON		(1ULL << 13)
#define UBLK_F_BUF_REG_OFF_DAEMON	(1ULL << 14)
#define UBLK_F_BATCH_IO			(1ULL << 15)
#define UBLK_F_INTEGRITY		(1ULL << 16)
#define UBLK_F_SAFE_STOP_DEV		(1ULL << 17)
#define UBLK_F_NO_AUTO_PART_SCAN	(1ULL << 18)
#define UBLK_F_SHMEM_ZC			(1ULL << 19)
#define UBLK_F_IO_DESC_SIZE		(1ULL << 20)

/* ---- device states ---- */
#define UBLK_S_DEV_DEAD			0
#define UBLK_S_DEV_LIVE			1
#define UBLK_S_DEV_QUIESCED		2
#define UBLK_S_DEV_FAIL_IO		3

/* ---- I/O descriptor ops and flags ---- */
#define UBLK_IO_OP_READ			0
#define UBLK_IO_OP_WRITE		1
#define UBLK_IO_OP_FLUSH		2
#define UBLK_IO_OP_DISCARD		3
#define UBLK_IO_OP_WRITE_SAME		4
#define UBLK_IO_OP_WRITE_ZEROES		5

#define UBLK_IO_F_FAILFAST_DEV		(1U << 8)
#define UBLK_IO_F_FAILFAST_TRANSPORT	(1U << 9)
#define UBLK_IO_F_FAILFAST_DRIVER	(1U << 10)
#define UBLK_IO_F_META			(1U << 11)
#define UBLK_IO_F_FUA			(1U << 13)
#define UBLK_IO_F_NOUNMAP		(1U << 15)
#define UBLK_IO_F_SWAP			(1U << 16)

/* Command payload in the SQE128 command area for control commands. */
struct ublksrv_ctrl_cmd {
	uint32_t dev_id;
	uint16_t queue_id;	/* (uint16_t)-1 when not for a queue */
	uint16_t len;		/* bytes at addr */
	uint64_t addr;
	uint64_t data[1];	/* inline data */
	uint16_t dev_path_len;	/* GET_DEV_INFO2 / unprivileged only */
	uint16_t pad;
	uint32_t reserved;
};

struct ublksrv_ctrl_dev_info {
	uint16_t nr_hw_queues;
	uint16_t queue_depth;
	uint16_t state;
	uint16_t pad0;
	uint32_t max_io_buf_bytes;
	uint32_t dev_id;
	int32_t ublksrv_pid;
	uint32_t pad1;
	uint64_t flags;
	uint64_t ublksrv_flags;	/* the server's own, unused by the driver */
	uint32_t owner_uid;
	uint32_t owner_gid;
	uint64_t reserved1;
	uint64_t reserved2;
};

/*
 * One per tag, in the queue's read-only descriptor area. start_sector and
 * nr_sectors are in 512-byte units whatever the logical block size.
 */
struct ublksrv_io_desc {
	uint32_t op_flags;	/* op: bits 0-7, flags: bits 8-31 */
	uint32_t nr_sectors;
	uint64_t start_sector;
	uint64_t addr;		/* the tag's buffer in our address space */
};

static inline uint8_t ublksrv_get_op(const struct ublksrv_io_desc *iod)
{
	return (uint8_t)(iod->op_flags & 0xff);
}

static inline uint32_t ublksrv_get_flags(const struct ublksrv_io_desc *iod)
{
	return iod->op_flags >> 8;
}

/* Command payload for FETCH_REQ / COMMIT_AND_FETCH_REQ on /dev/ublkcN. */
struct ublksrv_io_cmd {
	uint16_t q_id;
	uint16_t tag;
	int32_t result;		/* COMMIT: bytes done or -errno */
	uint64_t addr;		/* FETCH/COMMIT: the tag's buffer */
};

struct ublk_param_basic {
#define UBLK_ATTR_READ_ONLY		(1 << 0)
#define UBLK_ATTR_ROTATIONAL		(1 << 1)
#define UBLK_ATTR_VOLATILE_CACHE	(1 << 2)
#define UBLK_ATTR_FUA			(1 << 3)
	uint32_t attrs;
	uint8_t logical_bs_shift;
	uint8_t physical_bs_shift;
	uint8_t io_opt_shift;
	uint8_t io_min_shift;
	uint32_t max_sectors;
	uint32_t chunk_sectors;
	uint64_t dev_sectors;	/* 512-byte units */
	uint64_t virt_boundary_mask;
};

struct ublk_param_discard {
	uint32_t discard_alignment;
	uint32_t discard_granularity;
	uint32_t max_discard_sectors;
	uint32_t max_write_zeroes_sectors;
	uint16_t max_discard_segments;
	uint16_t reserved0;
};

/* Read-only, filled in by the driver once the device is started. */
struct ublk_param_devt {
	uint32_t char_major;
	uint32_t char_minor;
	uint32_t disk_major;
	uint32_t disk_minor;
};

struct ublk_param_zoned {
	uint32_t max_open_zones;
	uint32_t max_active_zones;
	uint32_t max_zone_append_sectors;
	uint8_t reserved[20];
};

struct ublk_params {
	uint32_t len;		/* set for both SET_PARAMS and GET_PARAMS */
#define UBLK_PARAM_TYPE_BASIC		(1 << 0)
#define UBLK_PARAM_TYPE_DISCARD		(1 << 1)
#define UBLK_PARAM_TYPE_DEVT		(1 << 2)
#define UBLK_PARAM_TYPE_ZONED		(1 << 3)
	uint32_t types;
	struct ublk_param_basic basic;
	struct ublk_param_discard discard;
	struct ublk_param_devt devt;
	struct ublk_param_zoned zoned;
};

/* ioctl-encoded opcodes (UBLK_F_CMD_IOCTL_ENCODE) */
#define UBLK_U_CMD_GET_QUEUE_AFFINITY	_IOR('u', UBLK_CMD_GET_QUEUE_AFFINITY, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_GET_DEV_INFO		_IOR('u', UBLK_CMD_GET_DEV_INFO, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_ADD_DEV		_IOWR('u', UBLK_CMD_ADD_DEV, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_DEL_DEV		_IOWR('u', UBLK_CMD_DEL_DEV, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_START_DEV		_IOWR('u', UBLK_CMD_START_DEV, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_STOP_DEV		_IOWR('u', UBLK_CMD_STOP_DEV, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_SET_PARAMS		_IOWR('u', UBLK_CMD_SET_PARAMS, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_GET_PARAMS		_IOR('u', UBLK_CMD_GET_PARAMS, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_START_USER_RECOVERY	_IOWR('u', UBLK_CMD_START_USER_RECOVERY, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_END_USER_RECOVERY	_IOWR('u', UBLK_CMD_END_USER_RECOVERY, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_GET_DEV_INFO2	_IOR('u', UBLK_CMD_GET_DEV_INFO2, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_GET_FEATURES		_IOR('u', UBLK_CMD_GET_FEATURES, struct ublksrv_ctrl_cmd)
#define UBLK_U_CMD_DEL_DEV_ASYNC	_IOR('u', UBLK_CMD_DEL_DEV_ASYNC, struct ublksrv_ctrl_cmd)

#define UBLK_U_IO_FETCH_REQ		_IOWR('u', UBLK_IO_FETCH_REQ, struct ublksrv_io_cmd)
#define UBLK_U_IO_COMMIT_AND_FETCH_REQ	_IOWR('u', UBLK_IO_COMMIT_AND_FETCH_REQ, struct ublksrv_io_cmd)
#define UBLK_U_IO_NEED_GET_DATA		_IOWR('u', UBLK_IO_NEED_GET_DATA, struct ublksrv_io_cmd)

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
_Static_assert(UBLK_U_IO_FETCH_REQ == 0xc0107520u, "FETCH_REQ encoding");
_Static_assert(UBLK_U_CMD_ADD_DEV == 0xc0207504u, "ADD_DEV encoding");

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

#endif /* UBLKD_UBLK_UAPI_H */
