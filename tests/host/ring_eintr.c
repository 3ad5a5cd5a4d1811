// SPDX-License-Identifier: MIT
/*
 * EINTR during a wait: a repeating SIGALRM whose handler has SA_RESTART
 * cleared interrupts io_uring_enter (checked first with the raw syscall).
 * ur_wait_cqes() still returns the CQE (a 300 ms TIMEOUT SQE) when waiting
 * forever, and still times out after the full 400 ms (not early, not
 * never) when the ring stays empty.
 */
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include "tap.h"
#include "ublkd/ring.h"

static volatile sig_atomic_t nr_signals;

static void on_alarm(int sig)
{
	(void)sig;
	nr_signals++;
}

static void alarm_every_ms(int ms)
{
	struct itimerval it = {
		.it_interval = { 0, ms * 1000 },
		.it_value = { 0, ms * 1000 },
	};

	setitimer(ITIMER_REAL, &it, NULL);
}

static double ms_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1e3 + (t.tv_nsec - t0->tv_nsec) / 1e6;
}

int main(void)
{
	struct sigaction sa;
	struct ur_ring r;
	struct ur_cqe cqe;
	struct __kernel_timespec ts = { .tv_sec = 0, .tv_nsec = 300000000 };
	struct timespec t0;
	struct ur_sqe *sqe;
	double ms;
	long raw;
	int ret;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sa.sa_flags = 0;		/* no SA_RESTART */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);

	is_int(ur_init(&r, 8, 0, 0), 0, "ur_init");

	/* the premise: a signal makes the raw wait fail with EINTR */
	alarm_every_ms(50);
	raw = syscall(__NR_io_uring_enter, r.fd, 0, 1, IORING_ENTER_GETEVENTS,
		      NULL, 0);
	ok(raw < 0 && errno == EINTR, "raw io_uring_enter wait gets EINTR");

	/* wait forever for a CQE that comes after several signals */
	nr_signals = 0;
	sqe = ur_get_sqe(&r);
	ur_prep_timeout(sqe, &ts, 0, 0);
	ur_sqe_set_data64(sqe, 77);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ret = ur_wait_cqes(&r, &cqe, 1, 1, -1);
	ms = ms_since(&t0);
	is_int(ret, 1, "wait forever: got the CQE");
	is_int(cqe.user_data, 77, "wait forever: its user_data");
	is_int(cqe.res, -ETIME, "wait forever: TIMEOUT res is -ETIME");
	ok(nr_signals >= 2, "wait forever: %d signals came in during the wait",
	   (int)nr_signals);
	ok(ms >= 290 && ms < 2000, "wait forever: returned after %.0f ms", ms);

	/* timed wait on an empty ring: full time despite the signals */
	nr_signals = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ret = ur_wait_cqes(&r, &cqe, 1, 1, 400);
	ms = ms_since(&t0);
	is_int(ret, -ETIME, "timed wait: -ETIME");
	ok(nr_signals >= 2, "timed wait: %d signals during the wait",
	   (int)nr_signals);
	ok(ms >= 395 && ms < 1500, "timed wait: took %.0f ms (asked 400)", ms);

	/* timed wait that the CQE beats */
	nr_signals = 0;
	sqe = ur_get_sqe(&r);
	ur_prep_timeout(sqe, &ts, 0, 0);
	ur_sqe_set_data64(sqe, 78);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ret = ur_wait_cqes(&r, &cqe, 1, 1, 5000);
	ms = ms_since(&t0);
	is_int(ret, 1, "timed wait: CQE before the timeout");
	is_int(cqe.user_data, 78, "timed wait: its user_data");
	ok(nr_signals >= 2 && ms >= 290 && ms < 2000,
	   "timed wait: %d signals, %.0f ms", (int)nr_signals, ms);

	/* submit_and_wait keeps waiting through signals too */
	nr_signals = 0;
	sqe = ur_get_sqe(&r);
	ur_prep_timeout(sqe, &ts, 0, 0);
	ur_sqe_set_data64(sqe, 79);
	ret = ur_submit_and_wait(&r, 1);
	is_int(ret, 1, "submit_and_wait: 1 submitted");
	is_int(ur_cq_ready(&r), 1, "submit_and_wait: CQE ready on return");
	ok(nr_signals >= 2, "submit_and_wait: %d signals", (int)nr_signals);
	alarm_every_ms(0);
	is_int(ur_peek_cqes(&r, &cqe, 1), 1, "peek it");
	is_int(cqe.user_data, 79, "its user_data");
	ur_exit(&r);
	return done_testing();
}
