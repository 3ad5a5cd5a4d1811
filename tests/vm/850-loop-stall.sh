#!/bin/sh
# A backend that stalls for 10 s (UBLKD_TEST_LOOP_STALL: the loop target's
# backing I/O for sectors 32768+2048, 16-17 MiB, waits 10 s in a TIMEOUT
# on the queue's own ring). One queue: while a read and a write of the
# stalled range wait, fio with crc32c verify on another range of the same
# queue runs to the end; then the stalled read returns the backing's data
# (not zeroes), the stalled write lands, no EIO, the device is LIVE. And
# a `del -f` while a request is stalled finishes within its bound and the
# device goes.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
ID=50
D=/dev/ublkb$ID
d=/tmp/s850.$$
mkdir -p $d
on_exit "rm -rf $d"
on_exit "$UBLK del -a -f"
STALL_MS=10000
dd if=/dev/urandom of=$d/img bs=1M count=64 2>/dev/null || fail "backing file"
dd if=/dev/urandom of=$d/pat bs=512k count=1 2>/dev/null || fail "pattern"
# what the stalled read must return: the backing's first half of 16 MiB
dd if=$d/img of=$d/want bs=512k skip=32 count=1 2>/dev/null

UBLKD_TEST_LOOP_STALL=32768:2048:$STALL_MS loop_add $ID -f $d/img -q 1
cat /tmp/loop-add.$$ $RUN/ublkb$ID.log 2>/dev/null | grep -q "test stall" || fail "the daemon did not take the stall switch"

t0=$(now_ms)
dd if=$D of=$d/got bs=512k skip=32 count=1 iflag=direct 2>$d/rd.err &
rd=$!
dd if=$d/pat of=$D bs=512k seek=33 count=1 oflag=direct 2>$d/wr.err &
wr=$!
sleep 0.5
# the other range, the same queue: runs to the end during the stall
run_fio --name=other --filename=$D --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=8 --offset=32M --size=2M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 --randrepeat=0 ||
	fail "fio on the other range failed during the stall"
t1=$(now_ms)
ios=$((FIO_WRITE_KB / 4 * 2))	# each block written and read back
kill -0 $rd 2>/dev/null || fail "the stalled read ended before fio did ($((t1 - t0)) ms): no stall"
info "during the stall: fio wrote and verified $FIO_WRITE_KB KiB ($ios IOs) in $((t1 - t0)) ms; the stalled read still waits"
wait $rd || fail "stalled read failed: $(cat $d/rd.err)"
rc_wr=0; wait $wr || rc_wr=$?
t2=$(now_ms)
[ $rc_wr = 0 ] || fail "stalled write failed: $(cat $d/wr.err)"
info "stalled read + write done after $((t2 - t0)) ms"
[ $((t2 - t0)) -ge $((STALL_MS - 1000)) ] || fail "the stall lasted only $((t2 - t0)) ms"
cmp -s $d/got $d/want || {
	if cmp -s $d/got /dev/zero 2>/dev/null; then fail "stalled read returned zeroes"; fi
	fail "stalled read returned the wrong data"
}
dd if=$d/img of=$d/back bs=512k skip=33 count=1 2>/dev/null
cmp -s $d/back $d/pat || fail "the stalled write is not in the backing file"
$UBLK list -n $ID | grep -q 'state LIVE' || fail "device not LIVE after the stall: $($UBLK list -n $ID)"
dmesg | grep -q 'I/O error' && fail "the kernel logged an I/O error: $(dmesg | grep 'I/O error' | head -n 3)"

# del while a read waits in the stall: bounded, and the read is never
# silently wrong (it returns the data or fails)
dd if=$D of=$d/got2 bs=512k skip=32 count=1 iflag=direct 2>$d/rd2.err &
rd=$!
sleep 1
t3=$(now_ms)
# dd holds the disk open: plain del refuses that where SAFE_STOP_DEV is
# granted (7.x), so --force; it may say "deletion pending" (exit 1) if dd
# still holds the disk when it stops waiting
rc=0
timeout 40 $UBLK del -f -n $ID >$d/del.out 2>&1 || rc=$?
t4=$(now_ms)
info "del -f with a stalled request: exit $rc after $((t4 - t3)) ms: $(cat $d/del.out)"
[ $rc != 124 ] || fail "del hung (40 s)"
[ $rc = 0 ] || grep -q "deletion pending" $d/del.out || fail "del during a stall: $(cat $d/del.out)"
[ $((t4 - t3)) -lt 30000 ] || fail "del took $((t4 - t3)) ms, past its 30 s bound"
wait_gone /dev/ublkc$ID 15 || fail "/dev/ublkc$ID still there 15 s after del"
if wait $rd; then
	cmp -s $d/got2 $d/want || fail "the read stalled across del succeeded with wrong data"
	info "the read stalled across del completed with the right data"
else
	info "the read stalled across del failed: $(tail -n 1 $d/rd2.err)"
fi
pass
