#!/bin/sh
# A server that stays connected but never answers (--timeout_s).
# 1. nbdkit's delay filter holds every WRITE for 1000 s (reads answer at
#    once): a write fails with EIO after --timeout_s + --reconnect_s (the
#    connection counts as dead, the reconnect succeeds, the re-sent write
#    is held again), not before --timeout_s; meanwhile and after, reads
#    return the file's data; `del -f` with a held write in flight
#    returns within the bound (plain `del` refuses an open device).
# 2. nbdkit stopped (SIGSTOP) under a read (--timeout_s 1 --reconnect_s 1):
#    `del -f` returns within the bound
#    (the reconnect's handshake times out too), the read fails with EIO.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
on_exit "$UBLK del -a"
f=/tmp/nbd650.img
s=/tmp/nbd650.sock
log=${UBLKD_RUN_DIR:-/run/ublkd}/ublkb66.log
on_exit "rm -f $f /tmp/nbd650.pat /tmp/nbd650.rd /tmp/dd650.*"
dd if=/dev/urandom of=/tmp/nbd650.pat bs=64k count=16 2>/dev/null ||
	fail "pattern"
truncate -s 16M $f && dd if=/tmp/nbd650.pat of=$f conv=notrunc 2>/dev/null ||
	fail "backing file"

# del -f of device 66 while I/O waits on the server, within BOUND ms.
# (The device is open: plain del refuses it at once where the kernel has
# SAFE_STOP_DEV, so --force, which stops the device under its user.)
timed_del() {	# WHAT BOUND_MS BOUND_TEXT
	local t0 t

	t0=$(now_ms)
	$UBLK del -f -n 66 2>/tmp/dd650.del || {
		cat /tmp/dd650.del
		fail "del -f $1"
	}
	t=$(( $(now_ms) - t0 ))
	info "del $1: $t ms"
	[ "$t" -lt "$2" ] || fail "del took $t ms (bound: $3)"
	# del's own bound (10 s, then SIGKILL) must not be what ended it
	grep -q killing /tmp/dd650.del && fail "del had to kill the daemon"
}

# ---- 1: writes never answered ----
nbdkit_start d1 -U $s --filter=delay file $f delay-write=1000
nbd_add 66 --unix $s --timeout_s 2 --reconnect_s 2
t0=$(now_ms)
dd if=/tmp/nbd650.pat of=/dev/ublkb66 bs=4k count=1 seek=8 oflag=direct \
	2>/tmp/dd650.w && fail "a write the server never answered succeeded"
t=$(( $(now_ms) - t0 ))
info "held write: $(tail -n 1 /tmp/dd650.w), after $t ms"
grep -q "Input/output error" /tmp/dd650.w || fail "not EIO: $(cat /tmp/dd650.w)"
[ "$t" -ge 1500 ] || fail "EIO after $t ms, before --timeout_s 2"
[ "$t" -lt 9000 ] || fail "EIO only after $t ms (bound: 2 s + 2 s)"
grep -q "no reply for .* (--timeout_s 2)" "$log" ||
	fail "no timeout message in $log"
$UBLK list -n 66 | grep -q LIVE || fail "device not LIVE after the timeout"
# (a request within 1 s of the give-up fails at once: one connect a second)
n=0
until dd if=/dev/ublkb66 of=/tmp/nbd650.rd bs=64k count=16 iflag=direct \
	2>/dev/null; do
	n=$((n + 1))
	[ $n -lt 10 ] || fail "no read after the timeout"
	sleep 0.5
done
cmp /tmp/nbd650.rd /tmp/nbd650.pat || fail "read after the timeout: wrong data"
# del with a held write in flight
dd if=/tmp/nbd650.pat of=/dev/ublkb66 bs=4k count=1 seek=9 oflag=direct \
	2>/dev/null &
ddpid=$!
sleep 0.5
timed_del "with a held write" 9000 "2 s + 2 s"
wait $ddpid && fail "the held write succeeded"
wait_gone /dev/ublkb66 5 || fail "/dev/ublkb66 still there after del"
nbdkit_stop d1
rm -f $s

# ---- 2: the server stopped ----
nbdkit_start d2 -U $s file $f
pid=$(cat /tmp/nbdkit.d2.pid)
on_exit "kill -CONT $pid"
nbd_add 66 --unix $s --timeout_s 1 --reconnect_s 1
dd if=/dev/ublkb66 of=/tmp/nbd650.rd bs=64k count=4 iflag=direct \
	2>/dev/null || fail "read with the server running"
kill -STOP "$pid"
info "nbdkit stopped"
dd if=/dev/ublkb66 of=/dev/null bs=4k count=1 skip=300 iflag=direct \
	2>/tmp/dd650.r &
ddpid=$!
sleep 0.5
# timeout 1 s + a tick, then a reconnect whose handshake waits 5 s
timed_del "with the server stopped" 9500 "1 s + 1 s + a 5 s handshake"
wait $ddpid && fail "a read from the stopped server succeeded"
grep -q "Input/output error" /tmp/dd650.r || fail "not EIO: $(cat /tmp/dd650.r)"
wait_gone /dev/ublkb66 5 || fail "/dev/ublkb66 still there after del"
kill -CONT "$pid"
pass
