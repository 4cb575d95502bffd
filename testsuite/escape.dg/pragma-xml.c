/* #pragma escape rule ... off: the finding is not reported, and the XML
   report keeps it as accepted, with the pragma and its place as the
   reason; a note region's finding has severity "note".  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "pragma-xml.escape.xml" } */

int *g;

#pragma escape rule store off
void
nowarn_off (void)
{
  int x = 0;
  g = &x; /* { dg-bogus "\\\[escape:" } */
}
#pragma escape rule store note
void
note_store (void)
{
  int y = 0;
  g = &y; /* { dg-message "address of local variable 'y' is stored into global 'g'" } */
}

/* { dg-final { escape-scan-file "pragma-xml.escape.xml" "<finding rule=\"store\" severity=\"warning\" function=\"nowarn_off\" fingerprint=\"\[0-9a-f\]+\" suppressed=\"accepted\" reason=\"#pragma escape rule store off at \[^\"\]*pragma-xml.c:10\">" } } */
/* { dg-final { escape-scan-file "pragma-xml.escape.xml" "<finding rule=\"store\" severity=\"note\" function=\"note_store\"" } } */
