#!/bin/sh
# The kernel's null_blk driver (memory backed) under fio: random reads, then
# a write + verify job. Proves fio, modules and block I/O work in the bed.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"

require_cmd fio
[ "${UBLKD_IN_VM:-0}" = 1 ] || [ ! -b /dev/nullb0 ] ||
	skip "a null_blk device already exists on this host"
load_module null_blk nr_devices=1 memory_backed=1 gb=1 bs=4096 \
	queue_mode=2 irqmode=0
on_exit "rmmod null_blk"
wait_dev /dev/nullb0 5 || fail "/dev/nullb0 did not appear"
size=$($BLOCKDEV --getsize64 /dev/nullb0) || fail "blockdev failed"
[ "$size" = 1073741824 ] || fail "nullb0 is $size bytes, want 1 GiB"

common="--filename=/dev/nullb0 --direct=1 --ioengine=io_uring"
run_fio --name=randread $common --rw=randread --bs=4k --iodepth=16 \
	--size=64M --runtime=3 --time_based || fail "fio randread failed"
[ "$FIO_READ_IOPS" -gt 0 ] || fail "randread did no I/O"
[ "$FIO_READ_KB" -gt 0 ] || fail "randread read nothing"

run_fio --name=verify $common --rw=randwrite --bs=4k --iodepth=8 \
	--verify=crc32c --do_verify=1 --verify_fatal=1 --size=16M ||
	fail "fio write+verify failed"
[ "$FIO_WRITE_KB" -ge 16384 ] || fail "verify job wrote ${FIO_WRITE_KB} KiB, want 16384"
[ "$FIO_READ_KB" -ge 16384 ] || fail "verify job read back ${FIO_READ_KB} KiB, want 16384"
pass
