// SPDX-License-Identifier: MIT
/*
 * Teardown leaks nothing: 100 init/exit cycles in every mode (with
 * registered files and a registered ring fd on some) leave the same
 * number of open fds (/proc/self/fd) and mappings (/proc/self/maps).
 * ur_exit() is safe on a zeroed ring, after a failed init, and twice.
 */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "tap.h"
#include "ublkd/ring.h"

static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;
	int n = 0;

	if (!d)
		bail_out("opendir /proc/self/fd");
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n - 1;	/* the DIR's own fd */
}

static int count_maps(void)
{
	FILE *f = fopen("/proc/self/maps", "r");
	int c, n = 0;

	if (!f)
		bail_out("fopen /proc/self/maps");
	while ((c = fgetc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return n;
}

static const unsigned int modes[] = {
	0, IORING_SETUP_SQE128, IORING_SETUP_CQE32,
	IORING_SETUP_SQE128 | IORING_SETUP_CQE32 | UR_OPT_TASKRUN,
};

int main(void)
{
	struct ur_ring r;
	int fds0, maps0, i, fails = 0, regs = 0;
	int files[2] = { 0, 1 };

	memset(&r, 0, sizeof(r));
	ur_exit(&r);
	ok(1, "ur_exit on a zeroed ring");
	fds0 = count_fds();
	maps0 = count_maps();
	for (i = 0; i < 100; i++) {
		struct ur_sqe *sqe;

		if (ur_init(&r, 8 << (i % 3), 0, modes[i % 4])) {
			fails++;
			continue;
		}
		if (i % 2 == 0 && ur_register_files(&r, files, 2))
			fails++;
		if (i % 5 == 0)
			regs += ur_register_ring_fd(&r) == 0;
		sqe = ur_get_sqe(&r);
		ur_prep_nop(sqe);
		if (ur_submit_and_wait(&r, 1) != 1)
			fails++;
		ur_exit(&r);
		if (i % 7 == 0)
			ur_exit(&r);	/* twice is harmless */
	}
	is_int(fails, 0, "100 cycles, no failure");
	is_int(regs, 20, "ring fd registered in 20 of them");
	is_int(count_fds(), fds0, "same fd count after (%d)", fds0);
	is_int(count_maps(), maps0, "same mapping count after (%d)", maps0);
	for (i = 0; i < 3; i++)
		ur_init(&r, 0, 0, 0);	/* fails: -EINVAL */
	is_int(count_fds(), fds0, "failed inits leave no fd");
	ur_exit(&r);
	ok(1, "ur_exit after a failed init");
	return done_testing();
}
