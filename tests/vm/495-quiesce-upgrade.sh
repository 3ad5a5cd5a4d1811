run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
!run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
,run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
:run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
`run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
`run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
xrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
,run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
jrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
:run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
,run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
`run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
`run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
`run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
`run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
,run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
{run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
:run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
}run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
xrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
xrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
5run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
{run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
*run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Zrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
*run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
*run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
;run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
}run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
{run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
*run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
9run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
*run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
*run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
;run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
}run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
:run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
:run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
5run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
zrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
6run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
4run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
5run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
!run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
;run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
4run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
6run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
zrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
5run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
6run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
!run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
xrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
9run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
;run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
:run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
!run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
&run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
+run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
?run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
5run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
{run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
;run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
xrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
;run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
}run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
0run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
'run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
.run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
#run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
,run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
qrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
[run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
]run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
(run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
)run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
wrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
4run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
hrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
6run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
zrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Mrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
crun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
\run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
	run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
_run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
=run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
1run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
2run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
>run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
/run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
trun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Brun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Krun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
-run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
$run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
Drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
|run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
lrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
3run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
prun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
grun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
arun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
srun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
urun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
drun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
vrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
irun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
frun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
yrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
,run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
nrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
 run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
erun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
orun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
rrun_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
"run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"

run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=40M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recover"
