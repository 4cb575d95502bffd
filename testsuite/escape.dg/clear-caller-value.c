/* Store rule, cleared stores: the save/restore pattern.  The caller's
   field (or *out) is saved, pointed at a local for the duration of a
   call, and restored to the saved value, which was loaded from the
   caller's memory before the store: nothing of the frame remains.  */
/* { dg-do compile } */

struct frame { struct frame *up; int depth; };
struct interp { struct frame *top; int *result; };

extern void run (struct interp *in);
extern void tick (void);

void
nowarn_push_pop_frame (struct interp *in)
{
  struct frame f;
  struct frame *saved = in->top;
  f.up = saved;
  f.depth = saved ? saved->depth + 1 : 0;
  in->top = &f; /* { dg-bogus "escape" } */
  run (in);
  in->top = saved;
}

void
nowarn_restore_out (int **out)
{
  int tmp = 0;
  int *old = *out;
  *out = &tmp; /* { dg-bogus "escape" } */
  tick ();
  *out = old;
}
