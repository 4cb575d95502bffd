/* gcc-escape: the C API of the analysis core.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   This header is plain C11, usable from C and C++, and holds no GCC type.
   The GCC glue (plugin/gcc/) lowers each function's GIMPLE into the
   constraint language below, asks the core to solve it, and turns the
   core's findings and notes back into GCC diagnostics.  Program entities are
   integer ids; positions are plain structs whose `cookie' is the glue's
   location_t, opaque to the core.

   The model.

   An OBJECT is a piece of memory: an automatic variable of the function
   being analysed (a local, a parameter whose address is taken, a compound
   literal, alloca or VLA storage), a heap allocation site, a global or
   static variable, the string literals, the memory a pointer parameter
   points to ("caller memory", one object per parameter), the return slot of
   a function that returns an aggregate in memory, and two objects for
   the rest of outside memory: "<nonlocal>", what the function reaches
   through its globals and parameters, and NONLOCAL ("<unknown>"), what
   functions without a body return and storage the glue does not
   understand (an unknown function is assumed not to return memory the
   function stored an address into).  Objects are
   field-sensitive by byte offset: a LOCATION is (object, offset), and each
   location has a content node.  An object accessed at an unknown offset
   (a variable index, arithmetic the analysis cannot follow) is COLLAPSED:
   from then on all its offsets are one location.

   A NODE is something that holds a set of locations it may point to: a
   register variable (an SSA name; integers of pointer width are nodes too,
   so casts through uintptr_t are followed) or the content of a location.

   CONSTRAINTS, each with the position of the statement that made it:
     addr   d ⊇ { &obj + off }
     copy   d ⊇ s + off            (off may be ESC_OFF_ANY)
     load   d ⊇ *(s + off)
     store  *(d + off) ⊇ s
     ret    RET ⊇ s                 (the value the function returns)
     call   effects of a call, from the callee's summary, the library
            model, or the conservative default
   The solver is inclusion based (Andersen), with a worklist, difference
   propagation, cycle collapsing and sparse sets.

   ESCAPE.  After solving, everything reachable from a ROOT escapes: the
   return value and the return slot (rule `return'); globals and caller
   memory (rule `store'); arguments kept by a callee (rule `queue'); the
   arguments of a call through a function pointer (rule `fnptr').  An
   automatic object of the function that escapes is a FINDING.

   Invariants: the core never aborts on any sequence of calls the glue can
   make; ids passed in that are out of range are ignored (and counted in
   esc_fn_stats.bad_calls), never asserted on.  Output is deterministic:
   findings and notes come sorted by file, line, column, rule.  */

#ifndef ESCAPE_CORE_H
#define ESCAPE_CORE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------- */
/* Positions.  */

/* A source position.  FILE is not copied: it must outlive the unit (GCC's
   line maps own their file names for the whole compilation).  LINE 0 means
   unknown.  COOKIE is the glue's location_t, handed back in findings.  */
typedef struct esc_pos
{
  const char *file;
  int line;
  int column;
  uint64_t cookie;
} esc_pos;

/* Order two positions: by file name (unknown first), line, column.  */
int esc_pos_cmp (const esc_pos *a, const esc_pos *b);

/* ---------------------------------------------------------------------- */
/* Rules.  */

typedef enum esc_rule
{
  ESC_RULE_RETURN = 0, /* reaches the return value or the return slot */
  ESC_RULE_STORE,      /* stored into a global, heap or caller memory */
  ESC_RULE_QUEUE,      /* handed to a callee that keeps it */
  ESC_RULE_FNPTR,      /* passed to a call through a function pointer */
  ESC_RULE_COUNT
} esc_rule;

/* What the compiler makes of a finding of a rule.  DEFAULT is WARNING.  A
   rule that is off is not in esc_options.rules.  */
typedef enum esc_severity
{
  ESC_SEV_DEFAULT = 0,
  ESC_SEV_NOTE,
  ESC_SEV_WARNING,
  ESC_SEV_ERROR
} esc_severity;

/* "note", "warning", "error" ("warning" for DEFAULT), or NULL.  */
const char *esc_severity_name (esc_severity sev);

/* The rule's name as used in `[escape:NAME]' and in options, or NULL.  */
const char *esc_rule_name (esc_rule rule);
/* The rule named NAME (length LEN), or -1.  */
int esc_rule_from_name (const char *name, size_t len);

