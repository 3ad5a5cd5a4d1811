#!/bin/sh
# 400-recovery-mem.sh on the loop target: the recovered daemon re-opens
# its backing file (given by a relative path at add time) and every
# acknowledged write is there; afterwards the file holds them too.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
dir=/tmp/rec.$$
mkdir -p $dir
on_exit "rm -rf $dir"
dd if=/dev/zero of=$dir/img bs=1M count=64 2>/dev/null || fail "backing file"
cd $dir || fail "cd"
RECOVERY_TGT="-t loop -f img" RECOVERY_ID=32 RECOVERY_PAT=$dir/pat \
	sh "${UBLKD_ROOT:-.}/tests/vm/400-recovery-mem.sh" || exit $?
# Rounds 1-3 wrote the pattern at 0, 16 and 32 MiB, starting a second
# before each kill: the file holds at least their first 256 KiB.
cd /
for off in 0 16 32; do
	dd if=$dir/img bs=64k skip=$((off * 16)) count=4 2>/dev/null >$dir/got
	dd if=$dir/pat bs=64k count=4 2>/dev/null | cmp -s - $dir/got ||
		fail "backing file lacks the data written at $off MiB"
done
pass
