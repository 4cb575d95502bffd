/* xml=PATH that cannot be written (its directory is a regular file): an
   error naming the path and the system's reason; the compilation fails
   and the file in the way is left as it was.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml=xml-unwritable.file/report.xml" } */
/* { dg-escape-file "xml-unwritable.file" "a regular file\n" } */
/* { dg-regexp "cc1: error: escape: cannot write report 'xml-unwritable\\.file/report\\.xml': Not a directory" "unwritable report" } */

int
nowarn_clean (int a)
{
  return a; /* { dg-bogus "escape" } */
}

/* { dg-final { escape-scan-file "xml-unwritable.file" "^a regular file$" } } */
