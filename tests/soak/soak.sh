#!/bin/sh
# The soak (`make soak`, vm/soak.sh; not part of make check): in the VM
# guest, for SOAK_S seconds (default 3600), cycles of
#   - fio --verify=crc32c on a mem device (-r 1), a loop device (-r 1) and
#     a long-lived mem device that is never killed, all at once, while
#   - add/del churn of null and mem devices, ids chosen by the server;
#   - then kill -9 + recover of the mem and the loop daemons, and the data
#     written before the kill verified again (fio --verify_only).
# Every step has a bounded wait (timeout); one that runs out is a hang.
# Leaks: the long-lived daemon's fds and anonymous RSS per cycle, devices and state
# files left at the end. A summary line per cycle goes to the results
# stream (so a partial run says something); the last one is the result.
# Exit 1 if verify errors, hangs, failed steps, leaks or dmesg splats.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio timeout
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
SOAK_S=${SOAK_S:-3600}
# the bound of one add or del: a hang, not a slow host (the soak runs
# niced beside other VMs; 15 s was hit once on an oversubscribed host)
CMD_S=${SOAK_CMD_S:-60}
R=/dev/ttyS1
[ -c $R ] || R=/dev/stdout
d=/tmp/soak.$$
mkdir -p $d
on_exit "rm -rf $d"
on_exit "timeout 60 $UBLK del -a -f"

A=40 B=41 C=42		# mem -r 1, loop -r 1, mem never killed
IOS=0 KB=0 VERR=0 HANGS=0 FAILS=0 CYC=0 CHURN=0 RECOV=0 SPLATS=0
FD0= RSS0= FD= RSS= RSSMAX=0
t_start=$(now_ms)

