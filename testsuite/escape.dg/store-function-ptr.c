/* Store rule, negative: functions are code, not automatic storage:
   registering handlers (from a local variable, a local table, a
   parameter) in global tables is fine.  */
/* { dg-do compile } */

typedef int (*cmd_fn) (int argc, char **argv);

static int cmd_help (int argc, char **argv) { (void) argv; return argc; }
static int cmd_quit (int argc, char **argv) { (void) argv; return -argc; }

struct command { const char *name; cmd_fn fn; };

struct command g_cmds[8];
cmd_fn g_default_cmd;

void
nowarn_register_table (void)
{
  cmd_fn local_table[2] = { cmd_help, cmd_quit };
  g_cmds[0].name = "help"; /* { dg-bogus "escape" } */
  g_cmds[0].fn = local_table[0]; /* { dg-bogus "escape" } */
  g_cmds[1].name = "quit"; /* { dg-bogus "escape" } */
  g_cmds[1].fn = local_table[1]; /* { dg-bogus "escape" } */
}

void
nowarn_register_param (cmd_fn fn)
{
  cmd_fn f = fn ? fn : cmd_help;
  g_default_cmd = f; /* { dg-bogus "escape" } */
}

void
nowarn_register_struct_value (void)
{
  struct command c = { "quit", cmd_quit };
  g_cmds[2] = c; /* { dg-bogus "escape" } */
}
