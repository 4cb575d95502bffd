/* config.c: parse "key = value" lines into a table.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfgtool.h"

#define MAX_ENTRIES 64

static struct entry table[MAX_ENTRIES];
static int nentries;

/* Parse LINE into *OUT.  Returns 0 on success.  */
int
parse_entry (const char *line, struct entry *out)
{
  const char *eq = strchr (line, '=');
  size_t klen;

  if (eq == NULL)
    return -1;
  klen = (size_t) (eq - line);
  while (klen > 0 && (line[klen - 1] == ' ' || line[klen - 1] == '\t'))
    klen--;
  if (klen == 0 || klen >= sizeof out->key)
    return -1;
  memcpy (out->key, line, klen);
  out->key[klen] = '\0';
  eq++;
  while (*eq == ' ' || *eq == '\t')
    eq++;
  snprintf (out->value, sizeof out->value, "%s", eq);
  out->value[strcspn (out->value, "\r\n")] = '\0';
  out->line = 0;
  return 0;
}

/* Correct: the table is a static object.  A later line overrides an
   earlier one.  */
const struct entry *
config_find (const char *key)
{
  for (int i = nentries - 1; i >= 0; i--)
    if (strcmp (table[i].key, key) == 0)
      return &table[i];
  return NULL;
}

int
config_count (void)
{
  return nentries;
}

const struct entry *
config_entry (int i)
{
  return i >= 0 && i < nentries ? &table[i] : NULL;
}

int
config_add (const char *line, int lineno)
{
  if (nentries == MAX_ENTRIES || parse_entry (line, &table[nentries]) != 0)
    return -1;
  table[nentries++].line = lineno;
  return 0;
}

/* Set *VALUE to the value of KEY, or to a placeholder that names the
   missing key.  Returns whether KEY is set.  */
int
config_get (const char *key, const char **value)
{
  const struct entry *e = config_find (key);
  char placeholder[48];

  if (e != NULL)
    {
      *value = e->value;
      return 1;
    }
  snprintf (placeholder, sizeof placeholder, "(no %s)", key);
  /* escape: [escape:store] the caller's pointer is set to a local array
     that dies when config_get returns.  */
  *value = placeholder;
  return 0;
}

/* The value part of LINE.  */
const char *
config_value_of (const char *line)
{
  struct entry e;

  if (parse_entry (line, &e) != 0)
    return NULL;
  /* escape: [escape:return] e.value is a field of a local struct.  */
  return e.value;
}

/* Correct: the same, into the caller's struct.  */
const char *
config_value_into (const char *line, struct entry *out)
{
  if (parse_entry (line, out) != 0)
    return NULL;
  return out->value;
}

/* The entry used when the file defines no name.  */
const struct entry *
config_default (void)
{
  /* escape: [escape:return] a compound literal in a function has
     automatic storage.  */
  return &(struct entry) { "name", "unnamed", 0 };
}

/* Correct: heap memory outlives the function.  */
struct entry *
config_dup (const struct entry *e)
{
  struct entry *copy = malloc (sizeof *copy);

  if (copy != NULL)
    *copy = *e;
  return copy;
}
