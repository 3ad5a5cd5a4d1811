// SPDX-License-Identifier: MIT
/*
 * systemd's readiness protocol without libsystemd (include/ublkd/daemon.h:
 * ublk_sd_notify): one datagram of "KEY=VALUE\n..." text to the AF_UNIX
 * socket $NOTIFY_SOCKET names, a path or, with a leading '@', an abstract
 * name.
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "ublkd/daemon.h"

int ublk_sd_notify(const char *state)
{
	const char *name = getenv("NOTIFY_SOCKET");
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	size_t len, msg_len;
	socklen_t sa_len;
	ssize_t n;
	int fd, err;

	if (!name || !*name)
		return 0;
	if (!state || !*state)
		return -EINVAL;
	len = strlen(name);
	if (name[0] != '/' && name[0] != '@')
		return -EAFNOSUPPORT;	/* e.g. systemd's vsock: form */
	if (len >= sizeof(sa.sun_path) || (name[0] == '@' && len < 2))
		return -EINVAL;
	memcpy(sa.sun_path, name, len);
	if (name[0] == '@') {
		sa.sun_path[0] = '\0';	/* abstract: no terminating NUL */
		sa_len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len);
	} else {
		sa_len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
				     len + 1);
	}
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	msg_len = strlen(state);
	do
		n = sendto(fd, state, msg_len, MSG_NOSIGNAL,
			   (struct sockaddr *)&sa, sa_len);
	while (n < 0 && errno == EINTR);
	err = n < 0 ? -errno : (size_t)n == msg_len ? 1 : -EMSGSIZE;
	close(fd);
	return err;
}
