// SPDX-License-Identifier: MIT
/*
 * The NBD protocol for the nbd target: reply decoding, URIs, and the
 * blocking connect + handshake (see nbd_proto.h). Everything here runs
 * at `ublk add` time or on a reconnect, never per request.
 */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#include "targets/nbd_proto.h"

__attribute__((format(printf, 3, 4)))
static int say(char *err, size_t len, const char *fmt, ...)
{
	va_list ap;

	if (!err || !len)
		return 0;
	va_start(ap, fmt);
	vsnprintf(err, len, fmt, ap);
	va_end(ap);
	return 0;
}

int nbd_decode_simple_reply(const void *buf, uint32_t *error,
			    uint64_t *cookie)
{
	struct nbd_simple_reply r;

	memcpy(&r, buf, sizeof(r));
	if (be32toh(r.magic) != NBD_SIMPLE_REPLY_MAGIC)
		return be32toh(r.magic) == NBD_STRUCTURED_REPLY_MAGIC ?
		       -EOPNOTSUPP : -EPROTO;
	*error = be32toh(r.error);
	*cookie = be64toh(r.cookie);
	return 0;
}

int nbd_decode_chunk(const void *buf, struct nbd_chunk *ch)
{
	struct nbd_structured_reply r;

	memcpy(&r, buf, sizeof(r));
	if (be32toh(r.magic) != NBD_STRUCTURED_REPLY_MAGIC)
		return -EPROTO;
	ch->flags = be16toh(r.flags);
	ch->type = be16toh(r.type);
	ch->cookie = be64toh(r.cookie);
	ch->length = be32toh(r.length);
	return 0;
}

int nbd_chunk_head_len(const struct nbd_chunk *ch)
{
	if (ch->type == NBD_REPLY_TYPE_OFFSET_DATA)
		return ch->length > 8 ? 8 : -EPROTO;
	if (ch->length > NBD_CHUNK_HEAD_MAX)
		return -EPROTO;
	return (int)ch->length;
}

/* An error chunk's payload: error, message length, message[, offset]. */
static int parse_err_chunk(const struct nbd_chunk *ch, const uint8_t *p,
			   struct nbd_chunk_res *r)
{
	uint32_t e;
	uint16_t mlen;
	uint32_t want;

	if (ch->length < 6)
		return -EPROTO;
	memcpy(&e, p, 4);
	memcpy(&mlen, p + 4, 2);
	e = be32toh(e);
	mlen = be16toh(mlen);
	want = 6u + mlen + (ch->type == NBD_REPLY_TYPE_ERROR_OFFSET ? 8 : 0);
	/* an unknown error type may carry more after the message */
	if (!e || ch->length < want ||
	    (ch->length != want && (ch->type == NBD_REPLY_TYPE_ERROR ||
				    ch->type == NBD_REPLY_TYPE_ERROR_OFFSET)))
		return -EPROTO;
	r->error = nbd_errno(e);
	return 0;
}

int nbd_parse_chunk(const struct nbd_chunk *ch, const void *p,
		    uint64_t req_off, uint32_t req_len, bool is_read,
		    struct nbd_chunk_res *r)
{
	const uint8_t *b = p;
	uint64_t off;
	uint32_t len;

	memset(r, 0, sizeof(*r));
	if (nbd_chunk_head_len(ch) < 0)
		return -EPROTO;
	switch (ch->type) {
	case NBD_REPLY_TYPE_NONE:
		return !ch->length && (ch->flags & NBD_REPLY_FLAG_DONE) ?
		       0 : -EPROTO;
	case NBD_REPLY_TYPE_OFFSET_DATA:
	case NBD_REPLY_TYPE_OFFSET_HOLE:
		if (!is_read)
			return -EPROTO;
		memcpy(&off, b, 8);
		off = be64toh(off);
		if (ch->type == NBD_REPLY_TYPE_OFFSET_DATA) {
			len = ch->length - 8;
		} else {
			if (ch->length != 12)
				return -EPROTO;
			memcpy(&len, b + 8, 4);
			len = be32toh(len);
		}
		if (!len || off < req_off || off - req_off > req_len ||
		    len > req_len - (off - req_off))
			return -EPROTO;
		r->off = (uint32_t)(off - req_off);
		r->len = len;
		return 0;
	default:
		if (ch->type & NBD_REPLY_TYPE_ERR_BIT)
			return parse_err_chunk(ch, b, r);
		return -EPROTO;	/* a non-error type we do not know */
	}
}

