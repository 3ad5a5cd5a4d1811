#!/bin/sh
# Live upgrade (UBLK_F_QUIESCE, needs -r 1): `ublk recover --upgrade`
# quiesces the device (the running daemon finishes its in-flight I/O and
# exits, the kernel holds new I/O) and starts a new daemon that takes over.
# Three upgrades in a row under a running fio verify job: no I/O error, no
# verify error. `ublk quiesce` alone leaves the device QUIESCED for a later
# `ublk recover`. Where the kernel does not offer QUIESCE (or without -r 1),
# both refuse cleanly and the device keeps serving.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a -f"
on_exit "rm -f /tmp/e.$$ /tmp/fio.$$"
ID=51
state() { $UBLK list -n $ID | sed -n 's/.*state \([A-Z_]*\).*/\1/p'; }
daemon_pid() { $UBLK list -n $ID | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'; }

# without -r 1: refused
$UBLK add -t null -n $ID >/dev/null || fail "add"
$UBLK quiesce -n $ID 2>/tmp/e.$$ && fail "quiesce of a device without -r 1"
grep -q -- '-r 1' /tmp/e.$$ || fail "refusal does not say -r 1: $(cat /tmp/e.$$)"
[ "$(state)" = LIVE ] || fail "device not live after a refused quiesce"
$UBLK del -n $ID || fail "del"
wait_gone /dev/ublkb$ID 5

$UBLK add -t mem --size 64M -n $ID -r 1 >/dev/null || fail "add -r 1"
wait_dev /dev/ublkb$ID 5 || fail "no device"
if ! $UBLK features | grep -q 'UBLK_F_QUIESCE'; then
	$UBLK recover --upgrade -n $ID 2>/tmp/e.$$ && fail "upgrade without QUIESCE"
	cat /tmp/e.$$
	grep -q UBLK_F_QUIESCE /tmp/e.$$ || fail "refusal does not name UBLK_F_QUIESCE"
	[ "$(state)" = LIVE ] || fail "device not live after a refused upgrade"
	skip "kernel lacks UBLK_F_QUIESCE (upgrade refused cleanly)"
fi
$UBLK list -n $ID -v | grep -q 'QUIESCE' || fail "QUIESCE not asked for at add"

fio --name=u --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --size=32M --verify=crc32c \
	--verify_backlog=256 --verify_fatal=1 --time_based --runtime=30 \
	>/tmp/fio.$$ 2>&1 &
fpid=$!
on_exit "kill -9 $fpid"
sleep 3
r=1
while [ $r -le 3 ]; do
	old=$(daemon_pid)
	t0=$(now_ms)
	timeout 30 $UBLK recover --upgrade -n $ID >/dev/null || fail "upgrade $r"
	t1=$(now_ms)
	new=$(daemon_pid)
	info "upgrade $r: daemon $old -> $new in $((t1 - t0)) ms"
	[ "$(state)" = LIVE ] || fail "state $(state) after upgrade $r"
	[ "$new" != "$old" ] || fail "same daemon after upgrade $r"
	kill -0 "$old" 2>/dev/null && fail "old daemon $old still running"
	sleep 2
	r=$((r + 1))
done
wait $fpid
rc=$?
grep -E 'err=|verify' /tmp/fio.$$ | head -5
[ $rc = 0 ] || { cat /tmp/fio.$$; fail "fio exited $rc across the upgrades"; }
grep -q 'err= 0' /tmp/fio.$$ || fail "fio saw errors across the upgrades"

# quiesce alone, then recover
$UBLK quiesce -n $ID || {
	tail -20 ${UBLKD_RUN_DIR:-/run/ublkd}/ublkb$ID.log
	dmesg | tail -10
	fail "quiesce"
}
[ "$(state)" = QUIESCED ] || fail "state $(state) after quiesce"
$UBLK recover -n $ID >/dev/null || fail "recover after quiesce"
[ "$(state)" = LIVE ] || fail "state $(state) after recover"
run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$UBLK del -n $ID || fail "del"
pass "3 upgrades under fio verify, no error"
