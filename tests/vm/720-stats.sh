#!/bin/sh
# `ublk stats` against a known workload: on null and mem devices of 2
# queues, the per-op deltas of requests and bytes across exact fio jobs
# (psync, direct, 4k: one request per I/O, nothing merged) are exactly
# what fio did; idle, nothing is in flight and the histogram holds every
# request; a loop device whose backing shrank counts its failed read as an
# error; --json and --prometheus are well formed and agree with each other;
# -w prints rates; bad ids and damaged or untrusted stats files are refused.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/st.$$ /tmp/st2.$$ /tmp/stback.$$ $RUN/ublkb9[0-3].stats"

json() { $UBLK stats -n "$1" --json || fail "stats -n $1 --json"; }
# op ID OP: "requests bytes errors" of OP over all queues
op() { op_in "$(json "$1")" "$2"; }
op_in() {	# JSON OP
	echo "$1" | sed 's/.*"total"://' |
		sed -n "s/.*\"$2\":{\"requests\":\([0-9]*\),\"bytes\":\([0-9]*\),\"errors\":\([0-9]*\)}.*/\1 \2 \3/p"
}
field() { json "$1" | sed 's/.*"total"://' | sed -n "s/^{.*\"$2\":\([0-9]*\).*/\1/p"; }
# all ID: every op's counts on one line (one read: idle detection)
all() {
	_j=$(json $1)
	for o in read write flush discard write_zeroes other; do op_in "$_j" $o; done | tr '\n' ' '
}
# settle ID: wait (5 s at most) until two reads 0.2 s apart agree
settle() {
	_a=$(all $1); _n=0
	while [ $_n -lt 25 ]; do
		sleep 0.2
		_b=$(all $1)
		[ "$_a" = "$_b" ] && return 0
		_a=$_b; _n=$((_n + 1))
	done
	fail "dev $1: counts still moving: $_b"
}
# delta ID OP WANT_REQUESTS WANT_BYTES: the OP counts moved by exactly that
delta() {
	set -- "$1" "$2" "$3" "$4" $(eval echo \$B_$2) $(op $1 $2)
	[ $(($8 - $5)) = "$3" ] && [ $(($9 - $6)) = "$4" ] ||
		fail "dev $1 $2: +$(($8 - $5)) requests, +$(($9 - $6)) bytes; fio did $3 and $4"
	[ $((${10} - $7)) = 0 ] || fail "dev $1 $2: $((${10} - $7)) errors"
}
fio_job() {	# ID NAME ARGS...
	_id=$1; _nm=$2; shift 2
	run_fio --name=$_nm --filename=/dev/ublkb$_id --direct=1 --bs=4k \
		--ioengine=psync --iodepth=1 "$@" >/dev/null || fail "fio $_nm on $_id"
}

