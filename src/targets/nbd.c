// SPDX-License-Identifier: MIT
/*
 * nbd: serve an NBD export (a TCP host:port or a unix socket).
 *
 * The handshake (nbd_proto.c) is done, blocking, in init: one connection
 * per queue where the server advertises NBD_FLAG_CAN_MULTI_CONN, else one
 * (and then only -q 1). The data path runs on the queue's own ring: each
 * queue has at most one SENDMSG in flight on its socket, carrying every
 * request queued since the previous one (header, and a write's data from
 * the tag's buffer), so the byte stream never interleaves; and at most
 * one RECV, armed only while replies are owed. Replies are matched to
 * their tags by the cookie (tag and a per-tag sequence number), in any
 * order: simple replies, and structured reply chunks where the server
 * took NBD_OPT_STRUCTURED_REPLY (OFFSET_DATA and OFFSET_HOLE land at
 * their offset in the tag's buffer, in any order; an error chunk is the
 * request's result; the chunk with NBD_REPLY_FLAG_DONE completes it, and
 * a read whose chunks did not cover it fails with EIO). A read's data is
 * copied out of the receive buffer, or received straight into the tag's
 * buffer when the rest of it is large. With zero copy (-z) nothing
 * crosses user memory: a write's data goes to the socket from the
 * request's own pages and a read's comes into them (nbd_send.c,
 * nbd_recv.c). Which file holds what: nbd.h.
 *
 * A request completes once both its reply is in and its send is done.
 * A reply that names no request on the wire, or bad magic, breaks the
 * connection: what is on the wire fails with EIO. A connection that
 * drops (EOF, reset, send error) is re-opened, blocking the queue's
 * thread, with back-off for up to --reconnect_s seconds, and every
 * request it carried is sent again; past the bound they fail with EIO
 * and the next request tries to connect again (at most once a second).
 *
 * A server that stays connected but never answers: while replies are
 * owed a once-a-second timer (one TIMEOUT SQE per connection) looks for
 * a request on the wire longer than --timeout_s; one makes the
 * connection count as dead (the path above). The bound --reconnect_s
 * counts from the first loss without a reply since, so a server that
 * accepts the reconnect and stays silent again fails the I/O with EIO
 * after --timeout_s + --reconnect_s, and `del` waits no longer.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "ublkd/dev.h"
#include "ublkd/names.h"
#include "targets/nbd.h"

/* Send what is queued, receive what is owed; settle a broken connection. */
void nbd_conn_kick(struct ublk_queue *q)
{
	struct nbd_conn *c = conn_of(q);

	if (!c->broken) {
		nbd_send_kick(q, c);
		nbd_recv_kick(q, c);
		nbd_timer_kick(q, c);
	}
	if (c->broken)
		nbd_conn_settle(q);
}

static void nbd_io_done(struct ublk_queue *q, unsigned int tag,
			const struct ur_cqe *cqe)
{
	struct nbd_conn *c = conn_of(q);
	unsigned int op = ublk_ud_op(cqe->user_data);

	(void)tag;	/* always 0: the SQEs are the connection's */
	if (op == NBD_OP_SEND && !c->zc)
		nbd_send_done(q, c, cqe->res);
	else if (op == NBD_OP_SEND || op == NBD_OP_SEND_ZC)
		nbd_send_zc_done(q, c, cqe);
	else if (op == NBD_OP_ZERO)
		nbd_zero_done(q, c, ublk_ud_tgt_data(cqe->user_data), cqe->res);
	else if (op == NBD_OP_TIMER)
		nbd_timer_done(q, c);
	else
		nbd_recv_done(q, c, op, cqe->res);
	nbd_conn_kick(q);
}

