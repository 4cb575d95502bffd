/* Fnptr rule, negative: function addresses are code, not automatic
   storage: passing callbacks (from locals, a local table) to an indirect
   call is fine.  */
/* { dg-do compile } */

typedef void (*action_fn) (void);
typedef int (*install_fn) (int sig, action_fn fn);

static void on_term (void) { }
static void on_hup (void) { }

int
nowarn_pass_functions (install_fn install)
{
  action_fn actions[2] = { on_term, on_hup };
  action_fn a = actions[1];
  return install (15, actions[0]) + install (1, a); /* { dg-bogus "escape" } */
}
