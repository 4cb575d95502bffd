/* Return rule, negative: library functions that return (a pointer into)
   an argument, called with caller or global memory in that argument;
   local buffers appear only as the other, non-returned arguments.  */
/* { dg-do compile } */

#include <string.h>

char gbuf[32];

char *
nowarn_strchr_param (char *s)
{
  return strchr (s, 'c'); /* { dg-bogus "escape" } */
}

char *
nowarn_memcpy_to_param (char *dst)
{
  char tmp[8] = "tmp";
  return memcpy (dst, tmp, sizeof tmp); /* { dg-bogus "escape" } */
}

char *
nowarn_strcpy_global (const char *s)
{
  char key[8] = "k";
  char *r = strcpy (gbuf, strlen (s) < 8 ? s : key);
  return r; /* { dg-bogus "escape" } */
}

char *
nowarn_strstr_param (char *hay)
{
  char needle[4] = "ab";
  return strstr (hay, needle); /* { dg-bogus "escape" } */
}
