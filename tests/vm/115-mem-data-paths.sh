#!/bin/sh
# mem's data paths. By default the device has NEED_GET_DATA: the kernel
# copies a WRITE's data straight into the backing memory and a READ is
# committed with the backing memory's address (one copy, not two). Proven
# by reading the backing file itself; UBLKD_MEM_BOUNCE=1 (copy through
# the tag buffers) and poll mode (--poll_us) pass the same verify jobs.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"

verify() {	# dev rw bs iodepth
	run_fio --name="v$2$3" --filename="$1" --direct=1 --ioengine=io_uring \
		--rw="$2" --bs="$3" --iodepth="$4" --size=16M \
		--verify=crc32c --do_verify=1 --verify_fatal=1 \
		--randrepeat=0 || fail "verify $2 bs=$3 iodepth=$4 on $1 failed"
}
jobs() {	# dev
	verify "$1" randwrite 4k 32
	verify "$1" randrw 4k 64
	verify "$1" randwrite 128k 16
	verify "$1" write 1M 4
	# sizes mixed in one pass (fio cannot verify overlapping rewrites)
	run_fio --name=mixed --filename="$1" --direct=1 --ioengine=io_uring \
		--rw=randwrite --bsrange=512-256k --iodepth=32 --size=32M \
		--verify=crc32c --do_verify=1 --verify_fatal=1 \
		--randrepeat=0 || fail "mixed-size verify on $1 failed"
}
has_flag() {	# id flag-name
	$UBLK list -n "$1" | grep '^	flags' | grep -qw "$2"
}

# -r 1 keeps the backing file, so we can read it directly.
$UBLK add -t mem -n 1 --size 64M -r 1 >/dev/null || fail "add mem"
wait_dev /dev/ublkb1 5 || fail "no /dev/ublkb1"
has_flag 1 NEED_GET_DATA || fail "mem device without NEED_GET_DATA"
shm=$($UBLK list -n 1 | sed -n 's/.*"shm":"\([^"]*\)".*/\1/p')
[ -f "$shm" ] || fail "backing file '$shm' not found"
jobs /dev/ublkb1
# A pattern written at 1 MiB + 4 KiB lands at that offset of the backing
head -c 262144 /dev/urandom >/tmp/pat
dd if=/tmp/pat of=/dev/ublkb1 bs=4096 seek=257 oflag=direct 2>/dev/null ||
	fail "dd to the device"
dd if="$shm" of=/tmp/back bs=4096 skip=257 count=64 2>/dev/null
cmp -s /tmp/pat /tmp/back || fail "backing file differs from what was written"
# and a change made in the backing memory is what the device reads
head -c 4096 /dev/urandom >/tmp/pat2
dd if=/tmp/pat2 of="$shm" bs=4096 seek=300 conv=notrunc 2>/dev/null
dd if=/dev/ublkb1 of=/tmp/back2 bs=4096 skip=300 count=1 iflag=direct 2>/dev/null
cmp -s /tmp/pat2 /tmp/back2 || fail "device read does not come from the backing memory"
$UBLK del -n 1 || fail "del"
wait_gone /dev/ublkb1 5 || fail "ublkb1 not gone"
[ -e "$shm" ] && fail "backing file left after del"

UBLKD_MEM_BOUNCE=1 $UBLK add -t mem -n 2 --size 64M >/dev/null ||
	fail "add mem (bounce)"
wait_dev /dev/ublkb2 5 || fail "no /dev/ublkb2"
has_flag 2 NEED_GET_DATA && fail "bounce device has NEED_GET_DATA"
jobs /dev/ublkb2
$UBLK del -n 2 || fail "del bounce"

$UBLK add -t mem -n 3 --size 64M --poll_us 100 >/dev/null ||
	fail "add mem --poll_us 100"
wait_dev /dev/ublkb3 5 || fail "no /dev/ublkb3"
jobs /dev/ublkb3
$UBLK del -n 3 || fail "del poll"
pass
