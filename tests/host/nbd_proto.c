// SPDX-License-Identifier: MIT
/*
 * The nbd target's protocol (src/targets/nbd_proto.c): request encoding
 * and reply decoding byte by byte, structured reply chunks (every type,
 * in and out of their request), URIs, the handshake against scripted
 * servers (a server that hangs up mid-greeting, oldstyle, not NBD,
 * structured replies taken / refused / answered with nonsense, GO
 * unsupported -> EXPORT_NAME, GO with block sizes, unknown export,
 * silence), then against a real `nbdkit memory` on a unix socket:
 * structured replies and GO, a write and a read through the encoded
 * requests with the read's chunks assembled by the parser, an error
 * chunk, simple replies with `--no-sr`, a read-only export, and an
 * unknown export name (exportname filter). The nbdkit part is skipped
 * where nbdkit is not installed.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "tap.h"
#include "targets/nbd_proto.h"

static char err[512];

/* ---- pure encode / decode ---- */

static void test_codec(void)
{
	static const uint8_t want[28] = {
		0x25, 0x60, 0x95, 0x13, 0x00, 0x03, 0x00, 0x01,
		0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
		0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x10, 0x00,
		0x00, 0x02, 0x00, 0x00,
	};
	uint8_t rep[16] = { 0x67, 0x44, 0x66, 0x98, 0, 0, 0, 5,
			    0, 0, 0, 0, 0, 0x12, 0x00, 0x07 };
	struct nbd_request r;
	uint32_t e = 99;
	uint64_t ck = 0;

	nbd_encode_request(&r, NBD_CMD_WRITE,
			   NBD_CMD_FLAG_FUA | NBD_CMD_FLAG_NO_HOLE,
			   0x1122334455667788ULL, 0x100001000ULL, 0x20000);
	ok(!memcmp(&r, want, sizeof(want)), "request encodes big-endian, 28 bytes");
	is_int(nbd_decode_simple_reply(rep, &e, &ck), 0, "simple reply decodes");
	is_int(e, 5, "its error");
	ok(ck == 0x120007, "its cookie (%#llx)", (unsigned long long)ck);
	rep[0] = 0x66; rep[1] = 0x8e; rep[2] = 0x33; rep[3] = 0xef;
	is_int(nbd_decode_simple_reply(rep, &e, &ck), -EOPNOTSUPP,
	       "structured reply magic: not negotiated");
	rep[0] = 0;
	is_int(nbd_decode_simple_reply(rep, &e, &ck), -EPROTO, "bad magic");
	is_int(nbd_errno(0), 0, "NBD error 0");
	is_int(nbd_errno(28), -ENOSPC, "NBD ENOSPC");
	is_int(nbd_errno(1234), -EIO, "unknown NBD error: EIO");
}

/* ---- structured reply chunks ---- */

/* A chunk header of @type, @flags, cookie 7, @len payload bytes. */
static void chunk_hdr(uint8_t *p, uint16_t flags, uint16_t type, uint32_t len)
{
	uint32_t v32;
	uint16_t v16;
	uint64_t v64;

	v32 = htobe32(NBD_STRUCTURED_REPLY_MAGIC);
	memcpy(p, &v32, 4);
	v16 = htobe16(flags);
	memcpy(p + 4, &v16, 2);
	v16 = htobe16(type);
	memcpy(p + 6, &v16, 2);
	v64 = htobe64(7);
	memcpy(p + 8, &v64, 8);
	v32 = htobe32(len);
	memcpy(p + 16, &v32, 4);
}

/* Decode the header at @h, then parse the payload head at @h + 20. */
static int chunk(const uint8_t *h, uint64_t off, uint32_t len, bool rd,
		 struct nbd_chunk_res *r)
{
	struct nbd_chunk ch;

	if (nbd_decode_chunk(h, &ch) || ch.cookie != 7)
		return -100;
	return nbd_parse_chunk(&ch, h + 20, off, len, rd, r);
}

