/* gcc-escape: the fingerprints of findings in reports and baselines.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: GPL-3.0-or-later

   A fingerprint is 16 hex digits the plugin computes for each finding
   from what survives moving code (rule, file name, function, object,
   callee or target, and the rank among findings alike; see
   plugin/core/escape.c), never from line numbers.  A baseline is the list
   of the fingerprints a project accepts as known.  esc_xml_fingerprints
   walks a loaded document, a baseline (<finding> under the root) or a
   report (<finding> under <function> under <unit>), and hands each
   fingerprint to its caller: the plugin's -fplugin-arg-escape-baseline
   (plugin/core/report.c) and `escape-report check'.  A malformed
   fingerprint is an error naming its file and line, not a finding that
   silently never matches.  */

#include "escape/report_model.h"

#include <stdlib.h>

/* Nonzero if N is an element called NAME.  */
static int
element_p (xmlNodePtr n, const char *name)
{
  return n->type == XML_ELEMENT_NODE && xmlStrEqual (n->name, BAD_CAST name);
}

/* C over the children of PARENT called NAME, in document order.  */
#define FOR_ELEMENTS(c, parent, name)                                       \
  for (xmlNodePtr c = (parent) ? (parent)->children : NULL; c; c = c->next) \
    if (element_p (c, (name)))

/* Nonzero if S is 16 hex digits.  */
static int
fingerprint_p (const char *s)
{
  size_t n = 0;
  for (; s[n]; n++)
    if (!((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')
	  || (s[n] >= 'A' && s[n] <= 'F')))
      return 0;
  return n == 16;
}

/* Pass the fingerprint of finding N to FN, or fail with *ERROR.  */
static int
visit_fingerprint (xmlNodePtr n, const char *path, const char *what,
		   void (*fn) (void *, const char *), void *data, char **error)
{
  xmlChar *v = xmlGetProp (n, BAD_CAST "fingerprint");
  int ok = v && fingerprint_p ((const char *) v);
  if (ok)
    fn (data, (const char *) v);
  else if (error)
    {
      *error = esc_strprintf ("%s%s'%s' has a malformed fingerprint '%s' on "
			      "line %ld",
			      what ? what : "", what ? " " : "", path,
			      v ? (const char *) v : "", xmlGetLineNo (n));
    }
  xmlFree (v);
  return !ok;
}

/* Call FN for the fingerprint of each finding of XDOC.  */
int
esc_xml_fingerprints (xmlDocPtr xdoc, const char *path, const char *what,
		      void (*fn) (void *, const char *), void *data,
		      char **error)
{
  xmlNodePtr root = xmlDocGetRootElement (xdoc);
  if (esc_xml_baseline_p (xdoc))
    {
      FOR_ELEMENTS (f, root, "finding")
	if (visit_fingerprint (f, path, what, fn, data, error))
	  return 1;
      return 0;
    }
  FOR_ELEMENTS (u, root, "unit")
    FOR_ELEMENTS (func, u, "function")
      FOR_ELEMENTS (f, func, "finding")
	if (visit_fingerprint (f, path, what, fn, data, error))
	  return 1;
  return 0;
}