static int nbd_queue_io(struct ublk_queue *q, unsigned int tag,
			const struct ublksrv_io_desc *iod)
{
	struct nbd_conn *c = conn_of(q);
	uint16_t fl = nd_of(q)->ex.flags;
	struct nbd_tag *t = &c->tags[tag];
	unsigned int type, flags = 0;

	switch (ublksrv_get_op(iod)) {
	case UBLK_IO_OP_READ:
		type = NBD_CMD_READ;
		break;
	case UBLK_IO_OP_WRITE:
		if (fl & NBD_FLAG_READ_ONLY)
			return -EROFS;
		type = NBD_CMD_WRITE;
		if ((iod->op_flags & UBLK_IO_F_FUA) && (fl & NBD_FLAG_SEND_FUA))
			flags |= NBD_CMD_FLAG_FUA;
		break;
	case UBLK_IO_OP_FLUSH:
		if (!(fl & NBD_FLAG_SEND_FLUSH)) {
			/* a server without SEND_FLUSH has no cache to flush */
			ublk_complete_io(q, tag, 0);
			return 0;
		}
		type = NBD_CMD_FLUSH;
		break;
	case UBLK_IO_OP_DISCARD:
		if (!(fl & NBD_FLAG_SEND_TRIM) || (fl & NBD_FLAG_READ_ONLY))
			return -EOPNOTSUPP;
		type = NBD_CMD_TRIM;
		break;
	case UBLK_IO_OP_WRITE_ZEROES:
		if (!(fl & NBD_FLAG_SEND_WRITE_ZEROES) ||
		    (fl & NBD_FLAG_READ_ONLY))
			return -EOPNOTSUPP;
		type = NBD_CMD_WRITE_ZEROES;
		if (iod->op_flags & UBLK_IO_F_NOUNMAP)
			flags |= NBD_CMD_FLAG_NO_HOLE;
		break;
	default:
		return -EOPNOTSUPP;
	}
	t->type = (uint8_t)type;
	t->len = type == NBD_CMD_FLUSH ? 0 : iod->nr_sectors << 9;
	t->off = type == NBD_CMD_FLUSH ? 0 : iod->start_sector << 9;
	t->seq++;
	nbd_encode_request(&t->hdr, type, flags,
			   ((uint64_t)t->seq << 16) | tag,
			   type == NBD_CMD_FLUSH ? 0 : iod->start_sector << 9,
			   t->len);
	t->state = NBD_T_QUEUED;
	c->fifo[(c->fifo_head + c->fifo_len) % UBLKD_MAX_DEPTH] = (uint16_t)tag;
	c->fifo_len++;
	if (c->fd < 0 && !c->broken) {
		nbd_conn_revive(q);
		if (c->fd < 0)
			return 0;	/* failed with EIO by nbd_conn_revive() */
	}
	nbd_conn_kick(q);
	return 0;
}

/* Block sizes and parameters from the export. */
static int nbd_params(struct ublk_dev *dev, const struct nbd_export *ex)
{
	struct ublk_params *p = ublk_dev_params(dev);
	unsigned int lbs = 512, pbs, olbs, opbs, max_bytes;
	uint64_t size;
	int ret;

	if (ex->min_bs > 4096) {
		fprintf(stderr, "ublkd: nbd: the export's minimum block size %u is more than the 4096 ublk allows\n",
			ex->min_bs);
		return -EINVAL;
	}
	while (lbs < ex->min_bs)
		lbs <<= 1;
	ublk_dev_block_sizes(dev, &olbs, &opbs);
	if (olbs > lbs)
		lbs = olbs;
	pbs = ex->pref_bs > lbs ? ex->pref_bs : lbs;
	if (opbs > pbs)
		pbs = opbs;
	if (pbs > 4096 || (pbs & (pbs - 1)))
		pbs = 4096;
	size = ex->size / lbs * lbs;
	if (size != ex->size)
		fprintf(stderr, "ublkd: nbd: the export's %llu bytes are not whole %u-byte blocks: the device has %llu\n",
			(unsigned long long)ex->size, lbs,
			(unsigned long long)size);
	if (!size) {
		fprintf(stderr, "ublkd: nbd: the export is empty (%llu bytes)\n",
			(unsigned long long)ex->size);
		return -EINVAL;
	}
	ret = ublk_set_basic_params(dev, size, lbs, pbs);
	if (ret)
		return ret;
	max_bytes = ex->max_bs & ~(lbs - 1);
	if (max_bytes && max_bytes < ublk_dev_opts(dev)->buf_bytes)
		p->basic.max_sectors = max_bytes >> 9;
	p->basic.attrs &= ~(UBLK_ATTR_VOLATILE_CACHE | UBLK_ATTR_FUA);
	if (ex->flags & NBD_FLAG_SEND_FLUSH || ublk_dev_volatile_cache(dev)) {
		p->basic.attrs |= UBLK_ATTR_VOLATILE_CACHE;
		if (ex->flags & NBD_FLAG_SEND_FUA)
			p->basic.attrs |= UBLK_ATTR_FUA;
	}
	if (ex->flags & NBD_FLAG_ROTATIONAL)
		p->basic.attrs |= UBLK_ATTR_ROTATIONAL;
	if (ex->flags & NBD_FLAG_READ_ONLY) {
		p->basic.attrs |= UBLK_ATTR_READ_ONLY;
		return 0;
	}
	if (ex->flags & (NBD_FLAG_SEND_TRIM | NBD_FLAG_SEND_WRITE_ZEROES)) {
		ublk_set_discard_params(dev, pbs);
		if (!(ex->flags & NBD_FLAG_SEND_TRIM))
			p->discard.max_discard_sectors = 0;
		if (!(ex->flags & NBD_FLAG_SEND_WRITE_ZEROES))
			p->discard.max_write_zeroes_sectors = 0;
	}
	return 0;
}