static void test_chunks(void)
{
	uint8_t b[64 + NBD_CHUNK_HEAD_MAX];
	struct nbd_chunk_res r;
	struct nbd_chunk ch;
	uint64_t v64;
	uint32_t v32;
	uint16_t v16;

	/* OFFSET_DATA: 4096 data bytes at 8192 of a read of 8192 at 4096 */
	chunk_hdr(b, 0, NBD_REPLY_TYPE_OFFSET_DATA, 8 + 4096);
	ok(!nbd_decode_chunk(b, &ch) && ch.flags == 0 &&
	   ch.type == NBD_REPLY_TYPE_OFFSET_DATA && ch.cookie == 7 &&
	   ch.length == 4104, "chunk header decodes (20 bytes, big-endian)");
	is_int(nbd_chunk_head_len(&ch), 8, "OFFSET_DATA: the offset first");
	v64 = htobe64(8192);
	memcpy(b + 20, &v64, 8);
	ok(!chunk(b, 4096, 8192, true, &r) && r.off == 4096 && r.len == 4096,
	   "OFFSET_DATA at its place in the request (+%u, %u bytes)", r.off,
	   r.len);
	is_int(chunk(b, 4096, 8192, false, &r), -EPROTO, "data for a write");
	is_int(chunk(b, 4096, 4096, true, &r), -EPROTO, "data past the request's end");
	is_int(chunk(b, 12288, 8192, true, &r), -EPROTO, "data before its start");
	chunk_hdr(b, 0, NBD_REPLY_TYPE_OFFSET_DATA, 8);
	nbd_decode_chunk(b, &ch);
	is_int(nbd_chunk_head_len(&ch), -EPROTO, "OFFSET_DATA without data");
	/* OFFSET_HOLE */
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, NBD_REPLY_TYPE_OFFSET_HOLE, 12);
	v64 = htobe64(4096);
	memcpy(b + 20, &v64, 8);
	v32 = htobe32(4096);
	memcpy(b + 28, &v32, 4);
	ok(!chunk(b, 0, 8192, true, &r) && r.off == 4096 && r.len == 4096,
	   "OFFSET_HOLE: %u zero bytes at +%u", r.len, r.off);
	v32 = htobe32(4097);
	memcpy(b + 28, &v32, 4);
	is_int(chunk(b, 0, 8192, true, &r), -EPROTO, "a hole past the end");
	v32 = 0;
	memcpy(b + 28, &v32, 4);
	is_int(chunk(b, 0, 8192, true, &r), -EPROTO, "an empty hole");
	chunk_hdr(b, 0, NBD_REPLY_TYPE_OFFSET_HOLE, 16);
	is_int(chunk(b, 0, 8192, true, &r), -EPROTO, "a hole of 16 bytes");
	/* ERROR, ERROR_OFFSET */
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, NBD_REPLY_TYPE_ERROR, 6 + 3);
	v32 = htobe32(28);
	memcpy(b + 20, &v32, 4);
	v16 = htobe16(3);
	memcpy(b + 24, &v16, 2);
	memcpy(b + 26, "abc", 3);
	ok(!chunk(b, 0, 512, false, &r) && r.error == -ENOSPC,
	   "ERROR with a message: %d", r.error);
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, NBD_REPLY_TYPE_ERROR, 6 + 4);
	is_int(chunk(b, 0, 512, false, &r), -EPROTO, "ERROR whose lengths disagree");
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, NBD_REPLY_TYPE_ERROR_OFFSET, 6 + 3 + 8);
	ok(!chunk(b, 0, 512, true, &r) && r.error == -ENOSPC, "ERROR_OFFSET");
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, NBD_REPLY_TYPE_ERR_BIT | 9, 6 + 3 + 5);
	ok(!chunk(b, 0, 512, true, &r) && r.error == -ENOSPC,
	   "an unknown error type is an error");
	v32 = 0;
	memcpy(b + 20, &v32, 4);
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, NBD_REPLY_TYPE_ERROR, 6 + 3);
	is_int(chunk(b, 0, 512, true, &r), -EPROTO, "ERROR with error 0");
	chunk_hdr(b, 0, NBD_REPLY_TYPE_ERROR, NBD_CHUNK_HEAD_MAX + 1);
	nbd_decode_chunk(b, &ch);
	is_int(nbd_chunk_head_len(&ch), -EPROTO, "an error chunk too long to take");
	/* NONE, unknown */
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, NBD_REPLY_TYPE_NONE, 0);
	ok(!chunk(b, 0, 512, false, &r) && !r.error && !r.len, "NONE with DONE");
	chunk_hdr(b, 0, NBD_REPLY_TYPE_NONE, 0);
	is_int(chunk(b, 0, 512, false, &r), -EPROTO, "NONE without DONE");
	chunk_hdr(b, NBD_REPLY_FLAG_DONE, 5, 0);
	is_int(chunk(b, 0, 512, false, &r), -EPROTO, "an unknown non-error type");
	b[0] = 0x67;
	is_int(nbd_decode_chunk(b, &ch), -EPROTO, "not the structured magic");
}

