/* Queue rule, positive: a helper with several pointer parameters keeps
   only one of them; only the local passed there is reported, at the
   call, and the others passed in the same call are not.  */
/* { dg-do compile } */

#include <string.h>

struct entry { const char *name; int *value; };

static struct entry table[8];
static int used;

static int
bind_entry (const char *name, int *value, char *scratch)
{
  strcpy (scratch, name);
  table[used & 7].name = "fixed";
  table[used & 7].value = value;
  used++;
  return (int) strlen (scratch);
}

int
warn_bind_value (void)
{
  int v = 0;
  char scratch[32];
  char name[16] = "count";
  return bind_entry (name, &v, scratch); /* { dg-warning "address of local variable 'v' is passed to 'bind_entry', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-bogus "local variable '(name|scratch)'" "name and scratch are not kept" { target *-*-* } .-1 } */
}

int
nowarn_bind_global_value (int *global_value)
{
  char scratch[32];
  char name[16] = "count";
  return bind_entry (name, global_value, scratch); /* { dg-bogus "escape" } */
}
