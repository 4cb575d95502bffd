/* gcc-escape: private structures of the analysis core.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   Shared by the files of plugin/core/ and by nothing else.

   Nodes and locations.  Every node has an id in FN->NODES.  A node is
   either a register variable (OBJ == ESC_NONE) or the field node of a
   LOCATION (OBJ, OFF); a location's id is its field node's id, so a
   points-to set is a sorted array of node ids each naming a location.
   Dereferencing location L means using the set of find (L), its union-find
   representative.  Merging (cycle collapsing, object collapse) only ever
   changes representatives; a location keeps its (OBJ, OFF) forever.

   Invariants:
   - points-to sets and deltas are sorted and duplicate free;
   - only representatives own sets, edges and complex constraints; a
     merged node's vectors are freed;
   - the fields of an object are sorted by offset; once the object is
     COLLAPSED every lookup of (obj, k) answers (obj, 0);
   - the constraint list is append only and keeps ORIGINAL node ids, so
     explanations can replay it after solving.  */

#ifndef ESCAPE_CORE_INTERNAL_H
#define ESCAPE_CORE_INTERNAL_H

#include "escape/core.h"
#include "escape/util.h"

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------------- */
/* util.c: vectors and sparse sets of uint32_t (memory, ESC_GROW, arenas
   and hash sets are in escape/util.h, lib/util/util.c).  */

/* A growable array of uint32_t.  */
typedef struct esc_u32v
{
  uint32_t *v;
  uint32_t n, cap;
} esc_u32v;

void esc_u32v_push (esc_u32v *vec, uint32_t x);
void esc_u32v_reserve (esc_u32v *vec, uint32_t n);
void esc_u32v_free (esc_u32v *vec);
/* Sort VEC and drop duplicates.  */
void esc_u32v_sort_unique (esc_u32v *vec);

/* Merge the sorted unique array ADD[0..N) into the sorted set SET; the
   elements that were new are also merged into DELTA (if not NULL).
   Returns the number of new elements.  SCRATCH is a work buffer.  */
uint32_t esc_set_union (esc_u32v *set, const uint32_t *add, uint32_t n,
			esc_u32v *delta, esc_u32v *scratch);
/* Nonzero if sorted SET contains X.  */
int esc_set_has_p (const esc_u32v *set, uint32_t x);

/* ---------------------------------------------------------------------- */
/* The function's problem.  */

/* Most fields an object may have before it is collapsed, and the most
   field nodes a function may create before new objects' fields collapse:
   the caps that keep offset cycles (p = p + 8 in a loop) finite.  */
#define ESC_MAX_FIELDS 256
#define ESC_MAX_FIELDS_UNSIZED 32
/* Fields of a parameter's caller object that get a level-2 object of
   their own; the content of further fields is outside memory.  */
#define ESC_MAX_CONTENT_FIELDS 32
#define ESC_MAX_FIELD_NODES 400000

typedef struct esc_field
{
  int64_t off;
  uint32_t node;
} esc_field;

typedef struct esc_objrec
{
  esc_obj_kind kind;
  const char *name;    /* declared name or NULL */
  const char *display; /* display name, never NULL */
  esc_pos pos;
  int64_t size;
  int param;           /* for CALLER objects the parameter index, else -1 */
  int level;           /* CALLER: 1 for *p, 2 for what *(p + PARENT_OFF)
			  points to; else 0 */
  int64_t parent_off;
  uint32_t real;       /* WINDOW: the object it stands for, else ESC_NONE */
  int64_t real_off;
  int open;            /* WINDOW: not cleared (behaves as REAL) */
  int64_t alloc_size;  /* HEAP: the call's constant size, or 0 */
  unsigned alloc_flags; /* HEAP: ESC_ALLOC_* */
  const char *alloc_callee; /* HEAP: the allocating function */
  int collapsed;
  int first_rule;      /* first rule reaching it (all rules), or -1 */
  int addr_taken;      /* esc_addr named it */
  const char *accept;  /* accepted with this reason ("" for none), or NULL */
  esc_field *fields;   /* sorted by offset */
  uint32_t nfields, cfields;
} esc_objrec;

typedef struct esc_edge
{
  uint32_t dst;
  int64_t off; /* 0, a constant, or ESC_OFF_ANY */
} esc_edge;