/* ---------------------------------------------------------------------- */
/* Objects and nodes.  */

typedef enum esc_obj_kind
{
  ESC_OBJ_LOCAL = 0,     /* automatic variable */
  ESC_OBJ_PARAM,         /* parameter whose address is taken */
  ESC_OBJ_COMPOUND,      /* compound literal with automatic storage */
  ESC_OBJ_ALLOCA,        /* alloca () storage */
  ESC_OBJ_VLA,           /* variable length array */
  ESC_OBJ_HEAP,          /* heap allocation site */
  ESC_OBJ_GLOBAL,        /* global, file-static or function-static */
  ESC_OBJ_STRING,        /* string literals (one object) */
  ESC_OBJ_CALLER,        /* what a pointer parameter points to (level 1),
			    what the pointers stored there point to (2) */
  ESC_OBJ_RETSLOT,       /* aggregate return slot (the caller's) */
  ESC_OBJ_NONLOCAL,      /* everything the function cannot see */
  ESC_OBJ_FUNCTION,      /* code: the target of a function address */
  ESC_OBJ_WINDOW,        /* a cleared location while the function runs */
  ESC_OBJ_KIND_COUNT
} esc_obj_kind;

/* Nonzero for the kinds whose lifetime ends with the function's frame.  */
int esc_obj_kind_automatic_p (esc_obj_kind kind);
/* A short noun for KIND: "local variable", "parameter", "compound
   literal", "alloca storage", "variable length array", ...  */
const char *esc_obj_kind_noun (esc_obj_kind kind);

typedef uint32_t esc_obj;  /* object id, per function */
typedef uint32_t esc_node; /* node id, per function */
#define ESC_NONE ((uint32_t) 0xffffffffu)

/* Byte offsets.  ESC_OFF_ANY is "some offset the analysis cannot know".  */
typedef int64_t esc_off;
#define ESC_OFF_ANY INT64_MIN

/* ---------------------------------------------------------------------- */
/* The unit: one per translation unit.  Owns summaries and options.  */

typedef struct esc_unit esc_unit;

typedef struct esc_options
{
  /* Bit (1u << rule) set for each rule that runs.  */
  unsigned rules;
  /* The severity of each rule's findings.  */
  esc_severity severity[ESC_RULE_COUNT];
  /* Verbose notes (esc_fn_notes), like repeating Go's -m: 0 none; 1 one
     note per fact (each address-taken automatic object, pointer
     parameter and heap allocation: escapes or not); 2 also the flow of
     every escape; 3 also debugging views (constraints, points-to sets,
     summaries).  */
  int verbose;
  /* Heap-to-stack hints for allocations of at most this many bytes;
     0 means 4096.  */
  int64_t stack_limit;
} esc_options;

esc_unit *esc_unit_new (const esc_options *opts);
void esc_unit_free (esc_unit *unit);

/* Baseline: a finding whose fingerprint (16 lowercase hex digits) was
   added here is computed and kept, but marked suppressed "baseline".  */
void esc_unit_add_baseline (esc_unit *unit, const char *fingerprint);
/* Nonzero if FINGERPRINT is in UNIT's baseline.  */
int esc_unit_baseline_has_p (const esc_unit *unit, const char *fingerprint);

/* Regions of the source with settings of their own (the glue's
   `#pragma escape').  REGION is asked, for each finding of RULE whose
   sink is at POS, what the region POS is in makes of it.  It returns
   ESC_SEV_DEFAULT to leave the finding's severity as the options make
   it, or NOTE, WARNING or ERROR to set it (a broken noescape promise
   stays an error); it sets *ACCEPT to a reason to accept the finding
   (kept, suppressed "accepted", not reported), unless an annotation on
   the object or function already accepts it.  NULL: no regions.  */
typedef esc_severity (*esc_region_fn) (void *data, esc_rule rule,
				       const esc_pos *pos,
				       const char **accept);
void esc_unit_set_region (esc_unit *unit, esc_region_fn region, void *data);

