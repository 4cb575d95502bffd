/* xml: a unit with no function body still gets a report (valid, with
   zero totals), so a build's set of reports has one per object.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "xml-no-functions.escape.xml" } */

extern int counter;
int table[4] = { 1, 2, 3, 4 };
int *nowarn_entry = &table[1];
int nowarn_prototype (int *p);

/* { dg-final { escape-xml-valid "xml-no-functions.escape.xml" } } */
/* { dg-final { escape-scan-file "xml-no-functions.escape.xml" "<totals functions=\"0\" objects=\"0\" constraints=\"0\" findings=\"0\" suppressed=\"0\"" } } */
/* { dg-final { escape-scan-file-not "xml-no-functions.escape.xml" "<function " } } */
