// SPDX-License-Identifier: MIT
/*
 * libFuzzer harness: `ublk add`'s option parsing (src/cli/add.c
 * parse_add(): the common options, ublksrv's compatibility spellings,
 * the data-path and shared-memory checks, every target's option table
 * and parse_opt/check_opts), without creating anything: parse_add() only
 * fills a struct ublk_dev, which is freed again.
 *
 * The input is the argument list, NUL-separated ("add" in front).
 * Whatever it is: no crash, no sanitizer report; either a device with a
 * target, sane queue numbers and no two data paths at once, or NULL.
 * Messages go to /dev/null (stderr is only ours to replace: sanitizer
 * reports are written to fd 2 directly). `-h` prints help and exits in
 * the product: here exit() returns to the harness.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

static jmp_buf fuzz_exit_jmp;
#define exit(code) longjmp(fuzz_exit_jmp, 1 + (code))

#include "../../src/cli/add.c"

#define MAX_ARGS 64

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	stderr = fopen("/dev/null", "w");
	stdout = stderr;
	return stderr ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[MAX_ARGS + 2], *buf;
	struct add_paths paths;
	struct ublk_dev *volatile dev = NULL;
	const struct ublk_dev_opts *o;
	int argc = 1;
	size_t i, start = 0;

	if (size > 4096)
		return 0;
	buf = malloc(size + 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = 0;
	argv[0] = "add";
	for (i = 0; i <= size && argc <= MAX_ARGS; i++) {
		if (buf[i])
			continue;
		argv[argc++] = buf + start;
		start = i + 1;
	}
	argv[argc] = NULL;
	if (!setjmp(fuzz_exit_jmp)) {
		dev = parse_add(argc, argv, &paths);
		if (dev) {
			o = ublk_dev_opts(dev);
			if (!ublk_dev_ops(dev) || !o->nr_queues ||
			    o->nr_queues > UBLKD_MAX_QUEUES || !o->queue_depth ||
			    o->queue_depth > UBLKD_MAX_DEPTH ||
			    paths.nr > ADD_MAX_PATHS)
				__builtin_trap();
			ublk_dev_free(dev);
		}
	}
	free(buf);
	return 0;
}
