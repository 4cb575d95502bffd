/* Optimisation levels: content copies through a callee's summary (issue
   9, cause 2) give the same findings at -O0, -O1, -O2, -O3 and -Os.  The
   callee copies the bytes of its argument into memory it keeps; at -O2
   it is a candidate for inlining, and memcpy for expansion, both of
   which happen after the plugin's pass.  escape.exp compares the
   warnings of all five levels and counts them against the dg-warning
   directives below.  */
/* { dg-do compile } */

#include <string.h>

void *grow (void *p, unsigned n);
struct B { char *b; unsigned len; char space[16]; };

static void
add (struct B *buff, const char *str, unsigned n)
{
  if (buff->b == buff->space)
    buff->b = grow (buff->b, buff->len + n);
  memcpy (buff->b + buff->len, str, n);
  buff->len += n;
}

static inline void
add_str (struct B *buff, const char *s)
{
  add (buff, s, (unsigned) strlen (s));
}

static void
keep (struct B *buff, const char *str)
{
  buff->b = (char *) str;
}

struct h { char *p; };

void
nowarn_bytes (struct B *bb)
{
  char nb[8] = "1234567";
  add (bb, nb, 8); /* { dg-bogus "escape" } */
}

void
nowarn_inline_string (struct B *bb, int k)
{
  char num[16];
  for (int i = 0; i < 15; i++)
    num[i] = (char) ('0' + (k + i) % 10);
  num[15] = 0;
  add_str (bb, num); /* { dg-bogus "escape" } */
}

void
warn_keeps_pointer (struct B *bb)
{
  char nb[8] = "1234567";
  keep (bb, nb); /* { dg-warning "address of local variable 'nb' is passed to 'keep', which keeps it after returning" } */
}

void
warn_struct_holding_pointer (struct B *bb)
{
  char local[4] = "abc";
  struct h s = { local };
  add (bb, (const char *) &s, sizeof s); /* { dg-warning "address of local variable 'local' is passed to 'add', which keeps it after returning" } */
}

void
warn_pointer_array (struct B *bb)
{
  char l1[4] = "x";
  char *arr[2] = { l1, 0 };
  add (bb, (const char *) arr, sizeof arr); /* { dg-warning "address of local variable 'l1' is passed to 'add', which keeps it after returning" } */
}
