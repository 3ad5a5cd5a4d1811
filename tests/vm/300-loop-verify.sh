#!/bin/sh
# loop target on a file (ext4, O_DIRECT) under fio --verify=crc32c: bs 4k,
# 64k, 1M x iodepth 1, 32 x 1 and 2 queues; then the same file buffered.
# The device has the file's size, FLUSH/FUA advertised, describe is right.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio $MKFS_EXT4
mnt=/tmp/loopv.$$
loop_fs $mnt
on_exit "$UBLK del -a"
f=$mnt/backing
truncate -s 64M $f || fail "truncate"

check_dev() {	# id direct
	[ "$($BLOCKDEV --getsize64 /dev/ublkb$1)" = 67108864 ] ||
		fail "ublkb$1 is not 64 MiB"
	[ "$(cat /sys/block/ublkb$1/queue/write_cache)" = "write back" ] ||
		fail "volatile cache not advertised"
	[ "$(cat /sys/block/ublkb$1/queue/fua)" = 1 ] || fail "FUA not advertised"
	j=$(loop_json $1)
	info "$j"
	for want in '"name":"loop"' "\"backing_file\":\"$f\"" \
		'"dev_size":67108864' "\"direct_io\":$2" '"offset":0'; do
		echo "$j" | grep -qF "$want" || fail "describe lacks $want: $j"
	done
}

for q in 1 2; do
	loop_add 30 -q $q -f $f
	check_dev 30 1
	for bs in 4k 64k 1M; do
		for qd in 1 32; do
			sz=8M kb=8192
			[ $bs = 1M ] && sz=16M kb=16384
			fio_verify /dev/ublkb30 $bs $qd $sz
			[ "$FIO_READ_KB" -ge $kb ] ||
				fail "verify read back only ${FIO_READ_KB} KiB"
		done
	done
	info "direct q=$q ok"
	loop_del 30
done

loop_add 31 -q 2 --buffered_io -f $f
check_dev 31 0
fio_verify /dev/ublkb31 4k 32 16M
fio_verify /dev/ublkb31 1M 1 16M
# mixed random read/write with verify, both queues busy
fio_verify /dev/ublkb31 16k 32 32M --numjobs=2 --offset_increment=32M
loop_del 31
pass