/* ---- URIs ---- */

static void test_uri(void)
{
	struct nbd_addr a;

	memset(&a, 0, sizeof(a));
	strcpy(a.port, NBD_DEFAULT_PORT);
	is_int(nbd_parse_uri("nbd://srv.example:10810/disk1", &a, err,
			     sizeof(err)), 0, "nbd://host:port/export");
	ok(!strcmp(a.host, "srv.example") && !strcmp(a.port, "10810") &&
	   !strcmp(a.export_name, "disk1") && !a.unix_path[0],
	   "host %s port %s export %s", a.host, a.port, a.export_name);
	memset(&a, 0, sizeof(a));
	strcpy(a.port, NBD_DEFAULT_PORT);
	is_int(nbd_parse_uri("nbd://[::1]", &a, err, sizeof(err)), 0,
	       "nbd://[v6]");
	ok(!strcmp(a.host, "::1") && !strcmp(a.port, "10809") &&
	   !a.export_name[0], "v6 host, default port, default export");
	memset(&a, 0, sizeof(a));
	is_int(nbd_parse_uri("nbd+unix:///exp?socket=/run/x.sock", &a, err,
			     sizeof(err)), 0, "nbd+unix:///export?socket=");
	ok(!strcmp(a.unix_path, "/run/x.sock") && !strcmp(a.export_name, "exp") &&
	   !a.host[0], "socket %s export %s", a.unix_path, a.export_name);
	is_int(nbd_parse_uri("nbd+unix:///?socket=/s", &a, err, sizeof(err)),
	       0, "nbd+unix with the default export");
	ok(!a.export_name[0], "empty export name");
	is_int(nbd_parse_uri("http://x/y", &a, err, sizeof(err)), -EINVAL,
	       "not an NBD URI: %s", err);
	is_int(nbd_parse_uri("nbds://x/y", &a, err, sizeof(err)), -EINVAL,
	       "TLS URI refused");
	is_int(nbd_parse_uri("nbd://x:0/y", &a, err, sizeof(err)), -EINVAL,
	       "port 0: %s", err);
	is_int(nbd_parse_uri("nbd://x:99999/y", &a, err, sizeof(err)), -EINVAL,
	       "port 99999");
	is_int(nbd_parse_uri("nbd://x:1a/y", &a, err, sizeof(err)), -EINVAL,
	       "port 1a");
	is_int(nbd_parse_uri("nbd:///y", &a, err, sizeof(err)), -EINVAL,
	       "nbd:// without a host: %s", err);
	is_int(nbd_parse_uri("nbd+unix:///y", &a, err, sizeof(err)), -EINVAL,
	       "nbd+unix without socket=: %s", err);
	is_int(nbd_parse_uri("nbd+unix://h/y?socket=/s", &a, err, sizeof(err)),
	       -EINVAL, "nbd+unix with a host");
}

/* ---- scripted servers ---- */

static void put64(uint8_t *p, uint64_t v)
{
	v = htobe64(v);
	memcpy(p, &v, 8);
}

static void put32(uint8_t *p, uint32_t v)
{
	v = htobe32(v);
	memcpy(p, &v, 4);
}

static void put16(uint8_t *p, uint16_t v)
{
	v = htobe16(v);
	memcpy(p, &v, 2);
}

/* The newstyle greeting with handshake flags @hf: 18 bytes. */
static size_t greet(uint8_t *p, uint16_t hf)
{
	put64(p, NBD_MAGIC);
	put64(p + 8, NBD_OPTS_MAGIC);
	put16(p + 16, hf);
	return 18;
}