int nbd_errno(uint32_t nbd_error)
{
	switch (nbd_error) {
	case 0:
		return 0;
	case EPERM: case EIO: case ENOMEM: case EINVAL: case ENOSPC:
	case EOVERFLOW: case ENOTSUP: case ESHUTDOWN:
		return -(int)nbd_error;
	default:
		return -EIO;
	}
}

/* ---- URIs ---- */

static int copy_part(char *dst, size_t cap, const char *s, size_t n,
		     const char *what, char *err, size_t errlen)
{
	if (n >= cap) {
		say(err, errlen, "the %s in the URI is too long (at most %zu bytes)",
		    what, cap - 1);
		return -EINVAL;
	}
	memcpy(dst, s, n);
	dst[n] = '\0';
	return 0;
}

/* HOST[:PORT] or [V6]:PORT of an nbd:// URI. */
static int parse_authority(const char *s, size_t n, struct nbd_addr *a,
			   char *err, size_t errlen)
{
	const char *colon = NULL, *host = s, *end = s + n, *p;
	size_t hlen;

	if (n && *s == '[') {
		p = memchr(s, ']', n);
		if (!p) {
			say(err, errlen, "unclosed '[' in the URI's host");
			return -EINVAL;
		}
		host = s + 1;
		hlen = (size_t)(p - host);
		if (p + 1 < end) {
			if (p[1] != ':') {
				say(err, errlen, "junk after ']' in the URI's host");
				return -EINVAL;
			}
			colon = p + 1;
		}
	} else {
		colon = memchr(s, ':', n);
		hlen = colon ? (size_t)(colon - s) : n;
	}
	if (!hlen) {
		say(err, errlen, "the URI names no host");
		return -EINVAL;
	}
	if (copy_part(a->host, sizeof(a->host), host, hlen, "host", err, errlen))
		return -EINVAL;
	if (!colon)
		return 0;
	n = (size_t)(end - colon - 1);
	for (p = colon + 1; p < end; p++)
		if (*p < '0' || *p > '9')
			break;
	if (!n || p != end || n > 5 || atoi(colon + 1) < 1 ||
	    atoi(colon + 1) > 65535) {
		say(err, errlen, "bad port '%.*s' in the URI (1-65535)", (int)n,
		    colon + 1);
		return -EINVAL;
	}
	return copy_part(a->port, sizeof(a->port), colon + 1, n, "port", err,
			 errlen);
}

