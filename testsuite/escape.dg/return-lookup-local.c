/* Return rule, positive (realistic): a lookup function that searches a
   table built on the stack and returns a pointer to the entry found.
   Compare return-lookup-global.c.  */
/* { dg-do compile } */

#include <string.h>

struct entry { const char *name; int value; };

const struct entry *
warn_lookup (const char *name)
{
  struct entry table[] = {
    { "red", 1 },
    { "green", 2 },
    { "blue", 3 },
  };
  for (unsigned i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp (table[i].name, name) == 0)
      return &table[i]; /* { dg-warning "address of local variable 'table' is returned from 'warn_lookup'" } */
  return 0;
}

int *
warn_lookup_value (int key)
{
  int values[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  int *found = 0;
  for (int i = 0; i < 8; i++)
    if (values[i] == key)
      found = &values[i];
  return found; /* { dg-warning "address of local variable 'values' is returned from 'warn_lookup_value'" } */
}
