// SPDX-License-Identifier: MIT
/* null: every request completes at once. The overhead floor. */
#include <stdio.h>

#include "ublkd/dev.h"

#define NULL_DEF_SIZE	(250ULL << 30)

static int null_init(struct ublk_dev *dev, bool recovering)
{
	const struct ublk_tgt_opts *o = ublk_dev_tgt_opts(dev);
	uint64_t size = o->size ? o->size : NULL_DEF_SIZE;

	(void)recovering;
	return ublk_set_basic_params(dev, size);
}

static int null_queue_io(struct ublk_queue *q, unsigned int tag,
			 const struct ublksrv_io_desc *iod)
{
	unsigned int op = ublksrv_get_op(iod);

	switch (op) {
	case UBLK_IO_OP_READ:
	case UBLK_IO_OP_WRITE:
		ublk_complete_io(q, tag, (int)(iod->nr_sectors << 9));
		return 0;
	case UBLK_IO_OP_FLUSH:
		ublk_complete_io(q, tag, 0);
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

static void null_describe(struct ublk_dev *dev, char *buf, size_t len)
{
	snprintf(buf, len, "{\"name\":\"null\",\"dev_size\":%llu}",
		 (unsigned long long)ublk_dev_params(dev)->basic.dev_sectors << 9);
}

static void null_usage(void)
{
	printf("  null: [--size SIZE] (default 250G)\n");
}

const struct ublk_tgt_ops ublk_tgt_null = {
	.name = "null",
	.init = null_init,
	.queue_io = null_queue_io,
	.usage = null_usage,
	.describe = null_describe,
};