int nbd_parse_uri(const char *uri, struct nbd_addr *a, char *err,
		  size_t errlen)
{
	static const char tcp[] = "nbd://", unx[] = "nbd+unix://";
	const char *rest, *slash, *q;
	bool is_unix;
	size_t n;

	if (!strncmp(uri, tcp, sizeof(tcp) - 1)) {
		is_unix = false;
		rest = uri + sizeof(tcp) - 1;
	} else if (!strncmp(uri, unx, sizeof(unx) - 1)) {
		is_unix = true;
		rest = uri + sizeof(unx) - 1;
	} else {
		say(err, errlen, "'%s' is not an NBD URI (nbd://HOST[:PORT]/EXPORT or nbd+unix:///EXPORT?socket=PATH; TLS forms are not supported)",
		    uri);
		return -EINVAL;
	}
	q = strchr(rest, '?');
	slash = strchr(rest, '/');
	if (slash && q && slash > q)
		slash = NULL;
	n = (size_t)((slash ? slash : q ? q : rest + strlen(rest)) - rest);
	if (is_unix && n) {
		say(err, errlen, "nbd+unix:// takes no host (nbd+unix:///EXPORT?socket=PATH)");
		return -EINVAL;
	}
	if (!is_unix && parse_authority(rest, n, a, err, errlen))
		return -EINVAL;
	if (slash) {
		n = (size_t)((q ? q : slash + strlen(slash)) - slash - 1);
		if (copy_part(a->export_name, sizeof(a->export_name), slash + 1,
			      n, "export name", err, errlen))
			return -EINVAL;
	}
	if (!is_unix) {
		if (q) {
			say(err, errlen, "nbd:// takes no query ('%s')", q);
			return -EINVAL;
		}
		return 0;
	}
	if (!q || strncmp(q, "?socket=", 8) || !q[8]) {
		say(err, errlen, "nbd+unix:// needs ?socket=PATH");
		return -EINVAL;
	}
	return copy_part(a->unix_path, sizeof(a->unix_path), q + 8,
			 strlen(q + 8), "socket path", err, errlen);
}

const char *nbd_addr_str(const struct nbd_addr *a, char *buf, size_t len)
{
	if (a->unix_path[0])
		snprintf(buf, len, "unix:%s", a->unix_path);
	else if (strchr(a->host, ':'))
		snprintf(buf, len, "[%s]:%s", a->host, a->port);
	else
		snprintf(buf, len, "%s:%s", a->host, a->port);
	return buf;
}

/* ---- connecting ---- */

/* A non-blocking connect, waited for up to @timeout_ms; 0 or -errno. */
static int connect_wait(int fd, const struct sockaddr *sa, socklen_t salen,
			int timeout_ms)
{
	struct pollfd pfd = { .fd = fd, .events = POLLOUT };
	int flags = fcntl(fd, F_GETFL), soerr = 0, ret;
	socklen_t sl = sizeof(soerr);

	if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK))
		return -errno;
	ret = connect(fd, sa, salen);
	if (ret && errno != EINPROGRESS)
		return -errno;
	if (ret) {
		do {
			ret = poll(&pfd, 1, timeout_ms);
		} while (ret < 0 && errno == EINTR);
		if (ret < 0)
			return -errno;
		if (!ret)
			return -ETIMEDOUT;
		if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl))
			return -errno;
		if (soerr)
			return -soerr;
	}
	return fcntl(fd, F_SETFL, flags) ? -errno : 0;
}

static int connect_unix(const struct nbd_addr *a, int timeout_ms, char *err,
			size_t errlen)
{
	struct sockaddr_un sun = { .sun_family = AF_UNIX };
	int fd, ret;

	if (strlen(a->unix_path) >= sizeof(sun.sun_path)) {
		say(err, errlen, "unix socket path %s is too long", a->unix_path);
		return -ENAMETOOLONG;
	}
	strcpy(sun.sun_path, a->unix_path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -errno;
	ret = connect_wait(fd, (struct sockaddr *)&sun, sizeof(sun), timeout_ms);
	if (ret) {
		close(fd);
		say(err, errlen, "cannot connect to unix socket %s: %s",
		    a->unix_path, strerror(-ret));
		return ret;
	}
	return fd;
}

static int connect_tcp(const struct nbd_addr *a, int timeout_ms, char *err,
		       size_t errlen)
{
	struct addrinfo hints = { .ai_family = AF_UNSPEC,
				  .ai_socktype = SOCK_STREAM };
	struct addrinfo *res, *ai;
	int fd = -1, ret, one = 1;

	ret = getaddrinfo(a->host, a->port, &hints, &res);
	if (ret) {
		say(err, errlen, "cannot resolve %s port %s: %s", a->host,
		    a->port, gai_strerror(ret));
		return -EHOSTUNREACH;
	}
	ret = -EHOSTUNREACH;
	for (ai = res; ai; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
			    ai->ai_protocol);
		if (fd < 0) {
			ret = -errno;
			continue;
		}
		ret = connect_wait(fd, ai->ai_addr, ai->ai_addrlen, timeout_ms);
		if (!ret)
			break;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd < 0) {
		say(err, errlen, "cannot connect to %s port %s: %s", a->host,
		    a->port, strerror(-ret));
		return ret;
	}
	/* requests are small and latency-bound: no Nagle */
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	return fd;
}

