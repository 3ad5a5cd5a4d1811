// SPDX-License-Identifier: MIT
/*
 * ublk_sd_notify(): the systemd notification written on the socket
 * directly. The test binds the AF_UNIX datagram socket systemd would (a
 * path, then an abstract '@' name), points NOTIFY_SOCKET at it and reads
 * what arrives; then the refusals.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "ublkd/daemon.h"
#include "tap.h"

/* Bind a datagram socket at @name (a path, or '@' for abstract). */
static int listen_at(const char *name)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	size_t len = strlen(name);
	socklen_t sl = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len);
	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	memcpy(sa.sun_path, name, len);
	if (name[0] == '@')
		sa.sun_path[0] = '\0';
	else
		sl++;
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sl)) {
		diag("bind %s: %s", name, strerror(errno));
		bail_out("cannot bind the test's socket");
	}
	return fd;
}

/* The next datagram, without waiting: "" when none. */
static const char *next_msg(int fd)
{
	static char buf[512];
	ssize_t n = recv(fd, buf, sizeof(buf) - 1, MSG_DONTWAIT);

	buf[n > 0 ? n : 0] = '\0';
	return buf;
}

int main(void)
{
	char path[108], abs_name[64], big[200];
	int fd;

	unsetenv("NOTIFY_SOCKET");
	is_int(ublk_sd_notify("READY=1"), 0, "no NOTIFY_SOCKET: nothing, 0");
	setenv("NOTIFY_SOCKET", "", 1);
	is_int(ublk_sd_notify("READY=1"), 0, "empty NOTIFY_SOCKET: 0");

	snprintf(path, sizeof(path), "/tmp/ublkd-notify-test.%d", (int)getpid());
	unlink(path);
	fd = listen_at(path);
	setenv("NOTIFY_SOCKET", path, 1);
	is_int(ublk_sd_notify("READY=1\nSTATUS=serving"), 1, "path: sent");
	ok(!strcmp(next_msg(fd), "READY=1\nSTATUS=serving"),
	   "path: the datagram is the state, whole");
	is_int(ublk_sd_notify("STOPPING=1"), 1, "second message sent");
	ok(!strcmp(next_msg(fd), "STOPPING=1"), "path: in order");
	ok(!strcmp(next_msg(fd), ""), "nothing more");
	close(fd);
	unlink(path);
	is_int(ublk_sd_notify("READY=1"), -ENOENT, "nobody listening: -ENOENT");

	snprintf(abs_name, sizeof(abs_name), "@ublkd-notify-test/%d",
		 (int)getpid());
	fd = listen_at(abs_name);
	setenv("NOTIFY_SOCKET", abs_name, 1);
	is_int(ublk_sd_notify("READY=1"), 1, "abstract: sent");
	ok(!strcmp(next_msg(fd), "READY=1"), "abstract: received");
	is_int(ublk_sd_notify(""), -EINVAL, "empty state: -EINVAL");
	is_int(ublk_sd_notify(NULL), -EINVAL, "NULL state: -EINVAL");
	ok(!strcmp(next_msg(fd), ""), "refused states send nothing");
	close(fd);

	setenv("NOTIFY_SOCKET", "relative/sock", 1);
	is_int(ublk_sd_notify("READY=1"), -EAFNOSUPPORT,
	       "relative name: -EAFNOSUPPORT");
	setenv("NOTIFY_SOCKET", "vsock:2:1234", 1);
	is_int(ublk_sd_notify("READY=1"), -EAFNOSUPPORT, "vsock: -EAFNOSUPPORT");
	setenv("NOTIFY_SOCKET", "@", 1);
	is_int(ublk_sd_notify("READY=1"), -EINVAL, "bare '@': -EINVAL");
	memset(big, 'a', sizeof(big) - 1);
	big[0] = '/';
	big[sizeof(big) - 1] = '\0';
	setenv("NOTIFY_SOCKET", big, 1);
	is_int(ublk_sd_notify("READY=1"), -EINVAL, "too long: -EINVAL");
	return done_testing();
}
