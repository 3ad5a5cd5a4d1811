// SPDX-License-Identifier: MIT
/* null: every request completes at once. The overhead floor. */
#include <stdio.h>

#include "ublkd/dev.h"

#define NULL_DEF_SIZE	(250ULL << 30)

struct null_conf {
	uint64_t size;		/* --size, bytes (0: NULL_DEF_SIZE) */
};

static const struct ublk_tgt_opt null_opts[] = {
	{ "size", 0, true, false, "--size SIZE   device size (default 250G)" },
	{ NULL },
};

static int null_parse_opt(struct ublk_dev *dev, const struct ublk_tgt_opt *opt,
			  const char *arg)
{
	struct null_conf *c = ublk_dev_tgt_conf(dev);

	(void)opt;	/* --size is the only one */
	return ublk_tgt_parse_size(arg, "size", true, &c->size);
}

static int null_init(struct ublk_dev *dev, bool recovering)
{
	const struct null_conf *c = ublk_dev_tgt_conf(dev);

	(void)recovering;
	return ublk_set_basic_params(dev, c->size ? c->size : NULL_DEF_SIZE,
				     0, 0);
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
	.zero_copy = true,
	.zero_copy_default = true,	/* never touches the data */
	.user_copy = true,
	.opts = null_opts,
	.help = "      null                   (none)\n",
	.conf_size = sizeof(struct null_conf),
	.parse_opt = null_parse_opt,
	.init = null_init,
	.queue_io = null_queue_io,
	.usage = null_usage,
	.describe = null_describe,
};
