// SPDX-License-Identifier: MIT
/*
 * ublkd per-device state files (see include/ublkd/state.h for the format).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ublkd/state.h"

#define STATE_MAGIC	"ublkd-state 1"
#define STATE_PREFIX	"ublkb"
#define STATE_SUFFIX	".state"

const char *ublk_run_dir(void)
{
	static char user_dir[256];
	const char *d = getenv("UBLKD_RUN_DIR"), *x;

	if (d && *d)
		return d;
	if (geteuid() == 0)
		return UBLK_RUN_DIR_DEFAULT;
	/* a user's (--unprivileged) devices: the user's own run dir */
	if (!user_dir[0]) {
		x = getenv("XDG_RUNTIME_DIR");
		if (x && *x == '/')
			snprintf(user_dir, sizeof(user_dir), "%s/ublkd", x);
		else
			snprintf(user_dir, sizeof(user_dir), "/tmp/ublkd-%u",
				 (unsigned int)geteuid());
	}
	return user_dir;
}

int ublk_state_path(int dev_id, char *buf, size_t len)
{
	int n;

	if (dev_id < 0)
		return -EINVAL;
	n = snprintf(buf, len, "%s/" STATE_PREFIX "%d" STATE_SUFFIX,
		     ublk_run_dir(), dev_id);
	if (n < 0 || (size_t)n >= len)
		return -ENAMETOOLONG;
	return 0;
}

/* mkdir -p @dir with mode 0755. */
static int mkdir_p(const char *dir)
{
	char tmp[PATH_MAX];
	size_t len = strlen(dir);
	char *p;

	if (len == 0 || len >= sizeof(tmp))
		return -ENAMETOOLONG;
	memcpy(tmp, dir, len + 1);
	for (p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0755) && errno != EEXIST)
			return -errno;
		*p = '/';
	}
	if (mkdir(tmp, 0755) && errno != EEXIST)
		return -errno;
	return 0;
}

static bool needs_escape(unsigned char ch)
{
	return ch == '%' || ch == '=' || ch < 0x20 || ch == 0x7f;
}

static void put_escaped(FILE *f, const char *s)
{
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (needs_escape(ch))
			fprintf(f, "%%%02X", ch);
		else
			fputc(ch, f);
	}
}

static void put_kv(FILE *f, const char *key, const char *val)
{
	fputs(key, f);
	fputc('=', f);
	put_escaped(f, val);
	fputc('\n', f);
}

