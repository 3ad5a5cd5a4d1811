#!/bin/sh
# SIGKILL the daemon: the device goes DEAD, pending and new I/O fail fast,
# and `ublk del` removes it within seconds.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"

$UBLK add -t mem -n 8 --size 16M >/dev/null || fail "add"
wait_dev /dev/ublkb8 5 || fail "no device"
pid=$($UBLK list -n 8 | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
kill -9 "$pid"
sleep 1
t0=$(date +%s)
timeout 20 dd if=/dev/ublkb8 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null &&
	fail "read from a dead device succeeded"
t1=$(date +%s)
[ $((t1 - t0)) -le 10 ] || fail "I/O to the dead device took $((t1 - t0)) s to fail"
$UBLK list -n 8 || true
t0=$(date +%s)
timeout 20 $UBLK del -n 8 || fail "del after SIGKILL failed or hung"
t1=$(date +%s)
info "del after SIGKILL took $((t1 - t0)) s"
wait_gone /dev/ublkb8 5 || fail "node still there"
wait_gone /dev/ublkc8 5 || fail "char node still there"
pass
