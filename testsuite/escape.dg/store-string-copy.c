/* Store rule, negative: copying the bytes of a local buffer into a
   global buffer (strcpy, memcpy, snprintf), or duplicating it on the
   heap, stores characters, not the local's address.  */
/* { dg-do compile } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_name[64];
char *g_dup;
struct rec { char tag[8]; int v; } g_rec;

void
nowarn_strcpy (const char *src)
{
  char tmp[64];
  snprintf (tmp, sizeof tmp, "%s!", src);
  strcpy (g_name, tmp); /* { dg-bogus "escape" } */
}

void
nowarn_memcpy_bytes (void)
{
  struct rec r = { "abc", 3 };
  memcpy (&g_rec, &r, sizeof r); /* { dg-bogus "escape" } */
}

void
nowarn_strdup (void)
{
  char buf[32] = "duplicate me";
  free (g_dup);
  g_dup = strdup (buf); /* { dg-bogus "escape" } */
}

void
nowarn_snprintf_global (int n)
{
  char unit[4] = "kB";
  snprintf (g_name, sizeof g_name, "%d %s", n, unit); /* { dg-bogus "escape" } */
}
