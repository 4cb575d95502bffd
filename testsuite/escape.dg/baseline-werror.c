/* Baseline under -Werror (the CI recipe): the findings fail the first
   build; with the baseline made from its report the same build passes,
   since baselined findings are not diagnostics at all.  */
/* { dg-do compile } */
/* { dg-options "-Werror -fplugin-arg-escape-xml" } */
/* { dg-escape-file "baseline-werror.escape.xml" } */
/* { dg-escape-file "baseline-werror.base.xml" } */

int *g;

void
warn_store (void)
{
  int y = 0;
  g = &y; /* { dg-error "\\\[escape:store\\\] \\\[-Werror\\\]" } */
}

/* { dg-final { escape-run-report baseline baseline-werror.escape.xml -o baseline-werror.base.xml } } */
/* { dg-final { escape-recompile "-fplugin-arg-escape-baseline=baseline-werror.base.xml" } } */
