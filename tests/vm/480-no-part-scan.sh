#!/bin/sh
# --no_auto_part_scan (UBLK_F_NO_AUTO_PART_SCAN): a loop device over an
# image with an MBR partition table gets /dev/ublkbNp1 by default and none
# with the flag (until asked: blockdev --rereadpt). Where the kernel does
# not offer the flag, add refuses it cleanly.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"
img=/tmp/img.$$
on_exit "rm -f $img /tmp/e.$$"
ID=48

# an MBR: one Linux partition (type 0x83) at LBA 2048, 8192 sectors
dd if=/dev/zero of=$img bs=1M count=16 2>/dev/null
printf '\000\000\000\000\203\000\000\000\000\010\000\000\000\040\000\000' |
	dd of=$img bs=1 seek=446 conv=notrunc 2>/dev/null
printf '\125\252' | dd of=$img bs=1 seek=510 conv=notrunc 2>/dev/null

$UBLK add -t loop -f $img -n $ID --buffered_io >/dev/null || fail "add"
wait_dev /dev/ublkb$ID 5 || fail "no device"
wait_dev /dev/ublkb${ID}p1 5 || fail "no partition with the default scan"
[ "$(cat /sys/block/ublkb$ID/ublkb${ID}p1/size)" = 8192 ] || fail "partition size"
$UBLK del -n $ID || fail "del"
wait_gone /dev/ublkb$ID 5 || fail "not gone"

if ! $UBLK features | grep -q 'UBLK_F_NO_AUTO_PART_SCAN'; then
	$UBLK add -t loop -f $img -n $ID --no_auto_part_scan 2>/tmp/e.$$ >/dev/null &&
		fail "--no_auto_part_scan accepted by a kernel without it"
	cat /tmp/e.$$
	grep -q UBLK_F_NO_AUTO_PART_SCAN /tmp/e.$$ || fail "refusal does not name the flag"
	[ -e /dev/ublkb$ID ] && fail "device left behind"
	skip "kernel lacks UBLK_F_NO_AUTO_PART_SCAN (refused cleanly)"
fi
$UBLK add -t loop -f $img -n $ID --buffered_io --no_auto_part_scan >/dev/null || fail "add --no_auto_part_scan"
wait_dev /dev/ublkb$ID 5 || fail "no device"
sleep 1
[ -e /dev/ublkb${ID}p1 ] && fail "partition scanned despite --no_auto_part_scan"
$BLOCKDEV --rereadpt /dev/ublkb$ID || fail "rereadpt"
wait_dev /dev/ublkb${ID}p1 5 || fail "no partition after rereadpt"
$UBLK del -n $ID || fail "del"
pass
