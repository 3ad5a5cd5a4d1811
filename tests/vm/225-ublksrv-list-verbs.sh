#!/bin/sh
# What ublksrv's users script around `ublk`, parsed the way their scripts
# parse it: the id from add's "dev id N:" (no -n: the next free id),
# "daemon pid P" (a live process whose threads serve the queues), "state S"
# as the last field, the "flags 0x.." mask (the kernel's, as --json says),
# one "dev id" block per device; recover [-t TYPE] -n, del -n / --async / -a,
# help -t TYPE, set_affinity -n -q --cpuset, --eventfd (8 bytes: id + 1, or
# ublksrv's error value) and the exit codes a script tests.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/o.$$ /tmp/e.$$ /tmp/efd.$$"
$UBLK del -a >/dev/null 2>&1

# the id of an add without -n, as a script reads it
A=$($UBLK add -t null -q 2 | sed -n 's/^dev id \([0-9]*\):.*/\1/p')
[ -n "$A" ] || fail "add without -n printed no 'dev id N:'"
wait_dev /dev/ublkb"$A" 5 || fail "no /dev/ublkb$A for the id add printed"
B=$($UBLK add -t null -r 1 | sed -n 's/^dev id \([0-9]*\):.*/\1/p')
[ -n "$B" ] && [ "$B" != "$A" ] || fail "second add: id '$B' (first $A)"
info "ids from add's output: $A $B"

# every device once in `list`, each as a "dev id N:" block
[ "$($UBLK list | grep -c '^dev id ')" = 2 ] || fail "list: not 2 'dev id' lines"
[ "$($UBLK list -a | grep -c '^dev id ')" = 2 ] || fail "list -a: not 2 'dev id' lines"
$UBLK list | grep -q "^dev id $A: nr_hw_queues 2 queue_depth 128 block size 512 dev_capacity [0-9]*$" ||
	fail "list: 'dev id $A:' line not in ublksrv's form: $($UBLK list -n "$A" | head -n1)"

pid=$($UBLK list -n "$A" | grep -o 'daemon pid [0-9]*' | awk '{print $3}')
[ -n "$pid" ] && kill -0 "$pid" || fail "daemon pid '$pid' is not a live process"
st=$($UBLK list -n "$A" | grep 'state' | awk '{print $NF}')
[ "$st" = LIVE ] || fail "state (last field) '$st', want LIVE"
$UBLK list -n "$A" | grep -q "^	max rq size [0-9]* daemon pid $pid state LIVE$" ||
	fail "list: 'max rq size' line not in ublksrv's form"
fl=$($UBLK list -n "$A" | grep -o 'flags 0x[0-9a-f]*' | awk '{print $2}')
jfl=$($UBLK list -n "$A" --json | sed -n 's/.*"flags":\([0-9]*\).*/\1/p')
[ -n "$fl" ] && [ "$(printf '%d' "$fl")" = "$jfl" ] ||
	fail "flags '$fl' from text, $jfl from --json"
# queue lines: the tids are threads of the daemon
nq=0
for tid in $($UBLK list -n "$A" | sed -n 's/^	queue [0-9]*: tid \([0-9]*\) affinity(.*)$/\1/p'); do
	[ -d /proc/"$pid"/task/"$tid" ] || fail "queue tid $tid is not a thread of $pid"
	nq=$((nq + 1))
done
[ $nq = 2 ] || fail "$nq queue lines, want 2"
$UBLK list -n "$A" | grep -q '^	target {"name":"null"' || fail "no target line"
$UBLK list -n "$A" -v | grep -q '^	command ublk add -t null -q 2' ||
	fail "list -v: no command line"

# set_affinity: queue 1 onto CPU 0 only; the thread has it, list shows it
tid1=$($UBLK list -n "$A" | sed -n 's/^	queue 1: tid \([0-9]*\).*/\1/p')
$UBLK set_affinity -n "$A" -q 1 --cpuset '[0]' || fail "set_affinity"
grep -q '^Cpus_allowed_list:[[:space:]]*0$' /proc/"$tid1"/status ||
	fail "tid $tid1: $(grep Cpus_allowed_list /proc/"$tid1"/status)"
