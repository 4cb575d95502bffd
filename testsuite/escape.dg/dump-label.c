/* Dump intrinsic: the label is the argument as written: a variable's
   name, also when the variable lives in memory because its address is
   taken elsewhere, and `&x' for an address.  */
/* { dg-do compile } */

#include "escape-test.h"

void
dump_label_register (void)
{
  int x = 0;
  int *p = &x;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ x \\}" } */
}

void
dump_label_memory (void)
{
  int x = 0;
  int *p = &x;
  int **pp = &p;
  __escape_dump (p); /* { dg-message "points-to set of 'p': \\{ x \\}" } */
  __escape_dump (pp); /* { dg-message "points-to set of 'pp': \\{ p \\}" } */
}

void
dump_label_address (void)
{
  int arr[4] = { 0 };
  __escape_dump (&arr); /* { dg-message "points-to set of '&arr': \\{ arr \\}" } */
}
