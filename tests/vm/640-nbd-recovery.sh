#!/bin/sh
# 400-recovery-mem.sh on the nbd target (nbdkit file over a unix socket,
# two queues: two connections): the recovered daemon connects to the
# export again (the state file replays --unix) and every acknowledged
# write is there; afterwards the export's file holds them too.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
dir=/tmp/nbdrec.$$
mkdir -p $dir
on_exit "rm -rf $dir"
truncate -s 64M $dir/img || fail "export file"
nbdkit_start rec -U $dir/sock file $dir/img
RECOVERY_TGT="-t nbd --unix $dir/sock" RECOVERY_ID=67 RECOVERY_PAT=$dir/pat \
	sh "$UBLKD_ROOT/tests/vm/400-recovery-mem.sh" || exit $?
for off in 0 16 32; do
	dd if=$dir/img bs=64k skip=$((off * 16)) count=4 2>/dev/null >$dir/got
	dd if=$dir/pat bs=64k count=4 2>/dev/null | cmp -s - $dir/got ||
		fail "the export lacks the data written at $off MiB"
done
pass
