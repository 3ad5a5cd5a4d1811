#!/bin/sh
# ublk resize -n ID --size SIZE (UBLK_F_UPDATE_SIZE): the block device's
# size changes live. mem grows under a mounted ext4 (online resize2fs, the
# files stay intact) and shrinks unmounted, the kept range verified by fio;
# loop follows its backing file. Where the kernel does not offer the flag,
# resize refuses cleanly and the device is unharmed.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
RESIZE2FS=/usr/sbin/resize2fs
mnt=/tmp/m.$$
img=/tmp/img.$$
on_exit "$UBLK del -a -f"
on_exit "umount $mnt"
on_exit "rm -f $img /tmp/e.$$"
ID=49
sectors() { cat /sys/block/ublkb$ID/size; }

$UBLK add -t mem -n $ID --size 64M >/dev/null || fail "add"
wait_dev /dev/ublkb$ID 5 || fail "no device"
if ! $UBLK features | grep -q 'UBLK_F_UPDATE_SIZE'; then
	$UBLK resize -n $ID --size 128M 2>/tmp/e.$$ && fail "resize on a kernel without UPDATE_SIZE"
	cat /tmp/e.$$
	grep -q UBLK_F_UPDATE_SIZE /tmp/e.$$ || fail "refusal does not name UBLK_F_UPDATE_SIZE"
	[ "$(sectors)" = 131072 ] || fail "size changed by a refused resize"
	skip "kernel lacks UBLK_F_UPDATE_SIZE (resize refused cleanly)"
fi
$UBLK list -n $ID -v | grep -q 'UPDATE_SIZE' || fail "UPDATE_SIZE not asked for at add"

# grow under a mounted ext4
$MKFS_EXT4 -q -F /dev/ublkb$ID || fail "mkfs"
mkdir -p $mnt && mount /dev/ublkb$ID $mnt || fail "mount"
dd if=/dev/urandom of=$mnt/f bs=1M count=32 2>/dev/null && sync
sum0=$(md5sum <$mnt/f)
$UBLK resize -n $ID --size 256M || fail "resize to 256M"
[ "$(sectors)" = 524288 ] || fail "size $(sectors) sectors after growing to 256M"
if [ -x $RESIZE2FS ]; then
	$RESIZE2FS /dev/ublkb$ID >/dev/null 2>&1 || fail "online resize2fs"
	dd if=/dev/urandom of=$mnt/g bs=1M count=150 2>/dev/null || fail "write into the grown fs"
	sync
fi
[ "$(md5sum <$mnt/f)" = "$sum0" ] || fail "file changed by the grow"
umount $mnt || fail "umount"
$E2FSCK -fn /dev/ublkb$ID >/dev/null 2>&1 || fail "fsck after the grow"

# shrink unmounted: the kept range stays
run_fio --name=w --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=write --bs=64k --size=32M --verify=crc32c --do_verify=0 || fail "write"
$UBLK resize -n $ID --size 32M || fail "resize to 32M"
[ "$(sectors)" = 65536 ] || fail "size $(sectors) after shrinking to 32M"
run_fio --name=w --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=read --bs=64k --size=32M --verify=crc32c --do_verify=1 \
	--verify_only=1 || fail "kept range lost by the shrink"
n=$(dd if=/dev/ublkb$ID bs=4k skip=8192 count=1 iflag=direct 2>/dev/null | wc -c)
[ "$n" = 0 ] || fail "read $n bytes past the new end"
# nonsense sizes refused, device unharmed
$UBLK resize -n $ID --size 0 2>/dev/null && fail "resize to 0 accepted"
$UBLK resize -n $ID --size 12345 2>/dev/null && fail "resize to a size not a multiple of the block size accepted"
$UBLK resize -n 77 --size 64M 2>/dev/null && fail "resize of a missing device accepted"
[ "$(sectors)" = 65536 ] || fail "size changed by a refused resize"
$UBLK del -n $ID || fail "del"

# loop follows its file
dd if=/dev/zero of=$img bs=1M count=16 2>/dev/null
$UBLK add -t loop -f $img -n $ID --buffered_io >/dev/null || fail "add loop"
wait_dev /dev/ublkb$ID 5 || fail "no loop device"
truncate -s 48M $img || fail "grow the file"
$UBLK resize -n $ID || fail "resize to the file's size"
[ "$(sectors)" = 98304 ] || fail "loop size $(sectors), want the file's 48M"
run_fio --name=l --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --offset=16M --size=32M --verify=crc32c \
	--do_verify=1 --verify_fatal=1 || fail "verify in the grown range"
$UBLK resize -n $ID --size 1G 2>/dev/null && fail "loop grown past its file"
$UBLK del -n $ID || fail "del loop"
pass
