// SPDX-License-Identifier: MIT
/*
 * Zero copy: a request's pages become a fixed buffer of the ring that
 * serves its queue, and the target's own READ_FIXED / WRITE_FIXED move
 * the data between them and the backend. Nothing crosses user memory.
 *
 * Automatic registration (UBLK_F_AUTO_BUF_REG, 6.16+): every FETCH and
 * COMMIT names, in the SQE's own addr field (the command's addr stays 0:
 * the kernel refuses a buffer address on a zero-copy device), the slot the kernel registers the next
 * request's pages into (bits 0-15) and flags (16-23); the kernel takes
 * them back at the commit. With UBLK_AUTO_BUF_REG_FALLBACK a request whose
 * registration failed still arrives, flagged UBLK_IO_F_NEED_REG_BUF: it
 * is registered by hand, as every request is where only
 * UBLK_F_SUPPORT_ZERO_COPY exists (6.15): UBLK_U_IO_REGISTER_IO_BUF before
 * the target sees it, UBLK_U_IO_UNREGISTER_IO_BUF beside its commit (the
 * request completes once both the commit and the unregistration are in).
 * Slot of a tag: its queue's base on the thread's table, plus the tag.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "engine/engine.h"
#include "ublkd/debug.h"
#include "ublkd/names.h"

static int zc_refuse(const struct ublk_dev *dev, const char *opt,
		     const char *why)
{
	fprintf(stderr, "ublkd: %s: %s\n", opt, why);
	(void)dev;
	return -EOPNOTSUPP;
}

/* --usercopy: the target reads and writes request data on /dev/ublkcN. */
static int choose_user_copy(struct ublk_dev *dev, uint64_t features,
			    uint64_t *need)
{
	const char *opt = "--usercopy";

	if (!dev->ops->user_copy)
		return zc_refuse(dev, opt, "this target has no user-copy path");
	if (dev->opts.flags & UBLK_F_NEED_GET_DATA)
		return zc_refuse(dev, opt, "not with -g 1 (NEED_GET_DATA is a copy path)");
	if (dev->opts.force_legacy || dev->ctrl.legacy)
		return zc_refuse(dev, opt, "not with --legacy");
	if (!(features & UBLK_F_USER_COPY))
		return zc_refuse(dev, opt, "this kernel's ublk driver does not offer UBLK_F_USER_COPY");
	*need = UBLK_F_USER_COPY;
	dev->info.flags &= ~UBLK_F_NEED_GET_DATA;
	dev->info.flags |= *need;
	return 0;
}

int ublk_zc_choose(struct ublk_dev *dev, uint64_t features, uint64_t *need)
{
	const uint64_t zc = UBLK_F_SUPPORT_ZERO_COPY, auto_reg = UBLK_F_AUTO_BUF_REG;
	enum ublk_data_path p = dev->opts.data_path;
	const char *opt;

	*need = 0;
	/*
	 * The default: automatic zero copy (with the fallback where the
	 * kernel has manual registration too) for a target that prefers it;
	 * otherwise, or on a kernel without AUTO_BUF_REG, the copy path.
	 */
	if (p == UBLKD_PATH_DEFAULT) {
		/* -g 1 (NEED_GET_DATA) asks for the copy path */
		if (!dev->ops->zero_copy_default || dev->opts.force_legacy ||
		    (dev->opts.flags & UBLK_F_NEED_GET_DATA) ||
		    dev->ctrl.legacy || !(features & auto_reg))
			return 0;
		p = UBLKD_PATH_ZERO_COPY;
	}
	switch (p) {
	case UBLKD_PATH_ZERO_COPY:
		opt = "-z (zero copy)";
		break;
	case UBLKD_PATH_AUTO_ZC:
		opt = "--auto_zc";
		break;
	case UBLKD_PATH_AUTO_ZC_FALLBACK:
		opt = "--auto_zc_fallback";
		break;
	case UBLKD_PATH_USER_COPY:
		return choose_user_copy(dev, features, need);
	default:
		return 0;	/* copy */
	}
	if (!dev->ops->zero_copy)
		return zc_refuse(dev, opt, "this target has no zero-copy path");
	if (dev->opts.flags & UBLK_F_NEED_GET_DATA)
		return zc_refuse(dev, opt, "not with -g 1 (NEED_GET_DATA is a copy path)");
	if (dev->opts.force_legacy || dev->ctrl.legacy)
		return zc_refuse(dev, opt, "not with --legacy (zero copy came after the ioctl opcodes)");
	switch (p) {
	case UBLKD_PATH_ZERO_COPY:
		if (features & auto_reg)
			*need = auto_reg | (features & zc);
		else if (features & zc)
			*need = zc;
		else
			return zc_refuse(dev, opt, "this kernel's ublk driver offers neither UBLK_F_AUTO_BUF_REG nor UBLK_F_SUPPORT_ZERO_COPY");
		break;
	case UBLKD_PATH_AUTO_ZC:
		if (!(features & auto_reg))
			return zc_refuse(dev, opt, "this kernel's ublk driver does not offer UBLK_F_AUTO_BUF_REG");
		*need = auto_reg;
		break;
	default:
		if ((features & (auto_reg | zc)) != (auto_reg | zc))
			return zc_refuse(dev, opt, "this kernel's ublk driver does not offer both UBLK_F_AUTO_BUF_REG and UBLK_F_SUPPORT_ZERO_COPY (the fallback registers by hand)");
		*need = auto_reg | zc;
		break;
	}
	/* The kernel never copies for a zero-copy device. */
	dev->info.flags &= ~UBLK_F_NEED_GET_DATA;
	dev->info.flags |= *need;
	return 0;
}

