#!/bin/sh
# ext4 on a mem device: mkfs, mount, files, umount, fsck clean, remount and
# compare checksums.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd $MKFS_EXT4 $E2FSCK
mnt=/tmp/mnt.$$
on_exit "$UBLK del -a"
on_exit "umount $mnt"

$UBLK add -t mem -n 2 -q 2 --size 256M >/dev/null || fail "add"
wait_dev /dev/ublkb2 5 || fail "no device"
$MKFS_EXT4 -q -F /dev/ublkb2 || fail "mkfs.ext4"
mkdir -p $mnt
mount -t ext4 /dev/ublkb2 $mnt || fail "mount"
i=0
while [ $i -lt 20 ]; do
	dd if=/dev/urandom of=$mnt/f$i bs=64k count=$((i + 1)) 2>/dev/null ||
		fail "write f$i"
	i=$((i + 1))
done
(cd $mnt && sha256sum f*) >/tmp/sums.$$
umount $mnt || fail "umount"
$E2FSCK -f -n /dev/ublkb2 || fail "fsck found errors"
mount -t ext4 /dev/ublkb2 $mnt || fail "remount"
(cd $mnt && sha256sum -c /tmp/sums.$$ >/dev/null) || fail "checksums differ"
umount $mnt || fail "umount 2"
pass
