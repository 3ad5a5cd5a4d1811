// SPDX-License-Identifier: MIT
/*
 * The vendored kernel UAPI header beside the system's <linux/ublk_cmd.h>:
 * both carry the kernel's include guard, so including ours first and the
 * system's after compiles without a single redefinition (-Werror), and
 * the newer definitions are the ones in force.
 */
#include "ublkd/uapi.h"
#include <linux/ublk_cmd.h>
#include "tap.h"

int main(void)
{
	ok(UBLK_F_PER_IO_DAEMON == 1ULL << 13, "newer feature bits defined");
	ok(UBLK_U_CMD_DEL_DEV_ASYNC != 0, "DEL_DEV_ASYNC defined");
	is_int(UBLKD_PARAMS_LEN, 108, "params sent: basic..zoned, 108 bytes");
	is_int(UBLK_IO_RES_ABORT, -ENODEV, "ABORT is -ENODEV");
	return done_testing();
}
