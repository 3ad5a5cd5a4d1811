#!/bin/sh
# User copy (--usercopy, UBLK_F_USER_COPY): mem moves each request's data
# itself with io_uring READ/WRITE on /dev/ublkcN between the RAM disk and
# the request's pages. Where the kernel offers it: fio --verify=crc32c on
# mem (4k iodepth 32, 128k with two jobs, 2 queues), `list` shows the
# path, null serves reads and writes, recovery (-r 1) keeps every
# acknowledged write. Refused with a clear message: loop (no user-copy
# path), --usercopy with -z; where the kernel lacks the flag, a refusal
# naming it and nothing left.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"
path_of() { $UBLK list -n "$1" | sed -n 's/^[[:space:]]*data path //p'; }

if $UBLK add -t null -n 70 --usercopy -z >/tmp/uc.err 2>&1; then
	fail "--usercopy -z accepted"
fi
grep -q conflicts /tmp/uc.err || fail "no clear message: $(cat /tmp/uc.err)"
truncate -s 16M /tmp/uc.img
on_exit "rm -f /tmp/uc.img"
if $UBLK add -t loop -n 70 -f /tmp/uc.img --usercopy >/tmp/uc.err 2>&1; then
	fail "loop --usercopy accepted"
fi
grep -q 'no user-copy path' /tmp/uc.err || fail "loop: $(cat /tmp/uc.err)"
if ! $UBLK features | grep -q 'UBLK_F_USER_COPY'; then
	if $UBLK add -t mem --size 16M -n 70 --usercopy >/tmp/uc.err 2>&1; then
		fail "--usercopy accepted without USER_COPY"
	fi
	grep -q UBLK_F_USER_COPY /tmp/uc.err || fail "refusal: $(cat /tmp/uc.err)"
	no_ublk_devs
	skip "no UBLK_F_USER_COPY here (the refusal is clean)"
fi
[ -e /dev/ublkb70 ] && fail "a refused add left /dev/ublkb70"

$UBLK add -t mem --size 64M -n 71 -q 2 --usercopy >/dev/null || fail "mem --usercopy"
wait_dev /dev/ublkb71 5 || fail "no device"
[ "$(path_of 71)" = user_copy ] || fail "list says data path '$(path_of 71)'"
for a in "4k 32 16M" "128k 8 32M --numjobs=2 --offset_increment=32M"; do
	set -- $a
	run_fio --name=uc --filename=/dev/ublkb71 --direct=1 --ioengine=io_uring \
		--rw=randwrite --bs=$1 --iodepth=$2 --size=$3 --verify=crc32c \
		--do_verify=1 --verify_fatal=1 --randrepeat=0 $4 $5 ||
		fail "verify bs=$1 on user copy"
done
$UBLK del -n 71 || fail "del"
wait_gone /dev/ublkb71 5 || fail "device stays"

$UBLK add -t null -n 72 --usercopy >/dev/null || fail "null --usercopy"
wait_dev /dev/ublkb72 5 || fail "no null device"
run_fio --name=n --filename=/dev/ublkb72 --direct=1 --ioengine=io_uring \
	--rw=randrw --bs=64k --iodepth=16 --size=64M --runtime=2 --time_based ||
	fail "null --usercopy: fio"
$UBLK del -n 72 || fail "del null"
wait_gone /dev/ublkb72 5 || fail "null device stays"

RECOVERY_TGT="-t mem --size 64M --usercopy" RECOVERY_OPTS="-r 1" \
	sh "$UBLKD_ROOT/tests/vm/400-recovery-mem.sh" || fail "recovery with --usercopy"
no_ublk_devs
pass
