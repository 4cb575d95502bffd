/* noescape, checked in the callee: copying the bytes a noescape
   parameter points to into memory that outlives the call (directly, or
   through a same-file helper that copies N bytes) keeps what the bytes
   hold, not the parameter's pointer: the promise holds.  Handing the
   pointer itself to a helper that keeps it breaks the promise.  */
/* { dg-do compile } */

#include <string.h>

void *grow (void *p, unsigned n);
struct B { char *b; unsigned len; char space[16]; };
extern struct B g_b;
char g_buf[64];

static void
add (struct B *buff, const char *str, unsigned n)
{
  if (buff->b == buff->space)
    buff->b = grow (buff->b, buff->len + n);
  memcpy (buff->b + buff->len, str, n);
  buff->len += n;
}

static void
keep (struct B *buff, const char *str)
{
  buff->b = (char *) str; /* { dg-message "'keep' stores it into memory pointed to by parameter 'buff' here" } */
}

void
nowarn_copy_through_helper (const char *s __attribute__ ((noescape)),
			    unsigned n)
{
  add (&g_b, s, n); /* { dg-bogus "escape" } */
}

void
nowarn_copy_direct (const char *s __attribute__ ((noescape)), unsigned n)
{
  memcpy (g_buf, s, n); /* { dg-bogus "escape" } */
}

void
warn_keep_through_helper (const char *s __attribute__ ((noescape)))
{
  keep (&g_b, s); /* { dg-error "address held by noescape parameter 's' is passed to 'keep', which keeps it after returning \\\[escape:queue\\\]" } */
}