typedef struct esc_noderec
{
  const char *name;
  uint32_t parent; /* union-find */
  uint32_t obj;    /* ESC_NONE for register variables */
  int64_t off;
  esc_u32v pts;    /* locations it may point to */
  esc_u32v delta;  /* the part of PTS not yet propagated */
  esc_edge *edges; /* copy edges out of this node */
  uint32_t nedges, cedges;
  esc_u32v cplx;   /* loads from / stores through this node: cons ids */
  int inq;
} esc_noderec;

enum esc_cons_kind
{
  ESC_C_ADDR = 0,
  ESC_C_COPY,
  ESC_C_LOAD,
  ESC_C_STORE
};

/* The pass of the arguments of calls to unknown functions.  */
#define ESC_PASS_OPAQUE ESC_RULE_COUNT

/* STEP of a constraint that produces no explanation step.  */
#define ESC_STEP_NONE 0xff
/* STEP of the copy of a guarded load (memflow.c): a store and a load;
   ARG is the guarded load's index.  */
#define ESC_STEP_REREAD 0xfe

/* A constraint as the glue (or a call model) made it.  ADDR: DST ⊇ {&SRC
   + OFF} with SRC an object id.  COPY: DST ⊇ SRC + OFF.  LOAD: DST ⊇
   *(SRC + OFF).  STORE: *(DST + OFF) ⊇ SRC.  CALL and ARG tie it to a call
   for explanations (-1 if none).  */
typedef struct esc_cons
{
  uint8_t kind;
  uint8_t step;
  int32_t call;
  int32_t arg;
  int32_t via;   /* made by a callee's summary: index in FN->VIAS, or -1 */
  uint32_t dst, src;
  int64_t off;
  esc_pos pos;
} esc_cons;

typedef struct esc_callrec
{
  const char *callee;
  int indirect_p;
  esc_pos pos;
} esc_callrec;

/* A root of rule QUEUE or FNPTR: the targets of NODE escape at CALL.  */
typedef struct esc_root
{
  esc_rule rule;
  uint32_t node;
  int32_t call;
  int32_t arg;
  int32_t via;   /* where the callee keeps it: index in FN->VIAS, or -1 */
  uint8_t content; /* a content root: what NODE's targets hold escapes,
		      at any offset, not the targets (content.c) */
} esc_root;

/* What a callee does with an argument, from its summary: for the note
   that points into the callee.  */
typedef struct esc_via
{
  esc_pos pos;
  const char *text;   /* "'push' stores it into ... here" (arena), made
			 on first use by esc_via_text */
  const char *callee; /* FN's arena */
  const char *what;   /* the flow's words, the unit's */
  int src_level;      /* the flow's source: 0 the argument itself */
} esc_via;

/* A value overwriting a window (esc_window_kill).  */
typedef struct esc_kill
{
  uint32_t window;
  uint32_t node;
} esc_kill;

/* A load the glue refined to the value of the store reaching it
   (memflow.c): DST ⊇ *(SRC + OFF) is added once a guard holds.  */
typedef struct esc_gload
{
  uint32_t dst, src;
  int64_t off;
  esc_pos pos, store_pos;
  uint32_t more;  /* also copied into DST when added, or ESC_NONE */
  int fired;
} esc_gload;

/* A statement between that store and the load: a store through NODE
   (DEEP 0), or a call with argument NODE (DEEP 1; ESC_NONE for the call
   itself).  */
typedef struct esc_guard
{
  uint32_t load;
  uint32_t node;
  uint8_t deep;
} esc_guard;

typedef struct esc_dumpreq
{
  uint32_t node;
  const char *label;
  esc_pos pos;
} esc_dumpreq;

/* Why an object was reached in one rule's reachability pass: through the
   field node VIA of object PARENT (ESC_NONE when VIA is a root node or
   the object is a seed), root record ROOT (-1 if none).  */
typedef struct esc_reach
{
  uint32_t via;
  uint32_t parent;
  int32_t root;
  uint8_t reached;
  uint8_t seed;
  uint8_t content; /* not reached, but its fields' targets are, from
		      content root ROOT (content.c) */
} esc_reach;

struct esc_fn
{
  esc_unit *unit;
  const char *name;
  int uid;
  esc_pos pos;
  int nparams;
  esc_arena arena;

