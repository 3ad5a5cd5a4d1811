/* SPDX-License-Identifier: MIT */
/* A spin-wait hint for busy loops, portable. */
#ifndef UBLKD_ENGINE_CPU_H
#define UBLKD_ENGINE_CPU_H

/*
 * Tell the CPU we are spinning: x86 `pause`, aarch64 `yield`; elsewhere
 * a compiler barrier, so the loop still re-reads memory.
 */
static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
	__asm__ __volatile__("pause" ::: "memory");
#elif defined(__aarch64__)
	__asm__ __volatile__("yield" ::: "memory");
#else
	__asm__ __volatile__("" ::: "memory");
#endif
}

#endif /* UBLKD_ENGINE_CPU_H */