/* ---------------------------------------------------------------------- */
/* Summaries.  A function with a body gets one after it is solved; callers
   solved later apply it.  Functions are identified by a nonnegative
   integer UID the glue chooses (GCC's cgraph uid).

   A summary is a list of FLOWS between ACCESS PATHS of the arguments, in
   the spirit of Go's "leaking param: p to result ~r0 level=0":
     RESULT   the return value may hold SRC;
     STORE    the memory at DST may hold SRC (`*out = p', `q->head = it');
     ESCAPE   SRC escapes: stored into a global, kept by a callee, passed
              to a call through a function pointer (callers report the
              argument under rule `queue').
   An access path names a pointer the caller can compute from its
   arguments: level 0 is argument PARAM's value plus OFF; level 1 is the
   pointer loaded from *(argument PARAM + LOAD_OFF), plus OFF.  */

/* PARAM of a path that is a fresh heap object of the callee.  */
#define ESC_PATH_HEAP (-2)

typedef struct esc_path
{
  int param;       /* argument index, or ESC_PATH_HEAP */
  int level;       /* 0 or 1 */
  esc_off load_off; /* level 1: where the pointer is loaded from */
  esc_off off;     /* added to the pointer (ESC_OFF_ANY: anywhere in it) */
} esc_path;

typedef enum esc_flow_kind
{
  ESC_FLOW_RESULT = 0,
  ESC_FLOW_STORE,
  ESC_FLOW_ESCAPE,
  /* SRC is given to a function without a body: not an escape, but no
     heap-to-stack hint for the caller's allocation either.  */
  ESC_FLOW_OPAQUE
} esc_flow_kind;

typedef struct esc_flow
{
  esc_flow_kind kind;
  esc_path src;
  esc_path dst;      /* STORE: the memory written is *(DST) */
  esc_rule rule;     /* ESCAPE: how it escapes inside the callee */
  esc_pos pos;       /* where in the callee */
  const char *text;  /* what happens there, e.g. "stored into global 'q'";
			owned by the unit */
} esc_flow;

/* Must-writes (plugin/core/effects.c): a location *(DST) of the caller's
   memory that the callee overwrites on every path to its return, and one
   of the values the last store may write there.  A location appears once
   per value; only locations whose every value is understood are listed,
   so a caller can treat the call as its own store (a later `leave (fs)'
   undoes an earlier `enter (fs, &bl)').  */
typedef enum esc_write_kind
{
  ESC_WRITE_CONST = 0, /* a number, NULL, or an address of no frame (a
			  global's, a function's, a string's) */
  ESC_WRITE_PATH,      /* the pointer SRC names at the call */
  ESC_WRITE_LOAD       /* the pointer loaded from *(SRC): a restore,
			  `fs->bl = fs->bl->prev' */
} esc_write_kind;

typedef struct esc_write
{
  esc_path dst;        /* level 0, constant offset */
  esc_write_kind kind;
  esc_path src;        /* PATH and LOAD: level 0 or 1, constant offsets */
} esc_write;

typedef struct esc_summary
{
  int nparams;
  /* Per parameter: ESC_PARAM_* flags as bound (noescape is trusted).  */
  const unsigned *param_flags;
  int nflows;
  const esc_flow *flows;   /* sorted, unique */
  /* The return value may point to a fresh heap object.  */
  unsigned returns_heap : 1;
  /* The return value may point to memory that is neither a parameter's
     nor fresh heap: globals, strings, what was loaded from outside.  */
  unsigned returns_nonlocal : 1;
  /* The return value may point to what a function without a body (or a
     call through a pointer) returned: not memory the caller stored
     into (see esc_obj_nonlocal).  */
  unsigned returns_unknown : 1;
  /* The must-writes, sorted (esc_write_cmp), unique.  */
  int nwrites;
  const esc_write *writes;
} esc_summary;

/* The summary of function UID, or NULL if it has none (yet).  */
const esc_summary *esc_unit_summary (const esc_unit *unit, int uid);

/* Give function UID (NPARAMS parameters), not yet analysed, the empty
   summary (nothing flows), unless it has one: the start of the fixed
   point iteration of a recursive component, whose members' calls to
   each other then begin from "does nothing" and grow, rather than from
   "unknown function".  */
void esc_unit_seed (esc_unit *unit, int uid, int nparams);

/* Name argument ARG (0-based) of the functions called NAME as kept after
   the call returns (rule `queue'), as -fplugin-arg-escape-sink does.  */
void esc_unit_add_sink (esc_unit *unit, const char *name, int arg);

/* ---------------------------------------------------------------------- */
/* A function's problem.  Build it, solve it, read findings, free it.  */

typedef struct esc_fn esc_fn;

