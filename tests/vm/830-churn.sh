#!/bin/sh
# Churn: 3 processes add, use and delete devices at the same time, ids
# chosen by the server (no -n), 16 rounds each: every add and del
# succeeds within 10 s, no id is handed to two live devices, I/O works,
# and nothing is left (devices, state files, daemons).
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
W=3
ROUNDS=${CHURN_ROUNDS:-16}
d=/tmp/c830.$$
mkdir -p $d/live
on_exit "rm -rf $d"
on_exit "$UBLK del -a -f"

worker() {	# $1 = worker number
	i=0
	while [ $i -lt $ROUNDS ]; do
		case $(( (i + $1) % 3 )) in
		0) args="-t null" ;;
		1) args="-t mem --size 8M" ;;
		2) args="-t null -q 2" ;;
		esac
		t0=$(now_ms)
		out=$(timeout 10 $UBLK add $args 2>&1) || {
			echo "worker $1 round $i: add $args failed: $out"; return 1; }
		t1=$(now_ms)
		id=$(echo "$out" | sed -n 's/^dev id \([0-9]*\):.*/\1/p')
		[ -n "$id" ] || { echo "worker $1: no id in: $out"; return 1; }
		# a marker per live id: mkdir fails if another worker holds it
		mkdir $d/live/$id 2>/dev/null || {
			echo "worker $1: id $id given out twice"; return 1; }
		[ -b /dev/ublkb$id ] || wait_dev /dev/ublkb$id 5 || return 1
		dd if=/dev/ublkb$id of=/dev/null bs=4k count=8 iflag=direct \
			2>/dev/null || { echo "worker $1: read of $id failed"; return 1; }
		rmdir $d/live/$id
		t2=$(now_ms)
		timeout 10 $UBLK del -n $id >$d/del.$1 2>&1 || {
			echo "worker $1: del -n $id failed: $(cat $d/del.$1)"; return 1; }
		t3=$(now_ms)
		echo "$((t1 - t0)) $((t3 - t2))" >>$d/times.$1
		i=$((i + 1))
	done
}

t0=$(now_ms)
pids=
w=0
while [ $w -lt $W ]; do
	worker $w >$d/log.$w 2>&1 &
	pids="$pids $!"
	w=$((w + 1))
done
failed=0
for p in $pids; do
	wait $p || failed=1
done
dt=$(($(now_ms) - t0))
cat $d/log.* 2>/dev/null
[ $failed = 0 ] || { dmesg | tail -n 15; fail "a worker failed"; }
total=$(cat $d/times.* | wc -l)
max=$(cat $d/times.* | tr ' ' '\n' | sort -n | tail -n 1)
info "$total add/del rounds by $W workers in $dt ms; slowest command $max ms"
[ "$total" = $((W * ROUNDS)) ] || fail "only $total of $((W * ROUNDS)) rounds"
[ -z "$(ls /dev/ublkc* 2>/dev/null)" ] || fail "devices left: $(ls /dev/ublkc*)"
[ -z "$(ls $RUN/*.state 2>/dev/null)" ] || fail "state files left: $(ls $RUN)"
[ "$(ps -o comm | grep -c '^ublk$')" = 0 ] || fail "ublk daemons left"
pass
