#!/bin/sh
# The README's main job, run in the VM: create a RAM-backed ublk device,
# put ext4 on it, write and verify files, print throughput, tear it down.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
mnt=/tmp/demo
on_exit "umount $mnt"
on_exit "$UBLK del -n 0"

echo "== ublk add -t mem --size 512M -q 2"
$UBLK add -t mem -n 0 --size 512M -q 2 || fail "add"
wait_dev /dev/ublkb0 5 || fail "no /dev/ublkb0"
echo "== mkfs.ext4 /dev/ublkb0 and mount"
$MKFS_EXT4 -q -F /dev/ublkb0 || fail "mkfs"
mkdir -p $mnt && mount -t ext4 /dev/ublkb0 $mnt || fail "mount"
echo "== write 8 x 16 MiB files of random data, with checksums"
dd if=/dev/urandom of=/tmp/src bs=1M count=16 2>/dev/null
t0=$(now_ms)
i=0
while [ $i -lt 8 ]; do
	cp /tmp/src $mnt/file$i || fail "write file$i"
	i=$((i + 1))
done
sync
t1=$(now_ms)
echo "== remount (drops the page cache) and verify"
umount $mnt && mount -t ext4 /dev/ublkb0 $mnt || fail "remount"
want=$(sha256sum </tmp/src | cut -d' ' -f1)
t2=$(now_ms)
for f in $mnt/file*; do
	got=$(sha256sum <"$f" | cut -d' ' -f1)
	[ "$got" = "$want" ] || fail "$f: checksum mismatch"
done
t3=$(now_ms)
ms_w=$((t1 - t0)); ms_r=$((t3 - t2))
echo "all 8 files verified (sha256 $want)"
echo "write 128 MiB: ${ms_w} ms ($((128 * 1000 / (ms_w + 1))) MiB/s)," \
	"read+verify 128 MiB: ${ms_r} ms ($((128 * 1000 / (ms_r + 1))) MiB/s)" \
	"(emulated VM: compare ratios, not absolutes)"
umount $mnt || fail "umount"
$E2FSCK -f -n /dev/ublkb0 >/dev/null || fail "fsck"
echo "== fsck clean; ublk list"
$UBLK list -n 0
echo "== ublk del -n 0"
$UBLK del -n 0 || fail "del"
wait_gone /dev/ublkb0 5 || fail "device still there"
echo "demo OK"
