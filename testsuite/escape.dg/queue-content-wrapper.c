/* Queue rule: a same-file wrapper of memcpy with a length parameter
   copies the pointers its source holds into its destination (its summary
   says "*(dst + ?) may hold *(src + ?)"): copying an array of pointers
   to locals into a global through it is reported, for each local;
   copying characters is not.  */
/* { dg-do compile } */

#include <string.h>

void *g_slots[4];
char g_text[64];

static void
copy_n (void *dst, const void *src, size_t n)
{
  memcpy (dst, src, n);
}

void
warn_pointers_through_wrapper (size_t n)
{
  int y = 0, z = 0;
  void *a[2] = { &y, &z };
  copy_n (g_slots, a, n); /* { dg-warning "address of local variable 'y' is passed to 'copy_n', which keeps it after returning \\\[escape:queue\\\]" } */
  /* { dg-warning "address of local variable 'z' is passed to 'copy_n', which keeps it after returning \\\[escape:queue\\\]" "second element" { target *-*-* } .-1 } */
  /* { dg-bogus "variable 'a'" "the array is copied, not kept" { target *-*-* } .-2 } */
}

void
warn_constant_size_through_wrapper (void)
{
  int w = 0;
  void *a[2] = { 0, &w };
  copy_n (g_slots, a, sizeof a); /* { dg-warning "address of local variable 'w' is passed to 'copy_n', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
nowarn_bytes_through_wrapper (size_t n)
{
  char buf[16] = "text";
  copy_n (g_text, buf, n); /* { dg-bogus "escape" } */
}

void
nowarn_into_local (size_t n)
{
  int v = 0;
  void *a[2] = { &v, 0 };
  void *b[2];
  copy_n (b, a, n); /* { dg-bogus "escape" } */
}
