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

	if (!s || !*s || *s == '-')
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

int ublk_set_basic_params(struct ublk_dev *dev, uint64_t bytes)
{
	struct ublk_params *p = ublk_dev_params(dev);
	const struct ublk_tgt_opts *o = ublk_dev_tgt_opts(dev);
	struct ublk_param_basic *b = &p->basic;
	unsigned int lbs = o->lbs ? o->lbs : 512;
	unsigned int pbs = o->pbs ? o->pbs : lbs;
	int ls = bs_shift(lbs), ps = bs_shift(pbs);

	if (ls < 0 || ps < 0 || ps < ls) {
		fprintf(stderr, "ublk: block sizes must be 512, 1024, 2048 or 4096 with physical >= logical (got %u/%u)\n",
			lbs, pbs);
		return -EINVAL;
	}
	if (bytes < lbs || bytes % lbs) {
		fprintf(stderr, "ublk: device size %llu is not a positive multiple of the %u-byte block size\n",
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
	if (o->volatile_cache)
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

static const struct ublk_tgt_ops *const tgts[] = {
	&ublk_tgt_null,
	&ublk_tgt_mem,
	&ublk_tgt_loop,
};

const struct ublk_tgt_ops *ublk_find_tgt(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(tgts) / sizeof(tgts[0]); i++)
		if (!strcmp(tgts[i]->name, name))
			return tgts[i];
	return NULL;
}
