/* noescape (realistic): a string-keyed hash table whose lookup takes its
   key noescape, so callers can build keys on the stack.  The lookup
   honours that; a "last key" cache added later breaks it and is an
   error in the callee; the callers, which build keys in local buffers,
   are never reported.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

#define NOESCAPE __attribute__ ((noescape))
#define NBUCKETS 64

struct entry { const char *key; int value; struct entry *next; };

static struct entry *buckets[NBUCKETS];
static const char *last_key;
static struct entry *last_hit;

static unsigned
hash (const char *s NOESCAPE)
{
  unsigned h = 5381;
  while (*s)
    h = h * 33 + (unsigned char) *s++;
  return h % NBUCKETS;
}

struct entry *
lookup (const char *key NOESCAPE)
{
  for (struct entry *e = buckets[hash (key)]; e; e = e->next) /* { dg-bogus "escape" } */
    if (strcmp (e->key, key) == 0)
      return e; /* { dg-bogus "escape" } */
  return NULL;
}

/* BAD: the cache keeps the caller's key.  */
struct entry *
lookup_cached (const char *key NOESCAPE)
{
  if (last_key && strcmp (last_key, key) == 0)
    return last_hit;
  last_hit = lookup (key); /* { dg-bogus "escape" } */
  last_key = key; /* { dg-error "address held by noescape parameter 'key' is stored into global 'last_key', which outlives 'lookup_cached' \\\[escape:store\\\]" } */
  return last_hit;
}

int
nowarn_get_field (const char *section, const char *name)
{
  char key[128];
  struct entry *e;
  snprintf (key, sizeof key, "%s.%s", section, name);
  e = lookup (key); /* { dg-bogus "escape" } */
  return e ? e->value : -1;
}

int
nowarn_get_cached (int id)
{
  char key[16];
  struct entry *e;
  snprintf (key, sizeof key, "id%d", id);
  e = lookup_cached (key); /* { dg-bogus "escape" } */
  return e ? e->value : -1;
}
