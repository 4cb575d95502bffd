/* gcc-escape: what the glue's files share.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   The glue has five parts: plugin.cc (entry point, arguments), frontend.cc
   (what the C front end hides from GIMPLE), pass.cc (the IPA pass: call
   graph order, one problem per function), lower.cc (GIMPLE -> the core's
   constraints) and diag.cc (positions, findings and notes -> GCC
   diagnostics).  */

#ifndef ESCAPE_GLUE_H
#define ESCAPE_GLUE_H

#include "escape/core.h"

/* The parsed plugin arguments.  */
struct escape_args
{
  esc_options core;
};

extern escape_args escape_config;

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

/* The uid a function's summary is filed under, or -1 when the function has
   no GIMPLE body in this TU.  */
int escape_function_uid (tree fndecl);

/* A core position for LOC.  */
esc_pos escape_pos (location_t loc);

/* Report FN's findings and notes as diagnostics (diag.cc); FALLBACK is
   where a finding with no known position is reported (the function).  */
void escape_report_function (const esc_fn *fn, location_t fallback);

#endif /* ESCAPE_GLUE_H */