/* A target key: [a-z0-9_]+, short enough, not one of the file's own. */
static bool valid_tgt_key(const char *key)
{
	static const char *const own[] = {
		"dev_id", "pid", "tgt_type", "tgt_json", "nr_queues", "flags",
		"nr_threads", "argc", "end",
	};
	size_t i, n = strnlen(key, UBLK_STATE_KEY_LEN);

	if (!n || n >= UBLK_STATE_KEY_LEN)
		return false;
	for (i = 0; i < n; i++)
		if (!islower((unsigned char)key[i]) &&
		    !isdigit((unsigned char)key[i]) && key[i] != '_')
			return false;
	for (i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		if (!strcmp(key, own[i]))
			return false;
	return true;
}

void ublk_state_put_key(void *ctx, const char *key, const char *val)
{
	struct ublk_state *s = ctx;
	struct ublk_state_kv *kv;

	if (s->nr_tgt_keys >= UBLK_STATE_MAX_TGT_KEYS || !valid_tgt_key(key) ||
	    strlen(val) >= UBLK_STATE_ARG_LEN) {
		fprintf(stderr, "ublkd: state key '%s' dropped\n", key);
		return;
	}
	kv = &s->tgt_keys[s->nr_tgt_keys++];
	snprintf(kv->key, sizeof(kv->key), "%s", key);
	snprintf(kv->val, sizeof(kv->val), "%s", val);
}

static int check_state(const struct ublk_state *s)
{
	if (s->dev_id < 0 || s->nr_queues > UBLKD_MAX_QUEUES ||
	    s->argc < 0 || s->argc > UBLK_STATE_MAX_ARGS)
		return -EINVAL;
	/* Every string must be terminated inside its field. */
	if (!memchr(s->tgt_type, 0, sizeof(s->tgt_type)) ||
	    !memchr(s->tgt_json, 0, sizeof(s->tgt_json)) ||
	    s->nr_tgt_keys > UBLK_STATE_MAX_TGT_KEYS)
		return -EINVAL;
	for (unsigned int k = 0; k < s->nr_tgt_keys; k++)
		if (!valid_tgt_key(s->tgt_keys[k].key) ||
		    !memchr(s->tgt_keys[k].val, 0, UBLK_STATE_ARG_LEN))
			return -EINVAL;
	for (unsigned int q = 0; q < s->nr_queues; q++)
		if (!memchr(s->affinity[q], 0, UBLK_STATE_AFF_LEN))
			return -EINVAL;
	for (int i = 0; i < s->argc; i++)
		if (!memchr(s->argv[i], 0, UBLK_STATE_ARG_LEN))
			return -EINVAL;
	return 0;
}

static void write_state(FILE *f, const struct ublk_state *s)
{
	char key[32];

	fprintf(f, STATE_MAGIC "\n");
	fprintf(f, "dev_id=%d\n", s->dev_id);
	fprintf(f, "pid=%d\n", (int)s->pid);
	put_kv(f, "tgt_type", s->tgt_type);
	put_kv(f, "tgt_json", s->tgt_json);
	fprintf(f, "nr_queues=%u\n", s->nr_queues);
	fprintf(f, "flags=0x%" PRIx64 "\n", s->flags);
	if (s->nr_threads)
		fprintf(f, "nr_threads=%u\n", s->nr_threads);
	for (unsigned int k = 0; k < s->nr_tgt_keys; k++)
		put_kv(f, s->tgt_keys[k].key, s->tgt_keys[k].val);
	for (unsigned int q = 0; q < s->nr_queues; q++) {
		fprintf(f, "tid.%u=%d\n", q, (int)s->tids[q]);
		snprintf(key, sizeof(key), "affinity.%u", q);
		put_kv(f, key, s->affinity[q]);
	}
	fprintf(f, "argc=%d\n", s->argc);
	for (int i = 0; i < s->argc; i++) {
		snprintf(key, sizeof(key), "arg.%d", i);
		put_kv(f, key, s->argv[i]);
	}
	fprintf(f, "end=1\n");
}

static int fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int ret = 0;

	if (fd < 0)
		return -errno;
	if (fsync(fd))
		ret = -errno;
	close(fd);
	return ret;
}

/* Write @s to a new temp file in @dir; its name goes to @tmp. */
static int write_temp(const char *dir, const struct ublk_state *s,
		      char *tmp, size_t tmp_len)
{
	FILE *f;
	int fd, n, ret = 0;

	n = snprintf(tmp, tmp_len, "%s/.%s%d%s.XXXXXX", dir, STATE_PREFIX,
		     s->dev_id, STATE_SUFFIX);
	if (n < 0 || (size_t)n >= tmp_len)
		return -ENAMETOOLONG;
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (fchmod(fd, 0644)) {
		ret = -errno;
		close(fd);
		goto fail;
	}
	f = fdopen(fd, "w");
	if (!f) {
		ret = -errno;
		close(fd);
		goto fail;
	}
	write_state(f, s);
	errno = 0;
	if (fflush(f) || ferror(f) || fsync(fd))
		ret = errno ? -errno : -EIO;
	if (fclose(f) && !ret)
		ret = -errno;
	if (!ret)
		return 0;
fail:
	unlink(tmp);
	return ret;
}

int ublk_state_save(const struct ublk_state *s)
{
	const char *dir = ublk_run_dir();
	char path[PATH_MAX], tmp[PATH_MAX];
	int ret;

	ret = check_state(s);
	if (ret) {
		fprintf(stderr, "ublkd: state of device %d: invalid field\n",
			s->dev_id);
		return ret;
	}
	ret = ublk_state_path(s->dev_id, path, sizeof(path));
	if (ret)
		goto err;
	ret = mkdir_p(dir);
	if (ret) {
		fprintf(stderr, "ublkd: cannot create run dir %s: %s\n", dir,
			strerror(-ret));
		return ret;
	}
	ret = write_temp(dir, s, tmp, sizeof(tmp));
	if (ret)
		goto err;
	if (rename(tmp, path)) {
		ret = -errno;
		unlink(tmp);
		goto err;
	}
	ret = fsync_dir(dir);
	if (ret)
		goto err;
	return 0;
err:
	fprintf(stderr, "ublkd: cannot write state file for device %d in %s: %s\n",
		s->dev_id, dir, strerror(-ret));
	return ret;
}

/* ---- loading ---- */

static int hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	return -1;
}

