#!/bin/sh
# Every bad argument: a message on stderr, exit 2, no device left behind.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"

bad() {	# expected-status args...: run, check status and a message
	want=$1
	shift
	$UBLK "$@" >/tmp/o.$$ 2>/tmp/e.$$
	rc=$?
	[ $rc = "$want" ] || fail "'ublk $*' exit $rc, want $want"
	[ -s /tmp/e.$$ ] || fail "'ublk $*' printed no error"
	info "ublk $*: $(head -n1 /tmp/e.$$)"
}
bad 2
bad 2 frobnicate
bad 2 add
bad 2 add -t nosuch
bad 2 add -t mem
bad 2 add -t mem --size 0
bad 2 add -t mem --size 12Q
bad 2 add -t mem --size -5M
bad 2 add -t null -q 0
bad 2 add -t null -q 1000
bad 2 add -t null -d 0
bad 2 add -t null -d 100000
bad 2 add -t null -n abc
bad 2 add -t null -n -2
bad 2 add -t null --logical_block_size 1000
bad 2 add -t null --max_io_buf_bytes 1000
bad 2 add -t null --poll_us abc
bad 2 add -t null --poll_us 2000000
bad 2 add -t null -r 0 -i 1
bad 2 add -t null -r 0 -e 1
bad 2 add -t null -g 2
bad 2 add -t null -u x
bad 2 add -t null --eventfd 99
bad 2 add -t null --nthreads 0
bad 2 set_affinity -n 0 -q 0
bad 2 set_affinity -n 0 -q 0 --cpuset x
bad 2 add -t null -r 2
bad 2 add -t null -f /tmp/x
bad 2 add -t loop
bad 2 add -t null --bogus
bad 2 add -t null extra
bad 2 del
bad 2 del -n xyz
bad 2 list -n -3
bad 2 recover
# well-formed but impossible: exit 1
bad 1 del -n 99
bad 1 recover -n 99
bad 1 add -t null --logical_block_size 4096 --size 6K
bad 1 add -t mem --size 1T
bad 1 add -t null -d 2 --nthreads 3 --per_io_tasks
bad 1 add -t null -q 2 --nthreads 1
bad 1 add -t null --unprivileged -r 1
bad 1 add -t null --htlb /nonexistent/buf
bad 2 add -t null --rdonly_shmem_buf
bad 2 chown sda
bad 1 set_affinity -n 99 -q 0 --cpuset 0
ls /dev/ublkb* >/dev/null 2>&1 && fail "a device was left behind"
$UBLK add -t null -n 20 >/dev/null || fail "add 20"
bad 1 add -t null -n 20
pass
