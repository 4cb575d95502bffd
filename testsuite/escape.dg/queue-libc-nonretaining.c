/* Queue rule, negative: the C library functions that only use their
   pointer arguments during the call: memcpy, memset, strcpy, strcat,
   strlen, strcmp, printf, snprintf, puts.  Local addresses passed to them
   are not reported.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>

struct pt { int x, y; };

size_t
nowarn_string_calls (const char *name)
{
  char buf[64];
  char out[128];
  strcpy (buf, "hello "); /* { dg-bogus "escape" } */
  strcat (buf, "world"); /* { dg-bogus "escape" } */
  snprintf (out, sizeof out, "%s, %s", buf, name); /* { dg-bogus "escape" } */
  if (strcmp (out, buf) == 0) /* { dg-bogus "escape" } */
    return 0;
  puts (out); /* { dg-bogus "escape" } */
  return strlen (out); /* { dg-bogus "escape" } */
}

void
nowarn_mem_calls (const struct pt *src)
{
  struct pt a, b;
  memset (&a, 0, sizeof a); /* { dg-bogus "escape" } */
  memcpy (&b, src, sizeof b); /* { dg-bogus "escape" } */
  memmove (&a, &b, sizeof a); /* { dg-bogus "escape" } */
  printf ("%d %d %p\n", a.x, b.y, (void *) &a); /* { dg-bogus "escape" } */
}