/* Start the problem for function NAME (copied), UID as above, declared at
   POS, with NPARAMS parameters.  */
esc_fn *esc_fn_new (esc_unit *unit, const char *name, int uid, esc_pos pos,
		    int nparams);
void esc_fn_free (esc_fn *fn);

/* Accept every finding of FN (an annotation on the function), with
   REASON (copied; may be NULL): they are kept, marked suppressed
   "accepted", and not reported as diagnostics.  */
void esc_fn_accept (esc_fn *fn, const char *reason);

/* A new object of KIND named NAME (copied; may be NULL), declared at POS.
   Globals are per function too: the glue creates one object per global
   declaration it meets, and it is the same object for the whole function.
   SIZE is the object's size in bytes, or -1 if unknown.  */
esc_obj esc_obj_new (esc_fn *fn, esc_obj_kind kind, const char *name,
		     esc_pos pos, int64_t size);

/* Accept every finding about OBJ (an annotation on its declaration),
   with REASON, as esc_fn_accept does.  */
void esc_obj_accept (esc_fn *fn, esc_obj obj, const char *reason);

/* The predefined objects of the function.  esc_obj_nonlocal is
   "<unknown>", the outside memory the function did not reach through its
   globals and parameters: what functions without a body return; the
   glue uses it for storage it does not understand.  */
esc_obj esc_obj_nonlocal (esc_fn *fn);
esc_obj esc_obj_strings (esc_fn *fn);
esc_obj esc_obj_functions (esc_fn *fn);

/* A new register variable named NAME (copied; may be NULL).  */
esc_node esc_var_new (esc_fn *fn, const char *name);

/* Flags of esc_param_bind.  */
#define ESC_PARAM_POINTER 1u  /* holds an address: gets a caller object */
#define ESC_PARAM_NOESCAPE 2u /* declared noescape: checked in the body */

/* Bind parameter INDEX (0-based) named NAME (copied; may be NULL),
   declared at POS: NODE is its incoming value.  With ESC_PARAM_POINTER in
   FLAGS, the value points to the parameter's caller-memory object
   (created here, displayed as "*NAME", of SIZE bytes: the pointed-to
   type's size, -1 when unknown); otherwise it may hold any non-automatic
   address ("<nonlocal>").  Returns the caller object, or ESC_NONE.  */
esc_obj esc_param_bind (esc_fn *fn, int index, esc_node node,
			const char *name, unsigned flags, esc_pos pos,
			int64_t size);

/* ---------------------------------------------------------------------- */
/* Constraints.  POS is the statement's position.  */

void esc_addr (esc_fn *fn, esc_node dst, esc_obj obj, esc_off off,
	       esc_pos pos);
void esc_copy (esc_fn *fn, esc_node dst, esc_node src, esc_off off,
	       esc_pos pos);
void esc_load (esc_fn *fn, esc_node dst, esc_node src, esc_off off,
	       esc_pos pos);
void esc_store (esc_fn *fn, esc_node dst, esc_off off, esc_node src,
		esc_pos pos);
/* The function returns SRC's value.  */
void esc_return (esc_fn *fn, esc_node src, esc_pos pos);

/* A call.  */
typedef struct esc_arg
{
  esc_node node;      /* ESC_NONE if the argument holds no address */
  int const_p;        /* VALUE is the argument's integer constant */
  int64_t value;
} esc_arg;

/* A cleared location (esc_window_new) as a call sees it: the memory at
   *(argument ARG + OFF) is the location of WINDOW.  */
typedef struct esc_call_window
{
  int arg;
  esc_off off;
  esc_obj window;
  unsigned flags;  /* ESC_CW_* */
} esc_call_window;

/* The call may run after a transient store into the location: what the
   callee reads there also comes from the window.  */
#define ESC_CW_READ 1u
/* The call's stores into the location (its summary's STORE flows and
   must-writes) are transient: they write the window.  */
#define ESC_CW_WRITE 2u
/* The call overwrites the location on every path (a must-write of its
   summary) and is not transient: its values are the window's killers.  */
#define ESC_CW_KILL 4u

