/* noescape, checked in the callee: the attribute written on both the
   prototype and the definition; a definition that breaks it is an error,
   one that keeps it is not, and callers are trusted either way.  */
/* { dg-do compile } */

struct msg { char text[32]; };

struct msg *g_msg;

void post (struct msg *m __attribute__ ((noescape)));
int check (const struct msg *m __attribute__ ((noescape)));

void
post (struct msg *m __attribute__ ((noescape)))
{
  g_msg = m; /* { dg-error "address held by noescape parameter 'm' is stored into global 'g_msg', which outlives 'post' \\\[escape:store\\\]" } */
}

int
check (const struct msg *m __attribute__ ((noescape)))
{
  return m->text[0] != 0; /* { dg-bogus "escape" } */
}

int
nowarn_caller (void)
{
  struct msg m = { "hi" };
  post (&m); /* { dg-bogus "escape" } */
  return check (&m); /* { dg-bogus "escape" } */
}
