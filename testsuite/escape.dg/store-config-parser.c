/* Store rule, positive (realistic): a config file parser that keeps
   pointers into its local line buffer in a static table of key/value
   pairs.  Every entry dangles once the parser returns; the store of the
   entry into the table is reported.  The lookup function and a
   strdup-based loader are fine.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEYS 32

struct kv { const char *key; const char *val; };

static struct kv g_conf[MAX_KEYS];
static int g_nconf;

static char *
trim (char *s)
{
  char *e;
  while (*s == ' ' || *s == '\t')
    s++;
  e = s + strlen (s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
    *--e = 0;
  return s; /* { dg-bogus "escape" } */
}

/* BAD: key and value point into `line'.  */
int
warn_load_config (FILE *f)
{
  char line[256];
  g_nconf = 0;
  while (g_nconf < MAX_KEYS && fgets (line, sizeof line, f))
    {
      char *p = trim (line);
      char *eq;
      struct kv e;
      if (*p == '#' || *p == 0)
        continue;
      eq = strchr (p, '=');
      if (!eq)
        continue;
      *eq = 0;
      e.key = trim (p);
      e.val = trim (eq + 1);
      g_conf[g_nconf++] = e; /* { dg-warning "address of local variable 'line' is stored into global 'g_conf', which outlives 'warn_load_config' \\\[escape:store\\\]" } */
    }
  return g_nconf;
}

/* Right: the strings are duplicated on the heap.  */
int
nowarn_load_config_dup (FILE *f)
{
  char line[256];
  g_nconf = 0;
  while (g_nconf < MAX_KEYS && fgets (line, sizeof line, f))
    {
      char *p = trim (line);
      char *eq = strchr (p, '=');
      if (*p == '#' || !eq)
        continue;
      *eq = 0;
      g_conf[g_nconf].key = strdup (trim (p)); /* { dg-bogus "escape" } */
      g_conf[g_nconf].val = strdup (trim (eq + 1)); /* { dg-bogus "escape" } */
      g_nconf++;
    }
  return g_nconf;
}

const char *
nowarn_lookup (const char *key)
{
  for (int i = 0; i < g_nconf; i++)
    if (strcmp (g_conf[i].key, key) == 0)
      return g_conf[i].val; /* { dg-bogus "escape" } */
  return NULL;
}
