#!/bin/sh
# `ublk del -a` with 8 devices under fio load: every device goes, within
# bounded time, and fio ends (with --force where the kernel refuses to stop
# an open device).
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"

args=
i=50
while [ $i -lt 58 ]; do
	$UBLK add -t mem -n $i --size 8M -d 16 >/dev/null || fail "add $i"
	wait_dev /dev/ublkb$i 5 || fail "no ublkb$i"
	args="$args --name=d$i --filename=/dev/ublkb$i"
	i=$((i + 1))
done
ios() { awk '{ print $1 + $5 }' /sys/block/ublkb$1/stat; }	# reads + writes
i=50
while [ $i -lt 58 ]; do eval base$i=$(ios $i); i=$((i + 1)); done
fio --direct=1 --ioengine=io_uring --rw=randrw --bs=4k --iodepth=4 \
	--time_based --runtime=120 $args >/dev/null 2>&1 &
fpid=$!
on_exit "kill -9 $fpid"
# under load only once fio has opened every device and does I/O on it
# (a loaded host starts eight jobs slowly)
n=0
while [ $n -lt 300 ]; do
	busy=0 i=50
	while [ $i -lt 58 ]; do
		eval b=\$base$i
		[ $(($(ios $i) - b)) -ge 50 ] && busy=$((busy + 1))
		i=$((i + 1))
	done
	[ $busy = 8 ] && break
	sleep 0.1
	n=$((n + 1))
done
[ $busy = 8 ] || fail "fio did not reach all 8 devices in 30 s ($busy)"
force=
if dev_has_flag 50 SAFE_STOP_DEV; then
	# TRY_STOP_DEV: every open device refused, none lost
	timeout 60 $UBLK del -a 2>/tmp/e.$$
	rc=$?
	[ $rc = 1 ] || fail "del -a of open devices: exit $rc, want 1"
	[ "$(grep -c 'is open' /tmp/e.$$)" = 8 ] || fail "not 8 refusals: $(cat /tmp/e.$$)"
	[ "$(ls /dev/ublkb* | wc -l)" = 8 ] || fail "a refused device went"
	force=--force
fi
t0=$(now_ms)
timeout 60 $UBLK del -a $force || fail "del -a $force failed or hung"
t1=$(now_ms)
info "del -a of 8 loaded devices: $((t1 - t0)) ms"
ls /dev/ublkb* >/dev/null 2>&1 && fail "devices left: $(ls /dev/ublkb*)"
n=0
while kill -0 $fpid 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
kill -0 $fpid 2>/dev/null && fail "fio still running 10 s after del -a"
pass