/* Unescape @src into @dst (@size bytes with the NUL). */
static int unescape(const char *src, char *dst, size_t size)
{
	size_t n = 0;

	while (*src) {
		int ch = (unsigned char)*src;

		if (ch == '%') {
			int hi = hexval((unsigned char)src[1]);
			int lo = hi < 0 ? -1 : hexval((unsigned char)src[2]);

			if (lo < 0)
				return -EBADMSG;
			ch = hi << 4 | lo;
			if (ch == 0)
				return -EBADMSG;
			src += 3;
		} else if (needs_escape((unsigned char)ch)) {
			return -EBADMSG;	/* must have been escaped */
		} else {
			src++;
		}
		if (n + 1 >= size)
			return -EBADMSG;
		dst[n++] = (char)ch;
	}
	dst[n] = '\0';
	return 0;
}

/* Strict decimal or 0x-hex number in [min, max]. */
static int parse_num(const char *s, long long min, long long max,
		     long long *out)
{
	char *end;
	long long v;

	if (!*s || isspace((unsigned char)*s))
		return -EBADMSG;
	errno = 0;
	v = strtoll(s, &end, 0);
	if (errno || *end || v < min || v > max)
		return -EBADMSG;
	*out = v;
	return 0;
}

static int parse_u64(const char *s, uint64_t *out)
{
	char *end;

	if (!*s || *s == '-' || isspace((unsigned char)*s))
		return -EBADMSG;
	errno = 0;
	*out = strtoull(s, &end, 0);
	if (errno || *end)
		return -EBADMSG;
	return 0;
}

enum {
	SEEN_DEV_ID = 1 << 0,
	SEEN_PID = 1 << 1,
	SEEN_TYPE = 1 << 2,
	SEEN_NRQ = 1 << 3,
	SEEN_ARGC = 1 << 4,
	SEEN_END = 1 << 5,
	SEEN_REQUIRED = (1 << 6) - 1,
	SEEN_JSON = 1 << 6,
	SEEN_FLAGS = 1 << 7,
	SEEN_NTHR = 1 << 8,
};

struct load_ctx {
	struct ublk_state *s;
	uint64_t seen;		/* SEEN_* */
	uint64_t args_seen;	/* bit i: arg.i */
	uint64_t tids_seen, aff_seen;	/* bit q: tid.q, affinity.q */
	int max_queue;		/* highest tid./affinity. index, or -1 */
};

/* Mark @bit in @mask: -EEXIST if it was there (a key given twice). */
static int once(uint64_t *mask, uint64_t bit)
{
	if (*mask & bit)
		return -EEXIST;
	*mask |= bit;
	return 0;
}

/* "prefix.N": N into @idx, checked against @limit. 1 match, 0 not, <0 bad. */
static int indexed_key(const char *key, const char *prefix, long long limit,
		       long long *idx)
{
	size_t n = strlen(prefix);

	if (strncmp(key, prefix, n) || key[n] != '.')
		return 0;
	if (!isdigit((unsigned char)key[n + 1]))
		return -EBADMSG;
	return parse_num(key + n + 1, 0, limit - 1, idx) ? -EBADMSG : 1;
}

static void saw_queue(struct load_ctx *lc, long long q)
{
	if (q > lc->max_queue)
		lc->max_queue = (int)q;
}

/* A target's key (the first UBLK_STATE_MAX_TGT_KEYS are kept). */
static int load_tgt_key(struct ublk_state *s, const char *key,
			const char *val)
{
	struct ublk_state_kv *kv;
	unsigned int k;
	int ret;

	if (!valid_tgt_key(key))
		return 0;	/* one of a newer writer's: ignored */
	for (k = 0; k < s->nr_tgt_keys; k++)
		if (!strcmp(s->tgt_keys[k].key, key))
			return -EEXIST;
	if (s->nr_tgt_keys >= UBLK_STATE_MAX_TGT_KEYS)
		return 0;
	kv = &s->tgt_keys[s->nr_tgt_keys];
	ret = unescape(val, kv->val, sizeof(kv->val));
	if (ret)
		return ret;
	snprintf(kv->key, sizeof(kv->key), "%s", key);
	s->nr_tgt_keys++;
	return 0;
}

