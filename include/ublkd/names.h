/* SPDX-License-Identifier: MIT */
/* Names for printing what the kernel ABI numbers: ops, flags, states. */
#ifndef UBLKD_NAMES_H
#define UBLKD_NAMES_H

#include <stddef.h>
#include <stdint.h>

/* "read", "write", "flush", "discard", "write_same", "write_zeroes", ... */
const char *ublk_op_name(unsigned int op);
/* "LIVE", "DEAD", "QUIESCED", "FAIL_IO", else "UNKNOWN". */
const char *ublk_state_name(unsigned int state);
/* Space-separated `ublk list` names of the set UBLK_F_* bits into @buf. */
const char *ublk_flags_str(uint64_t flags, char *buf, size_t len);
/* The UBLK_F_* name of flag bit @bit ("UBLK_F_QUIESCE"), or NULL. */
const char *ublk_feature_name(unsigned int bit);
/*
 * The data path a device's UBLK_F_* flags make: "auto_zc_fallback"
 * (AUTO_BUF_REG + SUPPORT_ZERO_COPY), "auto_zc", "zero_copy", "user_copy",
 * "get_data" (copy, NEED_GET_DATA) or "copy".
 */
const char *ublk_data_path_name(uint64_t flags);
/*
 * Copy @s into @out as the body of a JSON string ('"', '\\' and control
 * characters escaped); stops before @cap runs out, always terminated.
 * Returns the length written.
 */
size_t ublk_json_escape(char *out, size_t cap, const char *s);

#endif /* UBLKD_NAMES_H */
