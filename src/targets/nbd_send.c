// SPDX-License-Identifier: MIT
/*
 * nbd: requests onto the wire, in queue order, so the byte stream never
 * interleaves: at most one send (copy: one SENDMSG) or one chain (zero
 * copy) in flight per connection, carrying every request queued since.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "ublkd/dev.h"
#include "targets/nbd.h"

static void send_submit(struct ublk_queue *q, struct nbd_conn *c)
{
	struct ur_sqe *sqe = ublk_tgt_get_sqe(q, 0, NBD_OP_SEND, 0);

	if (!sqe) {
		nbd_conn_break(q, false, "no SQE for a send");
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

/* The batch is on the wire: a request whose reply is in completes. */
static void batch_sent(struct ublk_queue *q, struct nbd_conn *c)
{
	unsigned int i;

	for (i = 0; i < c->batch_len; i++) {
		unsigned int tag = c->batch[i];

		c->tags[tag].sending = false;
		if (c->tags[tag].replied && !c->tags[tag].zeroing)
			nbd_tag_finish(q, c, tag);
	}
	c->batch_len = 0;
}

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
	nbd_conn_break(q, false, "no SQE for a send");
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
void nbd_send_zc_done(struct ublk_queue *q, struct nbd_conn *c,
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
			nbd_conn_break(q, false, "send: %d of %d bytes",
				           g->res, want);
		else
			nbd_conn_break(q, false, "send: %s", strerror(-g->res));
		return;
	}
	batch_sent(q, c);
}

/* Every queued request (up to a batch) in one SENDMSG. */
void nbd_send_kick(struct ublk_queue *q, struct nbd_conn *c)
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

void nbd_send_done(struct ublk_queue *q, struct nbd_conn *c, int res)
{
	size_t left = res > 0 ? (size_t)res : 0;

	c->send_busy = false;
	if (c->broken)
		return;
	if (res == -EINTR || res == -EAGAIN) {
		send_submit(q, c);
		return;
	}
	if (res < 0) {
		nbd_conn_break(q, false, "send: %s", strerror(-res));
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
	batch_sent(q, c);
}
