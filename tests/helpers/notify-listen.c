// SPDX-License-Identifier: MIT
/*
 * notify-listen NAME OUT [SECONDS]: play systemd's notification socket for
 * the VM tests (the guest has no systemd, no python, no socat). Binds an
 * AF_UNIX datagram socket at NAME (a path, or '@name' for an abstract
 * one), writes "bound" to OUT.ready once it listens, then appends each
 * datagram to OUT as one line ('\n' inside it become ' ') until SECONDS
 * pass (default 60) or SIGTERM. Exit 0, or 1 if the socket cannot be made.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	char buf[4096], ready[4096];
	socklen_t sl;
	size_t len;
	time_t end;
	ssize_t n;
	int fd, out;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: notify-listen NAME OUT [SECONDS]\n");
		return 2;
	}
	end = time(NULL) + (argc == 4 ? atoi(argv[3]) : 60);
	len = strlen(argv[1]);
	if (len < 2 || len >= sizeof(sa.sun_path)) {
		fprintf(stderr, "notify-listen: bad name '%s'\n", argv[1]);
		return 2;
	}
	memcpy(sa.sun_path, argv[1], len);
	sl = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len);
	if (argv[1][0] == '@')
		sa.sun_path[0] = '\0';
	else
		sl++;
	fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	out = open(argv[2], O_WRONLY | O_CREAT | O_APPEND, 0644);
	if (fd < 0 || out < 0 || bind(fd, (struct sockaddr *)&sa, sl)) {
		fprintf(stderr, "notify-listen: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	snprintf(ready, sizeof(ready), "%s.ready", argv[2]);
	close(open(ready, O_WRONLY | O_CREAT | O_TRUNC, 0644));
	while (time(NULL) < end) {
		struct pollfd p = { .fd = fd, .events = POLLIN };

		if (poll(&p, 1, 200) <= 0)
			continue;
		n = recv(fd, buf, sizeof(buf) - 1, 0);
		if (n <= 0)
			continue;
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] == '\n')
				buf[i] = ' ';
		buf[n++] = '\n';
		if (write(out, buf, (size_t)n) != n)
			return 1;
	}
	return 0;
}
