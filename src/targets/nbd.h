/* SPDX-License-Identifier: MIT */
/*
 * The nbd target's own header (not installed): its state, shared by
 *   nbd.c       requests, the device, options (the overview is there)
 *   nbd_conn.c  a connection lost, re-opened, given up; the stall timer
 *   nbd_send.c  requests onto the wire: one SENDMSG (copy) or a chain of
 *               linked SQEs from the requests' pages (zero copy)
 *   nbd_recv.c  replies off the wire, matched to their requests
 * and nbd_proto.c (the protocol: handshake, encoding, decoding).
 */
#ifndef UBLKD_TARGETS_NBD_H
#define UBLKD_TARGETS_NBD_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include "ublkd/target.h"
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
	bool send_zc;		/* SEND_ZC (TCP to another host); else WRITE_FIXED */
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

/* A zero-copy chain entry's kind: a SENDMSG of headers, or a write's data. */
enum { NBD_SEG_HDRS, NBD_SEG_DATA };

static inline const struct nbd_conf *conf_of(struct ublk_queue *q)
{
	return ublk_dev_tgt_conf(ublk_queue_dev(q));
}

static inline struct nbd_dev *nd_of(struct ublk_queue *q)
{
	return ublk_dev_tgt_data(ublk_queue_dev(q));
}

static inline struct nbd_conn *conn_of(struct ublk_queue *q)
{
	return ublk_queue_tgt_data(q);
}

/* nbd_conn.c */
void nbd_tag_finish(struct ublk_queue *q, struct nbd_conn *c,
		    unsigned int tag);
__attribute__((format(printf, 3, 4)))
void nbd_conn_break(struct ublk_queue *q, bool proto, const char *fmt, ...);
void nbd_conn_settle(struct ublk_queue *q);
void nbd_conn_revive(struct ublk_queue *q);
void nbd_timer_kick(struct ublk_queue *q, struct nbd_conn *c);
void nbd_timer_done(struct ublk_queue *q, struct nbd_conn *c);
/* nbd.c: send what is queued, receive what is owed; settle a broken one */
void nbd_conn_kick(struct ublk_queue *q);
/* nbd_send.c */
void nbd_send_kick(struct ublk_queue *q, struct nbd_conn *c);
void nbd_send_done(struct ublk_queue *q, struct nbd_conn *c, int res);
void nbd_send_zc_done(struct ublk_queue *q, struct nbd_conn *c,
		      const struct ur_cqe *cqe);
/* nbd_recv.c */
void nbd_recv_kick(struct ublk_queue *q, struct nbd_conn *c);
void nbd_recv_done(struct ublk_queue *q, struct nbd_conn *c,
		   unsigned int op, int res);
void nbd_zero_done(struct ublk_queue *q, struct nbd_conn *c,
		   unsigned int tag, int res);

#endif
