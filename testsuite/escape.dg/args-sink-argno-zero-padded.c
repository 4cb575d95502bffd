/* Arguments: ARGNO is a plain decimal number: 02 (a leading zero) is
   malformed, not read as 2.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-sink=my_keep:02" } */
/* { dg-regexp "cc1: error: escape: bad value 'my_keep:02' in 'sink'; expected NAME:ARGNO with ARGNO from 1, e\\.g\\. 'g_async_queue_push:2'" "ARGNO with a leading zero" } */

#include "args-error.h"
