// SPDX-License-Identifier: MIT
/*
 * libFuzzer harness: what the nbd target reads from outside
 * (src/targets/nbd_proto.c). The first byte picks the parser:
 *   0: the server's side of the handshake (the rest of the input, then
 *      EOF, on a socketpair; what the client writes is drained);
 *   1: a simple reply (16 bytes, zero-padded);
 *   2: an nbd:// or nbd+unix:// URI (the rest, NUL-terminated).
 * Whatever the bytes: no crash, no sanitizer report, no hang; a refusal
 * is -errno with a message (from the handshake: one printable line, as
 * the server's bytes must not reach a terminal raw); an accepted handshake
 * has the block sizes the client then trusts (min <= pref <= max when
 * sent: proto.md's rules) and an accepted URI only terminated strings.
 */
#include <signal.h>
#include <sys/socket.h>

#include "../../src/targets/nbd_proto.c"

static void check_msg(const char *m)
{
	if (!m[0])
		__builtin_trap();
	for (const char *p = m; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
			__builtin_trap();
}

static bool terminated(const char *s, size_t cap)
{
	return memchr(s, 0, cap) != NULL;
}

static bool pow2(uint32_t v)
{
	return v && !(v & (v - 1));
}

static void fuzz_handshake(const uint8_t *d, size_t n)
{
	struct nbd_export ex;
	char err[256] = "";
	char sink[4096];
	int sv[2], ret;

	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv))
		return;
	/* the server's bytes, then EOF: never a wait */
	if (n && write(sv[1], d, n) != (ssize_t)n) {
		close(sv[0]);
		close(sv[1]);
		return;
	}
	shutdown(sv[1], SHUT_WR);
	memset(&ex, 0, sizeof(ex));
	ret = nbd_handshake(sv[0], "export", 1000, &ex, err, sizeof(err));
	if (ret) {
		if (ret > 0 || ret < -4095)
			__builtin_trap();
		check_msg(err);
	} else {
		if (ex.min_bs && (!pow2(ex.min_bs) || !pow2(ex.pref_bs) ||
				  ex.min_bs > 65536 ||
				  ex.min_bs > ex.pref_bs ||
				  ex.pref_bs > ex.max_bs ||
				  (ex.max_bs != 0xffffffffu &&
				   ex.max_bs % ex.min_bs)))
			__builtin_trap();
	}
	while (recv(sv[1], sink, sizeof(sink), MSG_DONTWAIT) > 0)
		;
	close(sv[0]);
	close(sv[1]);
}

static void fuzz_reply(const uint8_t *d, size_t n)
{
	uint8_t buf[16] = { 0 };
	uint32_t error = 0;
	uint64_t cookie = 0;
	int ret;

	memcpy(buf, d, n < 16 ? n : 16);
	ret = nbd_decode_simple_reply(buf, &error, &cookie);
	if (ret && ret != -EPROTO && ret != -EOPNOTSUPP)
		__builtin_trap();
	if (!ret && nbd_errno(error) > 0)
		__builtin_trap();
}

static void fuzz_uri(const uint8_t *d, size_t n)
{
	static struct nbd_addr a;
	char err[256] = "", *s;
	int ret;

	s = malloc(n + 1);
	if (!s)
		return;
	memcpy(s, d, n);
	s[n] = 0;
	memset(&a, 0, sizeof(a));
	ret = nbd_parse_uri(s, &a, err, sizeof(err));
	if (ret) {
		/* the message quotes the user's own URI: only non-empty */
		if (ret != -EINVAL || !err[0])
			__builtin_trap();
	} else if (!terminated(a.host, sizeof(a.host)) ||
		   !terminated(a.port, sizeof(a.port)) ||
		   !terminated(a.unix_path, sizeof(a.unix_path)) ||
		   !terminated(a.export_name, sizeof(a.export_name)) ||
		   (!a.host[0] && !a.unix_path[0])) {
		__builtin_trap();
	}
	free(s);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	signal(SIGPIPE, SIG_IGN);	/* the client may write after EOF */
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size || size > 65536)
		return 0;
	switch (data[0] % 3) {
	case 0:
		fuzz_handshake(data + 1, size - 1);
		break;
	case 1:
		fuzz_reply(data + 1, size - 1);
		break;
	default:
		fuzz_uri(data + 1, size - 1);
		break;
	}
	return 0;
}
