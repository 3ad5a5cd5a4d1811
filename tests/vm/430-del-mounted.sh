#!/bin/sh
# `ublk del` of a device with a mounted filesystem: refuses at once with a
# clear error (no hang, nothing lost); --force deletes it anyway.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
mnt=/tmp/m.$$
on_exit "$UBLK del -a -f"
on_exit "umount $mnt"

$UBLK add -t mem -n 41 --size 64M >/dev/null || fail "add"
wait_dev /dev/ublkb41 5 || fail "no device"
$MKFS_EXT4 -q -F /dev/ublkb41 || fail "mkfs"
mkdir -p $mnt && mount /dev/ublkb41 $mnt || fail "mount"
echo data >$mnt/f
timeout 20 $UBLK del -n 41 2>/tmp/e.$$
rc=$?
cat /tmp/e.$$
[ $rc = 1 ] || fail "del of a mounted device: exit $rc, want 1"
grep -q "in use" /tmp/e.$$ || fail "no 'in use' message"
[ "$(cat $mnt/f)" = data ] || fail "filesystem damaged by the refused del"
$UBLK list -n 41 | grep -q 'state LIVE' || fail "device not live after refused del"
t0=$(now_ms)
timeout 30 $UBLK del -n 41 --force || fail "del --force failed or hung"
t1=$(now_ms)
info "del --force of a mounted device took $((t1 - t0)) ms"
[ $((t1 - t0)) -lt 15000 ] || fail "del --force took $((t1 - t0)) ms"
# The disk is dead now; it vanishes once the filesystem lets go.
umount $mnt 2>/dev/null || umount -l $mnt
wait_gone /dev/ublkb41 10 || fail "device still there after --force and umount"
$UBLK list -n 41 >/dev/null 2>&1 && fail "device still listed"
pass
