// SPDX-License-Identifier: MIT
/*
 * libFuzzer harness: the state-file parser (src/daemon/state.c).
 *
 * Whatever the bytes: no crash, no sanitizer report, and either
 *  - refused: -EBADMSG/-EFBIG, a printable one-line reason, @s zeroed; or
 *  - accepted: every string terminated inside its field (what the writer
 *    checks), and the state written back in the file format parses again
 *    to the very same struct (the writer and the reader agree).
 * The file is the state of device 1 (the seeds say dev_id=1).
 *
 * The source is included for its static writer, write_state().
 */
#include "../../src/daemon/state.c"

static struct ublk_state st, again;

static void check_reason(const char *why)
{
	if (!why[0])
		__builtin_trap();
	for (const char *p = why; *p; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f)
			__builtin_trap();
}

static bool all_zero(const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		if (b[i])
			return false;
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char why[160] = "", *text = NULL;
	size_t len = 0;
	FILE *f;
	int ret;

	ret = ublk_state_parse((const char *)data, size, 1, &st, why,
			       sizeof(why));
	if (ret) {
		if (ret != -EBADMSG && ret != -EFBIG)
			__builtin_trap();
		check_reason(why);
		if (!all_zero(&st, sizeof(st)))
			__builtin_trap();
		return 0;
	}
	if (check_state(&st) || st.dev_id != 1)
		__builtin_trap();
	f = open_memstream(&text, &len);
	if (!f)
		return 0;
	write_state(f, &st);
	fclose(f);
	ret = ublk_state_parse(text, len, 1, &again, why, sizeof(why));
	if (ret || memcmp(&st, &again, sizeof(st)))
		__builtin_trap();
	free(text);
	return 0;
}
