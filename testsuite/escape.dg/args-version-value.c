/* Arguments: version takes no value; version=yes is an error and no
   banner is printed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-version=yes" } */
/* { dg-regexp "cc1: error: escape: argument 'version' takes no value" "version takes no value" } */

#include "args-error.h"