typedef struct esc_call_info
{
  const char *callee;  /* name for the library model and messages, or NULL */
  int callee_uid;      /* uid of a function with a body in the TU, or -1 */
  int indirect_p;      /* a call through a function pointer */
  /* Bit I set if parameter I is declared noescape in the callee's type
     (the function-pointer type of an indirect call): the argument is not
     kept (only the first 32 parameters).  */
  uint32_t noescape_mask;
  /* Bit I set if parameter I is declared a sink: the callee keeps it.  */
  uint32_t retain_mask;
  esc_node ret;        /* node receiving the return value, or ESC_NONE */
  const esc_arg *args;
  int nargs;
  /* A name for the storage the call allocates, when the call is an
     alloca that implements a VLA: the VLA's name (then the object is an
     ESC_OBJ_VLA).  NULL otherwise.  */
  const char *alloc_name;
  esc_pos alloc_pos;   /* where that VLA is declared */
  esc_pos pos;
  /* For a heap allocation (malloc, calloc, ...): its size in bytes when
     constant, else 0; and what the glue saw of the pointer it returns in
     the CFG (ESC_ALLOC_*).  */
  int64_t alloc_size;
  unsigned alloc_flags;
  /* The callee returns a fresh heap object that the library model does
     not know of: it is declared __attribute__ ((malloc)), or it is a
     function of the unit that returns what an allocator gave it (the
     glue checked its body).  The object is then a heap allocation of this
     call, named after the callee, with alloc_size and alloc_flags.  */
  int fresh_p;
  /* The cleared locations the call reads or writes, or NULL.  */
  const esc_call_window *windows;
  int nwindows;
} esc_call_info;

/* Flags of esc_call_info.alloc_flags.  */
#define ESC_ALLOC_FREED 1u       /* freed on every path to the exit (the
				    path where it is a null pointer aside) */
#define ESC_ALLOC_REALLOCATED 2u /* passed to realloc */

void esc_call (esc_fn *fn, const esc_call_info *call);

/* Anything the glue cannot model: the node may point to anything non-local
   and everything it pointed to may have been written anywhere.  Used for
   asm operands and unknown statement kinds.  NODE may be ESC_NONE.  */
void esc_clobber (esc_fn *fn, esc_node node, esc_pos pos);

/* Cleared stores.  A store into a location outside the frame (a global,
   or caller memory at a constant offset) that is overwritten on every
   path to the function's exits need not be an escape (CERT DCL30-C): the
   glue finds such stores and sends them, instead of to the location, to
   a WINDOW object that stands for the location while the function runs.
   It also reads the window wherever it reads the location, and declares
   with esc_window_kill the value of each store that overwrites it.  After
   solving, the window is CLEARED when no killing value may point into
   the frame; otherwise it behaves as the location itself (its contents
   escape).  Returns the window object, or ESC_NONE.  */
esc_obj esc_window_new (esc_fn *fn, esc_obj obj, esc_off off);
void esc_window_kill (esc_fn *fn, esc_obj window, esc_node value,
		      esc_pos pos);

/* A load at the function's entry, before any store or call: DST ⊇ what
   the caller stored at (OBJ, OFF), OBJ a parameter's caller object, and
   not what the function stores there later (`b->prev = fs->bl;' before
   `fs->bl = b;').  Returns 0 (nothing added) when the analysis does not
   keep that content apart: the glue then lowers an ordinary load.  */
int esc_load_initial (esc_fn *fn, esc_node dst, esc_obj obj, esc_off off,
		      esc_pos pos);

/* Declare a must-write of the function for its summary (see esc_write):
   parameter PARAM's memory at OFF is overwritten on every path to the
   return, by a store of a value of KIND from SRC.  The glue declares
   every value of the location or none.  */
void esc_fn_must_write (esc_fn *fn, int param, esc_off off,
			esc_write_kind kind, esc_path src);

/* The summary a call to function UID applies (NULL without one), for
   the glue's view of what a call writes.  */
const esc_summary *esc_fn_callee_summary (const esc_fn *fn, int uid);
/* Loads that see the store reaching them (plugin/core/memflow.c).  The
   glue knows that the load DST ⊇ *(SRC + OFF) at POS sees the value VAL
   (ESC_NONE: a constant) of the store at STORE_POS, unless a statement
   between them writes the location: DST receives VAL, and the plain load
   is added when a guard holds after solving.  A guard is a statement
   between: esc_guard_store, a store through PTR (ESC_NONE: one the glue
   cannot name, which always holds); esc_guard_call, a call with argument
   ARG (ESC_NONE: the call itself).  Add the guards of a load right after
   it.  Returns the load's id, or -1 (then lower the plain load).  */