check_dev() {	# ID TYPE
	id=$1 typ=$2
	settle $id
	[ "$(field $id in_flight)" = 0 ] || fail "dev $id: idle, $(field $id in_flight) in flight"
	for o in read write flush discard; do
		eval "B_$o=\"$(op $id $o)\""
	done
	fio_job $id r --rw=randread --io_size=1M
	if [ $typ = mem ]; then
		# the verify pass reads back every block it wrote
		fio_job $id w --rw=randwrite --io_size=512k --verify=crc32c
		extra_r=128
	else
		fio_job $id w --rw=randwrite --io_size=512k
		extra_r=0
	fi
	# a FLUSH after every write (the device has a volatile cache): fio
	# syncs before the next write, so the last one's is end_fsync's
	fio_job $id f --rw=randwrite --io_size=64k --fsync=1 --end_fsync=1
	if [ $typ = mem ]; then
		# 64 DISCARDs of 4k (fio, not blkdiscard: that one probes the
		# device for signatures with reads of its own first)
		fio_job $id t --rw=randtrim --io_size=256k
		disc=64
	else
		disc=0
	fi
	settle $id
	delta $id read $((256 + extra_r)) $(((256 + extra_r) * 4096))
	delta $id write $((128 + 16)) $(((128 + 16) * 4096))
	delta $id flush 16 0
	delta $id discard $disc $((disc * 4096))
	[ "$(field $id in_flight)" = 0 ] || fail "dev $id: idle after fio, $(field $id in_flight) in flight"
	# idle: every request completed, each in one histogram bucket
	tot=$(json $id | sed 's/.*"total"://')
	sum=$(echo "$tot" | sed -n 's/.*"buckets":\[\([0-9,]*\)\].*/\1/p' | tr ',' '\n' |
		awk '{ s += $1 } END { print s }')
	req=0
	j=$(json $id)
	for o in read write flush discard write_zeroes other; do
		set -- $(op_in "$j" $o); req=$((req + $1))
	done
	[ "$sum" = "$req" ] && [ "$(field $id done)" = "$req" ] ||
		fail "dev $id: histogram $sum, done $(field $id done), requests $req"
	# JSON: one object, balanced, 2 queues, queue sums = total
	j=$(json $id)
	[ "$(echo "$j" | tr -cd '{' | wc -c)" = "$(echo "$j" | tr -cd '}' | wc -c)" ] &&
		echo "$j" | grep -q '^{"dev_id":'$id',.*"nr_queues":2,.*"queues":\[{.*},{.*}\],"total":{.*}}$' ||
		fail "dev $id: JSON malformed: $j"
	qsum=$(echo "$j" | sed 's/"total":.*//' | grep -o '"read":{"requests":[0-9]*' |
		awk -F: '{ s += $3 } END { print s }')
	set -- $(op $id read)
	[ "$qsum" = "$1" ] || fail "dev $id: queues' reads $qsum, total $1"
	# prometheus: well formed, cumulative buckets, +Inf = count, = JSON
	$UBLK stats -n $id --prometheus >/tmp/st.$$ || fail "prometheus"
	awk -v id=$id -v want=$1 '
	/^# (HELP|TYPE) ublkd_[a-z_]+ / { if ($2 == "TYPE") types[$3] = $4; next }
	!/^ublkd_[a-z_]+\{dev="[0-9]+",queue="[0-9]+"(,op="[a-z_]+"|,le="[^"]+")?\} [0-9][0-9.e+-]*$/ { print "bad line: " $0; bad = 1; next }
	{ name = $1; sub(/\{.*/, "", name); base = name; sub(/_(bucket|sum|count)$/, "", base)
	  if (!(name in types) && !(base in types)) { print "no TYPE for " name; bad = 1 } }
	/^ublkd_requests_total\{.*op="read"/ { reads += $2 }
	/^ublkd_latency_seconds_bucket/ { q = $1; sub(/.*queue="/, "", q); sub(/".*/, "", q)
	  if ($2 < last[q]) { print "bucket decreases: " $0; bad = 1 } last[q] = $2
	  if ($1 ~ /le="\+Inf"/) inf[q] = $2 }
	/^ublkd_latency_seconds_count/ { q = $1; sub(/.*queue="/, "", q); sub(/".*/, "", q)
	  if ($2 != inf[q]) { print "count != +Inf bucket: " $0; bad = 1 } }
	END { if (reads != want) { print "prometheus reads " reads ", JSON " want; bad = 1 }
	      if (types["ublkd_latency_seconds"] != "histogram") { print "no histogram"; bad = 1 }
	      exit bad }' /tmp/st.$$ || fail "dev $id: prometheus output malformed"
	info "dev $id ($typ): $(all $id | tr -s ' ')"
}

# no partition scan where the kernel lets us skip it (6.12 cannot: its
# scan's reads land before settle takes the baseline, so the counts hold)
nps=$(no_part_scan)
for t in null mem; do
	id=72
	[ $t = mem ] && id=73
	$UBLK add -t $t -n $id -q 2 --size 64M --volatile_cache $nps >/dev/null ||
		fail "add $t"
	wait_dev /dev/ublkb$id 5 || fail "no /dev/ublkb$id"
	[ -f $RUN/ublkb$id.stats ] || fail "no $RUN/ublkb$id.stats"
	check_dev $id $t
done

# text and -w (rates every 0.5 s: at least two reports in 1.8 s)
$UBLK stats -n 72 | grep -q '^all .*in flight 0, done' || fail "text output"
$UBLK stats -n 72 -w 0.5 >/tmp/st.$$ &
wpid=$!
sleep 1.8
kill $wpid && wait $wpid
[ "$(grep -c '^all ' /tmp/st.$$)" -ge 2 ] || fail "-w: $(cat /tmp/st.$$)"

# errors: a loop device whose backing shrank fails a read past its new end
truncate -s 8M /tmp/stback.$$ || fail "backing"
$UBLK add -t loop -n 74 --buffered_io -f /tmp/stback.$$ $nps >/dev/null ||
	fail "add loop"
wait_dev /dev/ublkb74 5 || fail "no /dev/ublkb74"
settle 74
set -- $(op 74 read)
truncate -s 4M /tmp/stback.$$
dd if=/dev/ublkb74 of=/dev/null bs=4k skip=1536 count=1 iflag=direct 2>/dev/null &&
	fail "a read past the backing's end succeeded"
settle 74
set -- "$@" $(op 74 read)
[ $(($6 - $3)) -ge 1 ] && [ $(($6 - $3)) = $(($4 - $1)) ] ||
	fail "loop: +$(($4 - $1)) reads, +$(($6 - $3)) errors after a failed read"
info "loop: +$(($4 - $1)) reads, +$(($6 - $3)) errors"
$UBLK del -n 74 || fail "del 74"
wait_gone $RUN/ublkb74.stats 5 || fail "the stats file stays after del"

# bad input: clear message, exit != 0
bad() {	# WANT_RC WHAT ARGS...
	_w=$1; _what=$2; shift 2
	$UBLK stats "$@" >/dev/null 2>/tmp/st2.$$
	_rc=$?
	[ $_rc = $_w ] && grep -q -e "$_what" /tmp/st2.$$ ||
		fail "stats $*: rc $_rc, '$(cat /tmp/st2.$$)' (want $_w, '$_what')"
}
bad 1 "no stats for device 999" -n 999
bad 2 "-n ID is required"
bad 2 "invalid -w" -n 72 -w 0
bad 2 "invalid -w" -n 72 -w x
bad 2 "exclude" -n 72 --json --prometheus
cp $RUN/ublkb72.stats $RUN/ublkb90.stats
bad 1 "it is device 72's" -n 90
head -c 100 $RUN/ublkb72.stats >$RUN/ublkb91.stats
bad 1 "refused: 100 bytes" -n 91
cp $RUN/ublkb72.stats $RUN/ublkb92.stats
printf '\002' | dd of=$RUN/ublkb92.stats bs=1 seek=8 conv=notrunc 2>/dev/null
bad 1 "layout version 2" -n 92
cp $RUN/ublkb72.stats $RUN/ublkb93.stats
chown 1000 $RUN/ublkb93.stats
bad 1 "owned by uid 1000" -n 93
pass
