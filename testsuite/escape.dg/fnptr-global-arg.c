/* Fnptr rule, negative: arguments of indirect calls that are not
   automatic: globals, file and function statics, string literals, a
   static const table.  */
/* { dg-do compile } */

typedef void (*cb_t) (const void *p);

struct cfg { int level; } g_cfg;
static char s_name[16] = "name";

void
nowarn_static_args (cb_t cb, int i)
{
  static int counter;
  static const int table[4] = { 1, 2, 3, 4 };
  cb (&g_cfg); /* { dg-bogus "escape" } */
  cb (s_name); /* { dg-bogus "escape" } */
  cb (&counter); /* { dg-bogus "escape" } */
  cb ("literal"); /* { dg-bogus "escape" } */
  cb (&table[i & 3]); /* { dg-bogus "escape" } */
}
