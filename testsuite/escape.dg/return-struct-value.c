/* Return rule, negative: structs returned by value whose contents are
   copied out: a struct holding an array (the array is copied, not
   referenced), a struct of integers, a struct built from a local one.  */
/* { dg-do compile } */

#include <string.h>

struct name { char text[16]; int len; };
struct pair { int a, b; };

struct name
nowarn_array_member (const char *s)
{
  struct name n;
  n.len = (int) strlen (s);
  if (n.len > 15)
    n.len = 15;
  memcpy (n.text, s, (size_t) n.len);
  n.text[n.len] = 0;
  return n; /* { dg-bogus "escape" } */
}

struct pair
nowarn_from_local (int x)
{
  struct pair tmp = { x, x + 1 };
  struct pair *p = &tmp;
  struct pair r = *p;
  return r; /* { dg-bogus "escape" } */
}

struct name
nowarn_copy_of_local (void)
{
  struct name local = { "abc", 3 };
  return local; /* { dg-bogus "escape" } */
}
