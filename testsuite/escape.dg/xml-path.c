/* xml=PATH: a PATH that is not a directory is the report's file name,
   used as given; nothing is written at the default place.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml=xml-path.report" } */
/* { dg-escape-file "xml-path.report" } */
/* { dg-escape-file "xml-path.escape.xml" } */

int *g;

void
warn_store (void)
{
  int y = 0;
  g = &y; /* { dg-warning "\\\[escape:store\\\]" } */
}

/* { dg-final { escape-xml-valid "xml-path.report" } } */
/* { dg-final { escape-scan-file "xml-path.report" "<finding rule=\"store\" severity=\"warning\" function=\"warn_store\"" } } */
/* { dg-final { escape-no-file "xml-path.escape.xml" } } */
