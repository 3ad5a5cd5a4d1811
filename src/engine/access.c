// SPDX-License-Identifier: MIT
/*
 * The target API's accessors (include/ublkd/target.h): a target sees the
 * device and its queues only through these.
 */
#include <errno.h>

#include "engine/engine.h"

unsigned int ublk_dev_id(const struct ublk_dev *dev)
{
	return dev->info.dev_id;
}

void *ublk_dev_tgt_data(const struct ublk_dev *dev)
{
	return dev->tgt_data;
}

void ublk_dev_set_tgt_data(struct ublk_dev *dev, void *data)
{
	dev->tgt_data = data;
}

void *ublk_dev_tgt_conf(const struct ublk_dev *dev)
{
	return dev->tgt_conf;
}

bool ublk_dev_volatile_cache(const struct ublk_dev *dev)
{
	return dev->opts.volatile_cache;
}

void ublk_dev_block_sizes(const struct ublk_dev *dev, unsigned int *lbs,
			  unsigned int *pbs)
{
	*lbs = dev->opts.lbs;
	*pbs = dev->opts.pbs;
}

struct ublk_dev_opts *ublk_dev_opts(struct ublk_dev *dev)
{
	return &dev->opts;
}

const struct ublk_tgt_ops *ublk_dev_ops(const struct ublk_dev *dev)
{
	return dev->ops;
}

struct ublk_params *ublk_dev_params(struct ublk_dev *dev)
{
	return &dev->params;
}

uint64_t ublk_dev_flags(const struct ublk_dev *dev)
{
	return dev->info.flags;
}

void ublk_dev_set_flags(struct ublk_dev *dev, uint64_t flags)
{
	dev->info.flags = flags;
}

int ublk_dev_add_fd(struct ublk_dev *dev, int fd)
{
	if (dev->nr_tgt_fds >= UBLKD_MAX_TGT_FDS)
		return -ENOSPC;
	dev->tgt_fds[dev->nr_tgt_fds++] = fd;
	/* fixed file 0 is /dev/ublkcN */
	return dev->nr_tgt_fds;
}

bool ublk_dev_deleted(const struct ublk_dev *dev)
{
	return dev->deleted;
}

struct ublk_dev *ublk_queue_dev(const struct ublk_queue *q)
{
	return q->dev;
}

unsigned int ublk_queue_id(const struct ublk_queue *q)
{
	return q->q_id;
}

void *ublk_queue_tgt_data(const struct ublk_queue *q)
{
	return q->tgt_data;
}

void ublk_queue_set_tgt_data(struct ublk_queue *q, void *data)
{
	q->tgt_data = data;
}

const struct ublksrv_io_desc *ublk_queue_iod(const struct ublk_queue *q,
					     unsigned int tag)
{
	return &q->descs[tag];
}

void *ublk_io_buf(const struct ublk_queue *q, unsigned int tag)
{
	return q->ios[tag].buf;
}

bool ublk_queue_zero_copy(const struct ublk_queue *q)
{
	return ublk_zc_fixed(q->zc);
}

bool ublk_queue_user_copy(const struct ublk_queue *q)
{
	return q->zc == UBLK_ZC_USER_COPY;
}

uint64_t ublk_io_user_copy_pos(const struct ublk_queue *q, unsigned int tag)
{
	return UBLKSRV_IO_BUF_OFFSET +
	       ((uint64_t)q->q_id << UBLK_QID_OFF) +
	       ((uint64_t)tag << UBLK_TAG_OFF);
}

unsigned int ublk_io_buf_index(const struct ublk_queue *q, unsigned int tag)
{
	return q->buf_base + tag;
}

bool ublk_dev_zero_copy(const struct ublk_dev *dev)
{
	return ublk_zc_fixed(ublk_zc_mode(dev->info.flags));
}

bool ublk_dev_user_copy(const struct ublk_dev *dev)
{
	return ublk_zc_mode(dev->info.flags) == UBLK_ZC_USER_COPY;
}

void *ublk_io_data(const struct ublk_queue *q, unsigned int tag)
{
	return q->ios[tag].data;
}

uint32_t *ublk_io_progress(struct ublk_queue *q, unsigned int tag)
{
	return &q->ios[tag].tgt_done;
}
