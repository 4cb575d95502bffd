/* xml: the default report goes beside the object file and is named
   after it, exactly as -fstack-usage names its .su file: compiled again
   to xml-beside-object.d/obj.o, the report is
   xml-beside-object.d/obj.escape.xml, next to obj.su.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "xml-beside-object.d/" } */

int
nowarn_sum (const int *v, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += v[i]; /* { dg-bogus "escape" } */
  return s;
}

/* { dg-final { escape-recompile "-fstack-usage" "" "xml-beside-object.d/obj.o" } } */
/* { dg-final { escape-scan-file "xml-beside-object.d/obj.su" "nowarn_sum" } } */
/* { dg-final { escape-xml-valid "xml-beside-object.d/obj.escape.xml" } } */
/* { dg-final { escape-scan-file "xml-beside-object.d/obj.escape.xml" "<function name=\"nowarn_sum\"" } } */
/* { dg-final { escape-no-file "xml-beside-object.d/xml-beside-object.escape.xml" } } */