static int nbd_init(struct ublk_dev *dev, bool recovering)
{
	const struct nbd_conf *o = ublk_dev_tgt_conf(dev);
	unsigned int nr = ublk_dev_opts(dev)->nr_queues, i;
	struct nbd_export ex;
	struct nbd_dev *nd;
	char err[512];
	int fd, ret;

	(void)recovering;	/* the export is simply connected to again */
	if (!nr)
		nr = 1;
	/*
	 * Zero copy writes a unix socket with WRITE_FIXED, which has no
	 * MSG_NOSIGNAL: a server that goes away must cost an EPIPE, not the
	 * daemon (SIGPIPE is process-wide). A handler someone set stays.
	 */
	{
		struct sigaction sa;

		if (!sigaction(SIGPIPE, NULL, &sa) && sa.sa_handler == SIG_DFL)
			signal(SIGPIPE, SIG_IGN);
	}
	nd = calloc(1, sizeof(*nd) + nr * sizeof(nd->conns[0]));
	if (!nd)
		return -ENOMEM;
	ublk_dev_set_tgt_data(dev, nd);
	nd->reconnect_s = o->reconnect_set ? o->reconnect_s :
			  NBD_DEF_RECONNECT_S;
	nd->timeout_s = o->timeout_set ? o->timeout_s : NBD_DEF_TIMEOUT_S;
	nbd_addr_str(&o->addr, nd->where, sizeof(nd->where));
	for (i = 0; i < nr; i++)
		nd->conns[i].fd = -1;
	for (i = 0; i < nr; i++) {
		fd = nbd_open(&o->addr, NBD_TIMEOUT_MS, i ? &ex : &nd->ex, err,
			      sizeof(err));
		if (fd < 0) {
			fprintf(stderr, "ublkd: nbd: %s: %s\n", nd->where, err);
			return fd;
		}
		nd->conns[i].fd = fd;
		nd->conns[i].structured = (i ? &ex : &nd->ex)->structured;
		nd->nr_conns = i + 1;
		if (!i && nr > 1 && !(nd->ex.flags & NBD_FLAG_CAN_MULTI_CONN)) {
			fprintf(stderr, "ublkd: nbd: %s does not allow several connections to export '%s' (no NBD_FLAG_CAN_MULTI_CONN): use -q 1\n",
				nd->where, o->addr.export_name);
			return -EINVAL;
		}
		if (i && (ex.size != nd->ex.size || ex.flags != nd->ex.flags)) {
			fprintf(stderr, "ublkd: nbd: %s: connection %u sees another export (size %llu, flags %#x) than the first (%llu, %#x)\n",
				nd->where, i, (unsigned long long)ex.size,
				ex.flags, (unsigned long long)nd->ex.size,
				nd->ex.flags);
			return -EINVAL;
		}
	}
	for (i = 0; i < nr; i++) {
		nd->conns[i].rx = malloc(NBD_RX_BYTES);
		if (!nd->conns[i].rx)
			return -ENOMEM;
	}
	ret = nbd_params(dev, &nd->ex);
	if (ret)
		return ret;
	if (nd->ex.flags & NBD_FLAG_READ_ONLY)
		fprintf(stderr, "ublkd: nbd: export '%s' on %s is read-only: the device is read-only\n",
			o->addr.export_name, nd->where);
	return 0;
}

