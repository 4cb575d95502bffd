/* xml=DIR/ with a directory that does not exist: the plugin does not
   create directories; the report cannot be written, which is an error
   naming the path and the reason, and the compilation fails.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml=xml-dir-missing.d/" } */
/* { dg-escape-file "xml-dir-missing.d" } */
/* { dg-regexp "cc1: error: escape: cannot write report 'xml-dir-missing\\.d/xml-dir-missing-\[0-9a-f\]{8}\\.escape\\.xml': No such file or directory" "unwritable report" } */

int
nowarn_clean (int a)
{
  return a; /* { dg-bogus "escape" } */
}

/* { dg-final { escape-no-file "xml-dir-missing.d" } } */
