/* Store rule, negative: stored values that are not automatic: another
   global's address, a string literal, a function address, a field of a
   global, a static const table.  */
/* { dg-do compile } */

struct conf { const char *name; int level; };

struct conf g_default = { "default", 1 };
const struct conf *g_conf;
const char *g_msg;
int *g_level;
void (*g_hook) (void);

static void
hook (void)
{
}

void
nowarn_global_addrs (int c)
{
  static const char *const names[] = { "low", "high" };
  g_conf = &g_default; /* { dg-bogus "escape" } */
  g_level = &g_default.level; /* { dg-bogus "escape" } */
  g_msg = "literal"; /* { dg-bogus "escape" } */
  g_msg = names[c & 1]; /* { dg-bogus "escape" } */
  g_hook = hook; /* { dg-bogus "escape" } */
}

void
nowarn_global_out (const struct conf **out)
{
  *out = &g_default; /* { dg-bogus "escape" } */
}
