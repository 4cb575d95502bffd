/* gcc-escape: the inclusion-based (Andersen) points-to solver.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The graph: every representative node owns a points-to set PTS, the part
   DELTA of it not yet pushed along its edges, copy edges (with an offset:
   0, a constant, or ESC_OFF_ANY) and complex constraints (loads from and
   stores through it).

   The worklist algorithm with difference propagation: a node is on the
   worklist when its DELTA is not empty.  Processing it takes the DELTA
   and
     - for each complex constraint and each location L of the delta, adds
       the edge the constraint implies (load d ⊇ *(n+k): content(L+k) -> d;
       store *(n+k) ⊇ s: s -> content(L+k)); a NEW edge immediately carries
       the whole set of its source, later growth travels as deltas;
     - pushes the delta along every copy edge (shifted by the edge's
       offset; ESC_OFF_ANY collapses the target objects).
   Each location therefore crosses each edge once, and sets only grow: the
   fixed point is the least solution of the constraints.

   Cycle collapsing: nodes on a cycle of zero-offset copy edges end with
   equal sets, so they are merged (union-find) into one.  Tarjan's SCC
   algorithm runs before solving and again whenever the number of edges
   added since the last run exceeds half the edges of the graph (so the
   total cost stays O(E log E)).  Merging unions the sets and gives the
   survivor the other's edges and complex constraints; when the merged
   node brought edges or constraints, the survivor's whole set becomes
   its delta, as those have seen none of the survivor's locations.

   Collapsing an object (ESC_OFF_ANY, too many fields) is queued by
   objects.c and done here between two node visits.

   The solver never recurses, never asserts, and stops after a fixed
   budget of set operations (then the result is under-approximate: some
   escapes may be missed, none invented).  */

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Set-operation budget per function (elements pushed along edges).  */
#define ESC_SOLVE_BUDGET ((size_t) 400 * 1000 * 1000)

/* Add ELEMS moved by OFF to DST's set.  */
void
esc_propagate (esc_fn *fn, uint32_t dst, const uint32_t *elems, uint32_t n,
	       int64_t off)
{
  if (n == 0)
    return;
  if (off == 0)
    {
      esc_graph_add (fn, dst, elems, n);
      return;
    }
  /* Shifting creates locations (and so nodes), never moves sets.  */
  esc_u32v *tmp = &fn->scratch2;
  tmp->n = 0;
  esc_u32v_reserve (tmp, n);
  for (uint32_t i = 0; i < n; i++)
    tmp->v[tmp->n++] = esc_loc_shift (fn, elems[i], off);
  esc_u32v_sort_unique (tmp);
  esc_graph_add (fn, esc_find (fn, dst), tmp->v, tmp->n);
}

/* Merge representatives A and B; returns the survivor.  */
uint32_t
esc_merge (esc_fn *fn, uint32_t a, uint32_t b)
{
  if (a == b)
    return a;
  uint32_t r = b, m = a;
  if (fn->nodes[a].pts.n > fn->nodes[b].pts.n)
    r = a, m = b;
  esc_noderec *R = &fn->nodes[r], *M = &fn->nodes[m];
  M->parent = r;
  esc_set_union (&R->pts, M->pts.v, M->pts.n, &R->delta, &fn->scratch);
  int rework = M->nedges || M->cplx.n;
  if (M->nedges)
    {
      if (R->nedges + M->nedges > R->cedges)
	{
	  R->cedges = R->nedges + M->nedges;
	  if (R->cedges < 2 * R->nedges)
	    R->cedges = 2 * R->nedges;
	  R->edges = esc_xrealloc (R->edges, R->cedges * sizeof (esc_edge));
	}
      memcpy (R->edges + R->nedges, M->edges, M->nedges * sizeof (esc_edge));
      R->nedges += M->nedges;
    }
  if (M->cplx.n)
    {
      esc_u32v_reserve (&R->cplx, R->cplx.n + M->cplx.n);
      memcpy (R->cplx.v + R->cplx.n, M->cplx.v, M->cplx.n * sizeof (uint32_t));
      R->cplx.n += M->cplx.n;
    }
  if (rework && R->pts.n)
    {
      esc_u32v_reserve (&R->delta, R->pts.n);
      memcpy (R->delta.v, R->pts.v, R->pts.n * sizeof (uint32_t));
      R->delta.n = R->pts.n;
    }
  esc_u32v_free (&M->pts);
  esc_u32v_free (&M->delta);
  esc_u32v_free (&M->cplx);
  free (M->edges);
  M->edges = NULL;
  M->nedges = M->cedges = 0;
  fn->stats.collapsed++;
  if (R->delta.n)
    esc_work_push (fn, r);
  return r;
}