  esc_objrec *objs;
  uint32_t nobjs, cobjs;
  esc_noderec *nodes;
  uint32_t nnodes, cnodes;
  esc_cons *cons;
  uint32_t ncons, ccons;
  esc_callrec *calls;
  uint32_t ncalls, ccalls;
  esc_root *roots;
  uint32_t nroots, croots;
  esc_dumpreq *dumps;
  uint32_t ndumps, cdumps;
  esc_via *vias;
  uint32_t nvias, cvias;
  esc_kill *kills;
  uint32_t nkills, ckills;
  esc_write *writes;        /* must-writes for the summary (effects.c) */
  uint32_t nwrites, cwrites;
  esc_gload *gloads;
  uint32_t ngloads, cgloads;
  esc_guard *guards;
  uint32_t nguards, cguards;
  size_t guard_work;  /* elements the guard checks scanned (memflow.c) */
  uint32_t *param_caller; /* nparams entries */
  const char **param_names; /* nparams entries, in ARENA */
  unsigned *param_flags;    /* nparams entries: ESC_PARAM_* */

  esc_obj nonlocal, strings, functions;
  uint32_t nl_loc;   /* location (NONLOCAL, 0) */
  /* Outside memory is two objects, both of kind NONLOCAL, kept apart as
     GCC keeps NONLOCAL and ESCAPED apart: OUTSIDE ("<nonlocal>") is the
     memory the function reaches through its globals and parameters;
     NONLOCAL ("<unknown>") is what functions without a body return and
     storage the glue does not understand.  */
  esc_obj outside;
  uint32_t out_loc;  /* location (OUTSIDE, 0) */
  uint32_t ret_node; /* RET */
  size_t field_nodes;

  /* Solver state.  */
  esc_u32v work, next_work;
  esc_u32v pending_collapse;
  esc_hset edge_set;
  size_t edges_total, edges_since_scc;
  esc_u32v scratch, scratch2;
  int solving;
  int solved;
  int changed;
  const char *accept;  /* esc_fn_accept's reason ("" for none), or NULL */

  /* The leaks per parameter from the last solve (in ARENA).  */
  int have_summary;
  esc_leak **leaks;
  size_t *nleaks;

  /* Results.  REACH has one more pass than rules: ESC_PASS_OPAQUE, the
     arguments of calls to unknown functions (not an escape for findings,
     but no heap-to-stack hint for what they may keep).  */
  esc_reach *reach[ESC_RULE_COUNT + 1];
  esc_hint *hints;
  size_t nhints;
  esc_finding *findings;
  size_t nfindings;
  esc_note *notes;
  size_t nnotes, cnotes;
  esc_fn_stats stats;

  /* Explanation indexes, built on first use.  */
  uint32_t *by_dst_start, *by_dst; /* CSR: non-store constraints by dst */
  uint32_t *st_start, *st_list;    /* CSR: stores by target object */
  uint32_t *visit_stamp;
  uint32_t visit_gen;
  size_t explain_work; /* set elements scanned by all explanations */
};

typedef struct esc_sumrec
{
  int uid;
  esc_summary sum;   /* FLOWS and PARAM_FLAGS malloc'd, texts in ARENA */
} esc_sumrec;

typedef struct esc_sink
{
  const char *name;  /* in the unit's arena */
  int arg;
} esc_sink;

struct esc_unit
{
  esc_options opts;
  esc_sumrec *sums; /* sorted by uid */
  size_t nsums, csums;
  esc_hset baseline; /* fingerprints, as 64-bit values (+1, never 0) */
  esc_sink *sinks;
  size_t nsinks, csinks;
  esc_region_fn region; /* esc_unit_set_region, or NULL */
  void *region_data;
  esc_arena arena;
};

/* Most flows a summary keeps; beyond, every pointer parameter escapes.  */
#define ESC_MAX_FLOWS 1024

/* ---------------------------------------------------------------------- */
/* objects.c  */

/* Nonzero if OBJ / NODE is a valid id of FN.  */
int esc_obj_valid_p (const esc_fn *fn, uint32_t obj);
int esc_node_valid_p (const esc_fn *fn, uint32_t node);
/* Create object KIND of FN, without validation.  */
esc_obj esc_obj_create (esc_fn *fn, esc_obj_kind kind, const char *name,
			esc_pos pos, int64_t size);
/* Create a register node named NAME.  */
uint32_t esc_node_create (esc_fn *fn, const char *name);
/* The location (OBJ, OFF), created on demand (OFF may be ESC_OFF_ANY,
   which collapses OBJ).  */