/* An option reply header + @len bytes of @data. */
static size_t opt_reply(uint8_t *p, uint32_t opt, uint32_t type,
			const void *data, uint32_t len)
{
	put64(p, NBD_REP_MAGIC);
	put32(p + 8, opt);
	put32(p + 12, type);
	put32(p + 16, len);
	if (len)
		memcpy(p + 20, data, len);
	return 20 + len;
}

/* The reply to NBD_OPT_STRUCTURED_REPLY: @type (ACK, or an error). */
static size_t sr_reply(uint8_t *p, uint32_t type)
{
	return opt_reply(p, NBD_OPT_STRUCTURED_REPLY, type, NULL, 0);
}

/*
 * Run the handshake against a child that writes @script, then hangs up
 * after reading @hang_after bytes of the client's (-1: never), or (if
 * @expect) checks that the client sent exactly @expect_len bytes of
 * @expect, else just drains what it gets until the client is done.
 * Returns the handshake's result; *@child_ok: the child's check.
 */
static int scripted(const void *script, size_t len, int hang_after,
		    const void *expect, size_t expect_len, int timeout_ms,
		    struct nbd_export *ex, bool *child_ok)
{
	int sv[2], ret, st;
	pid_t pid;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		bail_out("socketpair");
	pid = fork();
	if (pid < 0)
		bail_out("fork");
	if (!pid) {
		uint8_t got[8192];
		size_t n = 0;
		ssize_t r;

		close(sv[0]);
		if (len && write(sv[1], script, len) != (ssize_t)len)
			_exit(2);
		while (hang_after >= 0 && n < (size_t)hang_after &&
		       (r = read(sv[1], got + n, (size_t)hang_after - n)) > 0)
			n += (size_t)r;
		if (hang_after >= 0)
			_exit(0);
		while (n < sizeof(got) &&
		       (r = read(sv[1], got + n, sizeof(got) - n)) > 0) {
			n += (size_t)r;
			if (expect && n >= expect_len)
				break;
		}
		if (expect)
			_exit(n == expect_len && !memcmp(got, expect, n) ? 0 : 1);
		_exit(0);
	}
	close(sv[1]);
	ret = nbd_handshake(sv[0], "exp", timeout_ms, ex, err, sizeof(err));
	shutdown(sv[0], SHUT_RDWR);
	close(sv[0]);
	waitpid(pid, &st, 0);
	*child_ok = WIFEXITED(st) && WEXITSTATUS(st) == 0;
	return ret;
}

