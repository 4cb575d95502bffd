/* Store rule, cleared stores: a global "current context" saved into a
   local, pointed at a local context for a call, and restored before
   returning.  The restored value was loaded from the global before the
   store, so it cannot point into this frame.  */
/* { dg-do compile } */

struct ctx { const char *name; int depth; };

struct ctx *g_current;

extern void body (void);

void
nowarn_with_context (const char *name)
{
  struct ctx c;
  struct ctx *old = g_current;
  c.name = name;
  c.depth = old ? old->depth + 1 : 0;
  g_current = &c; /* { dg-bogus "escape" } */
  body ();
  g_current = old;
}
