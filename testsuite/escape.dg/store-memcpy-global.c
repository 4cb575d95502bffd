/* Store rule, positive: memcpy copies the pointers stored in its source;
   copying a local pointer variable that holds a local's address into a
   global stores that address.  Reported at the copy.  */
/* { dg-do compile } */

#include <string.h>

int *g_ptr;
struct pair { int *a; int *b; } g_pair;

void
warn_memcpy_pointer (void)
{
  int x = 0;
  int *p = &x;
  memcpy (&g_ptr, &p, sizeof p); /* { dg-warning "address of local variable 'x' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}

void
warn_memcpy_struct (int *param)
{
  int y = 0;
  struct pair tmp = { &y, param };
  memcpy (&g_pair, &tmp, sizeof tmp); /* { dg-warning "address of local variable 'y' is stored into \[^\n\]*\\\[escape:store\\\]" } */
}
