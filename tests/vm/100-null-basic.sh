#!/bin/sh
# null target: add prints the device as list does, /dev/ublkbN has the size
# asked for (in 512-byte sectors), serves fio, and del removes it.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"

out=$($UBLK add -t null -n 0 --size 1G) || fail "add failed: $out"
echo "$out"
echo "$out" | grep -q '^dev id 0: nr_hw_queues 1 queue_depth 128 block size 512 dev_capacity 2097152$' ||
	fail "add did not print the list header line"
echo "$out" | grep -q 'state LIVE' || fail "device not LIVE"
wait_dev /dev/ublkb0 5 || fail "/dev/ublkb0 missing"
[ "$($BLOCKDEV --getsize64 /dev/ublkb0)" = 1073741824 ] || fail "size is not 1 GiB"
[ "$(cat /sys/block/ublkb0/size)" = 2097152 ] || fail "sysfs size not 2097152 sectors"

run_fio --name=rr --filename=/dev/ublkb0 --direct=1 --ioengine=io_uring \
	--rw=randread --bs=4k --iodepth=32 --size=256M --runtime=2 --time_based ||
	fail "fio on null failed"
[ "$FIO_READ_IOPS" -gt 0 ] || fail "no I/O"
run_fio --name=w --filename=/dev/ublkb0 --direct=1 --ioengine=io_uring \
	--rw=write --bs=128k --iodepth=4 --size=64M || fail "fio write failed"

$UBLK list -n 0 | grep -q "^dev id 0:" || fail "list -n 0"
$UBLK del -n 0 || fail "del failed"
wait_gone /dev/ublkb0 5 || fail "/dev/ublkb0 still there after del"
wait_gone /dev/ublkc0 5 || fail "/dev/ublkc0 still there after del"
$UBLK list -n 0 >/dev/null 2>&1 && fail "list -n 0 still finds the device"
pass
