/* Return rule, negative: string literals have static storage; returning
   one (directly, through a pointer, chosen by ?:, with an offset) is
   fine.  */
/* { dg-do compile } */

const char *
nowarn_literal (void)
{
  return "hello"; /* { dg-bogus "escape" } */
}

const char *
nowarn_literal_var (int c)
{
  const char *s = c ? "yes" : "no";
  return s; /* { dg-bogus "escape" } */
}

const char *
nowarn_literal_offset (int i)
{
  const char *digits = "0123456789";
  return digits + (i % 10); /* { dg-bogus "escape" } */
}

const char *
nowarn_literal_switch (int e)
{
  switch (e)
    {
    case 0:
      return "ok"; /* { dg-bogus "escape" } */
    case 1:
      return "warning"; /* { dg-bogus "escape" } */
    default:
      return "error"; /* { dg-bogus "escape" } */
    }
}