static void test_scripted(void)
{
	uint8_t s[1024], want[256], info[32];
	struct nbd_export ex;
	bool cok;
	size_t n;
	int ret;

	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE);
	ret = scripted(s, 8, 0, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -ECONNRESET, "server hangs up mid-greeting: %s", err);
	ok(strstr(err, "closed the connection") != NULL, "message says so");

	put64(s + 8, NBD_OLDSTYLE_MAGIC);
	ret = scripted(s, 16, -1, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -EPROTO, "oldstyle server refused: %s", err);

	ret = scripted("HTTP/1.1 400 Bad\r\n\r\n", 20, -1, NULL, 0, 2000,
		       &ex, &cok);
	is_int(ret, -EPROTO, "not an NBD server: %s", err);

	/* fixed newstyle + NO_ZEROES: GO unsupported, then EXPORT_NAME */
	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE | NBD_FLAG_NO_ZEROES);
	n += sr_reply(s + n, NBD_REP_ERR_UNSUP);
	n += opt_reply(s + n, NBD_OPT_GO, NBD_REP_ERR_UNSUP, NULL, 0);
	put64(s + n, 1 << 20);
	put16(s + n + 8, NBD_FLAG_HAS_FLAGS | NBD_FLAG_SEND_FLUSH);
	n += 10;
	ret = scripted(s, n, -1, NULL, 0, 2000, &ex, &cok);
	is_int(ret, 0, "GO unsupported: EXPORT_NAME fallback %s", ret ? err : "");
	ok(!ex.via_go && ex.size == 1 << 20 &&
	   ex.flags == (NBD_FLAG_HAS_FLAGS | NBD_FLAG_SEND_FLUSH),
	   "fallback export: size %llu flags %#x",
	   (unsigned long long)ex.size, ex.flags);
	ok(!ex.structured, "structured replies refused: simple replies");

	/* structured replies taken, GO with INFO_EXPORT and INFO_BLOCK_SIZE, and what the client sent */
	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE | NBD_FLAG_NO_ZEROES);
	n += sr_reply(s + n, NBD_REP_ACK);
	put16(info, NBD_INFO_EXPORT);
	put64(info + 2, 64 << 20);
	put16(info + 10, NBD_FLAG_HAS_FLAGS | NBD_FLAG_READ_ONLY |
			 NBD_FLAG_CAN_MULTI_CONN);
	n += opt_reply(s + n, NBD_OPT_GO, NBD_REP_INFO, info, 12);
	put16(info, NBD_INFO_BLOCK_SIZE);
	put32(info + 2, 4096);
	put32(info + 6, 65536);
	put32(info + 10, 1 << 20);
	n += opt_reply(s + n, NBD_OPT_GO, NBD_REP_INFO, info, 14);
	n += opt_reply(s + n, NBD_OPT_GO, 2 /* NBD_REP_SERVER: skipped */,
		       "xyz", 3);
	n += opt_reply(s + n, NBD_OPT_GO, NBD_REP_ACK, NULL, 0);
	put32(want, NBD_FLAG_C_FIXED_NEWSTYLE | NBD_FLAG_C_NO_ZEROES);
	put64(want + 4, NBD_OPTS_MAGIC);
	put32(want + 12, NBD_OPT_STRUCTURED_REPLY);
	put32(want + 16, 0);
	put64(want + 20, NBD_OPTS_MAGIC);
	put32(want + 28, NBD_OPT_GO);
	put32(want + 32, 4 + 3 + 2 + 2);
	put32(want + 36, 3);
	memcpy(want + 40, "exp", 3);
	put16(want + 43, 1);
	put16(want + 45, NBD_INFO_BLOCK_SIZE);
	ret = scripted(s, n, -1, want, 47, 2000, &ex, &cok);
	is_int(ret, 0, "GO with block sizes %s", ret ? err : "");
	ok(cok, "the client sent its flags, NBD_OPT_STRUCTURED_REPLY and NBD_OPT_GO as the spec says");
	ok(ex.structured, "structured replies taken");
	ok(ex.via_go && ex.size == 64 << 20 && ex.min_bs == 4096 &&
	   ex.pref_bs == 65536 && ex.max_bs == 1 << 20 &&
	   (ex.flags & NBD_FLAG_READ_ONLY) && (ex.flags & NBD_FLAG_CAN_MULTI_CONN),
	   "export size %llu flags %#x block sizes %u/%u/%u",
	   (unsigned long long)ex.size, ex.flags, ex.min_bs, ex.pref_bs,
	   ex.max_bs);

	/* structured replies answered with nonsense (a reply type not ACK or an error) */
	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE);
	n += sr_reply(s + n, NBD_REP_INFO);
	ret = scripted(s, n, -1, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -EPROTO, "structured reply option answered with INFO: %s", err);
	ok(strstr(err, "NBD_OPT_STRUCTURED_REPLY") != NULL, "message names the option");
	/* ... or the server hangs up on it */
	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE);
	ret = scripted(s, n, 4 + 16, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -ECONNRESET, "server hangs up on NBD_OPT_STRUCTURED_REPLY: %s", err);

	/* unknown export */
	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE);
	n += sr_reply(s + n, NBD_REP_ERR_UNSUP);
	n += opt_reply(s + n, NBD_OPT_GO, NBD_REP_ERR_UNKNOWN, "nope", 4);
	ret = scripted(s, n, -1, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -ENOENT, "unknown export: %s", err);
	ok(strstr(err, "no such export") && strstr(err, "nope"),
	   "message names the error and the server's text");

	/* GO acked without the export's size */
	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE);
	n += sr_reply(s + n, NBD_REP_ERR_POLICY);
	n += opt_reply(s + n, NBD_OPT_GO, NBD_REP_ACK, NULL, 0);
	ret = scripted(s, n, -1, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -EPROTO, "GO ACK without INFO_EXPORT: %s", err);

	/* bad option reply magic (GO's) */
	n = greet(s, NBD_FLAG_FIXED_NEWSTYLE);
	n += sr_reply(s + n, NBD_REP_ACK);
	n += opt_reply(s + n, NBD_OPT_GO, NBD_REP_ACK, NULL, 0);
	s[18 + 20] ^= 0xff;
	ret = scripted(s, n, -1, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -EPROTO, "bad option reply magic: %s", err);

	/* not fixed newstyle: EXPORT_NAME at once, 124 zero bytes after */
	n = greet(s, 0);
	put64(s + n, 1 << 20);
	put16(s + n + 8, NBD_FLAG_HAS_FLAGS);
	memset(s + n + 10, 0, 124);
	n += 134;
	ret = scripted(s, n, -1, NULL, 0, 2000, &ex, &cok);
	is_int(ret, 0, "plain newstyle: EXPORT_NAME %s", ret ? err : "");
	ok(!ex.via_go && ex.size == 1 << 20, "its size");

	/* EXPORT_NAME refused the old way: the server reads it, hangs up */
	n = greet(s, 0);
	ret = scripted(s, n, 4 + 16 + 3, NULL, 0, 2000, &ex, &cok);
	is_int(ret, -ENOENT, "EXPORT_NAME, server hangs up: %s", err);

	/* silence: the handshake times out */
	ret = scripted(NULL, 0, -1, NULL, 0, 200, &ex, &cok);
	is_int(ret, -ETIMEDOUT, "silent server: %s", err);
}

