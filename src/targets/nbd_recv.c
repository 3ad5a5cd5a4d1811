// SPDX-License-Identifier: MIT
/*
 * nbd: replies off the wire, matched to their requests by the cookie, in
 * any order: simple replies and structured reply chunks. Copy: a bulk
 * RECV into the receive buffer, a read's data copied out of it or, when
 * large, received straight into the tag's buffer. Zero copy: headers read
 * exactly (nothing could copy read data on from the receive buffer into
 * the request's pages), a read's data by READ_FIXED from the socket into
 * them, a hole zeroed there by READ_FIXED from /dev/zero.
 */
#include <endian.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "ublkd/dev.h"
#include "targets/nbd.h"

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

void nbd_recv_kick(struct ublk_queue *q, struct nbd_conn *c)
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
	nbd_conn_break(q, false, "no SQE for a receive");
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
		nbd_tag_finish(q, c, tag);
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
		nbd_conn_break(q, true, "a reply with unknown handle %#llx",
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
		nbd_conn_break(q, false, "no SQE to zero a hole");
		return -EBUSY;
	}
	ur_prep_read_fixed(sqe, c->zero_fd, off, len, 0,
			   ublk_io_buf_index(q, tag));
	c->tags[tag].zeroing++;
	c->nr_zeroing++;
	return 0;
}

void nbd_zero_done(struct ublk_queue *q, struct nbd_conn *c,
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
	/* broken: nbd_conn_settle() sends it again once all is back */
	if (!c->broken && t->state == NBD_T_WIRE && t->replied &&
	    !t->sending && !t->zeroing)
		nbd_tag_finish(q, c, tag);
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
		nbd_conn_break(q, true, "a structured reply chunk of type %u with a %u-byte payload",
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
		nbd_conn_break(q, true, "a structured reply chunk (type %#x, flags %#x, %u bytes) that does not fit its request (%u bytes at %llu)",
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
		nbd_conn_break(q, true, "a structured reply, never negotiated");
		return;
	}
	if (ret) {
		uint32_t magic;

		memcpy(&magic, p, sizeof(magic));
		nbd_conn_break(q, true, "a reply with bad magic %#x",
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
				nbd_conn_break(q, true, "read data in the receive buffer");
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

void nbd_recv_done(struct ublk_queue *q, struct nbd_conn *c,
		      unsigned int op, int res)
{
	c->recv_busy = false;
	if (c->broken)
		return;
	if (res == -EINTR || res == -EAGAIN)
		return;
	if (res < 0) {
		nbd_conn_break(q, false, "receive: %s", strerror(-res));
		return;
	}
	if (res == 0) {
		nbd_conn_break(q, false, "the server closed the connection");
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
		nbd_conn_break(q, true, "%u bytes from the server that answer no request",
			       c->rx_len - c->rx_off);
	}
}
