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
 * buffer when the rest of it is large.
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
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "ublkd/dev.h"
#include "ublkd/names.h"
#include "targets/nbd_proto.h"

#define NBD_OP_SEND		0x80	/* tgt op: the SENDMSG of a batch */
#define NBD_OP_RECV		0x81	/* a RECV into the receive buffer */
#define NBD_OP_RECV_DATA	0x82	/* a read's data into its tag buffer */
#define NBD_OP_TIMER		0x83	/* the stall check's tick */
#define NBD_OP_SEND_ZC		0x84	/* zero copy: a write's data */
#define NBD_OP_ZERO		0x85	/* zero copy: a hole, from /dev/zero */

#define NBD_RX_BYTES		(64 * 1024)
#define NBD_DIRECT_MIN		(16 * 1024)	/* straight into the tag buffer */
#define NBD_MAX_IOV		1024	/* UIO_MAXIOV */
#define NBD_MAX_BATCH		(NBD_MAX_IOV / 2)
#define NBD_TIMEOUT_MS		5000	/* connect and each handshake step */
#define NBD_DEF_RECONNECT_S	30
#define NBD_DEF_TIMEOUT_S	30	/* as the kernel's nbd (blk-mq) */
#define NBD_RETRY_NS		1000000000LL	/* dead: one connect a second */

/* What `ublk add` gave. */
struct nbd_conf {
	const char *host;
	const char *port;
	const char *unix_path;
	const char *export_name;
	const char *uri;
	unsigned int reconnect_s;
	bool reconnect_set;
	unsigned int timeout_s;
	bool timeout_set;
	struct nbd_addr addr;	/* from the above (check_opts) */
};

enum { NBD_T_FREE, NBD_T_QUEUED, NBD_T_WIRE };

struct nbd_tag {
	struct nbd_request hdr;	/* as sent */
	uint8_t state;
	uint8_t type;		/* NBD_CMD_* */
	bool sending;		/* in the SENDMSG in flight */
	bool replied;		/* its reply is in */
	int result;
	uint32_t len;
	uint32_t seq;		/* the cookie's upper bits */
	int64_t sent_ns;	/* put on the wire (with --timeout_s) */
	uint64_t off;		/* the request's offset, for chunks */
	uint32_t covered;	/* structured: data and hole bytes in */
	int sr_err;		/* structured: the first error chunk's */
	uint8_t zeroing;	/* zero copy: holes being zeroed */
};

/* An entry of a zero-copy send chain. */
struct nbd_seg {
	uint8_t kind;		/* NBD_SEG_* */
	uint16_t ref;		/* HDRS: its seg_msg[]; DATA: the tag */
	uint32_t len, done;	/* bytes to move, moved by earlier SQEs */
	int res;		/* its CQE's */
};

/* One connection: a queue's. */
struct nbd_conn {
	int fd;			/* -1: none (dead, or being re-opened) */
	bool broken;		/* shut down; our SQEs are still coming back */
	bool proto_err;		/* broken by the server's nonsense: no resend */
	bool send_busy;
	bool recv_busy;
	int64_t next_try_ns;	/* dead: the next connect attempt */
	int64_t stall_ns;	/* lost, and no reply since: when; or 0 */
	int64_t lost_ns;	/* the last loss */
	bool timer_busy;	/* the stall check's TIMEOUT in flight */
	struct __kernel_timespec tick;
	unsigned int nr_wire;	/* requests sent or being sent, not finished */
	unsigned int nr_owed;	/* of them, replies not yet in */
	/* requests waiting to be sent, in order */
	uint16_t fifo[UBLKD_MAX_DEPTH];
	unsigned int fifo_head, fifo_len;
	/* the SENDMSG in flight: its iovecs, its tags */
	struct iovec iov[NBD_MAX_IOV];
	unsigned int iov_first, iov_cnt;
	uint16_t batch[NBD_MAX_BATCH];
	unsigned int batch_len;
	struct msghdr msg;
	/*
	 * zero copy (the request's pages are fixed buffers of the ring):
	 * a batch is a chain of linked SQEs, their count and the bytes each
	 * must move; holes are zeroed by READ_FIXED from /dev/zero
	 */
	bool zc;
	bool send_zc;		/* SEND_ZC (TCP); else WRITE_FIXED (unix) */
	int zero_fd;
	unsigned int seg_n;	/* the chain's entries */
	unsigned int seg_from;	/* the first of them submitted last */
	unsigned int send_left;	/* of those, SQEs not back yet */
	unsigned int nr_zeroing;
	unsigned int seg_cnt;	/* seg_msg[] used */
	struct msghdr seg_msg[NBD_MAX_BATCH + 1];
	struct nbd_seg segs[2 * NBD_MAX_BATCH + 1];
	/* receiving */
	uint8_t *rx;
	unsigned int rx_len, rx_off;	/* bytes in rx, bytes parsed */
	bool rx_in_data;	/* reading rx_tag's data */
	bool rx_chunk;		/* ... of an OFFSET_DATA chunk */
	bool rx_chunk_last;	/* ... that has NBD_REPLY_FLAG_DONE */
	bool structured;	/* this connection negotiated them */
	/* structured reply chunks taken (for the log) */
	unsigned long long nr_data, nr_hole, nr_err;
	unsigned int rx_tag;
	uint32_t rx_left, rx_done;
	struct nbd_tag tags[UBLKD_MAX_DEPTH];
};