/* ---- a real nbdkit ---- */

static char sock[256], dir[128];

static pid_t nbdkit_start(char *const extra[], int nextra)
{
	char *argv[24];
	int i, n = 0;
	pid_t pid;

	unlink(sock);
	argv[n++] = "nbdkit";
	argv[n++] = "--foreground";
	argv[n++] = "--unix";
	argv[n++] = sock;
	for (i = 0; i < nextra; i++)
		argv[n++] = extra[i];
	argv[n] = NULL;
	pid = fork();
	if (pid < 0)
		bail_out("fork");
	if (!pid) {
		int fd = open("/dev/null", O_WRONLY);

		dup2(fd, 2);
		execvp("nbdkit", argv);
		_exit(127);
	}
	for (i = 0; i < 500; i++) {
		struct stat st;

		if (!stat(sock, &st))
			return pid;
		usleep(10000);
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	return -1;
}

static void nbdkit_stop(pid_t pid)
{
	kill(pid, SIGTERM);
	waitpid(pid, NULL, 0);
}

static int xfer(int fd, const void *buf, size_t len, bool rd)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		n = rd ? read(fd, (char *)buf + done, len - done) :
			 write(fd, (const char *)buf + done, len - done);
		if (n <= 0)
			return -1;
		done += (size_t)n;
	}
	return 0;
}

/*
 * The reply to the request with @cookie (@len bytes at @off; @rd: a
 * READ, whose data lands in @buf): simple or structured, chunks
 * assembled by the parser. 0 with *@res (-errno, or the bytes covered),
 * -1 on a transport or protocol failure. *@nchunks: chunks seen.
 */
