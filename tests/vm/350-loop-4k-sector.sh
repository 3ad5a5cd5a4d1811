#!/bin/sh
# A backing block device with 4096-byte sectors (the kernel loop driver,
# --sector-size 4096): the ublk device takes its logical block size, even
# when a smaller one is asked for; data verifies; discard passes through.
# And brd (512 logical / page-size physical): the physical size follows.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio $LOSETUP $BLKDISCARD
back=/tmp/loop4k.$$
loop_fs $back
f=$back/lo.img
truncate -s 64M $f || fail "truncate"
lo=$($LOSETUP -f --show --sector-size 4096 --direct-io=on $f) ||
	skip "losetup --sector-size 4096 failed"
on_exit "$LOSETUP -d $lo"
on_exit "$UBLK del -a"
lob=/sys/block/${lo#/dev/}/queue
[ "$(cat $lob/logical_block_size)" = 4096 ] ||
	fail "$lo has logical block size $(cat $lob/logical_block_size)"

sysq=/sys/block/ublkb37/queue
loop_add 37 -q 2 --logical_block_size 512 -f $lo
cat /tmp/loop-add.$$
grep -q "below the backing" /tmp/loop-add.$$ ||
	fail "no notice that --logical_block_size 512 was raised"
[ "$(cat $sysq/logical_block_size)" = 4096 ] ||
	fail "ublkb37 logical_block_size $(cat $sysq/logical_block_size), want 4096"
[ "$($BLOCKDEV --getsize64 /dev/ublkb37)" = 67108864 ] || fail "size"
fio_verify /dev/ublkb37 4k 16 16M
fio_verify /dev/ublkb37 64k 32 16M --offset=32M
fio_verify /dev/ublkb37 1M 4 16M --offset=48M

if [ "$(cat $lob/discard_max_bytes)" -gt 0 ]; then
	[ "$(cat $sysq/discard_max_bytes)" -gt 0 ] ||
		fail "backing $lo discards, ublkb37 does not advertise it"
	sync
	b0=$(stat -c %b $f)
	$BLKDISCARD -o 33554432 -l 16777216 /dev/ublkb37 || fail "blkdiscard"
	$BLKDISCARD -z -o 0 -l 4096 /dev/ublkb37 || fail "blkdiscard -z"
	sync
	b1=$(stat -c %b $f)
	info "backing file: $b0 sectors allocated before discard, $b1 after"
	[ $((b0 - b1)) -ge 32000 ] || fail "discard through $lo freed too little"
	echo 3 >/proc/sys/vm/drop_caches
	dd if=/dev/ublkb37 bs=4096 skip=8192 count=4096 2>/dev/null | tr -d '\0' |
		wc -c | grep -qx 0 || fail "discarded range does not read zero"
	dd if=/dev/ublkb37 bs=4096 count=1 2>/dev/null | tr -d '\0' |
		wc -c | grep -qx 0 || fail "zeroed block does not read zero"
else
	[ "$(cat $sysq/discard_max_bytes)" = 0 ] ||
		fail "ublkb37 advertises discard, the backing does not"
	info "$lo does not discard: not advertised"
fi
loop_del 37

# brd: 512-byte logical, physical block size = page size
if modprobe brd rd_nr=1 rd_size=16384 2>/dev/null && wait_dev /dev/ram0 5
then
	on_exit "rmmod brd"
	loop_add 37 -f /dev/ram0
	[ "$(cat $sysq/logical_block_size)" = \
	  "$(cat /sys/block/ram0/queue/logical_block_size)" ] ||
		fail "brd: logical block size does not follow the backing"
	[ "$(cat $sysq/physical_block_size)" = \
	  "$(cat /sys/block/ram0/queue/physical_block_size)" ] ||
		fail "brd: physical block size does not follow the backing"
	fio_verify /dev/ublkb37 4k 16 8M
	loop_del 37
	info "brd ok"
else
	info "brd not available: not tested"
fi
pass