static void nbd_deinit(struct ublk_dev *dev)
{
	struct nbd_dev *nd = ublk_dev_tgt_data(dev);
	unsigned int i;

	if (!nd)
		return;
	for (i = 0; i < nd->nr_conns; i++) {
		nbd_close(nd->conns[i].fd);
		free(nd->conns[i].rx);
	}
	free(nd);
	ublk_dev_set_tgt_data(dev, NULL);
}

/*
 * Is the server on this host? SEND_ZC cannot do anything for a peer on the
 * loopback: the kernel copies each zero-copy skb when it is delivered to
 * a local socket, and posts a notification besides; WRITE_FIXED copies
 * once, with no notification.
 */
static bool addr_is_loopback(const struct sockaddr_storage *ss)
{
	if (ss->ss_family == AF_INET) {
		const struct sockaddr_in *in = (const void *)ss;

		return (ntohl(in->sin_addr.s_addr) >> 24) == 127;
	}
	if (ss->ss_family == AF_INET6) {
		const struct in6_addr *a =
			&((const struct sockaddr_in6 *)(const void *)ss)->sin6_addr;

		return IN6_IS_ADDR_LOOPBACK(a) ||
		       (IN6_IS_ADDR_V4MAPPED(a) && a->s6_addr[12] == 127);
	}
	return false;
}

/*
 * A write's data with -z: SEND_ZC over TCP to another host, WRITE_FIXED
 * to a local one and on a unix socket (which has no SEND_ZC);
 * UBLKD_NBD_SEND_ZC=0|1 overrides for TCP (empty: as unset).
 */
static bool nbd_use_send_zc(struct ublk_queue *q, int fd)
{
	const char *e = getenv("UBLKD_NBD_SEND_ZC");
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	if (conf_of(q)->addr.unix_path[0])
		return false;
	if (e && (!strcmp(e, "0") || !strcmp(e, "1")))
		return e[0] == '1';
	if (e && *e)
		fprintf(stderr, "ublkd: nbd: q%u: UBLKD_NBD_SEND_ZC=%s is neither 0 nor 1: ignored\n",
			ublk_queue_id(q), e);
	if (getpeername(fd, (struct sockaddr *)&ss, &len) < 0)
		return true;	/* not known to be local */
	return !addr_is_loopback(&ss);
}

static int nbd_queue_init(struct ublk_queue *q)
{
	struct nbd_dev *nd = nd_of(q);
	unsigned int id = ublk_queue_id(q);
	struct nbd_conn *c;

	if (id >= nd->nr_conns) {
		fprintf(stderr, "ublkd: nbd: q%u has no connection\n", id);
		return -EINVAL;
	}
	c = &nd->conns[id];
	c->zc = ublk_queue_zero_copy(q);
	c->send_zc = nbd_use_send_zc(q, c->fd);
	c->zero_fd = -1;
	if (c->zc) {
		c->zero_fd = open("/dev/zero", O_RDONLY | O_CLOEXEC);
		if (c->zero_fd < 0) {
			fprintf(stderr, "ublkd: nbd: q%u: /dev/zero: %s\n",
				id, strerror(errno));
			return -errno;
		}
	}
	ublk_queue_set_tgt_data(q, c);
	return 0;
}

