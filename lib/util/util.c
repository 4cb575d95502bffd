/* gcc-escape: memory, printf into strings, arenas, hash sets, FNV-1a.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The bottom of every program built here (escape/util.h): the analysis
   core, the report library and escape-report use it; it uses nothing but
   the C library.  The arena hands out memory that lives as long as its
   function, unit or report document and is freed in one call.  Running
   out of memory is reported from one place, esc_xrealloc.  */

#include "escape/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reallocate P to N bytes, exiting with a message if memory runs out.  */
void *
esc_xrealloc (void *p, size_t n)
{
  void *q = realloc (p, n ? n : 1);
  if (!q)
    {
      fputs ("cc1: fatal error: escape: out of memory\n", stderr);
      exit (EXIT_FAILURE);
    }
  return q;
}

/* Allocate N zeroed elements of SIZE bytes.  */
void *
esc_xcalloc (size_t n, size_t size)
{
  void *q = calloc (n ? n : 1, size ? size : 1);
  if (!q)
    return esc_xrealloc (NULL, (size_t) -1 / 2); /* reports and exits */
  return q;
}

/* A malloc'd string, printf style.  */
char *
esc_strprintf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (NULL, 0, fmt, ap);
  va_end (ap);
  if (n < 0)
    n = 0;
  char *s = esc_xrealloc (NULL, (size_t) n + 1);
  va_start (ap, fmt);
  vsnprintf (s, (size_t) n + 1, fmt, ap);
  va_end (ap);
  return s;
}

/* ---------------------------------------------------------------------- */
/* Arena.  */

struct esc_arena_chunk
{
  struct esc_arena_chunk *next;
  size_t used, size;
  max_align_t data[];
};

#define ESC_ARENA_CHUNK 16384

/* N bytes from ARENA, aligned for any type.  */
void *
esc_arena_alloc (esc_arena *arena, size_t n)
{
  size_t al = sizeof (max_align_t);
  n = (n + al - 1) / al * al;
  struct esc_arena_chunk *c = arena->head;
  if (!c || c->size - c->used < n)
    {
      size_t size = n > ESC_ARENA_CHUNK ? n : ESC_ARENA_CHUNK;
      c = esc_xrealloc (NULL, sizeof (struct esc_arena_chunk) + size);
      c->used = 0;
      c->size = size;
      if (arena->head && n > ESC_ARENA_CHUNK)
	{
	  /* Keep the current chunk's free space in front.  */
	  c->next = arena->head->next;
	  arena->head->next = c;
	}
      else
	{
	  c->next = arena->head;
	  arena->head = c;
	}
    }
  void *p = (char *) c->data + c->used;
  c->used += n;
  return p;
}

/* Copy S into ARENA.  */
char *
esc_arena_strdup (esc_arena *arena, const char *s)
{
  if (!s)
    return NULL;
  size_t n = strlen (s) + 1;
  char *p = esc_arena_alloc (arena, n);
  memcpy (p, s, n);
  return p;
}

/* Format FMT into ARENA.  */
char *
esc_arena_printf (esc_arena *arena, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  if (!fmt)
    return esc_arena_strdup (arena, "");
  va_start (ap, fmt);
  int n = vsnprintf (small, sizeof small, fmt, ap);
  va_end (ap);
  if (n < 0)
    n = 0;
  char *p = esc_arena_alloc (arena, (size_t) n + 1);
  if ((size_t) n < sizeof small)
    memcpy (p, small, (size_t) n + 1);
  else
    {
      va_start (ap, fmt);
      vsnprintf (p, (size_t) n + 1, fmt, ap);
      va_end (ap);
    }
  return p;
}

/* Free every chunk of ARENA.  */
void
esc_arena_free (esc_arena *arena)
{
  struct esc_arena_chunk *c = arena->head;
  while (c)
    {
      struct esc_arena_chunk *next = c->next;
      free (c);
      c = next;
    }
  arena->head = NULL;
}

/* ---------------------------------------------------------------------- */
/* Hash set of uint64_t.  */

/* Mix KEY into a hash.  */
static uint64_t
hash64 (uint64_t key)
{
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  key *= 0xc4ceb9fe1a85ec53ULL;
  key ^= key >> 33;
  return key;
}

/* Insert KEY into SET.  */
int
esc_hset_insert_p (esc_hset *set, uint64_t key)
{
  if ((set->n + 1) * 2 > set->cap)
    {
      size_t nc = set->cap ? set->cap * 2 : 64;
      uint64_t *nk = esc_xcalloc (nc, sizeof (uint64_t));
      for (size_t i = 0; i < set->cap; i++)
	if (set->keys[i])
	  {
	    size_t h = hash64 (set->keys[i]) & (nc - 1);
	    while (nk[h])
	      h = (h + 1) & (nc - 1);
	    nk[h] = set->keys[i];
	  }
      free (set->keys);
      set->keys = nk;
      set->cap = nc;
    }
  size_t h = hash64 (key) & (set->cap - 1);
  while (set->keys[h])
    {
      if (set->keys[h] == key)
	return 0;
      h = (h + 1) & (set->cap - 1);
    }
  set->keys[h] = key;
  set->n++;
  return 1;
}

/* Nonzero if KEY is in SET.  */
int
esc_hset_has_p (const esc_hset *set, uint64_t key)
{
  if (!set->cap || !key)
    return 0;
  size_t h = hash64 (key) & (set->cap - 1);
  while (set->keys[h])
    {
      if (set->keys[h] == key)
	return 1;
      h = (h + 1) & (set->cap - 1);
    }
  return 0;
}

/* FNV-1a over the N bytes at P, continuing from H.  */
uint64_t
esc_fnv1a (uint64_t h, const void *p, size_t n)
{
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++)
    {
      h ^= b[i];
      h *= 0x100000001b3ULL;
    }
  return h;
}

/* Release SET.  */
void
esc_hset_free (esc_hset *set)
{
  free (set->keys);
  set->keys = NULL;
  set->n = set->cap = 0;
}

/* Whether P[0..LEN) is a plain decimal from MIN to MAX; see util.h.  */
int
esc_parse_decimal (const char *p, size_t len, long min, long max, long *out)
{
  if (len == 0 || (len > 1 && p[0] == '0'))
    return 0;
  long v = 0;
  for (size_t i = 0; i < len; i++)
    {
      if (p[i] < '0' || p[i] > '9')
	return 0;
      int d = p[i] - '0';
      if (v > (max - d) / 10)
	return 0;
      v = v * 10 + d;
    }
  if (v < min)
    return 0;
  *out = v;
  return 1;
}