static int get_reply(int fd, uint64_t cookie, uint64_t off, uint32_t len,
		     bool rd, uint8_t *buf, int *res, int *nchunks)
{
	uint8_t h[20] = { 0 }, head[NBD_CHUNK_HEAD_MAX];
	struct nbd_chunk_res r;
	struct nbd_chunk ch;
	uint32_t e, covered = 0;
	uint64_t ck;
	int hl, error = 0;

	*nchunks = 0;
	if (xfer(fd, h, 16, true))
		return -1;
	if (!nbd_decode_simple_reply(h, &e, &ck)) {
		if (ck != cookie)
			return -1;
		*res = e ? nbd_errno(e) : (int)len;
		return e || !rd ? 0 : xfer(fd, buf, len, true);
	}
	for (;;) {
		if (*nchunks && xfer(fd, h, 16, true))
			return -1;
		if (xfer(fd, h + 16, 4, true) || nbd_decode_chunk(h, &ch) ||
		    ch.cookie != cookie)
			return -1;
		++*nchunks;
		hl = nbd_chunk_head_len(&ch);
		if (hl < 0 || xfer(fd, head, (size_t)hl, true) ||
		    nbd_parse_chunk(&ch, head, off, len, rd, &r))
			return -1;
		if (ch.type == NBD_REPLY_TYPE_OFFSET_DATA) {
			if (xfer(fd, buf + r.off, r.len, true))
				return -1;
			covered += r.len;
		} else if (ch.type == NBD_REPLY_TYPE_OFFSET_HOLE) {
			memset(buf + r.off, 0, r.len);
			covered += r.len;
		} else if (r.error && !error) {
			error = r.error;
		}
		if (ch.flags & NBD_REPLY_FLAG_DONE)
			break;
	}
	*res = error ? error : rd ? (int)covered : (int)len;
	return 0;
}