struct nbd_dev {
	struct nbd_export ex;
	unsigned int nr_conns;
	unsigned int reconnect_s;
	unsigned int timeout_s;	/* 0: requests may wait forever */
	char where[sizeof(((struct nbd_addr *)0)->unix_path) + 16];
	struct nbd_conn conns[];
};

static const struct nbd_conf *conf_of(struct ublk_queue *q)
{
	return ublk_dev_tgt_conf(ublk_queue_dev(q));
}

static struct nbd_dev *nd_of(struct ublk_queue *q)
{
	return ublk_dev_tgt_data(ublk_queue_dev(q));
}

static struct nbd_conn *conn_of(struct ublk_queue *q)
{
	return ublk_queue_tgt_data(q);
}

/* ---- completing ---- */

static void tag_finish(struct ublk_queue *q, struct nbd_conn *c,
		       unsigned int tag)
{
	struct nbd_tag *t = &c->tags[tag];

	t->state = NBD_T_FREE;
	c->nr_wire--;
	ublk_complete_io(q, tag, t->result);
}

/* Fail every request not yet answered (queued or on the wire). */
static void fail_all(struct ublk_queue *q, struct nbd_conn *c, int err)
{
	unsigned int tag;

	for (tag = 0; tag < UBLKD_MAX_DEPTH; tag++) {
		if (c->tags[tag].state == NBD_T_FREE)
			continue;
		c->tags[tag].state = NBD_T_FREE;
		ublk_complete_io(q, tag, err);
	}
	c->fifo_len = 0;
	c->nr_wire = 0;
	c->nr_owed = 0;
	c->batch_len = 0;
}

/* ---- breaking and re-opening a connection ---- */

