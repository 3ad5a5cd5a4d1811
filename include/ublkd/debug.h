/* SPDX-License-Identifier: MIT */
/*
 * ublkd debug trace: one switch per area, off by default. A trace point
 * costs one predicted-not-taken branch on a global mask when its area is
 * off (as ublksrv's ublk_dbg). The mask comes from UBLKD_DEBUG_MASK in
 * the environment (ublk_debug_init()) or `ublk add --debug_mask MASK`:
 * a number (0x.. hex) or area names joined by ',' ("io_cmd,ctrl", "all").
 * Traces go to stderr, which for a daemon is its log.
 */
#ifndef UBLKD_DEBUG_H
#define UBLKD_DEBUG_H

#define UBLK_DBG_CTRL	(1u << 0)	/* control commands and their results */
#define UBLK_DBG_DEV	(1u << 1)	/* device lifecycle */
#define UBLK_DBG_THREAD	(1u << 2)	/* engine threads: set-up, waits */
#define UBLK_DBG_IO_CMD	(1u << 3)	/* per-tag commands: FETCH/COMMIT/GET_DATA */
#define UBLK_DBG_IO	(1u << 4)	/* target I/O CQEs */
#define UBLK_DBG_TGT	(1u << 5)	/* targets' own traces */
#define UBLK_DBG_DAEMON	(1u << 6)	/* daemon: state file, signals */
#define UBLK_DBG_ALL	((1u << 7) - 1)

extern unsigned int ublk_debug_mask;

void ublk_dbg_printf(unsigned int area, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), cold));

#define ublk_dbg(area, fmt, ...)					\
	do {								\
		if (__builtin_expect(ublk_debug_mask & (area), 0))	\
			ublk_dbg_printf(area, fmt, ##__VA_ARGS__);	\
	} while (0)

/* Parse a mask (see above) into *@mask: 0, or -EINVAL. */
int ublk_debug_parse(const char *s, unsigned int *mask);
/* Take UBLKD_DEBUG_MASK from the environment, if set and valid. */
void ublk_debug_init(void);

#endif /* UBLKD_DEBUG_H */