uint32_t esc_loc (esc_fn *fn, uint32_t obj, int64_t off);
/* The existing location (OBJ, OFF) or ESC_NONE; never creates.  */
uint32_t esc_loc_lookup (const esc_fn *fn, uint32_t obj, int64_t off);
/* Location L moved by OFF (constant or ESC_OFF_ANY), created on demand.  */
uint32_t esc_loc_shift (esc_fn *fn, uint32_t loc, int64_t off);
/* Location L moved by OFF without creating anything, or ESC_NONE.  */
uint32_t esc_loc_shift_lookup (const esc_fn *fn, uint32_t loc, int64_t off);
/* Collapse OBJ: later lookups give (OBJ, 0); the merge of its field nodes
   is queued on FN->pending_collapse and done by the solver.  */
void esc_obj_collapse (esc_fn *fn, uint32_t obj);
/* Union-find representative of NODE.  */
uint32_t esc_find (esc_fn *fn, uint32_t node);
uint32_t esc_find_const (const esc_fn *fn, uint32_t node);
/* Nonzero if the set of NODE holds a location of OBJ.  */
int esc_node_points_into_p (const esc_fn *fn, uint32_t node, uint32_t obj);

/* ---------------------------------------------------------------------- */
/* constraints.c  */

/* Append a constraint and wire it into the graph.  */
uint32_t esc_cons_add (esc_fn *fn, int kind, uint32_t dst, uint32_t src,
		       int64_t off, esc_pos pos, int step, int call, int arg);
/* Add an edge SRC -> DST with OFF to the graph (reps); nonzero if new.  */
int esc_graph_edge (esc_fn *fn, uint32_t src, uint32_t dst, int64_t off);
/* Add the sorted locations ADD[0..N) to node NODE's set (rep).  */
void esc_graph_add (esc_fn *fn, uint32_t node, const uint32_t *add,
		    uint32_t n);
/* Put the representative NODE on the worklist.  */
void esc_work_push (esc_fn *fn, uint32_t node);
/* Add a root of rule QUEUE: NODE's targets are kept by call CALLIDX;
   VIA as in esc_root.  */
void esc_root_queue (esc_fn *fn, uint32_t node, int callidx, int arg,
		     int via);

/* ---------------------------------------------------------------------- */
/* libmodel.c  */

/* Nonzero if the unit names argument ARG of CALLEE a sink.  */
int esc_unit_sink_p (const esc_unit *unit, const char *callee, int arg);

/* A fresh heap object for CALL (index CALLIDX), allocated by NAME; its
   address goes into NODE unless that is ESC_NONE.  */
esc_obj esc_heap_site (esc_fn *fn, const esc_call_info *call, int callidx,
		       uint32_t node, const char *name);
/* Apply the library model of CALL (index CALLIDX) if the callee is known;
   returns nonzero if it was.  */
int esc_libmodel_apply (esc_fn *fn, const esc_call_info *call,
			int callidx);
/* Nonzero if CALLEE copies pointer words from the memory of argument
   *SRC into that of argument *DST (memcpy and its kin).  */
int esc_libmodel_copy_args (const char *callee, int *dst, int *src);
/* Nonzero if the library table is sorted (for the unit tests).  */
int esc_libmodel_sorted_p (void);
/* The callee name with __builtin_ and _chk decorations removed, written
   to BUF of size N.  */
const char *esc_libmodel_base_name (const char *name, char *buf, size_t n);

/* ---------------------------------------------------------------------- */
/* memflow.c  */

/* At a fixed point of the solver: add the guarded loads whose guards
   hold; nonzero if any was (the solver then goes on).  */
int esc_guards_fire (esc_fn *fn);
/* The one object guarded load LOAD reads, or ESC_NONE.  */
uint32_t esc_gload_object (const esc_fn *fn, int load);

/* ---------------------------------------------------------------------- */
/* solve.c  */

void esc_solve_points_to (esc_fn *fn);
/* Add ELEMS[0..N) moved by OFF to representative DST's set.  ELEMS must
   not be FN->scratch or FN->scratch2.  */
void esc_propagate (esc_fn *fn, uint32_t dst, const uint32_t *elems,
		    uint32_t n, int64_t off);
/* Merge representative A into representative B (or B into A); returns
   the surviving representative.  */
uint32_t esc_merge (esc_fn *fn, uint32_t a, uint32_t b);

/* ---------------------------------------------------------------------- */
/* escape.c  */

void esc_escape_compute (esc_fn *fn);
/* Explain why OBJ was reached in PASS and decide the rule it is presented
   as; fill F (rule, steps, sink, callee) and *TARGET.  */
void esc_classify (esc_fn *fn, uint32_t obj, esc_rule pass, esc_finding *f,
		   uint32_t *target);
