// SPDX-License-Identifier: MIT
/* The debug trace switch: mask parsing and the environment variable. */
#include <errno.h>
#include <stdlib.h>
#include "tap.h"
#include "ublkd/debug.h"

int main(void)
{
	unsigned int m = 0;

	is_int(ublk_debug_parse("0x9", &m), 0, "hex mask");
	is_int(m, UBLK_DBG_CTRL | UBLK_DBG_IO_CMD, "0x9 is ctrl|io_cmd");
	is_int(ublk_debug_parse("io_cmd,ctrl", &m), 0, "names");
	is_int(m, UBLK_DBG_CTRL | UBLK_DBG_IO_CMD, "names give the same mask");
	is_int(ublk_debug_parse("all", &m), 0, "all");
	is_int(m, UBLK_DBG_ALL, "all is every area");
	is_int(ublk_debug_parse("io,bogus", &m), -EINVAL, "unknown area refused");
	is_int(ublk_debug_parse("0x1000", &m), -EINVAL, "unknown bit refused");
	is_int(ublk_debug_parse("", &m), -EINVAL, "empty refused");
	is_int(ublk_debug_mask, 0, "off by default");
	setenv("UBLKD_DEBUG_MASK", "dev", 1);
	ublk_debug_init();
	is_int(ublk_debug_mask, UBLK_DBG_DEV, "UBLKD_DEBUG_MASK=dev");
	ublk_dbg(UBLK_DBG_DEV, "a trace line (dev is on)");
	ublk_dbg(UBLK_DBG_IO, "never printed (io is off)");
	return done_testing();
}