__attribute__((format(printf, 3, 4)))
static void conn_break(struct ublk_queue *q, bool proto, const char *fmt, ...)
{
	struct nbd_conn *c = conn_of(q);
	char why[256];
	va_list ap;

	if (c->broken || c->fd < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	fprintf(stderr, "ublkd: nbd: q%u: %s: %s%s\n", ublk_queue_id(q),
		nd_of(q)->where, why,
		proto ? " (what was on the wire fails with EIO)" : "");
	c->broken = true;
	c->proto_err = proto;
	c->lost_ns = ur_now_ns();
	if (!c->stall_ns)
		c->stall_ns = c->lost_ns;
	/* our SENDMSG and RECV in flight come back at once */
	shutdown(c->fd, SHUT_RDWR);
}

static void sleep_ns(int64_t ns)
{
	struct timespec ts = { .tv_sec = ns / 1000000000,
			       .tv_nsec = ns % 1000000000 };

	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/*
 * Open the queue's connection again: tries until @deadline_ns with
 * back-off (once if @deadline_ns is 0). 0 or -errno.
 */
static int conn_reopen(struct ublk_queue *q, int64_t deadline_ns)
{
	const struct nbd_conf *o = conf_of(q);
	struct nbd_dev *nd = nd_of(q);
	struct nbd_conn *c = conn_of(q);
	int64_t delay = 50000000, start = ur_now_ns(), now;
	struct nbd_export ex;
	unsigned int tries = 0;
	char err[512];
	int fd;

	for (;;) {
		tries++;
		fd = nbd_open(&o->addr, NBD_TIMEOUT_MS, &ex, err, sizeof(err));
		if (fd >= 0 && (ex.size != nd->ex.size ||
				((ex.flags ^ nd->ex.flags) & NBD_FLAG_READ_ONLY))) {
			snprintf(err, sizeof(err), "the export changed (size %llu, flags %#x; was %llu, %#x)",
				 (unsigned long long)ex.size, ex.flags,
				 (unsigned long long)nd->ex.size, nd->ex.flags);
			close(fd);
			fd = -EIO;
		}
		if (fd >= 0) {
			c->fd = fd;
			c->structured = ex.structured;
			fprintf(stderr, "ublkd: nbd: q%u: reconnected to %s (attempt %u, %lld ms)\n",
				ublk_queue_id(q), nd->where, tries,
				(long long)((ur_now_ns() - start) / 1000000));
			return 0;
		}
		now = ur_now_ns();
		if (now + delay > deadline_ns) {
			fprintf(stderr, "ublkd: nbd: q%u: cannot reconnect to %s after %u attempt(s): %s\n",
				ublk_queue_id(q), nd->where, tries, err);
			return fd;
		}
		sleep_ns(delay);
		delay = delay * 2 > 1000000000 ? 1000000000 : delay * 2;
	}
}

/*
 * Put every request that was on the wire back at the head of the queue,
 * to be sent again on the next connection.
 */
static void requeue_wire(struct nbd_conn *c)
{
	uint16_t old[UBLKD_MAX_DEPTH];
	unsigned int i, n = 0, tag;

	for (i = 0; i < c->fifo_len; i++)
		old[i] = c->fifo[(c->fifo_head + i) % UBLKD_MAX_DEPTH];
	for (tag = 0; tag < UBLKD_MAX_DEPTH; tag++) {
		struct nbd_tag *t = &c->tags[tag];

		if (t->state != NBD_T_WIRE)
			continue;
		t->state = NBD_T_QUEUED;
		t->sending = false;
		t->replied = false;
		c->fifo[n++] = (uint16_t)tag;
	}
	for (i = 0; i < c->fifo_len; i++)
		c->fifo[n++] = old[i];
	c->fifo_head = 0;
	c->fifo_len = n;
	c->nr_wire = 0;
	c->nr_owed = 0;
	c->batch_len = 0;
}

static void conn_kick(struct ublk_queue *q);

/*
 * A broken connection whose SQEs are all back: close it, then either fail
 * what it carried (a protocol error) or re-open and send it all again.
 */
static void conn_settle(struct ublk_queue *q)
{
	struct nbd_conn *c = conn_of(q);
	struct nbd_dev *nd = nd_of(q);
	int64_t deadline;

	if (!c->broken || c->send_busy || c->recv_busy || c->nr_zeroing)
		return;
	close(c->fd);
	c->fd = -1;
	c->broken = false;
	c->rx_len = c->rx_off = 0;
	c->rx_in_data = false;
	if (c->proto_err) {
		c->proto_err = false;
		c->stall_ns = 0;
		fail_all(q, c, -EIO);
		c->next_try_ns = 0;	/* the next request connects again */
		return;
	}
	requeue_wire(c);
	if (!c->fifo_len)
		c->stall_ns = 0;	/* nothing waits: a fresh loss */
	deadline = (c->stall_ns ? c->stall_ns : ur_now_ns()) +
		   (int64_t)nd->reconnect_s * 1000000000LL;
	/* lost again, with no reply since an earlier loss: past the bound? */
	if (c->stall_ns && c->stall_ns < c->lost_ns &&
	    ur_now_ns() >= deadline) {
		fprintf(stderr, "ublkd: nbd: q%u: %s: no reply for %u s since the connection was lost (--reconnect_s): %u request(s) fail with EIO\n",
			ublk_queue_id(q), nd->where, nd->reconnect_s,
			c->fifo_len);
		c->stall_ns = 0;
		fail_all(q, c, -EIO);
		c->next_try_ns = ur_now_ns() + NBD_RETRY_NS;
		return;
	}
	if (conn_reopen(q, deadline)) {
		c->stall_ns = 0;
		fail_all(q, c, -EIO);
		c->next_try_ns = ur_now_ns() + NBD_RETRY_NS;
		return;
	}
	conn_kick(q);
}

/* No connection (given up): try once, at most once a second. */
static void conn_revive(struct ublk_queue *q)
{
	struct nbd_conn *c = conn_of(q);

	if (ur_now_ns() >= c->next_try_ns && !conn_reopen(q, 0)) {
		c->stall_ns = 0;
		return;
	}
	if (c->fd < 0) {
		if (ur_now_ns() >= c->next_try_ns)
			c->next_try_ns = ur_now_ns() + NBD_RETRY_NS;
		fail_all(q, c, -EIO);
	}
}

/* ---- sending ---- */

static void send_submit(struct ublk_queue *q, struct nbd_conn *c)
{
	struct ur_sqe *sqe = ublk_tgt_get_sqe(q, 0, NBD_OP_SEND, 0);

	if (!sqe) {
		conn_break(q, false, "no SQE for a send");
		return;
	}
	memset(&c->msg, 0, sizeof(c->msg));
	c->msg.msg_iov = c->iov + c->iov_first;
	c->msg.msg_iovlen = c->iov_cnt - c->iov_first;
	ur_prep_rw(sqe, IORING_OP_SENDMSG, c->fd, &c->msg, 1, 0);
	sqe->op_flags = MSG_NOSIGNAL | MSG_WAITALL;
	c->send_busy = true;
}

/* A request taken off the queue into the batch being sent. */
static void batch_take(struct nbd_conn *c, unsigned int tag, int64_t now)
{
	struct nbd_tag *t = &c->tags[tag];

	c->fifo_head = (c->fifo_head + 1) % UBLKD_MAX_DEPTH;
	c->fifo_len--;
	t->state = NBD_T_WIRE;
	t->sending = true;
	t->replied = false;
	t->sent_ns = now;
	t->covered = 0;
	t->sr_err = 0;
	c->batch[c->batch_len++] = (uint16_t)tag;
	c->nr_wire++;
	c->nr_owed++;
}

/* The chain's SENDMSG of headers, or a write's data. */
enum { NBD_SEG_HDRS, NBD_SEG_DATA };

/* Chain entry @i as an SQE, linked to the one before (*@prev). */
static bool seg_prep(struct ublk_queue *q, struct nbd_conn *c,
		     unsigned int i, struct ur_sqe **prev)
{
	struct nbd_seg *g = &c->segs[i];
	struct ur_sqe *sqe;

	sqe = ublk_tgt_get_sqe(q, 0, g->kind == NBD_SEG_HDRS ? NBD_OP_SEND :
				     NBD_OP_SEND_ZC, i);
	if (!sqe)
		return false;	/* cannot be: the SQ had the room */
	if (*prev)
		(*prev)->flags |= IOSQE_IO_LINK;
	*prev = sqe;
	c->send_left++;
	g->res = -ECANCELED;
	if (g->kind == NBD_SEG_HDRS) {
		ur_prep_rw(sqe, IORING_OP_SENDMSG, c->fd, &c->seg_msg[g->ref],
			   1, 0);
		sqe->op_flags = MSG_NOSIGNAL | MSG_WAITALL |
				(i + 1 < c->seg_n ? MSG_MORE : 0);
	} else if (c->send_zc) {
		ur_prep_send_zc_fixed(sqe, c->fd, g->done, g->len - g->done,
				      MSG_NOSIGNAL | MSG_WAITALL,
				      ublk_io_buf_index(q, g->ref));
	} else {
		/* a unix socket has no SEND_ZC: a write, maybe short */
		ur_prep_write_fixed(sqe, c->fd, g->done, g->len - g->done, 0,
				    ublk_io_buf_index(q, g->ref), 0);
	}
	return true;
}

/* Submit the chain from entry @from on (its start, or a resumption). */
static void chain_submit(struct ublk_queue *q, struct nbd_conn *c,
			 unsigned int from)
{
	struct ur_sqe *prev = NULL;
	unsigned int i;

	c->send_left = 0;
	c->seg_from = from;
	if (ublk_tgt_sq_room(q, c->seg_n - from) < c->seg_n - from)
		goto nosqe;
	for (i = from; i < c->seg_n; i++)
		if (!seg_prep(q, c, i, &prev))
			goto nosqe;
	c->send_busy = true;
	return;
nosqe:
	/* what is in the chain comes back; the connection is re-made */
	c->send_busy = c->send_left > 0;
	conn_break(q, false, "no SQE for a send");
}

/* A chain entry for headers c->iov[@first..iov_cnt). */
static void seg_headers(struct nbd_conn *c, unsigned int first)
{
	struct msghdr *m = &c->seg_msg[c->seg_cnt];
	struct nbd_seg *g = &c->segs[c->seg_n++];

	memset(m, 0, sizeof(*m));
	m->msg_iov = c->iov + first;
	m->msg_iovlen = c->iov_cnt - first;
	g->kind = NBD_SEG_HDRS;
	g->ref = (uint16_t)c->seg_cnt++;
	g->len = (uint32_t)((c->iov_cnt - first) * sizeof(struct nbd_request));
	g->done = 0;
}

/*
 * Zero copy: a write's data leaves from the request's own pages, so a
 * batch is a chain of SQEs linked in stream order: a SENDMSG of the
 * headers up to and including a write's, then that write's data, and so
 * on. The data goes by SEND_ZC from the fixed buffer over TCP, or by a
 * WRITE_FIXED on a unix socket (AF_UNIX has no SEND_ZC). MSG_WAITALL
 * makes io_uring finish a short send itself; a write may come back short
 * and then the SQEs linked after it come back -ECANCELED, unsent: the
 * chain is submitted again from the rest of that write. The chain is cut
 * nowhere: it takes only as many requests as the SQ has room for.
 */
static void send_kick_zc(struct ublk_queue *q, struct nbd_conn *c)
{
	unsigned int room = ublk_tgt_sq_room(q, 3), first = 0;
	int64_t now = nd_of(q)->timeout_s ? ur_now_ns() : 0;

	c->iov_cnt = 0;
	c->batch_len = 0;
	c->seg_cnt = 0;
	c->seg_n = 0;
	while (c->fifo_len && c->batch_len < NBD_MAX_BATCH) {
		unsigned int tag = c->fifo[c->fifo_head];
		struct nbd_tag *t = &c->tags[tag];
		bool data = t->type == NBD_CMD_WRITE && t->len;
		struct nbd_seg *g;

		/* this one's entries, and one for the headers after it */
		if (c->seg_n + (data ? 2 : 0) + 1 > room)
			break;
		batch_take(c, tag, now);
		c->iov[c->iov_cnt].iov_base = &t->hdr;
		c->iov[c->iov_cnt++].iov_len = sizeof(t->hdr);
		if (!data)
			continue;
		seg_headers(c, first);
		g = &c->segs[c->seg_n++];
		g->kind = NBD_SEG_DATA;
		g->ref = (uint16_t)tag;
		g->len = t->len;
		g->done = 0;
		first = c->iov_cnt;
	}
	if (first < c->iov_cnt)
		seg_headers(c, first);
	if (c->seg_n)
		chain_submit(q, c, 0);
}

/* One SQE of the zero-copy chain is back (or a notification). */
static void send_zc_done(struct ublk_queue *q, struct nbd_conn *c,
			 const struct ur_cqe *cqe)
{
	unsigned int i = ublk_ud_tgt_data(cqe->user_data);

	if (cqe->flags & IORING_CQE_F_NOTIF)
		return;		/* the kernel let go of the pages */
	if (i < c->seg_n)
		c->segs[i].res = cqe->res;
	if (--c->send_left)
		return;
	c->send_busy = false;
	if (c->broken)
		return;
	for (i = c->seg_from; i < c->seg_n; i++) {
		struct nbd_seg *g = &c->segs[i];
		int want = (int)(g->len - g->done);

		if (g->res == want)
			continue;
		if (g->kind == NBD_SEG_DATA && g->res > 0 && g->res < want) {
			g->done += (uint32_t)g->res;	/* short: the rest */
			chain_submit(q, c, i);
			return;
		}
		if (g->res >= 0)
			conn_break(q, false, "send: %d of %d bytes", g->res,
				   want);
		else
			conn_break(q, false, "send: %s", strerror(-g->res));
		return;
	}
	for (i = 0; i < c->batch_len; i++) {
		unsigned int tag = c->batch[i];

		c->tags[tag].sending = false;
		if (c->tags[tag].replied && !c->tags[tag].zeroing)
			tag_finish(q, c, tag);
	}
	c->batch_len = 0;
}

/* Every queued request (up to a batch) in one SENDMSG. */
static void send_kick(struct ublk_queue *q, struct nbd_conn *c)
{
	int64_t now;

	if (c->send_busy || c->broken || c->fd < 0 || !c->fifo_len)
		return;
	if (c->zc) {
		send_kick_zc(q, c);
		return;
	}
	now = nd_of(q)->timeout_s ? ur_now_ns() : 0;	/* one per batch */
	c->iov_cnt = 0;
	c->iov_first = 0;
	c->batch_len = 0;
	while (c->fifo_len && c->batch_len < NBD_MAX_BATCH) {
		unsigned int tag = c->fifo[c->fifo_head];
		struct nbd_tag *t = &c->tags[tag];

		batch_take(c, tag, now);
		c->iov[c->iov_cnt].iov_base = &t->hdr;
		c->iov[c->iov_cnt++].iov_len = sizeof(t->hdr);
		if (t->type == NBD_CMD_WRITE) {
			c->iov[c->iov_cnt].iov_base = ublk_io_buf(q, tag);
			c->iov[c->iov_cnt++].iov_len = t->len;
		}
	}
	send_submit(q, c);
}

static void send_done(struct ublk_queue *q, struct nbd_conn *c, int res)
{
	size_t left = res > 0 ? (size_t)res : 0;
	unsigned int i;

	c->send_busy = false;
	if (c->broken)
		return;
	if (res == -EINTR || res == -EAGAIN) {
		send_submit(q, c);
		return;
	}
	if (res < 0) {
		conn_break(q, false, "send: %s", strerror(-res));
		return;
	}
	/* a short send: drop what went, resend the rest */
	while (c->iov_first < c->iov_cnt &&
	       left >= c->iov[c->iov_first].iov_len)
		left -= c->iov[c->iov_first++].iov_len;
	if (c->iov_first < c->iov_cnt) {
		c->iov[c->iov_first].iov_base =
			(char *)c->iov[c->iov_first].iov_base + left;
		c->iov[c->iov_first].iov_len -= left;
		send_submit(q, c);
		return;
	}
	for (i = 0; i < c->batch_len; i++) {
		unsigned int tag = c->batch[i];

		c->tags[tag].sending = false;
		if (c->tags[tag].replied && !c->tags[tag].zeroing)
			tag_finish(q, c, tag);
	}
	c->batch_len = 0;
}

/* ---- receiving ---- */

/*
 * Zero copy: the bytes the next reply header (or chunk header) still
 * needs, no more: a read's data must not land in the receive buffer, as
 * nothing could copy it on into the request's pages.
 */
static unsigned int rx_need(const struct nbd_conn *c)
{
	unsigned int avail = c->rx_len - c->rx_off, want;
	struct nbd_chunk ch;
	uint32_t magic;
	int head;

	if (avail < sizeof(struct nbd_simple_reply))
		return sizeof(struct nbd_simple_reply) - avail;
	memcpy(&magic, c->rx + c->rx_off, 4);
	if (be32toh(magic) != NBD_STRUCTURED_REPLY_MAGIC)
		return 1;	/* cannot be: rx_parse() took or refused it */
	if (avail < sizeof(struct nbd_structured_reply))
		return sizeof(struct nbd_structured_reply) - avail;
	nbd_decode_chunk(c->rx + c->rx_off, &ch);
	head = nbd_chunk_head_len(&ch);
	want = sizeof(struct nbd_structured_reply) +
	       (unsigned int)(head > 0 ? head : 0);
	/* rx_parse() takes a whole header: some bytes are always missing */
	return want > avail ? want - avail : 1;
}

static void recv_kick(struct ublk_queue *q, struct nbd_conn *c)
{
	struct ur_sqe *sqe;

	if (c->recv_busy || c->broken || c->fd < 0 || !c->nr_owed)
		return;
	if (c->zc && c->rx_in_data) {
		/* straight into the request's pages (a short read: again) */
		sqe = ublk_tgt_get_sqe(q, 0, NBD_OP_RECV_DATA, 0);
		if (!sqe)
			goto nosqe;
		ur_prep_read_fixed(sqe, c->fd, c->rx_done, c->rx_left,
				   (uint64_t)-1, ublk_io_buf_index(q, c->rx_tag));
	} else if (c->rx_in_data && c->rx_left >= NBD_DIRECT_MIN &&
		   c->rx_off == c->rx_len) {
		sqe = ublk_tgt_get_sqe(q, 0, NBD_OP_RECV_DATA, 0);
		if (!sqe)
			goto nosqe;
		ur_prep_rw(sqe, IORING_OP_RECV, c->fd,
			   (char *)ublk_io_buf(q, c->rx_tag) + c->rx_done,
			   c->rx_left, 0);
		sqe->op_flags = MSG_WAITALL;
	} else {
		if (c->rx_off) {
			memmove(c->rx, c->rx + c->rx_off, c->rx_len - c->rx_off);
			c->rx_len -= c->rx_off;
			c->rx_off = 0;
		}
		sqe = ublk_tgt_get_sqe(q, 0, NBD_OP_RECV, 0);
		if (!sqe)
			goto nosqe;
		ur_prep_rw(sqe, IORING_OP_RECV, c->fd, c->rx + c->rx_len,
			   c->zc ? rx_need(c) : NBD_RX_BYTES - c->rx_len, 0);
		if (c->zc)
			sqe->op_flags = MSG_WAITALL;
	}
	c->recv_busy = true;
	return;
nosqe:
	conn_break(q, false, "no SQE for a receive");
}

/* The reply of @tag is complete (and, for a read, its data). */
static void reply_done(struct ublk_queue *q, struct nbd_conn *c,
		       unsigned int tag)
{
	c->rx_in_data = false;
	c->tags[tag].replied = true;
	c->nr_owed--;
	c->stall_ns = 0;	/* the server answers */
	if (!c->tags[tag].sending && !c->tags[tag].zeroing)
		tag_finish(q, c, tag);
}

/* A structured reply's last chunk is in: the request's result. */
static void chunks_done(struct ublk_queue *q, struct nbd_conn *c,
			unsigned int tag)
{
	struct nbd_tag *t = &c->tags[tag];

	if (t->sr_err)
		t->result = t->sr_err;
	else if (t->type == NBD_CMD_READ && t->covered != t->len) {
		fprintf(stderr, "ublkd: nbd: q%u: %s: a structured reply covered %u of the %u bytes read: EIO\n",
			ublk_queue_id(q), nd_of(q)->where, t->covered, t->len);
		t->result = -EIO;
	} else {
		t->result = t->type == NBD_CMD_READ ||
			    t->type == NBD_CMD_WRITE ? (int)t->len : 0;
	}
	reply_done(q, c, tag);
}

/* The data of an OFFSET_DATA chunk, or of a simple read reply, is in. */
static void data_done(struct ublk_queue *q, struct nbd_conn *c)
{
	c->rx_in_data = false;
	if (!c->rx_chunk)
		reply_done(q, c, c->rx_tag);
	else if (c->rx_chunk_last)
		chunks_done(q, c, c->rx_tag);
}

/* The request a reply's cookie names, or NULL (connection broken). */
static struct nbd_tag *cookie_tag(struct ublk_queue *q, struct nbd_conn *c,
				  uint64_t cookie, unsigned int *tagp)
{
	unsigned int tag = (unsigned int)(cookie & 0xffff);
	struct nbd_tag *t = &c->tags[tag % UBLKD_MAX_DEPTH];

	if (tag >= UBLKD_MAX_DEPTH || t->state != NBD_T_WIRE || t->replied ||
	    t->seq != (uint32_t)(cookie >> 16) || (cookie >> 48)) {
		conn_break(q, true, "a reply with unknown handle %#llx",
			   (unsigned long long)cookie);
		return NULL;
	}
	*tagp = tag;
	return t;
}

/*
 * Zero copy: @len bytes at @off of @tag's pages become zeros (a hole), by
 * a READ_FIXED from /dev/zero; the request completes once it is back.
 */
static int zero_kick(struct ublk_queue *q, struct nbd_conn *c,
		     unsigned int tag, uint32_t off, uint32_t len)
{
	struct ur_sqe *sqe = ublk_tgt_get_sqe(q, 0, NBD_OP_ZERO, tag);

	if (!sqe) {
		conn_break(q, false, "no SQE to zero a hole");
		return -EBUSY;
	}
	ur_prep_read_fixed(sqe, c->zero_fd, off, len, 0,
			   ublk_io_buf_index(q, tag));
	c->tags[tag].zeroing++;
	c->nr_zeroing++;
	return 0;
}

static void zero_done(struct ublk_queue *q, struct nbd_conn *c,
		      unsigned int tag, int res)
{
	struct nbd_tag *t = &c->tags[tag];

	t->zeroing--;
	c->nr_zeroing--;
	if (res < 0) {
		fprintf(stderr, "ublkd: nbd: q%u: zeroing a hole of tag %u: %s: EIO\n",
			ublk_queue_id(q), tag, strerror(-res));
		if (!t->sr_err)
			t->sr_err = -EIO;
		if (t->replied)
			t->result = -EIO;
	}
	/* broken: conn_settle() sends it again once all is back */
	if (!c->broken && t->state == NBD_T_WIRE && t->replied &&
	    !t->sending && !t->zeroing)
		tag_finish(q, c, tag);
}

/*
 * A structured reply chunk at the parse point: 0 when taken (or the
 * connection broken), 1 when more bytes must come first.
 */
static int reply_chunk(struct ublk_queue *q, struct nbd_conn *c)
{
	const uint8_t *p = c->rx + c->rx_off;
	unsigned int avail = c->rx_len - c->rx_off, tag;
	struct nbd_chunk_res r;
	struct nbd_chunk ch;
	struct nbd_tag *t;
	int head;

	if (avail < sizeof(struct nbd_structured_reply))
		return 1;
	nbd_decode_chunk(p, &ch);	/* the magic is checked */
	head = nbd_chunk_head_len(&ch);
	if (head < 0) {
		conn_break(q, true, "a structured reply chunk of type %u with a %u-byte payload",
			   ch.type, ch.length);
		return 0;
	}
	if (avail < sizeof(struct nbd_structured_reply) + (unsigned int)head)
		return 1;
	t = cookie_tag(q, c, ch.cookie, &tag);
	if (!t)
		return 0;
	if (nbd_parse_chunk(&ch, p + sizeof(struct nbd_structured_reply),
			    t->off, t->len, t->type == NBD_CMD_READ, &r)) {
		conn_break(q, true, "a structured reply chunk (type %#x, flags %#x, %u bytes) that does not fit its request (%u bytes at %llu)",
			   ch.type, ch.flags, ch.length, t->len,
			   (unsigned long long)t->off);
		return 0;
	}
	c->rx_off += sizeof(struct nbd_structured_reply) + (unsigned int)head;
	if (ch.type == NBD_REPLY_TYPE_OFFSET_DATA) {
		c->nr_data++;
		t->covered += r.len;
		c->rx_in_data = true;
		c->rx_chunk = true;
		c->rx_chunk_last = ch.flags & NBD_REPLY_FLAG_DONE;
		c->rx_tag = tag;
		c->rx_done = r.off;
		c->rx_left = r.len;
		return 0;
	}
	if (ch.type == NBD_REPLY_TYPE_OFFSET_HOLE) {
		c->nr_hole++;
		if (!c->zc)
			memset((char *)ublk_io_buf(q, tag) + r.off, 0, r.len);
		else if (zero_kick(q, c, tag, r.off, r.len))
			return 0;
		t->covered += r.len;
	} else if (r.error) {
		c->nr_err++;
		if (!t->sr_err)
			t->sr_err = r.error;
	}
	if (ch.flags & NBD_REPLY_FLAG_DONE)
		chunks_done(q, c, tag);
	return 0;
}

/* One reply header at @p: its request, or a broken connection. */
static void reply_header(struct ublk_queue *q, struct nbd_conn *c,
			 const uint8_t *p)
{
	uint32_t error;
	uint64_t cookie;
	unsigned int tag;
	struct nbd_tag *t;
	int ret = nbd_decode_simple_reply(p, &error, &cookie);

	if (ret == -EOPNOTSUPP) {
		conn_break(q, true, "a structured reply, never negotiated");
		return;
	}
	if (ret) {
		uint32_t magic;

		memcpy(&magic, p, sizeof(magic));
		conn_break(q, true, "a reply with bad magic %#x",
			   (unsigned int)be32toh(magic));
		return;
	}
	t = cookie_tag(q, c, cookie, &tag);
	if (!t)
		return;
	if (error) {
		t->result = nbd_errno(error);
	} else {
		t->result = t->type == NBD_CMD_READ ||
			    t->type == NBD_CMD_WRITE ? (int)t->len : 0;
		if (t->type == NBD_CMD_READ && t->len) {
			c->rx_in_data = true;
			c->rx_chunk = false;
			c->rx_tag = tag;
			c->rx_left = t->len;
			c->rx_done = 0;
			return;
		}
	}
	reply_done(q, c, tag);
}

/* Everything whole in the receive buffer. */
static void rx_parse(struct ublk_queue *q, struct nbd_conn *c)
{
	unsigned int avail, n;
	uint32_t magic;

	while (!c->broken) {
		avail = c->rx_len - c->rx_off;
		if (c->rx_in_data) {
			if (!avail)
				break;
			if (c->zc) {	/* rx_need() let no data in */
				conn_break(q, true, "read data in the receive buffer");
				break;
			}
			n = avail < c->rx_left ? avail : c->rx_left;
			memcpy((char *)ublk_io_buf(q, c->rx_tag) + c->rx_done,
			       c->rx + c->rx_off, n);
			c->rx_off += n;
			c->rx_done += n;
			c->rx_left -= n;
			if (!c->rx_left)
				data_done(q, c);
			continue;
		}
		if (avail < 4)
			break;
		memcpy(&magic, c->rx + c->rx_off, 4);
		if (c->structured &&
		    be32toh(magic) == NBD_STRUCTURED_REPLY_MAGIC) {
			if (reply_chunk(q, c))
				break;
			continue;
		}
		if (avail < sizeof(struct nbd_simple_reply))
			break;
		c->rx_off += sizeof(struct nbd_simple_reply);
		reply_header(q, c, c->rx + c->rx_off -
				   sizeof(struct nbd_simple_reply));
	}
	if (c->rx_off == c->rx_len)
		c->rx_off = c->rx_len = 0;
}

static void recv_done(struct ublk_queue *q, struct nbd_conn *c,
		      unsigned int op, int res)
{
	c->recv_busy = false;
	if (c->broken)
		return;
	if (res == -EINTR || res == -EAGAIN)
		return;
	if (res < 0) {
		conn_break(q, false, "receive: %s", strerror(-res));
		return;
	}
	if (res == 0) {
		conn_break(q, false, "the server closed the connection");
		return;
	}
	if (op == NBD_OP_RECV_DATA) {
		c->rx_left -= (uint32_t)res;
		c->rx_done += (uint32_t)res;
		if (!c->rx_left)
			data_done(q, c);
		return;
	}
	c->rx_len += (unsigned int)res;
	rx_parse(q, c);
	if (!c->broken && !c->nr_owed && c->rx_len) {
		conn_break(q, true, "%u bytes from the server that answer no request",
			   c->rx_len - c->rx_off);
	}
}

/* ---- a server that never answers ---- */

/* While replies are owed, a tick a second (no SQE otherwise). */
static void timer_kick(struct ublk_queue *q, struct nbd_conn *c)
{
	struct ur_sqe *sqe;

	if (c->timer_busy || c->broken || c->fd < 0 || !c->nr_owed ||
	    !nd_of(q)->timeout_s)
		return;
	sqe = ublk_tgt_get_sqe(q, 0, NBD_OP_TIMER, 0);
	if (!sqe)
		return;		/* the next kick tries again */
	c->tick.tv_sec = 1;
	c->tick.tv_nsec = 0;
	ur_prep_rw(sqe, IORING_OP_TIMEOUT, -1, &c->tick, 1, 0);
	c->timer_busy = true;
}

/*
 * The tick: a request on the wire for --timeout_s, or a server silent
 * for --reconnect_s since it was lost, makes the connection dead.
 */
static void timer_done(struct ublk_queue *q, struct nbd_conn *c)
{
	struct nbd_dev *nd = nd_of(q);
	int64_t now = ur_now_ns(), oldest = now, lim;
	unsigned int tag;

	c->timer_busy = false;
	if (c->broken || c->fd < 0 || !c->nr_owed)
		return;
	for (tag = 0; tag < UBLKD_MAX_DEPTH; tag++) {
		const struct nbd_tag *t = &c->tags[tag];

		if (t->state == NBD_T_WIRE && !t->replied &&
		    t->sent_ns < oldest)
			oldest = t->sent_ns;
	}
	lim = (int64_t)nd->timeout_s * 1000000000LL;
	if (now - oldest >= lim) {
		conn_break(q, false, "no reply for %lld ms (--timeout_s %u): the connection counts as dead",
			   (long long)((now - oldest) / 1000000),
			   nd->timeout_s);
		return;
	}
	if (c->stall_ns && now - c->stall_ns >=
	    (int64_t)nd->reconnect_s * 1000000000LL)
		conn_break(q, false, "no reply for %u s since the connection was lost (--reconnect_s)",
			   nd->reconnect_s);
}

/* Send what is queued, receive what is owed; settle a broken connection. */
static void conn_kick(struct ublk_queue *q)
{
	struct nbd_conn *c = conn_of(q);

	if (!c->broken) {
		send_kick(q, c);
		recv_kick(q, c);
		timer_kick(q, c);
	}
	if (c->broken)
		conn_settle(q);
}

static void nbd_io_done(struct ublk_queue *q, unsigned int tag,
			const struct ur_cqe *cqe)
{
	struct nbd_conn *c = conn_of(q);
	unsigned int op = ublk_ud_op(cqe->user_data);

	(void)tag;	/* always 0: the SQEs are the connection's */
	if (op == NBD_OP_SEND && !c->zc)
		send_done(q, c, cqe->res);
	else if (op == NBD_OP_SEND || op == NBD_OP_SEND_ZC)
		send_zc_done(q, c, cqe);
	else if (op == NBD_OP_ZERO)
		zero_done(q, c, ublk_ud_tgt_data(cqe->user_data), cqe->res);
	else if (op == NBD_OP_TIMER)
		timer_done(q, c);
	else
		recv_done(q, c, op, cqe->res);
	conn_kick(q);
}

/* ---- requests ---- */

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
		conn_revive(q);
		if (c->fd < 0)
			return 0;	/* failed with EIO by conn_revive() */
	}
	conn_kick(q);
	return 0;
}

/* ---- the device ---- */

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
	c->send_zc = !conf_of(q)->addr.unix_path[0];
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

/* ---- options ---- */

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

/* ---- description ---- */

static void nbd_describe(struct ublk_dev *dev, char *buf, size_t len)
{
	const struct nbd_conf *o = ublk_dev_tgt_conf(dev);
	const struct nbd_dev *nd = ublk_dev_tgt_data(dev);
	char where[160], export[160];

	ublk_json_escape(where, sizeof(where), nd ? nd->where : "");
	ublk_json_escape(export, sizeof(export), o->addr.export_name);
	snprintf(buf, len,
		 "{\"name\":\"nbd\",\"server\":\"%s\",\"export_name\":\"%s\",\"dev_size\":%llu,\"nbd_flags\":%u,\"connections\":%u,\"structured_replies\":%s}",
		 where, export,
		 (unsigned long long)ublk_dev_params(dev)->basic.dev_sectors << 9,
		 nd ? nd->ex.flags : 0, nd ? nd->nr_conns : 0,
		 nd && nd->ex.structured ? "true" : "false");
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
