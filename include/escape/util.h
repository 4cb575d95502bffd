/* gcc-escape: the small utilities below the core and the report library.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Memory that gives up in one place, growable arrays, arenas, hash sets
   of 64-bit keys, FNV-1a and printf into a malloc'd string: what the
   analysis core (plugin/core/), the report library (lib/report/) and the
   escape-report tool (reports/) all need.  Implemented in lib/util/util.c,
   which depends on nothing but the C library; plain C11, no GCC type.
   Public to the programs built here, not installed: it is no API for
   other code.  */

#ifndef ESCAPE_UTIL_H
#define ESCAPE_UTIL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Allocate, reallocate or zero-allocate; exit with a message on failure
   (the single place that gives up).  */
void *esc_xrealloc (void *p, size_t n);
void *esc_xcalloc (size_t n, size_t size);

/* Grow the array PTR (with COUNT used and CAP allocated) to hold one more
   element.  */
#define ESC_GROW(ptr, count, cap)                                           \
  do                                                                        \
    {                                                                       \
      if ((count) >= (cap))                                                 \
	{                                                                   \
	  size_t esc_grow_nc_ = (cap) ? (size_t) (cap) * 2 : 8;             \
	  (ptr) = esc_xrealloc ((ptr), esc_grow_nc_ * sizeof (*(ptr)));     \
	  (cap) = esc_grow_nc_;                                             \
	}                                                                   \
    }                                                                       \
  while (0)

/* A malloc'd string, printf style.  */
char *esc_strprintf (const char *fmt, ...)
#ifdef __GNUC__
  __attribute__ ((format (printf, 1, 2)))
#endif
  ;

/* An arena for strings and result arrays of one function, unit or
   report document.  */
typedef struct esc_arena
{
  struct esc_arena_chunk *head;
} esc_arena;

void *esc_arena_alloc (esc_arena *arena, size_t n);
/* Copy S into ARENA; NULL stays NULL.  */
char *esc_arena_strdup (esc_arena *arena, const char *s);
/* printf into ARENA.  */
char *esc_arena_printf (esc_arena *arena, const char *fmt, ...)
#ifdef __GNUC__
  __attribute__ ((format (printf, 2, 3)))
#endif
  ;
void esc_arena_free (esc_arena *arena);

/* An open-addressing hash set of nonzero uint64_t keys.  */
typedef struct esc_hset
{
  uint64_t *keys;
  size_t n, cap;
} esc_hset;

/* Insert KEY (nonzero); returns nonzero if it was not there.  */
int esc_hset_insert_p (esc_hset *set, uint64_t key);
/* Nonzero if KEY is in SET.  */
int esc_hset_has_p (const esc_hset *set, uint64_t key);
void esc_hset_free (esc_hset *set);

/* FNV-1a: the hash H (start with ESC_FNV_INIT) extended by N bytes at P.  */
#define ESC_FNV_INIT 0xcbf29ce484222325ULL
uint64_t esc_fnv1a (uint64_t h, const void *p, size_t n);

/* Whether the LEN bytes at P are a plain decimal number from MIN to MAX
   (0 <= MIN): digits only, no sign, space or leading zero ("0" itself is
   fine); the number in *OUT.  The plugin's arguments are strict.  */
int esc_parse_decimal (const char *p, size_t len, long min, long max,
		       long *out);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_UTIL_H */