int esc_load_guarded (esc_fn *fn, esc_node dst, esc_node src, esc_off off,
		      esc_node val, esc_pos store_pos, esc_pos pos);
void esc_guard_store (esc_fn *fn, int load, esc_node ptr);
void esc_guard_call (esc_fn *fn, int load, esc_node arg);
/* When guarded load LOAD is added, DST also receives MORE.  */
void esc_load_guarded_also (esc_fn *fn, int load, esc_node more);

/* Test intrinsic: after solving, emit a note at POS describing NODE's
   points-to set and the escape state of its targets.  LABEL names it.  */
void esc_dump_request (esc_fn *fn, esc_node node, const char *label,
		       esc_pos pos);

/* ---------------------------------------------------------------------- */
/* Solving and results.  */

/* Solve, compute escapes and findings, and record FN's summary in the
   unit.  Returns nonzero if the summary recorded for FN's uid changed (or
   was new), so the glue can iterate a recursive SCC to a fixed point.
   Calling it twice on the same FN solves once.  */
int esc_fn_solve (esc_fn *fn);

/* The display name of OBJ, as used in notes and dumps: the declared name
   for named objects; "compound literal@LINE", "alloca@LINE", "heap@LINE",
   "*P" for the caller memory of parameter P, "<retslot>", "<nonlocal>"
   (memory reached through globals and parameters), "<unknown>" (what
   functions without a body return), "<string>", "<function>".  Valid
   until FN is freed.  */
const char *esc_obj_display_name (const esc_fn *fn, esc_obj obj);
esc_obj_kind esc_obj_get_kind (const esc_fn *fn, esc_obj obj);

typedef enum esc_step_kind
{
  ESC_STEP_ADDR = 0,  /* address of the object taken */
  ESC_STEP_COPY,      /* copied (assignment, phi, cast, arithmetic) */
  ESC_STEP_LOAD,      /* loaded from memory */
  ESC_STEP_STORE,     /* stored into memory */
  ESC_STEP_CALL_ARG,  /* passed as an argument */
  ESC_STEP_CALL_RET,  /* returned by a callee */
  ESC_STEP_RETURN     /* returned */
} esc_step_kind;

typedef struct esc_step
{
  esc_step_kind kind;
  esc_pos pos;
  const char *text; /* e.g. "'p' is assigned the address of 'x'"; owned */
} esc_step;

typedef struct esc_finding
{
  esc_rule rule;
  esc_severity severity;   /* NOTE, WARNING or ERROR, never DEFAULT */
  esc_pos pos;             /* the sink: return, store, or call */
  const char *function;    /* the function's name */
  esc_obj_kind obj_kind;
  const char *obj_name;    /* owned by the function; may be NULL */
  const char *obj_display; /* never NULL: the name, or "compound literal@12" */
  esc_pos obj_pos;         /* where the object is declared */
  const char *message;     /* the whole warning text, without the tag */
  const char *callee;      /* for queue/fnptr: the callee, or NULL */
  const char *target;      /* for store: "global 'g'", ...; else NULL */
  /* 16 lowercase hex digits that identify the finding across builds: a
     hash of the rule, the file's base name, the function, the object,
     the callee or target, and the finding's rank among findings with the
     same values; no line or column, so moving code does not change it.  */
  const char *fingerprint;
  /* NULL, or why the finding is not reported as a diagnostic:
     "baseline" (its fingerprint is in the unit's baseline) or "accepted"
     (an annotation accepts it; REASON is the annotation's text).  */
  const char *suppressed;
  const char *reason;
  int nsteps;
  const esc_step *steps;   /* object first, sink last */
} esc_finding;

/* The findings, sorted by file, line, column, rule; valid until FN is
   freed.  */
size_t esc_fn_findings (const esc_fn *fn, const esc_finding **out);

typedef struct esc_note
{
  esc_pos pos;
  const char *text;
} esc_note;

/* A heap allocation that could be an automatic object: it does not
   escape, has a constant SIZE within the stack limit, and is freed on
   every path before the function returns.  */
typedef struct esc_hint
{
  esc_pos pos;          /* the allocation call */
  int64_t size;
  const char *callee;   /* "malloc", "calloc", ... */
  const char *text;     /* "heap allocation of 64 bytes by 'malloc' could
			   be an automatic object: ..." (the verbose note) */
} esc_hint;

