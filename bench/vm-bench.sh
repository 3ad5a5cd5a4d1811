#!/bin/sh
# Device benchmarks, run inside the VM (one boot): our targets against the
# kernel's own drivers on the same workloads, interleaved, PASSES passes,
# medians. Emulated timings are noisy: read the ratios, not the absolutes.
#   null  vs null_blk      mem  vs brd      loop  vs kernel loop (-dio)
#   mempoll: mem in poll mode (--poll_us 200) vs brd
#   floor: our null target (no data kept) vs brd: the bound for mem with
#          the same settings on this kernel and bed
#   blkmq: reference, kernel vs kernel: null_blk as a blk-mq RAM disk vs brd
#   sqe: our null with 64-byte SQEs vs with 128-byte SQEs
#   memuc: mem with user copy (--usercopy) vs brd
#   batch: our null with -b vs without (UBLK_F_BATCH_IO kernels)
#   coop, coopnull: our loop, null with the ring's COOP_TASKRUN vs its
#          default DEFER_TASKRUN (UBLKD_RING_TASKRUN; not in the default set)
#   stats: our null with `ublk stats -n ID` reading its live stats every
#          0.1 s vs the same null nobody reads (not in the default set:
#          BENCH_PAIRS=stats)
#   nbd: our nbd target vs the kernel's nbd client, both on nbdkit memory
#   nbdzc: the same with our nbd on zero copy (-z)
#   srvnull, srvloop, srvnbd: ours vs the peer ublksrv (/peers/ublksrv), each at
#          its best (ublksrv -z where it takes it; 250G null: its size)
#   loopzc, nullzc, memzc: loop, null and mem with zero copy (-z) vs the
#          same kernel devices (skipped where the kernel has no zero copy);
#          null and loop default to it where the kernel has AUTO_BUF_REG,
#          so there the plain pairs run with --copy to show both paths
# Env: BENCH_PASSES (5), BENCH_RUNTIME (s per job, 2), BENCH_PAIRS
# ("null,nullzc,batch,srvnull,mem,memzc,memuc,mempoll,floor,blkmq,loop,loopzc,
# srvloop,nbd,nbdzc,srvnbd,sqe"), BENCH_JOBS (all; comma separated),
# BENCH_NBD_ZC=1 (srvnbd: ours with -z instead of its default copy path).
# BENCH_UBLK_OLD=PATH: before/after instead, a second ublk binary (another
# build, shipped with UBLKD_VM_BINS; e.g. build/old/ublk in the host tree,
# /ublkd/build/old/ublk in the guest) in place of the kernel's drivers: each
# pair is one target served by $UBLK (new, id N) and by PATH (old, id N+10,
# its own run dir $UBLKD_RUN_DIR.old), same options; pairs null, mem, loop.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
PASSES=${BENCH_PASSES:-5}
RT=${BENCH_RUNTIME:-2}
PAIRS=$(echo "${BENCH_PAIRS:-null nullzc batch srvnull mem memzc memuc mempoll floor blkmq loop loopzc srvloop nbd nbdzc srvnbd sqe}" | tr , " ")
JOBS=$(echo "${BENCH_JOBS:-randread32 randwrite32 randread1 randwrite1 seqread128k seqwrite128k}" | tr , " ")
RES=/tmp/bench.res
: >$RES
on_exit "$UBLK del -a"
OLD=${BENCH_UBLK_OLD:-}
if [ -n "$OLD" ]; then
	[ -x "$OLD" ] || fail "BENCH_UBLK_OLD=$OLD is not an executable"
	UOLD="env UBLKD_RUN_DIR=${UBLKD_RUN_DIR:-/run/ublkd}.old $OLD"
	on_exit "$UOLD del -a"
	PAIRS=$(echo "${BENCH_PAIRS:-null mem loop}" | tr , " ")
	export BENCH_SIDES="new old"	# table.sh's column names
fi

