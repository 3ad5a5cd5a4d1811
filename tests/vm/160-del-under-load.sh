#!/bin/sh
# `ublk del` while fio hammers the device: del returns within seconds, the
# device is gone, fio ends with errors instead of hanging. Where the kernel
# grants SAFE_STOP_DEV, a plain del refuses the open device first.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"

$UBLK add -t mem -n 6 -q 2 --size 64M >/dev/null || fail "add"
wait_dev /dev/ublkb6 5 || fail "no device"
fio --name=load --filename=/dev/ublkb6 --direct=1 --ioengine=io_uring \
	--rw=randrw --bs=4k --iodepth=32 --numjobs=2 --time_based \
	--runtime=60 >/tmp/fio.$$ 2>&1 &
fpid=$!
on_exit "kill -9 $fpid"
sleep 2
force=
if dev_has_flag 6 SAFE_STOP_DEV; then
	# the kernel refuses to stop an open device (TRY_STOP_DEV): del says
	# so at once and the I/O goes on; --force pulls it
	timeout 30 $UBLK del -n 6 2>/tmp/e.$$
	rc=$?
	cat /tmp/e.$$
	[ $rc = 1 ] || fail "del of an open device: exit $rc, want 1"
	grep -q "is open" /tmp/e.$$ || fail "no 'is open' message"
	$UBLK list -n 6 | grep -q 'state LIVE' || fail "device not live after refused del"
	kill -0 $fpid 2>/dev/null || fail "fio died after a refused del"
	force=--force
fi
t0=$(date +%s)
timeout 30 $UBLK del -n 6 $force || fail "del $force failed or hung"
t1=$(date +%s)
info "del took $((t1 - t0)) s under load"
[ $((t1 - t0)) -le 15 ] || fail "del took $((t1 - t0)) s"
wait_gone /dev/ublkb6 5 || fail "device node still there"
n=0
while kill -0 $fpid 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
kill -0 $fpid 2>/dev/null && fail "fio still running 10 s after del"
pass
