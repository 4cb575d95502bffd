/* Queue rule: callees that copy or format the bytes of their argument
   into memory they keep, through every copying function of the library
   model.  The memory functions (memcpy, memmove, mempcpy, bcopy and the
   __builtin_ and _chk spellings) copy the pointers the source holds: a
   character buffer passed to them is not reported, an array of pointers
   to locals is, for each local.  The string and formatting functions
   (strcpy, strncpy, strcat, strncat, sprintf, snprintf) and memset copy
   or write characters only: nothing is kept.  */
/* { dg-do compile } */

#include <stdio.h>
#include <string.h>
#include <strings.h>

char *g_out;     /* memory kept by the callees */
char g_line[256];

static void
put_memcpy (const void *src, size_t n)
{
  memcpy (g_out, src, n);
}

static void
put_memmove (const void *src, size_t n)
{
  memmove (g_out, src, n);
}

static void
put_bcopy (const void *src, size_t n)
{
  bcopy (src, g_out, n);
}

static void
put_builtin (const void *src, size_t n)
{
  __builtin_memcpy (g_out, src, n);
}

static void
put_chk (const void *src, size_t n)
{
  __builtin___memcpy_chk (g_out, src, n, __builtin_object_size (g_out, 0));
}

static void
put_strings (const char *s, size_t n)
{
  strcpy (g_out, s);
  strncpy (g_out, s, n);
  strcat (g_line, s);
  strncat (g_line, s, n);
  sprintf (g_line, "%s", s);
  snprintf (g_out, n, "[%s]", s);
  memset (g_out, s[0], n);
}

/* One buffer per call: a finding is reported once per object.  */
void
nowarn_bytes (size_t n)
{
  char b1[32] = "text", b2[32] = "text", b3[32] = "text";
  char b4[32] = "text", b5[32] = "text", b6[32] = "text";
  put_memcpy (b1, n);   /* { dg-bogus "escape" } */
  put_memmove (b2, n);  /* { dg-bogus "escape" } */
  put_bcopy (b3, n);    /* { dg-bogus "escape" } */
  put_builtin (b4, n);  /* { dg-bogus "escape" } */
  put_chk (b5, n);      /* { dg-bogus "escape" } */
  put_strings (b6, n);  /* { dg-bogus "escape" } */
}

void
nowarn_strings_of_pointers (size_t n)
{
  char l[4] = "abc";
  char *arr[2] = { l, 0 };
  put_strings ((const char *) arr, n); /* { dg-bogus "escape" } */
}

void
warn_memcpy_pointers (size_t n)
{
  int a = 0;
  int *arr[2] = { &a, 0 };
  put_memcpy (arr, n); /* { dg-warning "address of local variable 'a' is passed to 'put_memcpy', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_memmove_pointers (size_t n)
{
  int b = 0;
  int *arr[2] = { 0, &b };
  put_memmove (arr, n); /* { dg-warning "address of local variable 'b' is passed to 'put_memmove', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_bcopy_pointers (size_t n)
{
  int c = 0;
  struct { int *p; int k; } s = { &c, 1 };
  put_bcopy (&s, n); /* { dg-warning "address of local variable 'c' is passed to 'put_bcopy', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_builtin_pointers (size_t n)
{
  int d = 0;
  int *arr[1] = { &d };
  put_builtin (arr, n); /* { dg-warning "address of local variable 'd' is passed to 'put_builtin', which keeps it after returning \\\[escape:queue\\\]" } */
}

void
warn_chk_pointers (size_t n)
{
  int e = 0;
  int *arr[1] = { &e };
  put_chk (arr, n); /* { dg-warning "address of local variable 'e' is passed to 'put_chk', which keeps it after returning \\\[escape:queue\\\]" } */
}