$UBLK list -n "$A" | grep -q '^	queue 1: tid [0-9]* affinity(0 )$' ||
	fail "list does not show queue 1 on CPU 0: $($UBLK list -n "$A" | grep 'queue 1')"
$UBLK set_affinity -n "$A" -q 2 --cpuset 0 2>/tmp/e.$$ &&
	fail "set_affinity on queue 2 of a 2-queue device succeeded"
grep -q 'no queue 2' /tmp/e.$$ || fail "set_affinity -q 2: $(cat /tmp/e.$$)"

# exit codes a script tests
$UBLK list -n 999 >/dev/null 2>&1 && fail "list -n 999 (no such device) exit 0"
$UBLK del -n 999 >/dev/null 2>&1 && fail "del -n 999 (no such device) exit 0"
$UBLK help -t null >/tmp/o.$$ || fail "help -t null"
$UBLK help -t loop | grep -q -- '-f, --file' || fail "help -t loop: no -f"
$UBLK help -t nosuch >/dev/null 2>&1; [ $? = 2 ] || fail "help -t nosuch: not exit 2"

# recover -n after the daemon of the -r 1 device is killed
bpid=$($UBLK list -n "$B" | grep -o 'daemon pid [0-9]*' | awk '{print $3}')
kill -9 "$bpid"
n=50
while kill -0 "$bpid" 2>/dev/null && [ $n -gt 0 ]; do sleep 0.1; n=$((n - 1)); done
n=50
while [ "$($UBLK list -n "$B" | grep state | awk '{print $NF}')" = LIVE ] && [ $n -gt 0 ]; do
	sleep 0.1
	n=$((n - 1))
done
$UBLK recover -n "$B" -t loop >/dev/null 2>/tmp/e.$$ &&
	fail "recover -t loop of a null device succeeded"
grep -q 'not loop' /tmp/e.$$ || fail "recover -t loop: $(cat /tmp/e.$$)"
$UBLK recover -t null -n "$B" >/tmp/o.$$ || fail "recover -t null -n $B"
grep -q "^dev id $B: " /tmp/o.$$ || fail "recover did not print 'dev id $B:'"
npid=$($UBLK list -n "$B" | grep -o 'daemon pid [0-9]*' | awk '{print $3}')
[ "$($UBLK list -n "$B" | grep state | awk '{print $NF}')" = LIVE ] &&
	[ "$npid" != "$bpid" ] && kill -0 "$npid" || fail "not LIVE with a new daemon after recover"
dd if=/dev/ublkb"$B" of=/dev/null bs=4k count=16 iflag=direct 2>/dev/null ||
	fail "I/O after recover"

# --eventfd: id + 1 as 8 little-endian bytes once live; the error value
# when add fails (the id is taken)
C=53
$UBLK add -t null -n $C --eventfd 3 3>/tmp/efd.$$ >/dev/null || fail "add --eventfd"
v=$(od -A n -t x1 /tmp/efd.$$ | tr -s ' \n' ' ')
[ "$v" = " 36 00 00 00 00 00 00 00 " ] || fail "--eventfd got '$v', want id $C + 1"
$UBLK list -n $C -v | grep -q -- '--eventfd' && fail "--eventfd saved for recover"
$UBLK add -t null -n $C --eventfd 3 3>/tmp/efd.$$ >/dev/null 2>&1 &&
	fail "add of a taken id succeeded"
v=$(od -A n -t x1 /tmp/efd.$$ | tr -s ' \n' ' ')
[ "$v" = " fe ff ff ff ff ff ff ff " ] || fail "--eventfd on failure got '$v'"

# del -n, del --async, del -a; an empty list is empty and exits 0
$UBLK del -n "$A" || fail "del -n $A"
[ -e /dev/ublkb"$A" ] && ! wait_gone /dev/ublkb"$A" 5 && fail "/dev/ublkb$A stays"
$UBLK del -n $C --async || fail "del --async -n $C"
wait_gone /dev/ublkb$C 5 || fail "/dev/ublkb$C stays after del --async"
$UBLK del -a || fail "del -a"
no_ublk_devs
$UBLK list >/tmp/o.$$ || fail "list with no devices: exit $?"
[ -s /tmp/o.$$ ] && fail "list with no devices printed: $(cat /tmp/o.$$)"
pass "add/list/recover/set_affinity/eventfd/del parsed as ublksrv scripts do"
