/* Arguments: ARGNO is a plain decimal number: +2 (a sign) is malformed,
   not read as 2.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=my_keep:+2" } */
/* { dg-regexp "cc1: error: escape: bad value 'my_keep:\\+2' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "ARGNO with a sign" } */

#include "args-error.h"
