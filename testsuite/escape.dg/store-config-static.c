/* Store rule, negative (realistic): the config parser of
   store-config-parser.c done right: the lines are read into a static
   arena that lives as long as the table, so keeping pointers into it is
   fine; the per-line scratch buffer only feeds a copy.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

#define MAX_KEYS 32
#define ARENA 4096

struct kv { const char *key; const char *val; };

static struct kv g_conf[MAX_KEYS];
static int g_nconf;
static char g_arena[ARENA];

static char *
trim (char *s)
{
  char *e;
  while (*s == ' ' || *s == '\t')
    s++;
  e = s + strlen (s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\n'))
    *--e = 0;
  return s;
}

int
nowarn_load_config (FILE *f)
{
  char line[256];
  size_t used = 0;
  g_nconf = 0;
  while (g_nconf < MAX_KEYS && fgets (line, sizeof line, f))
    {
      size_t n = strlen (line) + 1;
      char *copy, *eq;
      if (used + n > ARENA)
        break;
      copy = memcpy (g_arena + used, line, n);
      used += n;
      eq = strchr (copy, '=');
      if (!eq || *trim (copy) == '#')
        continue;
      *eq = 0;
      g_conf[g_nconf].key = trim (copy); /* { dg-bogus "escape" } */
      g_conf[g_nconf].val = trim (eq + 1); /* { dg-bogus "escape" } */
      g_nconf++;
    }
  return g_nconf;
}

int
nowarn_count_keys (const char *prefix)
{
  int n = 0;
  size_t len = strlen (prefix);
  for (int i = 0; i < g_nconf; i++)
    if (strncmp (g_conf[i].key, prefix, len) == 0)
      n++;
  return n;
}
