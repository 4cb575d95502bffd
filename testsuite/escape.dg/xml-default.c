/* xml: -fplugin-arg-escape-xml without a value writes the unit's report
   where -fstack-usage writes its .su file: named after the object, or,
   compiled to /dev/null as here, after the source, in the current
   directory.  The report is valid against reports/escape.rng, holds the
   finding (still reported as a warning) and the clean function.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml -fstack-usage" } */
/* { dg-escape-file "xml-default.escape.xml" } */
/* { dg-escape-file "xml-default.su" } */

int *
warn_reported (void)
{
  int x = 0;
  return &x; /* { dg-warning "address of local variable 'x' is returned from 'warn_reported' \\\[escape:return\\\]" } */
}

int
nowarn_clean (const int *p)
{
  return *p; /* { dg-bogus "escape" } */
}

/* { dg-final { escape-xml-valid "xml-default.escape.xml" } } */
/* { dg-final { escape-scan-file "xml-default.su" "nowarn_clean" } } */
/* { dg-final { escape-scan-file "xml-default.escape.xml" "<unit tu=\"\[^\"\]*xml-default\\.c\"" } } */
/* { dg-final { escape-scan-file "xml-default.escape.xml" "<finding rule=\"return\" severity=\"warning\" function=\"warn_reported\" fingerprint=\"\[0-9a-f\]{16}\">" } } */
/* { dg-final { escape-scan-file "xml-default.escape.xml" "<function name=\"nowarn_clean\"" } } */
/* { dg-final { escape-scan-file-not "xml-default.escape.xml" "<finding \[^>\]*suppressed=" } } */