/* Merge the field nodes of every object collapsed since the last call.  */
static void
do_pending_collapses (esc_fn *fn)
{
  for (uint32_t i = 0; i < fn->pending_collapse.n; i++)
    {
      uint32_t obj = fn->pending_collapse.v[i];
      uint32_t loc0 = esc_loc (fn, obj, 0);
      esc_objrec *o = &fn->objs[obj];
      for (uint32_t j = 0; j < o->nfields; j++)
	{
	  uint32_t a = esc_find (fn, o->fields[j].node);
	  uint32_t b = esc_find (fn, loc0);
	  if (a != b)
	    esc_merge (fn, a, b);
	}
    }
  fn->pending_collapse.n = 0;
}

/* Nonzero if edge A goes before edge B: by destination, then offset.  */
static inline int
edge_before_p (const esc_edge *a, const esc_edge *b)
{
  return a->dst < b->dst || (a->dst == b->dst && a->off < b->off);
}

/* Scratch edges for the sorts of one collapse_cycles, grown on demand.  */
typedef struct edge_buf
{
  esc_edge *v;
  size_t cap;
} edge_buf;

/* B's space for N edges.  */
static esc_edge *
edge_buf_get (edge_buf *b, size_t n)
{
  if (n > b->cap)
    {
      b->cap = n > 2 * b->cap ? n : 2 * b->cap;
      b->v = esc_xrealloc (b->v, b->cap * sizeof (esc_edge));
    }
  return b->v;
}

/* Sort the N edges of E, with TMP room for N more: insertion sort for
   short runs, a bottom-up merge sort otherwise (qsort's comparison calls
   cost more than the sorting itself here).  */
static void
sort_edge_run (esc_edge *e, uint32_t n, esc_edge *tmp)
{
  if (n <= 16)
    {
      for (uint32_t i = 1; i < n; i++)
	{
	  esc_edge x = e[i];
	  uint32_t j = i;
	  for (; j > 0 && edge_before_p (&x, &e[j - 1]); j--)
	    e[j] = e[j - 1];
	  e[j] = x;
	}
      return;
    }
  esc_edge *from = e, *to = tmp;
  for (uint32_t w = 1; w < n; w *= 2)
    {
      for (uint32_t lo = 0; lo < n; lo += 2 * w)
	{
	  uint32_t mid = lo + w < n ? lo + w : n;
	  uint32_t hi = lo + 2 * w < n ? lo + 2 * w : n;
	  uint32_t i = lo, j = mid, k = lo;
	  while (i < mid && j < hi)
	    to[k++] = edge_before_p (&from[j], &from[i]) ? from[j++] : from[i++];
	  while (i < mid)
	    to[k++] = from[i++];
	  while (j < hi)
	    to[k++] = from[j++];
	}
      esc_edge *t = from;
      from = to;
      to = t;
    }
  if (from != e)
    memcpy (e, from, (size_t) n * sizeof (esc_edge));
}

/* Sort the N edges of E by destination, then offset: they come mostly
   sorted (a sorted run from the last tidying, then the edges added
   since), so sort the rest after the longest sorted prefix, in B, and
   merge the two from the back.  */