int nbd_connect(const struct nbd_addr *a, int timeout_ms, char *err,
		size_t errlen)
{
	if (a->unix_path[0])
		return connect_unix(a, timeout_ms, err, errlen);
	return connect_tcp(a, timeout_ms, err, errlen);
}

/* ---- the handshake ---- */

struct hs {
	int fd;
	char *err;
	size_t errlen;
	const char *stage;	/* for messages: what we were doing */
};

static int hs_io_err(struct hs *h, ssize_t n, int e, bool rd)
{
	if (rd && n == 0) {
		say(h->err, h->errlen, "the server closed the connection during the handshake (%s)",
		    h->stage);
		return -ECONNRESET;
	}
	if (e == EAGAIN || e == EWOULDBLOCK) {
		say(h->err, h->errlen, "the server did not answer in time during the handshake (%s)",
		    h->stage);
		return -ETIMEDOUT;
	}
	say(h->err, h->errlen, "handshake (%s): %s", h->stage, strerror(e));
	return -e;
}

static int hs_read(struct hs *h, void *buf, size_t len)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		n = recv(h->fd, (char *)buf + done, len - done, 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return hs_io_err(h, n, errno, true);
		done += (size_t)n;
	}
	return 0;
}

static int hs_write(struct hs *h, const void *buf, size_t len)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		n = send(h->fd, (const char *)buf + done, len - done,
			 MSG_NOSIGNAL);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return hs_io_err(h, n, errno, false);
		done += (size_t)n;
	}
	return 0;
}

/* Read and drop @len bytes (the rest of a reply we do not use). */
static int hs_skip(struct hs *h, uint32_t len)
{
	char buf[512];
	uint32_t n;
	int ret;

	while (len) {
		n = len < sizeof(buf) ? len : (uint32_t)sizeof(buf);
		ret = hs_read(h, buf, n);
		if (ret)
			return ret;
		len -= n;
	}
	return 0;
}

/* An option's reply header (fixed newstyle), on the wire big-endian. */
struct nbd_opt_reply {
	uint64_t magic;		/* NBD_REP_MAGIC */
	uint32_t opt;
	uint32_t type;
	uint32_t len;		/* of the data that follows */
} __attribute__((packed));

static int hs_send_opt(struct hs *h, uint32_t opt, const void *data,
		       uint32_t len)
{
	struct {
		uint64_t magic;
		uint32_t opt;
		uint32_t len;
	} __attribute__((packed)) o = {
		htobe64(NBD_OPTS_MAGIC), htobe32(opt), htobe32(len)
	};
	int ret = hs_write(h, &o, sizeof(o));

	return ret ? ret : hs_write(h, data, len);
}

static const char *rep_err_name(uint32_t rep)
{
	switch (rep) {
	case NBD_REP_ERR_UNSUP: return "unsupported";
	case NBD_REP_ERR_POLICY: return "refused by the server's policy";
	case NBD_REP_ERR_INVALID: return "invalid request";
	case NBD_REP_ERR_PLATFORM: return "not supported on the server's platform";
	case NBD_REP_ERR_TLS_REQD: return "the server requires TLS (not supported)";
	case NBD_REP_ERR_UNKNOWN: return "no such export";
	case NBD_REP_ERR_SHUTDOWN: return "the server is shutting down";
	case NBD_REP_ERR_BLOCK_SIZE_REQD: return "block size constraints required";
	case NBD_REP_ERR_TOO_BIG: return "request too big";
	default: return "error";
	}
}

