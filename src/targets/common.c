// SPDX-License-Identifier: MIT
/* What every target shares: sizes, basic and discard parameters, lookup. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ublkd/dev.h"

int ublk_parse_size(const char *s, uint64_t *bytes)
{
	unsigned long long v;
	char *end;
	int shift = 0;

	/*
	 * Digits first: strtoull() would skip white space and take a sign,
	 * so " -1" was 2^64 - 1 and "+4K" or "\n4" a size (found by
	 * tests/fuzz/parse_size).
	 */
	if (!s || *s < '0' || *s > '9')
		return -EINVAL;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s)
		return -EINVAL;
	switch (*end) {
	case 'k': case 'K': shift = 10; break;
	case 'm': case 'M': shift = 20; break;
	case 'g': case 'G': shift = 30; break;
	case 't': case 'T': shift = 40; break;
	case '\0': break;
	default: return -EINVAL;
	}
	if (*end && end[1] && strcmp(end + 1, "iB") && strcmp(end + 1, "B"))
		return -EINVAL;
	if (shift && v > (UINT64_MAX >> shift))
		return -ERANGE;
	*bytes = (uint64_t)v << shift;
	return 0;
}

static int bs_shift(unsigned int bs)
{
	int shift;

	for (shift = 9; shift <= 12; shift++)
		if (bs == 1u << shift)
			return shift;
	return -1;
}

int ublk_set_basic_params(struct ublk_dev *dev, uint64_t bytes,
			  unsigned int lbs, unsigned int pbs)
{
	struct ublk_params *p = ublk_dev_params(dev);
	struct ublk_param_basic *b = &p->basic;
	unsigned int olbs, opbs;
	int ls, ps;

	ublk_dev_block_sizes(dev, &olbs, &opbs);
	if (!lbs)
		lbs = olbs ? olbs : 512;
	if (!pbs)
		pbs = opbs ? opbs : lbs;
	ls = bs_shift(lbs);
	ps = bs_shift(pbs);

	if (ls < 0 || ps < 0 || ps < ls) {
		fprintf(stderr, "ublkd: block sizes must be 512, 1024, 2048 or 4096 with physical >= logical (got %u/%u)\n",
			lbs, pbs);
		return -EINVAL;
	}
	if (bytes < lbs || bytes % lbs) {
		fprintf(stderr, "ublkd: device size %llu is not a positive multiple of the %u-byte block size\n",
			(unsigned long long)bytes, lbs);
		return -EINVAL;
	}
	p->types |= UBLK_PARAM_TYPE_BASIC;
	b->logical_bs_shift = (uint8_t)ls;
	b->physical_bs_shift = (uint8_t)ps;
	b->io_min_shift = (uint8_t)ps;
	b->io_opt_shift = (uint8_t)ps;
	/* Always 512-byte sectors, whatever the logical block size. */
	b->dev_sectors = bytes >> 9;
	if (ublk_dev_volatile_cache(dev))
		b->attrs |= UBLK_ATTR_VOLATILE_CACHE | UBLK_ATTR_FUA;
	return 0;
}

void ublk_set_discard_params(struct ublk_dev *dev, unsigned int granularity)
{
	struct ublk_params *p = ublk_dev_params(dev);
	struct ublk_param_discard *d = &p->discard;

	p->types |= UBLK_PARAM_TYPE_DISCARD;
	d->discard_alignment = 0;
	d->discard_granularity = granularity;
	d->max_discard_sectors = UINT32_MAX >> 9;
	d->max_write_zeroes_sectors = UINT32_MAX >> 9;
	d->max_discard_segments = 1;
}

#define TARGET(n) extern const struct ublk_tgt_ops ublk_tgt_##n;
#include "targets/targets.def"
#undef TARGET

static const struct ublk_tgt_ops *const tgts[] = {
#define TARGET(n) &ublk_tgt_##n,
#include "targets/targets.def"
#undef TARGET
	NULL,
};

const struct ublk_tgt_ops *const *ublk_tgt_list(void)
{
	return tgts;
}

const struct ublk_tgt_ops *ublk_find_tgt(const char *name)
{
	size_t i;

	for (i = 0; tgts[i]; i++)
		if (!strcmp(tgts[i]->name, name))
			return tgts[i];
	return NULL;
}

const char *ublk_tgt_names(void)
{
	static char names[128];
	size_t i, n = 0;

	if (names[0])
		return names;
	for (i = 0; tgts[i] && n < sizeof(names); i++)
		n += (size_t)snprintf(names + n, sizeof(names) - n, "%s%s",
				      i ? ", " : "", tgts[i]->name);
	return names;
}

int ublk_tgt_parse_size(const char *arg, const char *what, bool nonzero,
			uint64_t *out)
{
	if (ublk_parse_size(arg, out) || (nonzero && !*out)) {
		fprintf(stderr, "ublk add: invalid %s '%s'\n", what, arg);
		return -EINVAL;
	}
	return 0;
}
