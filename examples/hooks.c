/* hooks.c: callbacks run when a value changes, and validators.  */

#include <stdio.h>
#include <string.h>

#include "cfgtool.h"

#define MAX_CALLBACKS 8

static change_hook hooks[MAX_CALLBACKS];
static int nhooks;
static check_fn checks[MAX_CALLBACKS];
static int nchecks;

int
config_on_change (change_hook fn)
{
  if (nhooks == MAX_CALLBACKS)
    return -1;
  hooks[nhooks++] = fn;
  return 0;
}

int
config_add_check (check_fn fn)
{
  if (nchecks == MAX_CALLBACKS)
    return -1;
  checks[nchecks++] = fn;
  return 0;
}

/* Set KEY to VALUE and tell every hook what changed.  */
int
config_set (const char *key, const char *value)
{
  const struct entry *old = config_find (key);
  struct change ch = { key, old ? old->value : NULL, value };
  char line[160];

  snprintf (line, sizeof line, "%s = %s", key, value);
  if (config_add (line, 0) != 0)
    return -1;
  for (int i = 0; i < nhooks; i++)
    /* escape: [escape:fnptr] a change_hook may keep 'ch' (main.c's does,
       for its status line): its parameter is not declared noescape.  */
    hooks[i] (&ch);
  return 0;
}

/* Run every check on every entry; print what they say.  Returns the
   number of complaints.  */
int
config_validate (void)
{
  char why[128];
  int bad = 0;

  for (int i = 0; i < config_count (); i++)
    for (int j = 0; j < nchecks; j++)
      {
	const struct entry *e = config_entry (i);

	/* Correct: check_fn's parameters are ESCAPE_NOESCAPE, so 'why' may
	   be a local buffer.  */
	if (checks[j] (e, why, sizeof why) != 0)
	  {
	    fprintf (stderr, "line %d: %s: %s\n", e->line, e->key, why);
	    bad++;
	  }
      }
  return bad;
}

/* Correct: a check keeps neither argument (the plugin checks the body of
   a function whose parameters are declared noescape).  */
int
check_nonempty (const struct entry *e ESCAPE_NOESCAPE,
		char *why ESCAPE_NOESCAPE, size_t size)
{
  if (e->value[0] != '\0')
    return 0;
  snprintf (why, size, "empty value");
  return 1;
}
