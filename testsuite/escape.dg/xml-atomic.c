/* xml: the report replaces whatever was at its path as a whole (written
   to a temporary file in the same directory, then renamed over it): a
   stale, truncated file there becomes a complete, valid report, and no
   temporary file (.NAME.XXXXXX) is left.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "xml-atomic.escape.xml" "<escape-report version=\"1\" tool=\"gcc-escape\" kind=\"unit\"><unit tu=\"stale" } */

int *g;

void
warn_store (void)
{
  int y = 0;
  g = &y; /* { dg-warning "\\\[escape:store\\\]" } */
}

/* { dg-final { escape-xml-valid "xml-atomic.escape.xml" } } */
/* { dg-final { escape-scan-file-not "xml-atomic.escape.xml" "stale" } } */
/* { dg-final { escape-scan-file "xml-atomic.escape.xml" "</escape-report>" } } */
/* { dg-final { escape-no-file ".xml-atomic.escape.xml.*" } } */
