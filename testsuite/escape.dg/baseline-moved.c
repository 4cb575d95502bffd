/* Baseline: fingerprints hold no line or column, so code that moves
   (here new declarations and a function above it, with -DSHIFT) is still
   matched by the baseline made before the move.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "baseline-moved.escape.xml" } */
/* { dg-escape-file "baseline-moved.base.xml" } */

#ifdef SHIFT
int shift_counter;

static int
shift_helper (int a)
{
  return a + shift_counter;
}

int *shift_ptr;
#endif

int *g;

void
warn_moved (void)
{
  int y = 0;
  g = &y; /* { dg-warning "\\\[escape:store\\\]" } */
}

/* { dg-final { escape-run-report baseline baseline-moved.escape.xml -o baseline-moved.base.xml } } */
/* { dg-final { escape-recompile "-DSHIFT -Wno-unused-function -fplugin-arg-escape-baseline=baseline-moved.base.xml" } } */
