// SPDX-License-Identifier: MIT
/*
 * ublkd control plane: one URING_CMD per /dev/ublk-control command, on a
 * private SQE128 ring (see include/ublkd/ctrl.h).
 */
#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ublkd/ctrl.h"
#include "ublkd/debug.h"

#define CTRL_RING_ENTRIES	4
/*
 * No command waits forever: one that has not completed in
 * CTRL_TIMEOUT_MS ($UBLKD_CTRL_TIMEOUT_MS) is abandoned with a message
 * and -ETIMEDOUT; its ring is torn down, which cancels it, so a command
 * stuck in the kernel (or in io_uring's workers) never wedges the caller.
 */
#define CTRL_WAIT_DEFAULT	(-1)
#define CTRL_TIMEOUT_MS		30000
/* DEL_DEV waits for the last reference: give up waiting (not deleting). */
#define CTRL_DEL_TIMEOUT_MS	10000
/* GET_DEV_INFO2 wants the char device path in front of the info. */
#define CTRL_DEV_PATH_LEN	64

/* Both encodings of one command. */
struct ctrl_op {
	uint32_t legacy;
	uint32_t ioctl;
};

#define OP(name) ((struct ctrl_op){ UBLK_CMD_##name, UBLK_U_CMD_##name })
/* Newer commands have no legacy number: their ioctl nr stands in. */
#define OP_NEW(name) \
	((struct ctrl_op){ _IOC_NR(UBLK_U_CMD_##name), UBLK_U_CMD_##name })

static void ctrl_cmd_init(struct ublksrv_ctrl_cmd *cmd, uint32_t dev_id)
{
	memset(cmd, 0, sizeof(*cmd));
	cmd->dev_id = dev_id;
	cmd->queue_id = (uint16_t)-1;
}

/*
 * The ring is unusable once a command was abandoned (its CQE would name
 * a dead handle): tear it down, which cancels the command, and start over.
 */
static int ctrl_ring_init(struct ublk_ctrl *c)
{
	int ret = ur_init(&c->ring, CTRL_RING_ENTRIES, 0, IORING_SETUP_SQE128);

	if (ret)
		fprintf(stderr, "ublkd: control ring set-up failed: %s\n",
			strerror(-ret));
	return ret;
}

static int ctrl_ring_reset(struct ublk_ctrl *c)
{
	ur_exit(&c->ring);
	memset(&c->ring, 0, sizeof(c->ring));
	return ctrl_ring_init(c);
}

static int ctrl_timeout_ms(void)
{
	const char *e = getenv("UBLKD_CTRL_TIMEOUT_MS");
	long v = e ? strtol(e, NULL, 10) : 0;

	return v > 0 && v <= 3600000 ? (int)v : CTRL_TIMEOUT_MS;
}

static const char *ctrl_op_name(uint32_t cmd_op)
{
	static const struct {
		uint32_t op;
		const char *name;
	} names[] = {
#define N(x) { UBLK_U_CMD_##x, #x }
		N(GET_QUEUE_AFFINITY), N(GET_DEV_INFO), N(ADD_DEV), N(DEL_DEV),
		N(START_DEV), N(STOP_DEV), N(SET_PARAMS), N(GET_PARAMS),
		N(START_USER_RECOVERY), N(END_USER_RECOVERY),
		N(GET_DEV_INFO2), N(GET_FEATURES), N(DEL_DEV_ASYNC),
		N(UPDATE_SIZE), N(QUIESCE_DEV), N(TRY_STOP_DEV),
		N(REG_BUF), N(UNREG_BUF),
#undef N
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (_IOC_NR(names[i].op) == _IOC_NR(cmd_op))
			return names[i].name;
	return "?";
}

/* Send one command, wait for its CQE; the CQE's res or -errno. */
static int ctrl_send(struct ublk_ctrl *c, uint32_t cmd_op,
		     const struct ublksrv_ctrl_cmd *cmd, int timeout_ms)
{
	struct ur_async h;
	int ret;

	if (c->fd < 0)
		return -EBADF;
	memset(&h, 0, sizeof(h));
	ret = ur_async_prep_cmd(&c->ring, &h, c->fd, cmd_op, cmd,
				sizeof(*cmd));
	if (ret)
		return ret;
	if (timeout_ms == CTRL_WAIT_DEFAULT)
		timeout_ms = ctrl_timeout_ms();
	ret = ur_async_wait(&c->ring, &h, timeout_ms);
	ublk_dbg(UBLK_DBG_CTRL, "cmd %#x dev %u queue %d: %d%s", cmd_op,
		 cmd->dev_id, cmd->queue_id == (uint16_t)-1 ? -1 : cmd->queue_id,
		 ret, h.done ? "" : " (not completed)");
	if (!h.done) {
		if (ret == -ETIME || ret == 0)
			ret = -ETIMEDOUT;
		/* DEL_DEV's wait for the last user is expected: callers say so */
		if (ret == -ETIMEDOUT && _IOC_NR(cmd_op) != _IOC_NR(UBLK_U_CMD_DEL_DEV))
			fprintf(stderr, "ublkd: control command %s (device %d) did not complete in %d ms: abandoned\n",
				ctrl_op_name(cmd_op),
				cmd->dev_id == UINT32_MAX ? -1 : (int)cmd->dev_id,
				timeout_ms);
		ctrl_ring_reset(c);
	}
	return ret;
}

static bool ctrl_unpriv(const struct ublk_ctrl *c, uint32_t dev_id)
{
	unsigned int i;

	if (c->unpriv_all)
		return true;
	for (i = 0; i < c->nr_unpriv; i++)
		if (c->unpriv_ids[i] == dev_id)
			return true;
	return false;
}

/* @flags of device @dev_id, from the kernel: is it unprivileged? */
static void ctrl_note(struct ublk_ctrl *c, uint32_t dev_id, uint64_t flags)
{
	if (!(flags & UBLK_F_UNPRIVILEGED_DEV) || ctrl_unpriv(c, dev_id))
		return;
	if (c->nr_unpriv < sizeof(c->unpriv_ids) / sizeof(c->unpriv_ids[0]))
		c->unpriv_ids[c->nr_unpriv++] = dev_id;
	else	/* more than we track: say the path for every device */
		c->unpriv_all = 1;
}

/*
 * A command in the path form (an unprivileged device's, and every
 * GET_DEV_INFO2): the path, NUL-padded to CTRL_DEV_PATH_LEN, then the
 * payload (copied back after, for the commands that answer in it).
 */
#define CTRL_MAX_PAYLOAD	256
static int ctrl_cmd_path(struct ublk_ctrl *c, uint32_t cmd_op,
			 const struct ublksrv_ctrl_cmd *cmd, int timeout_ms)
{
	struct ublksrv_ctrl_cmd pc = *cmd;
	union {
		uint64_t align;
		char b[CTRL_DEV_PATH_LEN + CTRL_MAX_PAYLOAD];
	} buf;
	void *payload = (void *)(uintptr_t)cmd->addr;
	int ret;

	if (cmd->len > CTRL_MAX_PAYLOAD)
		return -E2BIG;
	memset(&buf, 0, sizeof(buf));
	snprintf(buf.b, CTRL_DEV_PATH_LEN, "/dev/ublkc%u", cmd->dev_id);
	if (cmd->len)
		memcpy(buf.b + CTRL_DEV_PATH_LEN, payload, cmd->len);
	pc.addr = (uint64_t)(uintptr_t)buf.b;
	pc.len = CTRL_DEV_PATH_LEN + cmd->len;
	pc.dev_path_len = CTRL_DEV_PATH_LEN;
	ret = ctrl_send(c, cmd_op, &pc, timeout_ms);
	if (ret >= 0 && cmd->len)
		memcpy(payload, buf.b + CTRL_DEV_PATH_LEN, cmd->len);
	return ret;
}

static int ctrl_cmd(struct ublk_ctrl *c, struct ctrl_op op,
		    const struct ublksrv_ctrl_cmd *cmd, int timeout_ms)
{
	uint32_t cmd_op = c->legacy ? op.legacy : op.ioctl;

	/*
	 * GET_DEV_INFO2 always carries the path (the caller may not know
	 * what kind the device is); ADD_DEV names no device yet.
	 */
	if (op.ioctl == UBLK_U_CMD_GET_DEV_INFO2 ||
	    (op.ioctl != UBLK_U_CMD_ADD_DEV && ctrl_unpriv(c, cmd->dev_id)))
		return ctrl_cmd_path(c, cmd_op, cmd, timeout_ms);
	return ctrl_send(c, cmd_op, cmd, timeout_ms);
}

static int ctrl_simple(struct ublk_ctrl *c, struct ctrl_op op,
		       uint32_t dev_id, int timeout_ms)
{
	struct ublksrv_ctrl_cmd cmd;

	ctrl_cmd_init(&cmd, dev_id);
	return ctrl_cmd(c, op, &cmd, timeout_ms);
}

/* GET_FEATURES exists only ioctl-encoded. */
static int ctrl_query_features(struct ublk_ctrl *c, uint64_t *features)
{
	struct ublksrv_ctrl_cmd cmd;
	uint64_t f = 0;
	int ret;

	ctrl_cmd_init(&cmd, UINT32_MAX);
	cmd.addr = (uint64_t)(uintptr_t)&f;
	cmd.len = UBLK_FEATURES_LEN;
	ret = ctrl_send(c, UBLK_U_CMD_GET_FEATURES, &cmd, CTRL_WAIT_DEFAULT);
	if (ret < 0)
		return ret;
	*features = f;
	return 0;
}

static int env_wants_legacy(void)
{
	const char *e = getenv("UBLKD_LEGACY_OPCODES");

	return e && !strcmp(e, "1");
}

int ublk_ctrl_open(struct ublk_ctrl *c, int force_legacy)
{
	uint64_t features;
	int ret;

	memset(c, 0, sizeof(*c));
	c->fd = open(UBLK_CONTROL_PATH, O_RDWR | O_CLOEXEC);
	if (c->fd < 0)
		return -errno;	/* -ENOENT: the driver is not loaded */
	/* not root: only unprivileged devices answer (the path form) */
	c->unpriv_all = geteuid() != 0;
	ret = ctrl_ring_init(c);
	if (ret) {
		close(c->fd);
		c->fd = -1;
		return ret;
	}
	if (force_legacy || env_wants_legacy()) {
		c->legacy = 1;
		return 0;
	}
	ret = ctrl_query_features(c, &features);
	if (ret == 0) {
		c->features = features;
		c->have_features = 1;
	} else {
		/* No GET_FEATURES: an older driver, legacy opcodes. */
		c->legacy = 1;
	}
	return 0;
}

int ublk_ctrl_open_explain(struct ublk_ctrl *c, int force_legacy,
			   const char *who)
{
	int ret = ublk_ctrl_open(c, force_legacy);

	if (ret == -ENOENT || ret == -ENODEV || ret == -ENXIO)
		fprintf(stderr, "%s: " UBLK_CONTROL_PATH " not found: load "
			"the ublk_drv module (modprobe ublk_drv)\n", who);
	else if (ret == -EACCES || ret == -EPERM)
		fprintf(stderr, "%s: cannot open " UBLK_CONTROL_PATH
			": %s (run as root, or for --unprivileged be in the group udev gives it: ublkd's udev rule)\n",
			who, strerror(-ret));
	else if (ret)
		fprintf(stderr, "%s: cannot open " UBLK_CONTROL_PATH ": %s\n",
			who, strerror(-ret));
	return ret;
}

void ublk_ctrl_close(struct ublk_ctrl *c)
{
	if (c->fd >= 0) {
		ur_exit(&c->ring);
		close(c->fd);
	}
	memset(c, 0, sizeof(*c));
	c->fd = -1;
}

int ublk_ctrl_add_dev(struct ublk_ctrl *c, struct ublksrv_ctrl_dev_info *info)
{
	struct ublksrv_ctrl_cmd cmd;
	int ret;

	if (!c->legacy)
		info->flags |= UBLK_F_CMD_IOCTL_ENCODE;
	else
		info->flags &= ~UBLK_F_CMD_IOCTL_ENCODE;
	ctrl_cmd_init(&cmd, info->dev_id);	/* must equal info->dev_id */
	cmd.addr = (uint64_t)(uintptr_t)info;
	cmd.len = sizeof(*info);
	ret = ctrl_cmd(c, OP(ADD_DEV), &cmd, CTRL_WAIT_DEFAULT);
	if (!ret)
		ctrl_note(c, info->dev_id, info->flags);
	return ret;
}

int ublk_ctrl_del_dev(struct ublk_ctrl *c, uint32_t dev_id)
{
	return ctrl_simple(c, OP(DEL_DEV), dev_id, CTRL_DEL_TIMEOUT_MS);
}

int ublk_ctrl_del_dev_async(struct ublk_ctrl *c, uint32_t dev_id)
{
	return ctrl_simple(c, OP_NEW(DEL_DEV_ASYNC), dev_id, CTRL_DEL_TIMEOUT_MS);
}

int ublk_ctrl_start_dev(struct ublk_ctrl *c, uint32_t dev_id, int32_t pid)
{
	struct ublksrv_ctrl_cmd cmd;

	ctrl_cmd_init(&cmd, dev_id);
	cmd.data[0] = (uint64_t)pid;
	return ctrl_cmd(c, OP(START_DEV), &cmd, CTRL_WAIT_DEFAULT);
}

int ublk_ctrl_stop_dev(struct ublk_ctrl *c, uint32_t dev_id)
{
	return ctrl_simple(c, OP(STOP_DEV), dev_id, CTRL_WAIT_DEFAULT);
}

/* TRY_STOP_DEV (SAFE_STOP_DEV, 7.0+): ioctl-encoded only. */

int ublk_ctrl_try_stop_dev(struct ublk_ctrl *c, uint32_t dev_id)
{
	return ctrl_simple(c, OP_NEW(TRY_STOP_DEV),
			   dev_id, CTRL_WAIT_DEFAULT);
}

/* UPDATE_SIZE (6.16+, UBLK_F_UPDATE_SIZE): data[0] = sectors. */
int ublk_ctrl_update_size(struct ublk_ctrl *c, uint32_t dev_id,
			  uint64_t sectors)
{
	struct ublksrv_ctrl_cmd cmd;

	ctrl_cmd_init(&cmd, dev_id);
	cmd.data[0] = sectors;
	return ctrl_cmd(c, OP_NEW(UPDATE_SIZE),
			&cmd, CTRL_WAIT_DEFAULT);
}

/*
 * REG_BUF reads the struct at cmd.addr (at most cmd.len bytes of it): the
 * layout of 7.1 as released, with a 64-bit len (the 7.1-rc one had 32).
 */
_Static_assert(sizeof(struct ublk_shmem_buf_reg) == 24, "REG_BUF argument");

int ublk_ctrl_reg_buf(struct ublk_ctrl *c, uint32_t dev_id, void *addr,
		      uint64_t len, uint32_t flags)
{
	struct ublk_shmem_buf_reg reg = {
		.addr = (uint64_t)(uintptr_t)addr,
		.len = len,
		.flags = flags,
	};
	struct ublksrv_ctrl_cmd cmd;

	ctrl_cmd_init(&cmd, dev_id);
	cmd.addr = (uint64_t)(uintptr_t)&reg;
	cmd.len = sizeof(reg);
	return ctrl_cmd(c, OP_NEW(REG_BUF), &cmd, CTRL_WAIT_DEFAULT);
}

int ublk_ctrl_unreg_buf(struct ublk_ctrl *c, uint32_t dev_id,
			unsigned int index)
{
	struct ublksrv_ctrl_cmd cmd;

	ctrl_cmd_init(&cmd, dev_id);
	cmd.data[0] = index;
	return ctrl_cmd(c, OP_NEW(UNREG_BUF), &cmd, CTRL_WAIT_DEFAULT);
}

/* QUIESCE_DEV (6.16+, UBLK_F_QUIESCE): data[0] = timeout in ms. */
int ublk_ctrl_quiesce_dev(struct ublk_ctrl *c, uint32_t dev_id,
			  unsigned int timeout_ms)
{
	struct ublksrv_ctrl_cmd cmd;

	ctrl_cmd_init(&cmd, dev_id);
	cmd.data[0] = timeout_ms;
	/* the kernel gives up at timeout_ms: wait a little longer */
	return ctrl_cmd(c, OP_NEW(QUIESCE_DEV),
			&cmd, (int)timeout_ms + 5000);
}

int ublk_ctrl_set_params(struct ublk_ctrl *c, uint32_t dev_id,
			 struct ublk_params *p)
{
	struct ublksrv_ctrl_cmd cmd;

	p->len = UBLKD_PARAMS_LEN;
	ctrl_cmd_init(&cmd, dev_id);
	cmd.addr = (uint64_t)(uintptr_t)p;
	cmd.len = UBLKD_PARAMS_LEN;
	return ctrl_cmd(c, OP(SET_PARAMS), &cmd, CTRL_WAIT_DEFAULT);
}

int ublk_ctrl_get_params(struct ublk_ctrl *c, uint32_t dev_id,
			 struct ublk_params *p)
{
	struct ublksrv_ctrl_cmd cmd;

	memset(p, 0, sizeof(*p));
	p->len = UBLKD_PARAMS_LEN;
	ctrl_cmd_init(&cmd, dev_id);
	cmd.addr = (uint64_t)(uintptr_t)p;
	cmd.len = UBLKD_PARAMS_LEN;
	return ctrl_cmd(c, OP(GET_PARAMS), &cmd, CTRL_WAIT_DEFAULT);
}

/* GET_DEV_INFO2: "/dev/ublkcN" padded to CTRL_DEV_PATH_LEN, then the info. */
static int ctrl_get_dev_info2(struct ublk_ctrl *c, uint32_t dev_id,
			      struct ublksrv_ctrl_dev_info *info)
{
	struct ublksrv_ctrl_cmd cmd;
	int ret;

	ctrl_cmd_init(&cmd, dev_id);
	cmd.addr = (uint64_t)(uintptr_t)info;
	cmd.len = sizeof(*info);
	ret = ctrl_cmd(c, OP(GET_DEV_INFO2), &cmd, CTRL_WAIT_DEFAULT);
	if (ret >= 0)
		ctrl_note(c, dev_id, info->flags);
	return ret;
}

int ublk_ctrl_get_dev_info(struct ublk_ctrl *c, uint32_t dev_id,
			   struct ublksrv_ctrl_dev_info *info)
{
	struct ublksrv_ctrl_cmd cmd;
	int ret;

	memset(info, 0, sizeof(*info));
	if (c->have_features) {
		ret = ctrl_get_dev_info2(c, dev_id, info);
		/* e.g. no /dev/ublkcN node to check: plain GET_DEV_INFO */
		if (ret >= 0 || ret == -ENODEV)
			return ret;
	}
	ctrl_cmd_init(&cmd, dev_id);
	cmd.addr = (uint64_t)(uintptr_t)info;
	cmd.len = sizeof(*info);
	return ctrl_cmd(c, OP(GET_DEV_INFO), &cmd, CTRL_WAIT_DEFAULT);
}

int ublk_ctrl_get_features(struct ublk_ctrl *c, uint64_t *features)
{
	int ret;

	if (c->have_features) {
		*features = c->features;
		return 0;
	}
	ret = ctrl_query_features(c, features);
	if (ret == 0) {
		c->features = *features;
		c->have_features = 1;
		return 0;
	}
	/* Unknown opcode: every flavour the driver may answer with. */
	if (ret == -EINVAL || ret == -ENOTTY || ret == -ENODEV ||
	    ret == -EOPNOTSUPP)
		return -EOPNOTSUPP;
	return ret;
}

int ublk_ctrl_get_queue_affinity(struct ublk_ctrl *c, uint32_t dev_id,
				 uint16_t q_id, cpu_set_t *set)
{
	struct ublksrv_ctrl_cmd cmd;

	CPU_ZERO(set);
	ctrl_cmd_init(&cmd, dev_id);
	cmd.queue_id = q_id;
	cmd.data[0] = q_id;
	cmd.addr = (uint64_t)(uintptr_t)set;
	cmd.len = sizeof(*set);
	return ctrl_cmd(c, OP(GET_QUEUE_AFFINITY), &cmd, CTRL_WAIT_DEFAULT);
}

int ublk_ctrl_start_user_recovery(struct ublk_ctrl *c, uint32_t dev_id)
{
	return ctrl_simple(c, OP(START_USER_RECOVERY), dev_id,
			   CTRL_WAIT_DEFAULT);
}

int ublk_ctrl_end_user_recovery(struct ublk_ctrl *c, uint32_t dev_id,
				int32_t pid)
{
	struct ublksrv_ctrl_cmd cmd;

	ctrl_cmd_init(&cmd, dev_id);
	cmd.data[0] = (uint64_t)pid;
	return ctrl_cmd(c, OP(END_USER_RECOVERY), &cmd, CTRL_WAIT_DEFAULT);
}
