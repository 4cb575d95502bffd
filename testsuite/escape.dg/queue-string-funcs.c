/* Queue rule, negative: string functions whose result points into their
   argument (strchr, strstr, memchr, strtok_r with a local save pointer)
   do not keep the argument; using the results locally is fine.  */
/* { dg-do compile } */

#include <string.h>

int
nowarn_count_fields (const char *s)
{
  char buf[128];
  char *save = NULL;
  char *tok;
  int n = 0;
  strncpy (buf, s, sizeof buf - 1);
  buf[sizeof buf - 1] = 0;
  for (tok = strtok_r (buf, ",", &save); tok; tok = strtok_r (NULL, ",", &save)) /* { dg-bogus "escape" } */
    n++;
  return n;
}

long
nowarn_find (void)
{
  char text[32] = "key: value";
  char *colon = strchr (text, ':'); /* { dg-bogus "escape" } */
  char *v = strstr (text, "val"); /* { dg-bogus "escape" } */
  char *nul = memchr (text, 0, sizeof text); /* { dg-bogus "escape" } */
  return (colon - text) + (v - text) + (nul - text);
}
