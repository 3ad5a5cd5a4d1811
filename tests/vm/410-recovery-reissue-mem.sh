#!/bin/sh
# 400-recovery-mem.sh with -r 1 -i 1: in-flight I/O is re-issued to the
# recovered daemon instead of failing.
RECOVERY_OPTS="-r 1 -i 1" RECOVERY_ID=31 exec sh "${UBLKD_ROOT:-.}/tests/vm/400-recovery-mem.sh"
