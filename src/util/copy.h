/* SPDX-License-Identifier: MIT */
/* Copying request data: private to the engine and the in-tree targets. */
#ifndef UBLKD_UTIL_COPY_H
#define UBLKD_UTIL_COPY_H

#include <stddef.h>
#include <string.h>

/*
 * Copy a request's data in 4 KiB pieces. glibc switches large copies to
 * `rep movsb`, which software-emulated CPUs run ~5x slower than the vector
 * path (measured in the test VM: 128 KiB at 262 MB/s whole, 1191 MB/s in
 * 4 KiB pieces); on real hardware the pieces are as fast (host: 5860 vs
 * 6752 MB/s).
 */
static inline void ublk_copy(void *dst, const void *src, size_t len)
{
	char *d = dst;
	const char *s = src;

	while (len > 4096) {
		memcpy(d, s, 4096);
		d += 4096;
		s += 4096;
		len -= 4096;
	}
	memcpy(d, s, len);
}

#endif /* UBLKD_UTIL_COPY_H */