uint64_t ublk_zc_cmd_addr(struct ublk_queue *q, unsigned int tag)
{
	uint64_t idx = ublk_io_buf_index(q, tag);
	unsigned int every = q->dev->fault_reg_every;

	if (q->zc != UBLK_ZC_AUTO)
		return 0;	/* manual zero copy: addr must be 0 */
	/* Test fault: a slot past the table, so the registration fails. */
	if (every && ++q->reg_nr % every == 0)
		idx = q->thread->ring.nr_bufs;
	return idx | ((uint64_t)(q->zc_fallback ? UBLK_AUTO_BUF_REG_FALLBACK
						 : 0) << 16);
}

bool ublk_zc_need_reg(const struct ublk_queue *q,
		      const struct ublksrv_io_desc *iod)
{
	unsigned int op = ublksrv_get_op(iod);

	if (op != UBLK_IO_OP_READ && op != UBLK_IO_OP_WRITE)
		return false;	/* no data: nothing is registered */
	if (q->zc == UBLK_ZC_MANUAL)
		return true;
	return q->zc == UBLK_ZC_AUTO && (iod->op_flags & UBLK_IO_F_NEED_REG_BUF);
}

static int zc_buf_cmd(struct ublk_queue *q, unsigned int tag, uint32_t op,
		      unsigned int nr)
{
	struct ublksrv_io_cmd cmd = {
		.q_id = (uint16_t)q->q_id,
		.tag = (uint16_t)tag,
		.addr = ublk_io_buf_index(q, tag),
	};
	struct ur_sqe *sqe = ublk_queue_get_sqe(q);

	if (!sqe)
		return -EBUSY;
	ur_prep_uring_cmd(&q->thread->ring, sqe, UBLK_FIXED_CDEV, op, &cmd,
			  sizeof(cmd));
	ur_sqe_set_flags(sqe, IOSQE_FIXED_FILE);
	ur_sqe_set_data64(sqe, ublk_ud_with_qid(ublk_user_data(tag, nr, 0,
							       false),
						q->q_id));
	q->zc_inflight++;
	ublk_dbg(UBLK_DBG_IO_CMD, "q%u tag %u: %sREGISTER_IO_BUF index %u",
		 q->q_id, tag, nr == UBLKD_IO_REG_BUF ? "" : "UN",
		 ublk_io_buf_index(q, tag));
	return 0;
}

int ublk_zc_register(struct ublk_queue *q, unsigned int tag)
{
	return zc_buf_cmd(q, tag, UBLK_U_IO_REGISTER_IO_BUF, UBLKD_IO_REG_BUF);
}

int ublk_zc_unregister(struct ublk_queue *q, unsigned int tag)
{
	return zc_buf_cmd(q, tag, UBLK_U_IO_UNREGISTER_IO_BUF,
			  UBLKD_IO_UNREG_BUF);
}

int ublk_zc_ring_setup(struct ublk_thread *t)
{
	struct ublk_dev *dev = t->dev;
	enum ublk_zc mode = ublk_zc_mode(dev->info.flags);
	unsigned int i, nr = 0;
	int ret;

	for (i = 0; i < t->nr_queues; i++) {
		struct ublk_queue *q = t->queues[i];

		q->zc = mode;
		q->zc_fallback = mode == UBLK_ZC_AUTO &&
				 (dev->info.flags & UBLK_F_SUPPORT_ZERO_COPY);
		q->buf_base = nr;
		nr += q->q_depth;
	}
	if (!ublk_zc_fixed(mode))
		return 0;
	ret = ur_register_buffers_sparse(&t->ring, nr);
	if (ret)
		fprintf(stderr, "ublkd: q%u: fixed-buffer table of %u: %s\n",
			t->queues[0]->q_id, nr, strerror(-ret));
	return ret;
}
