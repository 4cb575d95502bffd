/* noescape, checked in the callee: returning a noescape parameter (or a
   pointer into what it points to) lets it escape; an error at the
   return.  */
/* { dg-do compile } */

#include <string.h>

int *
warn_return_param (int *p __attribute__ ((noescape)))
{
  return p; /* { dg-error "address held by noescape parameter 'p' is returned from 'warn_return_param' \\\[escape:return\\\]" } */
}

char *
warn_return_interior (char *s __attribute__ ((noescape)))
{
  char *colon = strchr (s, ':');
  return colon ? colon + 1 : NULL; /* { dg-error "address held by noescape parameter 's' is returned from 'warn_return_interior' \\\[escape:return\\\]" } */
}