/* Append a note at POS with TEXT (kept, not copied) to FN.  */
void esc_note_add (esc_fn *fn, esc_pos pos, const char *text);
/* Nonzero if heap object OBJ is reached by a pass (the opaque one too);
   *PASS (if not NULL) receives the first.  */
int esc_heap_escapes_p (const esc_fn *fn, uint32_t obj, int *pass);

/* ---------------------------------------------------------------------- */
/* content.c  */

/* Seed, in the reachability pass R (QUEUE its work queue, STAMP and GEN
   its scanned field nodes), content root ROOT of node NODE: the targets
   of every field of the objects NODE points to, and not those objects
   (which are marked CONTENT), unless already reached.  */
void esc_content_seed (esc_fn *fn, esc_reach *r, esc_u32v *queue,
		       uint32_t *stamp, uint32_t gen, uint32_t node, int root);
/* The summary path for caller object OBJ marked CONTENT: *(P + ?) for a
   level-1 object of parameter P (nonzero), else zero (the object then
   escapes itself, conservatively).  */
int esc_content_path (const esc_fn *fn, uint32_t obj, esc_path *path);

/* ---------------------------------------------------------------------- */
/* verbose.c  */

/* Add the verbose notes of FN's unit's verbose level.  */
void esc_verbose_notes (esc_fn *fn);

/* ---------------------------------------------------------------------- */
/* explain.c  */

/* What an explanation found about the sink.  */
typedef struct esc_sink_info
{
  uint32_t target;   /* STORE: the object stored into, or ESC_NONE */
  int32_t via;       /* the sink is a store made by a callee's summary at
			call CALL: its index in FN->VIAS, else -1 */
  int32_t call;
} esc_sink_info;

/* The words of the note of via I of FN ("'f' stores it ... here").  */
const char *esc_via_text (esc_fn *fn, int i);

/* Fill FINDING's steps and sink position for object OBJ reached in the
   reachability pass of rule PASS, presented as FINDING->rule (STORE for a
   RETURN pass that went through heap memory).  */
void esc_explain (esc_fn *fn, uint32_t obj, esc_rule pass,
		  esc_finding *finding, esc_sink_info *sink);
void esc_explain_free (esc_fn *fn);
/* Where a store of FN put a location of OBJ into field node FIELD (for
   summaries), or FN's position.  */
esc_pos esc_explain_store_pos (esc_fn *fn, uint32_t field, uint32_t obj,
			       uint32_t *cons);

/* ---------------------------------------------------------------------- */
/* effects.c  */

/* Order two must-writes.  */
int esc_write_cmp (const esc_write *a, const esc_write *b);
/* Put FN's must-writes (sorted, unique) into SUM.  */
void esc_effects_summary (esc_fn *fn, esc_summary *sum);
/* Call CI (index CALLIDX) loads T from *(argument PARAM + LOAD_OFF):
   T also reads the window there, if CI may see one.  */
void esc_effects_read (esc_fn *fn, const esc_call_info *ci, int callidx,
		       int param, esc_off load_off, uint32_t t);
/* A node pointing to the window a store of CI into DST writes instead of
   the location (a transient store), or ESC_NONE.  */
uint32_t esc_effects_store_target (esc_fn *fn, const esc_call_info *ci,
				   int callidx, const esc_path *dst);
/* Apply must-write W of CI's callee: SRC is the node of W's source path
   (ESC_NONE for a constant or when it cannot be named), DST the node of
   the argument written through.  */
void esc_effects_apply_write (esc_fn *fn, const esc_call_info *ci,
			      int callidx, const esc_write *w, uint32_t src,
			      uint32_t dst);
/* CI has no summary: a call through a pointer may read the cleared
   locations its arguments reach (their windows' contents are roots of
   rule fnptr), a library function that copies memory copies them.  */
void esc_effects_unmodelled (esc_fn *fn, const esc_call_info *ci,
			     int callidx);

/* ---------------------------------------------------------------------- */
/* unit.c  */

/* Record SUM for UID (copied, merged with the summary UID had, so that
   summaries only grow while a recursive component is iterated); nonzero
   if the recorded summary changed.  */
int esc_unit_record (esc_unit *unit, int uid, const esc_summary *sum);
/* Order two paths / flows (for sorting and comparing summaries).  */
int esc_flow_cmp (const esc_flow *a, const esc_flow *b);
/* Order two access paths (parameter, level, offsets); unit.c.  */
int esc_path_cmp (const esc_path *a, const esc_path *b);

#endif /* ESCAPE_CORE_INTERNAL_H */
