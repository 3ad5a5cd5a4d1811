// SPDX-License-Identifier: MIT
/*
 * Setup fallback. UR_OPT_TASKRUN on this kernel gets SINGLE_ISSUER +
 * DEFER_TASKRUN (6.1+); r->setup_flags reports what stuck. The fallback
 * tiers are exercised by interposing syscall(): this program's own
 * definition wins over libc's for the statically linked ring code, and it
 * answers -EINVAL to the flag sets an older kernel would refuse.
 * A refusal with another errno fails ur_init cleanly.
 */
#include <dlfcn.h>
#include <stdarg.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "tap.h"
#include "ublkd/ring.h"

static unsigned int refuse_mask;	/* setup flags that give -EINVAL */
static int refuse_all_errno;		/* nonzero: every setup fails so */
static int nr_setup_calls;

long syscall(long nr, ...)
{
	static long (*real)(long, ...);
	long a[6];
	va_list ap;
	int i;

	va_start(ap, nr);
	for (i = 0; i < 6; i++)
		a[i] = va_arg(ap, long);
	va_end(ap);
	if (nr == __NR_io_uring_setup) {
		const struct io_uring_params *p = (const void *)a[1];

		nr_setup_calls++;
		if (refuse_all_errno) {
			errno = refuse_all_errno;
			return -1;
		}
		if (p->flags & refuse_mask) {
			errno = EINVAL;
			return -1;
		}
	}
	if (!real)
		real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
	return real(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}

static int works(struct ur_ring *r)
{
	struct ur_cqe cqe;
	struct ur_sqe *sqe = ur_get_sqe(r);

	ur_prep_nop(sqe);
	ur_sqe_set_data64(sqe, 99);
	return ur_wait_cqes(r, &cqe, 1, 1, 1000) == 1 && cqe.user_data == 99;
}

#define TIERS (IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN | \
	       IORING_SETUP_COOP_TASKRUN | IORING_SETUP_TASKRUN_FLAG)

/* ur_init with @flags, @refuse refused: COOP_TASKRUN after @calls calls */
static void coop_case(unsigned int refuse, unsigned int flags, int calls,
		      const char *what)
{
	struct ur_ring r;

	refuse_mask = refuse;
	nr_setup_calls = 0;
	is_int(ur_init(&r, 8, 0, flags), 0, "%s: ur_init", what);
	ok((r.setup_flags & TIERS) == (IORING_SETUP_SINGLE_ISSUER |
				       IORING_SETUP_COOP_TASKRUN |
				       IORING_SETUP_TASKRUN_FLAG),
	   "%s: SINGLE_ISSUER|COOP_TASKRUN|TASKRUN_FLAG stuck (%#x)", what,
	   r.setup_flags);
	is_int(nr_setup_calls, calls, "%s: %d setup call(s)", what, calls);
	ok(works(&r), "%s: NOP round trip with COOP_TASKRUN", what);
	ur_exit(&r);
	refuse_mask = 0;
}

int main(void)
{
	struct ur_ring r;
	unsigned int f;

	nr_setup_calls = 0;
	is_int(ur_init(&r, 8, 0, IORING_SETUP_SQE128 | UR_OPT_TASKRUN), 0,
	       "UR_OPT_TASKRUN: ur_init");
	f = r.setup_flags;
	diag("setup_flags %#x features %#x", f, r.features);
	ok((f & TIERS) == (IORING_SETUP_SINGLE_ISSUER |
			   IORING_SETUP_DEFER_TASKRUN |
			   IORING_SETUP_TASKRUN_FLAG),
	   "6.18: SINGLE_ISSUER|DEFER_TASKRUN|TASKRUN_FLAG stuck");
	ok(f & IORING_SETUP_SQE128, "SQE128 kept");
	is_int(nr_setup_calls, 1, "one setup call");
	ok(works(&r), "NOP round trip with DEFER_TASKRUN");
	ur_exit(&r);

	/* DEFER refused: the fallback lands on COOP, in a second call */
	coop_case(IORING_SETUP_DEFER_TASKRUN, UR_OPT_TASKRUN, 2,
		  "DEFER refused");
	/* COOP asked for: the first call, DEFER never tried */
	coop_case(0, UR_OPT_TASKRUN_COOP, 1, "UR_OPT_TASKRUN_COOP");

	refuse_mask = IORING_SETUP_SINGLE_ISSUER;
	nr_setup_calls = 0;
	is_int(ur_init(&r, 8, 0, IORING_SETUP_CQE32 | UR_OPT_TASKRUN), 0,
	       "both refused: ur_init falls back to none");
	is_int(r.setup_flags, IORING_SETUP_CQE32, "only CQE32 stuck");
	is_int(nr_setup_calls, 3, "three setup calls");
	ok(works(&r), "NOP round trip without task-run flags");
	ur_exit(&r);

	refuse_mask = 0;
	refuse_all_errno = ENOMEM;
	nr_setup_calls = 0;
	is_int(ur_init(&r, 8, 0, UR_OPT_TASKRUN), -ENOMEM,
	       "ENOMEM is not a fallback: -ENOMEM");
	is_int(nr_setup_calls, 1, "no retry on ENOMEM");
	is_int(r.fd, -1, "fd -1 after a failed init");
	ur_exit(&r);
	ok(1, "ur_exit on a failed ring returns");
	refuse_all_errno = 0;

	nr_setup_calls = 0;
	is_int(ur_init(&r, 8, 0, 0), 0, "no UR_OPT_TASKRUN: ur_init");
	is_int(r.setup_flags & TIERS, 0, "no task-run flags asked or set");
	is_int(nr_setup_calls, 1, "one setup call");
	ur_exit(&r);
	is_int(ur_init(&r, 8, 0, IORING_SETUP_SQPOLL), -EINVAL,
	       "SQPOLL refused");
	is_int(ur_init(&r, 0, 0, 0), -EINVAL, "0 entries: -EINVAL");
	return done_testing();
}
