/* Store rule, positive: the address of a local pointer variable stored
   into a global escapes that variable (its content is non-local here, so
   only the pointer variable itself is reported).  */
/* { dg-do compile } */

int **g_pp;
const char ***g_ppp;
extern int shared;

void
warn_local_pointer (void)
{
  int *p = &shared;
  g_pp = &p; /* { dg-warning "address of local variable 'p' is stored into global 'g_pp', which outlives 'warn_local_pointer' \\\[escape:store\\\]" } */
}

void
warn_local_argv (const char **argv)
{
  const char **args = argv;
  g_ppp = &args; /* { dg-warning "address of local variable 'args' is stored into global 'g_ppp', which outlives 'warn_local_argv' \\\[escape:store\\\]" } */
}