static int rep_err_errno(uint32_t rep)
{
	switch (rep) {
	case NBD_REP_ERR_UNKNOWN: return -ENOENT;
	case NBD_REP_ERR_POLICY: case NBD_REP_ERR_TLS_REQD: return -EACCES;
	case NBD_REP_ERR_SHUTDOWN: return -ESHUTDOWN;
	default: return -EPROTO;
	}
}

/* An NBD_REP_INFO's payload (@len bytes at @d, at most sizeof buf). */
static void parse_info(const uint8_t *d, uint32_t len, struct nbd_export *ex,
		       bool *have_export)
{
	uint16_t type;
	uint64_t v64;
	uint32_t v32[3];
	uint16_t v16;

	if (len < 2)
		return;
	memcpy(&type, d, 2);
	type = be16toh(type);
	if (type == NBD_INFO_EXPORT && len >= 12) {
		memcpy(&v64, d + 2, 8);
		memcpy(&v16, d + 10, 2);
		ex->size = be64toh(v64);
		ex->flags = be16toh(v16);
		*have_export = true;
	} else if (type == NBD_INFO_BLOCK_SIZE && len >= 14) {
		memcpy(v32, d + 2, 12);
		ex->min_bs = be32toh(v32[0]);
		ex->pref_bs = be32toh(v32[1]);
		ex->max_bs = be32toh(v32[2]);
	}
}

/*
 * NBD_OPT_STRUCTURED_REPLY: 0 with ex->structured set when the server
 * takes it, 0 when it refuses (simple replies), -errno when the
 * connection fails or the reply is nonsense.
 */
static int hs_structured(struct hs *h, struct nbd_export *ex)
{
	struct nbd_opt_reply r;
	uint32_t type;
	int ret;

	h->stage = "NBD_OPT_STRUCTURED_REPLY";
	ret = hs_send_opt(h, NBD_OPT_STRUCTURED_REPLY, NULL, 0);
	if (ret)
		return ret;
	ret = hs_read(h, &r, sizeof(r));
	if (ret)
		return ret;
	type = be32toh(r.type);
	if (be64toh(r.magic) != NBD_REP_MAGIC ||
	    be32toh(r.opt) != NBD_OPT_STRUCTURED_REPLY ||
	    (type != NBD_REP_ACK && !(type & NBD_REP_FLAG_ERROR))) {
		say(h->err, h->errlen, "bad reply to NBD_OPT_STRUCTURED_REPLY (magic %#llx, option %u, type %#x)",
		    (unsigned long long)be64toh(r.magic), be32toh(r.opt),
		    type);
		return -EPROTO;
	}
	ret = hs_skip(h, be32toh(r.len));
	if (ret)
		return ret;
	ex->structured = type == NBD_REP_ACK;
	return 0;
}

/*
 * NBD_INFO_BLOCK_SIZE as proto.md requires it: minimum a power of two up
 * to 64 KiB, preferred a power of two at least the minimum, maximum at
 * least the preferred and a multiple of the minimum (or 0xffffffff).
 * The target sizes its blocks and requests from these (found by
 * tests/fuzz/nbd_proto: 603 / 976892253 / 32 MiB was taken).
 */
static bool block_sizes_ok(const struct nbd_export *ex)
{
	uint32_t mn = ex->min_bs, pr = ex->pref_bs, mx = ex->max_bs;

	if (!mn || (mn & (mn - 1)) || mn > 65536)
		return false;
	if (!pr || (pr & (pr - 1)) || pr < mn)
		return false;
	return mx >= pr && (mx == 0xffffffffu || mx % mn == 0);
}

/* The server's text in our messages: no control bytes reach a terminal. */
static void printable(uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n && s[i]; i++)
		if (s[i] < 0x20 || s[i] >= 0x7f)
			s[i] = '?';
}

