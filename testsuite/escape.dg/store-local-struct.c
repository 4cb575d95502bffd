/* Store rule, negative: addresses stored into local structs, arrays and
   pointer variables that never leave the frame, then used and dropped.  */
/* { dg-do compile } */

#include <string.h>

struct span { const char *start; size_t len; };
struct ctx { int *cur; char *buf; struct span spans[4]; };

extern void consume (const struct ctx *c);

size_t
nowarn_local_struct (void)
{
  int x = 0;
  char buf[32] = "hello world";
  struct ctx c;
  c.cur = &x; /* { dg-bogus "escape" } */
  c.buf = buf; /* { dg-bogus "escape" } */
  c.spans[0].start = buf + 6; /* { dg-bogus "escape" } */
  c.spans[0].len = 5;
  consume (&c); /* { dg-bogus "escape" } */
  return strlen (c.spans[0].start); /* { dg-bogus "escape" } */
}

int
nowarn_local_array_of_ptrs (int n)
{
  int vals[4] = { 1, 2, 3, 4 };
  int *ptrs[4];
  int sum = 0;
  for (int i = 0; i < 4; i++)
    ptrs[i] = &vals[i]; /* { dg-bogus "escape" } */
  for (int i = 0; i < n && i < 4; i++)
    sum += *ptrs[i];
  return sum; /* { dg-bogus "escape" } */
}

void
nowarn_local_pointer_to_pointer (void)
{
  int a = 1;
  int *p = &a;
  int **pp = &p; /* { dg-bogus "escape" } */
  **pp = 2;
}