/* What the connection took, in the daemon's log. */
static void nbd_queue_deinit(struct ublk_queue *q)
{
	struct nbd_conn *c = conn_of(q);

	if (c && c->structured)
		fprintf(stderr, "ublkd: nbd: q%u: structured replies: %llu data, %llu hole, %llu error chunks\n",
			ublk_queue_id(q), c->nr_data, c->nr_hole, c->nr_err);
	if (c && c->zero_fd >= 0) {
		close(c->zero_fd);
		c->zero_fd = -1;
	}
}

static const struct ublk_tgt_opt nbd_opts[] = {
	{ "host", 0, true, false, "--host HOST            the NBD server (TCP)" },
	{ "port", 0, true, false, "--port PORT            its port (default 10809)" },
	{ "unix", 0, true, true, "--unix PATH            the server's unix socket instead" },
	{ "export_name", 0, true, false, "--export_name NAME     the export (default: the server's default, \"\")" },
	{ "uri", 0, true, false, "--uri URI              nbd://HOST[:PORT]/EXPORT or nbd+unix:///EXPORT?socket=PATH" },
	{ "reconnect_s", 0, true, false, "--reconnect_s N        retry a lost server for N s before I/O fails (default 30)" },
	{ "timeout_s", 0, true, false, "--timeout_s N          a request unanswered for N s: the connection is dead (default 30, 0: never)" },
	{ NULL },
};

static int nbd_parse_opt(struct ublk_dev *dev, const struct ublk_tgt_opt *opt,
			 const char *arg)
{
	struct nbd_conf *c = ublk_dev_tgt_conf(dev);
	unsigned long v;
	char *end;

	if (!strcmp(opt->name, "host")) {
		c->host = arg;
	} else if (!strcmp(opt->name, "port")) {
		errno = 0;
		v = strtoul(arg, &end, 10);
		if (errno || end == arg || *end || *arg == '-' || !v ||
		    v > 65535) {
			fprintf(stderr, "ublk add: invalid port '%s' (1-65535)\n",
				arg);
			return -EINVAL;
		}
		c->port = arg;
	} else if (!strcmp(opt->name, "unix")) {
		c->unix_path = arg;
	} else if (!strcmp(opt->name, "export_name")) {
		c->export_name = arg;
	} else if (!strcmp(opt->name, "uri")) {
		c->uri = arg;
	} else if (!strcmp(opt->name, "reconnect_s")) {
		errno = 0;
		v = strtoul(arg, &end, 10);
		if (errno || end == arg || *end || *arg == '-' || v > 86400) {
			fprintf(stderr, "ublk add: invalid reconnect_s '%s' (0-86400 seconds)\n",
				arg);
			return -EINVAL;
		}
		c->reconnect_s = (unsigned int)v;
		c->reconnect_set = true;
	} else if (!strcmp(opt->name, "timeout_s")) {
		errno = 0;
		v = strtoul(arg, &end, 10);
		if (errno || end == arg || *end || *arg == '-' || v > 86400) {
			fprintf(stderr, "ublk add: invalid timeout_s '%s' (0-86400 seconds, 0: no timeout)\n",
				arg);
			return -EINVAL;
		}
		c->timeout_s = (unsigned int)v;
		c->timeout_set = true;
	} else {
		return -EINVAL;
	}
	return 0;
}

static int set_str(char *dst, size_t cap, const char *s, const char *what)
{
	if (strlen(s) >= cap) {
		fprintf(stderr, "ublk add: nbd: %s is too long (at most %zu bytes)\n",
			what, cap - 1);
		return -EINVAL;
	}
	strcpy(dst, s);
	return 0;
}