/*
 * NBD_OPT_GO: 0 when done, 1 when the server lacks GO (use EXPORT_NAME),
 * or -errno.
 */
static int hs_go(struct hs *h, const char *name, struct nbd_export *ex)
{
	uint8_t buf[8 + NBD_MAX_NAME];
	uint32_t nlen = (uint32_t)strlen(name), be;
	uint16_t nreq = htobe16(1), info = htobe16(NBD_INFO_BLOCK_SIZE);
	bool have_export = false;
	int ret;

	be = htobe32(nlen);
	memcpy(buf, &be, 4);
	memcpy(buf + 4, name, nlen);
	memcpy(buf + 4 + nlen, &nreq, 2);
	memcpy(buf + 6 + nlen, &info, 2);
	h->stage = "NBD_OPT_GO";
	ret = hs_send_opt(h, NBD_OPT_GO, buf, nlen + 8);
	if (ret)
		return ret;
	for (;;) {
		struct nbd_opt_reply r;
		uint32_t type, len, keep;

		ret = hs_read(h, &r, sizeof(r));
		if (ret)
			return ret;
		type = be32toh(r.type);
		len = be32toh(r.len);
		if (be64toh(r.magic) != NBD_REP_MAGIC ||
		    be32toh(r.opt) != NBD_OPT_GO) {
			say(h->err, h->errlen, "bad option reply from the server (magic %#llx, option %u)",
			    (unsigned long long)be64toh(r.magic), be32toh(r.opt));
			return -EPROTO;
		}
		keep = len < sizeof(buf) - 1 ? len : (uint32_t)sizeof(buf) - 1;
		ret = hs_read(h, buf, keep);
		if (!ret)
			ret = hs_skip(h, len - keep);
		if (ret)
			return ret;
		if (type == NBD_REP_INFO) {
			parse_info(buf, keep, ex, &have_export);
			continue;
		}
		if (type == NBD_REP_ACK) {
			if (!have_export) {
				say(h->err, h->errlen, "the server finished NBD_OPT_GO without the export's size");
				return -EPROTO;
			}
			if (ex->min_bs && !block_sizes_ok(ex)) {
				say(h->err, h->errlen, "the server's block sizes break the protocol (minimum %u, preferred %u, maximum %u; the protocol wants powers of two, a minimum of at most 64 KiB, minimum <= preferred <= maximum, the maximum a multiple of the minimum)",
				    ex->min_bs, ex->pref_bs, ex->max_bs);
				return -EPROTO;
			}
			ex->via_go = true;
			return 0;
		}
		if (type == NBD_REP_ERR_UNSUP)
			return 1;
		if (type & NBD_REP_FLAG_ERROR) {
			buf[keep] = '\0';
			printable(buf, keep);
			say(h->err, h->errlen, "export '%s': %s%s%s", name,
			    rep_err_name(type), keep ? ": " : "",
			    keep ? (char *)buf : "");
			return rep_err_errno(type);
		}
		/* another reply type to GO: not ours to know, skip it */
	}
}

/* NBD_OPT_EXPORT_NAME: the old way, no error reply (the server hangs up). */
static int hs_export_name(struct hs *h, const char *name, bool no_zeroes,
			  struct nbd_export *ex)
{
	struct {
		uint64_t size;
		uint16_t flags;
	} __attribute__((packed)) r;
	int ret;

	h->stage = "NBD_OPT_EXPORT_NAME";
	ret = hs_send_opt(h, NBD_OPT_EXPORT_NAME, name, (uint32_t)strlen(name));
	if (ret)
		return ret;
	ret = hs_read(h, &r, sizeof(r));
	if (ret == -ECONNRESET) {
		say(h->err, h->errlen, "the server closed the connection on NBD_OPT_EXPORT_NAME: no export named '%s'?",
		    name);
		return -ENOENT;
	}
	if (!ret && !no_zeroes)
		ret = hs_skip(h, 124);
	if (ret)
		return ret;
	ex->size = be64toh(r.size);
	ex->flags = be16toh(r.flags);
	return 0;
}

