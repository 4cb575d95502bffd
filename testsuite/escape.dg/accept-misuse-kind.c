/* escape_accept misuse: on a declaration that is not a variable, a
   parameter or a function (a struct field, a typedef) it is ignored with
   a -Wattributes warning; on a type GCC itself ignores it.  */
/* { dg-do compile } */

struct item
{
  int *p __attribute__ ((escape_accept ("field"))); /* { dg-warning "'escape_accept' attribute applies only to variables, parameters and functions \\\[-Wattributes\\\]" } */
};

typedef int *int_ptr __attribute__ ((escape_accept ("typedef"))); /* { dg-warning "'escape_accept' attribute applies only to variables, parameters and functions \\\[-Wattributes\\\]" } */

struct __attribute__ ((escape_accept ("type"))) node { int v; }; /* { dg-warning "'escape_accept' attribute does not apply to types \\\[-Wattributes\\\]" } */

int *g;

void
warn_field_not_accepted (void)
{
  struct item it = { 0 };
  g = (int *) &it; /* { dg-warning "\\\[escape:store\\\]" } */
}
