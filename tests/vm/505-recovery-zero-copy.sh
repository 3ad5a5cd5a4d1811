#!/bin/sh
# User recovery on a zero-copy loop device (-z -r 1, then -r 1 -i 1): the
# recovery test (400) with the loop target on an ext4 file: kill -9 under
# writes, recover, every acknowledged write intact, I/O flows again.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
$UBLK features | grep -q 'UBLK_F_AUTO_BUF_REG\|UBLK_F_SUPPORT_ZERO_COPY' ||
	skip "no zero copy on this kernel (500 checks the refusal)"
mnt=/tmp/zcr.$$
loop_fs $mnt
truncate -s 128M $mnt/backing || fail "truncate"
for opts in "-r 1" "-r 1 -i 1"; do
	RECOVERY_TGT="-t loop -f $mnt/backing -z" RECOVERY_OPTS="$opts" \
		sh "$UBLKD_ROOT/tests/vm/400-recovery-mem.sh" ||
		fail "recovery with -z $opts"
	info "-z $opts: recovery ok"
done
pass