# ---- devices: a kernel one and ours per pair, same size and shape ----
setup_null() {
	modprobe null_blk nr_devices=1 gb=4 bs=512 queue_mode=2 irqmode=0 \
		hw_queue_depth=128 submit_queues=2 || fail "null_blk"
	$UBLK add -t null -n 0 -q 1 -d 128 --size 4G --copy >/dev/null || fail "ublk null"
	wait_dev /dev/nullb0 && wait_dev /dev/ublkb0 || fail "null devices"
	echo "null /dev/ublkb0 /dev/nullb0 null_blk"
}
# brd, loaded once for every pair: ram0 is mem's reference (fio uses its
# first 200M, written out below), ram1 the ext4 for loop's backing files
# when there is no scratch disk: room for all five (a..e, 256M each: loop,
# loopzc, srvloop) and ext4's own. Pages are allocated as written.
brd_load() {
	[ -b /dev/ram0 ] && return 0
	modprobe brd rd_nr=2 rd_size=1600000 max_part=0 && wait_dev /dev/ram0
}
setup_mem() {
	brd_load || fail "brd"
	$UBLK add -t mem -n 1 -q 1 -d 128 --size 256M >/dev/null || fail "ublk mem"
	wait_dev /dev/ram0 && wait_dev /dev/ublkb1 || fail "mem devices"
	# Both fully written: brd allocates pages on first write.
	dd if=/dev/zero of=/dev/ram0 bs=1M count=256 oflag=direct 2>/dev/null
	dd if=/dev/zero of=/dev/ublkb1 bs=1M count=256 oflag=direct 2>/dev/null
	echo "mem /dev/ublkb1 /dev/ram0 brd"
}
loop_fs() {
	# Backing files on an ext4 that supports O_DIRECT: the scratch disk
	# if there is one, else an ext4 on a brd disk.
	mnt=/tmp/bench-loop
	# once per boot: pairs set up in any order share it
	grep -q " $mnt " /proc/mounts && [ -f $mnt/a ] && [ -f $mnt/b ] && return 0
	mkdir -p $mnt
	if [ -n "${UBLKD_SCRATCH_DISK:-}" ]; then
		$MKFS_EXT4 -q -F "$UBLKD_SCRATCH_DISK" && mount "$UBLKD_SCRATCH_DISK" $mnt
	else
		brd_load && wait_dev /dev/ram1 && $MKFS_EXT4 -q -F /dev/ram1 && mount /dev/ram1 $mnt
	fi || { echo "# loop: no filesystem for backing files" >&2; return 1; }
	on_exit "umount $mnt"
	for f in a b; do
		bfile $mnt/$f || return 1
	done
}
# Every backing file starts alike: written out, synced, and out of the
# page cache, so no pair pays for another's writeback, nor a side for
# pages of its own still cached (an O_DIRECT write over a cached page
# cannot go without waiting).
bfile() {	# FILE: a 256M backing file, written out (or the pair fails)
	dd if=/dev/zero of="$1" bs=1M count=256 2>/dev/null &&
		[ "$(stat -c %s "$1")" = 268435456 ] && sync &&
		echo 1 >/proc/sys/vm/drop_caches ||
		{ echo "# backing file $1: could not write 256M" >&2; return 1; }
}
setup_loop() {
	loop_fs || return 1
	lo=$($LOSETUP --direct-io=on -f --show $mnt/a) || return 1
	on_exit "$LOSETUP -d $lo"
	$UBLK add -t loop -n 2 -q 1 -d 128 -f $mnt/b --copy >/dev/null || return 1
	wait_dev /dev/ublkb2 || return 1
	echo "loop /dev/ublkb2 $lo loop-dio"
}

