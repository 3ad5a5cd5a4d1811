#!/bin/sh
# A backing file on a nearly full filesystem: writes that need new blocks
# fail with an I/O error (ENOSPC in the daemon's log), the device stays up,
# the data written before is intact and overwrites in place still work.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd $LOSETUP $MKFS_EXT4
img=/tmp/loopns.$$.img
mnt=/tmp/loopns.$$
on_exit "rm -f $img /tmp/pat.$$ /tmp/r.$$"
truncate -s 24M $img || fail "truncate"
lo=$($LOSETUP -f --show $img) || fail "losetup"
on_exit "$LOSETUP -d $lo"
$MKFS_EXT4 -q -F -O ^has_journal $lo || fail "mkfs"
mkdir -p $mnt
mount -t ext4 $lo $mnt || fail "mount"
on_exit "umount $mnt"
on_exit "$UBLK del -a"
dd if=/dev/urandom of=/tmp/pat.$$ bs=1M count=2 2>/dev/null

for opt in "" --buffered_io; do
	f=$mnt/disk.img
	rm -f $mnt/filler $f
	truncate -s 64M $f || fail "truncate backing"
	loop_add 40 $opt -f $f
	# 2 MiB at 1 MiB: allocated while there is room
	dd if=/tmp/pat.$$ of=/dev/ublkb40 bs=1M seek=1 oflag=direct \
		2>/dev/null || fail "$opt: first write"
	# fill the filesystem
	dd if=/dev/zero of=$mnt/filler bs=1M 2>/dev/null
	sync
	info "$opt: free after filling: $(df -k $mnt | tail -n 1)"
	dd if=/dev/urandom of=/dev/ublkb40 bs=1M seek=16 count=16 \
		oflag=direct 2>/tmp/r.$$ &&
		fail "$opt: 16 MiB of new data fit in a full filesystem"
	cat /tmp/r.$$
	grep -qi "error" /tmp/r.$$ || fail "$opt: dd did not report an I/O error"
	$UBLK list -n 40 | grep -q "state LIVE" ||
		fail "$opt: the device is not LIVE after ENOSPC"
	echo 3 >/proc/sys/vm/drop_caches
	dd if=/dev/ublkb40 of=/tmp/r.$$ bs=1M skip=1 count=2 2>/dev/null ||
		fail "$opt: read after ENOSPC"
	cmp -s /tmp/r.$$ /tmp/pat.$$ || fail "$opt: earlier data damaged"
	# overwriting allocated blocks needs no space
	dd if=/tmp/pat.$$ of=/dev/ublkb40 bs=1M seek=1 count=1 skip=1 \
		oflag=direct 2>/dev/null || fail "$opt: overwrite in place failed"
	grep -q "No space left on device" /run/ublkd/ublkb40.log ||
		fail "$opt: no ENOSPC in the daemon's log"
	loop_del 40
	info "${opt:-direct}: ok"
done
pass