static int load_indexed(struct load_ctx *lc, const char *key, const char *val)
{
	struct ublk_state *s = lc->s;
	long long idx, v;
	int r;

	r = indexed_key(key, "tid", UBLKD_MAX_QUEUES, &idx);
	if (r == 1) {
		if (once(&lc->tids_seen, 1ULL << idx))
			return -EEXIST;
		if (parse_num(val, 0, INT_MAX, &v))
			return -EBADMSG;
		s->tids[idx] = (pid_t)v;
		saw_queue(lc, idx);
		return 0;
	}
	if (r < 0)
		return r;
	r = indexed_key(key, "affinity", UBLKD_MAX_QUEUES, &idx);
	if (r == 1) {
		if (once(&lc->aff_seen, 1ULL << idx))
			return -EEXIST;
		saw_queue(lc, idx);
		return unescape(val, s->affinity[idx], UBLK_STATE_AFF_LEN);
	}
	if (r < 0)
		return r;
	r = indexed_key(key, "arg", UBLK_STATE_MAX_ARGS, &idx);
	if (r == 1) {
		if (once(&lc->args_seen, 1ULL << idx))
			return -EEXIST;
		return unescape(val, s->argv[idx], UBLK_STATE_ARG_LEN);
	}
	if (r < 0)
		return r;
	return load_tgt_key(s, key, val);
}

static int load_kv(struct load_ctx *lc, const char *key, const char *val)
{
	static const struct {
		const char *name;
		uint64_t bit;
	} own[] = {
		{ "dev_id", SEEN_DEV_ID }, { "pid", SEEN_PID },
		{ "tgt_type", SEEN_TYPE }, { "tgt_json", SEEN_JSON },
		{ "nr_queues", SEEN_NRQ }, { "flags", SEEN_FLAGS },
		{ "argc", SEEN_ARGC }, { "end", SEEN_END },
		{ "nr_threads", SEEN_NTHR },
	};
	struct ublk_state *s = lc->s;
	long long v = 0;
	uint64_t bit = 0;
	int ret = 0;

	for (size_t i = 0; i < sizeof(own) / sizeof(own[0]); i++)
		if (!strcmp(key, own[i].name))
			bit = own[i].bit;
	if (!bit)
		return load_indexed(lc, key, val);
	if (once(&lc->seen, bit))
		return -EEXIST;
	switch (bit) {
	case SEEN_DEV_ID:
		ret = parse_num(val, 0, INT_MAX, &v);
		s->dev_id = (int)v;
		break;
	case SEEN_PID:
		ret = parse_num(val, 0, INT_MAX, &v);
		s->pid = (pid_t)v;
		break;
	case SEEN_TYPE:
		return unescape(val, s->tgt_type, sizeof(s->tgt_type));
	case SEEN_JSON:
		return unescape(val, s->tgt_json, sizeof(s->tgt_json));
	case SEEN_NRQ:
		ret = parse_num(val, 0, UBLKD_MAX_QUEUES, &v);
		s->nr_queues = (unsigned int)v;
		break;
	case SEEN_FLAGS:
		return parse_u64(val, &s->flags);
	case SEEN_NTHR:
		ret = parse_num(val, 1, UBLKD_MAX_QUEUES, &v);
		s->nr_threads = (unsigned int)v;
		break;
	case SEEN_ARGC:
		ret = parse_num(val, 0, UBLK_STATE_MAX_ARGS, &v);
		s->argc = (int)v;
		break;
	default:	/* end */
		return strcmp(val, "1") ? -EBADMSG : 0;
	}
	return ret;
}

/* @src as printable text for a message: at most @size - 1 bytes, '?' for the rest. */
static void printable(char *dst, size_t size, const char *src, size_t len)
{
	size_t i, n = len < size - 1 ? len : size - 1;

	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)src[i];

		dst[i] = ch >= 0x20 && ch < 0x7f ? (char)ch : '?';
	}
	dst[n] = '\0';
}

static int load_line(struct load_ctx *lc, char *line, char *why,
		     size_t why_len)
{
	char *eq = strchr(line, '=');
	char key[UBLK_STATE_KEY_LEN];
	int ret;

	if (!eq || eq == line) {
		snprintf(why, why_len, "not a key=value line");
		return -EBADMSG;
	}
	*eq = '\0';
	if (lc->seen & SEEN_END) {
		snprintf(why, why_len, "data after end=1");
		return -EBADMSG;
	}
	ret = load_kv(lc, line, eq + 1);
	if (ret == 0)
		return 0;
	printable(key, sizeof(key), line, strlen(line));
	if (ret == -EEXIST)
		snprintf(why, why_len, "'%s' given twice", key);
	else
		snprintf(why, why_len, "bad value for '%s'", key);
	return -EBADMSG;
}

