#!/bin/sh
# Eight devices at once, each verified by its own fio job concurrently.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"

i=10
while [ $i -lt 18 ]; do
	$UBLK add -t mem -n $i --size 16M -d 32 >/dev/null || fail "add $i"
	i=$((i + 1))
done
[ "$($UBLK list | grep -c '^dev id')" -ge 8 ] || fail "list shows fewer than 8"
args=
i=10
while [ $i -lt 18 ]; do
	wait_dev /dev/ublkb$i 5 || fail "no ublkb$i"
	args="$args --name=d$i --filename=/dev/ublkb$i"
	i=$((i + 1))
done
run_fio --direct=1 --ioengine=io_uring --rw=randwrite --bs=4k --iodepth=8 \
	--size=4M --verify=crc32c --do_verify=1 --verify_fatal=1 $args ||
	fail "fio on 8 devices"
[ "$FIO_READ_KB" -ge $((8 * 4096)) ] || fail "verified only ${FIO_READ_KB} KiB"
$UBLK del -a || fail "del -a"
i=10
while [ $i -lt 18 ]; do
	wait_gone /dev/ublkb$i 5 || fail "ublkb$i left"
	i=$((i + 1))
done
pass
