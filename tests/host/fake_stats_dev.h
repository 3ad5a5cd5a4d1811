/* SPDX-License-Identifier: MIT */
/*
 * A device of two queues, each served by its own thread as the engine
 * serves them by default, with its live stats file made by the engine's
 * own ublk_stats_setup() in $UBLKD_RUN_DIR (tests of the stats file and
 * of `ublk stats`).
 */
#ifndef UBLKD_TESTS_FAKE_STATS_DEV_H
#define UBLKD_TESTS_FAKE_STATS_DEV_H

#include "engine/engine.h"

static struct ublk_dev dev;
static struct ublk_queue queues[2];
static struct ublk_thread threads[2];

static void fake_stats_dev(unsigned int dev_id)
{
	unsigned int i;

	dev.info.dev_id = dev_id;
	dev.nr_queues = 2;
	for (i = 0; i < 2; i++) {
		queues[i].dev = &dev;
		queues[i].q_id = i;
		dev.queues[i] = &queues[i];
		threads[i].queues[0] = &queues[i];
		threads[i].nr_queues = 1;
		queues[i].thread = &threads[i];
		dev.threads[i] = &threads[i];
	}
	dev.nr_threads = 2;
	ublk_stats_setup(&dev);
}

#endif