static void
sort_edges (esc_edge *e, uint32_t n, edge_buf *b)
{
  uint32_t p = 1;
  while (p < n && !edge_before_p (&e[p], &e[p - 1]))
    p++;
  if (p >= n)
    return;
  uint32_t t = n - p;
  esc_edge *tail = edge_buf_get (b, 2 * (size_t) t);
  memcpy (tail, e + p, t * sizeof (esc_edge));
  sort_edge_run (tail, t, tail + t);
  uint32_t i = p, j = t, k = n;
  while (j > 0)
    {
      if (i > 0 && edge_before_p (&tail[j - 1], &e[i - 1]))
	e[--k] = e[--i];
      else
	e[--k] = tail[--j];
    }
}

/* Point REP's edges at representatives; drop self loops and duplicates
   (B: scratch for the sort).  */
static void
tidy_edges (esc_fn *fn, uint32_t rep, edge_buf *b)
{
  esc_noderec *n = &fn->nodes[rep];
  if (!n->nedges)
    return;
  uint32_t k = 0;
  for (uint32_t i = 0; i < n->nedges; i++)
    {
      esc_edge e = n->edges[i];
      e.dst = esc_find (fn, e.dst);
      if (e.dst == rep && e.off == 0)
	continue;
      n->edges[k++] = e;
    }
  n->nedges = k;
  if (k > 1)
    {
      sort_edges (n->edges, k, b);
      uint32_t j = 1;
      for (uint32_t i = 1; i < k; i++)
	if (n->edges[i].dst != n->edges[j - 1].dst
	    || n->edges[i].off != n->edges[j - 1].off)
	  n->edges[j++] = n->edges[i];
      n->nedges = j;
    }
}

/* Tarjan's SCC algorithm over zero-offset copy edges, iteratively; merge
   every component of more than one node.  */
static void
collapse_cycles (esc_fn *fn)
{
  uint32_t nn = fn->nnodes;
  fn->edges_since_scc = 0;
  edge_buf buf = { NULL, 0 };
  for (uint32_t v = 0; v < nn; v++)
    if (fn->nodes[v].parent == v)
      tidy_edges (fn, v, &buf);

  uint32_t *index = esc_xcalloc (nn, sizeof (uint32_t)); /* 0 = unvisited */
  uint32_t *low = esc_xcalloc (nn, sizeof (uint32_t));
  uint32_t *edge_i = esc_xcalloc (nn, sizeof (uint32_t));
  unsigned char *onstack = esc_xcalloc (nn, 1);
  esc_u32v stack = { 0 }, call = { 0 }, comp = { 0 };
  uint32_t counter = 0;

  for (uint32_t root = 0; root < nn; root++)
    {
      if (fn->nodes[root].parent != root || index[root])
	continue;
      esc_u32v_push (&call, root);
      index[root] = low[root] = ++counter;
      esc_u32v_push (&stack, root);
      onstack[root] = 1;
      while (call.n)
	{
	  uint32_t v = call.v[call.n - 1];
	  esc_noderec *nv = &fn->nodes[v];
	  if (edge_i[v] < nv->nedges)
	    {
	      esc_edge e = nv->edges[edge_i[v]++];
	      if (e.off != 0)
		continue;
	      uint32_t w = e.dst; /* already a rep after tidy_edges */
	      if (!index[w])
		{
		  index[w] = low[w] = ++counter;
		  esc_u32v_push (&stack, w);
		  onstack[w] = 1;
		  esc_u32v_push (&call, w);
		}
	      else if (onstack[w] && index[w] < low[v])
		low[v] = index[w];
	      continue;
	    }
	  call.n--;
	  if (call.n)
	    {
	      uint32_t u = call.v[call.n - 1];
	      if (low[v] < low[u])
		low[u] = low[v];
	    }
	  if (low[v] == index[v])
	    {
	      comp.n = 0;
	      uint32_t w;
	      do
		{
		  w = stack.v[--stack.n];
		  onstack[w] = 0;
		  esc_u32v_push (&comp, w);
		}
	      while (w != v);
	      if (comp.n > 1)
		{
		  uint32_t r = comp.v[0];
		  for (uint32_t i = 1; i < comp.n; i++)
		    r = esc_merge (fn, esc_find (fn, comp.v[i]),
				   esc_find (fn, r));
		  tidy_edges (fn, esc_find (fn, r), &buf);
		}
	    }
	}
    }
  free (index);
  free (low);
  free (edge_i);
  free (onstack);
  free (buf.v);
  esc_u32v_free (&stack);
  esc_u32v_free (&call);
  esc_u32v_free (&comp);
}

