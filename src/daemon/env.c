// SPDX-License-Identifier: MIT
/*
 * The daemon's own environment: what it must be before it serves a disk.
 *
 * - PR_SET_IO_FLUSHER: the daemon serves the writeback that frees memory;
 *   its allocations must not wait on that same writeback (reclaim
 *   deadlock), and it is not throttled as a dirtier.
 * - Its own mount namespace, private: a filesystem mounted later on its
 *   own disk never propagates into it, so the daemon's exit (which tears
 *   its namespace down) never has to unmount a filesystem whose I/O only
 *   it can serve. The copy taken at unshare would hold every filesystem
 *   mounted then, so the mounts of ublk disks (ours or other daemons')
 *   are detached from it: an `umount` outside then really lets go of
 *   them. /dev, /run, /dev/shm and the backing files stay as they were.
 * - RLIMIT_NOFILE: checked (and raised to what is needed, up to the hard
 *   limit) before ADD_DEV, so a low limit is a clear error, not a device
 *   left half made.
 */
#include <dirent.h>
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "daemon/env.h"

#ifndef PR_SET_IO_FLUSHER
#define PR_SET_IO_FLUSHER 57
#endif

/* Descriptors a device needs: the process's, a few of its own, per queue. */
#define NOFILE_BASE		16
#define NOFILE_PER_QUEUE	4

/* mountinfo's octal escapes (\040 for a space) undone in place. */
static void unescape_octal(char *s)
{
	char *d = s;

	while (*s) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' &&
		    s[2] >= '0' && s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
			*d++ = (char)((s[1] - '0') << 6 | (s[2] - '0') << 3 |
				      (s[3] - '0'));
			s += 4;
		} else {
			*d++ = *s++;
		}
	}
	*d = '\0';
}

/*
 * Detach every mount whose source is a ublk disk; deepest first is not
 * needed: MNT_DETACH takes what is mounted below along.
 */
static void detach_ublk_mounts(void)
{
	char *line = NULL;
	size_t cap = 0;
	FILE *f = fopen("/proc/self/mountinfo", "re");

	if (!f)
		return;
	while (getline(&line, &cap, f) > 0) {
		char mnt[4096], src[256];
		char *sep = strstr(line, " - ");

		/* id parent major:minor root MOUNTPOINT ... - fstype SOURCE */
		if (!sep || sscanf(line, "%*s %*s %*s %*s %4095s", mnt) != 1 ||
		    sscanf(sep + 3, "%*s %255s", src) != 1)
			continue;
		if (strncmp(src, "/dev/ublkb", 10))
			continue;
		unescape_octal(mnt);
		if (umount2(mnt, MNT_DETACH))
			fprintf(stderr, "ublkd: note: cannot detach %s (%s) from the daemon's mount namespace: %s\n",
				mnt, src, strerror(errno));
	}
	free(line);
	fclose(f);
}

void ublk_daemon_env(void)
{
	/*
	 * A user's daemon (--unprivileged) has neither CAP_SYS_RESOURCE nor
	 * CAP_SYS_ADMIN, which IO_FLUSHER and a mount namespace need: skip both.
	 */
	if (geteuid() != 0)
		return;
	if (prctl(PR_SET_IO_FLUSHER, 1, 0, 0, 0))
		fprintf(stderr, "ublkd: note: PR_SET_IO_FLUSHER: %s (memory reclaim may wait on this device)\n",
			strerror(errno));
	if (unshare(CLONE_NEWNS)) {
		fprintf(stderr, "ublkd: note: no mount namespace of its own (unshare: %s)\n",
			strerror(errno));
		return;
	}
	if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL)) {
		fprintf(stderr, "ublkd: note: cannot make the daemon's mounts private: %s\n",
			strerror(errno));
		return;
	}
	detach_ublk_mounts();
}

static unsigned int open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *de;
	unsigned int n = 0;

	if (!d)
		return 3;
	while ((de = readdir(d)))
		if (de->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

int ublk_daemon_check_nofile(unsigned int nr_queues)
{
	rlim_t need = open_fds() + NOFILE_BASE +
		      (rlim_t)NOFILE_PER_QUEUE * nr_queues;
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl))
		return 0;
	if (rl.rlim_cur >= need)
		return 0;
	if (rl.rlim_max >= need) {
		struct rlimit raised = { need, rl.rlim_max };

		if (!setrlimit(RLIMIT_NOFILE, &raised))
			return 0;
	}
	fprintf(stderr, "ublkd: the open-file limit is too low for %u queue%s: RLIMIT_NOFILE is %llu (hard %llu), a device needs about %llu (ulimit -n %llu); nothing created\n",
		nr_queues, nr_queues == 1 ? "" : "s",
		(unsigned long long)rl.rlim_cur,
		(unsigned long long)rl.rlim_max, (unsigned long long)need,
		(unsigned long long)need);
	return -EMFILE;
}
