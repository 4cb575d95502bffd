/* gcc-escape: what the glue's files share.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The glue's parts: plugin.cc (entry point, arguments), attribs.cc (the
   attributes), frontend.cc (what the C front end hides from GIMPLE),
   pragma.cc (#pragma escape), pass.cc (the IPA pass: call graph order,
   one problem per function), lower.cc (GIMPLE -> the core's
   constraints), diag.cc (positions, findings and notes -> GCC
   diagnostics) and report.cc (the XML report and the baseline).  */

#ifndef ESCAPE_GLUE_H
#define ESCAPE_GLUE_H

#include "escape/core.h"

/* A function argument named a sink by sink=NAME:ARGNO.  */
struct escape_sink
{
  const char *name;
  int arg; /* from 0 */
};

/* The parsed plugin arguments.  */
struct escape_args
{
  esc_options core;
  unsigned off;               /* rules turned off by severity= */
  auto_vec<escape_sink> sinks;
  bool xml;                   /* write the report */
  const char *xml_path;       /* its path, or NULL for the default */
  const char *baseline;       /* baseline file, or NULL */
};

extern escape_args escape_config;

/* Register the plugin's attributes (attribs.cc).  */
void escape_register_attributes (const char *plugin_name);

/* Whether parameter PARM or its type carries attribute NAME.  */
bool escape_param_attribute_p (tree parm, const char *name);

/* Bit I set for each parameter I (< 32) that carries attribute NAME in
   function type FNTYPE or in the parameters of FNDECL (either may be
   NULL).  */
uint32_t escape_param_mask (tree fndecl, tree fntype, const char *name);

/* The reason of DECL's escape_accept attribute ("" without one), or NULL
   when DECL has none.  */
const char *escape_accept_reason (tree decl);

/* The plugin's version.  */
#define ESCAPE_VERSION "0.2.0"

/* The XML report and the baseline (report.cc).  Begin loads the baseline
   into UNIT and starts the report, and returns false after an error (then
   nothing is analysed: findings without their baseline would be noise);
   add copies a solved function into it; end writes it.  Note an option
   for the report's list.  */
bool escape_report_begin (esc_unit *unit);
void escape_report_add (const esc_fn *fn);
void escape_report_end (void);
void escape_report_note_option (const char *text);

/* The rules mask of rule name NAME[0..LEN) or "all", or 0 (plugin.cc);
   the names, as messages list them.  */
unsigned escape_rule_mask (const char *name, size_t len);
extern const char escape_valid_rules[];

/* #pragma escape (pragma.cc): register it, and the core's esc_region_fn
   that gives each finding its region's setting.  */
void escape_register_pragmas (const char *plugin_name);
esc_severity escape_region_of (void *data, esc_rule rule, const esc_pos *pos,
			       const char **accept);

/* Register the pass with the pass manager (pass.cc).  */
void escape_register_pass (const char *plugin_name);

/* A return the C front end turned into `return 0': the function returns
   the address of automatic DECL at LOC (frontend.cc).  */
struct escape_hidden_return
{
  tree decl;
  location_t loc;
};

/* Register the front-end callback that finds them.  */
void escape_register_frontend (const char *plugin_name);

/* The hidden returns of FNDECL, or NULL.  */
const vec<escape_hidden_return> *escape_hidden_returns (tree fndecl);

/* Lower the body of FNDECL (the current function, cfun) into FN.  */
void escape_lower_function (esc_fn *fn, tree fndecl);

/* Declare the current function's must-writes to FN (effects.cc).  */
void escape_find_must_writes (esc_fn *fn);

/* Whether LOAD of the bytes [OFF, OFF + SIZE) of what parameter default
   definition PTR points to runs before anything of the function may have
   written them: it reads what the caller stored (effects.cc).  */
bool escape_entry_load_p (gimple *load, tree ptr, HOST_WIDE_INT off,
			  HOST_WIDE_INT size);

/* A place *(argument ARG + OFF) a call writes by its callee's summary;
   MUST: on every path (a must-write).  */
struct escape_place
{
  int arg;
  esc_off off;
  bool must;
};

/* The places CALL writes, into OUT (effects.cc).  */
void escape_call_places (const esc_fn *fn, gcall *call,
			 vec<escape_place> &out);
/* The value of the store into exactly the place REF that the load of
   REF in statement LOAD sees, through GCC's virtual SSA chain, or
   NULL_TREE (memflow.cc).  STORES receives the stores and CALLS the calls
   on the way that may write the place after all (to be guarded),
   *STORE_LOC the store's location.  */
tree escape_reaching_store (gimple *load, tree ref, vec<tree> *stores,
			    vec<gcall *> *calls, location_t *store_loc);

/* Whether function DECL is analysed: it has a body of its own in this TU
   at every optimisation level (pass.cc).  */
bool escape_analysed_p (tree decl);

/* The uid a function's summary is filed under, or -1 when the function is
   not analysed.  */
int escape_function_uid (tree fndecl);

/* A core position for LOC.  */
esc_pos escape_pos (location_t loc);

/* Report FN's findings and notes as diagnostics (diag.cc); FALLBACK is
   where a finding with no known position is reported (the function).  */
void escape_report_function (const esc_fn *fn, location_t fallback);

#endif /* ESCAPE_GLUE_H */
