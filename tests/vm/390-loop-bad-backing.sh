#!/bin/sh
# Backings that cannot work: a clear message on stderr, a non-zero exit,
# and no device left behind.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
d=/tmp/loopbad.$$
on_exit "$UBLK del -a"
on_exit "rm -rf $d /tmp/e.$$"
mkdir -p $d/dir || fail "mkdir"
: >$d/empty
truncate -s 1000 $d/odd
truncate -s 1M $d/ok

bad() {	# message-regex args...
	want=$1
	shift
	$UBLK add -t loop "$@" >/dev/null 2>/tmp/e.$$ &&
		fail "'ublk add -t loop $*' succeeded"
	info "ublk add -t loop $*: $(cat /tmp/e.$$ | tr '\n' ' ')"
	grep -qiE "$want" /tmp/e.$$ ||
		fail "'ublk add -t loop $*': no message matching '$want'"
	no_ublk_devs
	$UBLK list 2>/dev/null | grep -q '^dev id' &&
		fail "'ublk add -t loop $*' left a device in the list"
	return 0
}

bad "No such file" -f $d/missing
bad "directory" -f $d/dir
bad "empty|0 bytes" -f $d/empty
bad "not a multiple" -f $d/odd
bad "not a multiple" --buffered_io -f $d/odd
bad "beyond the end" -o 2048 -f $d/ok
bad "beyond the end" -o 4096 -f $d/ok
bad "larger" --size 2M -f $d/ok
bad "larger" -o 1 --size 1M -f $d/ok
bad "neither" -f /dev/null
# the good one next to them works (given relative: described absolute)
(cd $d && loop_add 41 -f ok --buffered_io) || exit 1
[ "$($BLOCKDEV --getsize64 /dev/ublkb41)" = 1048576 ] || fail "size of ok"
loop_json 41 | grep -qF "\"backing_file\":\"$d/ok\"" ||
	fail "backing_file is not the absolute path: $(loop_json 41)"
loop_del 41
pass
