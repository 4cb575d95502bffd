/* xml=DIR: a PATH naming an existing directory, even without a trailing
   '/', is a directory to write the report into (here '.', and a
   directory made before the compile).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml=xml-dir-existing.d" } */
/* { dg-escape-file "xml-dir-existing.d/" } */
/* { dg-escape-file "xml-dir-existing-*.escape.xml" } */

int *
warn_return (void)
{
  int x = 0;
  return &x; /* { dg-warning "\\\[escape:return\\\]" } */
}

/* { dg-final { escape-xml-valid "xml-dir-existing.d/xml-dir-existing-*.escape.xml" } } */
/* { dg-final { escape-scan-file "xml-dir-existing.d/xml-dir-existing-*.escape.xml" "<function name=\"warn_return\"" } } */
/* { dg-final { escape-recompile "-w -fplugin-arg-escape-xml=." } } */
/* { dg-final { escape-xml-valid "xml-dir-existing-*.escape.xml" } } */
