#!/bin/sh
# Read-only backings make a read-only device that still reads: a loop
# device set up with losetup -r, one made read-only with blockdev --setro,
# and a file under a read-only bind mount. Writes fail, the backing is
# untouched, the device keeps serving reads.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd $LOSETUP
back=/tmp/loopr.$$
ro=/tmp/loopr-ro.$$
loop_fs $back
f=$back/disk.img
dd if=/dev/urandom of=$f bs=1M count=16 2>/dev/null || fail "backing"
sum() { sha256sum "$1" | cut -d' ' -f1; }
s0=$(sum $f)

check_ro() {	# what
	grep -q "read-only" /tmp/loop-add.$$ ||
		fail "$1: no read-only notice from add"
	[ "$(cat /sys/block/ublkb38/ro)" = 1 ] ||
		fail "$1: /sys/block/ublkb38/ro is not 1"
	[ "$(sum /dev/ublkb38)" = "$s0" ] || fail "$1: reads differ from the file"
	dd if=/dev/zero of=/dev/ublkb38 bs=4096 count=1 oflag=direct 2>/dev/null &&
		fail "$1: a direct write to the read-only device succeeded"
	dd if=/dev/zero of=/dev/ublkb38 bs=4096 count=1 conv=fsync 2>/dev/null &&
		fail "$1: a buffered write to the read-only device succeeded"
	echo 3 >/proc/sys/vm/drop_caches
	[ "$(sum /dev/ublkb38)" = "$s0" ] || fail "$1: reads changed after writes"
	$UBLK list -n 38 | grep -q LIVE || fail "$1: device not LIVE any more"
	loop_del 38
	[ "$(sum $f)" = "$s0" ] || fail "$1: the backing file changed"
	info "$1 ok"
}

on_exit "$UBLK del -a"
lo=$($LOSETUP -f --show -r $f) || fail "losetup -r"
loop_add 38 -f $lo
check_ro "losetup -r"
$LOSETUP -d $lo

lo=$($LOSETUP -f --show $f) || fail "losetup"
on_exit "$LOSETUP -d $lo"
# the read-only flag outlives the loop set-up: clear it for the next user
on_exit "$BLOCKDEV --setrw $lo"
on_exit "$UBLK del -a"
$BLOCKDEV --setro $lo || fail "blockdev --setro"
loop_add 38 -f $lo
check_ro "blockdev --setro"
$BLOCKDEV --setrw $lo || fail "blockdev --setrw"
$LOSETUP -d $lo

mkdir -p $ro
mount -o bind $back $ro || fail "bind mount"
on_exit "umount $ro"
on_exit "$UBLK del -a"
mount -o remount,bind,ro $ro || fail "remount the bind mount read-only"
touch $ro/x 2>/dev/null && fail "the bind mount is still writable"
loop_add 38 -f $ro/disk.img
check_ro "read-only bind mount"
pass
