/* Return rule, positive: library copy and fill functions return their
   destination; with a local array as destination, the result escapes.  */
/* { dg-do compile } */

#include <string.h>

char *
warn_memcpy (const char *s, size_t n)
{
  char buf[64];
  return memcpy (buf, s, n < 64 ? n : 64); /* { dg-warning "address of local variable 'buf' is returned from 'warn_memcpy'" } */
}

void *
warn_memset (void)
{
  int arr[16];
  void *r = memset (arr, 0, sizeof arr);
  return r; /* { dg-warning "address of local variable 'arr' is returned from 'warn_memset'" } */
}

char *
warn_memmove (const char *s)
{
  char buf[8];
  return memmove (buf, s, 8); /* { dg-warning "address of local variable 'buf' is returned from 'warn_memmove'" } */
}

char *
warn_strcpy_strcat (const char *a, const char *b)
{
  char buf[128];
  strcpy (buf, "x");
  return strcat (buf, a[0] ? a : b); /* { dg-warning "address of local variable 'buf' is returned from 'warn_strcpy_strcat'" } */
}
