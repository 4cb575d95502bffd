/* gcc-escape: growable arrays and sparse sets of the solver, positions.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Points-to sets are sorted, duplicate-free arrays of uint32_t location
   ids: most sets are tiny, and sorted arrays make union-with-delta one
   linear merge.  Memory, arenas and hash sets, which the report library
   needs too, are one level down in lib/util/util.c (escape/util.h).  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Make room in VEC for N elements.  */
void
esc_u32v_reserve (esc_u32v *vec, uint32_t n)
{
  if (n <= vec->cap)
    return;
  uint32_t nc = vec->cap ? vec->cap : 4;
  while (nc < n)
    nc = nc > 0x7fffffffu ? 0xffffffffu : nc * 2;
  vec->v = esc_xrealloc (vec->v, (size_t) nc * sizeof (uint32_t));
  vec->cap = nc;
}

/* Append X to VEC.  */
void
esc_u32v_push (esc_u32v *vec, uint32_t x)
{
  if (vec->n == vec->cap)
    esc_u32v_reserve (vec, vec->n + 1);
  vec->v[vec->n++] = x;
}

/* Release VEC's storage.  */
void
esc_u32v_free (esc_u32v *vec)
{
  free (vec->v);
  vec->v = NULL;
  vec->n = vec->cap = 0;
}

/* Sort V[0..N) in place: insertion sort when short, else a four-pass LSD
   radix sort on bytes (sets are sorted after every shifted
   propagation, so this is hot).  */
static void
sort_u32 (uint32_t *v, uint32_t n)
{
  if (n < 48)
    {
      for (uint32_t i = 1; i < n; i++)
	{
	  uint32_t x = v[i], j = i;
	  while (j > 0 && v[j - 1] > x)
	    {
	      v[j] = v[j - 1];
	      j--;
	    }
	  v[j] = x;
	}
      return;
    }
  uint32_t *tmp = esc_xrealloc (NULL, (size_t) n * sizeof (uint32_t));
  uint32_t count[256];
  uint32_t *src = v, *dst = tmp;
  for (int shift = 0; shift < 32; shift += 8)
    {
      memset (count, 0, sizeof count);
      for (uint32_t i = 0; i < n; i++)
	count[(src[i] >> shift) & 0xff]++;
      uint32_t sum = 0;
      for (uint32_t d = 0; d < 256; d++)
	{
	  uint32_t c = count[d];
	  count[d] = sum;
	  sum += c;
	}
      for (uint32_t i = 0; i < n; i++)
	dst[count[(src[i] >> shift) & 0xff]++] = src[i];
      uint32_t *t = src;
      src = dst;
      dst = t;
    }
  /* An even number of passes: the result is back in V.  */
  free (tmp);
}

/* Sort VEC and remove duplicates.  */
void
esc_u32v_sort_unique (esc_u32v *vec)
{
  if (vec->n < 2)
    return;
  sort_u32 (vec->v, vec->n);
  uint32_t j = 1;
  for (uint32_t i = 1; i < vec->n; i++)
    if (vec->v[i] != vec->v[j - 1])
      vec->v[j++] = vec->v[i];
  vec->n = j;
}

/* Merge sorted A[0..NA) and B[0..NB) into OUT (sized NA + NB) from the
   back, so OUT may be A's own buffer.  */
static void
merge_back (uint32_t *out, const uint32_t *a, uint32_t na,
	    const uint32_t *b, uint32_t nb)
{
  uint32_t i = na, j = nb, k = na + nb;
  while (j > 0)
    {
      if (i > 0 && a[i - 1] > b[j - 1])
	out[--k] = a[--i];
      else
	out[--k] = b[--j];
    }
}

/* Union ADD[0..N) into SET, recording new elements in DELTA.  */
uint32_t
esc_set_union (esc_u32v *set, const uint32_t *add, uint32_t n,
	       esc_u32v *delta, esc_u32v *scratch)
{
  if (n == 0)
    return 0;
  /* Collect ADD \ SET into SCRATCH.  */
  scratch->n = 0;
  esc_u32v_reserve (scratch, n);
  const uint32_t *s = set->v;
  uint32_t ns = set->n, i = 0;
  if ((uint64_t) n * 16 < ns)
    {
      /* Few elements into a big set: binary search each, in the part of
	 the set after the previous element.  */
      for (uint32_t j = 0; j < n; j++)
	{
	  uint32_t lo = i, hi = ns;
	  while (lo < hi)
	    {
	      uint32_t mid = lo + (hi - lo) / 2;
	      if (s[mid] < add[j])
		lo = mid + 1;
	      else
		hi = mid;
	    }
	  i = lo;
	  if (i < ns && s[i] == add[j])
	    continue;
	  scratch->v[scratch->n++] = add[j];
	}
    }
  else
    for (uint32_t j = 0; j < n; j++)
      {
	while (i < ns && s[i] < add[j])
	  i++;
	if (i < ns && s[i] == add[j])
	  continue;
	scratch->v[scratch->n++] = add[j];
      }
  uint32_t nn = scratch->n;
  if (nn == 0)
    return 0;
  esc_u32v_reserve (set, set->n + nn);
  merge_back (set->v, set->v, set->n, scratch->v, nn);
  set->n += nn;
  if (delta)
    {
      /* DELTA and the new elements are disjoint: DELTA ⊆ old SET.  */
      esc_u32v_reserve (delta, delta->n + nn);
      merge_back (delta->v, delta->v, delta->n, scratch->v, nn);
      delta->n += nn;
    }
  return nn;
}

/* Binary search X in SET.  */
int
esc_set_has_p (const esc_u32v *set, uint32_t x)
{
  uint32_t lo = 0, hi = set->n;
  while (lo < hi)
    {
      uint32_t mid = lo + (hi - lo) / 2;
      if (set->v[mid] < x)
	lo = mid + 1;
      else if (set->v[mid] > x)
	hi = mid;
      else
	return 1;
    }
  return 0;
}

/* Order two positions: file (unknown first), line, column.  */
int
esc_pos_cmp (const esc_pos *a, const esc_pos *b)
{
  if (a->file != b->file)
    {
      int c = strcmp (a->file ? a->file : "", b->file ? b->file : "");
      if (c)
	return c;
    }
  if (a->line != b->line)
    return a->line < b->line ? -1 : 1;
  return (a->column > b->column) - (a->column < b->column);
}
