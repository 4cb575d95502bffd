/* Store rule, cleared stores: the global is overwritten on both branches
   of an if, with different values that do not point into the frame
   (NULL on one, another global's address on the other): cleared on every
   path, not reported.  */
/* { dg-do compile } */

int *g;
int fallback;

extern void work (void);

void
nowarn_cleared_both_branches (int c)
{
  int x = 0;
  g = &x; /* { dg-bogus "escape" } */
  work ();
  if (c)
    g = 0;
  else
    g = &fallback;
}