say() { echo "$*"; echo "@@TAP@@ # soak: $*" >$R; }
# step SECS WHAT CMD...: run CMD bounded; count a hang or a failure
step() {
	_t=$1 _w=$2
	shift 2
	timeout -s KILL "$_t" "$@" >$d/step.out 2>&1
	_rc=$?
	if [ $_rc = 137 ] || [ $_rc = 124 ]; then
		HANGS=$((HANGS + 1)); say "HANG: $_w (> $_t s)"; return 1
	elif [ $_rc != 0 ]; then
		FAILS=$((FAILS + 1)); say "FAILED: $_w (rc $_rc): $(tail -n 3 $d/step.out | tr '\n' ' ')"
		return 1
	fi
	return 0
}
state() { $UBLK list -n $1 2>/dev/null | sed -n 's/.*state \([A-Z_]*\).*/\1/p'; }
dpid() { $UBLK list -n $1 2>/dev/null | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'; }
wait_state() {	# ID STATE SECS
	_n=$(($3 * 10))
	while [ "$(state $1)" != "$2" ] && [ $_n -gt 0 ]; do sleep 0.1; _n=$((_n - 1)); done
	[ "$(state $1)" = "$2" ] || { HANGS=$((HANGS + 1)); say "HANG: dev $1 not $2 in $3 s (is $(state $1))"; return 1; }
}
# fio_job DEV NAME EXTRA...: 24 MiB of random writes (4-64 KiB) verified
# with crc32c; the terse output in $d/NAME.t (same seed: verify_only
# later checks the same blocks)
fio_job() {
	_dev=$1 _n=$2
	shift 2
	timeout -s KILL 240 fio --name=$_n --filename=$_dev --direct=1 \
		--ioengine=io_uring --iodepth=16 --rw=randwrite --bsrange=4k-64k \
		--size=24M --verify=crc32c --verify_fatal=1 --randseed=$CYC \
		--output-format=terse --terse-version=3 "$@" >$d/$_n.t 2>&1
	echo $? >$d/$_n.rc
}
# fio_tally NAME: add its I/O, verify errors, hang
fio_tally() {
	_rc=$(cat $d/$1.rc 2>/dev/null || echo 255)
	# terse v3: 5 errors, 6/47 read/write KiB, 8/49 IOPS, 9/50 runtime ms
	eval "$(awk -F';' '$1 == 3 { e += $5; kb += $6 + $47;
		n += $8 * $9 / 1000 + $49 * $50 / 1000 }
		END { printf "_e=%d _kb=%d _ios=%d\n", e, kb, n }' $d/$1.t)"
	KB=$((KB + _kb))
	IOS=$((IOS + _ios))
	if [ "$_rc" = 137 ]; then
		HANGS=$((HANGS + 1)); say "HANG: fio $1"
	elif [ "$_rc" != 0 ] || [ "$_e" != 0 ]; then
		if grep -q 'verify:\|bad magic\|crc32c' $d/$1.t; then
			VERR=$((VERR + 1)); say "VERIFY ERROR: fio $1: $(grep -m2 'verify\|crc' $d/$1.t | tr '\n' ' ')"
		else
			FAILS=$((FAILS + 1)); say "FAILED: fio $1 rc $_rc: $(grep -v '^3;' $d/$1.t | tail -n 3 | tr '\n' ' ')"
		fi
	fi
}
churn() {	# 6 rounds of add (no -n) / read / del
	_i=0
	while [ $_i -lt 6 ]; do
		case $((_i % 2)) in
		0) _a="-t null -q 2" ;;
		1) _a="-t mem --size 16M" ;;
		esac
		_t0=$(now_ms)
		_o=$(timeout -s KILL $CMD_S $UBLK add $_a 2>&1)
		_rc=$?
		_ms=$(($(now_ms) - _t0))
		[ $_ms -gt "$(cat $d/slowest 2>/dev/null || echo 0)" ] && echo $_ms >$d/slowest
		[ $_rc = 137 ] && { echo hang >>$d/churn.bad; echo "add hang"; return; }
		[ $_rc = 0 ] || { echo fail >>$d/churn.bad; echo "add $_a: $_o"; return; }
		_id=$(echo "$_o" | sed -n 's/^dev id \([0-9]*\):.*/\1/p')
		[ -b /dev/ublkb$_id ] || wait_dev /dev/ublkb$_id 5 >/dev/null 2>&1
		timeout -s KILL 15 dd if=/dev/ublkb$_id of=/dev/null bs=64k count=16 \
			iflag=direct 2>/dev/null || { echo fail >>$d/churn.bad; echo "read $_id"; }
		_t0=$(now_ms)
		timeout -s KILL $CMD_S $UBLK del -n $_id >/dev/null 2>&1
		_rc=$?
		_ms=$(($(now_ms) - _t0))
		[ $_ms -gt "$(cat $d/slowest 2>/dev/null || echo 0)" ] && echo $_ms >$d/slowest
		[ $_rc = 137 ] && { echo hang >>$d/churn.bad; echo "del $_id hang"; return; }
		[ $_rc = 0 ] || { echo fail >>$d/churn.bad; echo "del $_id failed"; }
		echo ok >>$d/churn.ok
		_i=$((_i + 1))
	done
}
kill_recover() {	# ID: kill -9 the daemon, recover, verify the last data
	_p=$(dpid $1)
	[ -n "$_p" ] || { FAILS=$((FAILS + 1)); say "FAILED: no daemon pid for $1"; return 1; }
	kill -9 $_p
	wait_state $1 QUIESCED 15 || return 1
	step 30 "recover -n $1" $UBLK recover -n $1 || return 1
	wait_state $1 LIVE 15 || return 1
	RECOV=$((RECOV + 1))
}
summary() {
	_t=$(( ($(now_ms) - t_start) / 1000 ))
	say "t=${_t}s cycles=$CYC io=${IOS} IOs ($((KB / 1024)) MiB) verify_errors=$VERR hangs=$HANGS failed_steps=$FAILS churn_rounds=$CHURN slowest_cmd_ms=$(cat $d/slowest 2>/dev/null || echo 0) recoveries=$RECOV daemon_fds=$FD0->$FD anon_rss_kb=$RSS0->$RSS (max $RSSMAX) splats=$SPLATS"
}

