/* Return rule, positive: library search functions return a pointer into
   their first argument; with a local array there, the result escapes.  */
/* { dg-do compile } */

#include <string.h>

char *
warn_strchr (const char *s)
{
  char buf[32];
  strncpy (buf, s, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  return strchr (buf, 'c'); /* { dg-warning "address of local variable 'buf' is returned from 'warn_strchr'" } */
}

char *
warn_strrchr (const char *s)
{
  char buf[32];
  strncpy (buf, s, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  char *slash = strrchr (buf, '/');
  return slash; /* { dg-warning "address of local variable 'buf' is returned from 'warn_strrchr'" } */
}

void *
warn_memchr (const void *src, size_t n)
{
  unsigned char bytes[64];
  memcpy (bytes, src, n < sizeof bytes ? n : sizeof bytes);
  return memchr (bytes, 0, sizeof bytes); /* { dg-warning "address of local variable 'bytes' is returned from 'warn_memchr'" } */
}

char *
warn_strstr (const char *s)
{
  char buf[32];
  strncpy (buf, s, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  return strstr (buf, "key"); /* { dg-warning "address of local variable 'buf' is returned from 'warn_strstr'" } */
}