static void set_timeouts(int fd, int timeout_ms)
{
	struct timeval tv = { .tv_sec = timeout_ms / 1000,
			      .tv_usec = (timeout_ms % 1000) * 1000 };

	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

int nbd_handshake(int fd, const char *name, int timeout_ms,
		  struct nbd_export *ex, char *err, size_t errlen)
{
	struct hs h = { .fd = fd, .err = err, .errlen = errlen,
			.stage = "greeting" };
	uint64_t magic[2];
	uint16_t hflags;
	uint32_t cflags;
	bool fixed;
	int ret;

	memset(ex, 0, sizeof(*ex));
	if (strlen(name) > NBD_MAX_NAME) {
		say(err, errlen, "export name longer than %d bytes", NBD_MAX_NAME);
		return -EINVAL;
	}
	set_timeouts(fd, timeout_ms);
	ret = hs_read(&h, magic, sizeof(magic));
	if (ret)
		return ret;
	if (be64toh(magic[0]) != NBD_MAGIC) {
		say(err, errlen, "not an NBD server (no NBDMAGIC greeting)");
		return -EPROTO;
	}
	if (be64toh(magic[1]) == NBD_OLDSTYLE_MAGIC) {
		say(err, errlen, "the server speaks the oldstyle handshake (not supported: use newstyle)");
		return -EPROTO;
	}
	if (be64toh(magic[1]) != NBD_OPTS_MAGIC) {
		say(err, errlen, "unknown NBD greeting %#llx",
		    (unsigned long long)be64toh(magic[1]));
		return -EPROTO;
	}
	ret = hs_read(&h, &hflags, sizeof(hflags));
	if (ret)
		return ret;
	hflags = be16toh(hflags);
	fixed = hflags & NBD_FLAG_FIXED_NEWSTYLE;
	cflags = htobe32(hflags & (NBD_FLAG_C_FIXED_NEWSTYLE |
				   NBD_FLAG_C_NO_ZEROES));
	ret = hs_write(&h, &cflags, sizeof(cflags));
	if (ret)
		return ret;
	ret = fixed ? hs_structured(&h, ex) : 0;
	if (ret)
		return ret;
	ret = fixed ? hs_go(&h, name, ex) : 1;
	if (ret == 1) {
		/*
		 * GO refused: what its INFO replies said before does not hold
		 * for EXPORT_NAME (found by tests/fuzz/nbd_proto: stale block
		 * sizes of 512 / 4096 / 2 were kept)
		 */
		ex->min_bs = ex->pref_bs = ex->max_bs = 0;
	}
	if (ret == 1)
		ret = hs_export_name(&h, name, hflags & NBD_FLAG_NO_ZEROES, ex);
	if (ret)
		return ret;
	if (!(ex->flags & NBD_FLAG_HAS_FLAGS))
		ex->flags = NBD_FLAG_HAS_FLAGS;	/* none of the others either */
	set_timeouts(fd, 0);
	return 0;
}

int nbd_open(const struct nbd_addr *a, int timeout_ms, struct nbd_export *ex,
	     char *err, size_t errlen)
{
	int fd = nbd_connect(a, timeout_ms, err, errlen), ret;

	if (fd < 0)
		return fd;
	ret = nbd_handshake(fd, a->export_name, timeout_ms, ex, err, errlen);
	if (ret) {
		close(fd);
		return ret;
	}
	return fd;
}

void nbd_close(int fd)
{
	struct nbd_request r;

	if (fd < 0)
		return;
	nbd_encode_request(&r, NBD_CMD_DISC, 0, 0, 0, 0);
	/* best effort: a server that is gone simply does not hear it */
	if (send(fd, &r, sizeof(r), MSG_NOSIGNAL | MSG_DONTWAIT) < 0) {
		/* nothing to do */
	}
	close(fd);
}
