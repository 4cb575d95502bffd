/* Fnptr rule, negative: a function-pointer parameter declared inline
   (no typedef) whose own parameter is noescape; an array helper calls it
   with the address of a local copy of each element.  */
/* { dg-do compile } */

#include <stddef.h>

int
nowarn_count_if (const int *v, size_t n,
                 int (*pred) (const int *elem __attribute__ ((noescape))))
{
  int count = 0;
  for (size_t i = 0; i < n; i++)
    {
      int copy = v[i];
      count += pred (&copy) != 0; /* { dg-bogus "escape" } */
    }
  return count;
}
