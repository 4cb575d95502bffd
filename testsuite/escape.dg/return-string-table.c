/* Return rule, negative: a static table of string pointers and a local
   table of string-literal pointers: the entries point to literals, so
   returning an entry is fine even when the table itself is local.  */
/* { dg-do compile } */

const char *
nowarn_static_names (int i)
{
  static const char *const names[] = { "zero", "one", "two" };
  return names[i % 3]; /* { dg-bogus "escape" } */
}

const char *
nowarn_local_table_of_literals (int i)
{
  const char *names[3] = { "zero", "one", "two" };
  return names[i % 3]; /* { dg-bogus "escape" } */
}
