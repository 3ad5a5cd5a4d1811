// SPDX-License-Identifier: MIT
/*
 * `ublk chown NAME`: udev's helper for unprivileged devices (ublkd's
 * rule runs it, as root, for every ublkcN, ublkbN and ublkbNpM node it
 * adds). A device created with UBLK_F_UNPRIVILEGED_DEV by a user gets its
 * node given to that user (the owner_uid / owner_gid the kernel recorded
 * at ADD_DEV, read with GET_DEV_INFO2), mode 0660, so that the user's
 * daemon can open /dev/ublkcN and the user can use /dev/ublkbN. A
 * privileged device's nodes are left as they are.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "ublkd/ctrl.h"

/* "ublkc3", "/dev/ublkb3", "ublkb3p1": the device id, or -1. */
static long node_dev_id(const char *name)
{
	unsigned int id, part;
	char kind, end;

	if (!strncmp(name, "/dev/", 5))
		name += 5;
	if (sscanf(name, "ublk%c%u%c", &kind, &id, &end) == 2 &&
	    (kind == 'b' || kind == 'c'))
		return id;
	if (sscanf(name, "ublkb%up%u%c", &id, &part, &end) == 2)
		return id;
	return -1;
}

int cmd_chown(int argc, char **argv)
{
	struct ublksrv_ctrl_dev_info info;
	struct ublk_ctrl c;
	char path[64];
	long id;
	int ret;

	if (argc != 2) {
		fprintf(stderr, "usage: ublk chown NAME (ublkcN, ublkbN, ublkbNpM)\n");
		return UBLK_EXIT_USAGE;
	}
	id = node_dev_id(argv[1]);
	if (id < 0 || strlen(argv[1]) > 40) {
		fprintf(stderr, "ublk chown: '%s' is not a ublk device node (ublkcN, ublkbN, ublkbNpM)\n",
			argv[1]);
		return UBLK_EXIT_USAGE;
	}
	snprintf(path, sizeof(path), "/dev/%s",
		 strncmp(argv[1], "/dev/", 5) ? argv[1] : argv[1] + 5);
	if (ublk_ctrl_open_explain(&c, 0, "ublk chown"))
		return 1;
	ret = ublk_ctrl_get_dev_info(&c, (uint32_t)id, &info);
	ublk_ctrl_close(&c);
	if (ret) {
		fprintf(stderr, "ublk chown: device %ld: %s\n", id,
			strerror(-ret));
		return 1;
	}
	if (!(info.flags & UBLK_F_UNPRIVILEGED_DEV))
		return 0;	/* root's device: its nodes stay root's */
	if (chown(path, info.owner_uid, info.owner_gid) ||
	    chmod(path, 0660)) {
		fprintf(stderr, "ublk chown: %s: %s\n", path, strerror(errno));
		return 1;
	}
	return 0;
}