# Zero copy (-z: the request's pages are the backing I/O's fixed buffer)
# against the same kernel devices, where the kernel has it.
setup_loopzc() {
	[ -n "${lo:-}" ] || setup_loop >/dev/null || return 1
	bfile $mnt/c || return 1
	$UBLK add -t loop -n 6 -q 1 -d 128 -f $mnt/c -z >/dev/null || return 1
	wait_dev /dev/ublkb6 || return 1
	echo "loopzc /dev/ublkb6 $lo loop-dio"
}
setup_memzc() {
	[ -b /dev/ublkb1 ] || setup_mem >/dev/null || return 1
	$UBLK add -t mem -n 8 -q 1 -d 128 --size 256M -z >/dev/null || return 1
	wait_dev /dev/ublkb8 || return 1
	dd if=/dev/zero of=/dev/ublkb8 bs=1M count=256 oflag=direct 2>/dev/null
	echo "memzc /dev/ublkb8 /dev/ram0 brd"
}
setup_memuc() {
	[ -b /dev/ublkb1 ] || setup_mem >/dev/null || return 1
	$UBLK add -t mem -n 9 -q 1 -d 128 --size 256M --usercopy >/dev/null || return 1
	wait_dev /dev/ublkb9 || return 1
	dd if=/dev/zero of=/dev/ublkb9 bs=1M count=256 oflag=direct 2>/dev/null
	echo "memuc /dev/ublkb9 /dev/ram0 brd"
}
setup_nullzc() {
	[ -b /dev/nullb0 ] || setup_null >/dev/null || return 1
	$UBLK add -t null -n 7 -q 1 -d 128 --size 4G -z >/dev/null || return 1
	wait_dev /dev/ublkb7 || return 1
	echo "nullzc /dev/ublkb7 /dev/nullb0 null_blk"
}

# The ring's task-run mode: our loop (and null), each at its default data
# path, with UBLKD_RING_TASKRUN=coop (COOP_TASKRUN) against the same with
# the default DEFER_TASKRUN (loopzc's and nullzc's devices; coop's loop
# shares loopzc's backing file: the two never run at once).
setup_coop() {
	[ -b /dev/ublkb6 ] || setup_loopzc >/dev/null || return 1
	UBLKD_RING_TASKRUN=coop $UBLK add -t loop -n 22 -q 1 -d 128 \
		-f $mnt/c >/dev/null || return 1
	wait_dev /dev/ublkb22 || return 1
	echo "coop /dev/ublkb22 /dev/ublkb6 defer"
}
setup_coopnull() {
	[ -b /dev/ublkb7 ] || setup_nullzc >/dev/null || return 1
	UBLKD_RING_TASKRUN=coop $UBLK add -t null -n 23 -q 1 -d 128 \
		--size 4G >/dev/null || return 1
	wait_dev /dev/ublkb23 || return 1
	echo "coopnull /dev/ublkb23 /dev/ublkb7 defer"
}

# Batched commands: our null with -b against the same without (both zero
# copy where the kernel has it), where the kernel has UBLK_F_BATCH_IO.
setup_batch() {
	$UBLK add -t null -n 13 -q 1 -d 128 --size 4G -b >/dev/null || return 1
	$UBLK add -t null -n 14 -q 1 -d 128 --size 4G >/dev/null || return 1
	wait_dev /dev/ublkb13 && wait_dev /dev/ublkb14 || return 1
	echo "batch /dev/ublkb13 /dev/ublkb14 nobatch"
}

# Live stats cost: two identical null devices, one of them read by
# `ublk stats` every 0.1 s for the whole run (the reader runs while either
# is measured, so its own CPU is on both sides; what differs is only that
# one device's stats page is being read).
setup_stats() {
	$UBLK add -t null -n 17 -q 1 -d 128 --size 4G >/dev/null || return 1
	$UBLK add -t null -n 18 -q 1 -d 128 --size 4G >/dev/null || return 1
	wait_dev /dev/ublkb17 && wait_dev /dev/ublkb18 || return 1
	( while $UBLK stats -n 17 >/dev/null; do sleep 0.1; done ) &
	on_exit "kill $!"
	echo "stats /dev/ublkb17 /dev/ublkb18 unread"
}

