// SPDX-License-Identifier: MIT
/*
 * nbd: a connection that breaks (EOF, reset, a send error, the server's
 * nonsense, a stall) is shut down; once its SQEs are back it is closed
 * and re-opened with back-off for up to --reconnect_s (blocking the
 * queue's thread), and what it carried is sent again, or failed with EIO
 * past the bound or after a protocol error. The stall timer: see nbd.c.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "ublkd/dev.h"
#include "targets/nbd.h"

void nbd_tag_finish(struct ublk_queue *q, struct nbd_conn *c,
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

__attribute__((format(printf, 3, 4)))
void nbd_conn_break(struct ublk_queue *q, bool proto, const char *fmt, ...)
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

/*
 * A broken connection whose SQEs are all back: close it, then either fail
 * what it carried (a protocol error) or re-open and send it all again.
 */
void nbd_conn_settle(struct ublk_queue *q)
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
	nbd_conn_kick(q);
}

/* No connection (given up): try once, at most once a second. */
void nbd_conn_revive(struct ublk_queue *q)
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

/* While replies are owed, a tick a second (no SQE otherwise). */
void nbd_timer_kick(struct ublk_queue *q, struct nbd_conn *c)
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
void nbd_timer_done(struct ublk_queue *q, struct nbd_conn *c)
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
		nbd_conn_break(q, false, "no reply for %lld ms (--timeout_s %u): the connection counts as dead",
			       (long long)((now - oldest) / 1000000),
			       nd->timeout_s);
		return;
	}
	if (c->stall_ns && now - c->stall_ns >=
	    (int64_t)nd->reconnect_s * 1000000000LL)
		nbd_conn_break(q, false, "no reply for %u s since the connection was lost (--reconnect_s)",
			       nd->reconnect_s);
}