static const char *const required_names[] = {
	"dev_id", "pid", "tgt_type", "nr_queues", "argc", "end=1",
};

static int load_check(const struct load_ctx *lc, int dev_id, char *why,
		      size_t why_len)
{
	const struct ublk_state *s = lc->s;
	uint64_t want;

	if ((lc->seen & SEEN_REQUIRED) != SEEN_REQUIRED) {
		unsigned int i;

		for (i = 0; lc->seen & (1ULL << i); i++)
			;
		snprintf(why, why_len, "truncated: no %s", required_names[i]);
		return -EBADMSG;
	}
	if (s->dev_id != dev_id) {
		snprintf(why, why_len, "it is the state of device %d", s->dev_id);
		return -EBADMSG;
	}
	if (lc->max_queue >= (int)s->nr_queues) {
		snprintf(why, why_len, "queue %d listed, nr_queues is %u",
			 lc->max_queue, s->nr_queues);
		return -EBADMSG;
	}
	want = s->argc == 64 ? ~0ULL : (1ULL << s->argc) - 1;
	if (lc->args_seen != want) {
		snprintf(why, why_len, "argc=%d does not match the arg.N lines",
			 s->argc);
		return -EBADMSG;
	}
	return 0;
}

int ublk_state_parse(const char *buf, size_t len, int dev_id,
		     struct ublk_state *s, char *why, size_t why_len)
{
	struct load_ctx lc = { .s = s, .max_queue = -1 };
	char reason[128] = "", inner[96], *line = NULL;
	size_t pos = 0;
	int ret = 0, lineno = 0;

	memset(s, 0, sizeof(*s));
	if (len <= UBLK_STATE_MAX_BYTES) {
		line = malloc(len + 1);	/* the longest line and its NUL */
		if (!line)
			return -ENOMEM;
	}
	if (len == 0) {
		snprintf(reason, sizeof(reason), "empty");
		ret = -EBADMSG;
	} else if (len > UBLK_STATE_MAX_BYTES) {
		snprintf(reason, sizeof(reason), "more than %d bytes",
			 UBLK_STATE_MAX_BYTES);
		ret = -EFBIG;
	}
	if (!ret && (len < sizeof(STATE_MAGIC) ||
		     memcmp(buf, STATE_MAGIC "\n", sizeof(STATE_MAGIC)))) {
		snprintf(reason, sizeof(reason),
			 "not a ublkd state file (first line is not '"
			 STATE_MAGIC "')");
		ret = -EBADMSG;
	}
	while (!ret && pos < len) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (buf + pos)) : len - pos;

		lineno++;
		if (!nl) {
			snprintf(reason, sizeof(reason),
				 "line %d: cut short (no newline)", lineno);
			ret = -EBADMSG;
			break;
		}
		if (memchr(buf + pos, '\0', n)) {
			snprintf(reason, sizeof(reason),
				 "line %d: binary data (a NUL byte)", lineno);
			ret = -EBADMSG;
			break;
		}
		memcpy(line, buf + pos, n);
		line[n] = '\0';
		pos += n + 1;
		if (lineno == 1)
			continue;	/* the magic, checked above */
		ret = load_line(&lc, line, inner, sizeof(inner));
		if (ret)
			snprintf(reason, sizeof(reason), "line %d: %s", lineno,
				 inner);
	}
	free(line);
	if (!ret)
		ret = load_check(&lc, dev_id, reason, sizeof(reason));
	if (ret) {
		memset(s, 0, sizeof(*s));	/* nothing of a refused file */
		if (why && why_len)
			snprintf(why, why_len, "%s", reason);
	}
	return ret;
}

/*
 * Open @path only if it is what our daemons write: a regular file (not a
 * link, FIFO or device: O_NOFOLLOW, O_NONBLOCK), one link, owned by us or
 * root, writable by nobody else. -errno with @why set.
 */
static int open_trusted(const char *path, struct stat *st, char *why,
			size_t why_len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK |
		      O_NOCTTY);
	uid_t me = geteuid();

	if (fd < 0) {
		int err = errno;

		if (err == ELOOP) {
			snprintf(why, why_len, "it is a symbolic link");
			return -EPERM;
		}
		snprintf(why, why_len, "%s", strerror(err));
		return -err;
	}
	if (fstat(fd, st)) {
		int err = errno;

		snprintf(why, why_len, "%s", strerror(err));
		close(fd);
		return -err;
	}
	if (!S_ISREG(st->st_mode))
		snprintf(why, why_len, "not a regular file");
	else if (st->st_uid != me && st->st_uid != 0)
		snprintf(why, why_len, "owned by uid %u, not by uid %u or root",
			 (unsigned int)st->st_uid, (unsigned int)me);
	else if (st->st_mode & 022)
		snprintf(why, why_len, "writable by others (mode %04o)",
			 (unsigned int)(st->st_mode & 07777));
	else if (st->st_nlink != 1)
		snprintf(why, why_len, "it has %u hard links",
			 (unsigned int)st->st_nlink);
	else
		return fd;
	close(fd);
	return -EPERM;
}