# The peer server ublksrv (../shared/peers, /peers/ublksrv in the guest):
# ours against it, same target, same shape, each at its best where the
# kernel has zero copy (ours: its default; ublksrv: -z), else both plain.
SRV="env LD_LIBRARY_PATH=/peers/ublksrv/lib /peers/ublksrv/sbin/ublk"
srv_add() {	# ublksrv add ARGS: with -z where it takes it, else plain
	[ -x /peers/ublksrv/sbin/ublk ] || return 1
	mkdir -p /run/ublksrvd
	on_exit "$SRV del -a"
	$SRV add "$@" -z >/dev/null 2>&1 || $SRV add "$@" >/dev/null 2>&1
}
setup_srvnull() {
	srv_add -t null -n 16 -q 1 -d 128 || return 1
	$UBLK add -t null -n 15 -q 1 -d 128 --size 250G >/dev/null || return 1
	wait_dev /dev/ublkb15 && wait_dev /dev/ublkb16 || return 1
	echo "srvnull /dev/ublkb15 /dev/ublkb16 ublksrv"
}
setup_srvloop() {
	loop_fs || return 1	# once per boot, whoever asks first
	for f in d e; do
		bfile $mnt/$f || return 1
	done
	srv_add -t loop -n 18 -q 1 -d 128 -f $mnt/e || return 1
	$UBLK add -t loop -n 17 -q 1 -d 128 -f $mnt/d >/dev/null || return 1
	wait_dev /dev/ublkb17 && wait_dev /dev/ublkb18 || return 1
	echo "srvloop /dev/ublkb17 /dev/ublkb18 ublksrv"
}

