/* SPDX-License-Identifier: MIT */
/* Between the queue engine (queue.c) and the device lifecycle (dev.c). */
#ifndef UBLKD_QUEUE_PRIV_H
#define UBLKD_QUEUE_PRIV_H

#include <poll.h>
#include "ublkd/dev.h"

/* The queue thread's body; @arg is its struct ublk_queue. */
void *ublk_queue_thread(void *arg);
/* A queue finished set-up (@err 0) or failed it. */
void ublk_dev_queue_ready(struct ublk_dev *dev, int err);
/* A queue thread left its loop and tore down its ring. */
void ublk_dev_queue_exited(struct ublk_dev *dev, struct ublk_queue *q);

#endif
