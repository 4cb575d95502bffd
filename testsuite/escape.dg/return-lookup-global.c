/* Return rule, negative (realistic): lookups returning pointers into a
   global table, a static table and a table owned by the caller.
   Compare return-lookup-local.c.  */
/* { dg-do compile } */

#include <string.h>

struct entry { const char *name; int value; };

const struct entry colors[] = {
  { "red", 1 },
  { "green", 2 },
  { "blue", 3 },
};

const struct entry *
nowarn_lookup_global (const char *name)
{
  for (unsigned i = 0; i < sizeof colors / sizeof colors[0]; i++)
    if (strcmp (colors[i].name, name) == 0)
      return &colors[i]; /* { dg-bogus "escape" } */
  return 0;
}

const struct entry *
nowarn_lookup_static (int value)
{
  static const struct entry sizes[] = { { "small", 1 }, { "large", 2 } };
  const struct entry *found = 0;
  for (int i = 0; i < 2; i++)
    if (sizes[i].value == value)
      found = &sizes[i];
  return found; /* { dg-bogus "escape" } */
}

struct entry *
nowarn_lookup_caller (struct entry *table, int n, const char *name)
{
  struct entry key = { name, 0 };
  for (int i = 0; i < n; i++)
    if (strcmp (table[i].name, key.name) == 0)
      return table + i; /* { dg-bogus "escape" } */
  return 0;
}