/* Process representative N: push its delta through complex constraints
   and edges.  Returns the number of elements handled (for the budget).  */
static size_t
process (esc_fn *fn, uint32_t n)
{
  esc_u32v d = fn->nodes[n].delta;
  memset (&fn->nodes[n].delta, 0, sizeof (esc_u32v));
  size_t work = d.n;

  for (uint32_t i = 0; i < fn->nodes[n].cplx.n; i++)
    {
      esc_cons c = fn->cons[fn->nodes[n].cplx.v[i]];
      for (uint32_t j = 0; j < d.n; j++)
	{
	  uint32_t loc = esc_loc_shift (fn, d.v[j], c.off);
	  uint32_t f = esc_find (fn, loc);
	  if (c.kind == ESC_C_LOAD)
	    {
	      uint32_t dst = esc_find (fn, c.dst);
	      if (esc_graph_edge (fn, f, dst, 0))
		{
		  esc_u32v *fp = &fn->nodes[f].pts;
		  work += fp->n;
		  esc_graph_add (fn, dst, fp->v, fp->n);
		}
	    }
	  else
	    {
	      uint32_t src = esc_find (fn, c.src);
	      if (esc_graph_edge (fn, src, f, 0))
		{
		  esc_u32v *sp = &fn->nodes[src].pts;
		  work += sp->n;
		  esc_graph_add (fn, f, sp->v, sp->n);
		}
	    }
	}
    }

  for (uint32_t i = 0; i < fn->nodes[n].nedges; i++)
    {
      esc_edge e = fn->nodes[n].edges[i];
      uint32_t dst = esc_find (fn, e.dst);
      if (dst == n && e.off == 0)
	continue;
      work += d.n;
      esc_propagate (fn, dst, d.v, d.n, e.off);
    }
  esc_u32v_free (&d);
  return work;
}

/* Solve FN's points-to problem.  */
void
esc_solve_points_to (esc_fn *fn)
{
  fn->solving = 1;
  do_pending_collapses (fn);
  collapse_cycles (fn);
  size_t budget = 0;
  uint32_t head = 0;
  for (;;)
    {
      if (fn->pending_collapse.n)
	do_pending_collapses (fn);
      if (fn->edges_since_scc > 64
	  && fn->edges_since_scc * 2 > fn->edges_total)
	collapse_cycles (fn);
      if (head >= fn->work.n)
	{
	  esc_u32v t = fn->work;
	  fn->work = fn->next_work;
	  fn->next_work = t;
	  fn->next_work.n = 0;
	  head = 0;
	  if (fn->work.n == 0)
	    {
	      if (fn->pending_collapse.n || esc_guards_fire (fn))
		continue;
	      break;
	    }
	}
      uint32_t n = fn->work.v[head++];
      if (esc_find (fn, n) != n)
	continue;
      fn->nodes[n].inq = 0;
      if (!fn->nodes[n].delta.n)
	continue;
      fn->stats.iterations++;
      budget += process (fn, n);
      if (budget > ESC_SOLVE_BUDGET)
	break;
    }
  fn->solving = 0;
}
