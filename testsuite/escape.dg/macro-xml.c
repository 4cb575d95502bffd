/* The XML report puts a finding made inside a macro at the same place
   as the warning: the expansion point in the user's file.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml" } */
/* { dg-escape-file "macro-xml.escape.xml" } */

#include "macro-defs.h"

void
warn_xml_macro (void)
{
  int x = 1;
  MACRO_KEEP (&x); /* { dg-warning "address of local variable 'x' is stored into global 'g_macro_keep'" } */
}

/* { dg-final { escape-scan-file "macro-xml.escape.xml" "<location file=\"\[^\"\]*macro-xml.c\" line=\"13\"" } } */
/* { dg-final { escape-scan-file-not "macro-xml.escape.xml" "macro-defs.h" } } */
