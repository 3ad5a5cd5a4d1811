#!/bin/sh
# mem target under fio --verify=crc32c: bs 512..1M, iodepth 1..128,
# 1 and 4 queues, logical block size 512 and 4096.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"

verify() {	# dev bs iodepth
	run_fio --name="v$2_$3" --filename="$1" --direct=1 --ioengine=io_uring \
		--rw=randwrite --bs="$2" --iodepth="$3" --size=8M \
		--verify=crc32c --do_verify=1 --verify_fatal=1 \
		--randrepeat=0 || fail "verify bs=$2 iodepth=$3 on $1 failed"
	[ "$FIO_READ_KB" -ge 8192 ] || fail "verify read back only ${FIO_READ_KB} KiB"
}

for q in 1 4; do
	for lbs in 512 4096; do
		$UBLK add -t mem -n 1 -q $q -d 128 --size 64M \
			--logical_block_size $lbs >/dev/null || fail "add q=$q lbs=$lbs"
		wait_dev /dev/ublkb1 5 || fail "no /dev/ublkb1"
		got=$(cat /sys/block/ublkb1/queue/logical_block_size)
		[ "$got" = $lbs ] || fail "logical_block_size $got, want $lbs"
		[ "$(cat /sys/block/ublkb1/size)" = 131072 ] ||
			fail "size not 131072 sectors with lbs $lbs"
		if [ $lbs = 512 ]; then verify /dev/ublkb1 512 1; fi
		verify /dev/ublkb1 4k 32
		verify /dev/ublkb1 64k 128
		verify /dev/ublkb1 1M 8
		info "q=$q lbs=$lbs ok"
		$UBLK del -n 1 || fail "del"
		wait_gone /dev/ublkb1 5 || fail "ublkb1 not gone"
	done
done
pass