# ---- the devices ----
dd if=/dev/zero of=$d/loop.img bs=1M count=64 2>/dev/null || fail "backing file"
step 15 "add mem $A" $UBLK add -t mem --size 64M -n $A -q 2 -r 1 || fail "add $A: $(cat $d/step.out)"
step 15 "add loop $B" $UBLK add -t loop -f $d/loop.img -n $B -q 2 -r 1 || fail "add $B: $(cat $d/step.out)"
step 15 "add mem $C" $UBLK add -t mem --size 64M -n $C -q 1 || fail "add $C: $(cat $d/step.out)"
for i in $A $B $C; do wait_dev /dev/ublkb$i 5 || fail "no /dev/ublkb$i"; done
say "start: SOAK_S=$SOAK_S, devices $A (mem -r 1), $B (loop -r 1), $C (mem)"

while [ $(( ($(now_ms) - t_start) / 1000 )) -lt "$SOAK_S" ]; do
	CYC=$((CYC + 1))
	rm -f $d/churn.bad $d/churn.ok
	fio_job /dev/ublkb$A fa & pa=$!
	fio_job /dev/ublkb$B fb & pb=$!
	fio_job /dev/ublkb$C fc & pc=$!
	churn >$d/churn.log 2>&1
	wait $pa $pb $pc
	fio_tally fa; fio_tally fb; fio_tally fc
	CHURN=$((CHURN + $(cat $d/churn.ok 2>/dev/null | wc -l)))
	if [ -f $d/churn.bad ]; then
		grep -q hang $d/churn.bad && HANGS=$((HANGS + 1))
		grep -q fail $d/churn.bad && FAILS=$((FAILS + 1))
		say "churn: $(tr '\n' ' ' <$d/churn.log)"
	fi
	# kill -9 + recover, then the blocks the cycle wrote verify again
	for id in $A $B; do
		kill_recover $id || continue
		n=fa; [ $id = $B ] && n=fb
		fio_job /dev/ublkb$id ${n}v --verify_only
		fio_tally ${n}v
	done
	# the long-lived daemon's fds and RSS
	p=$(dpid $C)
	if [ -n "$p" ] && [ -d /proc/$p ]; then
		FD=$(ls /proc/$p/fd | wc -l)
		RSS=$(sed -n "s/^RssAnon:[[:space:]]*\([0-9]*\).*/\1/p" /proc/$p/status)
		[ -n "$FD0" ] || { FD0=$FD; RSS0=$RSS; }
		[ "$RSS" -gt "$RSSMAX" ] && RSSMAX=$RSS
	else
		FAILS=$((FAILS + 1)); say "FAILED: daemon of $C gone"
	fi
	SPLATS=$(dmesg | grep -cE 'BUG:|WARNING:|Oops|general protection|Call Trace|hung_task|soft lockup')
	[ "$(state $A)" = LIVE ] && [ "$(state $B)" = LIVE ] && [ "$(state $C)" = LIVE ] ||
		{ FAILS=$((FAILS + 1)); say "FAILED: a device is not LIVE: $A $(state $A), $B $(state $B), $C $(state $C)"; }
	summary
done

# ---- the end: everything goes, nothing is left ----
step 60 "del -a" $UBLK del -a
left_dev=$(ls /dev/ublkc* /dev/ublkb* 2>/dev/null | wc -l)
left_state=$(ls $RUN/*.state 2>/dev/null | wc -l)
left_daemons=$(ps -o comm | grep -c '^ublk$')
leaks=0
[ "$left_dev" = 0 ] && [ "$left_state" = 0 ] && [ "$left_daemons" = 0 ] || leaks=1
# fds must not grow; anonymous RSS (the RAM disk is shared memory, which
# fills as fio touches it) may not grow by more than 4 MiB
[ -n "$FD0" ] && [ "$FD" -gt "$FD0" ] && leaks=1
[ -n "$RSS0" ] && [ "$RSS" -gt $((RSS0 + 4096)) ] && leaks=1
summary
say "END: left devices=$left_dev state_files=$left_state daemons=$left_daemons leaks=$leaks"
[ "$VERR" = 0 ] && [ "$HANGS" = 0 ] && [ "$FAILS" = 0 ] && [ "$leaks" = 0 ] &&
	[ "$SPLATS" = 0 ] || fail "soak: verify_errors=$VERR hangs=$HANGS failed_steps=$FAILS leaks=$leaks splats=$SPLATS"
pass "soak: $CYC cycles, $((KB / 1024)) MiB"