static void test_nbdkit(void)
{
	char *mem[] = { "memory", "size=4M" };
	char *ro[] = { "-r", "memory", "size=1M" };
	char *named[] = { "--filter=exportname", "memory", "size=1M",
			  "exportname-strict=true", "exportname=good" };
	char *nosr[] = { "--no-sr", "memory", "size=1M" };
	static uint8_t wbuf[4096], rbuf[4096];
	struct nbd_simple_reply rep;
	struct nbd_request req;
	struct nbd_export ex;
	struct nbd_addr a;
	uint32_t e;
	uint64_t ck;
	pid_t pid;
	int fd, res = 0, nch = 0;
	bool got;

	if (system("command -v nbdkit >/dev/null 2>&1")) {
		skip(12, "nbdkit not installed");
		return;
	}
	strcpy(dir, "/tmp/ublkd-nbd.XXXXXX");
	if (!mkdtemp(dir))
		bail_out("mkdtemp");
	snprintf(sock, sizeof(sock), "%s/sock", dir);
	memset(&a, 0, sizeof(a));
	strcpy(a.unix_path, sock);

	pid = nbdkit_start(mem, 2);
	if (pid < 0) {
		skip(12, "nbdkit memory did not start");
		rmdir(dir);
		return;
	}
	fd = nbd_open(&a, 5000, &ex, err, sizeof(err));
	ok(fd >= 0, "nbdkit memory: handshake %s", fd < 0 ? err : "");
	ok(ex.via_go && ex.size == 4 << 20, "via GO, size %llu",
	   (unsigned long long)ex.size);
	ok(ex.structured, "nbdkit takes NBD_OPT_STRUCTURED_REPLY");
	ok((ex.flags & NBD_FLAG_SEND_FLUSH) && (ex.flags & NBD_FLAG_SEND_TRIM) &&
	   (ex.flags & NBD_FLAG_SEND_WRITE_ZEROES) &&
	   !(ex.flags & NBD_FLAG_READ_ONLY), "flags %#x: flush, trim, zeroes, writable",
	   ex.flags);
	for (size_t i = 0; i < sizeof(wbuf); i++)
		wbuf[i] = (uint8_t)(i * 7 + 3);
	nbd_encode_request(&req, NBD_CMD_WRITE, 0, 0xabc0007, 8192,
			   sizeof(wbuf));
	ok(fd >= 0 && !xfer(fd, &req, sizeof(req), false) &&
	   !xfer(fd, wbuf, sizeof(wbuf), false) &&
	   !xfer(fd, &rep, sizeof(rep), true) &&
	   !nbd_decode_simple_reply(&rep, &e, &ck) && !e && ck == 0xabc0007,
	   "an encoded WRITE is answered, cookie matched");
	nbd_encode_request(&req, NBD_CMD_READ, 0, 0xabc0008, 8192,
			   sizeof(rbuf));
	memset(rbuf, 0xee, sizeof(rbuf));
	got = fd >= 0 && !xfer(fd, &req, sizeof(req), false) &&
	      !get_reply(fd, 0xabc0008, 8192, sizeof(rbuf), true, rbuf, &res,
			 &nch);
	ok(got && res == 4096 && !memcmp(rbuf, wbuf, 4096),
	   "a READ gets the written data back (%d structured chunk(s), %d bytes)",
	   nch, res);
	ok(nch >= 1, "... in structured reply chunks");
	/* a read over written data and a never-written (sparse) range */
	{
		static uint8_t big[65536];

		nbd_encode_request(&req, NBD_CMD_READ, 0, 0xabc0009, 0,
				   sizeof(big));
		memset(big, 0xee, sizeof(big));
		got = fd >= 0 && !xfer(fd, &req, sizeof(req), false) &&
		      !get_reply(fd, 0xabc0009, 0, sizeof(big), true, big,
				 &res, &nch);
		ok(got && res == (int)sizeof(big) &&
		   !memcmp(big + 8192, wbuf, 4096) && !big[0] && !big[65535],
		   "a 64 KiB READ over data and holes assembles (%d chunk(s))",
		   nch);
	}
	nbd_encode_request(&req, NBD_CMD_READ, 0, 9, 4 << 20, 4096);
	got = fd >= 0 && !xfer(fd, &req, sizeof(req), false) &&
	      !get_reply(fd, 9, 4 << 20, 4096, true, rbuf, &res, &nch);
	ok(got && res < 0, "a READ past the end gets an error (%d, %d chunk(s))",
	   res, nch);
	if (fd >= 0)
		nbd_close(fd);
	strcpy(a.export_name, "anything");
	fd = nbd_open(&a, 5000, &ex, err, sizeof(err));
	ok(fd >= 0, "memory takes any export name");
	if (fd >= 0)
		nbd_close(fd);
	a.export_name[0] = '\0';
	nbdkit_stop(pid);

	fd = nbd_open(&a, 2000, &ex, err, sizeof(err));
	ok(fd == -ECONNREFUSED || fd == -ENOENT,
	   "server gone: %d: %s", fd, err);

	pid = nbdkit_start(nosr, 3);
	fd = pid < 0 ? -1 : nbd_open(&a, 5000, &ex, err, sizeof(err));
	ok(fd >= 0 && !ex.structured, "nbdkit --no-sr: simple replies %s",
	   fd < 0 ? err : "");
	nbd_encode_request(&req, NBD_CMD_READ, 0, 0x55, 0, 4096);
	ok(fd >= 0 && !xfer(fd, &req, sizeof(req), false) &&
	   !xfer(fd, &rep, sizeof(rep), true) &&
	   !nbd_decode_simple_reply(&rep, &e, &ck) && !e && ck == 0x55 &&
	   !xfer(fd, rbuf, sizeof(rbuf), true), "... a READ gets a simple reply");
	if (fd >= 0)
		nbd_close(fd);
	if (pid > 0)
		nbdkit_stop(pid);

	pid = nbdkit_start(ro, 3);
	fd = pid < 0 ? -1 : nbd_open(&a, 5000, &ex, err, sizeof(err));
	ok(fd >= 0 && (ex.flags & NBD_FLAG_READ_ONLY),
	   "nbdkit -r: a read-only export (flags %#x)", ex.flags);
	if (fd >= 0)
		nbd_close(fd);
	if (pid > 0)
		nbdkit_stop(pid);

	pid = nbdkit_start(named, 5);
	if (pid < 0) {
		skip(3, "nbdkit exportname filter did not start");
	} else {
		strcpy(a.export_name, "bad");
		fd = nbd_open(&a, 5000, &ex, err, sizeof(err));
		is_int(fd, -ENOENT, "unknown export 'bad'");
		ok(strstr(err, "bad") != NULL, "message: %s", err);
		strcpy(a.export_name, "good");
		fd = nbd_open(&a, 5000, &ex, err, sizeof(err));
		ok(fd >= 0 && ex.size == 1 << 20, "export 'good' %s",
		   fd < 0 ? err : "");
		if (fd >= 0)
			nbd_close(fd);
		nbdkit_stop(pid);
	}
	unlink(sock);
	rmdir(dir);
}

int main(void)
{
	signal(SIGPIPE, SIG_IGN);
	test_codec();
	test_chunks();
	test_uri();
	test_scripted();
	test_nbdkit();
	return done_testing();
}
