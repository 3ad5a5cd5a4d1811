// SPDX-License-Identifier: MIT
/* Names for printing (include/ublkd/names.h), each list once. */
#include <stdio.h>
#include <string.h>

#include "ublkd/names.h"
#include "ublkd/uapi.h"

const char *ublk_op_name(unsigned int op)
{
	static const char *const names[] = {
		[UBLK_IO_OP_READ] = "read",
		[UBLK_IO_OP_WRITE] = "write",
		[UBLK_IO_OP_FLUSH] = "flush",
		[UBLK_IO_OP_DISCARD] = "discard",
		[UBLK_IO_OP_WRITE_SAME] = "write_same",
		[UBLK_IO_OP_WRITE_ZEROES] = "write_zeroes",
		[UBLK_IO_OP_ZONE_OPEN] = "zone_open",
		[UBLK_IO_OP_ZONE_CLOSE] = "zone_close",
		[UBLK_IO_OP_ZONE_FINISH] = "zone_finish",
		[UBLK_IO_OP_ZONE_APPEND] = "zone_append",
		[UBLK_IO_OP_ZONE_RESET_ALL] = "zone_reset_all",
		[UBLK_IO_OP_ZONE_RESET] = "zone_reset",
		[UBLK_IO_OP_REPORT_ZONES] = "report_zones",
	};

	if (op < sizeof(names) / sizeof(names[0]) && names[op])
		return names[op];
	return "unknown op";
}

size_t ublk_json_escape(char *out, size_t cap, const char *s)
{
	size_t n = 0;

	if (!cap)
		return 0;
	for (; *s && n + 7 < cap; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			n += (size_t)snprintf(out + n, cap - n, "\\%c", c);
		else if (c < 0x20)
			n += (size_t)snprintf(out + n, cap - n, "\\u%04x", c);
		else
			out[n++] = (char)c;
	}
	out[n] = '\0';
	return n;
}


const char *ublk_state_name(unsigned int state)
{
	switch (state) {
	case UBLK_S_DEV_DEAD:
		return "DEAD";
	case UBLK_S_DEV_LIVE:
		return "LIVE";
	case UBLK_S_DEV_QUIESCED:
		return "QUIESCED";
	case UBLK_S_DEV_FAIL_IO:
		return "FAIL_IO";
	default:
		return "UNKNOWN";
	}
}

/*
 * Every UBLK_F_* of the newest UAPI, with its two spellings: `ublk list`'s
 * (the order and spelling of ublksrv's list, newer bits after) and the
 * header's own (`ublk features`, error messages).
 */
static const struct {
	uint64_t flag;
	const char *name;	/* ublk list */
	const char *feature;	/* UBLK_F_*: ublk features */
} flag_names[] = {
	{ UBLK_F_SUPPORT_ZERO_COPY, "SUPPORT_ZERO_COPY", "UBLK_F_SUPPORT_ZERO_COPY" },
	{ UBLK_F_URING_CMD_COMP_IN_TASK, "URING_CMD_COMP_IN_TASK", "UBLK_F_URING_CMD_COMP_IN_TASK" },
	{ UBLK_F_NEED_GET_DATA, "NEED_GET_DATA", "UBLK_F_NEED_GET_DATA" },
	{ UBLK_F_UNPRIVILEGED_DEV, "UNPRIVILEGED_DEV", "UBLK_F_UNPRIVILEGED_DEV" },
	{ UBLK_F_USER_RECOVERY, "RECOVERY", "UBLK_F_USER_RECOVERY" },
	{ UBLK_F_USER_RECOVERY_REISSUE, "RECOVERY_REISSUE", "UBLK_F_USER_RECOVERY_REISSUE" },
	{ UBLK_F_CMD_IOCTL_ENCODE, "CMD_IOCTL_ENCODE", "UBLK_F_CMD_IOCTL_ENCODE" },
	{ UBLK_F_USER_COPY, "USER_COPY", "UBLK_F_USER_COPY" },
	{ UBLK_F_ZONED, "ZONED", "UBLK_F_ZONED" },
	{ UBLK_F_USER_RECOVERY_FAIL_IO, "RECOVERY_FAIL_IO", "UBLK_F_USER_RECOVERY_FAIL_IO" },
	{ UBLK_F_UPDATE_SIZE, "UPDATE_SIZE", "UBLK_F_UPDATE_SIZE" },
	{ UBLK_F_AUTO_BUF_REG, "AUTO_BUF_REG", "UBLK_F_AUTO_BUF_REG" },
	{ UBLK_F_QUIESCE, "QUIESCE", "UBLK_F_QUIESCE" },
	{ UBLK_F_PER_IO_DAEMON, "PER_IO_DAEMON", "UBLK_F_PER_IO_DAEMON" },
	{ UBLK_F_BUF_REG_OFF_DAEMON, "BUF_REG_OFF_DAEMON", "UBLK_F_BUF_REG_OFF_DAEMON" },
	{ UBLK_F_BATCH_IO, "BATCH_IO", "UBLK_F_BATCH_IO" },
	{ UBLK_F_INTEGRITY, "INTEGRITY", "UBLK_F_INTEGRITY" },
	{ UBLK_F_SAFE_STOP_DEV, "SAFE_STOP_DEV", "UBLK_F_SAFE_STOP_DEV" },
	{ UBLK_F_NO_AUTO_PART_SCAN, "NO_AUTO_PART_SCAN", "UBLK_F_NO_AUTO_PART_SCAN" },
	{ UBLK_F_SHMEM_ZC, "SHMEM_ZC", "UBLK_F_SHMEM_ZC" },
	{ UBLK_F_IO_DESC_SIZE, "IO_DESC_SIZE", "UBLK_F_IO_DESC_SIZE" },
};

#define NR_FLAG_NAMES	(sizeof(flag_names) / sizeof(flag_names[0]))

const char *ublk_feature_name(unsigned int bit)
{
	size_t i;

	for (i = 0; bit < 64 && i < NR_FLAG_NAMES; i++)
		if (flag_names[i].flag == 1ULL << bit)
			return flag_names[i].feature;
	return NULL;
}

static void buf_append(char *buf, size_t len, size_t *pos, const char *s)
{
	int n;

	if (*pos >= len)
		return;
	n = snprintf(buf + *pos, len - *pos, "%s%s", *pos ? " " : "", s);
	if (n > 0)
		*pos += (size_t)n;
}

const char *ublk_flags_str(uint64_t flags, char *buf, size_t len)
{
	uint64_t known = 0;
	size_t pos = 0;
	char unk[32];

	if (!len)
		return buf;
	buf[0] = '\0';
	for (size_t i = 0; i < NR_FLAG_NAMES; i++) {
		known |= flag_names[i].flag;
		if (flags & flag_names[i].flag)
			buf_append(buf, len, &pos, flag_names[i].name);
	}
	for (unsigned int bit = 0; bit < 64; bit++) {
		if (!(flags & ~known & (1ULL << bit)))
			continue;
		snprintf(unk, sizeof(unk), "BIT%u", bit);
		buf_append(buf, len, &pos, unk);
	}
	return buf;
}

const char *ublk_data_path_name(uint64_t flags)
{
	if (flags & UBLK_F_AUTO_BUF_REG)
		return flags & UBLK_F_SUPPORT_ZERO_COPY ? "auto_zc_fallback" :
							  "auto_zc";
	if (flags & UBLK_F_SUPPORT_ZERO_COPY)
		return "zero_copy";
	if (flags & UBLK_F_USER_COPY)
		return "user_copy";
	if (flags & UBLK_F_NEED_GET_DATA)
		return "get_data";
	return "copy";
}