# nbd: ours against the kernel's nbd client (nbd-client) and against
# ublksrv's nbd target, each on its own nbdkit memory server (256M) over
# loopback TCP, one connection (nbdkit memory offers multi-conn; one
# queue each, as every pair here).
nbd_server() {	# PORT: an nbdkit memory export on 127.0.0.1:PORT
	ip link set lo up 2>/dev/null || ifconfig lo 127.0.0.1 up 2>/dev/null
	nbdkit -P /tmp/bench-nbdkit.$1.pid -i 127.0.0.1 -p $1 memory 256M \
		>/dev/null 2>&1 || return 1
	on_exit "kill \$(cat /tmp/bench-nbdkit.$1.pid)"
}
# The connect time, add -> the first 4 KiB O_DIRECT read done, ours
# (ublk add) and the kernel's (nbd-client), 3 each, medians, in ms
# (/proc/uptime: 10 ms steps): one line on stderr.
nbd_connect_times() {
	_ours= _kern=
	for _i in 1 2 3; do
		_t0=$(now_ms)
		$UBLK add -t nbd -n 19 -q 1 -d 128 --host 127.0.0.1 \
			--port 10811 >/dev/null || return 1
		wait_dev /dev/ublkb19 &&
			dd if=/dev/ublkb19 of=/dev/null bs=4k count=1 \
				iflag=direct 2>/dev/null || return 1
		_ours="$_ours $(( $(now_ms) - _t0 ))"
		$UBLK del -n 19 >/dev/null || return 1
		wait_gone /dev/ublkb19 5 || return 1
		_t0=$(now_ms)
		nbd-client 127.0.0.1 10812 /dev/nbd0 -b 512 >/dev/null 2>&1 ||
			return 1
		dd if=/dev/nbd0 of=/dev/null bs=4k count=1 iflag=direct \
			2>/dev/null || return 1
		_kern="$_kern $(( $(now_ms) - _t0 ))"
		nbd-client -d /dev/nbd0 >/dev/null 2>&1
		sleep 0.2
	done
	_mo=$(echo $_ours | tr ' ' '\n' | sort -n | sed -n 2p)
	_mk=$(echo $_kern | tr ' ' '\n' | sort -n | sed -n 2p)
	echo "# nbd connect (add -> first read, median of 3): ours $_mo ms ($_ours ), kernel nbd-client $_mk ms ($_kern )" >&2
}
setup_nbd() {
	command -v nbdkit >/dev/null && command -v nbd-client >/dev/null ||
		return 1
	nbd_server 10811 && nbd_server 10812 || return 1
	modprobe nbd nbds_max=2 || return 1
	nbd_connect_times ||
		echo "# nbd connect times: a step failed, not measured" >&2
	$UBLK del -n 19 >/dev/null 2>&1
	nbd-client -d /dev/nbd0 >/dev/null 2>&1
	$UBLK add -t nbd -n 19 -q 1 -d 128 --host 127.0.0.1 --port 10811 \
		>/dev/null || return 1
	nbd-client 127.0.0.1 10812 /dev/nbd0 -b 512 >/dev/null 2>&1 || return 1
	on_exit "nbd-client -d /dev/nbd0"
	wait_dev /dev/ublkb19 || return 1
	for d in /dev/ublkb19 /dev/nbd0; do
		dd if=/dev/zero of=$d bs=1M count=256 oflag=direct 2>/dev/null
	done
	echo "nbd /dev/ublkb19 /dev/nbd0 kernel-nbd"
}
# nbdzc: our nbd with zero copy (-z: the request's pages to and from the
# socket) against the kernel's nbd client, as nbd (skipped where the
# kernel has no zero copy)
setup_nbdzc() {
	command -v nbdkit >/dev/null && command -v nbd-client >/dev/null ||
		return 1
	has_feature AUTO_BUF_REG || has_feature SUPPORT_ZERO_COPY || return 1
	nbd_server 10815 && nbd_server 10816 || return 1
	[ -b /dev/nbd1 ] || modprobe nbd nbds_max=2 || return 1
	nbd-client -d /dev/nbd1 >/dev/null 2>&1
	$UBLK add -t nbd -n 22 -q 1 -d 128 -z --host 127.0.0.1 --port 10815 \
		>/dev/null || return 1
	nbd-client 127.0.0.1 10816 /dev/nbd1 -b 512 >/dev/null 2>&1 || return 1
	on_exit "nbd-client -d /dev/nbd1"
	wait_dev /dev/ublkb22 || return 1
	for d in /dev/ublkb22 /dev/nbd1; do
		dd if=/dev/zero of=$d bs=1M count=256 oflag=direct 2>/dev/null
	done
	echo "nbdzc /dev/ublkb22 /dev/nbd1 kernel-nbd"
}
setup_srvnbd() {
	command -v nbdkit >/dev/null || return 1
	nbd_server 10813 && nbd_server 10814 || return 1
	$UBLK add -t nbd -n 20 -q 1 -d 128 ${BENCH_NBD_ZC:+-z} \
		--host 127.0.0.1 --port 10813 >/dev/null || return 1
	srv_add -t nbd -n 21 -q 1 -d 128 --host 127.0.0.1 --port 10814 ||
		return 1
	echo "# srvnbd: ublksrv's device: $($SRV list -n 21 2>&1 | grep -i flags)" >&2
	wait_dev /dev/ublkb20 && wait_dev /dev/ublkb21 || return 1
	echo "srvnbd /dev/ublkb20 /dev/ublkb21 ublksrv"
}

# Poll mode: mem with --poll_us 200 against brd (the same brd as "mem").
setup_mempoll() {
	[ -b /dev/ublkb1 ] || setup_mem >/dev/null || return 1
	$UBLK add -t mem -n 5 -q 1 -d 128 --size 256M --poll_us 200 \
		>/dev/null || return 1
	wait_dev /dev/ublkb5 || return 1
	dd if=/dev/zero of=/dev/ublkb5 bs=1M count=256 oflag=direct 2>/dev/null
	echo "mempoll /dev/ublkb5 /dev/ram0 brd"
}