/* At most UBLK_STATE_MAX_BYTES + 1 bytes of @fd into @buf; the count or -errno. */
static ssize_t read_bounded(int fd, char *buf)
{
	size_t n = 0;

	while (n < UBLK_STATE_MAX_BYTES + 1) {
		ssize_t r = read(fd, buf + n, UBLK_STATE_MAX_BYTES + 1 - n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -errno;
		if (r == 0)
			break;
		n += (size_t)r;
	}
	return (ssize_t)n;
}

int ublk_state_load(int dev_id, struct ublk_state *s)
{
	char path[PATH_MAX], why[128] = "";
	struct stat st;
	char *buf = NULL;
	ssize_t n;
	int fd, ret;

	memset(s, 0, sizeof(*s));
	ret = ublk_state_path(dev_id, path, sizeof(path));
	if (ret)
		return ret;
	fd = open_trusted(path, &st, why, sizeof(why));
	if (fd == -ENOENT)
		return fd;
	if (fd < 0) {
		ret = fd;
		goto out;
	}
	if (st.st_size > UBLK_STATE_MAX_BYTES) {
		snprintf(why, sizeof(why), "too big (%lld bytes, at most %d)",
			 (long long)st.st_size, UBLK_STATE_MAX_BYTES);
		ret = -EFBIG;
		goto out;
	}
	buf = malloc(UBLK_STATE_MAX_BYTES + 1);
	if (!buf) {
		ret = -ENOMEM;
		snprintf(why, sizeof(why), "out of memory");
		goto out;
	}
	n = read_bounded(fd, buf);
	if (n < 0) {
		ret = (int)n;
		snprintf(why, sizeof(why), "%s", strerror(-ret));
		goto out;
	}
	ret = ublk_state_parse(buf, (size_t)n, dev_id, s, why, sizeof(why));
out:
	if (fd >= 0)
		close(fd);
	free(buf);
	if (ret) {
		memset(s, 0, sizeof(*s));	/* open/read failures too */
		fprintf(stderr, "ublkd: state file %s refused: %s\n", path, why);
	}
	return ret;
}

int ublk_state_remove(int dev_id)
{
	char path[PATH_MAX];
	int ret = ublk_state_path(dev_id, path, sizeof(path));

	if (ret)
		return ret;
	if (unlink(path))
		return -errno;
	/* ".../ublkbN.state" -> ".../ublkbN.stats": a dead daemon's counters */
	if (strlen(path) + 1 < sizeof(path)) {
		strcpy(path + strlen(path) - strlen(STATE_SUFFIX), ".stats");
		unlink(path);
	}
	return 0;
}

/* "ublkb<N>.state" → N, or -1. */
static int state_name_id(const char *name)
{
	size_t plen = strlen(STATE_PREFIX), slen = strlen(STATE_SUFFIX);
	size_t len = strlen(name);
	char num[16];
	long long v;

	if (len <= plen + slen || len - plen - slen >= sizeof(num))
		return -1;
	if (strncmp(name, STATE_PREFIX, plen) ||
	    strcmp(name + len - slen, STATE_SUFFIX))
		return -1;
	memcpy(num, name + plen, len - plen - slen);
	num[len - plen - slen] = '\0';
	if (!isdigit((unsigned char)num[0]) || (num[0] == '0' && num[1]))
		return -1;
	if (parse_num(num, 0, INT_MAX, &v))
		return -1;
	return (int)v;
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

int ublk_state_list_ids(int *ids, int max)
{
	DIR *d = opendir(ublk_run_dir());
	struct dirent *de;
	int n = 0;

	if (!d)
		return 0;
	while (n < max && (de = readdir(d))) {
		int id = state_name_id(de->d_name);

		if (id >= 0)
			ids[n++] = id;
	}
	closedir(d);
	qsort(ids, (size_t)n, sizeof(*ids), cmp_int);
	return n;
}
