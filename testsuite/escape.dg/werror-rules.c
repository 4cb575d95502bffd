/* -Werror with the rule selection: with only the `return' rule enabled,
   a return finding is still an error.  */
/* { dg-do compile } */
/* { dg-options "-Werror -fplugin-arg-escape-rules=return" } */

char *
warn_werror_rules (void)
{
  char name[4] = "abc";
  return name; /* { dg-error "address of local variable 'name' is returned from 'warn_werror_rules' \\\[escape:return\\\]" } */
}