# The floor for mem: our null target against brd. A ublk READ of null
# still has the kernel copy the tag buffer into the request's pages (a
# WRITE, the pages into it), as mem's does: what null lacks is mem's work
# in user space. mem with the same settings cannot beat this pair's ratio
# (beyond this bed's noise).
setup_floor() {
	[ -b /dev/ublkb1 ] || setup_mem >/dev/null || return 1
	[ -b /dev/ublkb0 ] || setup_null >/dev/null || return 1
	echo "floor /dev/ublkb0 /dev/ram0 brd"
}

# Reference, kernel vs kernel: the kernel's own blk-mq RAM disk (null_blk,
# memory_backed, configured through configfs) against brd (bio-based). Every
# ublk device is a blk-mq device: this shows what blk-mq costs here. Not a
# hard ceiling: a ublk server spreads the work over two CPUs, null_blk not.
setup_blkmq() {
	[ -b /dev/ublkb1 ] || setup_mem >/dev/null || return 1
	[ -b /dev/nullb0 ] || modprobe null_blk nr_devices=0 || return 1
	cfs=/sys/kernel/config
	[ -d $cfs/nullb ] || mount -t configfs none $cfs 2>/dev/null
	d=$cfs/nullb/memnb
	mkdir $d || return 1
	echo 256 >$d/size && echo 1 >$d/memory_backed &&
	echo 2 >$d/queue_mode && echo 0 >$d/irqmode &&
	echo 128 >$d/hw_queue_depth && echo 1 >$d/power || return 1
	dev=/dev/memnb	# a configfs null_blk disk takes its directory name
	wait_dev $dev || return 1
	dd if=/dev/zero of=$dev bs=1M count=256 oflag=direct 2>/dev/null
	echo "blkmq $dev /dev/ram0 brd"
}

# The data path's SQE size: 64-byte SQEs (the default; a ublk I/O
# command is 16 bytes) against 128-byte ones (--sqe128), both ours.
setup_sqe() {
	$UBLK add -t null -n 3 -q 1 -d 128 --size 4G --copy >/dev/null || return 1
	$UBLK add -t null -n 4 -q 1 -d 128 --size 4G --copy --sqe128 >/dev/null || return 1
	wait_dev /dev/ublkb3 && wait_dev /dev/ublkb4 || return 1
	echo "sqe64 /dev/ublkb3 /dev/ublkb4 sqe128"
}

# ---- before/after (BENCH_UBLK_OLD): one target, two builds ----
# both TARGET ID ARGS...: the device by $UBLK as ID, by $OLD as ID+10
both() {
	t=$1 id=$2
	shift 2
	$UBLK add -t "$t" -n "$id" "$@" >/dev/null || return 1
	$UOLD add -t "$t" -n $((id + 10)) "$@" >/dev/null || return 1
	wait_dev /dev/ublkb"$id" && wait_dev /dev/ublkb$((id + 10))
}
old_null() {
	both null 0 -q 1 -d 128 --size 4G || return 1
	echo "null /dev/ublkb0 /dev/ublkb10 old"
}
old_mem() {
	both mem 1 -q 1 -d 128 --size 256M || return 1
	for d in /dev/ublkb1 /dev/ublkb11; do
		dd if=/dev/zero of=$d bs=1M count=256 oflag=direct 2>/dev/null
	done
	echo "mem /dev/ublkb1 /dev/ublkb11 old"
}
old_loop() {
	loop_fs || return 1
	$UBLK add -t loop -n 2 -q 1 -d 128 -f $mnt/b >/dev/null || return 1
	$UOLD add -t loop -n 12 -q 1 -d 128 -f $mnt/a >/dev/null || return 1
	wait_dev /dev/ublkb2 && wait_dev /dev/ublkb12 || return 1
	echo "loop /dev/ublkb2 /dev/ublkb12 old"
}

DEVS=/tmp/bench.devs
: >$DEVS
for p in $PAIRS; do
	if [ -n "$OLD" ]; then
		old_$p >>$DEVS || echo "# $p: set-up failed, skipped" >&2
	else
		setup_$p >>$DEVS || echo "# $p: set-up failed, skipped" >&2
	fi