/* The hints of solved FN, sorted by position; valid until FN is freed.  */
size_t esc_fn_hints (const esc_fn *fn, const esc_hint **out);

/* Free what FN needs only while solving (nodes, sets, constraints),
   keeping its findings, notes, statistics and parameter information; the
   other queries answer as for an empty function afterwards.  */
void esc_fn_release_solver (esc_fn *fn);

/* Notes: those of dump requests, in request order, then the verbose
   notes (esc_options.verbose) sorted by position.  */
size_t esc_fn_notes (const esc_fn *fn, const esc_note **out);

typedef struct esc_fn_stats
{
  size_t objects, nodes, constraints;
  size_t iterations;    /* worklist pops */
  size_t collapsed;     /* nodes merged into another by cycle collapsing */
  size_t bad_calls;     /* calls with ids out of range, ignored */
  double solve_ms;      /* CPU time of esc_fn_solve, milliseconds */
} esc_fn_stats;

void esc_fn_get_stats (const esc_fn *fn, esc_fn_stats *out);

/* The function's name, uid, position and parameter count, as given to
   esc_fn_new.  */
const char *esc_fn_name (const esc_fn *fn);
int esc_fn_uid (const esc_fn *fn);
esc_pos esc_fn_pos (const esc_fn *fn);
int esc_fn_nparams (const esc_fn *fn);

/* ---------------------------------------------------------------------- */
/* What a solved function does with its pointer parameters (Go's "leaking
   param"), as callers apply it and reports print it.  */

typedef enum esc_leak_kind
{
  ESC_LEAK_RESULT = 0, /* flows to the return value */
  ESC_LEAK_PARAM,      /* stored into memory another parameter points to */
  ESC_LEAK_ESCAPE      /* escapes: stored globally, kept by a callee, ... */
} esc_leak_kind;

typedef struct esc_leak
{
  esc_leak_kind kind;
  /* 0: the pointer the parameter holds; 1: a pointer loaded from the
     memory it points to ("leaking param content").  */
  int level;
  int to_param;        /* ESC_LEAK_PARAM: the receiving parameter, or
			  negative for the heap memory the function
			  returns (its result's object) */
  esc_rule rule;       /* ESC_LEAK_ESCAPE: the rule a caller reports */
  esc_pos pos;         /* where in the function it happens */
  const char *text;    /* e.g. "stored into global 'q'"; never NULL */
} esc_leak;

typedef struct esc_param_info
{
  const char *name;    /* NULL if unnamed */
  int pointer_p;       /* the parameter holds an address */
  int noescape_p;      /* declared noescape */
  size_t nleaks;       /* 0: does not escape */
  const esc_leak *leaks;
} esc_param_info;

/* Fill *OUT for parameter INDEX of solved FN; valid until FN is freed.
   Returns zero if INDEX is out of range or FN is not solved.  */
int esc_fn_param_info (const esc_fn *fn, int index, esc_param_info *out);

/* ---------------------------------------------------------------------- */
/* The objects of a solved function, for reports.  */

typedef struct esc_obj_info
{
  esc_obj_kind kind;
  const char *name;    /* declared name or NULL */
  const char *display; /* never NULL */
  esc_pos pos;
  int64_t size;        /* bytes, or -1 */
  int address_taken_p; /* some constraint takes its address */
  int escapes_p;
  esc_rule rule;       /* when ESCAPES_P: the first rule that reaches it */
} esc_obj_info;

size_t esc_fn_nobjs (const esc_fn *fn);
/* Fill *OUT for OBJ; zero if OBJ is out of range.  */
int esc_fn_obj_info (const esc_fn *fn, esc_obj obj, esc_obj_info *out);

/* The points-to set of NODE after solving, as object ids (sorted, unique);
   returns the count, writes at most MAX ids.  For tests.  */
size_t esc_fn_points_to (const esc_fn *fn, esc_node node, esc_obj *out,
			 size_t max);
/* Nonzero if OBJ escapes after solving; *RULE receives the rule.  */
int esc_fn_obj_escapes_p (const esc_fn *fn, esc_obj obj, esc_rule *rule);
/* Nonzero if NODE and OTHER were merged by cycle collapsing.  */
int esc_fn_same_rep_p (const esc_fn *fn, esc_node node, esc_node other);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_CORE_H */
