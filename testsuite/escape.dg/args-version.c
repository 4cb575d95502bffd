/* Arguments: -fplugin-arg-escape-version prints the plugin's version
   (a line starting "gcc-escape" and a version number) and the analysis
   still runs.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-version" } */
/* { dg-regexp "gcc-escape \[0-9\]+\\.\[0-9\]+.*" "version banner" } */

int *
warn_with_version (void)
{
  int x = 0;
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_with_version'" } */
}