static int nbd_check_opts(struct ublk_dev *dev)
{
	struct nbd_conf *c = ublk_dev_tgt_conf(dev);
	struct nbd_addr *a = &c->addr;
	char err[512];

	memset(a, 0, sizeof(*a));
	strcpy(a->port, NBD_DEFAULT_PORT);
	if (c->uri) {
		if (c->host || c->unix_path || c->port || c->export_name) {
			fprintf(stderr, "ublk add: nbd: --uri names the server and export: no --host, --port, --unix or --export_name with it\n");
			return -EINVAL;
		}
		if (nbd_parse_uri(c->uri, a, err, sizeof(err))) {
			fprintf(stderr, "ublk add: nbd: %s\n", err);
			return -EINVAL;
		}
		return 0;
	}
	if (c->host && c->unix_path) {
		fprintf(stderr, "ublk add: nbd: --host and --unix both name the server: give one\n");
		return -EINVAL;
	}
	if (!c->host && !c->unix_path) {
		fprintf(stderr, "ublk add: nbd needs the server: --host HOST [--port PORT], --unix PATH or --uri URI\n");
		return -EINVAL;
	}
	if (c->unix_path && c->port) {
		fprintf(stderr, "ublk add: nbd: --port goes with --host, not --unix\n");
		return -EINVAL;
	}
	if ((c->host && set_str(a->host, sizeof(a->host), c->host, "--host")) ||
	    (c->port && set_str(a->port, sizeof(a->port), c->port, "--port")) ||
	    (c->unix_path && set_str(a->unix_path, sizeof(a->unix_path),
				     c->unix_path, "--unix path")) ||
	    (c->export_name && set_str(a->export_name, sizeof(a->export_name),
				       c->export_name, "--export_name")))
		return -EINVAL;
	return 0;
}

static void nbd_describe(struct ublk_dev *dev, char *buf, size_t len)
{
	const struct nbd_conf *o = ublk_dev_tgt_conf(dev);
	const struct nbd_dev *nd = ublk_dev_tgt_data(dev);
	const struct nbd_conn *c = nd && nd->nr_conns ? &nd->conns[0] : NULL;
	char where[160], export[160];

	ublk_json_escape(where, sizeof(where), nd ? nd->where : "");
	ublk_json_escape(export, sizeof(export), o->addr.export_name);
	/* write_op: how a write's data goes (the same on every connection) */
	snprintf(buf, len,
		 "{\"name\":\"nbd\",\"server\":\"%s\",\"export_name\":\"%s\",\"dev_size\":%llu,\"nbd_flags\":%u,\"connections\":%u,\"structured_replies\":%s,\"write_op\":\"%s\"}",
		 where, export,
		 (unsigned long long)ublk_dev_params(dev)->basic.dev_sectors << 9,
		 nd ? nd->ex.flags : 0, nd ? nd->nr_conns : 0,
		 nd && nd->ex.structured ? "true" : "false",
		 !c || !c->zc ? "SENDMSG" :
		 c->send_zc ? "SEND_ZC" : "WRITE_FIXED");
}

static void nbd_usage(void)
{
	printf("  nbd: --host HOST [--port PORT] | --unix PATH | --uri URI\n"
	       "       [--export_name NAME] [--reconnect_s N] [--timeout_s N]\n"
	       "       (an NBD export; -q N > 1 needs a server with multi-conn)\n");
}

const struct ublk_tgt_ops ublk_tgt_nbd = {
	.name = "nbd",
	/* -z: a write's data sent, a read's received, on the request's pages */
	.zero_copy = true,
	.opts = nbd_opts,
	.help = "      nbd --host HOST [--port PORT] | --unix PATH | --uri URI\n"
		"          [--export_name NAME] [--reconnect_s N] [--timeout_s N]\n"
		"                             an NBD export; I/O waits up to N s\n"
		"                             (default 30) for a lost server; a\n"
		"                             request unanswered for --timeout_s s\n"
		"                             (default 30) counts as one\n",
	.conf_size = sizeof(struct nbd_conf),
	.parse_opt = nbd_parse_opt,
	.check_opts = nbd_check_opts,
	.init = nbd_init,
	.deinit = nbd_deinit,
	.queue_init = nbd_queue_init,
	.queue_deinit = nbd_queue_deinit,
	.queue_io = nbd_queue_io,
	.io_done = nbd_io_done,
	.usage = nbd_usage,
	.describe = nbd_describe,
};
