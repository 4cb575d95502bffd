/* Arguments: ARGNO must be a whole decimal number: 2x is malformed (not
   read as 2).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=my_keep:2x" } */
/* { dg-regexp "cc1: error: escape: bad value 'my_keep:2x' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "ARGNO not a number" } */

#include "args-error.h"