done
if [ -n "$OLD" ]; then	# what each build asked for and was granted
	for d in $(awk '{ print $2, $3 }' $DEVS); do
		id=${d#/dev/ublkb}
		echo "# ublkb$id: $($UBLK list -n "$id" -v | grep -m1 flags)"
	done
fi

daemon_pid() {	# ublk device -> its daemon's pid
	id=${1#/dev/ublkb}
	$UBLK list -n "$id" | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'
}
cpu_ticks() {	# pid -> utime+stime of all its threads, in clock ticks
	[ -n "$1" ] || { echo 0; return; }
	awk '{ print $14 + $15 }' /proc/"$1"/stat 2>/dev/null || echo 0
}

job_args() {
	case $1 in
	randread32) echo "--rw=randread --bs=4k --iodepth=32" ;;
	randwrite32) echo "--rw=randwrite --bs=4k --iodepth=32" ;;
	randread1) echo "--rw=randread --bs=4k --iodepth=1" ;;
	randwrite1) echo "--rw=randwrite --bs=4k --iodepth=1" ;;
	seqread128k) echo "--rw=read --bs=128k --iodepth=16" ;;
	seqwrite128k) echo "--rw=write --bs=128k --iodepth=16" ;;
	esac
}

# run_one pair kind dev job pass
run_one() {
	out=/tmp/fio.b
	pid=
	case $3 in /dev/ublkb*) pid=$(daemon_pid "$3") ;; esac
	t0=$(cpu_ticks "$pid")
	fio --name=b --filename="$3" --direct=1 --ioengine=io_uring \
		--size=200M --time_based --runtime="$RT" --ramp_time=1 \
		--percentile_list=99 --output-format=terse --terse-version=3 \
		$(job_args "$4") >$out 2>&1 || { cat $out >&2; return 1; }
	t1=$(cpu_ticks "$pid")
	hz=100
	# terse v3: read iops 8, clat mean 16, p99 18, bw KiB/s 7;
	# write iops 49, clat mean 57, p99 59, bw 48
	awk -F';' -v pair="$1" -v kind="$2" -v job="$4" -v pass="$5" \
		-v ticks=$((t1 - t0)) -v hz=$hz '$1 == 3 {
		r = $8 + 0 > 0
		iops = r ? $8 : $49; mean = r ? $16 : $57
		p99 = r ? $18 : $59; bw = r ? $7 : $48
		sub(/.*=/, "", p99)
		ios = iops * (ENVIRON["RT"] + 0)
		cpu = (ticks > 0 && ios > 0) ? ticks * 1e6 / hz / ios : -1
		printf "%s %s %s %d %d %.1f %d %.1f %.2f\n", pair, kind, job,
			pass, iops, mean, p99, bw / 1024, cpu
	}' $out >>$RES
	# as measured too: a run cut short still shows what it got
	echo "# $(tail -n 1 $RES)" >&2
}

export RT
pass=1
while [ $pass -le "$PASSES" ]; do
	for job in $JOBS; do
		while read -r pair ours theirs name; do
			# alternate which goes first, pass by pass
			if [ $((pass % 2)) = 1 ]; then
				run_one "$pair" ours "$ours" "$job" $pass
				run_one "$pair" kernel "$theirs" "$job" $pass
			else
				run_one "$pair" kernel "$theirs" "$job" $pass
				run_one "$pair" ours "$ours" "$job" $pass
			fi
		done <$DEVS
	done
	echo "# pass $pass done" >&2
	pass=$((pass + 1))
done

[ -n "$OLD" ] && echo "## kind ours = $UBLK (new), kernel = $OLD (old)"
echo "## raw results: pair kind job pass iops clat_mean_us clat_p99_us MiB/s daemon_cpu_us_per_io"
cat $RES
echo "## medians of $PASSES passes ($RT s per job, interleaved)"
sh "$UBLKD_ROOT/bench/table.sh" $RES $DEVS
