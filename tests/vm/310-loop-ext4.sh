#!/bin/sh
# ext4 on a loop device over a file: mkfs, mount, files, umount, fsck
# clean; del and re-add on the same file: the files are still there.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd $MKFS_EXT4 $E2FSCK
back=/tmp/loope.$$
mnt=/tmp/loope-mnt.$$
loop_fs $back
on_exit "$UBLK del -a"
on_exit "umount $mnt"
on_exit "rm -f /tmp/sums.$$"
f=$back/disk.img
truncate -s 256M $f || fail "truncate"

loop_add 32 -q 2 -f $f
$MKFS_EXT4 -q -F /dev/ublkb32 || fail "mkfs.ext4 on ublkb32"
mkdir -p $mnt
mount -t ext4 /dev/ublkb32 $mnt || fail "mount"
i=0
while [ $i -lt 20 ]; do
	dd if=/dev/urandom of=$mnt/f$i bs=64k count=$((i * 3 + 1)) 2>/dev/null ||
		fail "write f$i"
	i=$((i + 1))
done
mkdir $mnt/d && cp $mnt/f1* $mnt/d/ || fail "copy into a directory"
sync
(cd $mnt && sha256sum f* d/*) >/tmp/sums.$$
umount $mnt || fail "umount"
$E2FSCK -f -n /dev/ublkb32 || fail "fsck found errors"
loop_del 32

# the filesystem lives in the file: a new device on it sees everything
$E2FSCK -f -n $f || fail "fsck of the backing file found errors"
loop_add 33 -f $f
mount -t ext4 /dev/ublkb33 $mnt || fail "remount on ublkb33"
(cd $mnt && sha256sum -c /tmp/sums.$$ >/dev/null) || fail "checksums differ"
umount $mnt || fail "umount 2"
loop_del 33
pass
