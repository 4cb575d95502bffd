/* Severity in the report: each finding's severity attribute is the
   configured one (error, note, warning); a rule that is off computes no
   finding at all, so the report has none for it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=store:error,fnptr:note,queue:off -fplugin-arg-escape-xml" } */
/* { dg-escape-file "severity-xml.escape.xml" } */

int *g;
void (*g_callback) (int *);
void keep (void *p __attribute__ ((escape_sink)));

void
warn_store (void)
{
  int y = 0;
  g = &y; /* { dg-error "\\\[escape:store\\\]" } */
}

void
warn_fnptr (void)
{
  int w = 0;
  g_callback (&w); /* { dg-message "\\\[escape:fnptr\\\]" } */
}

int *
warn_return (void)
{
  int x = 0;
  return &x; /* { dg-warning "\\\[escape:return\\\]" } */
}

void
nowarn_queue_off (void)
{
  int z = 0;
  keep (&z); /* { dg-bogus "escape" } */
}

/* { dg-final { escape-xml-valid "severity-xml.escape.xml" } } */
/* { dg-final { escape-scan-file "severity-xml.escape.xml" "<finding rule=\"store\" severity=\"error\" function=\"warn_store\"" } } */
/* { dg-final { escape-scan-file "severity-xml.escape.xml" "<finding rule=\"fnptr\" severity=\"note\" function=\"warn_fnptr\"" } } */
/* { dg-final { escape-scan-file "severity-xml.escape.xml" "<finding rule=\"return\" severity=\"warning\" function=\"warn_return\"" } } */
/* { dg-final { escape-scan-file-not "severity-xml.escape.xml" "<finding rule=\"queue\"" } } */
