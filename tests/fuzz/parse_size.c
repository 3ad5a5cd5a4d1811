// SPDX-License-Identifier: MIT
/*
 * libFuzzer harness: the size parser every size option goes through
 * (ublk_parse_size(), src/targets/common.c; ublk_tgt_parse_size()).
 * Property: a string is accepted exactly when it is DIGITS[UNIT[B|iB]]
 * (UNIT one of kKmMgGtT) whose value fits 64 bits, and the value is
 * DIGITS << 10/20/30/40; anything else (signs, spaces, other suffixes)
 * is refused with -EINVAL or -ERANGE and the output left alone.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "ublkd/dev.h"

/* The reference: the grammar above, parsed by hand. 0, -EINVAL, -ERANGE */
static int ref_parse(const char *s, uint64_t *out)
{
	unsigned __int128 v = 0;
	const char *p = s;
	int shift = 0;

	if (!isdigit((unsigned char)*p))
		return -EINVAL;
	for (; isdigit((unsigned char)*p); p++) {
		v = v * 10 + (unsigned int)(*p - '0');
		if (v > UINT64_MAX)
			v = (unsigned __int128)UINT64_MAX + 1;	/* saturate */
	}
	switch (*p) {
	case 'k': case 'K': shift = 10; break;
	case 'm': case 'M': shift = 20; break;
	case 'g': case 'G': shift = 30; break;
	case 't': case 'T': shift = 40; break;
	case '\0': break;
	default: return -EINVAL;
	}
	if (*p && p[1] && strcmp(p + 1, "B") && strcmp(p + 1, "iB"))
		return -EINVAL;
	if (v > UINT64_MAX || (v << shift) > UINT64_MAX)
		return -ERANGE;
	*out = (uint64_t)(v << shift);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint64_t got = 0x5a5a5a5a, want = 0;
	char s[64];
	int r, w;

	if (size >= sizeof(s))
		return 0;
	memcpy(s, data, size);
	s[size] = 0;
	r = ublk_parse_size(s, &got);
	w = ref_parse(s, &want);
	if ((r == 0) != (w == 0))
		__builtin_trap();
	if (r == 0 && got != want)
		__builtin_trap();
	if (r && got != 0x5a5a5a5a)
		__builtin_trap();
	if (r && r != -EINVAL && r != -ERANGE)
		__builtin_trap();
	return 0;
}
