/* xml=DIR/: a PATH ending in '/' is a directory; the report is written
   into it under the object's base name and a hash of its path
   (unique per object: xml-dir-slash-HASH.escape.xml).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml=xml-dir-slash.d/" } */
/* { dg-escape-file "xml-dir-slash.d/" } */

int *
warn_return (void)
{
  int x = 0;
  return &x; /* { dg-warning "\\\[escape:return\\\]" } */
}

/* { dg-final { escape-xml-valid "xml-dir-slash.d/xml-dir-slash-*.escape.xml" } } */
/* { dg-final { escape-scan-file "xml-dir-slash.d/xml-dir-slash-*.escape.xml" "<finding rule=\"return\"" } } */
